"""Films an actor's paragraph says "he" or "she" directed: an actor who became a director.

A career paragraph names its person once ("Name had already made ...") and then goes on with
pronouns: "She directed her father in <Title>", "<Title>, which she also directed", "directed
and produced <Title>". The pronoun's person is the paragraph's last full name that opened a
clause (a name followed by its verb), never a name after a preposition ("for Name").

Input: the clean text, the paragraphs, the films with their mentions and a sentence lookup.
Output: none; films without a director get the paragraph's person, with the verb phrase as
evidence (source "text"). The text says outright that this person directed, so an actor may
be named here: that is the point of the rule.
"""

from __future__ import annotations

import re

from pipeline.caption_titles import is_name
from pipeline.facts import NAME
from pipeline.record import Evidence, Film, evidence_json

# "She directed her father in <Title>", "and directed Name again in <Title>", "directed and produced <Title>"
_DIRECTED_BEFORE = re.compile(r"\b(?:co-)?directed(?:\s+and\s+(?:produced|wrote|starred\s+in))?\s+"
                              r"(?:(?:[^.;:,()]{1,40}?\s)?in\s+)?$")
# "<Title> (2010), which he also directed"
_WHICH_DIRECTED = re.compile(r"(?:\s*\((?:18|19|20)\d\d\))?,\s+which\s+(he|she)\s+(?:also\s+)?(?:co-)?directed\b")
_PRONOUN_OPEN = re.compile(r"(?:He|She)\s")  # the sentence's subject is a pronoun
# "Name had", "Name directed", "Name, who": a full name opening a clause (its verb or a relative after it)
_CLAUSE_NAME = re.compile(rf"(?<![\w’'])({NAME.pattern})\s+(?:[a-z]+ed|had|has|was|is|went|made|took|became|spent|won|"
                          r"began|got|found|did|turned|left|came)\b")


def pronoun_directors(text: str, paras, films: list[Film], sentence_of) -> None:
    """Give each film a pronoun's sentence says its paragraph's person directed that person as director
    (in place; only films without a director). paras: sections.paragraphs; sentence_of: offset -> (start, end)."""
    for f in films:
        if f.director is not None:
            continue
        for m in f.mentions:
            s0, _ = sentence_of(m.start)
            said = _WHICH_DIRECTED.match(text, m.end)
            before = None if said else _DIRECTED_BEFORE.search(text, max(s0, m.start - 80), m.start)
            if not said and not (before and _PRONOUN_OPEN.match(text, s0)):
                continue
            p0 = next((p.start for p in paras if p.start <= m.start < p.end), s0)
            person = _last_subject(text, p0, m.start if said else s0)  # "Name starred in <Title>, which he also directed"
            if person is None:
                continue
            at, end = (m.start, said.end()) if said else (before.start(), m.end)
            f.director, f.director_source = person, "text"
            f.evidence["director"] = evidence_json(Evidence(text[at:end], "text", at, end))
            break


def _last_subject(text: str, start: int, end: int) -> str | None:
    """The last full name in text[start:end] that opens a clause ("Name had already made ..."), else None."""
    names = [m.group(1) for m in _CLAUSE_NAME.finditer(text, start, end) if is_name(m.group(1))]
    return names[-1] if names else None
