"""List items "Title — blurb" whose spaced dash the scrape glued: "<a>Title</a> — text" stripped
without spaces reads "Title—Name plays ..." or "Title— The new ...".

Pure function over the raw lines, used by the clean stage. A dash inside a title keeps its spaces
in the scrape ("Name: Part One – Part Two" is one text node), a year range has digits on both
sides, and a dash inside prose has a sentence, not a title, before it: none of them is touched.
"""

from __future__ import annotations

import re

from pipeline.captions import title_like
from pipeline.record import Correction

LEAD_WORDS = 10  # a title or dateline before the dash is short; a longer run is a sentence
BLURB_WORDS = 4  # an item's blurb after the dash is a sentence; "Title—Subtitle" on its own is one title
_DASH = re.compile(r"[—–]")
NUMBERED = re.compile(r"\d{1,3}[.)]\s+")  # "7. Title— ...": a numbered entry (dash_items reads it too)
_SENTENCE_END = re.compile(r"[.!?;]\s")


def lead_dash_spaces(lines: list[tuple[int, int, str]]) -> list[Correction]:
    """Raw lines -> a space on each glued side of the first dash after a line's opening title
    ("Title—Name plays" -> "Title — Name plays", "Title— The" -> "Title — The").

    lines: (raw start, raw end, text) of each line. The dash qualifies when at least one of its
    sides is glued (both spaced: a dash inside the title, look further), the words before it are
    title-like (capitalised, at most LEAD_WORDS, no sentence end), a blurb of at least BLURB_WORDS
    words follows it, and it does not join two digits (a range "2021–2022"). Returns insertions (raw offsets), rule "lead_dash" before the dash (a title ends there) and
    "lead_dash_open" after it (the blurb's first words open no title)."""
    out = []
    for start, _, line in lines:
        m = NUMBERED.match(line)
        lead = m.end() if m else 0
        for dash in _DASH.finditer(line, lead):
            at = dash.start()
            pre, post = line[at - 1 : at], line[at + 1 : at + 2]
            if not pre or not post:
                break  # a dash at the line's edge
            if pre.isspace() and post.isspace():
                continue  # "Title – Part Two": a spaced dash of the title itself
            head = line[lead:at].strip()
            words = head.split()
            if not words or len(words) > LEAD_WORDS or _SENTENCE_END.search(head) or not title_like(words):
                break
            if len(words[0].strip(",")) > 1 and words[0].isupper() and ("," in head or len(words) > 1 and words[1].isupper()):
                break  # "CITY, State—", "NEW CITY—": a news dateline, no title (its spaces are another rule's); "ACRONYM—" is one
            if pre.isdigit() and post.isdigit() or len(line[at + 1 :].split()) < BLURB_WORDS:
                break  # "2021–2022": a range; "Title—Subtitle": a line that is one title
            if not pre.isspace():
                out.append(Correction(start + at, start + at, "", " ", "lead_dash"))
            if not post.isspace():  # the blurb's first words are prose: this space opens no title
                out.append(Correction(start + at + 1, start + at + 1, "", " ", "lead_dash_open"))
            break
    return out
