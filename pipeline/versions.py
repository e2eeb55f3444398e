"""Versions of one title: remakes, earlier versions and the films two mentions of a title may name.

Pure functions over the clean text: "the 2006 remake", "Name’s 1930 version", whose film
"Name’s <Title>" is, and how the mentions of one title split into films by owner or by
bracketed year. Cue phrases only (pipeline/data/cues.toml); nothing here knows any film.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.facts import NAME, OF_SAME_NAME, PAREN_AFTER, YEAR, clean_name, dated_mention, is_company
from pipeline.record import Evidence
from pipeline.titles import cues

REMAKE_REACH = 200  # characters before the mention read for "remake": a sentence's clause, not a whole page
# "not to be confused with ... <Title>": another film of the title, too
_REMAKE_WORD = re.compile(r"\b(?:remake|remade|reboot|rebooted|confused\s+with)\b", re.IGNORECASE)


def remake_before(text: str, sentence_start: int, start: int) -> bool:
    """Whether the sentence calls a film a remake before the mention at `start` ("Name’s remake puts
    Actor in the shoes Other filled in the 1989 <Title>"): a dated mention there is the original; or
    says the mention is another film ("Not to be confused with Name’s <Title> from 1971")."""
    return _REMAKE_WORD.search(text, max(sentence_start, start - REMAKE_REACH), start) is not None


_VERSION_WORD = re.compile(r"\b(?:remake|version|original|adaptation|reboot|take|same\s+(?:name|title))\b")
# "Name’s 2012 musical of the same name": another film of the sentence's title (not "the 1980 novel of the same name")
SAME_NAME = r"(?:film|movie|picture|feature|musical|comedy|drama|thriller|western|documentary|adaptation|version)" + OF_SAME_NAME
_REMAKE = re.compile(
    rf"(?:(?P<name>{NAME.pattern})(?:’s|'s|’|')\s+|\b(?:[Tt]he|[Aa]|[Aa]n|[Ii]ts)\s+)(?:[a-z]+\s+)?"
    rf"{YEAR}\s+(?:(?:[A-Z]?[a-z][a-z-]*\s+)?(?:remake|version|original|adaptation|reboot|take)\b(?:\s+of\s+)?"  # "the 2006 American remake"
    rf"|(?:[a-z-]+\s+)?{SAME_NAME})"
)


def other_versions(text: str, s0: int, s1: int) -> list[tuple[int, str | None, Evidence, int]]:
    """"the 2006 remake", "Name’s 1930 version (of <Title>)" in text[s0:s1] ->
    [(year, director or None, evidence, offset right after the phrase)]."""
    out = []
    if not _VERSION_WORD.search(text, s0, s1):
        return out  # cheap test first: the full pattern is slow on long sentences
    for m in _REMAKE.finditer(text, s0, s1):
        name = clean_name(m.group("name")) if m.group("name") else None
        if name and is_company(name):
            name = None  # "Studio’s 2010 version": a studio's, directed by someone unnamed
        start, end = m.start(), m.start() + len(m.group(0).rstrip())  # the phrase may end in " of "
        out.append((int(m.group(2)), name, Evidence(text[start:end], "text", start, end), m.end()))
    return out


# "has shot Name’s Title", "adapts Name’s Title": after a verb of adapting, the possessor wrote the source
# (not "remakes Name’s Title": a remade film's owner is its director)
_ADAPTS_BEFORE = re.compile(r"\b(?:adapts|adapted|adapting|adapt|(?:has|had|have)\s+shot|filmed|films)\s+$")
# "... if I finished the novel": the sentence goes on to speak of the written work itself
# (or "the 1967 film version of <Title>": the owned title earlier in the sentence was the stage or written work)
_WORK_LATER = re.compile(r"\b(?:the|that|this)\s+(?:novel|book|memoir|play|short story)\b"
                         r"|\b(?:film|movie|screen)\s+(?:version|adaptation)\s+of\b")


def source_author(text: str, name_start: int, start: int, end: int, s1: int) -> bool:
    """Whether the possessor of "Name’s <mention>" (name at name_start, mention text[start:end], its
    sentence ending at s1) wrote the source work rather than made the film: a verb of adapting stands
    right before the name ("Other has shot Name’s Title"), or the sentence goes on to name the written
    work ("the novel") and the same title again ("Name’s Title ... the novel ... Other’s Title (1962)"), or
    calls a later mention of the title its film version ("Name’s comedy Title ... the film version of Title")."""
    if _ADAPTS_BEFORE.search(text, max(0, name_start - 30), name_start):
        return True
    return bool(_WORK_LATER.search(text, end, s1)) and text.find(text[start:end], end, s1) >= 0


# "Name’s Title", "Name’s 1922 silent classic Title": the owner whose film a mention names
_OWNER = re.compile(rf"({NAME.pattern})(?:’s|'s|’|')\s+(?:{YEAR}\s+)?(?:[a-z][\w-]*\s+){{0,3}}$")


def owner_versions(text: str, starts: list[int], ends: list[int], sentence_start, person_words: set[str],
                   sentence_end) -> list[list[int]]:
    """Mentions of one title (start and end offsets) -> their indices grouped by film, when people's
    possessives tell two films apart ("Vane’s Title" and "Ruiz’s 1922 Title"): one group per owner
    (by surname: a word the tagger knows as a person's, or one after initials), the first owner's
    group taking the mentions with no owner. Only when two owners differ and some owned mention
    carries a year of its own; else one group of all. sentence_start: offset -> its sentence's start;
    sentence_end likewise its end. An owner who wrote the source work (source_author) owns no mention."""
    owners: list[str | None] = []
    dated = False
    for s, e in zip(starts, ends):
        lo = max(sentence_start(s), s - 80)
        m = _OWNER.search(text, lo, s) if text.find("’", lo, s) >= 0 or text.find("'", lo, s) >= 0 else None  # no possessive
        if m and source_author(text, m.start(1), s, e, sentence_end(s)):
            m = None  # "Name’s Title ... the novel": the owner wrote the book, the film is another's
        surname = clean_name(m.group(1)).split()[-1] if m else None
        initials = m is not None and re.search(r"(?:[A-Z]\.){1,3}\s*$", text[max(0, m.start(1) - 8) : m.start(1)])
        owners.append(surname if surname in person_words or initials else None)  # "F.W. Name": a person
        dated = dated or (owners[-1] is not None and dated_mention(text, s, e, sentence_start(s)) is not None)
    distinct = list(dict.fromkeys(o for o in owners if o))
    if len(distinct) < 2 or not dated:
        return [list(range(len(starts)))]
    return [[i for i, o in enumerate(owners) if o == name or (o is None and name == distinct[0])] for name in distinct]


def year_versions(text: str, starts: list[int], ends: list[int]) -> list[list[int]]:
    """Mentions of one title (start and end offsets, in text order) -> their indices grouped by film,
    when brackets right after them give two different years ("Title (1987)" ... "also called Title
    (2025)"): one group per year, an undated mention going with the dated one before it (the first
    group when none is), unless one of the undated mentions before any dated one is called new
    (cues.toml new_version_words: "Her new adaptation of Title ... Title (1939) and Title (2011)"):
    those are then a version of their own, with no year yet, first. Else one group of all."""
    years = [int(m.group(1)) if (m := PAREN_AFTER.match(text, e)) else None for e in ends]
    distinct = list(dict.fromkeys(y for y in years if y))
    if len(distinct) < 2:
        return [list(range(len(starts)))]
    current = None
    owner = []  # the year each mention goes with, None before the first dated one
    for y in years:
        current = y or current
        owner.append(current)
    groups = [[i for i, y in enumerate(owner) if y == year] for year in distinct]
    leading = [i for i, y in enumerate(owner) if y is None]
    if any(_NEW_VERSION().search(text, max(0, starts[i] - 50), starts[i]) for i in leading):
        return [leading] + groups  # "her new adaptation of Title": a version with no year yet
    return [sorted(leading + groups[0])] + groups[1:]


@cache
def _NEW_VERSION() -> re.Pattern:  # noqa: N802 - a cached constant
    """Words just before a title that make it a version still to come ("new adaptation of", "upcoming")."""
    words = "|".join(re.escape(w) for w in cues()["new_version_words"])
    return re.compile(rf"\b(?:{words})\b[^.!?]{{0,30}}$", re.IGNORECASE)
