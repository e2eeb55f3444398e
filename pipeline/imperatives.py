"""Sentence-opening commands read as titles: "Add Name’s score and ..." glued as "AddName".

Pure function over the candidates of pipeline.titles and the spaCy Doc's part-of-speech tags;
used by the extract stage after the context rules of pipeline.mentions.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.lexicon import is_given_name, zipf
from pipeline.titles import Candidate, normalise


COMMON_VERB = 4.0  # zipf: a sentence-opening word this common, before a person's name, is a verb ("Read Name’s")


def imperative_openers(doc, cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """Candidates -> the same, a one-word film candidate that opens a sentence and that the tagger
    reads as a base-form verb (tag "VB": "Add", "Skip", "Watch") relabelled kind "other"; so is one
    the tagger reads as a verb form ending in "-ing" or that is a common word (COMMON_VERB), when a
    person's name follows it ("Buying Ana Ruiz’s book", "Read Ana Ruiz’s novel": the verb of a
    clause with no subject, glued to the name in a scrape).

    A title a caption or heading names (marker_keys) is kept; without a Doc nothing changes.
    """
    if doc is None:
        return cands
    starts = {s.start_char: s[0] for s in doc.sents if len(s)}
    out = []
    for c in cands:
        tok = starts.get(c.start) if c.kind == "film" and c.start is not None and " " not in c.text else None
        if tok is not None and tok.idx + len(tok.text) == c.end and normalise(c.text) not in marker_keys \
                and (tok.tag_ == "VB" or _before_name(tok) and (tok.tag_ == "VBG" or zipf(tok.text) >= COMMON_VERB)):
            c = replace(c, kind="other")
        out.append(c)
    return out


def _before_name(tok) -> bool:
    """Whether the token right after `tok` opens a person's name: a census given name, capitalised, with a
    capitalised word after it ("Ana Ruiz")."""
    doc = tok.doc
    if tok.i + 2 >= len(doc):
        return False
    given, surname = doc[tok.i + 1], doc[tok.i + 2]
    return given.text[:1].isupper() and is_given_name(given.text) and surname.text[:1].isupper()
