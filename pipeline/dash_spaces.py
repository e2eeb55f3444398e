"""Spaces around an em dash that the scrape glued where the page had them.

Two shapes of news pages put a spaced dash between two inline elements, so a scraper that
strips tags without spaces glues the dash to one side or both:
  * a dateline opening a paragraph: "<strong>PLACE, Region</strong> — <a>Name</a> ..." scraped as
    "PLACE, Region—Name" (an upper-case place, an optional capitalised region after a comma);
  * a quote's attribution: "“...” —<a>Name</a>, director": a dash spaced before and glued to the
    capitalised name after it, right after a closing quote.
Pure function over the raw lines, used by the clean stage on damaged text. No place list.
"""

from __future__ import annotations

import re

from pipeline.record import Correction

DASH_RULES = frozenset({"dateline_dash", "attribution_dash"})  # the rules of these insertions
# "PORTVALE, Maine—Name", "LOS ANGELES— Name": an upper-case place opening the line, a dash, a capital
_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Z.’'-]+(?:\s[A-Z][A-Z.’'-]+){0,3}(?:,\s+[A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*){0,2})?)"
                       r"(?P<pre>\s*)—(?P<post>\s*)(?=[A-Z0-9“\"‘])")
# "” —Name": a closing quote, a spaced dash, a capitalised word glued to it
_ATTRIBUTION = re.compile(r"[”\"]\s+—(?=[A-Z][a-z])")


def dash_spaces(lines: list[tuple[int, int, str]]) -> list[Correction]:
    """Raw lines (start, end, text) -> a space on each glued side of a dateline's dash and after
    an attribution's dash (raw offsets, insertions only)."""
    out = []
    for start, _, line in lines:
        m = _DATELINE.match(line)
        if m and len(m.group("place").split(",")[0]) >= 3:
            if not m.group("pre"):
                out.append(Correction(start + m.end("place"), start + m.end("place"), "", " ", "dateline_dash"))
            if not m.group("post"):
                out.append(Correction(start + m.end(), start + m.end(), "", " ", "dateline_dash"))
        for a in _ATTRIBUTION.finditer(line):
            out.append(Correction(start + a.end(), start + a.end(), "", " ", "attribution_dash"))
    return out
