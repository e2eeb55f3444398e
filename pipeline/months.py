"""Month names and their short forms, for the patterns that read dates.

Constants only (regular-expression fragments built from one list), so a module may compile
its date patterns at import time. Read by pipeline.caption_titles (release dates after a
listing's title), pipeline.title_candidates ("in May 1988"), pipeline.theme_cues (a period
setting) and pipeline.titles (a short form alone is no title).
"""

from __future__ import annotations

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# "Aug.", "Sept": a month's first three letters ("Sept" too); "May" is already that short
_SHORT = {m: (("Sept", "Sep") if m == "September" else (m[:3],)) for m in MONTHS if len(m) > 3}
MONTH_ABBREVIATIONS = tuple(a for m in MONTHS for a in _SHORT.get(m, ()))

MONTH = "(?:" + "|".join(MONTHS) + ")"  # a full month name
MONTH_OR_SHORT = "(?:" + "|".join(f"{m}|{'|'.join(_SHORT[m])}" if m in _SHORT else m for m in MONTHS) + ")"
