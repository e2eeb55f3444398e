"""Words that say a title is a book or other work and no film: "In English the novel is <Title>",
"<Title> (1995) was never filmed".

Pure functions over the clean text at one mention; pipeline.other_works re-labels such titles
"other". The nouns are cues.toml `other_work_nouns`; no title list is used.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.titles import cues

REACH = 40  # characters before a mention read for "the novel is"

# "<Title> (1995), was never filmed", "<Title> has not yet been adapted": the text says no film was made of it
_NEVER_FILMED = re.compile(r"\.?\s*(?:\([^()]{0,40}\))?,?\s+(?:was|is|has|had)\s+(?:never|not)\s+(?:yet\s+|been\s+)*"
                           r"(?:filmed|adapted|made\s+into\s+an?\s+(?:film|movie))\b")


@cache
def _WORK_IS() -> re.Pattern:  # noqa: N802 - a cached constant
    """"the novel is ", "its book was called ": an other_work_nouns noun and a copula right before a title."""
    nouns = "|".join(re.escape(n) for n in sorted(cues()["other_work_nouns"], key=len, reverse=True))
    return re.compile(rf"\b(?:the|its|his|her|their)\s+(?:{nouns})\s+(?:is|was)\s+(?:called\s+|titled\s+)?$", re.IGNORECASE)


def named_work(text: str, start: int) -> bool:
    """Whether the words right before the mention at `start` name it as a book or other work
    ("In English the novel is <Title>", "Her memoir was called <Title>")."""
    return _WORK_IS().search(text, max(0, start - REACH), start) is not None


def never_filmed(text: str, end: int) -> bool:
    """Whether the words right after a mention ending at `end` say it was never filmed
    ("<Title> (1995), was never filmed", "<Title> has not been adapted")."""
    return _NEVER_FILMED.match(text, end) is not None
