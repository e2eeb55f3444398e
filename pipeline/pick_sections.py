"""A pick section on a page that is no list: a label line ("Our pick", "Editor’s picks", a heading
or a bare line) over a paragraph whose first sentence names the films the writer recommends
("If you can fit in only two, choose <Title> and <Title>.").

Input: the clean text, its paragraphs, the lines moved out of it and each film key's mention
offsets; output: the picked film keys in the order that sentence names them. A sentence opened by
a label ("Our pick for the weekend is Name’s biopic ...") picks the films it names, or the film of the
short line right above it (a deals page's product line). The label phrases are cues.toml `pick_labels`.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from pipeline.titles import cues, normalise

LABEL_CHARS = 40  # a bare paragraph longer than this is prose, not a label line
LINE_CHARS = 80  # a one-line paragraph "date | label" longer than this is prose
PRODUCT_LINE_CHARS = 160  # a product or title line above a pick sentence is one short line


@cache
def _pick_opener() -> re.Pattern:
    """"Our pick for the weekend is ...", "Editor’s pick: ...": a pick label opening a sentence, an
    optional time phrase ("this week", "for the weekend") and a copula or a colon."""
    return re.compile(rf"(?:{_labels()})(?:\s+(?:this|for\s+the|for\s+this)\s+\w+)?(?:\s+(?:is|are|was|were)\b|:)",
                      re.IGNORECASE)


@cache
def _labels() -> str:
    """The pick labels as one regex alternation, longest first, either apostrophe."""
    return "|".join(re.escape(label).replace("'", "['’]") for label in sorted(cues()["pick_labels"], key=len, reverse=True))


def is_pick_label(line: str) -> bool:
    """"Our pick", "Tue 3 Mar, 19:30 | Curator’s pick": a line that is a pick label of cues.toml
    `pick_labels`, alone or as the last part after a "|"."""
    return _is_label(line.rsplit("|", 1)[-1])


def _is_label(line: str) -> bool:
    """"Our pick", "Editor’s Pick!", "Our must-watch on a rainy day": a pick label alone (normalised), or
    followed by lowercase words only (no title in them)."""
    return normalise(line) in cues()["pick_labels"] or bool(_label_line().fullmatch(line.strip()))


@cache
def _label_line() -> re.Pattern:
    """A pick label (any case) and an optional tail of lowercase words, a closing colon or stop."""
    return re.compile(rf"(?i:{_labels()})(?:\s+[a-z][\w’'-]*)*[:.]?")


def picked_films(text: str, paras, captions, offsets: dict[str, list[int]],
                 titles: dict[int, str] | None = None) -> list[str]:
    """Film keys picked by each pick label, in order (each key once): the film of the first title
    line right under the label (no prose between), else those named by the first sentence of the
    paragraph right under it, in the order named. paras: sections.Paragraph list in order;
    captions: the article's moved-out lines (a "heading" line, or any line once `titles` is given,
    is read at its place `before`); titles: caption index -> the film key of a line naming a film.
    A sentence that a label opens ("Our pick for the weekend is ...") picks the films it names, or else the
    film of the short line right above it (a deals page's product line)."""
    titles = titles or {}
    lines = sorted((cap.before, i) for i, cap in enumerate(captions))  # where each line stood, in order
    at = _labels_at(text, paras, captions, titles)
    starts = [p.start for p in paras]
    picked: list[str] = []
    for label_at, index in sorted(at):
        i = bisect.bisect_left(starts, label_at)
        stop = paras[i].start if i < len(paras) else len(text)
        under = [titles[j] for before, j in lines if label_at <= before <= stop and j > index and j in titles]
        if under:
            picked += [under[0]] if under[0] not in picked else []
            continue
        if i == len(paras):
            continue
        picked += [key for key in _named(paras[i].start, paras[i].first_sentence_end, offsets) if key not in picked]
    for i, p in enumerate(paras):  # "Our pick for the weekend is Name’s biopic ...": the line above names the film
        if not _pick_opener().match(text, p.start, p.first_sentence_end):
            continue
        named = _named(p.start, p.first_sentence_end, offsets)
        if not named and i and paras[i - 1].end - paras[i - 1].start <= PRODUCT_LINE_CHARS \
                and "\n" not in text[paras[i - 1].start : paras[i - 1].end]:
            named = _named(paras[i - 1].start, paras[i - 1].end, offsets)[:1]
        picked += [key for key in named if key not in picked]
    return picked


def pick_labels_at(text: str, paras, captions) -> list[int]:
    """Clean offsets where pick label lines stand (a heading line, or a bare paragraph, at its start):
    a pick box closes the section of the entry above it."""
    starts = {p.end: p.start for p in paras}
    return sorted(starts.get(at, at) for at, _ in _labels_at(text, paras, captions, {}))


def _labels_at(text: str, paras, captions, titles: dict[int, str]) -> list[tuple[int, int]]:
    """(offset, caption index or -1) of each pick label: a heading line (any line once `titles` is
    given) at its place, a bare label paragraph at its end."""
    at = [(cap.before, i) for i, cap in enumerate(captions)
          if (cap.rule == "heading" or titles) and is_pick_label(cap.text)]
    at += [(p.end, -1) for p in paras if p.end - p.start <= LABEL_CHARS and _is_label(text[p.start : p.end])
           or titles and p.end - p.start <= LINE_CHARS and "\n" not in text[p.start : p.end] and is_pick_label(text[p.start : p.end])]
    return at


def _named(lo: int, hi: int, offsets: dict[str, list[int]]) -> list[str]:
    """The film keys with a mention in [lo, hi), in the order of their first mention there."""
    named = sorted((min(o for o in offs if lo <= o < hi), key) for key, offs in offsets.items() if any(lo <= o < hi for o in offs))
    return [key for _, key in named]
