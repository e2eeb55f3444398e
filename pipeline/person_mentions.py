"""Which film-like mentions are people: the spaCy Doc's PERSON spans, lists of names, surnames
and name-like spans.

Input: the clean text, the candidates after pipeline.mentions.classify (or a spaCy Doc for
person_spans / person_words). Output: the same candidates, some re-labelled "person" (or a
name-like span settled as "film" when the text calls it one). Pure functions, used by the
extract stage; evidence is textual context only (lists "A, B and C", possessives, census given
names, the article's own full names).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lexicon import is_given_name, surnames, zipf
from pipeline.mentions import YEAR_AFTER
from pipeline.titles import SMALL, Candidate, cues, normalise


def person_spans(doc) -> list[tuple[int, int]]:
    """Character spans of multi-word PERSON entities."""
    if doc is None:
        return []
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]


def person_words(doc) -> set[str]:
    """Every word of every PERSON entity (so a surname alone can be recognised)."""
    if doc is None:
        return set()
    return {re.sub(r"(?:’s|'s|’|')$", "", t.text) for e in doc.ents if e.label_ == "PERSON" for t in e}


# (a look-ahead, so that "Given Middle Surname" is tried at each of its words)
_GIVEN_SURNAME = re.compile(r"(?<![\w’'.-])(?=(?P<pair>(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+(?P<surname>[A-Z][\w’'-]*[a-z][\w’'-]*))(?![\w’'-]))")
_POSSESSIVE_END = re.compile(r"(?:’s|'s|’|')$")


def named_surnames(text: str) -> set[str]:
    """Surnames of the full names the text writes out, "Given Surname" with a census given name ("Mara Quint"
    makes "Coogler" a person's word), so that the surname alone is read as that person even where the model
    tagged no PERSON. Three-word runs are left out ("Given Word Word" may be a title) unless the second word is a
    possessive ("Mara Quint’s Title"); the possessive is cut."""
    out = set()
    for m in _GIVEN_SURNAME.finditer(text):
        owned = bool(_POSSESSIVE_END.search(m.group("surname")))
        after = m.end("pair")
        if is_given_name(m.group("given")) and (owned or not re.match(r"\s+[A-Z][a-z]", text[after : after + 3])):
            out.add(_POSSESSIVE_END.sub("", m.group("surname")))
    return out


def people_lists(text: str, cands: list[Candidate]) -> list[Candidate]:
    """In "A, B and C" lists that start with a person, every name is a person (but one dated by a
    bracketed year right after it, "Title (1994)", or a pair of words no name is made of, "Silent Harbour",
    is a film); in "A and B"
    after a cue for another kind of work ("created A and B"), B is that kind too."""
    out = list(cands)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if prev.kind == "person" and cur.kind == "film" and _LIST_GAP.fullmatch(text[prev.end : cur.start]) \
                and not cur.text.split()[0].lower() in ("the", "a", "an") \
                and not YEAR_AFTER.match(text, cur.end) \
                and not _word_pair(cur.text):  # "to Name, and Title (1994), about ...": a dated film
            out[i] = replace(cur, kind="person")
        elif prev.kind == "other" and cur.kind == "film" and _AND_GAP.fullmatch(text[prev.end : cur.start]):
            out[i] = replace(cur, kind="other")  # "created the series A and B": B is a series too
    for i in range(len(out) - 2, -1, -1):  # "A and B play...", "A, B and C": B is a person, so is A
        cur, nxt = out[i], out[i + 1]
        gap = text[cur.end : nxt.start]
        listed = _AND_GAP.fullmatch(gap) or _LIST_GAP.fullmatch(gap) and _LIST_GAP.match(text, nxt.end) \
            and not text.startswith(("’", "'"), nxt.end)  # "A, B, C": not "Title, Name’s film"
        # "Title and Name’s Title": B owns the film after it, a maker's credit closing a list of titles
        owner = i + 2 < len(out) and out[i + 2].kind == "film" and _OWNS.fullmatch(text[nxt.end : out[i + 2].start])
        if nxt.kind == "person" and cur.kind == "film" and listed and not owner \
                and (_looks_like_person_pair(cur.text) or _one_name_inside(text, cur)) and not _owned_work(text, cur.start):
            out[i] = replace(cur, kind="person")
    return out


# "Name’s whodunit <X>", "Name’s new comedy <X>", "the climbing documentary <X>": a kind of film (cues.toml
# film_called_heads) owned by someone or named with an article
_OWNED_KIND = re.compile(r"(?:’s|'s|\bthe|\ba|\ban)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+$")


def _owned_work(text: str, start: int) -> bool:
    """Whether the span at start follows "Name’s <kind of film>" or "the <kind of film>", so it is that film,
    not a person ("the documentary <X>, Name Surname and Name Surname": its makers in apposition)."""
    m = _OWNED_KIND.search(text, max(0, start - 60), start)
    return bool(m) and m.group(1) in cues()["film_called_heads"]


def surname_mentions(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One-word "films" that are people: the surname of a person the article names, used as a
    possessive ("Surname’s Title"), and a given name paired with a full name that shares
    its surname ("Given and Given Surname’s")."""
    surnames_here = {c.text.split()[-1] for c in cands if c.kind == "person" and len(c.text.split()) >= 2}
    out = list(cands)
    for i, c in enumerate(out):
        if c.kind != "film" or " " in c.text:
            continue
        if c.text in surnames_here and re.match(r"(?:’s|'s|’|')\s+[A-Z]", text[c.end : c.end + 6]):
            out[i] = replace(c, kind="person")
        elif is_given_name(c.text) and (m := _GIVEN_AND.match(text, c.end)) and is_given_name(m.group(1)):
            out[i] = replace(c, kind="person")
    return out


_GIVEN_AND = re.compile(r"\s+(?:and|&)\s+([A-Z][\w-]+)\s+[A-Z][\w’'-]+")


COMMON_FIRST = 3.5  # zipf: a first word this common that is no given name opens no person's name ("Silent Harbour")
WORD_LAST = 3.2  # zipf: ... when the last word is a word this common too ("Will Surname", "Sunny Surname" are people)


def _word_pair(span: str) -> bool:
    """"Silent Harbour": two capitalised words, the first a common English word and no given name, the
    last a fairly common word and no census surname, so no person's name ("Rebel Wilson" is one:
    "Wilson" is a surname; "Will Arnoldson" too: a rare last word is a surname)."""
    words = span.split()
    return len(words) == 2 and not is_given_name(words[0]) and zipf(words[0]) >= COMMON_FIRST \
        and words[-1].lower() not in surnames() and zipf(words[-1]) >= WORD_LAST


ONE_NAME = 2.0  # zipf: a lone word inside a list of people this rare is a one-name performer


def _one_name_inside(text: str, c: Candidate) -> bool:
    """"Surname, Onename, Given Surname and ...": one rare word with a list's comma on both sides is
    a performer known by one name, not a title."""
    return " " not in c.text and zipf(c.text) < ONE_NAME and text[max(0, c.start - 2) : c.start] == ", " \
        and text.startswith(",", c.end)


def _looks_like_person_pair(span: str) -> bool:
    """A 2-3 word capitalised span without small words: could be the first name in "A and B"."""
    words = span.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.lower() not in SMALL for w in words)


_AND_GAP = re.compile(r"\s+(?:and|&)\s+")
_OWNS = re.compile(r"(?:’s|'s)\s+")


_LIST_GAP = re.compile(r"(?:’s|'s)?\s*(?:,|,?\s+and|,?\s+&)\s*")


# The sentence after a name opens "Directed by <someone>, ... it ...": the name was a film's (a person is not directed,
# nor "it"): "For a lighter touch, Wendy Marsh is hard to beat. Directed by Ivo Lang, it stars ..." (same paragraph).
_DIRECTED_NEXT = re.compile(r"[ \t]*(?:Written and )?[Dd]irected by [^.;!?]{1,120}?,\s+it\s+[a-z]")


_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
SENTENCE_REACH = 2000  # characters after a name searched for its sentence's end (the longest sentences are shorter)


def _directed_next(text: str, cand: Candidate, cands: list[Candidate]) -> bool:
    """Whether the sentence after `cand` opens "Directed by ..., it ..." and `cand` is the only name or title
    candidate of its own sentence (with two, "it" may be either's film: "Name runs a shop in Title; ...")."""
    end = _SENTENCE_END.search(text, cand.end, cand.end + SENTENCE_REACH)  # bounded: no scan to the text's end per name
    if end is None or end.group(0) == "\n" or not _DIRECTED_NEXT.match(text, end.end()):
        return False
    marks = list(_SENTENCE_END.finditer(text, max(0, cand.start - 400), cand.start))
    start = marks[-1].end() if marks else max(0, cand.start - 400)  # where the name's own sentence starts
    return not any(o is not cand and o.start is not None and start <= o.start < end.start() for o in cands)


def settle_names(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Name-like spans are people, unless some mention of the same words is called a film
    ("the first <Given Surname> movie", "<Given Surname> (1997)", or a next sentence "Directed by
    <Name>, ... it stars ..."): then all its name-like mentions are that film."""
    film_words = cues()["single_film_after"]
    directed = "irected by " in text  # _DIRECTED_NEXT's words: without them no name needs its sentence's end found
    called_film = {
        normalise(c.text) for c in cands
        if c.kind in ("film", "name") and ((m := re.match(r"\s+(\w+)", text[c.end : c.end + 20])) and m.group(1).lower() in film_words
                                           or YEAR_AFTER.match(text, c.end) or directed and _directed_next(text, c, cands))
    }
    return [replace(c, kind="film" if normalise(c.text) in called_film else "person") if c.kind == "name" else c
            for c in cands]


_FILM_AFTER = re.compile(r"\s*\((?:[^()]{0,40},\s*)?(?:1[89]|20)\d\d\)|[’']s?\s+(?:film|movie)\b")


def surnames_alone(text: str, cands: list[Candidate], marker_keys: set[str],
                   persons: list[tuple[int, int]] = ()) -> list[Candidate]:
    """One-word "films" that are the surname of someone the article names in full ("Given Surname
    cast him ... Surname liked him"): people, unless a caption or heading names such a film or the
    text dates it ("Surname (1999)"). The full names are the person candidates and spaCy's PERSON
    spans (persons: character offsets) that stand alone in brackets and open with a census given
    name: an actor credited after a role ("a pianist (Given Surname)"), a name no repair touched, so
    no candidate holds it (a character named in full, "just like Given Surname", is no such credit)."""
    full = [c.text for c in cands if c.kind == "person"]  # spaCy's PERSON spans swallow titles: "Name’s Title"
    full += [text[s:e] for s, e in persons
             if text[s - 1 : s] == "(" and text[e : e + 1] == ")" and is_given_name(text[s:e].split()[0])]
    surnames = {w[-1] for w in (n.split() for n in full) if len(w) >= 2 and w[-1][:1].isupper()}
    out = []
    for c in cands:
        if c.kind == "film" and " " not in c.text and c.text in surnames and normalise(c.text) not in marker_keys \
                and not _FILM_AFTER.match(text, c.end):
            c = replace(c, kind="person")
        out.append(c)
    return out


_DUO = re.compile(r"([A-Z][\w’'-]+) (?:&|and) ([A-Z][\w’'-]+)")


def duo_names(cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """Film candidates -> the same, with "Key & Surname" relabelled "other" when "Surname" (either word)
    is the last name of a person the article names in full ("Ana Peel, one half of Kim & Peel"): a
    double act, or the show or company it named after itself, not a film. Headings' titles stay films."""
    last_names = {c.text.split()[-1].strip("’'") for c in cands if c.kind == "person" and len(c.text.split()) >= 2}
    out = []
    for c in cands:
        m = _DUO.fullmatch(c.text)
        if c.kind == "film" and m and {m.group(1), m.group(2)} & last_names and normalise(c.text) not in marker_keys:
            c = replace(c, kind="other")
        out.append(c)
    return out


# "in which <Name> looks as if she ...": the film's own clause, its subject a person who acts in it;
# a personal pronoun later in the clause refers back to that person (a film is "it").
_IN_WHICH = re.compile(r"\bin\s+which\s+$")
_CLAUSE_GOES_ON = re.compile(r"\s+[a-z]+s\b[^.;:!?]{0,60}?\b(?:she|he|her|his|him|herself|himself)\b")


def clause_subjects(text: str, cands: list[Candidate], marker_keys: set[str]) -> list[Candidate]:
    """Film candidates -> the same, with a "Given Surname" span that is the subject of an
    "in which" clause ("in which Ada Vell looks as if she ...") re-labelled a person: 2-3
    capitalised words without small words, the last a common census surname, a verb in "-s" right
    after and "she"/"he"/"her"/"his" later in the clause. Captions' and headings' titles stay films."""
    out = []
    for c in cands:
        words = c.text.split()
        if c.kind == "film" and c.start is not None and _looks_like_person_pair(c.text) \
                and words[-1].strip("’'").lower() in surnames() and normalise(c.text) not in marker_keys \
                and _IN_WHICH.search(text, max(0, c.start - 12), c.start) and _CLAUSE_GOES_ON.match(text, c.end):
            c = replace(c, kind="person")
        out.append(c)
    return out
