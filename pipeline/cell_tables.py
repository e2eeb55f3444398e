"""Tables scraped one cell per line -> which lines are a facts box or a chart, and the chart's rows.

A scraper that keeps every table cell as its own block turns a film's infobox into alternating
label and value lines ("Director" / "Name" / "Runtime" / "128 Minutes") and a chart into a header
run ("Rank" / "Title" / "Year" / "Studio") followed by one line per cell, row after row. No such
line is a film by itself: the clean stage moves them out of the body with the kinds given here
("facts_box", "table_cell", "table_title"), and the extract stage reads a facts box as a credits
box (pipeline/credits_box.py) and a chart's title cells as film captions with their row's year
(and rank, unless the chart orders films by figures such as a gross: then none is a pick).
Pure functions; labels live in pipeline/data/cues.toml (infobox_labels, chart_column_labels,
chart_title_columns, and the credit labels).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.credits_box import box_lines, labelled
from pipeline.titles import Candidate, cues

MIN_PAIRS = 3  # label/value pairs that make a facts box (two lines "Director" / "Name" may be prose headings)
MIN_COLUMNS = 3  # header cells of a chart
MIN_ROWS = 2
MAX_VALUE_WORDS = 30  # a facts box value (a cast list) is short
MAX_CELL_WORDS = 12
MAX_COLUMNS, MAX_LINES = 12, 2400  # a chart's header cells and lines (bounded work per line on any text)
_YEAR = re.compile(r"^(?:18|19|20)\d\d$")
_RANK = re.compile(r"^(?:#\s?)?\d{1,3}\.?$")
_SENTENCE_END = re.compile(r"[a-z]{2,}[.!?]$")
SENTENCE_WORDS = 4  # "She leaves at dawn." is a sentence; a cell "Warner Bros." or "$1.2 billion" is not
BOX_KIND, CELL_KIND, TITLE_KIND = "facts_box", "table_cell", "table_title"
_RANK_KEYS = ("rank", "no.", "no", "#", "pos.", "position")
_YEAR_KEYS = ("year", "release year")


@cache
def _box_labels() -> frozenset[str]:
    c = cues()
    return (c["credit_labels"] | c["credit_year_labels"] | c["credit_director_labels"] | c["credit_cast_labels"]
            | c["infobox_labels"])


def _sentence(cell: str) -> bool:
    return len(cell.split()) >= SENTENCE_WORDS and bool(_SENTENCE_END.search(cell.strip()))


def _key(line: str) -> str:
    return " ".join(line.strip().rstrip(":").lower().split())


def _is_box_label(line: str) -> bool:
    return _key(line) in _box_labels()


def _is_column(line: str) -> bool:
    return _key(line) in cues()["chart_column_labels"]


def table_kinds(texts: list[str], kinds: list[str | None]) -> list[str | None]:
    """Lines' texts (blank lines included) and their kinds -> the kinds with every facts-box line
    marked "facts_box" and every chart line "table_cell", save its title cells: "table_title"."""
    out = list(kinds)
    cells = [i for i, t in enumerate(texts) if t.strip()]
    label = [_is_box_label(texts[i]) for i in cells]  # each line's test made once: bounded work on any text
    column = [_is_column(texts[i]) for i in cells]
    n = 0
    while n < len(cells):
        if not (label[n] or column[n]):
            n += 1
            continue
        box = _box_run(texts, cells, n, label)
        if box:
            for i in cells[n : n + box]:
                out[i] = BOX_KIND
            n += box
            continue
        chart = _chart_at(texts, cells, n, column)
        if chart:
            header, rows, title = chart
            for k in range(header + rows * header):
                out[cells[n + k]] = TITLE_KIND if k >= header and (k - header) % header == title else CELL_KIND
            n += header * (rows + 1)
            continue
        n += 1
    return out


def _chart_at(texts: list[str], cells: list[int], n: int, column: list[bool]) -> tuple[int, int, int] | None:
    """chart_rows from cells[n] on, rejecting cheaply (a short header run, then just MIN_ROWS rows)
    before reading up to MAX_LINES lines, so the work per line stays bounded on any text."""
    header = 0
    while header <= MAX_COLUMNS and n + header < len(cells) and column[n + header]:
        header += 1
    if not MIN_COLUMNS <= header <= MAX_COLUMNS or not chart_rows([texts[i] for i in cells[n : n + header * (MIN_ROWS + 1)]]):
        return None
    return chart_rows([texts[i] for i in cells[n : n + MAX_LINES]])


def _box_run(texts: list[str], cells: list[int], n: int, label: list[bool]) -> int:
    """How many lines from cells[n] on form a facts box (label, value, label, value...), 0 if none.
    label: whether each line is a box label."""
    pairs = 0
    while n + 2 * pairs + 1 < len(cells):
        value = texts[cells[n + 2 * pairs + 1]]
        if not label[n + 2 * pairs] or label[n + 2 * pairs + 1] or len(value.split()) > MAX_VALUE_WORDS \
                or _sentence(value):
            break
        pairs += 1
    return 2 * pairs if pairs >= MIN_PAIRS else 0


def chart_rows(lines: list[str]) -> tuple[int, int, int] | None:
    """Non-blank lines from a chart's first header cell on -> (columns, rows, title column), or None
    when they do not open a chart: MIN_COLUMNS or more header cells, exactly one of them a title
    column, then MIN_ROWS or more rows of short cells (a rank column holds numbers, a year column years)."""
    header = 0
    while header < min(len(lines), MAX_COLUMNS + 1) and _is_column(lines[header]):
        header += 1
    keys = [_key(line) for line in lines[:header]]
    titles = [k for k, key in enumerate(keys) if key in cues()["chart_title_columns"]]
    if not MIN_COLUMNS <= header <= MAX_COLUMNS or len(titles) != 1:
        return None
    rows = 0
    while (rows + 2) * header <= len(lines) and _row(lines[(rows + 1) * header : (rows + 2) * header], keys, titles[0]):
        rows += 1
    return (header, rows, titles[0]) if rows >= MIN_ROWS else None


def _row(cells: list[str], keys: list[str], title: int) -> bool:
    """Whether the cells fit the header: short, no sentence, numbers under a rank, years under a year."""
    for cell, key in zip(cells, keys):
        cell = cell.strip()
        if len(cell.split()) > MAX_CELL_WORDS or _sentence(cell) or _is_column(cell):
            return False
        if key in _RANK_KEYS and not _RANK.match(cell):
            return False
        if key in _YEAR_KEYS and not _YEAR.match(cell):
            return False
    return cells[title][:1].isupper() or cells[title][:1].isdigit()


@dataclass(frozen=True)
class Chart:
    """One run of chart lines among the captions, read once: its captions, {index of a title cell
    in the run: (the year in its row's year column, the number in its row's rank column)}, and
    whether it is a chart of figures (a gross, a budget: its order is the figures', not the
    writer's picks, so its cells have no rank)."""

    run: list
    cells: dict[int, tuple[int | None, int | None]]
    figures: bool


def read_charts(captions) -> list[Chart]:
    """The clean stage's captions -> one Chart per run of chart lines (as table_kinds marked them:
    header and rows); a run that chart_rows does not read has no cells."""
    out = []
    for run in _runs(captions, {CELL_KIND, TITLE_KIND}):
        texts = [cap.text for cap in run]
        found = chart_rows(texts)
        figures = bool(found) and any(_key(t) in cues()["chart_figure_columns"] for t in texts[: found[0]])
        out.append(Chart(run, _chart_cells(texts, found, figures), figures))
    return out


def _chart_cells(texts: list[str], found: tuple[int, int, int] | None,
                 figures: bool) -> dict[int, tuple[int | None, int | None]]:
    """A chart run's texts, what chart_rows found in them and whether it is a chart of figures ->
    {index of a title cell: (its row's year, its row's rank)}; no rank in a chart of figures."""
    if not found:
        return {}
    header, rows, title = found
    keys = [_key(t) for t in texts[:header]]
    year_col = next((k for k, key in enumerate(keys) if key in _YEAR_KEYS), None)
    rank_col = None if figures else next((k for k, key in enumerate(keys) if key in _RANK_KEYS), None)
    return {header * r + title: (int(texts[header * r + year_col].strip()) if year_col is not None else None,
                                 int(texts[header * r + rank_col].strip(" #.")) if rank_col is not None else None)
            for r in range(1, rows + 1)}


def _runs(captions, rules: set[str]) -> list[list]:
    """Captions -> runs of consecutive ones whose rule is in rules and that stood at one place."""
    runs: list[list] = []
    for prev, cap in zip([None, *captions], captions):
        if cap.rule not in rules:
            continue
        if prev is not None and prev.rule in rules and prev.before == cap.before and runs:
            runs[-1].append(cap)
        else:
            runs.append([cap])
    return runs


def facts_boxes(captions) -> list[list[str]]:
    """The clean stage's captions -> the lines of each facts box among them ("Director: Name"),
    as pipeline/credits_box.py reads a credits box kept out of an HTML page."""
    boxes = [box_lines(_credit_cells([cap.text for cap in run])) for run in _runs(captions, {BOX_KIND})]
    boxes += [box_lines([cap.text for cap in run]) for run in _label_lists(captions)]
    return [lines for lines in boxes if lines]


def _label_lists(captions) -> list[list]:
    """Runs of "Label: value" lines ("Release date: ...", "Director: Name") that the clean stage took out
    of the body at one place, with no other line there before them: a facts list of the article's film.
    Under an entry's heading such lines are that entry's (pipeline/caption_titles.py credit_directors)."""
    out = []
    position = {id(cap): i for i, cap in enumerate(captions)}
    for run in _runs(captions, {"caption"}):
        at = position[id(run[0])]
        if at and captions[at - 1].before == run[0].before:
            continue
        if all(labelled(cap.text) for cap in run):
            out.append(run)
    return out


def _credit_cells(texts: list[str]) -> list[str]:
    """A facts box's cells without the pairs whose label is no credit label ("Based on" then "The Novel
    (1987)", "Budget" then "$40 million"): credits_box reads credits, and would take such a value for
    the box's own title line."""
    out, skip = [], False
    for text in texts:
        if skip:
            skip = False
        elif _key(text) in cues()["infobox_labels"]:
            skip = True
        else:
            out.append(text)
    return out


def chart_markers(charts: list[Chart]) -> list[Candidate]:
    """The article's charts (read_charts) -> one film candidate per chart title cell, with its row's
    year and rank (none in a chart of figures). marker_at: where the chart stood."""
    out = []
    for chart in charts:
        out += [Candidate(None, None, cap.text.strip(), "caption", year=chart.cells.get(i, (None, None))[0],
                          rank=chart.cells.get(i, (None, None))[1], marker_at=cap.before)
                for i, cap in enumerate(chart.run) if cap.rule == TITLE_KIND]
    return out


def figure_charts(charts: list[Chart]) -> bool:
    """Whether the article's charts (read_charts) hold a chart of figures (box office, budgets): a page
    whose films are ordered by figures, not picked, so none of them is a recommended entry."""
    return any(chart.figures for chart in charts)
