"""A film's year stated by the words around one of its mentions: a release verb after it, a maker's
return or remake before it with the year right after it, or a year's possessive before it.

Input: the clean text and one mention's offsets; output: (year, evidence) or None. Pure functions;
the verbs live in pipeline/data/cues.toml (release_verbs_after, return_verbs_before), nothing here
knows a film. What is dated is always the film named at the mention: a re-release, an award or a
streaming date has no verb here ("returned to cinemas", "won", "arrived on <Service>").
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.months import MONTH_OR_SHORT
from pipeline.record import Evidence
from pipeline.titles import cues

_YEAR = r"((?:18|19|20)\d\d)\b(?!\s*(?:[-–—]|to\s)\s*\d)"  # not the start of a span ("2019–2021", "2019 to 2021")
_DATE = rf"(?:{MONTH_OR_SHORT}\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?"  # "June 28, ", "Dec. ", "December "
_DETERMINED = r"(?:(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,3})?"  # "the sprawling sequel "


def _words(key: str) -> str:
    """A cues.toml list as a regex alternation, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(cues()[key], key=len, reverse=True))


@cache
def _RELEASED_AFTER() -> re.Pattern:  # noqa: N802 - a cached constant
    """"<Title> opened in cinemas on April 9, 2031", "<Title>, which premiered there in 2008", "<Title>,
    followed in 2021": a release verb (an adverb before it allowed) and a date right after the mention."""
    return re.compile(rf",?\s+(?:which\s+)?(?:(?:finally|first|originally|eventually)\s+)?(?:{_words('release_verbs_after')})"
                      rf"(?:\s+(?:there|in\s+(?:cinemas|theaters|theatres)))?\s+(?:in|on)\s+{_DATE}{_YEAR}")


@cache
def _RETURN_BEFORE() -> re.Pattern:  # noqa: N802 - a cached constant
    """"followed with ", "went back to the ring with ", "made her feature debut with ", "came back for ", "remade the
    vampire comedy ", "a remake of ": what comes right before a maker's next film (the film's kind allowed)."""
    return re.compile(rf"\b(?:(?:{_words('return_verbs_before')})(?:\s+to\s+(?:the|that|this|his|her|their)\s+[a-z]+)?"
                      rf"\s+(?:with|for)|remade|remake\s+of)\s+{_DETERMINED}$")


_IN_YEAR = re.compile(rf"\s+in\s+{_YEAR}")
_YEARS_OWN = re.compile(rf"(?<![\w$.,])((?:18|19|20)\d\d)(?:’s|'s)\s+$")  # "2019’s <Title>"


@cache
def _RETURNED_IN_YEAR() -> re.Pattern:  # noqa: N802 - a cached constant
    """"returned in 2031 with the sequel ": a maker's return, its year before the film it names."""
    return re.compile(rf"\b(?:{_words('return_verbs_before')})\s+in\s+{_YEAR}\s+(?:with|for)\s+{_DETERMINED}$")


@cache
def IT_RELEASED() -> re.Pattern:  # noqa: N802 - a cached constant
    """"It was released in 2031", "The film arrives in cinemas on March 3, 2032", "Upon its release in 1948,":
    a sentence dating the film it is about without naming it (pipeline.facts.section_year). "It opened in 1982"
    alone may be a play or a shop: "opened" and "arrived" need "in cinemas" after them there."""
    return re.compile(rf"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?:It|The\s+(?:film|movie|picture))\s+(?:(?:finally|first|originally)\s+)?"
                      rf"(?:(?:{_words('release_verbs_after')})\s+in\s+(?:cinemas|theaters|theatres)|{_words('release_verbs_alone')})"
                      rf"|\b(?i:upon|on|after|since)\s+its\s+(?:original\s+|theatrical\s+|initial\s+)?release)"
                      rf"\s+(?:in|on)\s+{_DATE}{_YEAR}", re.MULTILINE)


def release_year_at(text: str, start: int, end: int, sentence_start: int) -> tuple[int, Evidence] | None:
    """The year the words at the mention text[start:end] give it: "<Title> opened in June 2024", "<Title>,
    which premiered in 2008", "followed with <Title> in 2000", "remade <Title> in 2011", "returned in 2024
    with <Title>", "2019’s <Title>"; None elsewhere. sentence_start: where the mention's sentence starts
    (nothing before it is read)."""
    if m := _RELEASED_AFTER().match(text, end):
        return int(m.group(1)), Evidence(text[start : m.end()], "text", start, m.end())
    lo = max(sentence_start, start - 120)
    if (b := _RETURN_BEFORE().search(text, lo, start)) and (m := _IN_YEAR.match(text, end)):
        return int(m.group(1)), Evidence(text[b.start() : m.end()], "text", b.start(), m.end())
    if b := _RETURNED_IN_YEAR().search(text, lo, start) or _YEARS_OWN.search(text, lo, start):
        return int(b.group(1)), Evidence(text[b.start() : end], "text", b.start(), end)
    return None
