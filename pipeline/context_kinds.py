"""Film candidates that the words around them show to be a character or a company.

Pure function over the clean text and the candidates of pipeline.mentions.classify; used by
the extract stage right after people are told apart. Cues come from pipeline/data/cues.toml:
  * "<Name>’s young <X>": an age word between an owner and a name describes a person, so X is
    the character that the owner (an actor) plays, not a film;
  * "<X> is bringing ...", where the text elsewhere writes "<X> Events" or "<X> Entertainment":
    a one-word name the article itself gives a company suffix is that company;
  * "nobody at <Name> Pictures", "a show from <Network>": a name ending in a company word after
    "at"/"from", or a television network's name (tv_networks), is a company.
("<Name> Cinematic Universe", a shared world of films, is told by pipeline.mentions.classify.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.titles import Candidate, cues, normalise


@cache
def _AGED_OWNER() -> re.Pattern:  # noqa: N802 - a cached constant
    """A capitalised owner's possessive and an age word (cues.toml character_age_words) ending the text."""
    ages = "|".join(re.escape(w) for w in sorted(cues()["character_age_words"], key=len, reverse=True))
    return re.compile(rf"\b[A-Z][\w’'-]*(?:’s|'s|’|')\s+(?:{ages})\s+$")


def _aged_character(text: str, c: Candidate) -> bool:
    """Whether "<Owner>’s young " stands right before the candidate ("Name’s young X works ...")."""
    return bool(_AGED_OWNER().search(text[max(0, c.start - 40) : c.start]))


def _company_names(text: str, suffixes: frozenset[str]) -> set[str]:
    """The capitalised words the text writes right before a company suffix ("X Events" -> "X"), in one pass."""
    words = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
    return {m.group(1) for m in re.finditer(rf"\b([A-Z][\w’'-]*)\s+(?i:{words})\b", text)}


def characters_and_companies(text: str, cands: list[Candidate], marker_keys: set[str] = frozenset(),
                             lines: list[str] = ()) -> list[Candidate]:
    """Candidates -> the same, a film candidate after "<Owner>’s <age word>" re-labelled kind
    "character" and a one-word film candidate that the text or a line moved out of it (lines:
    captions, labels) names elsewhere with a company suffix (cues.toml company_suffixes)
    re-labelled kind "other". Titles a caption or heading names (marker_keys) are kept."""
    companies = _company_names("\n".join([text, *lines]), cues()["company_suffixes"])
    out = []
    for c in cands:
        if c.kind == "film" and c.start is not None and normalise(c.text) not in marker_keys:
            if _aged_character(text, c):
                c = replace(c, kind="character")
            elif " " not in c.text and c.text in companies:
                c = replace(c, kind="other")
            elif _named_company(text, c):
                c = replace(c, kind="other")
        out.append(c)
    return out


# "nobody at", "more on the way from", "released by": a company's place before its name
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,4}")  # "XYZ" of "XYZ Films"
_COMPANY_PLACE = re.compile(r"\b(?:at|from|by)\s+(?:the\s+)?$")


def _named_company(text: str, c: Candidate) -> bool:
    """A television network's name alone ("from FX"), a name of two or more words whose last is a
    company word ("Pictures", "Studios") after "at", "from" or "by" ("nobody at Name Pictures"), or
    an acronym and a company word ("XYZ Films has put out"): an initialism names a firm, not a film."""
    if normalise(c.text) in cues()["tv_networks"]:
        return True
    words = c.text.split()
    if len(words) < 2 or words[-1].lower() not in cues()["company_words"]:
        return False
    return bool(_COMPANY_PLACE.search(text, max(0, c.start - 12), c.start)) or len(words) == 2 and bool(_ACRONYM.fullmatch(words[0]))

