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
GLUED_FOREIGN_WORD = 3.5  # zipf: the same beside a particle, in a span the repair shows to be one (no year after it)
_ELIDED = re.compile(r"(?:[dlnjms]|qu)[’'][a-zà-ÿ]")  # "d’une", "l’homme": a French elided article or preposition
# up to four lowercase words, then the film's year in brackets
_TAIL = re.compile(r"((?:\s+[a-zß-ÿ][\w’'-]*){1,4})(?=\s*\((?:1[89]|20)\d\d\))")
_CUT_TAIL = [re.compile(rf"((?:\s+[a-zß-ÿ][\w’'-]*){{{n}}})(?=\s)") for n in range(1, 5)]  # exactly n lowercase words


def foreign_tails(text: str, cands: list[Candidate], cuts: list[int] = ()) -> list[Candidate]:
    """Film candidates -> the same, a candidate followed by lowercase words and a bracketed year
    taking those words when each is a foreign particle or a word English hardly uses, and one
    at least is no particle ("Abismos" + " de pasión" before "(1954)").

    cuts: offsets of the spaces the repair put in; a candidate that opens right after one takes
    such words up to the next one too ("the|Abismos de pasión|is"): the glue marks one span."""
    out, cut_set = [], set(cuts)
    for c in cands:
        if c.kind == "film" and c.end is not None and (m := _TAIL.match(text, c.end)):
            words = m.group(1).split()
            if all(w in _PARTICLES or zipf(w) < FOREIGN_WORD for w in words) and any(w not in _PARTICLES for w in words):
                c = replace(c, end=m.end(), text=text[c.start : m.end()])
        elif c.kind == "film" and c.end is not None and c.start - 1 in cut_set \
                and (m := _tail_to_cut(text, c.end, cut_set)):
            words = m.group(1).split()  # no year to vouch for the words: a particle or an elision must
            if any(w in _PARTICLES or _ELIDED.match(w) for w in words) and any(w not in _PARTICLES for w in words) and all(
                    w in _PARTICLES or _ELIDED.match(w) or zipf(w) < GLUED_FOREIGN_WORD for w in words):
                c = replace(c, end=m.end(), text=text[c.start : m.end()])
        out.append(c)
    return out


def _tail_to_cut(text: str, end: int, cut_set: set[int]) -> re.Match | None:
    """The one to four lowercase words after text[:end] that end right at a repaired space, or None."""
    return next((m for tail in _CUT_TAIL if (m := tail.match(text, end)) and m.end() in cut_set), None)
