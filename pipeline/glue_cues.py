"""Cues for glue the frequency model alone cannot see, used by pipeline.repair.

Each function reads one letter run (or token) and, where it needs them, the words right
after it, and answers with a bool or a cut offset; none of them touches the text.
- modifier_glued: a rarer adjective glued to the capitalised word it modifies ("NordicTitle");
- known_camel: a CamelCase run common enough to be one word ("YouTube"), shared with the repair;
- word_then_closing: a rare dictionary word that is really a common word plus a glued
  closing word at the end of an opened span ("Wordis built");
- before_infinitive: "to" glued to a run no dictionary knows, before a possible infinitive
  ("Titleto prepare").
- span_closing_words: the words that close an opened span ("and", "was", ... and "is"), shared
  with the clean stage's span closer;
- defined_subject: "is" or "was" glued to a run that a film's definition follows ("Titleis a
  1916 American film").
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.lexicon import word_lists, zipf
from pipeline.prose_titles import stated_year

ADJECTIVE_LEFT = 2.5, 4.0  # zipf: an adjective too rare for a plain case split ("Nordic|Title") lies in this band
# Adjective and agent-noun endings ("Nordic", "Hungarian", "Flemish", "Maltese", "Comedian"):
# such a word modifies or introduces the name after it and never starts a CamelCase brand
_ADJECTIVE_END = re.compile(r"(?:ic|ian|ish|ese|ean)$")
_MODIFIER = re.compile(r"(?<![^\W\d_])([A-Z][a-z]+)([A-Z][a-z]+)")
KNOWN_CAMEL = 2.0  # zipf: a CamelCase run this common is one word or name ("YouTube", "McDonald")

CLOSING_OVER_WORD = 1.5  # "Word|is": a common word plus a glued closing word beat the whole run by this much
_LOWER_NEXT = re.compile(r" [a-z]")  # the sentence goes on after the closing word
# (one plain space: split_context._LOWER_NEXT also takes a tab or several spaces; sharing one would change a cut)

INFINITIVE_LEFT = 1.0  # "Titleto prepare": the left piece is a word or name the dictionary knows at least this well
_NEXT_WORD = re.compile(r" ([a-z]{2,})\b")


def modifier_glued(token: str, at: int) -> bool:
    """"NordicTitle" and the case change `at` -> True: a capitalised adjective ("-ic", "-ian",
    "-ish", "-ese", "-ean") rarer than a case split allows, glued to the capitalised word it
    modifies. The repair marks the split "modifier_case": it opens a name and ends none."""
    m = next((x for x in _MODIFIER.finditer(token) if x.end(1) == at), None)
    if m is None or known_camel(m.group(1) + m.group(2)):
        return False
    left = m.group(1)
    return _ADJECTIVE_END.search(left) is not None and ADJECTIVE_LEFT[0] <= zipf(left) < ADJECTIVE_LEFT[1]


def known_camel(run: str) -> bool:
    """Whether a letter run with a capital inside ("YouTube", "McDonald") is common enough
    (KNOWN_CAMEL) to be one word or name of its own, whose case change is no glue."""
    return zipf(run) >= KNOWN_CAMEL


def word_then_closing(run: str, after: str) -> int:
    """A rare dictionary word that ends an opened span -> where to cut it, or 0: "Wordis" ->
    "Word|is" when the unigram model scores a common word plus a glued closing word ("is",
    "and", "was"...) CLOSING_OVER_WORD above the whole run and a lowercase word follows (`after`:
    the text after the run); a name of its own ("Willis", "Mathis") scores too close to cut."""
    if not _LOWER_NEXT.match(after):
        return 0
    for right in sorted(span_closing_words(), key=len):
        left = run[: -len(right)]
        if run.endswith(right) and len(left) >= 3 and zipf(left) + zipf(right) - 9.0 >= zipf(run) + CLOSING_OVER_WORD:
            return len(left)
    return 0


@cache
def span_closing_words() -> frozenset[str]:
    """The words that close an opened span when glued to its last word: words.toml closing_words
    and "is" ("Wordis built", "VIis"). "is" stays out of closing_words, which the repair cuts off
    the end of any name, because so many names end in it ("Willis")."""
    return word_lists().closing_words | {"is"}


def before_infinitive(run: str, left: str, after: str) -> bool:
    """"Titleto prepare": a run no dictionary knows, made of a known left piece and "to",
    before a plain word that can be an infinitive (not "-s", "-ed", "-ing", nor a closing
    or short word, which follow names: "Kento plays", "Kento and")."""
    m = _NEXT_WORD.match(after)
    if not m or zipf(run) > 0 or zipf(left) < INFINITIVE_LEFT:
        return False
    word, lists = m.group(1), word_lists()
    return not word.endswith(("s", "ed", "ing")) and word not in lists.closing_words and word not in lists.short_words


FUNCTION_RUN = 6.0  # zipf: a run this common is a word of its own ("This"), never a word and a glued verb
DEFINITION_READ = 80  # characters after a run that defined_subject reads (" a 1916 American silent comedy film")


def defined_subject(run: str, after: str) -> int:
    """A capitalised run ending in "is" or "was" and the text right after it -> where the copula
    starts, or 0: "Titleis" before " a 1916 American comedy film" -> "Title|is". A definition (an
    article, a year, a kind noun: prose_titles.stated_year) needs its verb, so even a name that
    ends in "is" ("Willis") is cut there, and a short word ("Inis", "Ais"); a function word ("This",
    "His") stays whole."""
    if zipf(run) >= FUNCTION_RUN:
        return 0
    for verb in ("is", "was"):
        if len(run) > len(verb) and run[0].isupper() and run.endswith(verb) and stated_year(" " + verb + after, 0):
            return len(run) - len(verb)
    return 0
