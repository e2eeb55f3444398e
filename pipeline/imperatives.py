"""Sentence-opening commands read as titles: "Add Name’s score and ..." glued as "AddName".

Pure function over the candidates of pipeline.titles and the spaCy Doc's part-of-speech tags;
used by the extract stage after the context rules of pipeline.mentions.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.titles import Candidate, normalise


def imperative_openers(doc, cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """Candidates -> the same, a one-word film candidate that opens a sentence and that the tagger
    reads as a base-form verb (tag "VB": "Add", "Skip", "Watch") relabelled kind "other".

    A title a caption or heading names (marker_keys) is kept; without a Doc nothing changes.
    """
    if doc is None:
        return cands
    starts = {s.start_char: s[0] for s in doc.sents if len(s)}
    out = []
    for c in cands:
        tok = starts.get(c.start) if c.kind == "film" and c.start is not None and " " not in c.text else None
        if tok is not None and tok.idx + len(tok.text) == c.end and tok.tag_ == "VB" \
                and normalise(c.text) not in marker_keys:
            c = replace(c, kind="other")
        out.append(c)
    return out
