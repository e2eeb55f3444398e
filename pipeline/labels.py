"""Labels and sub-headings that read like titles: "Long shot: <Title>", "Also in <Place>",
the name half of "Name, Title" nominee lines, films that exist only inside another film,
quoted nicknames and slogans (“X” after "dubbed", "billed as"), a review's section headings, and
a page's layout headings ("Timestamps", "Question 1").

Pure functions over the clean text, captions and candidates; used by the extract stage.
Words that open such labels live in pipeline/data/cues.toml (`label_openers`).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from pipeline.caption_titles import NAME_COMMA
from pipeline.captions import THREAD_LINES
from pipeline.record import Film
from pipeline.titles import Candidate, cues, normalise

# "Long shot: Title": a capitalised word, one lower-case word and a colon make a label.
_LABEL_AFTER = re.compile(r"\s+([a-z]+):\s")
# "Next Tuesday: our picks from ...": a time phrase opening a line before a colon and lowercase words dates what follows
_TIME_LABEL = re.compile(r"(?:next|this|last|coming)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|"
                         r"weekend|month|issue|time)", re.IGNORECASE)
_LOWER_AFTER = re.compile(r":\s+[a-z]")


def _time_label(text: str, c: Candidate) -> bool:
    """Whether the candidate is a time phrase opening a line before a colon and lowercase words ("Next
    Tuesday: our picks from ..."): it dates what follows."""
    return c.start is not None and (c.start == 0 or text[c.start - 1] == "\n") and bool(_TIME_LABEL.fullmatch(c.text)) \
        and bool(_LOWER_AFTER.match(text, c.end))


def label_words(text: str, cands: list[Candidate]) -> list[Candidate]:
    """One-word film candidates that open a "<Word> <word>: <Title>" label ("Long shot: Title",
    a title candidate right after the colon) and time phrases opening a line before a colon and lowercase
    words ("Next Tuesday: our picks from ...") -> kind "other"."""
    series = cues()["single_film_after"] | cues()["franchise_after"]
    starts = {c.start for c in cands}
    out = []
    for c in cands:
        if c.kind == "film" and c.start is not None and " " not in c.text \
                and (m := _LABEL_AFTER.match(text, c.end)) and m.group(1) not in series and m.end() in starts:
            c = replace(c, kind="other")
        elif c.kind == "film" and _time_label(text, c):
            c = replace(c, kind="other")  # "Next Tuesday: our picks ...": when, not a title
        out.append(c)
    return out


def is_label_heading(text: str) -> bool:
    """"Also in the Market", "Elsewhere in the lineup": a sub-heading opened by a linking word."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return first in cues()["label_openers"] and len(text.split()) > 1


# "Question 3", "Round 2", "Clue 10": a word and a count, the whole line
_COUNTER_LINE = re.compile(r"([A-Z][a-z]+)\s+(\d{1,3})")
# "Week 3: Getaways", "Day 2 – Into the Hills", "Week 4 (Oct. 3): Noir": a word, a count (maybe a bracket), a
# colon or dash and a topic (no year: "Part 1: Title (1999)" may name a film)
_COUNTED_TOPIC = re.compile(r"([A-Z][a-z]+)\s+(\d{1,3})(?:\s*\([^()]{1,30}\))?\s*(?::|\s[–—-])\s+(?!.*\b(?:1[89]|20)\d\d\b)\S.*")
MIN_COUNTED = 3  # lines "Word 1", "Word 2", "Word 3" at least: a count, not a sequel's title


def page_headings(captions, per_caption: list[Candidate | None]) -> list[Candidate | None]:
    """Headings that are page layout, not titles -> None: a line that is only one of cues.toml
    `page_headings` ("Timestamps", "Answers"), and a run of numbered lines of one word counting up
    from 1 ("Question 1", "Question 2", "Question 3"; a film series' headings start at its
    unnumbered first film), also with a topic after a colon ("Week 1: The Chase", "Week 2: Noir", a
    course's weeks), and on a discussion thread (THREAD_LINES lines of its furniture at least:
    "u/name · 2d", "Reply Share Report") an undated line, a post's flair ("Request").
    captions: the clean stage's captions; per_caption: their candidates."""
    layout, counted = cues()["page_headings"], counter_lines(captions) | counter_lines(captions, _COUNTED_TOPIC)
    thread = sum(cap.rule == "thread_furniture" for cap in captions) >= THREAD_LINES
    return [None if c is not None and (cap.text.strip().lower() in layout or i in counted or thread and c.year is None) else c
            for i, (cap, c) in enumerate(zip(captions, per_caption))]


def opening_post_end(captions) -> int:
    """Where a discussion thread's opening post ends: the clean offset of its first comment's furniture
    line ("u/name · 2d", "Sort by: best"), when the page has THREAD_LINES of them; else 0."""
    furniture = [cap.before for cap in captions if cap.rule == "thread_furniture"]
    return min(furniture) if len(furniture) >= THREAD_LINES else 0


def counter_lines(captions, shape: re.Pattern = _COUNTER_LINE) -> dict[int, int]:
    """Caption index -> its count, for every line of a run "Word 1", "Word 2", "Word 3"... of one word
    counting up from 1 (MIN_COUNTED lines at least); shape: the line's pattern, the word and the count
    its first two groups."""
    runs: dict[str, list[tuple[int, int]]] = {}
    for i, cap in enumerate(captions):
        if m := shape.fullmatch(cap.text.strip()):
            runs.setdefault(m.group(1), []).append((i, int(m.group(2))))
    out: dict[int, int] = {}
    for run in runs.values():
        if len(run) >= MIN_COUNTED and [n for _, n in run] == list(range(1, len(run) + 1)):
            out.update(run)
    return out


def counted_sections(captions, paras, films: list[Film]) -> dict[int, Film]:
    """A quiz's counted questions ("Question 3", its quote and hint) are about the films its answers
    rank: paragraph start -> the film ranked k, for the paragraphs under the k-th counter line (up to
    the next counter line or the next heading or caption line, "Answers"); a last counter line that no
    such line closes gets nothing (the answers that rank the films may follow as plain paragraphs).
    Only when every count has a ranked film; {} otherwise. captions: the clean stage's; paras: sections.paragraphs; films: ranked."""
    counted = counter_lines(captions)
    ranked = {f.rank: f for f in films if f.role == "recommended" and f.rank}
    if not counted or any(k not in ranked for k in counted.values()):
        return {}
    stops = [j for j, cap in enumerate(captions) if j in counted or cap.rule in ("caption", "heading")]
    starts = [p.start for p in paras]  # in order
    out = {}
    for i, k in counted.items():
        n = bisect.bisect_right(stops, i)
        if n < len(stops):  # else the rest of the page may be the answers themselves
            lo, hi = captions[i].before, captions[stops[n]].before
            out.update({at: ranked[k] for at in starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]})
    return out


def nominee_lines(captions, per_caption: list[Candidate | None]) -> list[Candidate | None]:
    """In a run of "Name, Title" lines where the line before or after was read as a nominee line
    (its name split off), a line kept whole is one too: its title is the part after the comma
    ("Ana Ruiz, The Glass Vault" between two such lines)."""
    split = [c is not None and (m := NAME_COMMA.match(cap.text)) is not None and c.text == m.group(2).strip()
             for cap, c in zip(captions, per_caption)]
    out = list(per_caption)
    for i, (cap, c) in enumerate(zip(captions, per_caption)):
        if c is None or split[i] or c.text != cap.text.strip():
            continue
        if (m := NAME_COMMA.match(cap.text)) and ((i > 0 and split[i - 1]) or (i + 1 < len(split) and split[i + 1])):
            out[i] = replace(c, text=m.group(2).strip())
    return out


# "Title 3, a film within a film", "Title, a fictional movie": a film that exists only in a story
_FICTIONAL_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:fictional\s+(?:film|movie|franchise|series)|"
                              r"(?:film|movie)[- ]within[- ](?:the|a)[- ](?:film|movie))\b", re.IGNORECASE)


def fictional_films(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Films the article calls fictional ("X 3, a film within a film") -> kind "other", with
    every mention of the same title and of its series head ("X" for "X 3")."""
    names = set()
    for c in cands:
        if c.kind in ("film", "franchise") and c.start is not None and _FICTIONAL_AFTER.match(text, c.end):
            names.add(c.text)
            names.add(re.sub(r"\s+(?:\d+|[IVX]+)$", "", c.text))
    if not names:
        return cands
    return [replace(c, kind="other") if c.kind in ("film", "franchise") and c.text in names else c for c in cands]


# "dubbed “", "was billed, tongue in cheek, as “": a quoted nickname or slogan follows
_NICKNAME_BEFORE = re.compile(r"\b(?:dub|dubs|dubbed|dubbing|bill|bills|billed|billing|brand|brands|branded|branding|"
                              r"nickname|nicknames|nicknamed)\b[^.;!?“”\"\n]{0,40}[“\"]$")


# "Fans still call it X", "everyone called the sequel X": the film of the sentence goes by X
# "The title is often written X", "it is also spelled X": another spelling of the passage's film
_CALLED_IT = re.compile(r"\b(?:call|calls|called|calling)\s+(?:it|the\s+(?:film|movie|sequel|prequel|original))\s+$"
                        r"|\b(?:title|it|name)\s+(?:is|was)\s+(?:(?:often|also|sometimes|usually|commonly|officially)\s+)?"
                        r"(?:written|spelled|spelt|styled|stylized|stylised)\s+(?:as\s+)?$")


def nicknames(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Quoted film candidates introduced as a nickname or a billing ("fans dubbed it “X”")
    -> kind "other"; a name the text calls "it" by ("fans call it X") -> kind "alias" (a short
    name of the paragraph's film, see pipeline.aliases.attach_aliases)."""
    out = []
    for c in cands:
        if c.kind == "film" and c.start is not None:
            if _NICKNAME_BEFORE.search(text[max(0, c.start - 60) : c.start]):
                c = replace(c, kind="other")
            elif _CALLED_IT.search(text, max(0, c.start - 40), c.start):
                c = replace(c, kind="alias")
        out.append(c)
    return out


# ": the five biggest openings" to the end of the line: a lower-case phrase with no sentence end
_HEADING_TAIL = re.compile(r":\s+[a-z][^\n.!?]*$")


def heading_labels(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Paragraph leads of a one-line heading "<Words>: <lower-case phrase>" ("Spring 2031: the
    five biggest openings") whose words the article uses nowhere else, and time phrases ("Next Tuesday: our
    picks from ...", see _time_label) -> kind "other"."""
    out = []
    for c in cands:
        if c.kind == "film" and c.start is not None:
            eol = text.find("\n", c.end)
            line = text[c.end : eol if eol >= 0 else len(text)]
            if _HEADING_TAIL.match(line) and text.count(c.text) == 1 or _time_label(text, c):
                c = replace(c, kind="other")
        out.append(c)
    return out


def section_headings(captions, per_caption: list[Candidate | None], text: str, news: bool) -> list[Candidate | None]:
    """On a news or review page, a lone heading line between paragraphs that the text never names
    ("A Town Looking for Someone to Blame", "What Works") is the writer's section heading, not a
    film: None for it. A line that says more than its title ("Title (Country) — Prize", a year, rank,
    director or cast) and a line in a run of title lines moved out at one place (a nominee list, a
    poster and its caption) keep their films; lines naming no film (a table's cells) make no run.

    captions: the clean stage's captions; per_caption: their candidates, same order; text: the
    clean text; news: the page is a news or review page (sections.news_page: its breadcrumb or kicker
    names a news section)."""
    if not news:
        return per_caption
    body = f" {normalise(text)} "
    return _lone_headings(captions, per_caption, lambda title: f" {title} " in body)


def unnamed_headings(captions, per_caption: list[Candidate | None], news: bool, named: set[str]) -> list[Candidate | None]:
    """On a news or review page, a lone heading line that is only a title the text never names as a
    film ("Harbourfest" over a passage on the institute and the festival of that name) is a section
    heading: None for it. Same reading of a line as section_headings; named: normalised titles
    with at least one film mention in the text."""
    if not news:
        return per_caption
    return _lone_headings(captions, per_caption, named.__contains__)


def _lone_headings(captions, per_caption: list[Candidate | None], named: Callable[[str], bool]) -> list[Candidate | None]:
    """per_caption with None for each lone title line whose title the text does not name: a caption
    or heading line that is only its candidate's title (no year, rank, director or cast), the one line
    naming a film moved out at its place (lines naming no film, a table's cells, make no run), and
    named(its normalised title) false."""
    lines_at = Counter(cap.before for cap, c in zip(captions, per_caption) if c is not None)
    return [None if c is not None and cap.rule in ("caption", "heading") and lines_at[cap.before] == 1
            and bare_title_line(cap, c) and not named(normalise(c.text)) else c
            for cap, c in zip(captions, per_caption)]


def bare_title_line(cap, c: Candidate) -> bool:
    """Whether a moved-out line (a clean-stage Caption) is only its candidate's title and states no
    fact of it (no year, rank, director or cast): the shape of a page's own heading as much as a
    film's. Read by the heading filters here and by programme_lines.schedule_headings."""
    return cap.text.strip() == c.text and not (c.year or c.rank or c.director or c.cast)
