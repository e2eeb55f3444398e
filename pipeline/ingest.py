"""Ingest stage: find input files under the raw folder and turn each into Article records.

This is one of the two stages that touch the file system (export is the other).
Every file found ends up in the returned report as ok, skipped or failed, with a
reason a person can read; one bad file never stops the run.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.record import Article

TEXT_SUFFIXES = {".txt"}
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass
class InputReport:
    """What happened to one input file."""

    path: str
    status: str  # "ok" | "skipped" | "failed"
    reason: str = ""
    format: str | None = None
    encoding: str | None = None
    article_ids: list[str] = field(default_factory=list)


def safe_id(name: str) -> str:
    """File stem -> an id safe as a file name: ASCII letters, digits, '.', '_', '-'.

    Accents are folded ("Amélie" -> "Amelie"), other runs become "_", and leading
    dots/dashes are dropped so the id can never be "..", hidden, or read as a flag.
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = _UNSAFE.sub("_", folded).lstrip(".-_")
    return cleaned[:120] or "article"


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). UTF-8 (BOM or not), UTF-16 with BOM, else cp1252/latin-1.

    Newlines are normalised to "\\n"; raw-text offsets everywhere refer to this string.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, enc = data.decode("utf-16"), "utf-16"
    else:
        try:
            text, enc = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, enc = data.decode("latin-1"), "latin-1"
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def discover(raw_dir: Path) -> list[Path]:
    """All regular files below raw_dir, sorted by relative path (hidden files excluded)."""
    files = [p for p in raw_dir.rglob("*") if p.is_file() and not any(
        part.startswith(".") for part in p.relative_to(raw_dir).parts)]
    return sorted(files, key=lambda p: p.relative_to(raw_dir).as_posix())


def ingest(raw_dir: Path) -> tuple[list[Article], list[InputReport]]:
    """Read every input under raw_dir -> (articles in stable order, one report per file)."""
    articles: list[Article] = []
    reports: list[InputReport] = []
    taken: set[str] = set()
    for path in discover(raw_dir):
        rel = path.relative_to(raw_dir).as_posix()
        if path.suffix.lower() not in TEXT_SUFFIXES:
            reports.append(InputReport(rel, "skipped", f"unsupported file kind '{path.suffix or path.name}'"))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            reports.append(InputReport(rel, "failed", f"cannot read: {exc.strerror or exc}"))
            continue
        if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            reports.append(InputReport(rel, "failed", "binary (NUL bytes)", "txt"))
            continue
        text, encoding = decode(data)
        if not text.strip():
            reports.append(InputReport(rel, "skipped", "empty", "txt", encoding))
            continue
        article_id = _unique(safe_id(path.stem), taken)
        articles.append(Article(article_id=article_id, source=rel, format="txt", raw=text))
        reports.append(InputReport(rel, "ok", "", "txt", encoding, [article_id]))
    return articles, reports


def _unique(base: str, taken: set[str]) -> str:
    """Disambiguate colliding ids with a numeric suffix; records the id as taken."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
