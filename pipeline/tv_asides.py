"""Titles that the sentence around them makes television, not film.

Two shapes, no title list: an apposition after a lowercase television noun ("gave her her own
series, <Title>."; series_appositions: the clean text and its title candidates in, the same
candidates out with those re-labelled kind "other", titles a heading or caption names (marker_keys)
left alone), and a sentence that speaks of television before a mention ("On television, ...";
television_sentence, one of the cues of other_works.series_evidence).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.titles import Candidate, cues, normalise

# "her own series, <Title>": the noun's word before it is lowercase ("the Predator series, <Title>"
# names a franchise whose films the apposition lists)
_TV_NOUN_COMMA = re.compile(r"\b[a-z][\w’'\-]*\s+(?:{nouns}),\s+$")
# the apposition closes at the end of the clause: no year in brackets, no verb going on
_CLOSED = re.compile(r"\s*(?:[.;!?]|,\s|$)")


@cache
def _noun_comma() -> re.Pattern:
    """The television nouns of cues.toml `series_apposition_nouns`, longest first, as a pattern."""
    nouns = sorted(cues()["series_apposition_nouns"], key=len, reverse=True)
    return re.compile(_TV_NOUN_COMMA.pattern.format(nouns="|".join(re.escape(n) for n in nouns)))


def series_appositions(text: str, cands: list, marker_keys: set[str] = frozenset()) -> list:
    """A film candidate right after "<lowercase word> series, " (or show, sitcom...) that closes its
    clause is the series the noun names: kind "other"."""
    pattern = _noun_comma()
    out = []
    for c in cands:
        if (c.kind == "film" and c.start is not None and normalise(c.text) not in marker_keys
                and pattern.search(text, max(0, c.start - 40), c.start) and _CLOSED.match(text, c.end)):
            c = replace(c, kind="other")
        out.append(c)
    return out


# "On television, ...", "On the television side, ...": a sentence that opens so names series until it speaks of film
# "And if television counted, ...", "For TV, ...": the same after a joining word or "If"/"For", closed by a comma
# ("In a TV interview, Name praised <Title>" speaks of an interview, not of series)
_ON_TV = re.compile(r"\s*(?:On\s+(?:the\s+)?(?:television|TV|small\s+screen)(?:\s+side)?\b|"
                    r"(?:(?:And|But|So)\s+(?:on|in|if|for)|In|If|For)\s+(?:[a-z]+\s+){0,2}?(?:television|TV|small\s+screen)"
                    r"(?:\s+(?:side|counted))?\s*,)")
# "..., and on TV, <Title> ...": the same clause joined to a sentence that spoke of something else
_AND_TV = re.compile(r",\s+(?:and|but)\s+(?:on|in|for)\s+(?:the\s+)?(?:television|TV|small\s+screen)\s*,")
_FILM_WORD = re.compile(r"\b(?:film|movie|cinema|big\s+screen)s?\b", re.IGNORECASE)

# "was its showrunner", "the third season of <Series>", "four episodes of <Series>": a clause about a series
_SERIES_WORK = re.compile(r"\b(?:showrunners?|(?:season|episodes?)\s+of)\s")
_SERIES_WORK_WORDS = ("showrunner", "season", "episode")  # one of them is in every match: looked for first
# "(2016)" or ", 2016" right after a mention: a dated work, which a sentence's talk of a series does not settle
_DATED_AFTER = re.compile(r"\s*[(,]\s*(?:19|20)\d\d\b")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "... and played Name in", "... and also starred in": the same person's part in a work of the same kind
_ROLE_CLAUSE = re.compile(r"\band\s+(?:also\s+)?(?:played|starred|appeared|guest-starred|voiced|had\s+a\s+(?:role|part))\b")


# "said no shows but <Title> and <Title>": a plural television noun, "but", then the titles it announces
_SHOWS_BUT = re.compile(r"\b(?:shows|series|tv)\s+but\s+")
_TITLES_SO_FAR = re.compile(r"(?:[A-Z][\w’']*(?:\s+(?:[A-Z][\w’']*|of|the|and|a|in|on))*?\s+and\s+)?")


# "Only feature films ... were eligible", "feature-length movies only": what counts is limited to one kind of film
_FEATURES_ONLY = re.compile(r"\b[Oo]nly\s+(?:[a-z-]+\s+){0,2}?feature(?:[\s-]+length)?\s+(?:films?|movies?|pictures?)\b"
                            r"|\bfeature(?:[\s-]+length)?\s+(?:films|movies)\s+only\b")
# "..., so no <Title>", "which rules out <Title>": the words that shut a title out, the titles before it in its list
_SHUT_OUT = re.compile(r"\b(?:no|not\s+even|rul(?:es|ed|ing)\s+out|excluding|except(?:\s+for)?)\s+")
_LIST_SO_FAR = re.compile(r"(?:[A-Z][\w’'.:-]*(?:\s+(?:[A-Z][\w’'.:-]*|of|the|a|an|in|on|and))*?(?:,\s+|\s+or\s+|,\s+or\s+))*")


def shut_out_of_features(text: str, s0: int, c: Candidate) -> bool:
    """Whether the sentence opening at s0 limits what counts to feature films and then shuts the mention
    out ("Only feature films could be nominated, so no <Title> votes", "no <Title> or <Title>"): the
    writer names a work of another kind (a series, a special), so no film. The words between the
    exclusion and the mention are earlier titles of its list at most."""
    limit = _FEATURES_ONLY.search(text, s0, c.start)
    if limit is None:
        return False
    return any(_LIST_SO_FAR.fullmatch(text, m.end(), c.start) for m in _SHUT_OUT.finditer(text, limit.end(), c.start))


def television_sentence(text: str, c: Candidate) -> bool:
    """Whether the mention's sentence speaks of television before it, with no word of film and no year
    before the mention: the titles right after "shows but" ("no shows but <Title> and <Title>"), or
    those that a limit to feature films shuts out (shut_out_of_features), or it
    opens "On television, ..." (or a later clause does: "..., and on TV, <Title> ..."),
    or an earlier clause names a series' season, episodes or showrunner and the same subject's part
    follows ("ran the third season of <Series> and played Name in <Title>"). A mention dated right after
    it ("<Title> (2016)") is left to other evidence."""
    lo = max(0, c.start - 400)
    s0 = max(text.rfind(". ", lo, c.start) + 1, text.rfind("\n", lo, c.start) + 1, lo)
    shows = None
    for shows in _SHOWS_BUT.finditer(text, s0, c.start) if text.find("but", s0, c.start) >= 0 else ():
        pass
    if shows is not None and _TITLES_SO_FAR.fullmatch(text, shows.end(), c.start):
        return True  # "no shows but <Title> and <Title> have ...": the titles the plural noun announces
    if shut_out_of_features(text, s0, c):
        return True
    if m := _ON_TV.match(text, s0, c.start):
        return not _FILM_WORD.search(text, m.end(), c.start)
    for m in _AND_TV.finditer(text, s0, c.start):
        if not _FILM_WORD.search(text, m.end(), c.start):
            return True
    m = _SERIES_WORK.search(text, s0, c.start) if any(text.find(w, s0, c.start) >= 0 for w in _SERIES_WORK_WORDS) else None
    return bool(m) and bool(_ROLE_CLAUSE.search(text, m.end(), c.start)) and not _FILM_WORD.search(text, s0, c.start) \
        and not _ANY_YEAR.search(text, s0, c.start) and not _DATED_AFTER.match(text, c.end)
