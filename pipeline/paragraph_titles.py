"""Titles that open paragraphs: list entries written as numbered paragraphs ("10. Title (2011).
...") or as paragraphs that open with the film's title ("Title, Name’s 1980 film ...").

Pure functions over the clean text and its paragraph starts; used by the extract stage next to
the candidates of pipeline.titles.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from pipeline.caption_titles import caption_candidate, is_name
from pipeline.captions import YEAR_PAREN
from pipeline.lexicon import zipf
from pipeline.line_labels import showing_rest, shows_film
from pipeline.record import Caption
from pipeline.titles import SMALL, Candidate, credit_clause, cues, plausible, run_forward

LEAD_COMMON = 4.8  # zipf: a one-word paragraph opener this common is a sentence's first word
LEAD_ENTRIES = 3  # paragraphs that open with a film before the other paragraph leads count as titles
_LEAD_END = re.compile(r"(?:,|\s?[—–]|:)\s?(?=\S)")


def lead_candidates(text: str, para_starts: list[int], found: list[Candidate]) -> list[Candidate]:
    """Title-case runs that open a paragraph and end at a comma, dash or colon, in articles
    whose entries are paragraphs that open with the film's title ("Title, Name’s 1980 ...",
    "Title—Name, 1999."). Only when at least LEAD_ENTRIES paragraphs already open with a film
    candidate: elsewhere a paragraph's first words are just its first words. para_starts: the
    paragraphs that may open an entry (extract leaves out those above the byline, the page's dek)."""
    opened = {c.start for c in found if c.kind == "film"}
    if sum(1 for s in para_starts if s in opened) < LEAD_ENTRIES:
        return []
    out = []
    for s in para_starts:
        if s in opened:
            continue
        span = run_forward(text, s, [])
        if span and (dash := re.search(r"\w[—–]", text[s : span[1]])):
            span = (s, s + dash.start() + 1)  # "Title—Name": a dash glued to both words
        if not span or span[0] != s or not _LEAD_END.match(text, span[1]) or not plausible(text[s : span[1]]):
            continue
        words = text[s : span[1]].split()
        if words[0].lower() in cues()["not_titles"] - {"the", "a", "an"}:
            continue  # "With <Title>, ...": the paragraph opens with a sentence, not with a title
        if len(words) > 6 or (len(words) == 1 and (zipf(words[0]) >= LEAD_COMMON
                                                    or words[0].strip(",:").lower() in cues()["list_nouns"])):
            continue  # "However, ...": a discourse word, not a title
        if credit_clause(text[s : span[1]]):
            continue  # "Shot by Given Name in ...": a credit clause, not a title
        out.append(Candidate(s, span[1], text[s : span[1]], "text"))
    return out


_NUMBERED_LEAD = re.compile(r"(\d{1,3})[.)]\s+")


def numbered_leads(text: str, para_starts: list[int]) -> list[Candidate]:
    """"10. Title (2011). Prose..." paragraphs: a list whose entries are numbered paragraphs
    rather than headings -> heading-like candidates with rank, year and marker_at.

    Only when at least LEAD_ENTRIES such paragraphs count up or down in steps of one.
    """
    found = []
    for s in para_starts:
        m = _NUMBERED_LEAD.match(text, s)
        if not m:
            continue
        span = run_forward(text, m.end(), [])
        if span and (dash := re.search(r"\w[—–]", text[span[0] : span[1]])):
            span = (span[0], span[0] + dash.start() + 1)
        if span:
            span = (span[0], _to_bracket(text, span[1]))
        if not span or span[0] != m.end():
            continue
        year = YEAR_PAREN.match(text, span[1] + (text[span[1] : span[1] + 1] == " "))
        found.append(Candidate(span[0], span[1], text[span[0] : span[1]], "heading", rank=int(m.group(1)),
                               year=int(year.group(1)) if year else None, marker_at=s))
    found = _plain_word_entries(text, found)
    ranks = [c.rank for c in found]
    steps = {b - a for a, b in zip(ranks, ranks[1:])}
    if len(found) < LEAD_ENTRIES or not (steps <= {1} or steps <= {-1}):
        return []
    return _bracketed_directors(text, found)


def _closer(text: str, end: int) -> str:
    """The first character after a numbered entry's title run, past one space ("" at the end)."""
    return text[end + (text[end : end + 1] == " ") : end + 2][:1]


_ENTRY_CLOSERS = "(:—–"  # a bracket, colon or dash right after the title: the entry's layout, not its prose


def _plain_word_entries(text: str, found: list[Candidate]) -> list[Candidate]:
    """Numbered entry candidates -> the plausible titles, plus the implausible ones ("7. They (2.0% of
    votes)": a pronoun) that the list's own layout vouches for: the entry sits where the count expects it
    (one step from both neighbours) and its title run is closed by the same bracket, colon or dash as at
    least LEAD_ENTRIES plausible entries (elsewhere a pronoun opening a numbered paragraph is prose)."""
    good = [plausible(c.text) for c in found]
    shape = Counter(_closer(text, c.end) for c, ok in zip(found, good) if ok).most_common(1)
    if not shape or shape[0][0] not in _ENTRY_CLOSERS or shape[0][1] < LEAD_ENTRIES:
        return [c for c, ok in zip(found, good) if ok]
    out = []
    for i, (c, ok) in enumerate(zip(found, good)):
        counted = 0 < i < len(found) - 1 and found[i - 1].rank - c.rank == c.rank - found[i + 1].rank \
            and abs(c.rank - found[i - 1].rank) == 1
        if ok or (counted and _closer(text, c.end) == shape[0][0] and len(c.text.split()) == 1):
            out.append(c)
    return out


# "(Name Surname)", "(Name de Surname)" right after an entry's title: two to four name-shaped words
_BRACKET_NAME = re.compile(r" ?\(((?:[A-Z][^\W\d_]*(?:[-’'][^\W\d_]+)*\.?)(?: (?:(?:de|del|da|di|van|von|le|la|bin)"
                           r" )?[A-Z][^\W\d_]*(?:[-’'][^\W\d_]+)*){1,3})\)")


def _bracketed_directors(text: str, found: list[Candidate]) -> list[Candidate]:
    """Numbered entries "3. Title (Name Surname) Prose..." -> the same, each with the bracketed name as
    its director, when the list names its entries' makers that way: at least LEAD_ENTRIES entries have
    such a bracket and at least half of those are person names by caption_titles.is_name (a list that
    gives each film's original title in brackets, "(La Maison Bleue)", has no such majority)."""
    names = {c.start: m.group(1) for c in found if (m := _BRACKET_NAME.match(text, c.end))}
    people = sum(1 for n in names.values() if is_name(n))
    if len(names) < LEAD_ENTRIES or 2 * people < len(names):
        return found
    return [replace(c, director=names[c.start]) if c.start in names and c.director is None else c for c in found]



_BRACKET_AFTER = re.compile(r"((?:[ \t]+[^\s().,;:!?]+){1,6}?)[ \t]*\(")
SHORT_INNER = 3  # letters: a lowercase word this short may stand inside a numbered entry's title ("as", "but")


def _to_bracket(text: str, end: int) -> int:
    """A numbered entry's title run ending at `end` -> where it really ends: "3. Title as Light
    (Name Surname) Prose..." runs on over short lowercase words to the bracket after its last
    capitalised word (a director or year in brackets closes an entry's title). Otherwise `end`."""
    m = _BRACKET_AFTER.match(text, end)
    if not m:
        return end
    words = m.group(1).split()
    inner = all(w[0].isupper() or w[0].isdigit() or (w.islower() and len(w) <= SHORT_INNER) for w in words)
    return end + len(m.group(1)) if inner and words[-1][0].isupper() else end


# "Title (1999) Prose...": a paragraph that opens with a title and its year in brackets, glued to the
# entry's first sentence (the title was a bold run inside the paragraph)
_YEAR_LEAD = re.compile(r"([^\s()][^\n()]{0,100}?) \(((?:18|19|20)\d\d)\)[ \t]+(?=\S)")
# a title word: capitalised or a number (a quote mark may open it), or an elided small word ("Rock ’n Roll Night")
_LEAD_WORD = re.compile(r"[“\"‘’']?[A-Z0-9À-Þ][^\s]*|[’'][a-z]{1,2}")


def year_leads(text: str, para_starts: list[int]) -> list[Candidate]:
    """Paragraphs that open "Title (1999) Prose..." -> heading-like candidates with year and
    marker_at (the paragraph start), the title being everything before the bracket, possessives
    and apostrophes included ("Name’s Title", "Word ’n Word").

    Only when at least LEAD_ENTRIES paragraphs open this way and each title is title case
    (capitalised words, small words between them); a paragraph that opens with a sentence
    ("In 1999 Name made Title (1999) ...") has lower-case words and is left alone.
    """
    found = []
    for s in para_starts:
        m = _YEAR_LEAD.match(text, s)
        if not m or not plausible(m.group(1)) or re.search(r"[.!?;]\s", m.group(1)):
            continue
        if any(m.group(1).lower().startswith(o) for o in cues()["aside_openers"]):
            continue  # "Bonus Pick: Title (1966)": an aside beside the list
        words = m.group(1).split()
        if not all(_LEAD_WORD.fullmatch(w) or w in SMALL for w in words) or words[-1] in SMALL:
            continue
        found.append(Candidate(s, m.end(1), m.group(1), "heading", year=int(m.group(2)), marker_at=s))
    return found if len(found) >= LEAD_ENTRIES else []


# "“Episode” (Series, 1962, TV episode) and Title (Name, 1966)": a title and its bracket, after a
# comma, "and" or a plus sign
_SHOWN = re.compile(r"(?:\s*(?:,|;|\+|&|\band\b))?\s*([^\s()][^()]{0,99}?)\s*(\([^()]{1,120}\))")
# a bracket that dates a television work or a written one, not a film
_NOT_FILM_BRACKET = re.compile(r"\b(?:television|TV|episode|series|miniseries|short story|novel|novella)\b", re.IGNORECASE)


def showing_leads(text: str, para_starts: list[int]) -> list[Candidate]:
    """Paragraphs whose first line opens with a showing label (line_labels.shows_film: "Screening:
    <Title> (Name, 1966)", not "Recommended:") -> a heading-like candidate for each dated title of
    that line (shown_titles), with marker_at the paragraph start: the films a page shows, each an
    entry of its list."""
    out = []
    for s in para_starts:
        eol = text.find("\n", s)
        line = text[s : eol if eol >= 0 else len(text)]
        if shows_film(line):
            out += [replace(c, source="heading") for c in shown_titles(text, s + len(line) - len(showing_rest(line)), s + len(line), s)]
    return out


def showing_captions(captions, per_caption: list[Candidate | None]) -> tuple[list[Candidate | None], list[Candidate]]:
    """A caption or heading line with a showing label and two dated titles or more ("Screenings: <Title>
    (Name, 1966); <Title> (Name, 1972)") names each of them: None for the line, and a candidate for each title
    (shown_titles, marker_at the line's place). Returns (per_caption, those candidates, in order)."""
    out, found = list(per_caption), []
    for i, cap in enumerate(captions):
        if cap.rule in ("caption", "heading") and shows_film(cap.text):
            rest = showing_rest(cap.text)
            titles = shown_titles(rest, 0, len(rest), cap.before)
            if len(titles) >= 2:
                out[i] = None
                found += [replace(c, start=None, end=None, source=cap.rule) for c in titles]
    return out, found


def shown_titles(text: str, at: int, end: int, marker_at: int) -> list[Candidate]:
    """text[at:end], the words after a showing label, read as "Title (..., Year)" pieces joined by commas,
    semicolons or "and", up to the first words that are none -> a candidate for each piece's title, with its
    year and director and the given marker_at; a piece whose bracket calls it a television episode or a
    written work ("(Series, 1962, TV episode)") names no film."""
    out = []
    while (m := _SHOWN.match(text, at, end)) and YEAR_PAREN.fullmatch(m.group(2)):
        at = m.end()
        if _NOT_FILM_BRACKET.search(m.group(2)):
            continue
        c = caption_candidate(Caption(m.start(1), m.end(2), f"{m.group(1)} {m.group(2)}", "caption", marker_at))
        if c is not None and (i := m.group(1).find(c.text)) >= 0 and c.text == m.group(1).strip("“”\"‘’' "):
            out.append(replace(c, start=m.start(1) + i, end=m.start(1) + i + len(c.text)))
    return out


def in_place(markers: list[Candidate], leads: list[Candidate]) -> list[Candidate]:
    """Markers (in list order) with each lead put before the first marker that stands after it
    (by marker_at), so the list keeps the page's order; the markers' own order is left alone."""
    out = list(markers)
    for lead in leads:
        i = next((k for k, c in enumerate(out) if c.marker_at is not None and c.marker_at > lead.marker_at), len(out))
        out.insert(i, lead)
    return out
