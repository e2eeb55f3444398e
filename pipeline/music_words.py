"""Whether the words around a quoted name speak of music: a score's cue, a track, a tune.

An article that sets its film titles without quotation marks quotes the names of songs and of a
score's cues ("the cue titled “Name”", "“Name”, built on a rising three-note figure"). Such a name
is often described in the sentence before it ("the whole album hums ... “Name”, a slow
build, plays as ..."), so the stretch read runs back into the paragraph a little.

Pure function over the clean text; the words are cues.toml `music_words`. Used by
pipeline.other_works.quoted_works.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.titles import cues

MUSIC_REACH = 250  # characters read before the name, within its paragraph (about one sentence)


@cache
def _music() -> re.Pattern:
    """cues.toml `music_words` -> one case-blind whole-word pattern."""
    words = sorted(cues()["music_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def music_around(text: str, start: int, end: int) -> bool:
    """Whether a music word stands near the name text[start:end]: from up to MUSIC_REACH characters
    before it (not past its paragraph's start) to the end of its sentence (at most MUSIC_REACH on)."""
    lo = max(text.rfind("\n", max(0, start - MUSIC_REACH), start) + 1, start - MUSIC_REACH)
    hi = min(len(text), end + MUSIC_REACH)  # a sentence's rest, not a whole one-line page
    stops = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi)) if i >= 0]
    return bool(_music().search(text, lo, min(stops) if stops else hi))
