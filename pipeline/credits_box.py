"""A film's credits box ("Director: Name", "Release date: ...", "Starring: ...") -> facts for one film.

Pages put such boxes in an <aside>, which pipeline/html_text.py drops from the body text (it is
page furniture, not prose). A box whose lines are credit labels is kept beside the text instead
(Article.credits, one list of lines per box) and read here as metadata of one film: the film its
own heading names ("Title (2024)"), else the article's subject. Pure functions; no I/O. Labels
live in pipeline/data/cues.toml (credit_labels, credit_year_labels, credit_director_labels).
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.record import Evidence, Film, evidence_json
from pipeline.titles import cues, normalise

MIN_LABELS = 2  # credit lines that make a box a credits box (one "Related:" line does not)
MAX_LINES = 40  # a credits box is short; a longer aside is a list of something else
_LINE = re.compile(r"^([A-Za-z][A-Za-z .&/-]{0,30}?)\s*:\s*(\S.*)$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_HEADING = re.compile(r"^(.+?)\s*\((1[89]\d\d|20\d\d)\)\s*$")  # "Title (2024)"
_NAME = re.compile(r"^[A-Z][\w’'.-]*(?:\s+(?:[a-z]{1,3}\s+)?[A-Z][\w’'.-]*){1,3}$")  # "Given Surname", "Ana de Souza"
# (captions._PERSON is near: it also takes one word and an accented capital; sharing it would change the box's names)


def _labels(key: str) -> frozenset[str]:
    return cues()[key]


@cache
def _known_labels() -> frozenset[str]:
    """Every credit label of cues.toml (built once)."""
    return _labels("credit_labels") | _labels("credit_year_labels") | _labels("credit_director_labels")


def labelled(line: str) -> tuple[str, str] | None:
    """"Director: Name" -> ("director", "Name") when the label is a credit label, else None."""
    m = _LINE.match(line.strip())
    if not m:
        return None
    label = " ".join(m.group(1).lower().split())
    return (label, m.group(2).strip()) if label in _known_labels() else None


BAR = re.compile(r"\s*\|\s*")  # "Director: Name | Cast: Name, Name": credits side by side on one line


def credit_parts(line: str) -> list[tuple[str, str]]:
    """"Director: Name | Cast: Name, Name" -> [("director", "Name"), ("cast", "Name, Name")]: the
    line's bar-separated parts when every one is a credit label and its value (or a bare year, running
    time or rating: "Year: 2024 | Rated R | Director: Name"), else []."""
    pairs = [labelled(part) or bare_credit(part) for part in BAR.split(line.strip())]
    return pairs if all(pairs) else []


_RUNTIME = re.compile(r"\d{1,3}\s*(?:min|mins|minutes)\.?|\d\s*h(?:rs?)?\s*\d{1,2}\s*m(?:in)?", re.IGNORECASE)  # "131 min", "1h 47m"


def bare_credit(part: str) -> tuple[str, str] | None:
    """A credits line's part that needs no label: a year ("2024"), a running time ("131 min", "1h 47m")
    or an age rating of cues.toml film_ratings ("R", "Rated PG-13") -> ("year"|"runtime"|"rated", part), else None."""
    part = part.strip()
    if re.fullmatch(r"(?:18|19|20)\d\d", part):
        return "year", part
    if _RUNTIME.fullmatch(part):
        return "runtime", part
    if re.sub(r"^[Rr]ated\s+", "", part).lower() in _labels("film_ratings"):
        return "rated", part
    return None


def credit_year(line: str) -> int | None:
    """The year a credits or metadata line states: a year alone ("1985"), or a part of the line (bar-separated
    or whole) that is a bare year or a year label and its value ("2021 | Name | 90 min", "Distributor | R |
    2021", "Year: 2021 | Rated R", "Release date: May 3, 2019"; labels of cues.toml credit_year_labels);
    the first such part gives it; else None."""
    for part in BAR.split(line.strip()):
        bare, pair = bare_credit(part), labelled(part)
        if bare and bare[0] == "year":
            return int(bare[1])
        if pair and pair[0] in _labels("credit_year_labels") and (m := _YEAR.search(pair[1])):
            return int(m.group(1))
    return None


def director_credit(line: str) -> str | None:
    """"Director: Name", "Directors: Name and Name | Cast: ...": the names of the line's director
    label (cues.toml credit_director_labels), else None."""
    return next((value.removesuffix(".") for label, value in credit_parts(line)
                 if label in _labels("credit_director_labels")), None)


def _bare_label(block: str) -> bool:
    """"Director", "Release date:": a block that is only a credit label (no value after it)."""
    return ":" not in block.rstrip(" :") and labelled(block.rstrip(" :") + ": x") is not None


def box_lines(blocks: list[str]) -> list[str] | None:
    """The text blocks of one aside -> its lines when it is a credits box, else None.

    A bare label block followed by its value (<dt>Director</dt><dd>Name</dd>, a table row's two
    cells) is joined into one "Label: value" line. A box needs MIN_LABELS credit lines."""
    lines: list[str] = []
    for block in blocks:
        if lines and _bare_label(lines[-1]) and not _bare_label(block):
            lines[-1] = f"{lines[-1].rstrip(' :')}: {block}"  # "Director" then "Name"
        else:
            lines.append(block)
    if len(lines) > MAX_LINES or sum(1 for ln in lines if labelled(ln)) < MIN_LABELS:
        return None
    return lines


def box_facts(lines: list[str]) -> dict:
    """A credits box's lines -> {"title", "year", "director", "cast"}: title and year from a
    "Title (2024)" heading line, year from a year label ("Release date: Dec. 20, 2024"),
    director and cast from their labels; each fact as (value, the line that states it)."""
    out: dict = {"title": None, "year": None, "director": None, "cast": []}
    for line in lines:
        pair = labelled(line)
        if pair is None:
            if out["title"] is None and (m := _HEADING.match(line)):
                out["title"] = m.group(1)
                out["year"] = out["year"] or (int(m.group(2)), line)
            continue
        label, value = pair
        if label in _labels("credit_year_labels") and out["year"] is None and (m := _YEAR.search(value)):
            out["year"] = (int(m.group(1)), line)
        names = [n.strip(" .") for n in re.split(r",\s*|\s+(?:and|&)\s+|\s*\|\s*", value)]
        names = [n for n in names if _NAME.match(n)]
        if label in _labels("credit_director_labels") and out["director"] is None and names:
            out["director"] = (" and ".join(names), line)
        elif label in _labels("credit_cast_labels"):
            out["cast"] += [(n, line) for n in names]
    return out


def apply_credit_boxes(boxes: list[list[str]], films: list[Film], by_key: dict[str, Film]) -> None:
    """Fill year and director of the film each box is about (in place) where the text left them
    empty, and add the box's cast to the cast the text gives (names already there and the
    director are skipped); evidence is the box line, source "caption" (a line kept out of the body).

    by_key: normalised title or alias -> film. A box whose heading names no film of the article
    gives nothing; a box without a heading is about the article's subject (none: nothing)."""
    subject = next((f for f in films if f.role == "subject"), None)
    for lines in boxes:
        facts = box_facts(lines)
        film = by_key.get(normalise(facts["title"])) if facts["title"] else subject
        if film is None:
            continue
        if facts["year"] and film.year is None:
            film.year, film.year_source = facts["year"][0], "caption"
            film.evidence["year"] = _evidence(facts["year"][1])
        if facts["director"] and film.director is None:
            film.director, film.director_source = facts["director"][0], "caption"
            film.evidence["director"] = _evidence(facts["director"][1])
        for name, line in facts["cast"]:
            if name not in film.cast and name != film.director:
                film.cast.append(name)
                film.evidence.setdefault("cast", []).append(_evidence(line))


def _evidence(line: str) -> dict:
    """A box line -> its evidence (quoted; no offsets: the box is not in the clean text)."""
    return evidence_json(Evidence(line, "caption"))


ENTRY_LINE_WORDS = 14  # the line above a credit line is an entry's title line ("Title — June 7 (Studio)"), not prose


def credit_line_directors(text: str, captions, paras, films: list[Film]) -> None:
    """A "Director: Name | Cast: ..." line moved out of the text right under a short paragraph that
    opens with a film ("Title — June 7 (Studio)", a title line the clean stage kept as text) gives
    that film its director (in place, where it has none; evidence the credit line, source "caption").
    A credit line under another moved-out line is pipeline.caption_titles.credit_directors' case.

    captions: the article's moved-out lines (Caption, `before` = their clean offset); paras: the
    paragraphs (start, end attributes) in order; films: mentions filled."""
    opening = {m.start: f for f in films for m in f.mentions}
    for i, cap in enumerate(captions):
        names = director_credit(cap.text)
        if not names or i and captions[i - 1].before == cap.before:
            continue
        names = [n.strip(" .") for n in re.split(r",\s*|\s+(?:and|&)\s+", names)]
        above = [p for p in paras if p.end <= cap.before and not text[p.end : cap.before].strip()]
        if not above or not all(_NAME.match(n) for n in names):
            continue
        p = above[-1]
        film = opening.get(p.start)
        if film is not None and film.director is None and len(text[p.start : p.end].split()) <= ENTRY_LINE_WORDS:
            film.director, film.director_source = " and ".join(names), "caption"
            film.evidence["director"] = _evidence(cap.text)
