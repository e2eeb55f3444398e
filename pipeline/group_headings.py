"""Headings that group a list's entries ("The Classics", "Modern Masterpieces") rather than
name a film.

A list whose entries are dated ("Title (1930) Prose..." paragraphs or "Title (1930)" headings)
may split them into eras or kinds with short headings of its own. Such a heading carries no year
or rank, stands right above an entry that dates another title, and is never named in the prose.
Pure function over the caption lines, their candidates and the dated entries; no title list.
"""

from __future__ import annotations

from pipeline.titles import Candidate, normalise

MIN_DATED = 3  # dated entries an article needs before its undated headings are read as group headings


def group_headings(captions, per_caption: list[Candidate | None], dated_leads: list[Candidate],
                   text: str) -> list[Candidate | None]:
    """Caption lines, their film candidates (None where a line names no film, same order), the
    dated paragraph leads ("Title (1930) Prose...", marker_at their paragraph start) and the clean
    text -> per_caption with None for each group heading: an undated, unranked line right above
    a dated entry of another title (the next line at its place, or a dated lead opening the
    paragraph where it stood) whose words the text never uses, in a list of at least MIN_DATED
    dated entries."""
    dated_lines = [c is not None and c.year is not None for c in per_caption]
    if sum(dated_lines) + len(dated_leads) < MIN_DATED:
        return per_caption
    lead_at = {c.marker_at: normalise(c.text) for c in dated_leads}
    out = list(per_caption)
    for i, (cap, c) in enumerate(zip(captions, per_caption)):
        if c is None or c.year is not None or c.rank is not None or c.text in text:
            continue
        below = _entry_below(captions, per_caption, dated_lines, lead_at, i)
        if below is not None and below != normalise(c.text):
            out[i] = None
    return out


def _entry_below(captions, per_caption, dated_lines, lead_at, i) -> str | None:
    """The key of the dated entry right under line i: the next line when it stands at the same
    place and is dated, else the dated lead of the paragraph the line stood above, else None."""
    nxt = i + 1
    while nxt < len(captions) and captions[nxt].before == captions[i].before and per_caption[nxt] is None:
        nxt += 1  # an image file name or a credit between them
    if nxt < len(captions) and captions[nxt].before == captions[i].before:
        return normalise(per_caption[nxt].text) if dated_lines[nxt] else None
    return lead_at.get(captions[i].before)
