"""Titles written in lower case on casual pages (discussion threads, comments), taken only where the
page's layout or a title it already knows vouches for them.

Input: the clean text, the paragraph starts, the keys of the films found so far. Output: new film
candidates, spelled as the text spells them ("salt road", "glass orchard"); their keys group them with
any capitalised spelling of the same title.

* A reply that opens "<lower-case words> (1999)" and then a full stop, a comma or "and"
  ("hollow bay (1976), directed by ...") names a title, on a page where at least LEAD_REPLIES
  paragraphs open that way (in any case): the commenters' way of naming their pick.
* A list of at least LIST_ITEMS short lower-case items ("a, b, c and d") one of which is a title the
  page knows, written here in lower case too: the writer writes titles so, and every item is a title.
* A reader's correction "*Right Title" of a title misspelt before it ("rigth title (1999)"): the misspelling
  is the corrected film's alias.
"""

from __future__ import annotations

import re

from dataclasses import replace

from pipeline.titles import SMALL, Candidate, cues, normalise

LEAD_REPLIES = 2  # paragraphs opening "<words> (1999)." that make a page's lower-case openers titles
LIST_ITEMS = 3  # items of a lower-case list with a known title among them
_ITEM_WORDS = 4  # words of one list item at most
_LEAD = re.compile(r"([^\s()][^\n().!?,;:]{0,60}?) \(((?:18|19|20)\d\d)\)(?=[.,;:!?]|\s+and\s|\s*$)", re.MULTILINE)
_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*")
_LIST = re.compile(r"[a-z][a-z’' -]{0,40}(?:, [a-z][a-z’' -]{0,40}){1,8},? (?:and|or) [a-z][a-z’' -]{0,40}")


def lowercase_leads(text: str, para_starts: list[int]) -> list[Candidate]:
    """Paragraphs opening "<lower-case words> (1999)" + a full stop, comma or "and" -> film candidates
    with their year, when at least LEAD_REPLIES paragraphs of the page open "<words> (1999)" so; a sentence's
    opening ("his debut (2005).", cues.toml `lower_lead_openers_not`) or a kind of film ("the remake (2019).")
    is no title."""
    leads = [m for s in para_starts if (m := _LEAD.match(text, s))]
    if len(leads) < LEAD_REPLIES:
        return []
    out = []
    for m in leads:
        words = m.group(1).split()
        if len(words) > 6 or not all(_LOWER_WORD.fullmatch(w) for w in words) or words[0] in cues()["lower_lead_openers_not"] \
                or words[-1] in SMALL or words[-1] in cues()["film_called_heads"] or all(w in SMALL for w in words):
            continue
        out.append(Candidate(m.start(1), m.end(1), m.group(1), "text", year=int(m.group(2))))
    return out


def lowercase_lists(text: str, known: set[str], cands: list[Candidate]) -> list[Candidate]:
    """Lists "a, b, c and <known>" (or "<known>, b and c") of short lower-case items, one of them a known
    film's key written in lower case -> a film candidate for every other item not yet a candidate. The
    items at the list's open end stop at a small word or a possessive ("a run of a, b and <known> is")."""
    taken = [(c.start, c.end) for c in cands]
    out = []
    for m in _LIST.finditer(text):
        items = _items(text, m.start(), m.end())
        if len(items) < LIST_ITEMS:
            continue
        keys = [normalise(text[s:e]) for s, e in items]
        if not any(k in known for k in keys):
            continue
        for (s, e), key in zip(items, keys):
            if key not in known and not any(a < e and s < b for a, b in taken):
                out.append(Candidate(s, e, text[s:e], "text"))
    return out


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A matched lower-case list -> (start, end) of its items; the first item keeps only its last words
    after a small word or a possessive, the last only its words up to one (or up to a known title's end,
    read by the caller); an item of more than _ITEM_WORDS words or one holding a small word spoils the list."""
    pieces, at = [], start
    for part in re.split(r"(, (?:and |or )?| and | or )", text[start:end]):
        if part.startswith((",", " and ", " or ")) and part.strip(" ,") in ("", "and", "or"):
            at += len(part)
            continue
        pieces.append((at, at + len(part)))
        at += len(part)
    if len(pieces) < 2:
        return []
    first_s, first_e = pieces[0]
    words = list(re.finditer(r"\S+", text[first_s:first_e]))
    keep = []
    for w in reversed(words):
        if w.group(0) in SMALL or w.group(0).endswith(("’s", "'s")) or len(keep) == _ITEM_WORDS:
            break
        keep.insert(0, w)
    if not keep:
        return []
    pieces[0] = (first_s + keep[0].start(), first_e)
    last_s, last_e = pieces[-1]
    words = list(re.finditer(r"\S+", text[last_s:last_e]))
    stop = next((n for n, w in enumerate(words) if w.group(0) in SMALL or not _LOWER_WORD.fullmatch(w.group(0))
                 or w.group(0) in cues()["lower_lead_openers_not"]), len(words))
    if stop == 0:
        return []
    pieces[-1] = (last_s, last_s + words[stop - 1].end())
    out = []
    for s, e in pieces:
        words = text[s:e].split()
        if not words or len(words) > _ITEM_WORDS or any(w in SMALL or not _LOWER_WORD.fullmatch(w) for w in words):
            return []
        out.append((s, e))
    return out


MAX_TYPOS = 2  # letter edits between a misspelt title and its correction


def corrections(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates -> the same, with every film mention of an earlier title that a later "*Title" corrects
    (at most MAX_TYPOS letter edits apart, "pyscho" for "psycho") made an alias of the corrected title."""
    fixes = {}
    for c in cands:
        if c.kind != "film" or text[c.start - 1 : c.start] != "*":
            continue
        right = normalise(c.text)
        for e in cands:
            if e.start >= c.start:
                break
            wrong = normalise(e.text)
            if e.kind == "film" and wrong != right and wrong not in fixes and _typos(wrong, right) <= MAX_TYPOS:
                fixes[wrong] = c.text
    return [replace(c, alias_of=fixes[normalise(c.text)]) if normalise(c.text) in fixes and c.alias_of is None else c
            for c in cands]


def _typos(a: str, b: str) -> int:
    """Letter edits (insert, delete, replace, swap two neighbours) from a to b; MAX_TYPOS + 1 when more."""
    if abs(len(a) - len(b)) > MAX_TYPOS:
        return MAX_TYPOS + 1
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1]))
            if prev2 is not None and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return min(prev[-1], MAX_TYPOS + 1)
