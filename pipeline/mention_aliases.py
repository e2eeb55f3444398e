"""Which mentions are another name of a film: a bracketed or retitled name after a title
("Title (Other Title)", "Title (1954), released as Other Title") and a "Head: Subtitle" film's
short names ("Subtitle" alone, "Head" alone when nothing makes the head a film of its own).

Pure functions over the clean text and the candidates classified by pipeline.mentions; used by the
extract stage. Each returns the candidates with `alias_of` set (or a bracketed credit's names made
kind "person").
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.aliases import OTHER_NAME_AS
from pipeline.caption_titles import names_only
from pipeline.mentions import YEAR_AFTER, sentence_around
from pipeline.title_parts import title_parts
from pipeline.titles import Candidate

_YEAR_NEXT = re.compile(r",\s*(?:1[89]|20)\d\d\b")
# "Title (Other)", "Title (also known as Other)", "Title (1954), released as Other"
_PAREN_ALIAS = re.compile(rf"\s*\(\s*(?:{OTHER_NAME_AS})?|(?:\s*\((?:1[89]|20)\d\d\))?,?\s+{OTHER_NAME_AS}")


def parenthetical_aliases(text: str, cands: list[Candidate]) -> list[Candidate]:
    """"Title (Other Title)" / "Title (Other Title, 1999)": the bracketed title is an alias.

    The bracketed mention is re-labelled with the outer title's text, so both group
    together; its own spelling is kept in `alias`."""
    out = list(cands)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if prev.kind == "film" and cur.kind == "film" and _PAREN_ALIAS.fullmatch(text[prev.end : cur.start]):
            credit = names_only(cur.text) and _YEAR_NEXT.match(text, cur.end)  # "(Name and Name, 1943)": its makers
            out[i] = replace(cur, kind="person") if credit else replace(cur, alias_of=prev.text)
    return out


def subtitle_aliases(text: str, cands: list[Candidate], markers: list[Candidate], headline: str = "") -> list[Candidate]:
    """Short names of a "Head: Subtitle" film: "Subtitle" alone, and "Head" alone when only one
    such film has that head, no mention of the head carries a year of its own ("his 2021 Head"
    is an earlier film, not a short name) and no numbered entry heading names the head alone, nor the
    article's headline when the text dates the subtitled title apart (_headline_head).
    (aliases.subtitle_forms is another rule: the part after the last colon or spaced dash, with or
    without its article and numbered part, two words at least, never the head.)"""
    full = {c.text for c in cands + markers if title_parts(c.text)}
    parts = {t: title_parts(t) for t in full}
    by_subtitle = {sub.casefold(): t for t, (_, sub) in parts.items()}
    heads: dict[str, set[str]] = {}
    for t, (head, _) in parts.items():
        heads.setdefault(head.casefold(), set()).add(t)
    heads = {k: v for k, v in heads.items() if len(v) == 1 and not _SEQUEL_NUMBER.search(parts[next(iter(v))][1])}
    named = {m.text.casefold() for m in markers if m.rank}  # "3. Head": an entry's heading names its film by the head
    heads = {k: v for k, v in heads.items() if k not in named and not _headline_head(k, next(iter(v)), headline, text, cands)}
    separate = {c.text.casefold() for c in cands if YEAR_AFTER.match(text, c.end)
                or _EARLIER_BEFORE.search(text[max(0, c.start - 12) : c.start])
                or _CONTINUED.search(text[max(0, c.start - 60) : c.start])}
    for c in cands:  # "Head and Head: Subtitle" in one sentence: two films
        key = c.text.casefold()
        if key in heads and re.search(re.escape(next(iter(heads[key]))), sentence_around(text, c.start, c.end)):
            separate.add(key)
    out = []
    for c in cands:
        key = c.text.casefold()
        if c.kind == "film" and not title_parts(c.text) and key in by_subtitle:
            c = replace(c, alias_of=by_subtitle[key])
        elif c.kind == "film" and not title_parts(c.text) and key in heads and key not in separate:
            c = replace(c, alias_of=next(iter(heads[key])))
        out.append(c)
    return out


def _headline_head(head: str, full: str, headline: str, text: str, cands: list[Candidate]) -> bool:
    """"Head Reviews: ..." above "the 1998 documentary Head: Subtitle": the headline names the head alone and
    the text dates the subtitled title apart, so the two are two films (head: casefolded)."""
    return bool(re.search(rf"\b{re.escape(head)}\b", headline.casefold())) and full.casefold() not in headline.casefold() \
        and any(c.text == full and (YEAR_AFTER.match(text, c.end) or _DATED_BEFORE.search(text, max(0, c.start - 40), c.start))
                for c in cands)


_DATED_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\s+(?:[\w-]+\s+){0,3}$")  # "the 1998 BBC documentary "
# "the 1986 Head", "back to 1986 for Head", "the original, Head": not the sequel
_EARLIER_BEFORE = re.compile(r"\b(?:(?:1[89]|20)\d\d(?:\s+for)?|original,?)\s+$")
# "picks up the story of Name Surname’s Head", "a sequel to Head": the film the new one continues
_CONTINUED = re.compile(r"\b(?:sequel|follow-up|successor|remake|reboot|story|continuation)\s+(?:to|of)\s+(?:the\s+)?"
                        r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w-]*(?:’s|'s)\s+)?$")
# "Chapter 4", "Part Two", "Vol. 2", "II": a numbered sequel, so its head names an earlier film
_SEQUEL_NUMBER = re.compile(r"\b(?:[2-9]|\d\d|II|III|IV|V|VI|Two|Three|Four|Five|Six)\b")
