"""List items written "Title — blurb" (a streaming guide's "<a>Title</a> — one sentence"): what
the blurb says the work is. A blurb that speaks of a series, its seasons or episodes, or of a
stand-up hour ("A new crime series for the week", "every episode is up today") makes its title
no film, unless it also calls the work a film or a movie.

Pure function over the clean text, its paragraph starts and the text candidates; used by the
extract stage. What a blurb says is read by pipeline.series_words (as a heading's section is).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.dash_spaces import DASHES, NUMBERED
from pipeline.months import release_after
from pipeline.series_words import speaks_of_series
from pipeline.titles import Candidate, normalise

HEAD_WORDS = 10  # the item's title and its dash come within this many words of the paragraph start
_DASH = re.compile(rf"\s[{DASHES}]\s")  # the spaced dash between an item's title and its blurb
_RELEASE = re.compile(release_after())  # "Title — June 7 (Studio)": a calendar's entry, no blurb


def _head_end(text: str, start: int, end: int) -> int | None:
    """The offset where an item's blurb starts: after the last spaced dash among the paragraph's
    first HEAD_WORDS words ("Title – Part Two — The ..." has two, the title's own first), or None."""
    words = list(re.finditer(r"\S+", text[start:end]))[:HEAD_WORDS]
    reach = start + words[-1].end() if words else start
    dashes = list(_DASH.finditer(text, start, min(end, reach + 1)))
    return dashes[-1].end() if dashes else None


def _item_heads(text: str, films: list[Candidate], para_bounds: list[tuple[int, int]]):
    """Yield (paragraph start, blurb start, paragraph end, the film candidates before the blurb, all
    the paragraph's film candidates) of every "Title — blurb" paragraph that opens with a film
    candidate (after a number "3. "). films: sorted by start."""
    starts = [c.start for c in films]
    for start, end in para_bounds:
        number = NUMBERED.match(text, start)
        lead = number.end() if number else start
        head = films[bisect.bisect_left(starts, lead) : bisect.bisect_left(starts, end)]
        if not head or head[0].start != lead or (blurb_at := _head_end(text, lead, end)) is None:
            continue
        titled = [c for c in head if c.end <= blurb_at]
        if titled:
            yield start, blurb_at, end, titled, head


def item_titles(text: str, cands: list[Candidate], para_bounds: list[tuple[int, int]]) -> list[str]:
    """The film keys (normalised title, or the title it is an alias of) that open "Title — blurb"
    paragraphs, in order: a list's items, read like bare title headings. A release calendar's
    "Title — June 7 (Studio)" states a date, not a pick: no item."""
    films = sorted((c for c in cands if c.kind == "film" and c.start is not None), key=lambda c: c.start)
    return [normalise(titled[0].alias_of or titled[0].text) for _, blurb_at, _, titled, _ in _item_heads(text, films, para_bounds)
            if not _RELEASE.match(text, blurb_at)]


def series_items(text: str, cands: list[Candidate], para_bounds: list[tuple[int, int]],
                 keep: set[str] = frozenset()) -> tuple[list[Candidate], list[int]]:
    """Film candidates -> (the same, with kind "other" for every mention of a title that heads a
    "Title — blurb" paragraph whose blurb names a series, season, episodes or stand-up and no film
    (series_words.speaks_of_series, words inside a candidate's span left out); the starts of those
    paragraphs, which open no film's section).

    para_bounds: (start, end) of each paragraph; keep: normalised titles a caption or heading
    names (a film by its own line) are left alone. Candidates between the paragraph start and
    the dash ("The Vault", "Part Two" of "The Vault – Part Two") are the item's title, all of them."""
    films = sorted((c for c in cands if c.kind == "film" and c.start is not None), key=lambda c: c.start)
    gone: set[str] = set()
    starts: list[int] = []
    for start, blurb_at, end, titled, head in _item_heads(text, films, para_bounds):
        spans = [(c.start, c.end) for c in head if c.start >= blurb_at]
        if speaks_of_series(text, blurb_at, end, blurb=True, ignore=lambda m: any(a <= m.start() < b for a, b in spans)):
            gone |= {normalise(c.text) for c in titled}
            if normalise(titled[0].text) not in keep:
                starts.append(start)
    gone -= keep
    return [replace(c, kind="other") if c.kind == "film" and normalise(c.text) in gone else c for c in cands], starts
