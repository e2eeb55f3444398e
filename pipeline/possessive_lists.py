"""A possessive over a colon list of films: "Three of Name’s island thrillers in one set:
<Title> (1985), <Title> (1989) and <Title> (1990)" names Name as the maker of every film listed.

Pure function over the clean text; used by pipeline.fact_attribution. The plural nouns are
cues.toml `list_nouns` (the plural film and genre nouns that make a headline a list).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.facts import NAME
from pipeline.titles import cues, is_titlecase

_YEAR_PAREN = re.compile(r"\((?:18|19|20)\d\d\)")


def possessive_list_owner(text: str, start: int, sentence_start: int) -> tuple[str, int] | None:
    """The owner of a colon list the film mention at `start` stands in ("Name’s <plural film noun>
    ...: A, B and <mention>"): (name, the name's offset), or None. Only the list's titles, years in
    brackets, commas and "and" may stand between the colon and the mention; a word of taste before the
    noun (cues.toml `taste_words`: "Name’s favourite films: ...") or a noun of choosing (`choice_list_nouns`:
    "Name’s picks: ...") makes Name no maker."""
    window_start = max(sentence_start, start - 300)
    if text.find(":", window_start, start) < 0:
        return None  # no list's colon: the costly name pattern is not run (it starts at every capital)
    owner = None
    for m in _owned_plural().finditer(text, window_start, start):
        taste = set(m.group(2).split()) & cues()["taste_words"] or m.group(3) in cues()["choice_list_nouns"]
        if _only_titles(text[m.end() : start]) and not taste:
            owner = (m.group(1), m.start(1))
    return owner


@cache
def _owned_plural() -> re.Pattern:
    """"Name’s [a few lower-case words] <plural noun> [a few words]:" up to the colon and its space."""
    nouns = "|".join(re.escape(n) for n in sorted(cues()["list_nouns"], key=len, reverse=True))
    return re.compile(rf"({NAME.pattern})(?:’s|'s|’|')\s+((?:[a-z][\w-]*\s+){{0,3}})({nouns})\b[^.:;!?\n]{{0,30}}:\s+")


def _only_titles(between: str) -> bool:
    """Whether the words between a list's colon and one of its films are earlier titles of the list:
    title-case words, years in brackets, commas and "and"."""
    for word in _YEAR_PAREN.sub(" ", between).split():
        word = word.strip(",")
        if word and word != "and" and not is_titlecase(word):
            return False
    return True
