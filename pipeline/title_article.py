"""A title's leading words that its run left outside it: the "The" the markup left out ("After
The <i>Long Road</i>"), and the opening words of a title that starts a defining sentence ("In
the Long Roadis a 1999 film": the run dropped "In").

Pure functions over the clean text and the film candidates of pipeline.titles; used by the
extract stage before mentions are grouped by title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lexicon import zipf
from pipeline.titles import Candidate, cues, is_titlecase, normalise

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



# "Title is a 1999 American drama film": the sentence defines the film it opens with
_DEFINES = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s+([^.;\n]{0,100})")
_OPENING = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))[A-Z]")  # a paragraph's or sentence's first letter
_OWNER = re.compile(r"(?:[’']s|s[’'])$")
DEFINED_WORDS = 8  # the most words a title grown back to its sentence's start may take on
DISCOURSE_WORD = 4.8  # zipf: "However, Title is ...": a first word this common before a comma opens the sentence


def defined_openers(text: str, cands: list[Candidate], cuts: list[int]) -> list[Candidate]:
    """Film candidates -> the same, each one that ends right before "is a ... film" grown back to the
    start of its sentence over title-case words ("On|Silent Water", "Owner’s|Title", "Word,|the
    Title"), when no repaired boundary (cuts: offsets of inserted spaces) stands between: a tag
    that opens a paragraph or sentence leaves no glue, so the run's own start is a guess there,
    while "Owner’s|Title is" (a cut after the possessive) keeps its owner out."""
    out = []
    for c in cands:
        if c.kind == "film" and c.start is not None and (m := _DEFINES.match(text, c.end)) \
                and set(re.findall(r"[a-z]+", m.group(1))) & cues()["item_film_words"] \
                and (start := _sentence_start(text, c.start, cuts)) is not None:
            c = replace(c, start=start, text=text[start : c.end])
        out.append(c)
    return out


def _sentence_start(text: str, at: int, cuts: list[int]) -> int | None:
    """The start of the sentence holding `at` when only title-case words stand between (a
    possessive, or a comma after a first word that is not a discourse word, allowed) and no cut
    does, else None."""
    line = text.rfind("\n", 0, at) + 1
    starts = [m.start() for m in _OPENING.finditer(text, line, at)]
    if not starts or starts[-1] == at:
        return None
    words = text[starts[-1] : at].split()
    if len(words) > DEFINED_WORDS or any(starts[-1] <= b < at for b in cuts):
        return None
    if words[0].endswith(",") and (zipf(words[0][:-1]) >= DISCOURSE_WORD or words[0][:-1].lower() in cues()["label_openers"]):
        return None
    cores = [_OWNER.sub("", w[:-1] if n == 0 and w.endswith(",") else w) for n, w in enumerate(words)]
    return starts[-1] if all(core.isalpha() and is_titlecase(core) for core in cores) else None
