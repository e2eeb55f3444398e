"""The leading "The" of a title that the markup left outside it ("After The <i>Long Road</i>").

Pure function over the clean text and the film candidates of pipeline.titles; used by the
extract stage before mentions are grouped by title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.titles import Candidate, normalise

# a word, comma or bracket, then "The ": a capital "The" that cannot be a sentence's first word
_MID_SENTENCE_THE = re.compile(r"(?:[\w,;)]|[\w][’'])\s+The\s$")


def leading_the(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Film candidates -> the same, with "The " taken into every mention of a title that the
    text writes at least once with a capital "The" in mid-sentence right before it ("we shot
    After The Long Road" makes "Long Road" everywhere "The Long Road" where "The " precedes it).
    A lower-case "the" is an article of the sentence and is never taken."""
    def the_before(c: Candidate) -> bool:
        return c.start >= 4 and text[c.start - 4 : c.start] == "The "

    keys = {normalise(c.text) for c in cands if c.kind == "film" and c.start is not None and not c.text.startswith("The ")
            and _MID_SENTENCE_THE.search(text, max(0, c.start - 12), c.start)}
    if not keys:
        return cands
    return [replace(c, start=c.start - 4, text="The " + c.text)
            if c.kind == "film" and c.start is not None and normalise(c.text) in keys and the_before(c) else c
            for c in cands]
