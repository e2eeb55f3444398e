"""A pick section on a page that is no list: a label line ("Our pick", "Editor’s picks", a heading
or a bare line) over a paragraph whose first sentence names the films the writer recommends
("If you can fit in only two, choose <Title> and <Title>.").

Input: the clean text, its paragraphs, the lines moved out of it and each film key's mention
offsets; output: the picked film keys in the order that sentence names them. The label phrases
are cues.toml `pick_labels`.
"""

from __future__ import annotations

import bisect

from pipeline.titles import cues, normalise

LABEL_CHARS = 40  # a bare paragraph longer than this is prose, not a label line


def picked_films(text: str, paras, captions, offsets: dict[str, list[int]]) -> list[str]:
    """Film keys named by the first sentence of the paragraph right under each pick label, in
    the order named (each key once). paras: sections.Paragraph list in order; captions: the
    article's moved-out lines (a "heading" line is read at its place `before`)."""
    labels = cues()["pick_labels"]
    at = [cap.before for cap in captions if cap.rule == "heading" and normalise(cap.text) in labels]
    at += [p.end for p in paras if p.end - p.start <= LABEL_CHARS and normalise(text[p.start : p.end]) in labels]
    starts = [p.start for p in paras]
    picked: list[str] = []
    for label_at in sorted(at):
        i = bisect.bisect_left(starts, label_at)
        if i == len(paras):
            continue
        p = paras[i]
        named = sorted((min(o for o in offs if p.start <= o < p.first_sentence_end), key)
                       for key, offs in offsets.items() if any(p.start <= o < p.first_sentence_end for o in offs))
        picked += [key for _, key in named if key not in picked]
    return picked
