"""Related-article links -> the films their headlines name.

A "Related" / "READ MORE:" line is page furniture, not a film, but a headline such as
"Every Name Movie, Ranked, From Title to Title" or "10 Films ..., Including Title and Title"
names films the page mentions. Input: the clean stage's captions (or, for HTML, the headlines of
a related-links box the reader kept out of the text); output: titles, in order.
"""

from __future__ import annotations

import re

from pipeline.caption_titles import names_only
from pipeline.captions import link_blocks, title_like
from pipeline.titles import cues

LINK_RULES = {"related_link"}
_OPEN = r"[A-Z0-9“‘\"']"
# ", From Title to Title" closing a headline: the two ends of a ranked run
_FROM_TO = re.compile(rf"(?:^|,\s*|\s)[Ff]rom\s+({_OPEN}(?:(?!,\s+[Ff]rom\s).)*?)\s+to\s+({_OPEN}.*?)\s*$")  # the last ", From"
# "From Title to Title: Name’s 10 Best Performances": the run opening a headline, before its colon
_FROM_TO_LEAD = re.compile(rf"^[Ff]rom\s+({_OPEN}[^:]*?)\s+to\s+({_OPEN}[^:]*?):\s+\S")
# ", Including Title, Title and Title" closing a headline
_INCLUDING = re.compile(rf",\s*(?:[Ii]ncluding|[Ll]ike|[Ss]uch\s+as)\s+({_OPEN}.*?)\s*$")
# "How Well Do You Remember Title?", "Do You Know Title?": a quiz about one film
_QUIZ_ON = re.compile(rf"^(?:How\s+(?:Well|Much)\s+)?Do\s+You\s+(?:Really\s+)?(?:Know|Remember)\s+({_OPEN}[^?]*?)\?$")
# ...unless its object is a group ("Do You Remember These Heist Movies?")
_GROUP = re.compile(r"^(?:These|Those|Every|All|Your|Our|This|Its|Their|Which|What)\b|\b(?:Movies|Films|Characters|Quotes|Lines|Scenes)\b")
# "Title at 20: ...": an anniversary headline names its film before the age and colon
_AT_AGE = re.compile(rf"^({_OPEN}.*?)\s+at\s+\d{{1,3}}\s*:\s+\S")
# "Is Title Still Worth Watching?", "Does Title Still Hold Up?": the film between the question word and "Still"
_STILL = re.compile(rf"^(?:Is|Are|Does|Do|Was|Can)\s+({_OPEN}.*?)\s+Still\s+\S")
# "The cast of Title, then and now", "Where the Title kids are now": a cast gallery's headline
_CAST_OF = re.compile(rf"(?:^|\s)[Cc]ast\s+of\s+({_OPEN}.*?)(?:,|:|\s+(?:then|now|today|where)\b|$)")
_WHERE_NOW = re.compile(rf"^Where\s+(?:the\s+)?({_OPEN}.*?)\s+(?:cast|kids|stars|actors|gang|crew)\s+(?:is|are)\s+now\b")
# "Films about lighthouses that aren't Title?", "Movies like Title?": a thread's question closing on its yardstick film
_YARDSTICK = re.compile(rf"\s(?:that|which)\s+(?:aren[’']t|are\s+not|isn[’']t|is\s+not)\s+({_OPEN}[^?]*?)\?$"
                        rf"|\s(?:[Ll]ike|[Bb]esides|[Oo]ther\s+than|[Ss]imilar\s+to)\s+({_OPEN}[^?]*?)\?$")
# "City on Screen: Where A and B Were Filmed", "How A Was Made": a making-of headline names its films (a
# pronoun there, "How We Were Shot", is no film)
_MAKING_OF = re.compile(rf"(?:^|:\s+)(?:Where|How)\s+(?!(?:I|We|They|You|He|She|It|These|Those)\s)({_OPEN}.*?)\s+(?:Was|Were)\s+(?:Filmed|Shot|Made)\b")
# "Is Name’s Title the boldest sequel of the decade?": a question ranking one maker's film (the possessive vouches
# for a work)
_MAKERS_SUPERLATIVE = re.compile(rf"^(?:Is|Was)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,3}}[’']s?\s+({_OPEN}.*?)"
                                 rf"\s+the\s+(?:[a-z]+est|most|best|worst)\b[^?]*\?$")
_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")
_QUOTES = "“”‘’\"'"


def link_titles(captions, related: list[str] | None = None) -> list[str]:
    """Captions of the clean stage, and the headlines of HTML related-links boxes (Article.related)
    -> the film titles named at the end of related-link headlines ("..., From A to B", "...,
    Including A and B"), at the start before a colon ("From A to B: ...", "A at 20: ..."), in a
    question "Is A Still ...?" or "Is Name’s A the strangest ...?", in a making-of headline ("...: Where A and B Were Filmed"), as a quiz's
    film ("How Well Do You Remember A?") or a cast gallery's ("The cast of A, then and now", "Where the A
    kids are now") or a thread's yardstick ("Films about X that aren't A?", "Movies like A?"), each
    title-shaped, in order, without
    quotes; a line may hold several headlines parted by "|"."""
    out: list[str] = []
    heads = [cap.text for cap in captions if cap.rule in LINK_RULES] + list(related or [])
    for line in (part for head in heads for part in head.split("|")):  # "Label: headline | headline"
        head = re.sub(r"^[^:]{1,20}:\s*", "", line.strip())  # "READ MORE: headline"
        # "From A to B: ...", also after a label ("READ MORE: From A to B: ..."), else a closing ", From A to B"
        found = _FROM_TO_LEAD.match(line.strip()) or _FROM_TO_LEAD.match(head) or _FROM_TO.search(head)
        # "Title at 20: ..." (a label's colon may take the title: read the whole line first), "Is Title Still ...?"
        found = found or _AT_AGE.match(head) or _AT_AGE.match(line.strip()) or _STILL.match(head) \
            or _MAKERS_SUPERLATIVE.match(head)
        parts = [p for p in found.groups() if found.re is not _AT_AGE or not names_only(p)] if found else []  # "Name at 60"
        if not found and (found := _INCLUDING.search(head) or _MAKING_OF.search(head)):
            parts = _LIST_SPLIT.split(found.group(1))
        elif not found and (found := _QUIZ_ON.match(head)) and not _GROUP.search(found.group(1)):
            parts = [found.group(1)]
        elif not found and (found := _CAST_OF.search(head) or _WHERE_NOW.match(head)):
            parts = [found.group(1)]
        elif not found and (found := _YARDSTICK.search(head)):
            parts = [found.group(1) or found.group(2)]
        for part in parts:
            title = part.strip().strip(_QUOTES).strip()
            if title and title_like(title.split()) and title.lower() not in cues()["link_rank_ends"] and title not in out:
                out.append(title)
    return out


def related_headlines(blocks: list[str]) -> list[str]:
    """The text blocks of a box the HTML reader drops (an <aside>, a sidebar) -> its linked
    headlines when it is a related-links block (a link label such as "Related" opening it, then
    headline-shaped lines, as captions.link_blocks marks them), else []."""
    if not blocks:
        return []
    kinds = link_blocks(blocks, [None] * len(blocks))
    if kinds[0] != "related_link":
        return []
    return [b for b, kind in zip(blocks[1:], kinds[1:]) if kind == "related_link"]
