"""A foreign-language title cut at its first lowercase word: "Abismos" of "Abismos de pasión (1954)".

Title runs stop at a lowercase word, which English titles capitalise; many other languages
do not. Pure function over the clean text and the film candidates; used by the extract stage
before mentions are grouped by title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lexicon import zipf
from pipeline.titles import Candidate

# particles of Romance and Germanic titles ("de", "la", "und"); English has none of them in lowercase titles
_PARTICLES = {"de", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "du", "des", "la", "le", "les",
              "el", "los", "las", "lo", "y", "e", "et", "och", "und", "der", "die", "den", "dem", "van", "von", "al",
              "au", "aux", "en", "sur", "con", "per", "il", "i", "un", "una", "une", "ein", "eine"}
FOREIGN_WORD = 3.0  # zipf: a lowercase word rarer than this in English is a foreign title's word
# up to four lowercase words, then the film's year in brackets
_TAIL = re.compile(r"((?:\s+[a-zß-ÿ][\w’'-]*){1,4})(?=\s*\((?:1[89]|20)\d\d\))")


def foreign_tails(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Film candidates -> the same, a candidate followed by lowercase words and a bracketed year
    taking those words when each is a foreign particle or a word English hardly uses, and one
    at least is no particle ("Abismos" + " de pasión" before "(1954)")."""
    out = []
    for c in cands:
        if c.kind == "film" and c.end is not None and (m := _TAIL.match(text, c.end)):
            if foreign_words(m.group(1).split()):
                c = replace(c, end=m.end(), text=text[c.start : m.end()])
        out.append(c)
    return out


def foreign_words(words: list[str]) -> bool:
    """Lowercase words of a title -> whether they read as another language's: each a foreign
    particle or a word English hardly uses, and one at least no particle ("de pasión")."""
    return bool(words) and all(w in _PARTICLES or zipf(w) < FOREIGN_WORD for w in words) \
        and any(w not in _PARTICLES for w in words)
