"""Title-like mentions that are a person's name or a place, told from the words around them.

Pure functions over the clean text and the candidates of pipeline.titles (after
pipeline.mentions.classify); used by the extract stage. Every rule reads context only:
a relative "who", initials before a surname, "shared ... with" (or "directed ... with"), a cast
that states its verb once ("Name is Role, Name a badger called Role and Name the otter Role"), a
given name paired with a full name, an actor's possessive before a character's name, a country in
brackets; and the names the text ties to acting ("Name’s third turn as Role", "plays Role"), which
are no directors.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from pipeline.facts import NAME
from pipeline.lexicon import is_given_name, surnames, zipf
from pipeline.mentions import YEAR_AFTER, work_named_before
from pipeline.titles import Candidate, normalise

# "Name, who ...": only a person takes "who" (a film takes "which" or "whose").
_WHO_AFTER = re.compile(r",\s+who\b")
# "R.T. Name", "A.B. van Name": initials (and a particle) right before the mention (also glued
# to a comma: "in 2000,J.J. Name").
_INITIALS_BEFORE = re.compile(r"(?:^|[\s(“\",;])(?:[A-Z]\.\s?){1,3}(?:(?i:van|von|de|del|der|da|di|le|la|du)\s+)?$")
# "shared the prize ... with Name", "co-directed it with Name": the partner is a person.
_PARTNER_BEFORE = re.compile(r"\b(?:shared|co-directed|co-wrote|co-written|co-founded|married)\b[^.;:!?]{0,60}\bwith\s+$")
# "Name directed the sequel with Name": a director's partner behind the camera
_CODIRECTOR_BEFORE = re.compile(r"\b(?:directs|directed|directing|co-directs)\b[^.;:!?()]{0,40}\bwith\s+$")
CODIRECTOR_WORD = 4.0  # zipf: both words of that partner's name are rarer than this
# a cast given with one verb for every item ("Name Surname is Role, Name Surname a badger called Role and
# <X> the ..."): the clause opens with a name and its part, then further names and parts, each closed
# by a comma or "and", up to the candidate
_CAST_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
_GAPPED_CAST = re.compile(rf"{_CAST_NAME}\s+(?:is|plays|voices)\s+[^,;:.!?()]+?(?:,\s+|\s+and\s+)"
                          rf"(?:{_CAST_NAME}\s+[^,;:.!?()]+?(?:,\s+(?:and\s+)?|\s+and\s+))*$")
CLAUSE_REACH = 300  # characters read back for the start of the candidate's clause
_PART_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their)\s+[a-z]")  # the candidate's own part follows, verbless
# "Given and Given Surname": the first given name shares the full name's surname.
_AND_FULL_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z][\w-]+\s+([A-Z][\w’'-]+)")
# "Name’s Character": a possessive right before a capitalised word.
_POSSESSIVE_NAME = re.compile(r"(?:’s|'s)\s+[A-Z][a-z]")
# "Name’s novel", "Name’s 1977 book": the possessor of a written work is its author; "Name’s four-part
# documentary series": the maker of a series.
_AUTHOR_OF = re.compile(r"(?:’s|'s)\s+(?:[\w-]+\s+){0,2}?(?:novel|novella|book|memoir|play|poem|short story|stories|biography"
                        r"|documentary series|docuseries|miniseries)\b")
_TOKEN = re.compile(r"\w[\w-]*")  # a word without its possessive ("Name" of "Name’s")
RARE_NAME = 3.0  # zipf: both words of a "Name Surname" partner are rarer than this
# "Dr. Given Surname", "Prof. Given Surname": an honorific before exactly two name words
_HONORIFIC = re.compile(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Rev)\.?\s+([A-Z][\w-]+)\s+([A-Z][\w-]+)")
PLACE_WORD = 3.5  # zipf: a country or city in brackets is a common word ("France"), a foreign title is not


def places_in(doc) -> set[str]:
    """Texts of the spaCy Doc's GPE and LOC entities (empty without a Doc)."""
    return {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")} if doc is not None else set()


def not_film_names(text: str, cands: list[Candidate], places: set[str] = frozenset(),
                   marker_keys: set[str] = frozenset()) -> list[Candidate]:
    """Candidates (kind "film") that the context shows to be a person -> kind "person", and
    bracketed places ("Title (France)") -> kind "other". Other candidates pass unchanged.

    places: texts the tagger labels GPE/LOC; marker_keys: normalised titles that captions and
    headings name (never relabelled by the weaker one-word rules).
    """
    starts = {c.start for c in cands}
    counts = _word_counts(text)
    out, people = [], set()
    for c in cands:
        if c.kind == "film" and c.start is not None:
            if _is_person(text, c, starts, marker_keys, counts):
                c = replace(c, kind="person")
                people.add(c.text)
            elif _is_bracketed_place(text, c, places):
                c = replace(c, kind="other")
        out.append(c)
    # a one-word name shown to be a person at any of its places is that person everywhere
    # ("Name’s novel ... a film Name disliked")
    single = {c.text for c in out if c.kind == "film" and " " not in c.text and normalise(c.text) not in marker_keys}
    if single:
        for m in _TOKEN.finditer(text):
            if m.group(0) in single and m.group(0) not in people and _named_as_person(text, m.start(), m.end()):
                people.add(m.group(0))
    # "Name (1999)": a dated name is a film after all
    return [replace(c, kind="person") if c.kind == "film" and " " not in c.text and c.text in people
            and normalise(c.text) not in marker_keys and not YEAR_AFTER.match(text, c.end or 0) else c for c in out]


@lru_cache(maxsize=2)
def _word_counts(text: str) -> Counter:
    """How often each word stands in the text (read only). Cached: the extract stage calls
    not_film_names twice per article on the same text, so its words are counted once."""
    return Counter(_TOKEN.findall(text))


def _named_as_person(text: str, start: int, end: int) -> bool:
    """The strong cues alone: "Name, who", initials before, "Name’s novel" after."""
    return bool(_WHO_AFTER.match(text, end) or _INITIALS_BEFORE.search(text[max(0, start - 12) : start])
                or _AUTHOR_OF.match(text, end))


def _is_person(text: str, c: Candidate, starts: set[int], marker_keys: set[str], counts: Counter) -> bool:
    """Whether the words around one candidate show that it names a person (counts: the text's word counts)."""
    words = c.text.split()
    if work_named_before(text, c.start):
        return False  # "the director of <X>, who ...": "who" is the director
    if _named_as_person(text, c.start, c.end):
        return True
    if (m := _HONORIFIC.fullmatch(c.text)) and normalise(c.text) not in marker_keys \
            and all(is_given_name(w) or zipf(w) < RARE_NAME for w in m.groups()):
        return True  # "Dr. Given Surname" ("Mr. Common Word", "Dr. Oneword": no two name words)
    if _PARTNER_BEFORE.search(text[max(0, c.start - 90) : c.start]) and len(words) == 2 \
            and all(w[:1].isupper() and zipf(w) < RARE_NAME for w in words):
        return True
    if _CODIRECTOR_BEFORE.search(text[max(0, c.start - 80) : c.start]) and len(words) == 2 \
            and all(w[:1].isupper() and zipf(w) < CODIRECTOR_WORD for w in words):
        return True
    if 2 <= len(words) <= 3 and _gapped_cast_item(text, c):
        return True
    if normalise(c.text) in marker_keys or len(words) != 1:
        return False
    m = _AND_FULL_NAME.match(text, c.end)
    if m and is_given_name(c.text) and counts[re.sub(r"[’'].*$", "", m.group(1))] >= 2:
        return True  # "the Surname brothers, Given and Given Surname": the surname stands elsewhere too
    possessive = _POSSESSIVE_NAME.match(text, c.end)
    return bool(possessive) and possessive.end() - 2 not in starts \
        and counts[c.text] == 1  # "opposite Name’s Character": an actor named once, before a role


def _gapped_cast_item(text: str, c: Candidate) -> bool:
    """Whether the candidate is a name in a cast that states its verb once ("Name Surname is Role, Name
    Surname a badger called Role and <X> the otter Role"): its clause (from the last ";", sentence end or
    line start) is such a run of names and parts up to it, and its own part follows without a verb.
    The candidate's last word is a census surname or a rare word."""
    last = c.text.split()[-1]
    if not _PART_AFTER.match(text, c.end) or not (last.lower() in surnames() or zipf(last) < RARE_NAME):
        return False  # a name's last word is a surname or no common word ("Harbour Lights" the film is none)
    lo = max(c.start - CLAUSE_REACH, 0)
    s0 = max([lo] + [i + len(sep) for sep in ("; ", ". ", "\n") if (i := text.rfind(sep, lo, c.start)) >= 0])
    return _GAPPED_CAST.fullmatch(text, s0, c.start) is not None


def _is_bracketed_place(text: str, c: Candidate, places: set[str]) -> bool:
    """"Title (France)", "Title (Iran/France)": a country or city in brackets after a title."""
    if text[c.start - 1 : c.start] not in ("(", "/") or text[c.end : c.end + 1] not in (")", "/"):
        return False
    return c.text in places and all(zipf(w) >= PLACE_WORD for w in c.text.split())


# "turn as Role", "is back as the villain Role", "plays Role": the name after these is a character
_ROLE_NOUN = r"(?:outing|outings|turn|turns|role|roles|performance|stint|return|appearance|debut)"
_AS_ROLE = re.compile(rf"\b(?:{_ROLE_NOUN}|is\s+back|are\s+back|returns|returning)\s+as\s+(?:the\s+[a-z]+\s+)?({NAME.pattern})")
_PLAYS_ROLE = re.compile(rf"\b(?:plays|played|playing|portrays|portrayed|portraying|reprises|reprising)\s+(?:the\s+[a-z]+\s+)?({NAME.pattern})")
# "Name’s eighth outing as Role", "Name is back as Role": the name before is an actor
_ACTOR_AS = re.compile(rf"({NAME.pattern})(?:(?:’s|'s|’|')\s+(?:[\w-]+\s+){{0,2}}?{_ROLE_NOUN}|\s+(?:is|are)\s+back|\s+returns)\s+as\s+(?:the\s+[a-z]+\s+)?[A-Z]")
# "a vehicle for Name", "a showcase for Name": a star's film
_VEHICLE_FOR = re.compile(rf"\b(?:vehicle|showcase)\s+for\s+({NAME.pattern})")


def acting_names(text: str) -> set[str]:
    """Names the clean text ties to acting, never a director: characters ("his turn as Role",
    "plays Role", "is back as the villain Role") and the actors who play them ("Name’s eighth
    outing as Role", "a vehicle for Name"). Possessive endings are dropped. A name the text also
    gives after "directed by", "director" or "filmmaker" is left out (an actor may play a director)."""
    if " as " not in text and "play" not in text and "portray" not in text and "vehicle" not in text:
        return set()
    found = set()
    for pattern in (_AS_ROLE, _PLAYS_ROLE, _VEHICLE_FOR):
        # "plays Name’s wife": the owner of a role may be anyone, even the director
        found |= {m.group(1) for m in pattern.finditer(text) if not re.search(r"[’']s?$", m.group(1))}
    found |= {re.sub(r"(?:’s|'s|’|')$", "", m.group(1)) for m in _ACTOR_AS.finditer(text)}
    # "plays Given Surname" in a biopic of a director the text also calls one: still a director
    return {n for n in found if not re.search(rf"\b(?:directed\s+by|[Dd]irector|[Ff]ilmmaker)\s+{re.escape(n)}\b", text)}
