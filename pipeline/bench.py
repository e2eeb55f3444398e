"""Benchmark: pipeline throughput and memory on the Wikipedia film summaries.

`python -m pipeline.bench [--limit N] [--out DIR] [--data DIR] [--model NAME] [--batch-size N]`
runs, on the same texts and the same loaded model, the whole pipeline (`process`:
clean -> annotate -> extract) and a bare `nlp.pipe` pass, chunk by chunk so memory
stays flat; then the scale figures (`pipeline.bench_scale`): the same texts on a pool
of --workers processes (speed-up over the in-process pass, peak memory per worker), and
on a slice: Dask beside the pool, and the cache's re-run time. Prints a table and writes
`<out>/bench.json`. Exit codes: 0 ok, 2 set-up error (data folder or spaCy model missing).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import threading
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from pipeline.bench_scale import SLICE
from pipeline.options import Options
from pipeline.record import Article

DATA_NAME = Path("..") / "shared" / "data" / "wikipedia-movie-data"
# Articles per `process` call: bounds what is held at once, and small enough that the
# pipeline and bare passes interleave finely, so a load spike from another process hits both.
CHUNK = 250
CHECKPOINTS = (1000, 10000)  # growth-table rows (plus "all") when the run is large
WARMUP = 50
CLEAN_BAR = 0.10  # cleaning may cost at most this share of the spaCy pass


def repo_root() -> Path | None:
    """The folder holding pyproject.toml above this module, or None."""
    for folder in Path(__file__).resolve().parents:
        if (folder / "pyproject.toml").is_file():
            return folder
    return None


def default_data_dir() -> tuple[Path | None, list[Path]]:
    """-> (first existing default data folder or None, the folders tried)."""
    root = repo_root()
    tried = [base / DATA_NAME for base in ([root] if root else []) + [Path.cwd()]]
    return next((p for p in tried if p.is_dir()), None), tried


def load_summaries(data_dir: Path, limit: int = 0) -> Iterator[Article]:
    """Stream film summaries as Articles: decade files sorted, records in file order,
    empty `extract` skipped; limit 0 means all. Reads one file at a time."""
    def articles() -> Iterator[Article]:
        n = 0
        for path in sorted(data_dir.glob("*.json")):
            records = json.loads(path.read_text(encoding="utf-8"))
            for i, record in enumerate(records):
                text = (record.get("extract") or "").strip()
                if text:
                    yield Article(article_id=f"wiki{n:05d}", source=f"{path.name}#{i}", format="txt", raw=text)
                    n += 1
            del records  # drop the decade before reading the next

    return islice(articles(), limit) if limit > 0 else articles()


class PeakRSS:
    """Background thread sampling this process's resident memory; `peak` in bytes.

    Uses psutil when installed, else the kernel's ru_maxrss high-water mark.
    """

    def __init__(self, interval: float = 0.02):
        self.interval, self.peak = interval, 0
        try:
            import psutil

            proc = psutil.Process()
            self._read = lambda: proc.memory_info().rss
            self.method = "psutil"
        except ImportError:
            import resource

            scale = 1 if sys.platform == "darwin" else 1024  # Linux reports KiB
            self._read = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
            self.method = "ru_maxrss"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> int:
        """Take one reading now; returns the peak so far (bytes)."""
        self.peak = max(self.peak, self._read())
        return self.peak

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()

    def __enter__(self) -> PeakRSS:
        self.sample()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()


def bare_pass(texts: list[str], nlp, batch_size: int) -> float:
    """Run `nlp.pipe` over texts, discarding every Doc; returns seconds.

    Runs in a spaCy memory zone, as the pipeline's annotate stage does, so that the
    bare pass's interned strings do not pile up in the process whose memory we measure.
    """
    t = time.perf_counter()
    with nlp.memory_zone():
        for _ in nlp.pipe(texts, batch_size=batch_size):
            pass
    return time.perf_counter() - t


def measure(stream: Iterator[Article], nlp, batch_size: int, growth: bool) -> dict:
    """Pipeline and bare spaCy over the same chunks of articles -> figures (no printing).

    growth: record a row (time, peak RSS) at each CHECKPOINTS size and at the end.
    """
    from pipeline.run import process

    stages: dict[str, float] = {}
    totals = {"articles": 0, "words": 0, "films": 0, "pipeline_seconds": 0.0, "bare_seconds": 0.0}
    rows = []
    with PeakRSS() as rss:
        while batch := list(islice(stream, CHUNK)):
            texts = [a.raw for a in batch]
            # Alternate which pass goes first so neither always gets the warmer caches.
            order = ("pipeline", "bare") if (totals["articles"] // CHUNK) % 2 else ("bare", "pipeline")
            for which in order:
                t = time.perf_counter()
                if which == "bare":
                    bare_pass(texts, nlp, batch_size)
                else:  # results are counted, not held, so memory shows the pipeline's own use
                    totals["films"] += sum(len(a.films) for a in process(batch, nlp, batch_size, stages))
                totals[f"{which}_seconds"] += time.perf_counter() - t
            before = totals["articles"]
            totals["articles"] += len(batch)
            totals["words"] += sum(len(text.split()) for text in texts)
            for mark in CHECKPOINTS:
                if growth and before < mark <= totals["articles"]:
                    rows.append(_growth_row(str(mark), totals, rss.sample()))
        rows.append(_growth_row("all", totals, rss.sample()))
    totals["stages"] = stages
    totals["growth"] = rows if growth else rows[-1:]
    totals["peak_rss_mb"] = round(rss.peak / 2**20, 1)
    totals["rss_method"] = rss.method
    return totals


def _growth_row(label: str, totals: dict, peak: int) -> dict:
    """One growth-table row from the running totals."""
    return {"summaries": label, "articles": totals["articles"], "pipeline_seconds": round(totals["pipeline_seconds"], 3),
            "bare_seconds": round(totals["bare_seconds"], 3), "peak_rss_mb": round(peak / 2**20, 1)}


def summarise(m: dict, nlp, batch_size: int, load_seconds: float) -> dict:
    """Raw measurements -> the bench.json document."""
    import spacy

    rate = lambda n, s: round(n / s, 1) if s > 0 else 0.0  # noqa: E731
    stages = {k: round(m["stages"].get(k, 0.0), 4) for k in ("clean", "annotate", "extract", "themes")}
    pipe_wps, bare_wps = rate(m["words"], m["pipeline_seconds"]), rate(m["words"], m["bare_seconds"])
    clean_ratio = round(stages["clean"] / stages["annotate"], 4) if stages["annotate"] > 0 else 0.0
    return {
        "throughput_ratio": round(pipe_wps / bare_wps, 4) if bare_wps else 0.0,
        "articles": m["articles"],
        "words": m["words"],
        "films": m["films"],
        "batch_size": batch_size,
        "chunk_size": CHUNK,
        "pipeline": {"seconds": round(m["pipeline_seconds"], 4), "words_per_second": pipe_wps,
                     "articles_per_second": rate(m["articles"], m["pipeline_seconds"]), "stage_seconds": stages},
        "bare_spacy": {"seconds": round(m["bare_seconds"], 4), "words_per_second": bare_wps,
                       "articles_per_second": rate(m["articles"], m["bare_seconds"])},
        "clean_annotate_ratio": clean_ratio,
        "clean_bar": CLEAN_BAR,
        "clean_within_bar": clean_ratio <= CLEAN_BAR,
        "peak_rss_mb": m["peak_rss_mb"],
        "rss_method": m["rss_method"],
        "growth": m["growth"],
        "model_load_seconds": round(load_seconds, 3),
        "machine": {"cpu_count": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "load_average": [round(x, 2) for x in os.getloadavg()], "spacy": spacy.__version__,
                    "model": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}",
                    "pipes": list(nlp.pipe_names)},
    }


def format_table(r: dict) -> str:
    """bench.json document -> the human-readable table."""
    p, b, s = r["pipeline"], r["bare_spacy"], r["pipeline"]["stage_seconds"]
    lines = [
        f"bench: {r['articles']:,} summaries, {r['words']:,} words, {r['films']:,} films "
        f"({r['machine']['model']}, batch {r['batch_size']}, {r['machine']['cpu_count']} CPUs)",
        f"  {'':22}{'seconds':>10}{'words/s':>12}{'articles/s':>12}",
        f"  {'pipeline (process)':22}{p['seconds']:>10.2f}{p['words_per_second']:>12,.0f}{p['articles_per_second']:>12,.1f}",
        f"  {'bare nlp.pipe':22}{b['seconds']:>10.2f}{b['words_per_second']:>12,.0f}{b['articles_per_second']:>12,.1f}",
        f"  throughput ratio      {r['throughput_ratio']:.3f}  (pipeline words/s / bare words/s)",
        f"  stages (s)            clean {s['clean']:.2f}   annotate {s['annotate']:.2f}   extract {s['extract']:.2f}   themes {s['themes']:.2f}",
        f"  clean / annotate      {r['clean_annotate_ratio']:.3f}  (bar <= {r['clean_bar']:.2f}: "
        f"{'ok' if r['clean_within_bar'] else 'OVER'})",
        f"  peak RSS              {r['peak_rss_mb']:,.1f} MB ({r['rss_method']})",
        f"  {'growth':22}{'summaries':>10}{'pipeline s':>12}{'bare s':>10}{'peak MB':>10}",
    ]
    for g in r["growth"]:
        lines.append(f"  {'':22}{g['articles']:>10,}{g['pipeline_seconds']:>12.2f}{g['bare_seconds']:>10.2f}{g['peak_rss_mb']:>10,.1f}")
    if "scale" in r:
        from pipeline.bench_scale import format_scale

        lines += format_scale(r["scale"])
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    """The bench's argument parser."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=2000, help="summaries to use; 0 = all (default: 2000)")
    parser.add_argument("--out", type=Path, default=Path("output"), help="folder for bench.json (default: output)")
    parser.add_argument("--data", type=Path, default=None, help=f"summaries folder (default: {DATA_NAME} from repo root or cwd)")
    parser.add_argument("--model", default=None, help="spaCy model package (default: as for extract)")
    parser.add_argument("--batch-size", type=int, default=Options.batch_size, help="texts per nlp.pipe batch")
    parser.add_argument("--workers", type=int, default=2, help="workers for the scale figures (default: 2)")
    parser.add_argument("--slice", type=int, default=SLICE, help=f"summaries for the Dask and cache checks (default: {SLICE})")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; prints the table, writes <out>/bench.json, returns the exit code."""
    args = build_parser().parse_args(argv)
    data, tried = (args.data, [args.data]) if args.data else default_data_dir()
    if data is None or not data.is_dir():
        print(f"bench: data folder not found: {' or '.join(str(p) for p in tried)}", file=sys.stderr)
        return 2
    from pipeline.annotate import ModelNotFound, load_nlp, resolve_model
    from pipeline.bench_scale import scale_figures
    from pipeline.run import process

    t = time.perf_counter()
    try:
        nlp = load_nlp(args.model)
    except ModelNotFound as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    load_seconds = time.perf_counter() - t
    warm = list(load_summaries(data, WARMUP))  # excluded from timing: first-call costs, lazy lexicons
    process(warm, nlp, args.batch_size, {})
    bare_pass([a.raw for a in warm], nlp, args.batch_size)
    growth = args.limit == 0 or args.limit >= max(CHECKPOINTS)
    m = measure(load_summaries(data, args.limit), nlp, args.batch_size, growth)
    if not m["articles"]:
        print(f"bench: no summaries with text in {data}", file=sys.stderr)
        return 2
    result = summarise(m, nlp, args.batch_size, load_seconds)
    result["data"], result["limit"] = str(data), args.limit
    # Read again rather than kept from the pass above, so that pass's memory figures stay its own.
    everything = list(load_summaries(data, args.limit))
    result["scale"] = scale_figures(everything, result["pipeline"]["articles_per_second"], resolve_model(args.model),
                                    args.batch_size, args.workers, args.slice)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(format_table(result))
    print(f"  -> {args.out / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
