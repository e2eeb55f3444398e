"""Theme taxonomy: read and validate a taxonomy TOML file into Theme records.

Input: pipeline/data/themes.toml (or a user's file via --themes). Output: a tuple of frozen
Theme records, parsed once per file content. No spaCy here; the themes stage builds its
matchers from these records.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path


class TaxonomyError(ValueError):
    """A theme taxonomy file that cannot be used; the message says what is wrong and where."""


@dataclass(frozen=True)
class Theme:
    """One theme of the taxonomy."""

    id: str
    label: str
    parent: str | None
    terms: tuple[str, ...]
    period_setting: bool = False  # also given to films whose text sets them well before their release


def load_taxonomy(path: str | None = None) -> tuple[Theme, ...]:
    """Read and validate a taxonomy TOML file (default: the package's own) -> its themes.

    Parsed once per file content (cached), so a file edited while the process lives is
    read afresh. Raises TaxonomyError with a one-line reason for a missing, unreadable or
    invalid file.
    """
    try:
        if path is None:
            data = resources.files("pipeline.data").joinpath("themes.toml").read_bytes()
        else:
            data = Path(path).read_bytes()
    except FileNotFoundError:
        raise TaxonomyError(f"theme file {path or 'the built-in themes.toml'} does not exist") from None
    except OSError as exc:
        raise TaxonomyError(f"theme file {path or 'themes.toml'} cannot be read: {exc}") from None
    return _parse_taxonomy(data, path or "themes.toml")


@cache
def _parse_taxonomy(data: bytes, where: str) -> tuple[Theme, ...]:
    """A taxonomy file's bytes -> its validated themes."""
    try:
        raw = tomllib.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TaxonomyError(f"theme file {where} cannot be read: {exc}") from None
    return _validate(raw, where)


def _validate(raw: dict, where: str) -> tuple[Theme, ...]:
    """Parsed TOML -> themes, or TaxonomyError naming the first problem."""
    entries = raw.get("theme")
    if not isinstance(entries, list) or not entries:
        raise TaxonomyError(f"{where}: no [[theme]] entries")
    themes, seen = [], set()
    for n, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise TaxonomyError(f"{where}: theme {n} is not a table")
        tid, label, terms = entry.get("id"), entry.get("label"), entry.get("terms")
        if not isinstance(tid, str) or not tid.strip():
            raise TaxonomyError(f"{where}: theme {n} has no id")
        if tid in seen:
            raise TaxonomyError(f"{where}: theme id '{tid}' is used twice")
        if not isinstance(label, str) or not label.strip():
            raise TaxonomyError(f"{where}: theme '{tid}' has no label")
        if not isinstance(terms, list) or not terms or not all(isinstance(t, str) and t.strip() for t in terms):
            raise TaxonomyError(f"{where}: theme '{tid}' needs a list of terms (non-empty strings)")
        parent = entry.get("parent")
        if parent is not None and not isinstance(parent, str):
            raise TaxonomyError(f"{where}: theme '{tid}' has a parent that is not a string")
        period = entry.get("period_setting", False)
        if not isinstance(period, bool):
            raise TaxonomyError(f"{where}: theme '{tid}' has a period_setting that is not true or false")
        seen.add(tid)
        themes.append(Theme(tid, label.strip(), parent, tuple(t.strip().lower() for t in terms), period))
    for theme in themes:
        if theme.parent is not None and theme.parent not in seen:
            raise TaxonomyError(f"{where}: theme '{theme.id}' has an unknown parent '{theme.parent}'")
    return tuple(themes)


def ancestors(theme_id: str, themes: dict[str, Theme]) -> list[str]:
    """A theme id and the taxonomy (id -> Theme) -> its parent chain, nearest first."""
    chain = []
    while (theme_id := themes[theme_id].parent) is not None and theme_id not in chain:
        chain.append(theme_id)
    return chain


def term_variants(terms: tuple[str, ...]) -> list[str]:
    """A theme's terms, with "film" and "movie" as each other's variant at a term's end ("heist film" also
    as "heist movie"), so the taxonomy need not list both."""
    swap = {"film": "movie", "movie": "film"}
    out = list(terms)
    for term in terms:
        head, _, last = term.rpartition(" ")
        if head and last in swap and f"{head} {swap[last]}" not in out:
            out.append(f"{head} {swap[last]}")
    return out
