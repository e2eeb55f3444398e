"""A label word before a colon that opens a line ("Screening: <Title> (Name, 1961)", "Reading:
Author, <Book>", "Instructor: Name"), and what it says the rest of the line is.

Lists of pipeline/data/cues.toml decide: `showing_labels` (the rest names the film a page
shows or sets for viewing; the label, with its count "Screening 2:", is no part of the title),
`unfilmed_labels` (the rest names no film, and its people direct nothing, as far as the label's
scope: `line`, a course's meeting times and staff or cited written works, to the line's end;
`sentence`, a locations guide's visitor information, to the sentence's end) and `watch_labels` (the
rest names where to watch: services). Pure functions of a line's text.
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
    """Whether the line opens with a line-scope label of cues.toml `unfilmed_labels` ("Instructor: Name",
    "Reading: Author, Book"): the rest names no film."""
    found = line_label(line)
    return bool(found) and found[0] in _label_list("unfilmed_labels", "line")


# "CINE 310: The Heist Picture", "CS 1010: ...": a course's code (capitals and a number that is no year) and its name
_COURSE_CODE = re.compile(r"\s*[A-Z]{2,5}\s?(?!(?:1[89]|20)\d\d\b)\d{3,4}[A-Z]?\s*:")


def course_line(line: str) -> bool:
    """Whether the line opens with a course code and a colon ("CINE 310: The Heist Picture"): a course's
    name, not a film's title."""
    return bool(_COURSE_CODE.match(line))


MAX_LABEL = 40  # characters read on from a mention: a label it starts in ends within them
# where a sentence or a clause opens inside a line: after ". ", "? ", "; " (a label may open one)
_CLAUSE_START = re.compile(r"(?<=[.!?;] )")
_SCOPE_END = {"line": re.compile(r"\n"), "sentence": re.compile(r"[.!?](?=\s)|\n")}


def _label_list(labels: str, scope: str) -> frozenset[str]:
    """The cues.toml list named `labels`; of a table of lists by scope (`unfilmed_labels`), the scope's one."""
    found = cues()[labels]
    return found[scope] if isinstance(found, dict) else found


def on_labelled_line(text: str, start: int, labels: str, *, scope: str = "line") -> bool:
    """Whether the mention at offset `start` of `text` stands in the reach of a label of the cues.toml
    list named `labels` (the label itself included): with scope "line", a label opening the mention's
    line reaches to the line's end ("Where to stream: <Service>" for `watch_labels`, "Reading: Author,
    <Book>" for `unfilmed_labels`); with scope "sentence", a label opening the line, a sentence or a
    clause after "; " reaches to the end of its sentence ("Where: <Name> Row, <postcode>. <Title> was
    shot here": the address only). A mention there names a service, a book or a place, not a film."""
    lo = max(0, start - MAX_LOOK)
    nl = text.rfind("\n", lo, start)
    if nl < 0 and lo > 0:
        return False
    opens = [nl + 1]
    if scope == "sentence":
        opens += [m.start() for m in _CLAUSE_START.finditer(text, nl + 1, start + 1)]
    words = _label_list(labels, scope)
    for at in reversed(opens):  # the nearest label before the mention decides
        found = line_label(text[at : start + MAX_LABEL])
        if found and found[0] in words:
            end = _SCOPE_END[scope].search(text, at + found[1])
            return end is None or start < end.start()
    return False


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
