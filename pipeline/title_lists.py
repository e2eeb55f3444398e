"""Lists of titles: in "It beat A, B, C and D" most items are films, so a name-shaped item among
them ("Tom Vane", "Ray") is a film too, not a person.

Input: the clean text and the candidates after the person rules of pipeline.person_mentions.
Output: the same candidates, a person item of such a list re-labelled "film". Evidence is the
list itself: its items, the commas and "and" between them, and the owners ("Name’s Title") that
may stand before an item. No title or name list is used. A list a cast word opens ("stars A, B,
Name and C", "co-stars include ...": cues.toml cast_before and cast_list_words) is a cast, whatever
one-word stage names in it look like; cast_items makes each of its name-shaped items a person
("starring Ana Ruiz, Rip Vane and Sky Harbour": no film among them).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.titles import Candidate, cues, normalise

MIN_ITEMS = 3  # a list has at least this many items ("A, B and C")
MIN_FILMS = 2  # the other items hold at least this many films, and more films than anything else
CAST_REACH = 80  # characters before a list's first item read for a cast word, within its sentence
CAST_LIST_REACH = 400  # characters before an item of a cast list read back for its cast word, within its sentence

# "Name Surname’s ": the maker owning the next item ("Ana Ruiz’s Glass Orchard"), not an item
_OWNER = r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s)\s+)?"
# between two items: a comma, "and", ", and", "&", maybe an owner before the next item
_ITEM_GAP = re.compile(rf"(\s*(?:,\s+(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)){_OWNER}")
_AND = re.compile(r"\band\b|&")
_OWNS = re.compile(r"(?:’s|'s)\s+")


def title_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates (in text order) -> the same, with every person item of a list of MIN_ITEMS or more
    items re-labelled "film" when its other items hold MIN_FILMS films or more and films outnumber
    the rest ("beat Glass Orchard, Cold Harbour, Tom Vane and Ana Ruiz’s The Lantern"). A person
    right before "’s" and a film is the film's owner, not an item. A list of people ("Ana Ruiz, Tom
    Vane and Kim Lee") has no films and stays as it is."""
    placed = [i for i, c in enumerate(cands) if c.start is not None]
    items = [i for n, i in enumerate(placed) if not _owner(text, cands[i], [cands[j] for j in placed[n + 1 : n + 2]])]
    out = list(cands)
    run: list[int] = []
    closed = False  # "A, B and C": the item after "and" is the last ("..., and Name won" goes on as a clause)
    for i in items + [None]:
        gap = _ITEM_GAP.fullmatch(text, cands[run[-1]].end, cands[i].start) if i is not None and run and not closed else None
        if gap:
            run.append(i)
            closed = _AND.search(gap.group(1)) is not None
            continue
        if len(run) >= MIN_ITEMS and not _cast_list(text, cands[run[0]].start):
            films = sum(1 for j in run if cands[j].kind == "film")
            for j in run:
                if cands[j].kind == "person":
                    rest = len(run) - 1 - films  # the other items that are no films
                    if films >= MIN_FILMS and films > rest:
                        out[j] = replace(cands[j], kind="film")
        run, closed = ([i] if i is not None else []), False
    return out


def _owner(text: str, c: Candidate, following: list[Candidate]) -> bool:
    """Whether a person candidate owns the film right after it ("Name’s Title")."""
    return c.kind == "person" and bool(following) and following[0].kind == "film" \
        and _OWNS.fullmatch(text, c.end, following[0].start) is not None


@cache
def _CAST_WORD() -> re.Pattern:  # noqa: N802 - a cached constant
    """A cast word (cues.toml cast_before and cast_list_words) as a whole word."""
    words = sorted(cues()["cast_before"] | cues()["cast_list_words"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _cast_list(text: str, start: int) -> bool:
    """Whether a cast word stands in the sentence before a list's first item at `start`, within
    CAST_REACH characters ("The film co-stars A, B and C", "stars Name along with A, B and C")."""
    lo = max(start - CAST_REACH, text.rfind(". ", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    return _CAST_WORD().search(text, lo, start) is not None


# a cast list's item: one to four capitalised words ("Ana Ruiz", "William Vane Jr.", "The Four Vanes")
_NAME_ITEM = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
_NAME_GAP = r"(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"


@cache
def _CAST_RUN() -> re.Pattern:  # noqa: N802 - a cached constant
    """A cast word (also cues.toml cast_run_words: "It starred A, B", and a credit's "written by"), a filler word or two
    ("include", "also", "with": cast_list_fillers)
    and a run of name items each closed by a comma or "and", ending right before a candidate."""
    credits = {w for w in cues()["director_before"] | cues()["person_before"] if w.endswith(" by")}  # "written by A and B"
    words = sorted(cues()["cast_before"] | cues()["cast_list_words"] | cues()["cast_run_words"] | credits, key=len, reverse=True)
    lower = "|".join(re.escape(w) for w in words)
    opening = "|".join(re.escape(w[:1].upper() + w[1:]) for w in words)  # "Starring A, B": only as a sentence's first word
    fillers = "|".join(re.escape(w) for w in sorted(cues()["cast_list_fillers"], key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{lower})|^\s*(?:{opening}))\s+(?:(?:{fillers})\s+){{0,2}}(?:{_NAME_ITEM}{_NAME_GAP})*$")


_ITEM_END = re.compile(rf"{_NAME_GAP}|\s*(?:[.;)]|$)")  # after an item: the list goes on, or its sentence ends


def cast_items(text: str, cands: list[Candidate], marker_keys: set[str] = frozenset()) -> list[Candidate]:
    """Candidates -> the same, with each "film" that is an item of a cast list re-labelled "person":
    a cast word (cues.toml cast_before, cast_list_words) and name items only before it in its
    sentence ("starring Ana Ruiz, Tom Vane and Rip Harbour", "co-stars include Sky, Ana Ruiz"),
    a comma, "and" or the sentence's end after it. Titles that captions or headings give
    (marker_keys) stay films."""
    out = list(cands)
    for i, c in enumerate(out):
        if c.kind != "film" or c.start is None or normalise(c.text) in marker_keys or not _ITEM_END.match(text, c.end):
            continue
        lo = max(c.start - CAST_LIST_REACH, text.rfind(". ", 0, c.start) + 1, text.rfind("\n", 0, c.start) + 1)
        if re.fullmatch(rf"{_NAME_ITEM}(?:{_NAME_GAP}{_NAME_ITEM})*", c.text) and _CAST_RUN().search(text[lo : c.start]):
            out[i] = replace(c, kind="person")
    return out
