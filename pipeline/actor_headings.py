"""Headings that name an actor and the part played ("Name (Character)", "Name as Character"):
a cast gallery's sections, not films.

Input: the clean stage's caption/heading lines and their film candidates (same order).
Output: the candidates with None for those lines. One such line alone may be a film named
for a person with its director in brackets ("Given Surname (Director Name)"), so only a page
whose name lines are a run, and no fewer than its other title lines, is read as a gallery.
"""

from __future__ import annotations

import re

from pipeline.caption_titles import TITLE_LINES, names_only
from pipeline.titles import is_titlecase

# "Name (Character)", "Name (Professor Character Name)", "Name as Character"
_ROLE_LINE = re.compile(r"^(?P<who>[^()]{3,60}?)\s*(?:\((?P<part>[^()]{2,60})\)|\s+as\s+(?P<as>[A-Z“\"][^()]{1,60}))\s*$")
MIN_ACTORS = 2  # such lines at least: one alone may be a film named for a person


def _actor_line(text: str) -> bool:
    """"Name (Character)", "Name as Character": a person's name, then a title-case part."""
    m = _ROLE_LINE.match(text.strip())
    if not m or not names_only(m.group("who").strip()):
        return False
    part = (m.group("part") or m.group("as")).split()
    return all(is_titlecase(w) and w[:1].isalpha() for w in part)  # a character's name, never "(1986)"


def actor_headings(captions, per_caption: list) -> list:
    """A run of heading lines "Name (Character)" / "Name as Character" (MIN_ACTORS or more, at least
    as many as the page's other title lines) -> None for each: the people of a cast gallery.

    captions: the clean stage's captions; per_caption: their candidates (None where a line names
    no film), same order. Returns per_caption, unchanged when the page has no such run."""
    actors = [cap.rule in TITLE_LINES and _actor_line(cap.text) for cap in captions]
    others = sum(1 for c, a in zip(per_caption, actors) if c is not None and not a)
    if sum(actors) < MIN_ACTORS or sum(actors) < others:
        return per_caption
    return [None if a else c for c, a in zip(per_caption, actors)]
