"""Month names, days of the month and times of day, for the patterns that read dates.

Constants and two builders of regular-expression fragments (all built from one list of month
names), so a module may compile its date patterns at import time. Read by pipeline.caption_titles
(release dates after a listing's title, weekday date lines and their screening times),
pipeline.captions (a release calendar's entry line, a chapter time opening a line),
pipeline.showtimes (day headings, a listing line's opening time), pipeline.dash_items and
pipeline.dash_spaces (a release date after an entry's dash), pipeline.title_candidates ("in May
1988"), pipeline.facts ("released in May 1988"), pipeline.theme_cues (a period setting) and
pipeline.titles (a short form alone is no title).
"""

from __future__ import annotations

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# "Aug.", "Sept": a month's first three letters ("Sept" too); "May" is already that short
_SHORT = {m: (("Sept", "Sep") if m == "September" else (m[:3],)) for m in MONTHS if len(m) > 3}
MONTH_ABBREVIATIONS = tuple(a for m in MONTHS for a in _SHORT.get(m, ()))

MONTH = "(?:" + "|".join(MONTHS) + ")"  # a full month name
# "Sat", "Tues", "Thursday": a weekday, whole or shortened, as a word ("Sunset", "Monster" are none)
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b"
MONTH_OR_SHORT = "(?:" + "|".join(f"{m}|{'|'.join(_SHORT[m])}" if m in _SHORT else m for m in MONTHS) + ")"
DAY = r"\d{1,2}(?:st|nd|rd|th)?"  # "7", "7th": a day of the month
DATE_YEAR = r"(?:,?\s+(?:1[89]|20)\d\d)?"  # ", 2025", " 2025": the year a day's date may go on with


def month_day(*, ordinal: bool = True) -> str:
    """A day's date, month first or day first, the month whole or short and maybe with a full stop
    ("June 7th", "Sept. 7", "7 June", "7th Jun.") -> its regular-expression text; ordinal false: the
    day is digits only ("June 7", not "June 7th")."""
    day = DAY if ordinal else r"\d{1,2}"
    return rf"(?:{MONTH_OR_SHORT}\.?\s+{day}|{day}\s+{MONTH_OR_SHORT}\.?)"


# "Spring", "Fall": a season a release is set for, before its year or a "date TBA"
_SEASON = r"(?:Spring|Summer|Fall|Autumn|Winter|Holiday)"
# what a release tracker writes after an entry's title and dash: a day ("June 7", "7 June"), a date to come
# ("TBA", "Fall, date TBA") or a season and year ("Summer 2019"); its first words, anchored by the caller
# ("Friday, June 7" and "in theaters June 7" too)
RELEASE_DATE = (rf"(?:(?:in\s+(?:theaters|theatres|cinemas)\s+|{WEEKDAY}\.?,?\s+)?"
                rf"(?:{MONTH_OR_SHORT}\.?\s+{DAY}\b|\d{{1,2}}\s+{MONTH_OR_SHORT}\b)"
                rf"|(?:{_SEASON}(?:\s+(?:19|20)\d\d)?,?\s+)?(?:date\s+)?(?:TBA|TBD|TBC)\b|{_SEASON}\s+(?:19|20)\d\d\b)")
_ENTRY_DASHES = "–—"  # en and em dash: a tracker's entry has one, between its title and its date


def release_after(dash: str = "", *, to_end: bool = False) -> str:
    """A release tracker's date after an entry's title ("Title — June 7 (Studio)", "Title— Fall, date
    TBA") -> regular-expression text: `dash` (the caller's pattern of the dash and the spaces around
    it; empty where the caller matches right after the dash), then RELEASE_DATE; with to_end also the
    rest of the line, at most 60 characters and no other dash (the distributor, "(Warner Bros.)")."""
    return dash + RELEASE_DATE + (rf"[^{_ENTRY_DASHES}]{{0,60}}$" if to_end else "")


# Times of day, spelled three ways on purpose: each reader needs its own evidence that digits are a time.
HOUR_MINUTE = r"\d{1,2}:\d\d"  # "21:15", "7:30": hours and minutes with a colon
# a listing line's opening time: "8 p.m.", "10:30 p.m.", "7pm", "11 PM", "noon", "midnight", "21:00 Title"; a
# clock with seconds or a dash after it is no showtime ("00:47:05 — ...", "12:30 — ...": a podcast's chapters)
LISTING_TIME = (r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.m\.|[ap]m\b|[AP]\.?M\.?(?![\w.]))|[Nn]oon\b|[Mm]idnight\b"
                rf"|{HOUR_MINUTE}(?![:\d])(?=\s+[^\s—–-]))")
CHAPTER_TIME = rf"{HOUR_MINUTE}(?::\d\d)?\s"  # "01:09:30 ", "12:45 ": a chapter's time opening a line
# a screening's time after its date ("Thu 5 Mar, 21:15", "at 6:45pm", "19.30", "noon"): the date vouches for
# it, so a bare "19.30" is one too (its readers ignore case)
SCREENING_TIME = r"(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|noon|midnight)"
