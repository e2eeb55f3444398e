"""Find lines that are not prose: image file names, captions, bylines, headings...

Used by the clean stage; a pure function of one line's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.credits_box import credit_parts
from pipeline.deal_lines import is_deal_line
from pipeline.diary_lines import is_diary_line
from pipeline.lexicon import data_file
from pipeline.months import CHAPTER_TIME, RELEASE_DATE, release_after
from pipeline.line_labels import aside_line
from pipeline.matchup_lines import matchup_halves
from pipeline.showtimes import strip_showtime
from pipeline.titles import cues

# "(1961)", "(Ana Ruiz, 2003)", "(dir. Someone, 2003, France)"
YEAR_PAREN = re.compile(r"\((?:[^()]{0,80}?,\s*)?((?:18|19|20)\d\d)(?:\s*,[^()]{0,40})?\)")
# "Title, dir. Name (Country) — opening film": a festival or catalogue line crediting a director
_CAP = r"[A-ZÀ-ÞĀ-Ž]"
_PERSON = rf"{_CAP}[\w’'.-]*(?:\s+(?:[a-z]{{1,3}}\s+)?{_CAP}[\w’'.-]*){{0,3}}"
DIR_CREDIT = re.compile(rf"^(?P<title>\S.{{0,80}}?),\s+dir\.\s+(?P<name>{_PERSON}(?:\s+(?:and|&)\s+{_PERSON})?)"
                        rf"\s*(?:\([^()]{{2,40}}\))?\s*(?:[—–-]\s+[^()]{{1,40}})?$")
RANK_START = re.compile(r"^\s*(?:#\s?)?(\d{1,3})\s?[.):]\s*|^\s*(?:#\s?)(\d{1,3})\s+")
_CLOCK_START = re.compile(CHAPTER_TIME)  # "01:09:30 ", "12:45 ": a time opening a line
# "Title — June 7 (Warner Bros.)": a release calendar's entry line (its distributor may end in a full stop)
_RELEASE_LINE = re.compile(r"^(?P<title>[^–—]{1,80}?)" + release_after(r"\s*[–—]\s*", to_end=True))
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
    """Load the debris rules once; "<link_labels>" in a pattern stands for any label of cues.toml
    `link_labels` (one list for a label line and a "Label: headline" line)."""
    labels = "|".join(re.escape(label) for label in sorted(cues()["link_labels"], key=lambda w: (-len(w), w)))
    return tuple(
        DebrisRule(r["name"], re.compile(r["pattern"].replace("<link_labels>", labels), re.IGNORECASE), int(r["max_words"]),
                   bool(r.get("sentences", False)))
        for r in data_file("debris.toml")["rule"]
    )


def classify_line(line: str) -> str | None:
    """A line's text -> the rule name that makes it a non-prose line, or None for prose.

    Debris rules come first; then "heading" for short title-like lines that start
    with a rank number, and "caption" for other short title-like lines (mostly
    capitalised words, no closing sentence punctuation), such as "Title (1999)", a credit line
    "Title, dir. Name (Country)", an entry's credits "Director: Name | Cast: Name, Name", a release
    calendar's entry "Title — June 7 (Studio)", a listing line "8 p.m. Title (1999) ★★★ Channel" or a
    diary line "Sun 01 Title 1978 ★★★★ ♥".
    """
    text = line.strip()
    if not text:
        return None
    words = text.split()
    sentence_like = len(words) >= 6 and text[-1] in ".!?"
    for rule in debris_rules():
        if len(words) <= rule.max_words and (rule.sentences or not sentence_like) and rule.pattern.search(text):
            return rule.name
    if len(credit_parts(text)) >= 2:
        return "caption"  # "Director: Name | Cast: Name, Name, ...": an entry's credits, however many names
    if aside_line(text):
        return None  # "Recommended: Title (Name, 1972), ...": prose naming a film beside the list, not its entry line
    if (m := _RELEASE_LINE.match(text)) and len(words) <= 14 and title_like(m.group("title").split()):
        return "caption"  # "Title — June 7 (Warner Bros.)": a calendar's entry, not a sentence
    if len(words) > 14 or _SENTENCE_END.search(text) and not YEAR_PAREN.search(text) and not _ranked_title_end(text, words):
        return None
    if is_diary_line(text):  # "Sun 01 Title 1978 ★★★★½ ♥ Rewatch": a film diary's line
        return "caption"
    if (rest := strip_showtime(text)) != text:  # "8 p.m. Title (1990) ★★★ Channel": a listing line
        return "caption" if YEAR_PAREN.search(rest) or title_like(rest.split()) else None
    if _CLOCK_START.match(text):
        return None  # "00:47:05 — What we talk about": a show's chapter line is prose, not a ranked heading
    if (halves := matchup_halves(text)) and all(title_like(h.split()) for h in halves):
        return "caption"  # "(1) Title vs. (8) Title", "Title (1957) vs. Title (1994)": a matchup line
    if RANK_START.match(text) and len(words) >= 2:
        return "heading"
    if is_deal_line(text):
        return None  # "Title Steelbook (4K UHD) — $9.99 (was $19.99) at Store": a product line, the page's own
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


THREAD_LINES = 3  # furniture lines (author, score, buttons) that make a page a discussion thread
_REPLY_PROSE = re.compile(r"\)[.!?,]?\s+(?!dir\b)[a-z]")  # "Title (2004). the pacing and ...": words after the title


def thread_replies(texts: list[str], kinds: list[str | None]) -> list[str | None]:
    """Lines' texts and kinds -> the kinds with the short replies of a discussion thread (THREAD_LINES
    "thread_furniture" lines at least) that name a dated title and go on in a sentence ("Title (2004).
    the pacing and the score ...") made prose again: a comment, not a caption."""
    if sum(k == "thread_furniture" for k in kinds) < THREAD_LINES:
        return kinds
    return [None if k == "caption" and _REPLY_PROSE.search(t) else k for t, k in zip(texts, kinds)]


LINK_BLOCK_WORDS = (4, 20)  # words of a linked headline under a "Related" label
# "More from Features", "More from Dear Critic": a section's or a column's links
_MORE_FROM = re.compile(r"More\s+(?:from|in)\s+[A-Z][\w&’'-]*(?:\s+(?:(?:the|of|and|on|at|to|for|a|an)\s+)?[A-Z&][\w&’'-]*){0,3}:?$"
                        r"|More\s+[a-z]{3,}s:?$")  # "More quizzes", "More reviews": more pages of the kind


def link_blocks(texts: list[str], kinds: list[str | None]) -> list[str | None]:
    """Lines' texts and their classify_line kinds -> the kinds with each related-links block marked
    "related_link": a line that is only a link label of cues.toml `link_labels` ("Related", "Read
    More:"), "More from <Section>" or "More <kind>s" ("More quizzes"), and the headline-shaped lines right after it (title-like
    or a question, as a thread's title is: 4-20 words, no closing full stop, no year in brackets, no rank number), blank
    lines between them included."""
    out = list(kinds)
    labels = cues()["link_labels"]
    for i, text in enumerate(texts):
        if text.strip().rstrip(":").strip().lower() not in labels and not _MORE_FROM.match(text.strip()):
            continue
        out[i] = "related_link"
        for j in range(i + 1, len(texts)):
            line = texts[j].strip()
            if not line:
                continue
            words = line.split()
            if not (LINK_BLOCK_WORDS[0] <= len(words) <= LINK_BLOCK_WORDS[1]) or line.endswith(".") \
                    or kinds[j] not in (None, "caption") or YEAR_PAREN.search(line) or RANK_START.match(line) \
                    or not (title_like(words) or line.endswith("?")):
                break
            out[j] = "related_link"
    return out
