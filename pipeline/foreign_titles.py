"""A foreign-language title cut at its first lowercase word: "Sombras" of "Sombras de la costa (1954)".

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
    at least is no particle ("Sombras" + " de la costa" before "(1954)")."""
    out = []
    for c in cands:
        if c.kind == "film" and c.end is not None and (m := _TAIL.match(text, c.end)):
            if foreign_words(m.group(1).split()):
                c = replace(c, end=m.end(), text=text[c.start : m.end()])
        out.append(c)
    return out


def foreign_words(words: list[str]) -> bool:
    """Lowercase words of a title -> whether they read as another language's: each a foreign
    particle or a word English hardly uses, and one at least no particle ("de la costa")."""
    return bool(words) and all(w in _PARTICLES or _foreign(w) for w in words) and any(w not in _PARTICLES for w in words)


def _foreign(word: str) -> bool:
    """Whether a lowercase word is one English hardly uses (a foreign title's word, when no particle)."""
    return zipf(word) < FOREIGN_WORD


_LOWER_WORD = re.compile(r"\s+[a-zß-ÿ][\w’'-]*")
FENCED_WORDS = 4  # lowercase words a fenced-in foreign title may have after its first word


def foreign_fragments(text: str, cands: list[Candidate], boundaries: list[tuple[int, str]]) -> list[Candidate]:
    """Film candidates of damaged text -> the same, a run re-labelled "other" when it opens at a
    repaired boundary and lowercase words follow it up to a word-split boundary ("Ombres| d’une
    ville|is": the tag ended on a lowercase word), one of them at least no English word. The run is
    then the first word of a sentence-case foreign title, not a title: an emphasised span of HTML
    drops such a run too (pipeline/title_candidates.py)."""
    opens = {b + 1 for b, _ in boundaries}
    word_ends = {b for b, rule in boundaries if rule == "word_split"}
    out = []
    for c in cands:
        if c.kind == "film" and c.source == "text" and c.end is not None and c.start in opens:
            at, words = c.end, []
            while len(words) < FENCED_WORDS and (m := _LOWER_WORD.match(text, at)):
                at, words = m.end(), words + [m.group(0).strip()]
                if at in word_ends:
                    if any(w not in _PARTICLES and _foreign(w) for w in words):
                        c = replace(c, kind="other")
                    break
        out.append(c)
    return out
