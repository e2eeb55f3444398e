"""Lines with no glued word: where a split of a whole capitalised token has no evidence.

A scraper glues every tagged span to both neighbours ("starsGiven Surnameand"), so a line
that holds a damaged name or title almost always holds a sure glue too (a case change, a
comma or full stop before a capital). In a line with none, a capitalised token standing
between spaces in mid-sentence ("as Given Vandercave, a villain") is a rare name or a coined
word written as it is, not a name glued to a word. Only two places of such a line can still
hide a tagged span with no visible opening: the line's own opening words (a title or name
starting the paragraph: "Titlenameis a film") and the few words after an opening bracket or
quote ("(Given Surnameagain)"), where the source had no space to lose.
"""

from __future__ import annotations

import re

from pipeline.lexicon import is_ly_adverb
from pipeline.titles import SMALL

OPENERS = "([“‘\"'"  # a span right after one of these lost no space at its start
OPENED_TOKENS = 4  # a bracketed or quoted name or title rarely runs longer than this many words
OPENING_CHARS = 120  # a title or name that opens a paragraph is shorter than this
_COPULA_NEXT = re.compile(r"\s+(?:is|was|are|were)\b")


def unglued_mid_line(line: str, at: int) -> bool:
    """A glue-free line and the offset of a capitalised token in it -> whether the token stands
    past every place a tagged span could start unseen: some earlier word starts in lowercase and
    is no title's small word (the line's opening words are over: "Salt and the Harboris" is
    not), and none of the last OPENED_TOKENS words opens a bracket or quote. The caller keeps
    such a token whole. Reads at most OPENING_CHARS before the token."""
    words = line[max(0, at - OPENING_CHARS) : at].split()
    if at <= OPENING_CHARS and all(not w[:1].islower() or w in SMALL for w in words):
        return False  # still in the line's opening words: "Given Surnamecame", "The Titlefollows"
    return not any(w[:1] in OPENERS for w in words[-OPENED_TOKENS:])


def before_copula(line: str, end: int, left: str, word: str) -> bool:
    """Whether `word`, cut off the end of the token that ends at `end` in a glue-free line (`left`
    the rest of the run), would stand between a subject and its verb: the token is followed by
    "is", "was", "are" or "were", `left` is no small word a title cannot be ("Thefilm is" is "The
    film") and `word` no "-ly" adverb ("The Stone|dance is" is one title; "Title|famously was" is
    not). The caller keeps such a token whole."""
    return bool(_COPULA_NEXT.match(line, end)) and left.lower() not in SMALL and not is_ly_adverb(word)
