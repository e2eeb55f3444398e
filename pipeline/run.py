"""Wiring: run the stages in order over every article and hand the results to export.

Stage logic lives in the stage modules; this module only names the order,
times each stage and builds the run report. Where the stages run (in-process, a
process pool, Dask) is `pipeline.engines`; which articles need running is `pipeline.cache`.
"""

from __future__ import annotations

import platform
import time
from collections import defaultdict
from dataclasses import asdict, replace
from pathlib import Path

from pipeline import __version__
from pipeline.annotate import annotate_many, model_label, resolve_model
from pipeline.cache import ArticleCache, fingerprint
from pipeline.clean import clean
from pipeline.export import export
from pipeline.extract import extract
from pipeline.ingest import InputReport, ingest
from pipeline.options import Options
from pipeline.progress import Progress
from pipeline.record import Article
from pipeline.themes import tag_themes, theme_matcher


def process(articles: list[Article], nlp, batch_size: int = 64, timings: dict | None = None,
            themes_path=None, failures: dict[str, str] | None = None) -> list[Article]:
    """clean -> annotate -> extract -> themes over articles (no I/O); returns finished articles without docs.

    timings: optional dict that receives seconds per stage; themes_path: a taxonomy file
    (None: the package's own). failures: when given, an article a stage raises on is left
    out and its id mapped to the reason here (so one bad article never stops a run);
    when None the error propagates.
    """
    matcher = theme_matcher(nlp, themes_path)
    timings = timings if timings is not None else defaultdict(float)
    cleaned = []
    for article in articles:
        t = time.perf_counter()
        done_one = _guard("clean", article, lambda a: clean(a), failures)
        if done_one is not None:
            cleaned.append(done_one)
        timings["clean"] = timings.get("clean", 0.0) + time.perf_counter() - t
    done = []
    t = time.perf_counter()
    for article in annotate_many(cleaned, nlp, batch_size):
        t_extract = time.perf_counter()
        timings["annotate"] = timings.get("annotate", 0.0) + t_extract - t
        finished = _guard("extract", article, extract, failures)
        t_themes = time.perf_counter()
        timings["extract"] = timings.get("extract", 0.0) + t_themes - t_extract
        if finished is not None:
            finished = _guard("themes", finished, lambda a: tag_themes(a, matcher), failures)
        if finished is not None:
            done.append(replace(finished, doc=None))  # the doc is only valid inside its memory zone
        t = time.perf_counter()
        timings["themes"] = timings.get("themes", 0.0) + t - t_themes
    return done


def _guard(stage: str, article: Article, step, failures: dict[str, str] | None) -> Article | None:
    """Run one stage on one article; with a failures dict, an error there drops only this article."""
    if failures is None:
        return step(article)
    try:
        return step(article)
    except Exception as exc:  # noqa: BLE001 - any bug a strange text triggers must cost one article only
        failures[article.article_id] = f"{stage} stage failed on article {article.article_id} ({type(exc).__name__}: {exc})"[:300]
        return None


def run(options: Options) -> dict:
    """Run the whole pipeline for one options object; writes output/ and returns the report.

    Articles the cache already holds are taken from it; the rest go through `process` on
    the chosen engine, are written to the cache as they arrive, and merged in input order.
    """
    import spacy

    from pipeline.engines import Work, default_workers, process_all  # engines run `process` from here

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    articles, inputs = ingest(options.raw_dir, options.max_bytes)
    timings["ingest"] = time.perf_counter() - t0
    model = resolve_model(options.model)  # the driver never needs the model itself
    themes = str(Path(options.themes).resolve()) if options.themes else None
    t = time.perf_counter()
    cache = ArticleCache(options.cache_dir, fingerprint(model, themes)) if options.use_cache else None
    keys = [cache.key(a) for a in articles] if cache else []
    finished: list[Article | None] = [cache.get(k, a) for k, a in zip(keys, articles)] if cache else [None] * len(articles)
    todo = [i for i, a in enumerate(finished) if a is None]
    timings["cache"] = time.perf_counter() - t
    progress = Progress(len(todo))

    failures: dict[str, str] = {}

    def arrived(result) -> None:
        for offset, article in enumerate(result.articles):
            i = todo[result.start + offset]
            finished[i] = article
            if cache and article is not None:  # a failed article is retried next run
                cache.put(keys[i], article)
        failures.update(result.failures)
        for stage, seconds in result.timings.items():  # summed over workers
            timings[stage] = timings.get(stage, 0.0) + seconds
        progress.update(len(result.articles))

    workers = options.workers or default_workers()
    t = time.perf_counter()
    try:
        process_all([articles[i] for i in todo], Work(model, options.batch_size, themes), engine=options.engine,
                    workers=workers, scheduler=options.scheduler, on_chunk=arrived)
    finally:
        progress.close()
    timings["process"] = time.perf_counter() - t
    hits = len(articles) - len(todo)
    finished = [a for a in finished if a is not None]
    _note_failures(inputs, failures)
    report = {
        "versions": {
            "film_extract": __version__,
            "spacy": spacy.__version__,
            "model": model_label(model),
            "python": platform.python_version(),
        },
        "counts": {
            "inputs": len(inputs),
            "ok": sum(r.status == "ok" for r in inputs),
            "skipped": sum(r.status == "skipped" for r in inputs),
            "failed": sum(r.status == "failed" for r in inputs),
            "failed_records": sum(r["status"] == "failed" for i in inputs for r in i.records),
            "articles": len(finished),
            "films": sum(len(a.films) for a in finished),
            "corrections": sum(len(a.corrections) for a in finished),
            "cache_hits": hits if cache else 0,
            "cache_misses": len(todo) if cache else 0,
        },
        # with a scheduler the cluster, not --workers, decides how many workers there are
        "engine": {"name": options.engine, "workers": None if options.scheduler else workers,
                   "scheduler": options.scheduler},
        "cache": {"enabled": cache is not None, "dir": str(options.cache_dir) if cache else None},
        "inputs": [asdict(r) for r in inputs],
    }
    t = time.perf_counter()
    report["timings_seconds"] = {k: round(v, 4) for k, v in timings.items()}
    export(finished, report, options.out_dir)
    report["timings_seconds"]["export"] = round(time.perf_counter() - t, 4)
    return report


def _note_failures(inputs: list[InputReport], failures: dict[str, str]) -> None:
    """Mark on each input's report the articles a stage failed on (in place).

    A file whose every article failed is "failed"; one that kept some articles stays
    "ok" with a warning, and its JSON record (if any) is marked failed.
    """
    for report in inputs:
        lost = [a for a in report.article_ids if a in failures]
        if not lost:
            continue
        report.article_ids = [a for a in report.article_ids if a not in failures]
        for record in report.records:
            if record["article_id"] in failures:
                record["status"], record["reason"] = "failed", failures[record["article_id"]]
        if report.article_ids:
            report.warnings.extend(failures[a] for a in lost)
        else:
            report.status, report.reason = "failed", failures[lost[0]]
