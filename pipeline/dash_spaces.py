"""Spaces around a dash that the scrape glued where the page had them.

A page puts a spaced dash between two inline elements, so a scraper that strips tags without
spaces glues the dash to one side or both. Four shapes are repaired, each only where the words
around the dash show which shape it is:
  * a nominee line under an award category, "<a>Name</a> – <i>Title</i>" scraped as "Name–Title":
    a short whole line, person names before the dash (rule "nominee_dash"); also a winners list's
    line "<b>Best Picture</b> — <i>Title</i>" scraped as "Best Picture —Title", an award category
    before the dash;
  * a dateline opening a paragraph, "<strong>PLACE, Region</strong> — <a>Name</a> ..." scraped as
    "PLACE, Region—Name": an upper-case place, an optional capitalised region after a comma
    (rule "dateline_dash");
  * a quote's attribution, "“...” —<a>Name</a>, director": a dash spaced before and glued to the
    capitalised name after it, right after a closing quote (rule "attribution_dash");
  * a list item "<a>Title</a> — blurb" scraped as "Title—Name plays ..." or "Title— The new ...":
    rule "lead_dash" before the dash (a title ends there), "lead_dash_open" after it (the blurb's
    first words open no title); also a release tracker's entry "<b>Title</b> — June 7 (Studio)" scraped
    as "Title— June 7 (Studio)", whose date after the dash is too short for a blurb.
A dash inside a title keeps its spaces in the scrape ("Name: Part One – Part Two" is one text
node), a year range has digits on both sides, and a dash inside prose has a sentence, not a
title, before it: none of them is touched.

Pure functions over the raw lines (start, end, text) of damaged text, used by the clean stage;
they return insertions of one space, in raw offsets. No place, name or title list.
"""

from __future__ import annotations

import re

from pipeline.caption_titles import award_category, names_only
from pipeline.captions import title_like
from pipeline.months import release_after
from pipeline.record import Correction

EM_DASH = "—"  # a dateline's and an attribution's dash
DASHES = "–" + EM_DASH  # en and em: a nominee line's or a list item's dash
DASH_RULES = frozenset({"dateline_dash", "attribution_dash"})  # spaces that mark no title's edge

# a whole line "Name–Title", "Name –Title", "Name– Title": names, a dash, a title
_NOMINEE_LINE = re.compile(rf"^(?P<name>[^{DASHES}]{{3,60}}?)\s*[{DASHES}]\s*(?P<title>[A-Z0-9“\"‘][^{DASHES}]*)$")
NOMINEE_WORDS = 14  # a nominee line is short; a longer one is prose ("PLACE—Name said ...")
# "PORTVALE, Maine—Name", "LOS ANGELES— Name": an upper-case place opening the line, a dash, a capital
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.’'-]+(?:\s[A-Z][A-Z.’'-]+){0,3}(?:,\s+[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})?)"
                       rf"\s*{EM_DASH}\s*(?=[A-Z0-9“\"‘])")
# "” —Name": a closing quote, a spaced dash, a capitalised word glued to it
_ATTRIBUTION = re.compile(rf"[”\"]\s+{EM_DASH}(?=[A-Z][a-z])")
LEAD_WORDS = 10  # a title or dateline before the dash is short; a longer run is a sentence
BLURB_WORDS = 4  # an item's blurb after the dash is a sentence; "Title—Subtitle" on its own is one title
_DASH = re.compile(f"[{DASHES}]")
NUMBERED = re.compile(r"\d{1,3}[.)]\s+")  # "7. Title— ...": a numbered entry (dash_items reads it too)
_SENTENCE_END = re.compile(r"[.!?;]\s")
_RELEASE_AFTER = re.compile(release_after(r"\s*"))  # "Title— June 7 (Studio)": the date ends the title


def glued_dash_spaces(lines: list[tuple[int, int, str]], taken: set[int]) -> list[Correction]:
    """Raw lines (start, end, text) and the raw offsets earlier insertions fill -> every insertion of
    this module at an offset not taken: nominee lines, datelines and attributions first, then list
    items' dashes at offsets none of those fills."""
    out = [c for c in nominee_dash_spaces(lines) + dateline_dash_spaces(lines) if c.start not in taken]
    taken = taken | {c.start for c in out}
    return out + [c for c in lead_dash_spaces(lines) if c.start not in taken]


def _glued(line: str, at: int) -> tuple[bool, bool]:
    """Whether the dash at line[at] is glued to the character before it and to the one after it
    (a side at the line's edge is not glued)."""
    return at > 0 and not line[at - 1].isspace(), at + 1 < len(line) and not line[at + 1].isspace()


def _fill(start: int, line: str, at: int, before: str | None, after: str | None) -> list[Correction]:
    """The dash at line[at], the line starting at raw offset start -> a space on each glued side,
    logged under the rule given for that side (None: that side is left as it is)."""
    glued_before, glued_after = _glued(line, at)
    out = []
    if before and glued_before:
        out.append(Correction(start + at, start + at, "", " ", before))
    if after and glued_after:
        out.append(Correction(start + at + 1, start + at + 1, "", " ", after))
    return out


def nominee_dash_spaces(lines: list[tuple[int, int, str]]) -> list[Correction]:
    """Raw lines -> a space on each glued side of the dash of a nominee line "Name–Title" or a
    winner line "Best Picture —Title": a short whole line (at most NOMINEE_WORDS words) whose part
    before the dash is one or more person names or an award category."""
    out = []
    for start, _, line in lines:
        m = _NOMINEE_LINE.match(line)
        if m and len(line.split()) <= NOMINEE_WORDS and (names_only(m.group("name")) or award_category(m.group("name"))):
            out += _fill(start, line, _DASH.search(line, m.end("name")).start(), "nominee_dash", "nominee_dash")
    return out


def dateline_dash_spaces(lines: list[tuple[int, int, str]]) -> list[Correction]:
    """Raw lines -> a space on each glued side of a dateline's dash (a place of at least three
    characters before its comma) and after an attribution's dash."""
    out = []
    for start, _, line in lines:
        m = _DATELINE.match(line)
        if m and len(m.group("place").split(",")[0]) >= 3:
            out += _fill(start, line, line.index(EM_DASH, m.end("place")), "dateline_dash", "dateline_dash")
        for a in _ATTRIBUTION.finditer(line):
            out += _fill(start, line, a.end() - 1, None, "attribution_dash")
    return out


# "(4K UHD + Blu-ray)" closing the words before a dash: a format or edition note, one word of the title's line
_CLOSING_BRACKET = re.compile(r"\s*\([^()]*\)$")


def _head_words(head: str) -> list[str]:
    """The words before a dash as lead_dash_spaces counts them: a closing bracket is one word and
    a word with no letter or digit ("+", "&") none."""
    m = _CLOSING_BRACKET.search(head)
    words = head[: m.start()].split() + [m.group().strip()] if m and m.start() else head.split()
    return [w for w in words if any(ch.isalnum() for ch in w)]


def lead_dash_spaces(lines: list[tuple[int, int, str]]) -> list[Correction]:
    """Raw lines -> a space on each glued side of the first dash after a line's opening title
    ("Title—Name plays" -> "Title — Name plays", "Title— The" -> "Title — The").

    The dash qualifies when at least one of its sides is glued (both spaced: a dash inside the
    title, look further), the words before it (_head_words: "Title (4K UHD + Blu-ray)" is two) are
    title-like (capitalised, at most LEAD_WORDS, no sentence end), a blurb of at least BLURB_WORDS
    words or a release date ("Title— June 7 (Studio)") follows it, and it does not join two digits
    (a range "2021–2022")."""
    out = []
    for start, _, line in lines:
        m = NUMBERED.match(line)
        lead = m.end() if m else 0
        for dash in _DASH.finditer(line, lead):
            at = dash.start()
            if at == 0 or at + 1 == len(line):
                break  # a dash at the line's edge
            if not any(_glued(line, at)):
                continue  # "Title – Part Two": a spaced dash of the title itself
            head = line[lead:at].strip()
            words = _head_words(head)
            if not words or len(words) > LEAD_WORDS or _SENTENCE_END.search(head) or not title_like(words):
                break
            if len(words[0].strip(",")) > 1 and words[0].isupper() and ("," in head or len(words) > 1 and words[1].isupper()):
                break  # "CITY, State—", "NEW CITY—": a news dateline, no title (its spaces are another rule's); "ACRONYM—" is one
            short = len(line[at + 1 :].split()) < BLURB_WORDS and not _RELEASE_AFTER.match(line, at + 1)
            if line[at - 1].isdigit() and line[at + 1].isdigit() or short:
                break  # "2021–2022": a range; "Title—Subtitle": a line that is one title
            out += _fill(start, line, at, "lead_dash", "lead_dash_open")
            break
    return out
