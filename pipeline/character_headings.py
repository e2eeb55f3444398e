"""Entry headings that name a character beside the film: "3. Character Name, Title (2008)",
"3. Character Name – Title".

A list of screen characters (villains, heroes, performances) heads each entry with the
character, a comma and the film. caption_titles already splits a line whose part before the
comma reads as a person's name ("Ana Ruiz, Cold Harbour (2019)"); a character called "The
Ferryman", "Nurse Vane" or "Tom the Tinker" is no such name, so the whole line stayed one
title. In a run of such headings the layout itself says which part is the film.

Input: the article's caption lines and their candidates (caption_titles.caption_candidate);
output: the candidates with the film's part as their title. No title list is used.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.captions import RANK_START, YEAR_PAREN
from pipeline.caption_titles import NAME_COMMA, NAME_DASH, TITLE_LINES, names_only
from pipeline.titles import cues, is_titlecase

MIN_RUN = 2  # entry headings split at a name's comma before the others follow the layout
MAX_CHARACTER_WORDS = 4  # "Tom the Tinker", "The Ferryman": a character's name is short


def _body(text: str) -> str | None:
    """"3. Name, Title (2008)" -> "Name, Title": the line without its rank and its dated bracket
    (None for a line with neither: only a ranked or dated entry heading counts)."""
    ranked = RANK_START.match(text)
    if ranked:
        text = text[ranked.end():]
    m = YEAR_PAREN.search(text)
    return text[: m.start()].strip() if m else text.strip() if ranked else None


def _split(body: str):
    """"Name, Title" or "Name – Title" with that one separator -> its match (groups: the two
    parts), else None."""
    if body.count(",") == 1 and "–" not in body and "—" not in body:
        return NAME_COMMA.match(body)
    if body.count("–") + body.count("—") == 1 and "," not in body:
        return NAME_DASH.match(body)
    return None


def character_like(span: str) -> bool:
    """"The Ferryman", "Nurse Vane", "Tom the Tinker": one to four title-case words, the first
    capitalised, no digits, no colon (a character's name, not a sentence, a date or "Head: Sub")."""
    words = span.split()
    return (0 < len(words) <= MAX_CHARACTER_WORDS and words[0][:1].isupper() and ":" not in span
            and all(is_titlecase(w) and not any(ch.isdigit() for ch in w) for w in words))


def _a_part(span: str) -> bool:
    """"Part 2", "Vol. 1": the part of a work a title's subtitle names (cues.toml part_words)."""
    first = span.split()[0].lower().rstrip(".") if span.split() else ""
    return first in cues()["part_words"]


def _sides(captions, per_caption):
    """(index, part before the comma or dash, part after, which part the candidate kept: "after",
    "whole" or None) for each dated or ranked entry heading "X, Y" with one comma or "X – Y" with
    one dash (see _body and _split)."""
    out = []
    for i, (cap, cand) in enumerate(zip(captions, per_caption)):
        if cand is None or cap.rule not in TITLE_LINES:
            continue
        body = _body(cap.text)
        m = _split(body) if body else None
        if not m:
            continue
        before, after = m.group(1).strip(), m.group(2).strip()
        kept = "after" if cand.text == after else "whole" if cand.text == body else None
        out.append((i, before, after, kept))
    return out


def character_commas(captions, per_caption: list) -> list:
    """In a run of "Character, Title (Year)" (or "Character – Title", or undated but ranked) entry
    headings (two or more split at a person's name, as many as are left whole), a line kept whole
    whose part before the comma is character-like is split too: its title is the part after ("The
    Ferryman, Night Loom (2008)" beside "Ana Ruiz, Cold Harbour (2019)"). The other way round, two
    or more "Title, Person Name (Year)" lines and none split name-first make every such line's title
    the part before.
    A title holding two commas ("Cold, Dark, Deep") is never split.

    captions: the caption/heading lines; per_caption: their candidates, same order. Returns
    per_caption with the split titles."""
    sides = _sides(captions, per_caption)
    name_first = sum(1 for _, _, _, kept in sides if kept == "after")
    whole = [(i, before, after) for i, before, after, kept in sides if kept == "whole"]
    title_first = sum(1 for _, before, after in whole if names_only(after) and not names_only(before))
    out = list(per_caption)
    if name_first >= MIN_RUN and name_first >= len(whole):
        for i, before, after in whole:
            if character_like(before) and all(is_titlecase(w) for w in after.split()) and not _a_part(after):
                out[i] = replace(out[i], text=after)
    elif title_first >= MIN_RUN and name_first == 0:
        for i, before, after in whole:
            if character_like(after):
                out[i] = replace(out[i], text=before)
    return out


def heading_characters(captions, per_caption: list) -> set[str]:
    """The characters that split entry headings name before their film's title ("The Ferryman"
    of "The Ferryman, Night Loom (2008)"), with a leading "The" also dropped ("Ferryman")."""
    out = set()
    for _, before, _, kept in _sides(captions, per_caption):
        if kept == "after" and character_like(before):
            out.add(before)
            if before.startswith("The "):
                out.add(before[4:])
    return out


def possessed_characters(text: str, cands: list, characters: set[str]) -> list:
    """Candidates -> the same, a film candidate right after "Name’s " whose words are a character
    an entry heading names (heading_characters) re-labelled kind "character": "Ana Ruiz’s
    Ferryman" is her part; the film of that name elsewhere ("won for Ferryman") stays a film."""
    if not characters:
        return cands
    out = []
    for c in cands:
        if (c.kind == "film" and c.start is not None and c.text in characters
                and _POSSESSIVE_END.search(text, max(0, c.start - 40), c.start)):
            c = replace(c, kind="character")
        out.append(c)
    return out


_POSSESSIVE_END = re.compile(r"[A-Z][\w\-]+(?:’s|'s|’|')\s+$")
