"""A page of matchups: lines that set two films against each other, "Title (1957) vs. Title (1994)"
(an original against its remake) or "(1) Title vs. (8) Title" (a fan-vote bracket, a seed in brackets
before each title).

On a page with MIN_MATCHUPS such lines or more, the matchups are its list: each film a matchup line
names is an entry, in order of first appearance (a bracket's later rounds repeat films and add none);
a seed is neither a rank nor a year. The page's other short lines are its layout (a round's or a
region's heading, "Winner: Title (1994)" naming a film a matchup line named already), and the prose
under a matchup line speaks of both films, so it is the section of neither.

Input: the clean stage's captions and their candidates (pipeline.caption_titles); output: those
candidates corrected and the films of the matchup lines. Pure functions, used by the extract stage
(matchup_halves also by pipeline.captions, to move such lines out of the body).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.titles import Candidate, is_titlecase, normalise

MIN_MATCHUPS = 3  # matchup lines at least: the page is a list of matchups, not a list with one "A vs. B" title

_SEED = r"(?:\(\d{1,2}\)\s*)?"  # "(1) ", "(1)" glued by the scrape
_YEAR = r"\((?:18|19|20)\d\d\)"
# one side: a seed, a title (no sentence punctuation of its own), a year in brackets; "vs." may be
# glued to the title before it ("Titlevs. (8)Title") where the scrape stripped the space
_SIDE = rf"{_SEED}[^\s().!?;][^().!?;]{{0,80}}?(?:\s*{_YEAR})?"
_MATCHUP = re.compile(rf"^(?P<left>{_SIDE})(?:\s*vs\.\s*|\s+(?:vs|v\.|versus)\s+)(?P<right>{_SIDE})\s*$")
_SEED_OR_YEAR = re.compile(rf"^\(\d{{1,2}}\)\s*|\s*{_YEAR}\s*$")


def matchup_halves(line: str) -> tuple[str, str] | None:
    """A line -> its two sides with seeds dropped and years kept ("Title (1957)", "Title (1994)"), or None
    when the line is no matchup: "(1) Title vs. (8) Title", "Title (1953) vs.Title (1984)". Each side
    must hold a title-case word; the caller judges whether the sides read as titles."""
    m = _MATCHUP.match(line.strip())
    if not m:
        return None
    sides = tuple(re.sub(r"^\(\d{1,2}\)\s*", "", m.group(k)).strip() for k in ("left", "right"))
    if not all(_SEED_OR_YEAR.sub("", s)[:1].isupper() or _SEED_OR_YEAR.sub("", s)[:1].isdigit() for s in sides):
        return None
    return sides[0], sides[1]


def is_matchup_page(captions) -> bool:
    """Whether MIN_MATCHUPS caption lines or more are matchup lines (matchup_halves)."""
    return sum(1 for cap in captions if cap.rule in ("caption", "heading") and matchup_halves(cap.text)) >= MIN_MATCHUPS


def matchups(captions, per_caption: list[Candidate | None], read) -> tuple[list[Candidate | None], list[Candidate], set[str]]:
    """On a matchup page (is_matchup_page): None for every matchup line and for the page's other undated
    lines (a round's or a region's heading: "Quarter-finals", "East Region") and for a dated line naming a
    film a matchup line names ("Winner: Title (1994)"); and a candidate for each side of each matchup line,
    read by `read` (caption_titles.caption_candidate, given the caption with the side's text), placed at
    the line. A film's first side is its entry (rank by order of first appearance, its year from the
    line); a later side naming it again (a bracket's next round) has neither rank nor year.
    Returns (per_caption, the sides' candidates in page order, the normalised names of the layout lines:
    "east region", which the prose may name too); elsewhere the input, [] and an empty set."""
    if not is_matchup_page(captions):
        return per_caption, [], set()
    out, sides, named = list(per_caption), [], []
    seen: set[tuple[str, int | None]] = set()
    for i, cap in enumerate(captions):
        halves = matchup_halves(cap.text) if cap.rule in ("caption", "heading") else None
        if halves is None:
            continue
        out[i] = None
        for half in halves:
            c = read(replace(cap, text=half)) or _vouched(half, cap.before)
            if c is None:
                continue
            key = normalise(c.text)
            known = (key, c.year) in seen or (c.year is None and key in named)
            if not known:
                seen.add((key, c.year))
            named.append(key)
            sides.append(replace(c, source="heading", rank=None if known else len(seen), year=None if known else c.year))
    layout = set()
    for i, c in enumerate(out):
        if c is not None and (c.year is None or any(normalise(c.text).endswith(n) for n in named)):
            out[i] = None  # the bracket's layout, or a winner line naming a matchup's film
            if c.year is None and normalise(c.text) not in named:
                layout.add(normalise(c.text))
    return out, sides, layout


def _vouched(side: str, at: int) -> Candidate | None:
    """A side the caption reader refused for its word alone ("Her", "It"): the matchup's shape vouches
    for a title of title-case words."""
    m = re.match(rf"^(.*?)\s*(?:\(((?:18|19|20)\d\d)\))?$", side)
    words = m.group(1).split()
    if not words or len(words) > 10 or not all(is_titlecase(w) for w in words):
        return None
    return Candidate(None, None, m.group(1), "heading", year=int(m.group(2)) if m.group(2) else None, marker_at=at)


def matchup_places(captions) -> list[int]:
    """Clean offsets of the matchup lines of a matchup page (else []): each opens the section of no
    single film, since the prose under it speaks of both."""
    if not is_matchup_page(captions):
        return []
    return [cap.before for cap in captions if cap.rule in ("caption", "heading") and matchup_halves(cap.text)]


# where the scrape glued a matchup line's parts: a seed to its title "(4)|Title", "vs." to the title
# before it "Title|vs." or after it "vs.|Title", a year to its title "Title|(1953)"
_GLUED = re.compile(r"(?:^|(?<=\s))\(\d{1,2}\)(?=[^\s(])|(?<=[a-z])vs\.(?=\s)|(?<=\s)vs\.(?=[^\s])"
                    r"|(?<=[^\s(])\((?:18|19|20)\d\d\)")


def matchup_spaces(line: str) -> list[int]:
    """A matchup line (matchup_halves) as the scrape glued it -> the offsets in it where a space
    goes: after a seed, around "vs.", before a year in brackets. [] for any other line."""
    if matchup_halves(line) is None:
        return []
    out = []
    for m in _GLUED.finditer(line):
        token = m.group(0)
        if token.startswith("(") and len(token) <= 4:
            out.append(m.end())  # "(1)|Title"
        elif token.startswith("("):
            out.append(m.start())  # "Title|(1953)"
        elif line[m.start() - 1 : m.start()].isalpha():
            out.append(m.start())  # "Title|vs."
        else:
            out.append(m.end())  # "vs.|Title"
    return sorted(out)
