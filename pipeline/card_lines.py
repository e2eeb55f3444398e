"""Teaser cards of an archive or tag page: their section labels and the page's menus are no titles.

An archive page lists other articles as cards: a section label ("Opinion", "Deep dive"), the
linked headline, a dek, a byline ("By Name · date"), a reading time ("7 min read") and "Read more".
The label sits alone on a line, title-shaped, where a film's caption would; so do the site's menu
("Reviews", "Features") and the page numbers ("1", "2", "3"). Pure function over the clean stage's
line kinds, like captions.link_blocks.
"""

from __future__ import annotations

import re

CARD_PAGE = 3  # bylines closed by a reading time or "Read more" that make a page of cards
LABEL_WORDS = 3  # a card's section label has at most this many words
MENU_LINES = 3  # short lines in a row that make a menu (or the page numbers) on a page of cards
MENU_WORDS = 2
_CARD_END = ("read_time", "related_link", "pagination")
_SENTENCE_END = re.compile(r"[.!;:,]\s*$")
_YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")


def card_kinds(texts: list[str], kinds: list[str | None]) -> list[str | None]:
    """Lines' texts and kinds -> the kinds, on a page of teaser cards (CARD_PAGE bylines each followed
    by a reading time or "Read more" line), with each card's section label (a short line without a
    year right above the card's headline: "Opinion" over "Why Title is ...", its dek and byline)
    marked "card_label", and every run of MENU_LINES or more short caption lines ("Reviews",
    "Features", "Streaming"; "1", "2", "3") marked "site_menu". Other pages' kinds come back unchanged."""
    filled = [i for i, t in enumerate(texts) if t.strip()]
    bylines = [n for n, i in enumerate(filled) if kinds[i] == "byline"
               and any(kinds[j] in _CARD_END for j in filled[n + 1 : n + 3])]
    if len(bylines) < CARD_PAGE:
        return kinds
    out = list(kinds)
    for n in bylines:
        head = _headline(texts, kinds, filled, n)
        if head is not None and head > 0:
            above = filled[head - 1]
            words = texts[above].split()
            if kinds[above] in (None, "caption") and 1 <= len(words) <= LABEL_WORDS \
                    and not _SENTENCE_END.search(texts[above]) and not _YEAR.search(texts[above]):
                out[above] = "card_label"
    run: list[int] = []
    for i in [*filled, None]:
        if i is not None and out[i] == "caption" and len(texts[i].split()) <= MENU_WORDS and not _YEAR.search(texts[i]):
            run.append(i)
            continue
        if len(run) >= MENU_LINES:
            for j in run:
                out[j] = "site_menu"
        run = []
    return out


def _headline(texts: list[str], kinds: list[str | None], filled: list[int], n: int) -> int | None:
    """The position in `filled` of the headline of the card whose byline is filled[n]: going up over
    the dek (prose lines closed by a full stop), the first line that closes no sentence; None when
    another card's furniture comes first."""
    for m in range(n - 1, max(-1, n - 6), -1):
        i = filled[m]
        if kinds[i] not in (None, "caption", "heading"):
            return None
        if not texts[i].rstrip().endswith((".", "!")):
            return m
    return None


def card_page(captions) -> bool:
    """Whether the clean stage's captions make the page an archive of teaser cards (CARD_PAGE card labels
    or reading times): other articles' headlines, so no film on it is a ranked entry or its subject."""
    return sum(c.rule == "card_label" for c in captions) >= CARD_PAGE \
        or sum(c.rule == "read_time" for c in captions) >= CARD_PAGE
