"""Titles that the sentence around them makes television, not film.

An apposition after a lowercase television noun ("gave her her own series, <Title>."); a sentence
that opens on television ("On television, ...") is read by other_works.series_evidence. Input: the
clean text and its title candidates; output: the same candidates, those re-labelled kind "other". Titles a heading or caption names
(marker_keys) are left alone. No title list is used.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.titles import cues, normalise

# "her own series, <Title>": the noun's word before it is lowercase ("the Predator series, <Title>"
# names a franchise whose films the apposition lists)
_TV_NOUN_COMMA = re.compile(r"\b[a-z][\w’'\-]*\s+(?:{nouns}),\s+$")
# the apposition closes at the end of the clause: no year in brackets, no verb going on
_CLOSED = re.compile(r"\s*(?:[.;!?]|,\s|$)")


def _noun_comma() -> re.Pattern:
    """The television nouns of cues.toml `series_apposition_nouns`, longest first, as a pattern."""
    nouns = sorted(cues()["series_apposition_nouns"], key=len, reverse=True)
    return re.compile(_TV_NOUN_COMMA.pattern.format(nouns="|".join(re.escape(n) for n in nouns)))


def series_appositions(text: str, cands: list, marker_keys: set[str] = frozenset()) -> list:
    """A film candidate right after "<lowercase word> series, " (or show, sitcom...) that closes its
    clause is the series the noun names: kind "other"."""
    pattern = _noun_comma()
    out = []
    for c in cands:
        if (c.kind == "film" and c.start is not None and normalise(c.text) not in marker_keys
                and pattern.search(text, max(0, c.start - 40), c.start) and _CLOSED.match(text, c.end)
                and not text.startswith(" (", c.end)):
            c = replace(c, kind="other")
        out.append(c)
    return out
