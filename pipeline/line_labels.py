"""A label word before a colon that opens a line ("Screening: <Title> (Name, 1961)", "Reading:
Author, <Book>", "Instructor: Name"), and what it says the rest of the line is.

Lists of pipeline/data/cues.toml decide: `showing_labels` (the rest names the film a page
shows or sets for viewing; the label, with its count "Screening 2:", is no part of the title) and
`unfilmed_labels` (the rest is page information, a course's meeting times and staff, or cites
written works: it names no film, and its people direct nothing), `watch_labels` (the rest names
where to watch: services). Pure functions of a line's text.
"""

from __future__ import annotations

import re

from pipeline.titles import cues

# "Screening:", "Screening 2:", "Office hours:", "Required text:": up to four words and a count
_LABEL = re.compile(r"\s*([A-Za-z][A-Za-z’'-]*(?:\s+[A-Za-z][A-Za-z’'-]*){0,3})(?:\s+\d{1,2})?\s*:\s*(?=\S)")
MAX_LOOK = 300  # characters read back from a mention to its line's start: a label line is short


def line_label(line: str) -> tuple[str, int] | None:
    """A line's text -> (its opening label, lower-cased, one space between words; the offset right
    after the colon and its spaces), or None when the line opens with no "Label:"."""
    m = _LABEL.match(line)
    return (" ".join(m.group(1).lower().split()), m.end()) if m else None


def showing_rest(line: str) -> str | None:
    """"Screening 1: Title (Name, 1961)" -> "Title (Name, 1961)": the line after a label of
    cues.toml `showing_labels`; None when the line opens with no such label."""
    found = line_label(line)
    return line[found[1] :] if found and found[0] in cues()["showing_labels"] else None


def aside_line(line: str) -> bool:
    """Whether the line opens with an aside opener of cues.toml and a colon ("Recommended: <Title> (Name,
    1972), ...", "Honourable mention: <Title>"): it names films beside the page's own list."""
    found = line_label(line)
    return bool(found) and found[0] in cues()["aside_openers"]


def shows_film(line: str) -> bool:
    """Whether the line opens with a showing label and is no aside line ("Screening:", not
    "Recommended:"): the film it names is one the page itself shows, an entry of its list."""
    return showing_rest(line) is not None and not aside_line(line)


def unfilmed_line(line: str) -> bool:
    """Whether the line opens with a label of cues.toml `unfilmed_labels` ("Instructor: Name",
    "Reading: Author, Book"): the rest names no film."""
    found = line_label(line)
    return bool(found) and found[0] in cues()["unfilmed_labels"]


# "CINE 310: The Heist Picture", "CS 1010: ...": a course's code (capitals and a number that is no year) and its name
_COURSE_CODE = re.compile(r"\s*[A-Z]{2,5}\s?(?!(?:1[89]|20)\d\d\b)\d{3,4}[A-Z]?\s*:")


def course_line(line: str) -> bool:
    """Whether the line opens with a course code and a colon ("CINE 310: The Heist Picture"): a course's
    name, not a film's title."""
    return bool(_COURSE_CODE.match(line))


def on_labelled_line(text: str, start: int, labels: str) -> bool:
    """Whether the line of `text` holding offset `start` opens, before that offset, with a label of
    the cues.toml list named `labels` ("Where to stream: <Service>" for `watch_labels`, "Reading:
    Author, <Book>" for `unfilmed_labels`): a mention there names a service or a book, not a film."""
    lo = max(0, start - MAX_LOOK)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return False
    found = line_label(text[nl + 1 : start + 1])
    return bool(found) and found[0] in cues()[labels] and nl + 1 + found[1] <= start


MIN_ROUNDS = 3  # lines opened by one label at least: the page's layout (a scorecard's rounds), not a title's words
# the call after a round's label: one capitalised word and a stop ("Plot: Remake.", "Look: Original, though ...")
_CALL = re.compile(r"([A-Z][\w’'-]*)(?=[.,;]|\s*$)")


def round_labels(text: str, cands: list) -> list:
    """Film candidates that are a scorecard's layout -> kind "other": on a page where each of several labels
    opens MIN_ROUNDS lines or more ("Plot: ...", "Cast: ...", "Look: ..." under every pair of a faceoff)
    those labels are no titles wherever they stand ("three rounds (Plot, Cast, Look)"), and neither is a
    one-word call after them that two such lines or more make ("Plot: Remake.", "Look: Original, though").

    text: the clean text; cands: titles.Candidate list. Returns the list, same order."""
    from dataclasses import replace

    lines, at = [], 0
    for line in text.split("\n"):
        if (found := line_label(line)) and " " not in found[0]:
            lines.append((at, found))
        at += len(line) + 1
    counts: dict[str, int] = {}
    for _, (label, _) in lines:
        counts[label] = counts.get(label, 0) + 1
    rounds = {label for label, n in counts.items() if n >= MIN_ROUNDS}
    if len(rounds) < 2:
        return cands
    calls: dict[str, list[tuple[int, int]]] = {}
    for start, (label, end) in lines:
        if label in rounds and (m := _CALL.match(text, start + end)):
            calls.setdefault(m.group(1), []).append((m.start(), m.end()))
    spans = {span for found in calls.values() if len(found) >= 2 for span in found}
    return [replace(c, kind="other") if c.kind == "film" and c.start is not None
            and (c.text.lower() in rounds or (c.start, c.end) in spans) else c for c in cands]
