"""Related-article links -> the films their headlines name.

A "Related" / "READ MORE:" line is page furniture, not a film, but a headline such as
"Every Name Movie, Ranked, From Title to Title" or "10 Films ..., Including Title and Title"
names films the page mentions. Input: the clean stage's captions; output: titles, in order.
"""

from __future__ import annotations

import re

from pipeline.captions import title_like
from pipeline.titles import cues

LINK_RULES = {"related_link"}
_OPEN = r"[A-Z0-9“‘\"']"
# ", From Title to Title" closing a headline: the two ends of a ranked run
_FROM_TO = re.compile(rf"(?:^|,\s*|\s)[Ff]rom\s+({_OPEN}.*?)\s+to\s+({_OPEN}.*?)\s*$")
# ", Including Title, Title and Title" closing a headline
_INCLUDING = re.compile(rf",\s*(?:[Ii]ncluding|[Ll]ike|[Ss]uch\s+as)\s+({_OPEN}.*?)\s*$")
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")
_QUOTES = "“”‘’\"'"


def link_titles(captions) -> list[str]:
    """Captions of the clean stage -> the film titles named at the end of related-link headlines
    ("..., From A to B", "..., Including A and B"), each title-shaped, in order, without quotes."""
    out: list[str] = []
    for cap in captions:
        if cap.rule not in LINK_RULES:
            continue
        head = re.sub(r"^[^:]{1,20}:\s*", "", cap.text.strip())  # "READ MORE: headline"
        found = _FROM_TO.search(head)
        parts = list(found.groups()) if found else []
        if not found and (found := _INCLUDING.search(head)):
            parts = _LIST_SPLIT.split(found.group(1))
        for part in parts:
            title = part.strip().strip(_QUOTES).strip()
            if title and title_like(title.split()) and title.lower() not in cues()["link_rank_ends"] and title not in out:
                out.append(title)
    return out
