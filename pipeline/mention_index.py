"""Where each film is mentioned, for questions asked sentence by sentence.

Input: the films of one article (with their mentions' offsets) and, for sentences_in, a
paragraph and the article's sentence_of lookup. Output: the mentions that start in a range,
the film named right after an offset, the one film a sentence names, a paragraph's
sentences. Lookups bisect sorted offsets, so a page with many mentions stays linear. Used by
the extract stage and pipeline.fact_attribution.
"""

from __future__ import annotations

import bisect

from pipeline.record import Film


def sentences_in(p, sentence_of) -> list[tuple[int, int]]:
    """The sentences of one paragraph, in order."""
    out, at = [], p.start
    while at < p.end:
        s0, s1 = sentence_of(at)
        out.append((max(s0, p.start), min(s1, p.end)))
        at = max(s1, at + 1)
    return out


class MentionIndex:
    """Every film mention as (start, end, film), sorted by offset; ranges are found by bisection,
    so the cost per sentence does not grow with the number of mentions in the article."""

    def __init__(self, films: list[Film]):
        self.items = sorted(((m.start, m.end, f) for f in films for m in f.mentions), key=lambda t: (t[0], t[1]))
        self.starts = [t[0] for t in self.items]
        self.single: dict[tuple[int, int], Film | None] = {}  # sentence -> its one film (see single_film)

    def __iter__(self):
        return iter(self.items)

    def between(self, s0: int, s1: int) -> list[tuple[int, int, Film]]:
        """Mentions that start in [s0, s1), in order."""
        return self.items[bisect.bisect_left(self.starts, s0) : bisect.bisect_left(self.starts, s1)]


def film_right_after(mention_at: MentionIndex, offset: int) -> Film | None:
    """The film named within a few words after `offset` ("performance in <Title>"), if any."""
    i = bisect.bisect_left(mention_at.starts, offset)
    return mention_at.items[i][2] if i < len(mention_at.starts) and mention_at.starts[i] <= offset + 25 else None


def single_film(mention_at: MentionIndex, s0: int, s1: int) -> Film | None:
    """The one film a sentence names, or None when it names none or several (once per sentence)."""
    if (s0, s1) not in mention_at.single:
        named = {id(f): f for _, _, f in mention_at.between(s0, s1)}
        mention_at.single[(s0, s1)] = next(iter(named.values())) if len(named) == 1 else None
    return mention_at.single[(s0, s1)]
