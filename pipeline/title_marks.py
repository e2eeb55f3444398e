"""A title's own final "!", "?" or "..." that the text-side title runs leave outside it
("a melodrama called Title!, or", "dragged me to Name’s Title! on a wet Sunday").

Pure function over the clean text and the film candidates of pipeline.titles; used by the
extract stage before mentions are grouped by title. The HTML side keeps such a mark from the
emphasised or linked span itself (title_candidates._span_core).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.titles import Candidate, cues, normalise

# The mark, then what a sentence's end never has after it: a comma, semicolon or closing bracket,
# or a lowercase word that goes on with the sentence.
_OWN_MARK = re.compile(r"(?:!|\?|\.\.\.|…)(?=[,;)]|\s+[a-z])")
# A "?" or "..." followed by a capital: it may end the sentence, or end the title (see _ends_title).
_MARK_THEN_CAPITAL = re.compile(r"(?:\?|\.\.\.|…)(?=\s+[A-Z])")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=\S|$)")  # $: the title opens its sentence


def final_marks(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Film candidates -> the same, with a final "!", "?", "..." or "…" taken into every mention of
    a title that the text writes at least once with that mark right after it and the sentence
    going on ("Title!, which", "Title? and"). A "?" or "..." followed by a capital may end the sentence
    ("Title? Everyone"); it is the title's own only where _ends_title says so (a question title, a title
    that does not trail off), and that mention takes the mark too once another mention has shown it
    belongs to the title. "!" followed by a capital decides nothing alone."""
    marks: dict[str, str] = {}
    for c in cands:
        if c.kind == "film" and c.end is not None and (m := _OWN_MARK.match(text, c.end) or _ends_title(text, c)):
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


def _ends_title(text: str, c: Candidate) -> re.Match | None:
    """The "?" or "..." right after a film candidate and before a capital, when it is the title's
    own and not the sentence's end, else None. Titles of two or more words only (one word says too
    little), and:
    "?": the title asks the question (it holds a question word: "copy of Where Is Marla? Nobody")
    while the sentence around it does not open as a question ("Did you see ...?");
    "...": a sentence rarely trails off right after a title ("his hit Glass Orchard... The").
    """
    m = _MARK_THEN_CAPITAL.match(text, c.end)
    if not m or len(c.text.split()) < 2:
        return None
    if m.group(0) != "?":
        return m
    asks = cues()["question_words"]
    if not any(w.strip(",’'").lower() in asks for w in c.text.split()):
        return None
    head = text[max(0, c.start - _LOOK_BACK) : c.start]
    starts = [s.end() for s in _SENTENCE_START.finditer(head)]  # none: a window inside one long sentence
    opening = head[starts[-1] if starts else 0 :].split()
    return None if opening and opening[0].lower() in asks else m


_LOOK_BACK = 400  # characters before a title searched for its sentence's first word
