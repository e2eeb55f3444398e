"""Shopping pages: product lines "Name (4K UHD + Blu-ray) — $12.49 (was $24.99) at Store".

A deals page lists products one a line: the product's name, an optional format note in
brackets, a price (often with the old price in brackets) and the store that sells it. The line's
shape says which words are which, so no store or title list is needed:
  * deal_lines: the lines of the clean text of that shape, each with its name's and store's spans
    (is_deal_line: one line of that shape, which the clean stage keeps in the text);
  * shopping_page: a page with MIN_DEALS such lines or more (its headings are section labels);
  * deal_candidates: the candidates of those lines replaced by one for the film the product names
    (the name without its edition words, cues.toml `edition_words`; kind "other" for a set of
    films or episodes, `set_words`) and one of kind "other" for the store, and the store's name
    elsewhere made kind "other" too;
  * deal_sections: each product line's stretch of the page given to the film it sells.

Pure functions over the clean text and candidates; used by the extract stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.titles import Candidate, cues, is_titlecase, normalise

PRICE = r"[$£€]\s?\d[\d,]*(?:\.\d{1,2})?"
# "Name (format) — $9.99 (was $19.99) at Store": the name, a bracket ("[4K UHD]" too), a dash, a price, an old
# price in brackets, the store (capitalised words to the line's end); the store or the old price
# must be there, or the line is prose that happens to end in a price
_DEAL = re.compile(
    rf"(?P<name>[^$£€]*?)\s*(?:\([^()$£€]*\)|\[[^\[\]$£€]*\])?\s*[—–-]?\s*{PRICE}"
    rf"(?:\s*\((?P<was>[^()]*?{PRICE}[^()]*)\))?"
    r"(?:\s+(?:at|from|via)\s+(?P<store>[A-Z][\w.&’'+-]*(?:\s+[A-Z][\w.&’'+-]*){0,2}))?[ \t]*")
_CURRENCY = re.compile(r"[$£€]")
NAME_WORDS = 16  # a product's name is short; a longer run is a sentence that mentions a price
LINE_CHARS = 300  # a product line is short: a longer line is prose (and is never searched)
MIN_DEALS = 2  # product lines on a page at least: a shopping page
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$", re.IGNORECASE)


@dataclass(frozen=True)
class DealLine:
    """One product line: its clean offsets, its name's span and its store's (None: no store)."""

    start: int
    end: int
    name: tuple[int, int]
    store: tuple[int, int] | None


@lru_cache(maxsize=8)
def deal_lines(text: str) -> tuple[DealLine, ...]:
    """Clean text -> its product lines, in order: a whole line of the shape of _DEAL whose name
    reads as a product's (_product_name), with a store or an old price.
    Only lines of at most LINE_CHARS characters with a currency sign are read (cached: the extract stage asks several times)."""
    out = []
    at = 0
    for line in text.split("\n"):
        if m := _deal_match(line):
            store = (at + m.start("store"), at + m.end("store")) if m.group("store") else None
            out.append(DealLine(at, at + len(line), (at + m.start("name"), at + m.end("name")), store))
        at += len(line) + 1
    return tuple(out)


def _deal_match(line: str) -> re.Match | None:
    """One line -> its product-line match (the shape of _DEAL, a store or an old price, a product's
    name), else None. Uncached: deal_lines caches whole texts, is_deal_line asks line by line."""
    m = len(line) <= LINE_CHARS and _CURRENCY.search(line) and _DEAL.fullmatch(line)
    return m if m and (m.group("store") or m.group("was")) and _product_name(m.group("name")) else None


def _product_name(name: str) -> bool:
    """Whether the words before a price name a product: a letter, at most NAME_WORDS words, no
    sentence end, every word capitalised, a number or a small word ("Rent it for" is prose)."""
    words = name.split()
    return bool(re.search(r"[^\W\d_]", name)) and len(words) <= NAME_WORDS and not re.search(r"[.!?]\s", name) \
        and all(is_titlecase(w) or not any(ch.isalnum() for ch in w) for w in words)


def is_deal_line(line: str) -> bool:
    """Whether one line of text is a product line (see deal_lines): prose, never a caption."""
    return _deal_match(line.strip()) is not None


def shopping_page(text: str) -> bool:
    """Whether the clean text holds MIN_DEALS product lines or more (a deals page)."""
    return len(deal_lines(text)) >= MIN_DEALS


def product_title(name: str) -> str:
    """A product's name -> the title it sells: trailing brackets dropped ("Title (1987)"), and
    trailing edition words ("Title Limited Edition Steelbook", "Title 50th Anniversary Edition" ->
    "Title") when the last of them is one of `edition_heads` ("Edition", "Steelbook")."""
    words = re.sub(r"(?:\s*(?:\([^()]*\)|\[[^\[\]]*\]))+$", "", name).split()  # "Title (1987) (4K UHD)": the brackets are no title
    edition, heads = cues()["edition_words"], cues()["edition_heads"]
    cut = len(words)
    while cut > 1 and (words[cut - 1].lower().strip(",") in edition or _ORDINAL.match(words[cut - 1])):
        cut -= 1
    if cut < len(words) and words[-1].lower() in heads:
        words = words[:cut]
    return " ".join(words).rstrip(" :,–—-")


def is_set(name: str) -> bool:
    """Whether a product's name sells a set of films or episodes ("The Complete Series",
    "Ultimate Trilogy", "Box Set"): one of cues.toml `set_words` as a whole word or phrase."""
    padded = f" {normalise(name)} "
    return any(f" {w} " in padded for w in cues()["set_words"])


def deal_candidates(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Candidates -> the same with every candidate inside a product line replaced: one for the
    title its name sells (kind "film", or "other" for a set) and one of kind "other" for its store;
    a candidate elsewhere spelled as one of the stores -> kind "other" (a store is no film)."""
    lines = deal_lines(text)
    if len(lines) < MIN_DEALS:
        return cands
    stores = {normalise(text[s:e]) for d in lines if d.store for s, e in [d.store]}
    out = [c for c in cands if c.start is None or not any(d.start <= c.start < d.end for d in lines)]
    out = [replace(c, kind="other") if c.kind == "film" and normalise(c.text) in stores else c for c in out]
    for d in lines:
        s, e = d.name
        name = text[s:e]
        title = product_title(name)
        if is_set(name):
            out.append(Candidate(s, e, name, "text", kind="other"))
        elif title:
            out.append(Candidate(s, s + len(title), title, "text"))
        if d.store:
            out.append(Candidate(d.store[0], d.store[1], text[d.store[0]:d.store[1]], "text", kind="other"))
    return sorted(out, key=lambda c: (c.start is None, c.start or 0))


def deal_sections(text: str, paras, captions, owners: dict, by_key: dict) -> dict:
    """On a shopping page, the paragraph owners (paragraph start -> Film, see extract's
    _section_owners) with each product line's stretch given to the film it sells: the line itself
    and the paragraphs under it up to the next heading or caption line (captions: the clean stage's)
    or the next product line. A line in a run of product lines owns only itself (the prose after
    a run speaks of all of them), and a set's line (is_set) or a title no film has (by_key:
    normalised title -> Film) owns nothing: its stretch has no owner. Other paragraphs keep theirs."""
    lines = deal_lines(text)
    if len(lines) < MIN_DEALS:
        return owners
    out = dict(owners)
    line_at = {d.start for d in lines}
    stops = sorted(cap.before for cap in captions if cap.rule in ("heading", "caption"))
    for i, d in enumerate(lines):
        hi = lines[i + 1].start if i + 1 < len(lines) else len(text)
        stop = min([s for s in stops if s > d.start] + [hi])
        name = text[d.name[0] : d.name[1]]
        film = None if is_set(name) else by_key.get(normalise(product_title(name)))
        mine = [p for p in paras if d.start <= p.start < hi]
        n = next((k for k, p in enumerate(paras) if p.start == d.start), None)
        in_run = n is not None and any(0 <= k < len(paras) and paras[k].start in line_at for k in (n - 1, n + 1))
        for p in mine:
            if film is not None and (p.start == d.start or (not in_run and p.start < stop)):
                out[p.start] = film
            else:
                out.pop(p.start, None)
    return out
