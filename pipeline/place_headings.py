"""A filming-locations guide: headings that name places, and visitor-information lines.

A travel page on where films were shot heads its sections with places ("<Name> Station and <Name>
Street", "<Name> Hill") and names the films in the prose under them; its "Where: <address>" and
"Visit: <hours>" lines hold addresses, not titles. The place words are cues.toml `place_heads`, the
information labels its `unfilmed_labels` of scope `sentence` (read by pipeline/line_labels.py).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.line_labels import on_labelled_line
from pipeline.titles import Candidate, cues, normalise

MIN_PLACES = 3  # fewer place headings than this: a list whose titles merely end in a place word
_PARTS = re.compile(r",\s+|\s+(?:and|&)\s+")


def place_headings(captions, per_caption: list[Candidate | None], text: str,
                   film_at: dict[str, list[int]]) -> tuple[list[Candidate | None], list[int]]:
    """Headings of a locations guide -> (per_caption with None for each, the clean offsets where the
    page's heading and caption lines naming no film stood: each opens the section of a place, no
    film's; [] on any other page).

    captions: the clean stage's captions; per_caption: their candidates, same order; text: the clean
    text; film_at: normalised title -> clean offsets of its film mentions in the text. A heading names a
    place when a part of it ("A and B", "A, B") ends in a place word and its own section (the text up to
    the next moved-out line) speaks of that place: the part's name, or the place word as a common noun
    ("the station", "the town’s oldest hotel"). With MIN_PLACES such headings that the text never names
    as a film, each over a section that names another film (what was shot there; a list of titles that
    end in a place word speaks of its own film), the page is a locations guide: its undated headings the
    text never names as a film are
    places (also one with no place word, "<Name>’s Point"), and so is a caption naming a place ("The
    harbour from <Name> Gardens. Photo: ..."). Lines with a year, rank, director or cast keep their
    films."""
    stops = sorted({cap.before for cap in captions})
    bare = [c is not None and cap.rule in ("caption", "heading") and not (c.year or c.rank or c.director or c.cast)
            and normalise(c.text) not in film_at for cap, c in zip(captions, per_caption)]
    spans = [(cap.before, _next_stop(stops, cap.before, len(text))) for cap in captions]
    places = [b and _names_place(c.text, text[lo:hi]) for c, b, (lo, hi) in zip(per_caption, bare, spans)]
    films_at = sorted(at for offs in film_at.values() for at in offs)
    shot_there = [p and bisect.bisect_left(films_at, lo) < bisect.bisect_left(films_at, hi)
                  for p, (lo, hi) in zip(places, spans)]
    if sum(shot_there) < MIN_PLACES:
        return per_caption, []
    gone = [b and (p or cap.text.strip() == c.text or bool(_place_words(c.text)))
            for cap, c, b, p in zip(captions, per_caption, bare, places)]
    kept = [None if g else c for c, g in zip(per_caption, gone)]
    return kept, [cap.before for cap, c in zip(captions, kept) if c is None and cap.rule in ("caption", "heading")]


def info_lines(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Film candidates inside a sentence opened by a visitor-information label (cues.toml `unfilmed_labels`
    of scope `sentence`: "Where: <Name> Row, <postcode>", "Getting there: ...", the label included: a run
    "Where: <Name>" may take it in) -> kind "other"; other candidates pass unchanged."""
    return [replace(c, kind="other") if c.kind == "film" and c.start is not None
            and on_labelled_line(text, c.start, "unfilmed_labels", scope="sentence") else c for c in cands]


def _next_stop(stops: list[int], at: int, end: int) -> int:
    """The next place after `at` where a line was moved out (stops: sorted), else `end`."""
    i = bisect.bisect_right(stops, at)
    return stops[i] if i < len(stops) else end


def _place_words(title: str) -> list[str]:
    """The parts of a heading ("A and the B", "A, B") whose last word is a place word, lowercased."""
    heads = cues()["place_heads"]
    return [p for p in _PARTS.split(title) if p.split() and p.split()[-1].lower() in heads]


def _names_place(title: str, section: str) -> bool:
    """Whether a part of the heading ends in a place word and the section speaks of that place:
    the part's name without its article ("on the Quay" for "The Quay"), or the place word as a
    lowercase noun."""
    for part in _place_words(title):
        name = re.sub(r"^(?:the|The)\s+", "", part)
        if re.search(rf"\b{re.escape(name)}\b", section) or re.search(rf"\b{re.escape(part.split()[-1].lower())}\b", section):
            return True
    return False
