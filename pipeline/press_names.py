"""Publications and television works named where a film title could stand.

A critics' round-up credits its pull quotes to outlets ("“...” — Critic Name, Outlet (★★½)") and
places a star's other work on television ("his network comedy <Title>"). Both names take a title's
shape and a title's place; press_names tells them apart from films by the words around them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.titles import Candidate, normalise
from pipeline.tv_networks import network_heads, network_names

# "” — Critic Name, ": a quote closed (or a sentence ended), a dash, a name of one to four words, a comma
_ATTRIBUTION = re.compile(r"[”\".!?]\s*(?:[—–―]|\s-)\s*[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3},\s+$")
# after the outlet: at most a bracketed rating or grade ("(★★½)", "(grade: B+)") before the line ends
_ATTRIBUTION_END = re.compile(r"\s*(?:\([^()\n]{0,24}\))?[.,;]?[ \t]*(?:\n|$)")
_LINE_BACK = 300  # characters read back to the start of an attribution's line


@cache
def _NETWORK_WORK() -> re.Pattern:  # noqa: N802 - a cached constant
    """"ITV comedy ", "the BBC’s drama ": a network (tv_networks.network_names) and a head noun of
    tv_networks.network_heads ending the text before a title."""
    heads = "|".join(sorted(network_heads()))
    return re.compile(rf"\b(?:{network_names()})(?:’s|'s)?\s+(?:{heads})\s+$", re.IGNORECASE)


def attribution_outlet(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the outlet that ends a quote's attribution line
    ("“It soars.” — Ana Ruiz, Harbour Weekly", "..., Harbour Weekly (★★★)")."""
    line_start = text.rfind("\n", max(0, start - _LINE_BACK), start) + 1
    comma = start - 1  # the attribution's comma, if it is one, before the spaces
    while comma >= line_start and text[comma].isspace():
        comma -= 1
    if comma == start - 1 or comma < line_start or text[comma] != ",":
        return False
    # the name and dash hold no comma: the search starts after the comma before (a line may be long)
    first = max(line_start, text.rfind(",", line_start, comma) + 1)
    return bool(_ATTRIBUTION.search(text, first, start)) and bool(_ATTRIBUTION_END.match(text, end))


def network_work(text: str, start: int) -> bool:
    """Whether a network's kind of work comes right before `start` ("his ITV comedy <Title>"): a series."""
    return bool(_NETWORK_WORK().search(text, max(0, start - 40), start))


def press_names(text: str, cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """Text candidates -> the same, those that name an attribution's outlet or a network's series
    set to kind "other". A title a heading or caption gives (marker_keys) stays a film."""
    out = []
    for c in cands:
        if c.kind == "film" and c.start is not None and normalise(c.text) not in marker_keys \
                and (attribution_outlet(text, c.start, c.end) or network_work(text, c.start)):
            c = replace(c, kind="other")
        out.append(c)
    return out
