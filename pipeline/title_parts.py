"""A title's head and subtitle: "Head: Subtitle" -> ("Head", "Subtitle").

The one place that splits a title so. Its readers (pipeline.series_heads, mention_aliases.subtitle_aliases,
aliases.subtitle_forms and aliases.head_forms) each add their own tests of when a head or subtitle
alone names the film. Pure function, no data.
"""

from __future__ import annotations

import re

# "Series: Name – The Last Stand": the last separator of a long title (a colon and a space, or a spaced dash)
_LAST_SEPARATOR = re.compile(r"(?:\s[–—-]\s|:\s)(?!.*(?:\s[–—-]\s|:\s))")


def title_parts(title: str, *, last: bool = False) -> tuple[str, str] | None:
    """A title -> (head, subtitle), both stripped, or None when it has no separator.

    By default the title is cut at its first colon ("Head: Sub: More" -> ("Head", "Sub: More")); with
    `last`, at its last colon-and-space or spaced dash ("Series: Name – The Last Stand" ->
    ("Series: Name", "The Last Stand"))."""
    if last:
        m = _LAST_SEPARATOR.search(title)
        return (title[: m.start()].strip(), title[m.end() :].strip()) if m else None
    head, colon, subtitle = title.partition(":")
    return (head.strip(), subtitle.strip()) if colon else None
