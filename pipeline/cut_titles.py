"""Titles that repaired boundaries fence in on both sides, where the plain title runs of
pipeline.titles give up: a number or a common word ("his|12/34|spent", "comedy|We, from")
and a title with a possessive inside ("on|Someone’s Own Place.").

In this scraping style a tag edge leaves a glued spot, so a stretch that opens at a repaired
boundary and closes at the next one (or at a punctuation mark right after it) was one
emphasised or linked span. Pure functions over the clean text and its boundaries; used by
the extract stage beside the other candidate sources.
"""

from __future__ import annotations

import bisect
import re

from pipeline.lexicon import is_given_name, zipf
from pipeline.titles import LOOK, Candidate, is_titlecase, next_cut, plausible

FUNCTION_WORD = 5.5  # zipf: a rejected one-word run this common is a pronoun or particle, not a proper noun
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NUMBER = re.compile(r"\d[\d/.-]*\d|\d")
_OWNER = re.compile(r"(?:[’']s?|\b(?:his|her|their|its|the))$")  # "Name’s|1999", "his|12/34"
_POSSESSIVE = re.compile(r"\w[’']s?$")
_CLOSE = ",;:"  # a mark right after a span's last word: the markup ended there
MAX_WORDS = 6
_WORD = re.compile(r"[^\s,;:.!?()“”\"]+")


def cut_candidates(text: str, boundaries: list[tuple[int, str]]) -> list[Candidate]:
    """Clean text and its repaired boundaries -> candidates (source "cuts") for fenced-in spans
    that the title runs reject: one number or common word, or a title-case run with an inner
    possessive. A boundary that starts a sentence ("today.|The") opens nothing."""
    cuts = sorted({b for b, _ in boundaries})
    modifiers = {b for b, rule in boundaries if rule == "modifier_case"}  # "Nordic|Title" ends no span
    out = []
    for b in cuts:
        if b == 0 or not (text[b - 1].isalnum() or text[b - 1] in "’'"):
            continue  # after "." or ",": a sentence or a clause starts, not a span
        found = _bare_word(text, b, cuts) or _possessive_title(text, b, cuts)
        if found and found[1] not in modifiers:
            out.append(Candidate(found[0], found[1], text[found[0] : found[1]], "cuts"))
    return out


def _closed(text: str, end: int, cuts: list[int]) -> bool:
    """Whether a span ending at `end` ends at a cut or at a closing mark that a cut or space follows."""
    i = bisect.bisect_left(cuts, end)  # cuts are sorted: no scan of the list per span
    return (i < len(cuts) and cuts[i] == end) or (end < len(text) and text[end] in _CLOSE)


def _bare_word(text: str, b: int, cuts: list[int]) -> tuple[int, int] | None:
    """"Name’s|1999|was", "comedy|We, from": one fenced-in word that plausible() rejects.

    A number needs an owner before it (a possessive, "his", "the"): a bare year may be a date.
    A word needs to be a function word (pronoun, particle) by frequency: a rarer rejected
    word ("Oscar", "Netflix") names a prize or a service even when linked."""
    start = b + 1
    m = _WORD.match(text, start)
    if not m or not (m.group(0)[0].isupper() or m.group(0)[0].isdigit()):
        return None
    end = m.end()
    word = m.group(0)
    if re.search(r"[’']s?$", word) or not _closed(text, end, cuts) or plausible(word):
        return None
    if _NUMBER.fullmatch(word):
        return (start, end) if _OWNER.search(text[max(0, b - 8) : b + 1].rstrip()) else None
    if len(word) < 2 or not word.isalpha() or zipf(word) < FUNCTION_WORD:
        return None
    return start, end


def _possessive_title(text: str, b: int, cuts: list[int]) -> tuple[int, int] | None:
    """"on|Someone’s Own Place." : a title-case run with a possessive inside and no cut after
    the possessive (a cut there would mean a name's possessive before a separate title),
    closed by a cut or a mark. "Given Surname’s Title" is a person's possessive, not a title."""
    start = b + 1
    if not (text[start : start + 1].isupper() or text[start : start + 1].isdigit()):
        return None  # "Title|at Name’s Theatre": a phrase going on after a title, not a new one
    line_end = text.find("\n", start, start + LOOK)  # bounded: a page on one line stays linear
    bound = line_end if line_end >= 0 else min(len(text), start + LOOK)
    limit = min(next_cut(cuts, b + 1, bound), bound)  # the next cut may lie far beyond the bound
    words = list(re.finditer(r"\S+", text[start:limit]))
    end, owner_at = None, None
    for n, m in enumerate(words[:MAX_WORDS]):
        word = m.group(0)
        core = word.rstrip(_CLOSE + ".!?")
        if not is_titlecase(core) or not core:
            return None
        if n > 0 and owner_at is None and _POSSESSIVE.search(words[n - 1].group(0)):
            if not (core[0].isupper() or core[0].isdigit()):
                return None
            owner_at = n - 1
        if core != word or start + m.end() == limit:
            end = start + m.start() + len(core)
            break
    if end is None or owner_at is None or not (_closed(text, end, cuts) or end == limit or text[end] in ".!?"):
        return None
    if _POSSESSIVE.search(text[start:end]) or text[end - 1] in "’'":
        return None  # the run ends on the possessive: "Name’s|Title" is the plain runs' case
    owner = [w.group(0) for w in words[: owner_at + 1]]
    if _YEAR.fullmatch(text[start + words[owner_at + 1].start() : end]):
        return None  # "Name’s 1982|Title": a year of someone's film, the title comes after it
    if len(owner) >= 2 and is_given_name(owner[0]) and not _named_before(text, start, owner):
        return None  # "Given Surname’s Title": a person's film
    return start, end


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _named_before(text: str, start: int, owner: list[str]) -> bool:
    """Whether the owner's surname already stands alone earlier in the sentence ("Surname, who ...
    played himself in Given Surname’s Title"): a writer does not spell out a name again in full
    once the sentence has it, unless the full name is part of a title."""
    surname = re.sub(r"[’']s?$", "", owner[-1])
    head = text[max(0, start - LOOK) : start]
    ends = [m.end() for m in _SENTENCE_END.finditer(head)]
    sentence = head[ends[-1] if ends else 0 :]
    alone = rf"(?<![\w’'-])(?<!{re.escape(owner[-2])}\s){re.escape(surname)}(?![\w’'-])"  # not "Given Surname" again
    return len(surname) > 1 and re.search(alone, sentence) is not None
