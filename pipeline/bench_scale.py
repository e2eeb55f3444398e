"""Benchmark, scale part: worker speed-up and memory, Dask beside the local pool, the cache.

Called by `pipeline.bench` after its single-process pass; figures go to bench.json under
"scale". The speed-up and memory figures use the whole benchmark set; the Dask and cache
checks run the real `pipeline.run.run` on a slice written out as raw/ .txt files, so
they cover ingest, cache and export too.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from pipeline.engines import ChunkResult, EngineError, Work, process_all, require_dask
from pipeline.options import Options
from pipeline.record import Article

SPEEDUP_BAR = 1.6  # 2 workers vs 1, articles per second
MEMORY_BAR = 1.5  # a worker's peak at the end vs at MEMORY_CHECKPOINT articles
RERUN_BAR = 0.10  # warm re-run seconds vs first run seconds
MEMORY_CHECKPOINT = 1000
SLICE = 2000  # summaries for the Dask and cache checks
EXPORTS = ("films.json", "films.csv", "corrections.csv")


def parallel_run(articles: list[Article], work: Work, workers: int) -> dict:
    """The local pool over all articles -> articles/s and each worker's peak memory.

    Two rates: over the processing span (first chunk started to last chunk finished, in the
    workers), comparable with the in-process pass, which excludes loading the model too;
    and over the whole call, including starting the pool and loading the model in each
    worker. Memory is each worker's own peak (kernel high-water mark) after its last chunk
    before MEMORY_CHECKPOINT articles were done, and at the end.
    """
    span = [float("inf"), 0.0]
    latest: dict[str, int] = {}
    at_checkpoint: dict[str, int] = {}
    done = 0

    def arrived(result: ChunkResult) -> None:
        nonlocal done
        done += len(result.articles)
        span[:] = [min(span[0], result.began), max(span[1], result.ended)]
        latest[result.worker] = result.peak_rss
        if done >= min(MEMORY_CHECKPOINT, len(articles)) and not at_checkpoint:
            at_checkpoint.update(latest)
        elif result.worker not in at_checkpoint and at_checkpoint:
            at_checkpoint[result.worker] = result.peak_rss  # its first chunk finished only later

    t = time.perf_counter()
    finished = process_all(articles, work, workers=workers, on_chunk=arrived)
    seconds = time.perf_counter() - t
    mb = lambda b: round(b / 2**20, 1)  # noqa: E731
    rows = [{"worker": n, "at_checkpoint_mb": mb(at_checkpoint.get(w, 0)), "at_end_mb": mb(latest[w])}
            for n, w in enumerate(sorted(latest), 1)]
    first, last = max(r["at_checkpoint_mb"] for r in rows), max(r["at_end_mb"] for r in rows)
    growth = round(last / first, 3) if first else 0.0
    busy = span[1] - span[0]
    return {"workers": workers, "articles": len(finished), "films": sum(len(a.films) for a in finished),
            "seconds": round(busy, 3), "articles_per_second": _rate(len(finished), busy),
            "wall_seconds": round(seconds, 3), "wall_articles_per_second": _rate(len(finished), seconds),
            "memory_per_worker": {"checkpoint_articles": min(MEMORY_CHECKPOINT, len(articles)),
                                  "articles": len(articles), "workers": rows, "growth": growth,
                                  "bar": MEMORY_BAR, "meets_bar": 0 < growth <= MEMORY_BAR}}


def slice_checks(articles: list[Article], model: str, batch_size: int, workers: int) -> dict:
    """Dask beside the local pool, and the cache, on `articles` written out as raw/ files."""
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        root = Path(tmp)
        raw = root / "raw"
        raw.mkdir()
        for a in articles:
            (raw / f"{a.article_id}.txt").write_text(a.raw, encoding="utf-8")

        def run_once(name: str, **changes) -> tuple[dict, float, dict[str, bytes]]:
            from pipeline.run import run

            options = Options(raw_dir=raw, out_dir=root / name, model=model, batch_size=batch_size,
                              workers=workers, cache_dir=root / "cache", **changes)
            t = time.perf_counter()
            report = run(options)
            return report, time.perf_counter() - t, _exported(options.out_dir)

        n = len(articles)
        _, local_s, local_out = run_once("local", use_cache=False)
        local = {"seconds": round(local_s, 3), "articles_per_second": _rate(n, local_s)}
        try:
            require_dask()
            _, dask_s, dask_out = run_once("dask", use_cache=False, engine="dask")
            dask = {"seconds": round(dask_s, 3), "articles_per_second": _rate(n, dask_s),
                    "identical_to_local": dask_out == local_out}
        except EngineError as exc:
            dask = {"skipped": str(exc)}
        first, first_s, first_out = run_once("first")
        warm, warm_s, warm_out = run_once("warm")
        changed = raw / f"{articles[len(articles) // 2].article_id}.txt"
        changed.write_text(changed.read_text(encoding="utf-8") + "\nThis sentence was added for the benchmark.\n",
                           encoding="utf-8")
        edited, edited_s, _ = run_once("edited")
    ratio = round(warm_s / first_s, 4) if first_s else 0.0
    counts = edited["counts"]
    return {
        "articles": n,
        "workers": workers,
        "local": local,
        "dask": dask,
        "cache": {
            "first_seconds": round(first_s, 3), "rerun_seconds": round(warm_s, 3), "rerun_ratio": ratio,
            "bar": RERUN_BAR, "meets_bar": ratio < RERUN_BAR,
            "first_misses": first["counts"]["cache_misses"], "rerun_hits": warm["counts"]["cache_hits"],
            "rerun_identical": warm_out == first_out == local_out,
            "one_changed": {"seconds": round(edited_s, 3), "hits": counts["cache_hits"], "misses": counts["cache_misses"],
                            "meets_bar": counts["cache_misses"] == 1 and counts["cache_hits"] == n - 1},
        },
    }


def scale_figures(articles: list[Article], one_worker_rate: float, model: str, batch_size: int, workers: int = 2,
                  slice_size: int = SLICE) -> dict:
    """All scale figures for the bench; one_worker_rate: articles/s of the in-process pass on the same articles."""
    parallel = parallel_run(articles, Work(model, batch_size), workers)
    ratio, wall_ratio = (round(parallel[k] / one_worker_rate, 3) if one_worker_rate else 0.0
                         for k in ("articles_per_second", "wall_articles_per_second"))
    return {
        "speedup": {"one_worker_articles_per_second": one_worker_rate, "workers": workers,
                    "articles_per_second": parallel["articles_per_second"], "ratio": ratio,
                    "bar": SPEEDUP_BAR, "meets_bar": ratio >= SPEEDUP_BAR,
                    "wall_articles_per_second": parallel["wall_articles_per_second"], "wall_ratio": wall_ratio,
                    "articles": parallel["articles"], "seconds": parallel["seconds"],
                    "wall_seconds": parallel["wall_seconds"]},
        "memory_per_worker": parallel["memory_per_worker"],
        "slice": slice_checks(articles[:slice_size], model, batch_size, workers),
        # other load on the machine skews the 1-vs-N comparison; this says how busy it was
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }


def format_scale(s: dict) -> list[str]:
    """The "scale" part of bench.json -> table lines."""
    sp, mem, sl = s["speedup"], s["memory_per_worker"], s["slice"]
    ok = lambda good: "ok" if good else "NOT MET"  # noqa: E731
    peaks_1k = ", ".join(f"{r['at_checkpoint_mb']:,.0f}" for r in mem["workers"])
    peaks_end = ", ".join(f"{r['at_end_mb']:,.0f}" for r in mem["workers"])
    lines = [
        f"  scale: {sp['articles']:,} summaries",
        f"    {'1 worker (in-process pass above)':<40}{sp['one_worker_articles_per_second']:>8,.1f} articles/s",
        f"    {'%d workers (local pool)' % sp['workers']:<40}{sp['articles_per_second']:>8,.1f} articles/s   "
        f"{sp['ratio']:.2f}x  (bar >= {sp['bar']}: {ok(sp['meets_bar'])})",
        f"    {'  counting pool start-up, model loads':<40}{sp['wall_articles_per_second']:>8,.1f} articles/s   "
        f"{sp['wall_ratio']:.2f}x",
        f"    peak RSS per worker (MB)  at {mem['checkpoint_articles']:,}: {peaks_1k}   at {mem['articles']:,}: {peaks_end}"
        f"   growth {mem['growth']:.2f}x  (bar <= {mem['bar']}: {ok(mem['meets_bar'])})",
        f"  slice: {sl['articles']:,} summaries as raw/ files, {sl['workers']} workers, full runs (ingest to export)",
        f"    {'--workers %d (no cache)' % sl['workers']:<30}{sl['local']['seconds']:>8.2f} s"
        f"{sl['local']['articles_per_second']:>9,.1f} articles/s",
    ]
    d = sl["dask"]
    if "skipped" in d:
        lines.append(f"    {'--engine dask':<30}skipped: {d['skipped']}")
    else:
        lines.append(f"    {'--engine dask (LocalCluster)':<30}{d['seconds']:>8.2f} s{d['articles_per_second']:>9,.1f} articles/s"
                     f"   byte-identical to --workers {sl['workers']}: {'yes' if d['identical_to_local'] else 'NO'}")
    c = sl["cache"]
    lines += [
        f"    cache: first run {c['first_seconds']:.2f} s, re-run {c['rerun_seconds']:.2f} s = {c['rerun_ratio']:.1%}"
        f"  (bar < {c['bar']:.0%}: {ok(c['meets_bar'])}; same bytes: {'yes' if c['rerun_identical'] else 'NO'})",
        f"    one article changed: {c['one_changed']['misses']} re-processed, {c['one_changed']['hits']:,} from the cache"
        f" in {c['one_changed']['seconds']:.2f} s  ({ok(c['one_changed']['meets_bar'])})",
    ]
    return lines


def _exported(out: Path) -> dict[str, bytes]:
    """The byte-stable output files of a run."""
    files = {name: (out / name).read_bytes() for name in EXPORTS}
    files.update({f"clean/{p.name}": p.read_bytes() for p in sorted((out / "clean").iterdir())})
    return files


def _rate(n: int, seconds: float) -> float:
    return round(n / seconds, 1) if seconds > 0 else 0.0
