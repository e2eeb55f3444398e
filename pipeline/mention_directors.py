"""Directors named right beside one film mention: "<mention>, directed by Name", "Name directed
<mention>", "made <mention> (1997) for Name", "<mention> (2013, dir. Name)", "<mention> (Given Surname,
1962)", "<mention> (2024), from the Danish director Name".

Pure functions over the clean text, used by pipeline.fact_attribution: each takes the mention's
offsets (and its sentence's bounds) and returns (name, evidence) or None. The sentence-wide director
cues live in pipeline.facts.
"""

from __future__ import annotations

import re

from pipeline.facts import NAME, YEAR, PREPOSITIONS, clean_name, owner_after_by, possessive_film_nouns
from pipeline.lexicon import is_given_name, zipf
from pipeline.record import Evidence

NAME_RE = NAME.pattern
_DIRECTED_BY = re.compile(rf"\b(?:(?:directed|helmed|co-directed)\s+by|whose\s+director)\s+({NAME_RE}(?:\s+(?:and|&)\s+{NAME_RE})?)")
_DIRECTED_MENTION = re.compile(rf"({NAME_RE})(?:\s+(?:directed|co-directed|helmed)|,\s+(?:the\s+)?(?:co-)?director\s+of"
                               r"|,\s+who\s+(?:also\s+)?(?:directed|co-directed|helmed))\s+$")  # "Name, who co-directed <mention>"


# ", written by and starring Name and ": other credits of the mention before its "directed by Name"
_CREDITS_BEFORE = re.compile(rf",\s+(?:(?:co-)?written\s+by|produced\s+by|(?:and\s+)?starring)\b[^;.()]{{0,60}}?\s+and\s+")


# what may stand between a mention and its "directed by": punctuation, maybe the title's year in brackets first
# ("<mention> (1981), directed by Name")
_BEFORE_DIRECTED_BY = re.compile(r"(?:\s*\((?:18|19|20)\d\d\))?[\s,(–—-]*")


def directed_by_after(text: str, end: int, s1: int) -> tuple[str, Evidence] | None:
    """"<mention>, directed by Name" / "<mention> (1981), directed by Name" / "<mention> (directed by Name)" /
    "<mention>, whose director Name"
    right after a mention, also after its other credits ("<mention>, written by and starring Other and
    directed by Name")."""
    m = _DIRECTED_BY.search(text, end, min(s1, end + 120))
    if m and (_BEFORE_DIRECTED_BY.fullmatch(text, end, m.start()) or _CREDITS_BEFORE.fullmatch(text, end, m.start())) \
            and not owner_after_by(m.group(0), m.group(1)):
        return m.group(1), Evidence(text[m.start() : m.end()], "text", m.start(), m.end())
    return None


# "Name has since made <mention>", "Name, who later directed <mention>", "Name, who also previously directed him in
# <mention>" (not "Name also directed <mention>": a sentence naming Name for one film and also for another),
# "Name went on to direct <mention>", "Name followed it with the slow-burn western <mention>", "Name made her
# debut with <mention>": a maker's verb, maybe after adverbs, and at most "the" and three kind words before the mention
_ADVERBS = r"(?:(?:later|previously|then|since|already|first|once|soon|has|had|have|would)\s+)"
_KIND_WORDS = r"(?:(?:the|a|an|his|her|their)\s+(?:(?!(?:original|first)\s)[a-z][\w-]*\s+){0,3})?"  # "the original <Title>": an older version
_MADE_MENTION = re.compile(
    rf"({NAME_RE})(?:,\s+who(?:\s+also)?\s+{_ADVERBS}{{0,3}}|\s+{_ADVERBS}{{1,3}})"
    rf"(?:directed|co-directed|helmed|made)\s+(?:(?:him|her|them)\s+in\s+)?{_KIND_WORDS}$"
    rf"|({NAME_RE})\s+(?:(?:later|then|soon|would)\s+)?(?:went|goes|go)\s+on\s+to\s+(?:make|direct|co-direct)\s+{_KIND_WORDS}$"
    rf"|({NAME_RE})\s+(?:then\s+)?followed\s+(?:it|this|that)(?:\s+up)?\s+with\s+{_KIND_WORDS}$"
    rf"|({NAME_RE})\s+made\s+(?:his|her|their)\s+(?:[a-z]+\s+)?debut\s+(?:as\s+an?\s+(?:[a-z]+\s+)?director\s+)?with\s+$")


def directed_before(text: str, start: int, end: int, s0: int) -> tuple[str, Evidence] | None:
    """"Name directed <mention>", "Name, the director of <mention>", "Name, who co-directed <mention>", "Name has
    since made <mention>", "Name went on to direct <mention>", "Name followed it with <mention>", "Name made her
    debut with <mention>" -> (Name, evidence from the name to the mention's end), else None. The verbs are looked
    for first: the name patterns would be tried at every capital."""
    lo, lo_made = max(s0, start - 80), max(s0, start - 120)
    m = None
    if text.find("direct", lo, start) >= 0 or text.find("helmed", lo, start) >= 0:
        m = _DIRECTED_MENTION.search(text, lo, start)
    if m is None and any(text.find(w, lo_made, start) >= 0 for w in ("direct", "helmed", "made", "make", "followed")):
        m = _MADE_MENTION.search(text, lo_made, start)
    if m:
        name = next(g for g in m.groups() if g)
        return clean_name(name), Evidence(text[m.start() : end], "text", m.start(), end)
    return None


# "made <mention> (1997) for Name,": the filmmaker an actor made the film for (not "for Name’s studio")
_MADE_BEFORE = re.compile(r"\b(?:had\s+)?(?:made|shot)\s+$")
_FOR_NAME_AFTER = re.compile(rf"(?:\s*\((?:18|19|20)\d\d\))?\s+for\s+({NAME_RE})(?=\s*[,.;:]|\s+(?:and|in)\s|$)")


def made_for(text: str, start: int, end: int, s0: int) -> tuple[str, Evidence] | None:
    """"had already made <mention> (1997) for Name, ..." -> (Name, evidence from "made" to the name), else None."""
    before = _MADE_BEFORE.search(text, max(s0, start - 20), start)
    m = _FOR_NAME_AFTER.match(text, end) if before else None
    if m is None:
        return None
    return m.group(1), Evidence(text[before.start() : m.end()], "text", before.start(), m.end())


# "<mention>, from the Danish director Name", "<mention>, from Title director Name": a round-up's credit
_FROM_DIRECTOR = re.compile(rf"(?:\s*\([^()]{{0,40}}\))?,?\s+from\s+(?:the\s+)?(?:[^,.;()]{{0,50}}?\s)?"
                            rf"(?:director|filmmaker|writer-director)\s+({NAME_RE})")


# "<mention> (2013, dir. Name)", "<mention> (dir. Name and Name, 2013)": a credit in brackets after a title
_PAREN_DIRECTOR = re.compile(rf"\s*\((?:(?:18|19|20)\d\d,\s*)?(?:dir\.|directed\s+by)\s+({NAME_RE}(?:\s+(?:and|&)\s+{NAME_RE})?)"
                             rf"\s*(?:,\s*(?:18|19|20)\d\d)?\)")


# "<mention> (Given Surname, 1962)", "(Name and Name, 1943, 16mm)": a programme's or essay's credit bracket
_PAREN_CREDIT = re.compile(rf"\s*\(({NAME_RE}(?:\s+(?:and|&)\s+{NAME_RE})?),\s*(?:18|19|20)\d\d(?:,\s*[^()]{{1,30}})?\)")
RARE_GIVEN = 3.5  # zipf: a bracket's first word rarer than this may be a given name no census lists ("New York" is common)


def _full_names(names: str) -> bool:
    """"Given Surname", "Given Surname and Given Surname": each name two words or more, its first a
    census given name or a rare word (not "United Kingdom", "New Line")."""
    parts = re.split(r"\s+(?:and|&)\s+", names)
    return all(len(p.split()) >= 2 and (is_given_name(p.split()[0]) or zipf(p.split()[0]) < RARE_GIVEN) for p in parts)


def bracket_director(text: str, end: int) -> tuple[str, Evidence] | None:
    """"<mention> (2013, dir. Name)" or "<mention> (Given Surname, 2013)" right after a mention ending at
    `end` -> (Name, evidence), else None."""
    m = _PAREN_DIRECTOR.match(text, end)
    if not m and (m := _PAREN_CREDIT.match(text, end)) and not _full_names(m.group(1)):
        m = None
    if not m:
        return None
    at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    return m.group(1), Evidence(text[at : m.end()], "text", at, m.end())


# "<mention> (1974), " or "<mention>, " before an apposition that names the film again ("Name’s paranoid thriller")
_APPOSITION_OPEN = re.compile(rf"(?:\s*\((?:[^()]{{0,40}},\s*)?{YEAR}\))?,\s+")
# A clause that opens with one of these before the mention, or holds a comparison's or time's word, is about
# another film: "After <Title>, Name’s film about ... came out", "Out the same year as <Title>, Name’s film
# ...": the possessive is the main clause's subject
_FRONTED_CLAUSE = re.compile(r"(?:(?:^|[,;:(–—]\s*)(?i:while|when|besides|beyond|with|from|alongside)\b"
                             r"|\b(?i:like|unlike|as|than|after|before|since|if)\s)[^,;:()–—]*$")
# "<Name’s kind> film <Title>": after the apposition's noun, more kind words and a title: the noun is another film's
_KIND_THEN_TITLE = re.compile(r"(?:\s+(?:film|movie|picture|feature|documentary))*\s+[A-Z0-9“\"‘]")


def from_director_after(text: str, end: int, s1: int, start: int | None = None, s0: int | None = None) -> tuple[str, Evidence] | None:
    """"<mention> (2024), from the Danish director Name", "<mention> (2013, dir. Name)", "<mention>
    (1974), Name’s paranoid thriller" or "<mention>, Name’s workplace satire" right after a mention ->
    (Name, evidence). Without a bracketed year the apposition needs the mention's start and sentence start
    (`start`, `s0`): it is read only where no fronted clause holds the mention ("Like <mention>, Name’s ...")."""
    if found := bracket_director(text, end):
        return found
    if (o := _APPOSITION_OPEN.match(text, end, s1)) and ("(" in o.group(0) or start is not None and s0 is not None
                                                          and not _FRONTED_CLAUSE.search(text[s0:start])) and \
            (owned := [(n, ev) for n, ev in possessive_film_nouns(text, o.end(), s1) if ev.start == o.end()
                       and not _KIND_THEN_TITLE.match(text, ev.end)]):  # not "Name’s thriller <Title>", "classic film <Title>"
        ev = owned[0][1]
        words = ev.text.rstrip(",;:.")  # "Name’s workplace satire," quoted without the apposition's comma
        return clean_name(owned[0][0]), Evidence(words, ev.source, ev.start, ev.start + len(words))
    m = _FROM_DIRECTOR.match(text, end, min(s1, end + 120))
    if m and not re.search(r"(?:’s|'s)$", m.group(1)):
        at = text.index("from", m.start())
        return clean_name(m.group(1)), Evidence(text[at : m.end()], "text", at, m.end())
    return None


# "Name, who made <mention>", "Name, who had already directed the teen film <mention>", "Name, whose 2017 debut
# <mention>": a relative clause that gives the person before it a film (not "who shot": a cinematographer's)
_WHO_MADE = re.compile(rf"({NAME_RE}),\s+(?:who\s+(?:(?:also|had|has|already|previously|first)\s+)*(?:made|directed|co-directed)"
                       r"|whose)\s+")
_MADE_LIST_WORD = re.compile(r"[A-Z0-9][\w’'!?:.-]*|[a-z][\w-]*|\((?:18|19|20)\d\d\),?|and|&|,")


def who_made(text: str, start: int, end: int, s0: int) -> tuple[str, Evidence] | None:
    """"Name, who made <mention>", "Name, who made the heist comedy A and the prison drama <mention>", "Name,
    whose own <mention>" -> (Name, evidence from the name to the mention's end), else None. Between the
    clause and the mention only descriptive words and earlier titles may stand (no preposition: "who made
    his name with <mention>" is not said to have made it; no clause after a comma: "who made A, directing
    <mention>"); after "whose" no earlier title."""
    best = None
    if text.find("who", max(s0, start - 160), start) < 0:
        return None  # "who", "whose": the clause's word must be there before the name pattern is run
    for m in _WHO_MADE.finditer(text, max(s0, start - 160), start):
        words = text[m.end() : start].replace(",", " , ").split()
        lower = [w for w in words if w[:1].islower()]
        if any(w in PREPOSITIONS and w != "and" or w == "original" for w in lower) or not all(_MADE_LIST_WORD.fullmatch(w) for w in words):
            continue  # also "who co-wrote and directed the first <mention>": the older film of a remade title
        if any(a in (",", "and", "&") and b[:1].islower() and b not in ("the", "a", "an", "and") for a, b in zip(words, words[1:])):
            continue  # "who made A (2012), directing <mention>": a list's next item is a title or "the <kind> Title"
        if m.group(0).rstrip().endswith("whose") and (len(words) > 3 or any(w[:1].isupper() or w in (",", "and") for w in words)):
            continue
        best = (clean_name(m.group(1)), Evidence(text[m.start() : end], "text", m.start(), end))
    return best


# "Name’s follow-up to <mention>", "Name’s long-awaited follow-up to <mention>": one maker's next film after it
_FOLLOW_UP_TO = re.compile(rf"({NAME_RE})(?:’s|'s|’)\s+(?:[a-z][\w-]*\s+){{0,2}}?follow-up\s+to\s+$")


def follow_up_to(text: str, start: int, end: int, s0: int) -> tuple[str, Evidence] | None:
    """"Name’s follow-up to <mention>" -> (Name, evidence from the name to the mention's end), else None."""
    lo = max(s0, start - 80)
    if text.find("follow-up", lo, start) >= 0 and (m := _FOLLOW_UP_TO.search(text, lo, start)):
        return clean_name(m.group(1)), Evidence(text[m.start() : end], "text", m.start(), end)
    return None
