"""A screening schedule's lines: a cinema programme or a listings page, whose films stand under
weekday date lines ("Thu 5 Mar, 21:15", "Tuesday, Apr. 14").

Such a page has lines that look like titles and are its layout (a strand's heading, "Kids’
Club", "Season: Name", "Prices and Booking"), lines naming two films at once (a
double bill "Title + Title") and pick labels ("Film of the Week") that single out the films it
recommends. Input: the clean stage's captions and their candidates (pipeline.caption_titles);
output: those candidates corrected. Pure functions, used by the extract stage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.caption_titles import caption_candidate, is_weekday_date
from pipeline.labels import bare_title_line
from pipeline.pick_sections import is_pick_label
from pipeline.titles import Candidate, normalise

MIN_DATE_LINES = 3  # weekday date lines at least: the page is a schedule, not a list with a dated line
MIN_ENTRY_LINES = 3  # "Title (Director, Year)" lines at least: the schedule's films have entry lines


def is_schedule(captions, text: str = "") -> bool:
    """Whether MIN_DATE_LINES lines or more are weekday date lines (date_line_places): a cinema's
    programme. Kept apart from showtimes.schedule_page on purpose (lines opened by a time of day: a TV
    guide): the extract stage reads a guide as ranking nothing, while a programme's pick labels
    ("Film of the Week") give its recommendations; both make any film of a pick box or section count."""
    return len(date_line_places(captions, text)) >= MIN_DATE_LINES


DATE_LINE_CHARS = 80  # a line of the text longer than this is prose, not a date line


def date_line_places(captions, text: str = "") -> list[int]:
    """Clean offsets of the weekday date lines (is_weekday_date), moved out of the text (captions)
    or left in it (a line of `text`, "Friday 9 January – 7.30pm"): on a schedule each opens the next
    screening, so it closes the section of the film before it. Sorted."""
    places = [cap.before for cap in captions if is_weekday_date(cap.text)]
    at = 0
    for line in text.split("\n"):
        if len(line) <= DATE_LINE_CHARS and is_weekday_date(line):
            places.append(at)
        at += len(line) + 1
    return sorted(places)


# "Title + Title", "Title+Title" (the scrape glues the plus sign to both titles); not "Service+ Originals"
_PLUS = re.compile(r"^(.+?)(?:\s\+\s|(?<=\S)\+(?=\S))(.+)$")


def double_bills(captions, per_caption: list[Candidate | None]) -> tuple[list[Candidate | None], list[Candidate]]:
    """A line "Title + Title" with no year in it names two films (a double bill): None for the
    line, and a candidate for each title (each half read as a caption line of its own, both
    halves must read as titles). Returns (per_caption, the halves' candidates, in order)."""
    out, halves = list(per_caption), []
    for i, cap in enumerate(captions):
        m = _PLUS.match(cap.text.strip())
        if not m or "(" in cap.text or cap.rule not in ("caption", "heading"):
            continue
        pair = [caption_candidate(replace(cap, text=m.group(k))) for k in (1, 2)]
        if all(c is not None and not c.year and c.text == m.group(k).strip() for k, c in zip((1, 2), pair)):
            out[i] = None
            halves += pair
    return out, halves


def schedule_headings(captions, per_caption: list[Candidate | None], text: str,
                      extra: list[Candidate] = ()) -> list[Candidate | None]:
    """On a schedule page (is_schedule) whose films have entry lines "Title (Director, Year, ...)"
    (MIN_ENTRY_LINES of them), a caption or heading line that is a pick label, or that is only a
    title (no year, rank, director or cast) named nowhere else, neither in the text nor by another
    line (nor by `extra` candidates), is the page's layout: None for it ("Kids’ Club", "Season:
    Heists by Night"). A release calendar of bare title lines keeps them. Not labels.section_headings
    on purpose: a programme's strand heading stands among its entry lines, so it need not be the one line
    moved out at its place, but no other line may name its title.

    captions: the clean stage's captions; per_caption: their candidates, same order; text: the
    clean text (the captions moved out of it)."""
    if not is_schedule(captions, text) or sum(1 for c in per_caption if c is not None and c.year and c.director) < MIN_ENTRY_LINES:
        return per_caption
    body = f" {normalise(text)} "
    keys = [normalise(c.text) for c in per_caption if c is not None] + [normalise(c.text) for c in extra]

    def layout(cap, c: Candidate) -> bool:
        if is_pick_label(cap.text):
            return True
        key = normalise(c.text)
        return bare_title_line(cap, c) and f" {key} " not in body and keys.count(key) == 1

    return [None if c is not None and layout(cap, c) else c for cap, c in zip(captions, per_caption)]
