"""Entry headings that name a book, not a film: "3. <Novel> by Author" (scraped glued, "Novelby
Author"). The entry's film is the one its section names: a picture caption of the section, else
the novel's own title when the prose names a film so, else the first film the section dates.

Input: the clean text, the caption/heading lines, their candidates (pipeline.caption_titles), the
markers and marker keys, and the text candidates. Output: the same with each such heading's
candidate naming its section's film, and a novel that gave its film another title re-labelled
"other" in the text ("turned Novel into ..."). The author is never part of a title, nor a director.
No title or name list is used: the shape of the heading and the section's own words decide.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.caption_titles import still_from
from pipeline.captions import RANK_START, title_like
from pipeline.lexicon import is_given_name, zipf
from pipeline.mentions import YEAR_AFTER
from pipeline.titles import Candidate, normalise

MIN_RUN = 2  # headings of this shape in one article make a list of books
KNOWN_WORD = 2.5  # zipf: a glued "Titleby" this common is a word of its own ("Rugby")
PICTURES = ("caption", "poster_caption")
STILL_WORDS = 12  # a caption line "A still from Title" is short

_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}"  # "Ana Ruiz", "W. P. Vane", "Ana de Vela" is left out
# "<Title> by Name Surname", "<Title>by Name and Name" (the scrape glues "by" to the title's last word)
_BY_AUTHOR = re.compile(rf"^(?P<title>\S.*?)(?P<gap>\s+|(?<=[a-z’'.!?]))by\s+(?P<author>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)"
                        r"(?:\s*\((?:18|19|20)\d\d\))?$")
_CREDIT_VERB = re.compile(r"(?:ed|en|shot|dir\.)$")  # "directed by", "written by", "shot by": a credit, not a book


def book_title(line: str) -> tuple[int, str] | None:
    """A heading line "3. <Title> by Author" -> (3, "<Title>"), else None. A glued "Titleby" counts
    only when the glued word is no word and no name itself ("Rugby", "Shelby" stay whole)."""
    m = _book_line(line)
    return (int(m[0].group(1) or m[0].group(2)), m[1].group("title").strip()) if m else None


def book_authors(captions) -> set[str]:
    """The authors' full names of a run of MIN_RUN or more book headings ("Ana Ruiz", "Tom Vane" of
    "... by Ana Ruiz and Tom Vane"), else an empty set."""
    found = [m[1].group("author") for cap in captions if cap.rule == "heading" and (m := _book_line(cap.text))]
    return {name for names in found for name in re.split(r"\s+(?:and|&)\s+", names)} if len(found) >= MIN_RUN else set()


def _book_line(line: str) -> tuple[re.Match, re.Match] | None:
    """(entry number match, title-and-author match) of a book heading line, else None."""
    rank = RANK_START.match(line)
    if rank is None or (m := _BY_AUTHOR.match(line[rank.end() :])) is None:
        return None
    last = m.group("title").split()[-1]
    if _CREDIT_VERB.search(last) and last.islower():
        return None
    if not m.group("gap") and (zipf((last + "by").lower()) >= KNOWN_WORD or is_given_name((last + "by").capitalize())):
        return None
    return rank, m


def book_headings(text: str, captions, per_caption: list, markers: list[Candidate], marker_keys: set[str],
                  cands: list[Candidate]) -> tuple[list, list[Candidate], set[str], list[Candidate]]:
    """Give each "N. <Novel> by Author" heading (MIN_RUN or more in the article) the film of its
    section, which runs from the heading to the next heading. Returns (per_caption, markers,
    marker_keys, cands), changed only in an article with such a run."""
    books = [(i, found) for i, cap in enumerate(captions) if cap.rule == "heading" and (found := book_title(cap.text))]
    if len(books) < MIN_RUN:
        return per_caption, markers, marker_keys, cands
    heading_at = sorted(cap.before for cap in captions if cap.rule == "heading")
    per_caption, novels, chosen = list(per_caption), set(), set()
    old = {}
    for i, (rank, novel) in books:
        start = captions[i].before
        end = next((at for at in heading_at if at > start), len(text))
        film = _section_film(text, captions, per_caption, i, start, end, novel, cands)
        old[i] = per_caption[i]
        per_caption[i] = Candidate(None, None, film, "heading", rank=rank, marker_at=start)
        chosen.add(normalise(film))
        if normalise(film) != normalise(novel):
            novels.add(normalise(novel))
    novels -= chosen
    gone = {id(c) for c in old.values() if c is not None}
    markers = [c for c in markers if id(c) not in gone] + [per_caption[i] for i in old]
    marker_keys = (marker_keys - novels - {normalise(c.text) for c in old.values() if c is not None}) | chosen
    cands = [replace(c, kind="other") if c.kind == "film" and normalise(c.text) in novels else c for c in cands]
    return per_caption, markers, marker_keys, cands


def _section_film(text: str, captions, per_caption: list, at: int, start: int, end: int, novel: str,
                  cands: list[Candidate]) -> str:
    """The film of the section [start, end) under the book heading captions[at]: a picture caption
    after the heading in it (or right above the heading, when the section's prose names its film, or
    a caption line "A still from Title" the clean stage left in the text),
    else the novel's title if the prose names a film so, else the first film the prose dates
    ("Title (1995)"), else the first film it names, else the novel's title."""
    inside = [c for c in cands if c.kind == "film" and c.start is not None and start <= c.start < end]
    named = {normalise(c.text) for c in inside}
    for j, (cap, c) in enumerate(zip(captions, per_caption)):
        if c is None or cap.rule not in PICTURES:
            continue
        if j > at and start <= cap.before < end or j < at and cap.before == start and normalise(c.text) in named:
            return c.text
    for line in text[start:end].split("\n"):  # "A still from Title" left in the text as a line of its own
        if (m := still_from().match(line)) and len(line.split()) <= STILL_WORDS and title_like(line[m.end() :].split()):
            return line[m.end() :].strip()
    if normalise(novel) in named:
        return next(c.text for c in inside if normalise(c.text) == normalise(novel))
    dated = [c for c in inside if YEAR_AFTER.match(text, c.end)]
    return (dated or inside)[0].text if dated or inside else novel
