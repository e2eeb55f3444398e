"""A series named by the head of a subtitled title: "As the pilot in Head: Subtitle (2015), he
brought back the hero that Head had been missing" names the film in full, then the series by its
head alone, in one sentence.

Pure function over the clean text and the title candidates; used by the extract stage after
pipeline.other_works. No title list: the evidence is the sentence's own subtitled title and how
the bare head is written (a film of that name is dated, owned, listed or called a film).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.title_parts import title_parts
from pipeline.titles import Candidate, normalise

# "Head (1977)", "Head’s", "Head, Title", "Head and Title": a film dated, owning or listed
_FILM_AFTER = re.compile(r"\s*\((?:[^()]{0,40},\s*)?(?:1[89]|20)\d\d\)|(?:’s|'s)\s|\s*(?:,|and\b|&)\s*[A-Z0-9“\"]")
# "Name’s Head", "the film Head", "his 2021 Head", "Title, Head", "Title and Head": owned, called a film, dated, listed
_FILM_BEFORE = re.compile(r"(?:\w(?:’s|'s|’|')|\b(?:film|movie|original|remake\s+of|sequel\s+to|(?:1[89]|20)\d\d)|,|\band|&)"
                          r"\s+[“\"]?$")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")  # a line break ends it too (a title line, a paragraph)


def series_heads(text: str, cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """Film candidates -> the same, with kind "franchise" for a bare head ("Head") that follows a
    film "Head: Subtitle" in the same sentence and is neither dated, owned, called a film nor
    listed beside other titles there; a head a caption or heading names (marker_keys) stays."""
    subtitled = [c for c in cands if c.kind == "film" and c.start is not None and title_parts(c.text)]
    out = []
    for c in cands:
        if c.kind == "film" and c.start is not None and not title_parts(c.text) and normalise(c.text) not in marker_keys \
                and any(_head_of(text, s, c) for s in subtitled) and not _as_film(text, c):
            c = replace(c, kind="franchise")
        out.append(c)
    return out


def _head_of(text: str, full: Candidate, c: Candidate) -> bool:
    """Whether `c` is the head of the subtitled `full` and follows it within one sentence."""
    return (normalise(title_parts(full.text)[0]) == normalise(c.text) and full.end <= c.start
            and not _SENTENCE_END.search(text, full.end, c.start))


def _as_film(text: str, c: Candidate) -> bool:
    """Whether the words around this mention treat it as a film of its own."""
    return bool(_FILM_AFTER.match(text, c.end) or _FILM_BEFORE.search(text[max(0, c.start - 30) : c.start]))
