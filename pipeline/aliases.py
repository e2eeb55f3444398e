"""Other titles of one film: a release title abroad, a title "as it is known in its own country", a
heading's title given second in "Original, released as Heading", a short form of a longer title.

Pure functions over the clean text and the candidates of pipeline.titles; used by the
extract stage. A mention found here either points at its film's title (`alias_of`) or is
kind "alias": another title of the film whose passage it is in (see attach_aliases).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipeline.lexicon import zipf
from pipeline.title_parts import title_parts
from pipeline.titles import SMALL, Candidate, normalise

# ", also known as ", " (later retitled ", ", released in Britain as ", " (renamed ": the film's other name
# follows (pipeline/mention_aliases.py, a bracket's or an apposition's; pipeline/prose_titles.py, a definition's)
OTHER_NAME_AS = r"(?:(?:later|originally|also|since|now|first|then|once)\s+)?" \
                r"(?:(?:released|known|retitled|renamed|distributed|sold|shown|billed)\b[^.()]{0,40}?\bas|retitled|renamed)\s+"
# "released in Norway as", "known in Britain as" (not "remade as": a remake is another film)
# ... and "first shown under its working title,", "shown by its original title", "Formerly titled"
_RELEASED_AS = re.compile(r"\b(?:released|re-released|retitled|renamed|distributed|marketed|known|sold|shown)\b"
                          r"[^.;:!?,]{0,40}\bas\s+$|\b(?:under|by)\s+its\s+(?:[\w-]+\s+){0,2}title,?\s+$"
                          r"|\b(?:formerly|originally|previously|once)\s+(?:titled|called)\s+$", re.IGNORECASE)
# "Title, as it was known in its own country", "Title, as the credits spell it"
_AS_CALLED = re.compile(r"[.,]?,\s+as\s+(?:it\s+(?:is|was)\s+(?:called|known|titled)|"
                        r"the\s+(?:title\s+card|credits|poster|opening\s+titles?)\s+(?:spells|spell|calls|call|has|have)\s+it)\b")
# the lower-case rest of a foreign title ("Kylma talvi"), up to the clause's end
_FOREIGN_TAIL = re.compile(r"((?:\s+[a-zà-ÿ][\w’'-]*){1,4})(?=[,.;)])")
FOREIGN_WORD = 3.0  # zipf: the last word of a foreign title's lower-case tail is rarer than this in English


def heading_first(cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """"Original, released as Heading" gives the heading's spelling second: make it the title and
    every mention of the other spelling its alias (input: candidates after parenthetical_aliases)."""
    flip = {normalise(c.alias_of): c.text for c in cands
            if c.alias_of and normalise(c.text) in marker_keys and normalise(c.alias_of) not in marker_keys}
    if not flip:
        return cands
    out = []
    for c in cands:
        if c.alias_of and normalise(c.alias_of) in flip and normalise(c.text) in marker_keys:
            c = replace(c, alias_of=None)
        elif c.alias_of is None and normalise(c.text) in flip:
            c = replace(c, alias_of=flip[normalise(c.text)])
        out.append(c)
    return out


def other_titles(text: str, cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """Film mentions introduced as another title ("released in Norway as X", "X, as it
    was known in its own country") -> kind "alias", with a foreign title's lower-case words added to the span.
    Mentions already paired with a title (alias_of) and heading titles stay as they are."""
    out, named = [], set()
    for c in cands:
        if c.kind == "film" and c.alias_of is None and c.start is not None and normalise(c.text) not in marker_keys \
                and (_RELEASED_AS.search(text[max(0, c.start - 60) : c.start]) or _AS_CALLED.match(text, c.end)):
            named.add(normalise(c.text))
            tail = _FOREIGN_TAIL.match(text, c.end)
            if tail and zipf(tail.group(1).split()[-1]) < FOREIGN_WORD:
                c = replace(c, end=tail.end(), text=text[c.start : tail.end()])
            c = replace(c, kind="alias")
        out.append(c)
    # the same words elsewhere, without the cue, are that other title again (not listed twice)
    return [replace(c, kind="alias-repeat") if c.kind == "film" and c.alias_of is None and normalise(c.text) in named
            else c for c in out]


def _next_word(title: str, n: int) -> str:
    """The (n+1)th word of a title, lower case; "" where the title has no more words ("Title " with a
    trailing space starts with "Title " too)."""
    words = title.split()
    return words[n].lower() if n < len(words) else ""


def short_forms(cands: list[Candidate], titles: set[str], headed: frozenset[str] = frozenset()) -> list[Candidate]:
    """"Quiet Days" for "Quiet Days in the Valley": a film mention of two or more words that is
    the start of a longer title of the article, cut before a small word or a comma ("Name Brother"
    for "Name Brother, Where Is He?") -> alias of that title. (A cut before ":" or a number is
    another film of a series, and is left alone; so is a mention that a caption or heading names
    whole, `headed`: a film of its own.)"""
    out = []
    for c in cands:
        words = c.text.split()
        if c.kind == "film" and c.alias_of is None and len(words) >= 2 and c.text not in headed:
            longer = sorted(t for t in titles if t.startswith(c.text + ", ") or t.startswith(c.text + " ")
                            and _next_word(t, len(words)) in SMALL
                            and _next_word(t, len(words)) not in ("and", "&", "or", "vs", "vs."))
            if len(longer) == 1:
                c = replace(c, alias_of=longer[0])
        out.append(c)
    return out


_AMPERSAND = re.compile(r"\s&\s")


def ampersand_forms(cands: list[Candidate], titles: set[str], headed: set[str]) -> list[Candidate]:
    """"Planes & Boats" for "Planes and Boats": a film mention that is another title of the article
    with "&" for "and" (or the other way round) -> alias of that title, when that title is a heading's
    or caption's (headed), or else when the mention is the "&" form (so two spellings never point at
    each other)."""
    def plain(t: str) -> str:
        return normalise(_AMPERSAND.sub(" and ", t))

    forms: dict[str, list[str]] = {}
    for t in sorted(titles):
        forms.setdefault(plain(t), []).append(t)
    out = []
    for c in cands:
        others = [t for t in forms.get(plain(c.text), []) if t != c.text] if c.kind == "film" and c.alias_of is None else []
        if len(others) == 1 and ("&" in c.text) != ("&" in others[0]) \
                and (others[0] in headed or c.text not in headed and "&" in c.text):
            c = replace(c, alias_of=others[0])
        out.append(c)
    return out


def tail_forms(cands: list[Candidate], titles: set[str]) -> list[Candidate]:
    """"Wanderers" for "All of Them Wanderers": a one-word film mention that is the last word of
    exactly one title of the article at least two words longer -> alias of that title. (A tail
    after a single dropped word, as in "Name" for "Adjective Name", may be another film.)"""
    out = []
    for c in cands:
        if c.kind == "film" and c.alias_of is None and len(c.text.split()) == 1:
            longer = [t for t in titles if len(t.split()) >= 3 and t.split()[-1] == c.text
                      and not re.search(r"[’']s?\s", t)]  # "Name’s Title": an owner, and maybe another version
            if len(longer) == 1:
                c = replace(c, alias_of=longer[0])
        out.append(c)
    return out


# "Subtitle Part One", "Subtitle Chapter 2": a numbered part after the subtitle's own words
_PART_TAIL = re.compile(r"\s+(?:Part|Chapter|Vol\.?|Volume)\s+(?:\d+|[IVX]+|One|Two|Three|Four|Five)$")


def _bare(title: str) -> str:
    """A title casefolded without a leading article ("The Last Stand" -> "last stand")."""
    return re.sub(r"^(?:the|a|an)\s+", "", title.casefold())


def subtitle_forms(cands: list[Candidate], titles: set[str]) -> list[Candidate]:
    """"The Last Stand" or "Last Stand" for "Series: Name – The Last Stand", "Dark Road" for
    "Series – Dark Road Part One": a film mention (no colon or dash of its own) that is the
    subtitle after the last dash or colon of exactly one longer title of the article, with or
    without its article and numbered part -> alias of that title. (The head before the
    separator is left alone: "Series" alone is often the first film of the series; a one-word
    subtitle is tail_forms' case.)"""
    forms: dict[str, set[str]] = {}
    for t in titles:
        if (parts := title_parts(t, last=True)) is None:
            continue
        sub = parts[1]
        for form in {sub, _PART_TAIL.sub("", sub)}:
            if len(_bare(form).split()) >= 2:  # one word alone is tail_forms' case
                forms.setdefault(_bare(form), set()).add(t)
    out = []
    for c in cands:
        key = _bare(c.text)
        if c.kind == "film" and c.alias_of is None and not re.search(r":|\s[–—-]\s", c.text) \
                and len(forms.get(key, ())) == 1:
            c = replace(c, alias_of=next(iter(forms[key])))
        out.append(c)
    return out


# "A Franchise Saga", "A Name Story": a subtitle that only says which series the film belongs to
_SERIES_SUBTITLE = re.compile(r"An?\s+(?:[A-Z0-9][\w’'.-]*\s+){1,4}(?:Saga|Story|Mystery|Tale|Legend)")


def head_forms(cands: list[Candidate], titles: set[str]) -> list[Candidate]:
    """"Rogue Name" for "Rogue Name: A Franchise Story": a film mention that is the head of exactly
    one title of the article whose subtitle is only an indefinite article, a series name and a
    story noun (Saga, Story, Mystery, Tale, Legend) -> alias of that title. (Any other subtitle
    may number a sequel, "Head: Part Two", whose head alone is the first film.)"""
    heads: dict[str, set[str]] = {}
    for t in titles:
        if (parts := title_parts(t)) and _SERIES_SUBTITLE.fullmatch(parts[1]):
            heads.setdefault(parts[0], set()).add(t)
    out = []
    for c in cands:
        if c.kind == "film" and c.alias_of is None and len(heads.get(c.text, ())) == 1:
            c = replace(c, alias_of=next(iter(heads[c.text])))
        out.append(c)
    return out


def attach_aliases(cands: list[Candidate], para_starts: list[int], owners: dict, films: list = ()) -> None:
    """Kind "alias" mentions -> the alias list of the one film whose title opens with the same
    word ("Long Road" for "Long Rd."), else of the film that owns their paragraph (in place).

    para_starts: sorted paragraph starts; owners: paragraph start -> Film; films: the article's
    films. An alias with neither is dropped."""
    for c in cands:
        if c.kind != "alias":
            continue
        i = bisect.bisect_right(para_starts, c.start) - 1
        same = [f for f in films if _head(f.title) == _head(c.text)]
        film = same[0] if len(same) == 1 else owners.get(para_starts[i]) if i >= 0 else None
        if film is not None and c.text != film.title and c.text not in film.aliases:
            film.aliases = sorted(film.aliases + [c.text])


def _head(title: str) -> str:
    """The first word of a title that is no article, casefolded ("The Long Road" -> "long")."""
    words = [w for w in normalise(title).split() if w not in ("the", "a", "an")]
    return words[0] if words else ""
