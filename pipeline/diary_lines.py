"""Lines of a film-logging site's diary: "Sun 01 Title 1978 ★★★★½ ♥ Rewatch".

A diary logs one viewing a line: a date badge (weekday and day of the month), the film's title,
its year (bare, no brackets), the star rating, and maybe a like mark and a rewatch label; a note
under the line is about that film. The scrape glues the parts ("Sun 01Title1978★★★★½♥Rewatch").
This module holds the shape: the clean stage splits the badge from the title (badge_glue; the
repair splits the year, the stars and the like mark), classify_line moves the line out of the body,
caption_titles reads its title and year (diary_entry), and showtimes.schedule_page counts it with
a schedule's listing lines: a log of what was watched, in date order, ranks no film.
"""

from __future__ import annotations

import re

from pipeline.months import WEEKDAY

STARS = "★☆"  # a rating's star glyphs (showtimes.STARS too)
LIKES = "♥❤"  # a like mark after the rating
_BADGE = rf"{WEEKDAY}\.?\s+\d{{1,2}}"  # "Sun 01", "Fri 13": the day a film was watched
_MARKS = rf"(?:(?:[{STARS}]+½?|½)(?:\s*[{LIKES}])?|[{LIKES}])"  # "★★★★½", "★★ ♥", "½", "♥"
# the whole line: badge, title, bare year, rating or like mark, at most one label word after ("Rewatch")
_LINE = re.compile(rf"^{_BADGE}\s+(?P<title>\S.*?)\s+(?P<year>(?:18|19|20)\d\d)\s*{_MARKS}(?:\s+[A-Z][a-z]+)?\s*$")
# "Sun 01Title": the badge's day glued to the title; the line must hold a rating or like mark further on
_GLUED_BADGE = re.compile(rf"^{_BADGE}(?=[A-Z0-9“‘\"'][^\n]*[{STARS}{LIKES}½])")


def badge_glue(line: str) -> int | None:
    """A raw line -> the offset where a diary line's title is glued to its date badge ("Sun 01|Title
    1978 ★★★"), or None for any other line (no glue, or no rating on the line)."""
    m = _GLUED_BADGE.match(line)
    return m.end() if m else None


def diary_entry(text: str) -> tuple[str, int] | None:
    """A repaired line -> (title, year) when it is a diary line ("Mon 02 Title 1963 ★★★★½ ♥" ->
    ("Title", 1963)), else None."""
    m = _LINE.match(text.strip())
    return (m.group("title"), int(m.group("year"))) if m else None


def is_diary_line(text: str) -> bool:
    """Whether a repaired line has a diary line's shape (see diary_entry)."""
    return diary_entry(text) is not None
