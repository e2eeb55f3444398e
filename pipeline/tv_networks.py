"""Television networks and the kinds of work they make: the one reader of cues.toml `tv_networks`,
`network_heads` and `network_name_ends` for the patterns that place a work on television ("the BBC
adaptation", "<Title> on HBO", "Emberson FX" glued).

Pure functions, cached once per process; read by pipeline.press_names, pipeline.mentions,
pipeline.other_works and pipeline.split_context.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.titles import cues


@cache
def network_names() -> str:
    """Regular-expression text for any network name of cues.toml tv_networks ("bbc", "bbc one"), escaped
    and longest first so that a longer name wins (names of one length in alphabetical order: the same
    text in every process); the caller sets the case rule and the word edges."""
    return "|".join(re.escape(n) for n in sorted(cues()["tv_networks"], key=lambda n: (-len(n), n)))


def network_heads() -> frozenset[str]:
    """The head nouns (cues.toml network_heads, lower case) that make a network's work a series."""
    return cues()["network_heads"]


def names_network(word: str) -> bool:
    """Whether one word names a network: a one-word name of cues.toml tv_networks (any case, "BBC"),
    or a capitalised name's last word as written in network_name_ends ("Network", "Channel")."""
    return word.lower() in cues()["tv_networks"] or word in cues()["network_name_ends"]
