"""Ingest stage: find input files under the raw folder and turn each into Article records.

This is one of the two stages that touch the file system (export is the other).
Every file found ends up in the returned report as ok, skipped or failed, with a
reason a person can read; one bad file never stops the run.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.html_text import MAX_HTML_BYTES, HtmlText, html_to_text
from pipeline.record import Article

KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
MAX_TEXT_CHARS = 1_000_000  # spaCy's own limit per text; longer articles are cut (and the report says so)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_LOOKS_HTML = re.compile(r"<\s*(?:p|div|br|h[1-6]|a|i|em|span|article|body|html)\b", re.IGNORECASE)


@dataclass
class InputReport:
    """What happened to one input file (and, for JSON files, to each record in it)."""

    path: str
    status: str  # "ok" | "skipped" | "failed"
    reason: str = ""
    format: str | None = None
    encoding: str | None = None
    article_ids: list[str] = field(default_factory=list)
    records: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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
    """All files below raw_dir, sorted by relative path (hidden files and folders excluded)."""
    files = [p for p in raw_dir.rglob("*") if (p.is_file() or p.is_symlink()) and not any(
        part.startswith(".") for part in p.relative_to(raw_dir).parts)]
    return sorted(files, key=lambda p: p.relative_to(raw_dir).as_posix())


def ingest(raw_dir: Path) -> tuple[list[Article], list[InputReport]]:
    """Read every input under raw_dir -> (articles in stable order, one report per file).

    .txt: scraped text; .html/.htm: pages (text from markup, evidence kept);
    .json (one record or a list) / .jsonl (a record a line): scraper records with
    `html`, `content` or `text`, optional `id`, `url`, `title`. Never raises for bad input.
    """
    articles: list[Article] = []
    reports: list[InputReport] = []
    taken: set[str] = set()
    root = raw_dir.resolve()
    for path in discover(raw_dir):
        rel = path.relative_to(raw_dir).as_posix()
        kind = KINDS.get(path.suffix.lower())
        if path.is_symlink() and not _inside(path, root):
            reports.append(InputReport(rel, "skipped", "symlink to a file outside the input folder (not followed)"))
            continue
        if kind is None:
            reports.append(InputReport(rel, "skipped", f"unsupported file kind '{path.suffix or path.name}'"))
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            reports.append(InputReport(rel, "failed", f"cannot read: {exc.strerror or exc}", kind))
            continue
        report = InputReport(rel, "ok", "", kind)
        try:
            found = _read(kind, path, data, report)
        except Exception as exc:  # one broken file must never stop the run
            report.status, report.reason = "failed", f"could not be read ({type(exc).__name__}: {exc})"[:300]
            found = []
        for article in found:
            article.article_id = _unique(article.article_id, taken)
            if len(article.raw) > MAX_TEXT_CHARS:
                article.raw = article.raw[:MAX_TEXT_CHARS]
                article.markup = [m for m in article.markup if m[1] <= MAX_TEXT_CHARS]
                article.warnings.append(f"text cut to the first {MAX_TEXT_CHARS:,} characters")
                report.warnings.append(f"{article.article_id}: text cut to the first {MAX_TEXT_CHARS:,} characters")
            report.article_ids.append(article.article_id)
            articles.append(article)
        if report.status == "ok" and not found:
            report.status = "skipped"
            report.reason = report.reason or "no article text"
        reports.append(report)
    return articles, reports


def _inside(path: Path, root: Path) -> bool:
    """Whether a (symlinked) path resolves to somewhere inside root."""
    try:
        path.resolve().relative_to(root)
        return True
    except (ValueError, OSError):
        return False


def _read(kind: str, path: Path, data: bytes, report: InputReport) -> list[Article]:
    """One file's bytes -> its articles, noting encoding/problems on the report."""
    stem = safe_id(path.stem)
    source = report.path
    if kind == "txt":
        if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            report.status, report.reason = "failed", "binary (NUL bytes)"
            return []
        text, report.encoding = decode(data)
        if not text.strip():
            report.reason = "empty"
            return []
        return [Article(article_id=stem, source=source, format="txt", raw=text)]
    if kind == "html":
        if not data.strip():
            report.reason = "empty"
            return []
        page = html_to_text(data)
        report.encoding = page.encoding
        if page.cut:
            report.warnings.append(f"page larger than {MAX_HTML_BYTES:,} bytes: cut to the first {MAX_HTML_BYTES:,}")
        if not page.text.strip():
            report.reason = "no article text in the page"
            return []
        return [_from_page(stem, source, "html", page)]
    text, report.encoding = decode(data)
    try:
        records = _records(kind, text)
    except json.JSONDecodeError as exc:
        report.status, report.reason = "failed", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        return []
    out = []
    for n, record in enumerate(records, 1):
        article, problem = _from_record(record, n, stem, source, kind)
        status = "ok" if article else "skipped"
        report.records.append({"record": n, "status": status, "reason": problem or "",
                               "article_id": article.article_id if article else None})
        if article:
            out.append(article)
    return out


def _records(kind: str, text: str) -> list:
    """JSON text -> a list of records (a .json file may hold one record or a list)."""
    if kind == "jsonl":
        return [json.loads(line) if line.strip() else None for line in text.splitlines()]
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def _from_record(record, n: int, stem: str, source: str, kind: str) -> tuple[Article | None, str | None]:
    """One scraper record -> (article, None) or (None, why not)."""
    if not isinstance(record, dict):
        return None, f"no article text in record {n} (not an object)"
    body = next((record[k] for k in ("html", "content", "text") if isinstance(record.get(k), str) and record[k].strip()), None)
    if body is None:
        return None, f"no article text in record {n}"
    rid = record.get("id")
    article_id = safe_id(str(rid)) if rid not in (None, "") else f"{stem}-{n}"
    meta = {k: str(record[k]) for k in ("url", "title") if isinstance(record.get(k), (str, int))}
    if isinstance(record.get("html"), str) and record["html"].strip() or _LOOKS_HTML.search(body):
        page = html_to_text(body)
        article = _from_page(article_id, source, kind, page)
        article.meta = {**page.meta, **meta}
        return article, None
    return Article(article_id=article_id, source=source, format=kind, raw=body.replace("\r\n", "\n"), meta=meta), None


def article_from_html(article_id: str, source: str, data: bytes | str) -> Article:
    """One HTML page -> its article (the same path .html files take)."""
    return _from_page(article_id, source, "html", html_to_text(data))


def _from_page(article_id: str, source: str, kind: str, page: HtmlText) -> Article:
    """Text extracted from markup -> an article that needs no run-together repair."""
    return Article(article_id=article_id, source=source, format=kind, raw=page.text, damaged=False,
                   markup=page.spans, meta=page.meta)


def _unique(base: str, taken: set[str]) -> str:
    """Disambiguate colliding ids with a numeric suffix; records the id as taken."""
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate
