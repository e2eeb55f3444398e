"""Find lines that are not prose: image file names, captions, bylines, headings...

Used by the clean stage; a pure function of one line's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.lexicon import data_file

# "(1961)", "(Ana Ruiz, 2003)", "(dir. Someone, 2003, France)"
YEAR_PAREN = re.compile(r"\((?:[^()]{0,80}?,\s*)?((?:18|19|20)\d\d)(?:\s*,[^()]{0,40})?\)")
# "Title, dir. Name (Country) — opening film": a festival or catalogue line crediting a director
_CAP = r"[A-ZÀ-ÞĀ-Ž]"
_PERSON = rf"{_CAP}[\w’'.-]*(?:\s+(?:[a-z]{{1,3}}\s+)?{_CAP}[\w’'.-]*){{0,3}}"
DIR_CREDIT = re.compile(rf"^(?P<title>\S.{{0,80}}?),\s+dir\.\s+(?P<name>{_PERSON}(?:\s+(?:and|&)\s+{_PERSON})?)"
                        rf"\s*(?:\([^()]{{2,40}}\))?\s*(?:[—–-]\s+[^()]{{1,40}})?$")
RANK_START = re.compile(r"^\s*(?:#\s?)?(\d{1,3})\s?[.):]\s*|^\s*(?:#\s?)(\d{1,3})\s+")
_SENTENCE_END = re.compile(r"[.!?;:,”\"’]\s*$|[.!?]\s*[)\]]\s*$")
_SMALL = {"a", "an", "and", "the", "of", "in", "on", "to", "for", "at", "by", "or", "vs", "vs.", "with", "from", "as", "is", "&", "-", "–", "—"}


@dataclass(frozen=True)
class DebrisRule:
    """One named line pattern from pipeline/data/debris.toml."""

    name: str
    pattern: re.Pattern
    max_words: int
    sentences: bool = False  # true: the rule applies to sentence-like lines too (a promotion)


@cache
def debris_rules() -> tuple[DebrisRule, ...]:
    """Load the debris rules once."""
    return tuple(
        DebrisRule(r["name"], re.compile(r["pattern"], re.IGNORECASE), int(r["max_words"]), bool(r.get("sentences", False)))
        for r in data_file("debris.toml")["rule"]
    )


def classify_line(line: str) -> str | None:
    """A line's text -> the rule name that makes it a non-prose line, or None for prose.

    Debris rules come first; then "heading" for short title-like lines that start
    with a rank number, and "caption" for other short title-like lines (mostly
    capitalised words, no closing sentence punctuation), such as "Title (1999)" or a credit line
    "Title, dir. Name (Country)".
    """
    text = line.strip()
    if not text:
        return None
    words = text.split()
    sentence_like = len(words) >= 6 and text[-1] in ".!?"
    for rule in debris_rules():
        if len(words) <= rule.max_words and (rule.sentences or not sentence_like) and rule.pattern.search(text):
            return rule.name
    if len(words) > 14 or _SENTENCE_END.search(text) and not YEAR_PAREN.search(text) and not _ranked_title_end(text, words):
        return None
    if RANK_START.match(text) and len(words) >= 2:
        return "heading"
    if YEAR_PAREN.search(text) or title_like(words) or DIR_CREDIT.match(text):
        return "caption"
    return None


def _ranked_title_end(text: str, words: list[str]) -> bool:
    """"3. Who Framed the Cat?", "1. Title...": a numbered title whose own last mark is "?", "!" or an
    ellipsis, not a sentence's full stop."""
    return bool(RANK_START.match(text)) and text.endswith(("?", "!", "...", "…")) and len(words) <= 10 \
        and title_like(words[1:])


def title_like(words: list[str]) -> bool:
    """True when most words that are not small function words start with a capital or digit."""
    content = [w for w in words if w.lower() not in _SMALL]
    if not content:
        return False
    capitalised = sum(1 for w in content if w[0].isupper() or w[0].isdigit() or w[0] in "“\"‘'(")
    return capitalised / len(content) >= 0.75 and (words[0][0].isupper() or words[0][0].isdigit())
