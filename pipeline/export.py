"""Export stage: write the output contract (see output/README.md) for a finished run.

This and ingest are the only stages that touch the file system. Every file is
written atomically (temp file + rename), so a killed run leaves either the old
or the new complete file. films.* and corrections.csv hold no timestamps, so the
same input gives byte-identical files; run times go to report.json only.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from dataclasses import asdict
from functools import cache
from importlib import resources
from pathlib import Path

from pipeline.record import Article, Film

SCHEMA_VERSION = 1
FILM_COLUMNS = [
    "article_id", "film_id", "title", "aliases", "role", "rank", "year", "year_source",
    "director", "director_source", "cast", "themes", "mention_count", "first_mention",
]
CORRECTION_COLUMNS = ["article_id", "start", "end", "original", "replacement", "rule"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def film_json(film: Film) -> dict:
    """One film -> its films.json object (contract v1 field order)."""
    return {
        "film_id": film.film_id,
        "title": film.title,
        "aliases": film.aliases,
        "role": film.role,
        "rank": film.rank,
        "year": film.year,
        "year_source": film.year_source,
        "director": film.director,
        "director_source": film.director_source,
        "cast": film.cast,
        "themes": film.themes,
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "sentence": m.sentence} for m in film.mentions],
        "evidence": film.evidence,
    }


def films_document(articles: list[Article]) -> dict:
    """All articles -> the films.json document."""
    return {
        "schema_version": SCHEMA_VERSION,
        "articles": [
            {
                "article_id": a.article_id,
                "source": a.source,
                "format": a.format,
                "subject": a.subject,
                "meta": dict(sorted(a.meta.items())),
                "themes": a.themes,
                "films": [film_json(f) for f in a.films],
                "warnings": a.warnings,
            }
            for a in articles
        ],
    }


def safe_cell(value) -> str:
    """A CSV cell that spreadsheets will not run as a formula (OWASP CSV-injection rule)."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def films_csv(articles: list[Article]) -> str:
    """All articles -> films.csv text: one row per film per article, lists joined with "; "."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(FILM_COLUMNS)
    for a in articles:
        for f in a.films:
            first = f.mentions[0].sentence if f.mentions else ""
            row = [a.article_id, f.film_id, f.title, "; ".join(f.aliases), f.role, f.rank, f.year,
                   f.year_source, f.director, f.director_source, "; ".join(f.cast),
                   "; ".join(t["name"] for t in f.themes), len(f.mentions), first]
            writer.writerow([safe_cell(v) for v in row])
    return buf.getvalue()


def corrections_csv(articles: list[Article]) -> str:
    """All articles -> corrections.csv text, in article then offset order."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CORRECTION_COLUMNS)
    for a in articles:
        for c in a.corrections:
            writer.writerow([safe_cell(v) for v in (a.article_id, c.start, c.end, c.original, c.replacement, c.rule)])
    return buf.getvalue()


def schema_text() -> str:
    """The JSON Schema of films.json, as shipped in the package."""
    return resources.files("pipeline.data").joinpath("films.schema.json").read_text(encoding="utf-8")


TEMP_SUFFIX = ".tmp"


def write_atomic(path: Path, text: str) -> None:
    """Write text to path via a temp file in the same folder and an atomic rename.

    A process killed at any moment leaves the old file or the new one, whole; at worst
    a hidden ".<name>.<random>.tmp" beside it, which the next export removes. (No fsync:
    this guards against a killed run, not against a power cut.) The file gets the usual
    permissions (0666 less the umask), not the private 0600 of a temp file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=TEMP_SUFFIX)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@cache
def _umask() -> int:
    """The process umask (read once; os.umask can only be read by setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def remove_stale_temps(folder: Path) -> None:
    """Delete temp files a killed run left in folder (hidden, named ".<output>.<random>.tmp")."""
    if folder.is_dir():
        for stale in folder.glob(f".*{TEMP_SUFFIX}"):
            if stale.is_file() and not stale.is_symlink():
                stale.unlink(missing_ok=True)


def dumps(obj) -> str:
    """Stable JSON text: 2-space indent, UTF-8 characters kept, trailing newline."""
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def export(articles: list[Article], report: dict, out_dir: Path) -> None:
    """Write films.json, films.csv, corrections.csv, clean/<id>.txt, report.json and the schema.

    One file at a time, each atomically; report.json last, so a report that matches the
    run's inputs means the whole output is from that run.
    """
    articles = sorted(articles, key=lambda a: a.article_id)
    clean_dir = out_dir / "clean"
    remove_stale_temps(out_dir)
    remove_stale_temps(clean_dir)
    wanted = {f"{a.article_id}.txt" for a in articles}
    for a in articles:
        write_atomic(clean_dir / f"{a.article_id}.txt", a.clean or "")
    for stale in clean_dir.glob("*.txt"):
        if stale.name not in wanted:
            stale.unlink()
    write_atomic(out_dir / "films.schema.json", schema_text())
    write_atomic(out_dir / "corrections.csv", corrections_csv(articles))
    write_atomic(out_dir / "films.csv", films_csv(articles))
    write_atomic(out_dir / "films.json", dumps(films_document(articles)))
    write_atomic(out_dir / "report.json", dumps(report))


def input_report_json(report) -> dict:
    """An ingest InputReport -> its report.json form."""
    return asdict(report)
