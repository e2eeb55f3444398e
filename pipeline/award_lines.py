"""Award nominee lists: what a nominee line's name is under its category heading, and which
categories and sentences name television series rather than films ("Best Television Series –
Drama", "<Title> and <Title> were nominated for best series").

Pure functions over the caption/heading lines of the clean stage, their candidates (from
pipeline.caption_titles) and the text candidates, used by the extract stage (a nominee line's
glued dash is spaced by the clean stage, pipeline.dash_spaces). Category words
live in pipeline/data/cues.toml (`award_category_words`, `tv_category_words`). No title list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.caption_titles import award_category, names_only
from pipeline.titles import Candidate, cues, is_titlecase, normalise

_DIRECTING = {"director", "directing", "direction"}
_NETWORK_TAG = re.compile(r"\s*\([^()]{1,30}\)$")  # "Title (HBO)": the network a series list names


def _category_kind(line: str) -> str | None:
    """An award category line -> "tv" (it lists series), "director" (its names are directors),
    "film" (any other category), or None when the line is no category."""
    if not award_category(line):
        return None
    words = {w.lower().strip("–—-:,") for w in line.split()}
    if words & set(cues()["tv_category_words"]):
        return "tv"
    return "director" if words & _DIRECTING else "film"


def nominee_categories(captions, per_caption: list[Candidate | None]) -> tuple[list[Candidate | None], set[str]]:
    """Nominee lines read under the category line they follow (lines moved out of the text at
    one place, so no paragraph stands between them).

    captions: the article's caption/heading lines; per_caption: their candidates (None where a
    line names no film), same order. Returns (per_caption with None for each entry of a
    television category and, under a directing category, the name split off a "Name – Title"
    line moved from cast to director; the normalised titles of the television entries, without
    a network tag "(HBO)")."""
    out, series = list(per_caption), set()
    kind, at = None, None
    for i, (cap, c) in enumerate(zip(captions, per_caption)):
        if (k := _category_kind(cap.text)) is not None:
            kind, at = k, cap.before
            continue
        if kind is None or cap.before != at:
            kind = None  # text stands between: the category's list has ended
            continue
        if c is None:
            continue
        if kind == "tv":
            out[i] = None
            series.add(normalise(_NETWORK_TAG.sub("", c.text)))
        elif kind == "director" and c.cast and c.director is None and c.text != cap.text.strip():
            out[i] = replace(c, director=c.cast, cast=None)
    return out, series


_NAME_PAREN = re.compile(r"^([^()]{3,60}?)\s*\(([^()]{1,60})\)\s*$")  # "Name (Title)"
_YEAR_ONLY = re.compile(r"^(?:1[89]|20)\d\d$")  # "Title (2017)": the bracket dates a title, it names no film


def _name_paren(line: str) -> tuple[str, str] | None:
    """"Tom Vane (Glass Orchard)" -> (name, title): names before the bracket, title-case words
    that are no names inside it; else None."""
    m = _NAME_PAREN.match(line)
    if not m or not all(is_titlecase(w) for w in m.group(2).split()) or _YEAR_ONLY.match(m.group(2).strip()):
        return None
    names, inside = m.group(1).strip(), m.group(2).strip()
    if names_only(names) and not names_only(inside):
        return names, inside
    return None


def paren_nominees(captions, per_caption: list[Candidate | None]) -> list[Candidate | None]:
    """In a run of two or more "Name (Title)" lines read as one title ("Tom Vane (Glass Orchard)" then
    "Ivo Brandt (Cold Harbour)"), each line's title is the bracket and its name the cast (moved to
    director under a directing category by nominee_categories). A lone such line is left alone:
    "Name (Left)" is a photo caption.

    captions, per_caption: the caption lines and their candidates, same order. Returns per_caption
    with those lines' candidates changed."""
    shapes = [shape if c is not None and (shape := _name_paren(cap.text)) and c.text in (cap.text.strip(), shape[0]) else None
              for cap, c in zip(captions, per_caption)]  # the line read whole, or its bracket taken for a country
    out = list(per_caption)
    for i, shape in enumerate(shapes):
        if shape and ((i > 0 and shapes[i - 1]) or (i + 1 < len(shapes) and shapes[i + 1])):
            out[i] = replace(out[i], text=shape[1], cast=shape[0])
    return out


# "... were all nominated for best series", "won best drama series": a television prize
_SERIES_PRIZE = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had)\s+)?(?:(?:all|both|each|also|been)\s+){0,2}"
                           r"(?:nominated\s+for|shortlisted\s+for|up\s+for|in\s+the\s+running\s+for|named|won|wins|took|takes)\s+"
                           r"(?:the\s+)?(?:best|outstanding)\s+(?:(?!film\b|movie\b|picture\b|in\b|of\b|at\b)[\w-]+\s+){0,2}"
                           r"(?:series|show|miniseries|sitcom)\b", re.IGNORECASE)
_LIST_GLUE = re.compile(r",\s+(?:and\s+)?|,?\s+(?:and|&)\s+")


def _series_prize(text: str, c: Candidate, starts: dict[int, Candidate]) -> bool:
    """Whether the mention, alone or in a list of titles ("A, B and C"), is what a television
    prize is given to ("... were all nominated for best series")."""
    end = c.end
    while (m := _LIST_GLUE.match(text, end)) and m.end() in starts:
        end = starts[m.end()].end
    return bool(_SERIES_PRIZE.match(text, end))


def series_mentions(text: str, cands: list[Candidate], series: set[str], keep: set[str]) -> list[Candidate]:
    """Film candidates -> the same, with kind "other" for every mention of a title a television
    category lists (series: normalised titles, see nominee_categories) or a sentence gives a
    television prize ("<Title> and <Title> were nominated for best series"), unless a film's
    caption or heading line names it too (keep: normalised titles)."""
    starts = {c.start: c for c in cands if c.start is not None}
    prized = {normalise(c.text) for c in cands if c.kind == "film" and c.start is not None and _series_prize(text, c, starts)}
    gone = (series | prized) - keep
    if not gone:
        return cands
    return [replace(c, kind="other") if c.kind == "film" and normalise(c.text) in gone else c for c in cands]
