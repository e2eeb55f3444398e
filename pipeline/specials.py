"""Specials listed like films: a stand-up or television special's list line ("Name: Title (2016)")
or numbered heading, which the text calls a special ("her breakout special <Title>"; a heading whose
own section says it is "a television special and not a feature"). Such a line names no film.

Input: the clean text, the caption/heading lines moved out of it and their candidates
(caption_titles.caption_candidate); output: the candidates with None for those lines. A text
mention right after "special" is no film either: "special" is in cues.toml other_work_before,
read by mentions.classify.
"""

from __future__ import annotations

import bisect
import re

# "her breakout special <Title>", "the comedy special, <Title>": the title of a special follows
_SPECIAL_BEFORE = r"\bspecials?,?\s+"
# an entry's own section denies it is a film: "a television special and not a feature", "it is really a TV special"
_NOT_A_FILM = re.compile(r"\b(?:TV|television)\s+special,?\s+(?:and\s+)?not\s+an?\s+(?:movie|film|feature)\b"
                         r"|\b(?:this\s+one|it|this)\s+(?:is|was)\s+(?:[a-z]+\s+){0,3}?an?\s+(?:TV|television)\s+special\b",
                         re.IGNORECASE)
SECTION_REACH = 1500  # characters of a heading's section read at most
TITLE_REACH = 200  # characters read after "special" for a title


def special_lines(text: str, captions, per_caption: list) -> tuple[list, list[int]]:
    """Caption/heading candidates -> (the same with None for a special's line, the clean offsets of
    the headings among them: each opens a section of no film).

    A special's line: one whose title, or its part after a "Name: " head (a comedian's name before
    the special's title), the text names right after "special"; a numbered heading whose own
    section (up to the next moved-out line) says its work is a TV special."""
    stops = sorted({cap.before for cap in captions})
    after = [text[m.end() : m.end() + TITLE_REACH] for m in re.finditer(_SPECIAL_BEFORE, text)]  # read once: linear
    out, headings = list(per_caption), []
    for i, (cap, c) in enumerate(zip(captions, per_caption)):
        if c is None:
            continue
        names = [c.text] + ([c.text.split(": ", 1)[1]] if ": " in c.text else [])
        special = any(a.startswith(n) and not a[len(n) : len(n) + 1].isalnum() for a in after for n in names)
        if not special and cap.rule == "heading" and c.rank is not None:
            j = bisect.bisect_right(stops, cap.before)
            special = _NOT_A_FILM.search(text, cap.before, min(stops[j] if j < len(stops) else len(text),
                                                               cap.before + SECTION_REACH)) is not None
        if special:
            out[i] = None
            headings += [cap.before] if cap.rule == "heading" else []
    return out, headings
