"""A title's own final "!", "?" or "..." that the text-side title runs leave outside it
("a melodrama called Title!, or", "dragged me to Name’s Title! on a wet Sunday").

Pure function over the clean text and the film candidates of pipeline.titles; used by the
extract stage before mentions are grouped by title. The HTML side keeps such a mark from the
emphasised or linked span itself (title_candidates._span_core).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.titles import Candidate, normalise

# The mark, then what a sentence's end never has after it: a comma, semicolon or closing bracket,
# or a lowercase word that goes on with the sentence.
_OWN_MARK = re.compile(r"(?:!|\?|\.\.\.|…)(?=[,;)]|\s+[a-z])")


def final_marks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Film candidates -> the same, with a final "!", "?", "..." or "…" taken into every mention of
    a title that the text writes at least once with that mark right after it and the sentence
    going on ("Title!, which", "Title? and"). A mark followed by a capital may end the sentence
    ("Title? Everyone"), so it decides nothing alone, but that mention takes the mark too once
    another mention has shown it belongs to the title."""
    marks: dict[str, str] = {}
    for c in cands:
        if c.kind == "film" and c.end is not None and (m := _OWN_MARK.match(text, c.end)):
            marks.setdefault(normalise(c.text), m.group(0))
    if not marks:
        return cands
    out = []
    for c in cands:
        mark = marks.get(normalise(c.text)) if c.kind == "film" and c.end is not None else None
        if mark and text.startswith(mark, c.end):
            c = replace(c, end=c.end + len(mark), text=c.text + mark)
        out.append(c)
    return out
