"""Award nominee lists: what a nominee line's name is under its category heading, what a winners
list's line names ("Best Picture — Title", "Best Actor — Name (Title)", "Winner: Name, Title"),
and which categories and sentences name television series rather than films ("Best Television
Series – Drama", "<Title> and <Title> were nominated for best series").

Pure functions over the caption/heading lines of the clean stage, their candidates (from
pipeline.caption_titles) and the text candidates, used by the extract stage (a nominee line's
glued dash is spaced by the clean stage, pipeline.dash_spaces). Category words
live in pipeline/data/cues.toml (`award_category_words`, `tv_category_words`, `award_labels`). No title list.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.caption_titles import NAME_COMMA, TITLE_LINES, award_category, caption_candidate, names_only
from pipeline.titles import SMALL, Candidate, cues, is_titlecase, normalise

_DIRECTING = {"director", "directing", "direction"}
_ACTING = {"actor", "actress", "performance"}  # a category whose winner's name is the film's cast
_NETWORK_TAG = re.compile(r"\s*\([^()]{1,30}\)$")  # "Title (HBO)": the network a series list names


def _category_kind(line: str) -> str | None:
    """An award category line -> "tv" (it lists series), "director" (its names are directors),
    "film" (any other category), or None when the line is no category."""
    if not award_category(line):
        return None
    words = {w.lower().strip("–—-:,") for w in line.split()}
    if words & set(cues()["tv_category_words"]):
        return "tv"
    return "director" if words & _DIRECTING else "film"


def nominee_categories(captions, per_caption: list[Candidate | None]) -> tuple[list[Candidate | None], set[str]]:
    """Nominee lines read under the category line they follow (lines moved out of the text at
    one place, so no paragraph stands between them).

    captions: the article's caption/heading lines; per_caption: their candidates (None where a
    line names no film), same order. Returns (per_caption with None for each entry of a
    television category and, under a directing category, the name split off a "Name – Title"
    line moved from cast to director; the normalised titles of the television entries, without
    a network tag "(HBO)")."""
    out, series = list(per_caption), set()
    kind, at = None, None
    for i, (cap, c) in enumerate(zip(captions, per_caption)):
        if (k := _category_kind(cap.text)) is not None:
            kind, at = k, cap.before
            continue
        if kind is None or cap.before != at:
            kind = None  # text stands between: the category's list has ended
            continue
        if c is None:
            continue
        if kind == "tv":
            out[i] = None
            series.add(normalise(_NETWORK_TAG.sub("", c.text)))
        elif kind == "director" and c.cast and c.director is None and c.text != cap.text.strip():
            out[i] = replace(c, director=c.cast, cast=None)
    return out, series


_SEPARATOR = re.compile(r"\s*[–—:]\s*")  # between a category and what won it
_LABEL = re.compile(r"^([A-Za-z][\w -]{1,20}?)\s*:\s*(\S.*)$")  # "Winner: ..."
_CATEGORY_AFTER = re.compile(r",\s+(Best\s.*)$")  # "Title, Best Animated Feature": the category after the title
_SONG_OF = re.compile(r"^[“\"‘][^”\"’]{1,80}[”\"’]\s*\(([^()]{1,60})\)$")  # "“Song” (Title)": a song and its film


def _category_words_only(text: str) -> bool:
    """"Drama", "Musical or Comedy": words of award categories only, the second part of a
    category's own name ("Best Motion Picture – Drama"), not what won it."""
    words = [w.lower().strip(",.") for w in text.split()]
    return all(w in cues()["award_category_words"] or w in SMALL for w in words)


def winner_part(line: str) -> tuple[str, str] | None:
    """A winners list's line -> (category, what won it): "Best Picture — Title" and "Best Picture:
    Title" -> ("Best Picture", "Title"); "Winner: Name, Title" -> ("", "Name, Title"); "Winner: Title,
    Best Animated Feature" -> ("Best Animated Feature", "Title"). None for any other line, for a
    category alone ("Best Motion Picture – Drama") and for a heading on the race ("Best Picture: Who
    Will Win", cues.toml award_race_words)."""
    line = line.strip()
    if line.startswith("Best "):  # award_category reads the part before the separator
        for m in _SEPARATOR.finditer(line):
            rest = line[m.end():].strip()
            part = _SEPARATOR.split(rest, maxsplit=1)[0]  # "Drama" of "Best Motion Picture – Drama – Title"
            if rest and not _category_words_only(part) and award_category(line[: m.start()]):
                race = {w.lower().strip(",.?!") for w in rest.split()} & set(cues()["award_race_words"])
                return None if race else (line[: m.start()].strip(), rest)  # "Best Picture: Who Will Win"
        return None
    m = _LABEL.match(line)
    if not m or " ".join(m.group(1).lower().split()) not in cues()["award_labels"]:
        return None
    won, category = m.group(2).strip(), ""
    if (c := _CATEGORY_AFTER.search(won)) and award_category(c.group(1)):
        won, category = won[: c.start()].strip(), c.group(1).strip()
    return category, won


def winner_lines(captions, per_caption: list[Candidate | None]) -> list[Candidate | None]:
    """Each caption line of a winners list names the film that won, never the category or the label:
    "Best Director — Name (Title)" names Title with the name as its director (as its cast under an
    acting category), "Best Original Song — “Song” (Title)" names Title, "Winner: Name, Title" names
    Title; a line whose winner is only a person ("Best Actor: Name") or that heads the category's
    race ("Best Picture: Who Will Win") names no film.

    captions, per_caption: the caption lines and their candidates, same order. Returns per_caption
    with those lines' candidates replaced."""
    out = list(per_caption)
    for i, cap in enumerate(captions):
        if cap.rule not in TITLE_LINES:
            continue
        if (part := winner_part(cap.text)) is None:
            if award_category(_SEPARATOR.split(cap.text.strip(), maxsplit=1)[0]):
                out[i] = None  # "Best Picture: Who Will Win": a heading on the category
            continue
        category, won = part
        name = None
        if shape := _name_paren(won):
            name, won = shape
        elif m := _SONG_OF.match(won):
            won = m.group(1)
        elif (m := NAME_COMMA.match(won)) and names_only(m.group(1)):
            name, won = m.group(1).strip(), m.group(2)
        c = None if names_only(won) else caption_candidate(replace(cap, text=won))
        if c is not None and name is not None:
            words = {w.lower() for w in category.split()}
            if words & _DIRECTING:
                c = replace(c, director=c.director or name)
            elif words & _ACTING:
                c = replace(c, cast=c.cast or name)
        out[i] = c
    return out


def winner_paragraphs(captions, per_caption: list[Candidate | None], para_starts: set[int]) -> dict[int, Candidate]:
    """A live blog's entry under its own winner line ("Winner: Name, Title", then the paragraph on
    that win) is about the film that won: clean offset of such a paragraph -> the line's candidate.
    Only where the line right above the paragraph is a winner line and the one above that is not (a
    pinned list of winners heads no entry of its own).

    captions, per_caption: the caption lines and their candidates (after winner_lines), same order;
    para_starts: the clean offsets where paragraphs start."""
    placed: dict[int, list[tuple[bool, Candidate | None]]] = {}
    for cap, c in zip(captions, per_caption):
        placed.setdefault(cap.before, []).append((cap.rule in TITLE_LINES and winner_part(cap.text) is not None, c))
    return {at: lines[-1][1] for at, lines in placed.items()
            if at in para_starts and lines[-1][0] and lines[-1][1] is not None and not (len(lines) > 1 and lines[-2][0])}


_NAME_PAREN = re.compile(r"^([^()]{3,60}?)\s*\(([^()]{1,60})\)\s*$")  # "Name (Title)"
_YEAR_ONLY = re.compile(r"^(?:1[89]|20)\d\d$")  # "Title (2017)": the bracket dates a title, it names no film


def _name_paren(line: str) -> tuple[str, str] | None:
    """"Tom Vane (Glass Orchard)" -> (name, title): names before the bracket, title-case words
    that are no names inside it; else None."""
    m = _NAME_PAREN.match(line)
    if not m or not all(is_titlecase(w) for w in m.group(2).split()) or _YEAR_ONLY.match(m.group(2).strip()):
        return None
    names, inside = m.group(1).strip(), m.group(2).strip()
    if names_only(names) and not names_only(inside):
        return names, inside
    return None


def paren_nominees(captions, per_caption: list[Candidate | None]) -> list[Candidate | None]:
    """In a run of two or more "Name (Title)" lines read as one title ("Tom Vane (Glass Orchard)" then
    "Ivo Brandt (Cold Harbour)"), each line's title is the bracket and its name the cast (moved to
    director under a directing category by nominee_categories). A lone such line is left alone:
    "Name (Left)" is a photo caption.

    captions, per_caption: the caption lines and their candidates, same order. Returns per_caption
    with those lines' candidates changed."""
    shapes = [shape if c is not None and (shape := _name_paren(cap.text)) and c.text in (cap.text.strip(), shape[0]) else None
              for cap, c in zip(captions, per_caption)]  # the line read whole, or its bracket taken for a country
    out = list(per_caption)
    for i, shape in enumerate(shapes):
        if shape and ((i > 0 and shapes[i - 1]) or (i + 1 < len(shapes) and shapes[i + 1])):
            out[i] = replace(out[i], text=shape[1], cast=shape[0])
    return out


# "... were all nominated for best series", "won best drama series": a television prize
_SERIES_PRIZE = re.compile(r"\s+(?:(?:were|was|are|is|have|has|had)\s+)?(?:(?:all|both|each|also|been)\s+){0,2}"
                           r"(?:nominated\s+for|shortlisted\s+for|up\s+for|in\s+the\s+running\s+for|named|won|wins|took|takes)\s+"
                           r"(?:the\s+)?(?:best|outstanding)\s+(?:(?!film\b|movie\b|picture\b|in\b|of\b|at\b)[\w-]+\s+){0,2}"
                           r"(?:series|show|miniseries|sitcom)\b", re.IGNORECASE)
_LIST_GLUE = re.compile(r",\s+(?:and\s+)?|,?\s+(?:and|&)\s+")


def _series_prize(text: str, c: Candidate, starts: dict[int, Candidate]) -> bool:
    """Whether the mention, alone or in a list of titles ("A, B and C"), is what a television
    prize is given to ("... were all nominated for best series")."""
    end = c.end
    while (m := _LIST_GLUE.match(text, end)) and m.end() in starts:
        end = starts[m.end()].end
    return bool(_SERIES_PRIZE.match(text, end))


def series_mentions(text: str, cands: list[Candidate], series: set[str], keep: set[str]) -> list[Candidate]:
    """Film candidates -> the same, with kind "other" for every mention of a title a television
    category lists (series: normalised titles, see nominee_categories) or a sentence gives a
    television prize ("<Title> and <Title> were nominated for best series"), unless a film's
    caption or heading line names it too (keep: normalised titles)."""
    starts = {c.start: c for c in cands if c.start is not None}
    prized = {normalise(c.text) for c in cands if c.kind == "film" and c.start is not None and _series_prize(text, c, starts)}
    gone = (series | prized) - keep
    if not gone:
        return cands
    return [replace(c, kind="other") if c.kind == "film" and normalise(c.text) in gone else c for c in cands]
