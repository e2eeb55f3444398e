"""Month names and their short forms, for the patterns that read dates.

Constants only (regular-expression fragments built from one list), so a module may compile
its date patterns at import time. Read by pipeline.caption_titles (release dates after a
listing's title, weekday date lines), pipeline.showtimes (day headings), pipeline.dash_spaces (a release date after a tracker entry's glued dash),
pipeline.title_candidates ("in May 1988"), pipeline.theme_cues (a period
setting) and pipeline.titles (a short form alone is no title).
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
# "Spring", "Fall": a season a release is set for, before its year or a "date TBA"
_SEASON = r"(?:Spring|Summer|Fall|Autumn|Winter|Holiday)"
# what a release tracker writes after an entry's title and dash: a day ("June 7", "7 June"), a date to come
# ("TBA", "Fall, date TBA") or a season and year ("Summer 2019"); its first words, anchored by the caller
# ("Friday, June 7" and "in theaters June 7" too)
RELEASE_DATE = (rf"(?:(?:in\s+(?:theaters|theatres|cinemas)\s+|{WEEKDAY}\.?,?\s+)?"
                rf"(?:{MONTH_OR_SHORT}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}\s+{MONTH_OR_SHORT}\b)"
                rf"|(?:{_SEASON}(?:\s+(?:19|20)\d\d)?,?\s+)?(?:date\s+)?(?:TBA|TBD|TBC)\b|{_SEASON}\s+(?:19|20)\d\d\b)")
