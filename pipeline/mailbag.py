"""A reader-mailbag column: readers' letters, each answered by the columnist.

A letter opens "Dear <Column>," and is signed at its end with a dash and a pen name ("— Worried in
Walla Walla", "— Name, Place"); the answer comes in the paragraphs after it, often under a label line
("The critic replies:") and opening "Dear <pen name>,". The films a letter names are the reader's own
(mentioned); each answer paragraph recommends the first film it names that the page has not named
before (the reader's own film, named again in the answer, is no pick; nor is a film the answer names
after its pick, a yardstick or a sequel). Picks rank in page order across the column.

Input: the clean text, its paragraphs (sections.Paragraph) and each film key's mention offsets;
output: the picked film keys in order, or [] for a page that is no mailbag.
"""

from __future__ import annotations

import re

# "Dear Critic,", "Dear Film Editor,", "Dear Stumped,": a letter's (or an answer's) salutation
_DEAR = re.compile(r"Dear\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},")
# "— Stumped in Stockton", "– Tired of Sequels, Hull": a pen name signed at a letter's end (at most 8 words)
_SIGNED = re.compile(r"\s[—–]\s*[A-Z][\w’'.-]*(?:,?\s+[\w’'.-]+){0,7}\s*$")
MIN_LETTERS = 2  # signed letters that make a page a mailbag without a "Dear" answer after them


def letters(text: str, paras) -> list[int]:
    """Indexes of the paragraphs that are signed letters: opened by a salutation ("Dear Desk,") and
    closed by a dashed pen name ("— Stumped in Stockton")."""
    return [i for i, p in enumerate(paras)
            if _DEAR.match(text, p.start) and _SIGNED.search(text[p.start : p.end].rstrip())]


def mailbag_picks(text: str, paras, offsets: dict[str, list[int]]) -> list[str]:
    """Film keys the columnist recommends, in page order (each once): per answer paragraph (those
    after a letter, up to the next letter), the first film it names whose first mention on the page
    is in that paragraph. [] unless the page holds MIN_LETTERS signed letters, or one answered by
    a paragraph opening "Dear <pen name>,"."""
    return list(dict.fromkeys(mailbag_sections(text, paras, offsets).values()))


def mailbag_sections(text: str, paras, offsets: dict[str, list[int]]) -> dict[int, str]:
    """Answer paragraph start -> the key of the pick whose section it is in: the paragraph that picks a
    film and the answer's paragraphs after it that pick none ("Ana Ruiz directed it" under
    the paragraph naming the pick); {} for a page that is no mailbag (see mailbag_picks)."""
    found = letters(text, paras)
    if not found or len(found) < MIN_LETTERS and not any(
            _DEAR.match(text, p.start) for p in paras[found[0] + 1 :]):
        return {}
    first_seen = {key: min(offs) for key, offs in offsets.items() if offs}
    picked: set[str] = set()
    out: dict[int, str] = {}
    for n, i in enumerate(found):
        stop = found[n + 1] if n + 1 < len(found) else len(paras)
        current = None  # a new letter closes the last answer's pick
        for p in paras[i + 1 : stop]:
            new = sorted((at, key) for key, at in first_seen.items() if p.start <= at < p.end and key not in picked)
            if new:
                current = new[0][1]
                picked.add(current)
            if current is not None:
                out[p.start] = current
    return out
