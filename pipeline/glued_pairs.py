"""Two titles the scrape glued round a conjunction: "start with Glass OrchardorTin Lantern".

A linked or italic title followed by "or"/"and" and another such title loses both spaces in the
scraped text, and the repair cannot see the words inside "Orchardor". When the page's own title
lines (captions and headings) name both titles, the run is the two of them.

Pure function over film candidates; used by the extract stage after the text's candidates are
found and before they are classified.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.titles import Candidate

_GLUED_JOIN = re.compile(r"(?<=\S)(?:or|and|nor)(?=[A-Z0-9])")  # the conjunction, glued to both titles


def glued_pairs(cands: list[Candidate], titles: set[str]) -> list[Candidate]:
    """Candidates and the page's title lines (as written) -> the same, a film candidate that is one
    title, a glued conjunction and another title ("Glass OrchardorTin Lantern") split into two
    candidates, one per title, at their own offsets."""
    out = []
    for c in cands:
        pair = _split(c.text, titles) if c.kind == "film" and c.start is not None else None
        if pair is None:
            out.append(c)
            continue
        first, second_at = pair
        out.append(replace(c, end=c.start + len(first), text=first))
        out.append(replace(c, start=c.start + second_at, text=c.text[second_at:]))
    return out


def _split(span: str, titles: set[str]) -> tuple[str, int] | None:
    """(the first title, where the second starts) when span is title + glued conjunction + title: one
    set look-up per glued conjunction in the span, so a page of many titles costs no more."""
    for m in _GLUED_JOIN.finditer(span):
        if span[: m.start()] in titles and span[m.end() :] in titles:
            return span[: m.start()], m.end()
    return None
