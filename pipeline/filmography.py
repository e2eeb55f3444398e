"""A headline that names one filmmaker's body of work ("Every Name Film, Ranked", "All 9 Name Movies,
Ranked From Worst to Best", "Name’s Films, Ranked"): the list's entries are that person's films.

Input: the article's headline, its films (roles, cast and directors filled) and the clean text. Output:
none; each list entry (role "recommended") the text gave no director gets the headline's person, with
the headline as evidence (source "caption"). A star's filmography ("Every Name Movie, Ranked" of an
actor) is told apart by the text: a person it casts ("Name plays ...", "starring Name", "Name’s turn
as Role") is never made the director, and a headline of performances or roles names no films of a maker.
"""

from __future__ import annotations

import re

from pipeline.caption_titles import is_name
from pipeline.facts import NAME, cast_cues
from pipeline.people import acting_names
from pipeline.record import Evidence, Film, evidence_json

_WORKS = r"(?:Film|Movie|Feature)s?(?=\s*(?:[,:]|$|Ranked\b|From\b|in\s+Order\b))"  # not "Movie Performances"
_FILMOGRAPHY = re.compile(rf"^(?:Every|All(?:\s+(?:the\s+)?\d+|\s+of)?|Ranking(?:\s+Every|\s+All)?)\s+({NAME.pattern})(?:’s|'s)?\s+{_WORKS}"
                          rf"|^({NAME.pattern})(?:’s|')\s+(?:\d+\s+)?{_WORKS}")


def filmography_maker(headline: str | None) -> str | None:
    """"Every Given Surname Film, Ranked" -> "Given Surname" (a person's full name), else None."""
    m = _FILMOGRAPHY.match((headline or "").strip())
    name = (m.group(1) or m.group(2)) if m else None
    return name if name and is_name(name) else None


def filmography_directors(headline: str | None, text: str, films: list[Film]) -> None:
    """Give each list entry without a director the filmmaker a filmography headline names (in place)."""
    maker = filmography_maker(headline)
    if maker is None:
        return
    cast = acting_names(text) | {name for name, _ in cast_cues(text, 0, len(text))} | {name for f in films for name in f.cast}
    if maker.split()[-1] in {word for name in cast for word in name.split()}:
        return  # the text casts this person: an actor's films, made by others
    for film in films:
        if film.role == "recommended" and film.director is None:
            film.director, film.director_source = maker, "caption"
            film.evidence["director"] = evidence_json(Evidence(headline.strip(), "caption"))
