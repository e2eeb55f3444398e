"""Entry headings whose data line counts episodes: a television series in a list of films.

A guide's entry opens with its title line and a data line under it ("Rated PG · 1h 36m · Ages 10+");
a series among the films gets the same layout with a count of episodes or seasons in place of a
running time ("Rated TV-Y7 · 6 episodes · Ages 6+"). The heading names no film.

Pure function over the caption records (pipeline.record.Caption) and their candidates; used by the
extract stage beside pipeline.other_works.series_headings (which reads the section's prose).
"""

from __future__ import annotations

import re

from pipeline.titles import Candidate

# "6 episodes", "10 eps", "2 seasons": a count only a series has ("Season 2" alone may be a sports season)
_EPISODE_COUNT = re.compile(r"\b\d{1,3}\s+(?:episodes|eps\.?|seasons)(?![\w-])", re.IGNORECASE)
DATA_LINE_WORDS = 14  # a data line is short: a sentence that counts episodes is prose, read elsewhere


def episode_headings(captions, per_caption: list[Candidate | None]) -> tuple[list[Candidate | None], list[int]]:
    """Captions and their candidates (parallel lists) -> (the candidates, with None for a title line
    whose data line right under it counts episodes or seasons; the clean offsets where those title
    lines stood, which close the section before them).

    The data line is a caption of no title at the same clean offset as the title line, before any
    other title line (lines moved out of the text one after another share one offset)."""
    out, series_at = list(per_caption), []
    for i, c in enumerate(per_caption):
        if c is None or c.marker_at is None:
            continue
        for j in range(i + 1, len(captions)):
            if per_caption[j] is not None or captions[j].before != captions[i].before:
                break
            line = captions[j].text
            if len(line.split()) <= DATA_LINE_WORDS and _EPISODE_COUNT.search(line):
                out[i] = None
                series_at.append(c.marker_at)
                break
    return out, series_at
