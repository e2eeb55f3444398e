"""Listing lines of a TV guide or a cinema's showtimes: "7 p.m. Title (1990) ★★★ Channel".

A listing line opens with a time ("8 p.m.", "10:30 p.m.", "7pm", "noon", "midnight"); after the
title come its year in brackets, a rating in star glyphs and the channel or screen. The scrape
glues them ("7 p.m.Title(1990) ★★★Channel"). This module holds the shapes (the repair splits
the glue with GLUED_TIME and GLUED_RATING; the clean stage keeps such lines out of the body; the
extract stage reads their titles; caption_titles.undated_listings drops the lines that date no film).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.diary_lines import LIKES, STARS, is_diary_line
from pipeline.months import DAY, LISTING_TIME, WEEKDAY
from pipeline.titles import normalise

SHOWTIME = re.compile(rf"^\s*{LISTING_TIME}\s*")  # "8 p.m. ", "21:00 " opening a line (months.LISTING_TIME)
# "Friday", "Sat.", "Tuesday 14": a day's heading over a schedule's listing lines (a film may be called
# "Friday": only a schedule page reads the line so, see caption_titles.undated_listings)
DAY_LINE = re.compile(rf"^{WEEKDAY}\.?(?:,?\s+{DAY})?$")
# the rating and all after it ("★★★½ Channel"), and any spaces before it
RATING = re.compile(rf"\s*[{STARS}]+½?(?:\s.*)?$|\s*[{STARS}]+½?(?=[A-Za-z]).*$")
# the glued spots the repair splits: "p.m.|Title", "7pm|Title", "21:00|Title", "★★★|Channel", "★★★½|Channel",
# "Title|★★★"
GLUED_TIME = r"(?<=(?<![A-Za-z.])[ap]\.m\.)(?=[A-Z0-9“\"‘])|(?<=\d[ap]m)(?=[A-Z][a-z])|(?<=\d:\d\d)(?=[A-Z][a-z])"
GLUED_RATING = (rf"(?<=[{STARS}])(?=[A-Za-z{LIKES}])|(?<=[{STARS}]½)(?=[A-Za-z{LIKES}])|(?<=[\w)])(?=[{STARS}])"
                rf"|(?<=[{STARS}½][{LIKES}])(?=[A-Za-z])")  # a diary line's like mark: "★★★★½|♥|Rewatch"


def strip_showtime(text: str) -> str:
    """A line's text -> the text without the time that opens it ("8 p.m. Title" -> "Title"); other
    text unchanged."""
    m = SHOWTIME.match(text)
    return text[m.end():] if m and m.end() < len(text) else text


def is_listing(text: str) -> bool:
    """Whether a line opens with a time and goes on ("8 p.m. Title ..."): a listing line's shape; a
    diary's line ("Sun 01 Title 1978 ★★★★", pipeline.diary_lines) is read as one too."""
    return strip_showtime(text) != text or is_diary_line(text)


def strip_rating(text: str) -> str:
    """"Title ★★★ Channel" -> "Title": the star rating and what follows it are no part of a title."""
    return RATING.sub("", text)


SCHEDULE_LINES = 3  # listing lines that make a page a schedule


def schedule_page(captions) -> bool:
    """Whether the page's moved-out lines hold SCHEDULE_LINES listing lines or more: a TV guide or a
    cinema's showtimes list what is on, in time order, which ranks no film (a pick box may still
    recommend one); so does a film diary's log of viewings (is_listing reads its lines). Not
    programme_lines.is_schedule (weekday date lines) on purpose: a programme dated by days may rank
    its picks, a page timed by the hour ranks none."""
    return sum(1 for cap in captions if cap.rule == "caption" and is_listing(cap.text)) >= SCHEDULE_LINES


def blurb_openers(cands: list, captions, per_caption: list, marker_keys: set[str]) -> list:
    """On a schedule page, the words that open the blurb right under a listing line that names a film
    are its star or its story ("Name won an Oscar as ...", "Name is the cop ..."), not another film:
    a film candidate starting there whose title is no heading's or listing's -> kind "name" (a person
    unless the text calls it a film elsewhere).

    cands: text candidates; captions and per_caption: the moved-out lines and their candidates."""
    if not schedule_page(captions):
        return cands
    under = {cap.before for cap, c in zip(captions, per_caption) if c is not None and is_listing(cap.text)}
    return [replace(c, kind="name") if c.kind == "film" and c.start in under and normalise(c.text) not in marker_keys
            else c for c in cands]
