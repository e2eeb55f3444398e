"""Ingest stage: find input files under the raw folder and turn each into Article records.

This is one of the two stages that touch the file system (export is the other).
Every file found ends up in the returned report as ok, skipped or failed, with a
reason a person can read; one bad file never stops the run. "skipped" is for
inputs left out by design (empty, an unsupported kind, hidden, a symlink out of
the folder, larger than --max-bytes); "failed" for inputs that should have been
readable and are not (binary, undecodable, invalid JSON, unreadable). Article
text is only ever data: it is never evaluated, run or used as a path.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.discover import discover
from pipeline.html_text import MAX_HTML_BYTES, HtmlText, html_to_text
from pipeline.options import DEFAULT_MAX_BYTES
from pipeline.record import Article

KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".json": "json", ".jsonl": "jsonl"}
MAX_TEXT_CHARS = 1_000_000  # spaCy's own limit per text; longer articles are cut (and the report says so)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_LOOKS_HTML = re.compile(r"<\s*(?:p|div|br|h[1-6]|a|i|em|span|article|body|html)\b", re.IGNORECASE)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
MAX_CONTROL_SHARE = 0.01  # decoded text with more control characters (but whitespace) than this is not text
UNDECODABLE = "not UTF-8 and no encoding detected"


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
    """Bytes -> (text, encoding name); never raises.

    UTF-8 (BOM or not), UTF-16/32 with a BOM, UTF-16 without one (told by its NUL
    bytes), else cp1252, else latin-1 (which reads any bytes). Newlines are
    normalised to "\\n"; raw-text offsets everywhere refer to this string.
    """
    enc = next((enc for mark, enc in _BOMS if data.startswith(mark)), None) or _utf16_without_bom(data)
    if enc:
        text = data.decode(enc, errors="replace")
    else:
        try:
            text, enc = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            try:
                text, enc = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, enc = data.decode("latin-1"), "latin-1"
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def read_text(data: bytes) -> tuple[str | None, str | None, str]:
    """Bytes of a text input -> (text, encoding, "") or (None, None, why it is not text)."""
    if _binary(data):
        return None, None, "binary (NUL bytes)"
    text, enc = decode(data)
    if _control_share(text) > MAX_CONTROL_SHARE:
        return None, None, UNDECODABLE if enc in ("cp1252", "latin-1") else "binary (control characters)"
    return text, enc, ""


def _binary(data: bytes) -> bool:
    """NUL bytes that no UTF-16/32 encoding explains: binary data."""
    return b"\x00" in data and not data.startswith(tuple(m for m, _ in _BOMS)) and not _utf16_without_bom(data)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" for BOM-less UTF-16 of mostly Latin text (every other byte NUL), else None."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.4 * len(data) / 2 and even == 0:
        enc = "utf-16-le"
    elif even >= 0.4 * len(data) / 2 and odd == 0:
        enc = "utf-16-be"
    else:
        return None
    try:
        data.decode(enc)
    except UnicodeDecodeError:
        return None
    return enc


def _control_share(text: str) -> float:
    """Share of control characters other than whitespace: high in binary data read as a code page."""
    if not text:
        return 0.0
    return sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v") / len(text)


def ingest(raw_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Article], list[InputReport]]:
    """Read every input under raw_dir -> (articles in stable order, one report per file).

    .txt: scraped text; .html/.htm: pages (text from markup, evidence kept);
    .json (one record or a list) / .jsonl (a record a line): scraper records with
    `html`, `content` or `text`, optional `id`, `url`, `title`. Files larger than
    max_bytes are skipped unread. Never raises for bad input.
    """
    articles: list[Article] = []
    reports: list[InputReport] = []
    taken: set[str] = set()
    for entry in discover(raw_dir):
        rel, path = entry.rel, entry.path
        if entry.reason:
            reports.append(InputReport(rel, "failed" if entry.failed else "skipped", entry.reason))
            continue
        kind = KINDS.get(path.suffix.lower())
        if kind is None:
            reports.append(InputReport(rel, "skipped", f"unsupported file kind '{path.suffix or path.name}'"))
            continue
        report = InputReport(rel, "ok", "", kind)
        data: bytes | None = b""
        try:
            data = _read_bytes(path, max_bytes)
            found = [] if data is None else _read(kind, path, data, report)
        except OSError as exc:
            report.status, report.reason, found = "failed", f"cannot read: {exc.strerror or exc}", []
        except RecursionError:
            report.status, report.reason, found = "failed", "nested too deeply to read", []
        except Exception as exc:  # one broken file must never stop the run
            report.status, report.reason = "failed", f"could not be read ({type(exc).__name__}: {exc})"[:300]
            found = []
        if data is None:
            report.status, report.reason = "skipped", f"larger than --max-bytes ({max_bytes} bytes)"
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
            failed = [r["reason"] for r in report.records if r["status"] == "failed"]
            report.status = "failed" if failed else "skipped"
            report.reason = report.reason or (failed[0] if failed else "no article text")
        reports.append(report)
    return articles, reports


def _read_bytes(path: Path, max_bytes: int) -> bytes | None:
    """A file's bytes, or None when it holds more than max_bytes (then only max_bytes + 1 are read)."""
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _read(kind: str, path: Path, data: bytes, report: InputReport) -> list[Article]:
    """One file's bytes -> its articles, noting encoding/problems on the report."""
    stem = safe_id(path.stem)
    source = report.path
    if not data.strip():
        report.reason = "empty"
        return []
    if kind == "html":
        if _binary(data):
            report.status, report.reason = "failed", "binary (NUL bytes)"
            return []
        enc = _utf16_without_bom(data)
        page = html_to_text(data.decode(enc) if enc else data)
        report.encoding = enc or page.encoding
        if page.cut:
            report.warnings.append(f"page larger than {MAX_HTML_BYTES:,} bytes: cut to the first {MAX_HTML_BYTES:,}")
        if not page.text.strip():
            report.reason = "no article text in the page"
            return []
        return [_from_page(stem, source, "html", page)]
    text, report.encoding, problem = read_text(data)
    if text is None:
        report.status, report.reason = "failed", problem
        return []
    if not text.strip():
        report.reason = "empty"
        return []
    if kind == "txt":
        return [Article(article_id=stem, source=source, format="txt", raw=text)]
    if kind == "json":
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError as exc:
            report.status, report.reason = "failed", _json_problem(exc)
            return []
        records = [(n, r, "") for n, r in enumerate(parsed if isinstance(parsed, list) else [parsed], 1)]
    else:
        records = _jsonl_records(text)
    out = []
    for n, record, problem in records:
        article, why = (None, problem) if problem else _from_record(record, n, stem, source, kind)
        status = "ok" if article else ("failed" if problem else "skipped")
        report.records.append({"record": n, "status": status, "reason": why or "",
                               "article_id": article.article_id if article else None})
        if article:
            out.append(article)
    return out


def _jsonl_records(text: str) -> list[tuple[int, object, str]]:
    """JSONL text -> [(record number, record or None, "" or why it cannot be read)].

    Each line is a record (numbered by line) read on its own, so one bad line costs
    only its own record. (A .json file holds one record or a list of them.)
    """
    lines = text.split("\n")  # not splitlines(): JSON strings may hold U+2028 and friends
    if lines and not lines[-1].strip():
        lines.pop()  # the final newline ends the last record; it opens no new one
    out: list[tuple[int, object, str]] = []
    for n, line in enumerate(lines, 1):
        try:
            out.append((n, json.loads(line) if line.strip() else None, ""))
        except json.JSONDecodeError as exc:
            out.append((n, None, f"record {n}: {_json_problem(exc)}"))
        except RecursionError:
            out.append((n, None, f"record {n}: nested too deeply to read"))
    return out


def _json_problem(exc: json.JSONDecodeError) -> str:
    """A JSON syntax error -> a reason a person can act on."""
    return f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"


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
                   markup=page.spans, meta=page.meta, credits=page.credits, related=page.related)


def _unique(base: str, taken: set[str]) -> str:
    """Disambiguate colliding ids with a numeric suffix; records the id as taken.

    Ids that differ only in case collide too: as file names they would on macOS and Windows.
    """
    candidate, n = base, 2
    while candidate.casefold() in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate.casefold())
    return candidate
