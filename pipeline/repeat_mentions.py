"""Further mentions of titles already found, and the word index that makes looking for them cheap.

Pure functions over one article's clean text and the candidates found so far; used by the
extract stage (WordIndex also by pipeline.mentions.classify, to ask whether a surname stands
alone). A repeat is an exact, word-bounded title-case match of a film mention's spelling.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from pipeline.titles import Candidate, cues, normalise, plausible


class WordIndex:
    """Where each word of one text stands, so "is this word used alone?" costs no scan of the text."""

    def __init__(self, text: str):
        self.text = text
        self.positions: dict[str, list[int]] = defaultdict(list)
        for m in re.finditer(r"\w+", text):
            self.positions[m.group(0)].append(m.start())
        self._alone: dict[tuple[str, str], bool] = {}

    def used_alone(self, before: str, word: str) -> bool:
        """Whether `word` occurs as a whole word somewhere not right after "<before> "."""
        key = (before, word)
        if key not in self._alone:
            if _WORD.fullmatch(word):
                prefix = before + " "
                self._alone[key] = any(self.text[max(0, p - len(prefix)) : p] != prefix for p in self.positions.get(word, ()))
            else:  # a word with inner punctuation ("O’Name"): the plain search, once per pair
                pattern = r"(?<!" + re.escape(before) + r" )\b" + re.escape(word) + r"\b"
                self._alone[key] = bool(re.search(pattern, self.text))
        return self._alone[key]


_WORD = re.compile(r"\w+")


def repeat_mentions(text: str, known: set[str], taken: list[Candidate], index: WordIndex | None = None) -> list[Candidate]:
    """Further plain mentions of titles already found (exact title-case match, word-bounded).

    index: the text's WordIndex; each title is looked for only where its rarest word stands,
    so the cost follows the number of mentions, not titles times the length of the text.
    """
    index = index or WordIndex(text)
    out = []
    spans = sorted((c.start, c.end) for c in taken)  # disjoint; kept sorted for bisection
    surfaces: dict[str, str] = {}
    for c in taken:
        if c.kind == "film" and not c.text.islower():  # a casual lower-case title ("network") is only where cued
            surfaces.setdefault(normalise(c.text), c.text)  # the first film mention's spelling
    for key in sorted(known, key=lambda k: (-len(k), k)):  # longest first, and the same order in every process
        surface = surfaces.get(key)
        if surface is None or not plausible(surface):
            continue  # a pronoun or a number title: elsewhere the word is just a word; only its cued spans count
        for m in _occurrences(text, surface, index):
            if _overlaps(spans, m.start(), m.end()):
                continue
            cand = Candidate(m.start(), m.end(), surface, "text")
            after = text[m.end() : m.end() + 20].lower().split()
            if after and after[0].strip(",.;") in cues()["franchise_after"]:
                continue
            out.append(cand)
            bisect.insort(spans, (m.start(), m.end()))
    return out


def _occurrences(text: str, surface: str, index: WordIndex) -> list[re.Match]:
    """The word-bounded matches of `surface` in text, in order and not overlapping (as re.finditer).

    Every match holds the surface's rarest word as a whole word of the text, so only the
    places where that word stands are tried."""
    pattern = re.compile(r"(?<![\w’'])" + re.escape(surface) + r"(?![\w])")
    runs = list(_WORD.finditer(surface))
    if not runs:
        return list(pattern.finditer(text))
    anchor = min(runs, key=lambda r: len(index.positions.get(r.group(0), ())))
    out, free_from = [], 0
    for at in index.positions.get(anchor.group(0), ()):
        start = at - anchor.start()
        if start >= free_from and (m := pattern.match(text, start)):
            out.append(m)
            free_from = m.end()
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the sorted, disjoint spans."""
    i = bisect.bisect_left(spans, (end, end))
    return i > 0 and spans[i - 1][1] > start


