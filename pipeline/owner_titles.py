"""A title that opens with a person's possessive ("Name Surname’s Title") or holds a comma
("Town, State"), read whole where the text shows it elsewhere: a plain title run stops after the
possessive or the comma and keeps only "Title".

Pure function over the clean text, the film candidates of pipeline.titles and the keys of the
titles already known (captions, headings, other candidates); used by the extract stage before
mentions are grouped by title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.titles import Candidate, normalise

_LOOK_BACK = 120  # characters before a title searched for its owner's words
# what stops a title run before the known title's last words: an owner's possessive, or a comma
# inside the title ("Town, State", a caption line "Town, State + Other Title" names it whole)
_GAP = re.compile(r"[’']s\s+$|\w,\s+$")


def owner_titles(text: str, cands: list[Candidate], keys: set[str]) -> list[Candidate]:
    """Film candidates -> the same, with the owner's words taken into a mention "Title" that the
    text writes right after "Name’s " when "Name’s Title" is itself a known title key (a caption
    line "Name’s Title (Name)" and, later, "Will win: Name’s Title"); the same after "Town, " for a known
    "Town, Title". Another owner's "Title"
    ("Other’s live-action Title") is left alone: it may be another film of the same name."""
    owned = [k for k in keys if " " in k]
    if not owned:
        return cands
    out = []
    for c in cands:
        if c.kind == "film" and c.start is not None and "'s " not in normalise(c.text):
            c = _with_owner(text, c, owned) or c
        out.append(c)
    return out


def _with_owner(text: str, c: Candidate, owned: list[str]) -> Candidate | None:
    """The candidate grown backwards over the owner's words of one of the `owned` keys, or None."""
    key = normalise(c.text)
    for full in owned:
        if not full.endswith(" " + key):
            continue
        n = len(full.split()) - len(key.split())
        m = re.search(r"(?:\S+[ \t]+){%d}$" % n, text[max(0, c.start - _LOOK_BACK) : c.start])
        if m and normalise(m.group(0) + c.text) == full and _GAP.search(m.group(0)):
            start = c.start - len(m.group(0))
            return replace(c, start=start, text=text[start : c.end])
    return None
