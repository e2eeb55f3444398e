"""Baselines the evaluation prints beside film-extract.

- Boundaries: an off-the-shelf word segmenter (wordsegment or wordninja) applied to
  every out-of-dictionary letter token of the raw text; spaces go where it splits.
- Films: spaCy NER alone, every distinct WORK_OF_ART entity of the gold clean text.

Both return the same types the pipeline produces (Corrections, Films) so the same
scorers apply. The segmenters are dev dependencies, imported on first use.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.lexicon import zipf
from pipeline.record import Correction, Film
from pipeline.titles import normalise

IN_DICTIONARY = 1.0  # a token at least this frequent (wordfreq zipf) is left alone
_TOKEN = re.compile(r"\S+")


@cache
def _wordsegment():
    import wordsegment

    wordsegment.load()
    return wordsegment


def wordsegment_split(word: str) -> list[str]:
    """A letter run -> its pieces according to wordsegment (lowercased)."""
    return _wordsegment().segment(word)


def wordninja_split(word: str) -> list[str]:
    """A letter run -> its pieces according to wordninja (original case)."""
    import wordninja

    return wordninja.split(word)


SEGMENTERS: dict[str, Callable[[str], list[str]]] = {"wordsegment": wordsegment_split, "wordninja": wordninja_split}


def _core(token: str) -> tuple[int, int]:
    """A whitespace token -> (start, end) of it without surrounding non-letter characters."""
    start, end = 0, len(token)
    while start < end and not token[start].isalpha():
        start += 1
    while end > start and not token[end - 1].isalpha():
        end -= 1
    return start, end


def split_offsets(word: str, pieces: list[str]) -> list[int]:
    """A word and a segmenter's pieces -> offsets in the word where a space goes.

    Returns [] when the pieces do not spell the word (case-insensitively): the
    segmenters drop characters they do not know (accented letters), and then the
    split cannot be mapped back.
    """
    if "".join(pieces).lower() != word.lower():
        return []
    cuts, at = [], 0
    for piece in pieces[:-1]:
        at += len(piece)
        cuts.append(at)
    return cuts


def segment_corrections(raw: str, segment: Callable[[str], list[str]], rule: str) -> list[Correction]:
    """Raw text and a segmenter -> space insertions (raw offsets) for every out-of-dictionary letter token."""
    out = []
    for m in _TOKEN.finditer(raw):
        start, end = _core(m.group(0))
        word = m.group(0)[start:end]
        if not word or not word.isalpha() or zipf(word) >= IN_DICTIONARY:
            continue
        for cut in split_offsets(word, segment(word)):
            at = m.start() + start + cut
            out.append(Correction(at, at, "", " ", rule))
    return out


def ner_films(text: str, nlp) -> list[Film]:
    """Clean text and a spaCy pipeline -> one Film per distinct normalised WORK_OF_ART entity, in text order."""
    films, seen = [], set()
    for ent in nlp(text).ents:
        key = normalise(ent.text)
        if ent.label_ == "WORK_OF_ART" and key and key not in seen:
            seen.add(key)
            films.append(Film(film_id=f"ner{len(films) + 1}", title=ent.text))
    return films
