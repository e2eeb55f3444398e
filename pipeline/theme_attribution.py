"""Attribution of a theme match to a film named in a sentence that is not its own passage.

In a news piece, an introduction or a round-up paragraph, a sentence may name a film in passing
while its theme words describe something else: "Her new one is a ghost story, as gentle as anything
she has made since <Title> came out" (the ghost story is the new film), "a heist film as grim as
<Title>" (a comparison), "<Person>, whose <Title> played here, now follows a nurse who loses her
job" (the person's new film). Such a film gets a theme only from the words that speak of it:
its own clause, or the clause hung right after its name ("<Title> (1999), whose masked
killer..."), and never when it is named only as the yardstick of a comparison.

Pure functions used by the themes stage (pipeline/themes.py): text offsets in, yes or no out. A film that
opens a sentence (leads: "Salt Road is...", "In Salt Road, ...") is what the sentence is about.
"""

from __future__ import annotations

import bisect
import re

CUTS = ",;:—–()"
# Words just before a film's name that make it the yardstick of a comparison or a point in time
# ("as grim as <Title>", "funnier than <Title>", "made after <Title>"), with at most a
# possessive name between ("as grim as <Person>’s <Title>").
YARDSTICK = re.compile(r"\b(?i:like|(?<!such )as|than|after|since|before|unlike)\s+(?:(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s?\s+)?$")
# The comparisons among them; a point in time ("Before <Title>, its director made ...") may speak of a third film.
COMPARISON = re.compile(YARDSTICK.pattern.replace("|after|since|before", ""))
# What may stand between a name and the clause cut after it: a bracket ("(1982)", "(original title)").
_AFTER_NAME = re.compile(r"\s*(?:\([^()]*\)\s*)*")
# A clause opened by a coordinator goes on with the sentence's subject, not with the name before it:
# "She made <Title>, and was about to turn up in a period drama".
_COORDINATED = re.compile(r"\s*(?:and|but|or|yet|then|so)\b")
# A comparison that puts its yardstick above all others introduces it: "Few films have had as much fun as <Title>".
_NONE_BETTER = re.compile(r"\b(?i:few|no|nobody|nothing|none|never)\b")
# A film the reader is taken to know already: "If you liked <Title>, ...", "Fans of <Person>’s <Title> ...".
_LIKED = re.compile(r"\b(?i:(?:if|since) you (?:liked|loved|enjoyed|admired)|fans of)\s+(?:(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s?\s+)?$")
# A name inside a clause hung on a person's name: "<Person>, whose 2017 debut <Title> was ...", the person's other film.
_WHOSE = re.compile(r"[A-Z][\w.\-]*,\s+whose\s+(?:[\w’'\-]+\s+){0,4}$")
# A film named as where a person played a part: "his gentle surgeon in <Person>’s <Title>", "her first role in <Title>".
_PART_IN = re.compile(r"\b(?i:his|her|their)\s+(?:[\w’'\-]+\s+){0,5}in\s+(?:(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w.\-]*[’']s?\s+)?$")
# What joins a name to the next work: "<Title> and <Title>", "<Title> (1999), <Title>", "<Title> and the ghost story".
_JOINED = re.compile(r"\s*(?:\([^()]*\))?\s*(?:(?P<word>and|or|&)\s+|,\s*)")


# At most this many lowercase words between "and" and a term after a film's name: "<Title> and the ghost story".
_FEW_WORDS = re.compile(r"(?:[a-z][\w’'\-]*\s+){0,3}")
_INTRODUCED = 16  # characters after a term within which a film's name is the one the term introduces


def listed_beside(text: str, t0: int, t1: int, mentions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether the term at text[t0:t1] and a film's name (mentions: (start, end, film id) sorted by start, `starts`
    their starts) are two items joined by "and" or "or" (_JOINED): the term then names something beside the film,
    before it ("the three robberies and <Title>") or after it ("<Title> and the ghost story"), unless it introduces the
    name right after it ("<Title> and the submarine drama <Title>")."""
    names = [(m0, m1) for m0, m1, _ in mentions[bisect.bisect_left(starts, t0 - 200) : bisect.bisect_right(starts, t1 + _INTRODUCED)]]
    if any((j := _JOINED.fullmatch(text, t1, m0)) and j.group("word") for m0, _ in names if t1 <= m0):
        return True
    if any(t1 <= m0 for m0, _ in names):
        return False
    return any((j := _JOINED.match(text, m1)) and j.group("word") and _FEW_WORDS.fullmatch(text, j.end(), t0)
               for _, m1 in names if t0 - 60 <= m1 <= t0)


def speaks_of(text: str, sent_start: int, sent_end: int, at: int, names: list[tuple[int, int]]) -> bool:
    """Whether a theme term at offset `at` of the sentence text[sent_start:sent_end] speaks of the film
    whose names (mentions) stand at `names` (start, end offsets inside the sentence).

    Yes when a name shares the term's clause (cut at , ; : dashes and brackets), or when the term's
    clause comes right after a name that closes its own clause (a bracket at most between), unless a coordinator
    opens it ("She made <Title>, and then ..."). No when
    every name is the yardstick of a comparison or a point in time ("as grim as", "after")."""
    names = [(s, e) for s, e in names if not YARDSTICK.search(text, max(sent_start, s - 60), s)]
    if not names:
        return False
    c0, c1 = clause(text, sent_start, sent_end, at)
    for start, end in names:
        if c0 <= start < c1 or c0 <= end - 1 < c1:
            return True
        if end < c0 and _AFTER_NAME.fullmatch(text, end, c0 - 1) and not _COORDINATED.match(text, c0):
            return True  # "<Title> (1982), whose ...": the clause hung on the name
    return False


def compared_elsewhere(text: str, sent_start: int, sent_end: int, at: int, names: list[tuple[int, int]]) -> bool:
    """Whether every one of a film's names in the sentence (start, end offsets) is the yardstick of a COMPARISON
    ("Like <Title>, ...", "as grim as <Title>") standing outside the clause of the term at offset `at`: the term
    then speaks of what the film is compared with, not of the film."""
    c0, c1 = clause(text, sent_start, sent_end, at)
    return bool(names) and all(COMPARISON.search(text, max(sent_start, s - 60), s) and not (c0 <= s < c1) for s, _ in names)


def clause(text: str, s0: int, s1: int, at: int, memo: dict | None = None) -> tuple[int, int]:
    """The clause of text[s0:s1] around offset `at`: from just after the last cut (CUTS) before it to the next cut.

    memo: sentence (s0, s1) -> its cut offsets, kept across calls by a caller that asks about one sentence often."""
    memo = {} if memo is None else memo
    if (s0, s1) not in memo:
        memo[(s0, s1)] = [i for i in range(s0, s1) if text[i] in CUTS]
    cuts = memo[(s0, s1)]
    i = bisect.bisect_left(cuts, at)  # cuts[:i] lie before `at`, cuts[i:] at or after it
    start = cuts[i - 1] + 1 if i else s0
    end = cuts[i] if i < len(cuts) else s1
    return start, end


def passing_sections(text: str, sections: list[tuple[int, int, str]], mentions: list[tuple[int, int, str]],
                     kept: set[str]) -> list[tuple[int, int]]:
    """(start, end) of the runs of sections whose film is named in them only in passing: every name is the
    yardstick of a comparison or a point in time ("since <Title> swept the awards"), or stands beside another
    work ("<Title> and the ghost story ...", "<Title>, <Title> and <Title>", a pair entry "<Title> and <Title>"), or
    stands in a bracketed aside ("we left out the sequels (yes, even <Title>)"), or in a clause hung on a person
    ("<Person>, whose debut <Title> was ..."), or as where a person played a part ("his kindly doctor in <Title>").

    Such a run is an introduction, a pair entry or another film's passage that extract gave to a film named there:
    its sentences that name no film say nothing for sure about that one. sections: (start, end, film id) in order;
    mentions: (start, end, film id) sorted by start; kept: films whose runs are never passing (a subject the headline
    names, films a caption heads). A run that does not name its film is left alone (extract had another reason to
    give it)."""
    starts = [m[0] for m in mentions]
    runs: list[list] = []
    for start, end, film_id in sections:
        if runs and runs[-1][2] == film_id and start - runs[-1][1] <= 3:  # the next paragraph of the same film
            runs[-1][1] = end
        else:
            runs.append([start, end, film_id])
    out = []
    for start, end, film_id in runs:
        if film_id in kept:
            continue
        names = [(m0, m1) for m0, m1, fid in mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
                 if fid == film_id]
        if names and all(_in_passing(text, start, m0, m1, mentions, starts) for m0, m1 in names):
            out.append((start, end))
    return out


def unnamed_sections(sections: list[tuple[int, int, str]], mentions: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """(start, end) of the sections (start, end, film id; in order) that go on a film's passage without naming it
    while they name another film: "Irish studio <Studio> offers a different kind of folklore. <Person>’s <Title>
    follows ..." after a paragraph about an earlier film. Whose words the sentences there that name no film are,
    the film carried over or the one named, is not sure. mentions: (start, end, film id) sorted by start."""
    starts = [m[0] for m in mentions]
    out = []
    for start, end, film_id in sections:
        here = {fid for _, _, fid in mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]}
        if here and film_id not in here:
            out.append((start, end))
    return out


def only_in_passing(sections: list[tuple[int, int, str]], passing: list[tuple[int, int]]) -> set[str]:
    """Ids of the films every one of whose sections (start, end, film id) lies in a run of `passing`
    (as passing_sections gives them): films extract gave a passage to that names them only in passing."""
    inside = {fid for start, _, fid in sections if not any(p0 <= start < p1 for p0, p1 in passing)}
    return {fid for _, _, fid in sections} - inside


def _in_passing(text: str, floor: int, m0: int, m1: int, mentions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether the name at text[m0:m1] is a yardstick or stands joined to another work (see passing_sections)."""
    if _LIKED.search(text, max(floor, m0 - 40), m0):
        return True  # "If you liked <Title>, watch ...": the film the reader knows, not the one the passage offers
    if _bracketed(text, floor, m0, m1):
        return True  # "We left out the sequels (yes, even <Title>)": an aside
    if _WHOSE.search(text, max(floor, m0 - 80), m0) or _PART_IN.search(text, max(floor, m0 - 80), m0):
        return True  # "<Person>, whose 2017 debut <Title> was ...", "his doctor in <Title>": the person's other film
    if YARDSTICK.search(text, max(floor, m0 - 60), m0):
        opening = max(text.rfind(c, floor, m0) for c in ".!?\n") + 1
        return not _NONE_BETTER.search(text, max(floor, opening), m0)  # "No film is closer to it than <Title>"
    joined = _JOINED.match(text, m1)
    if joined and (joined.group("word") or mention_at(mentions, starts, joined.end())):
        return True  # "<Title> and the ghost story ...", "<Title>, <Title>"
    i = bisect.bisect_left(starts, m0) - 1  # the name before it: "<Title>, <Title>", "<Title> (1999) and <Title>"
    return i >= 0 and mentions[i][1] <= m0 and bool(_JOINED.fullmatch(text, mentions[i][1], m0))


def _bracketed(text: str, floor: int, m0: int, m1: int) -> bool:
    """Whether the name at text[m0:m1] stands inside a bracket of its sentence with words before it: "(yes, even
    <Title>)", "(unlike <Title>)". A bracket that holds the name alone ("(<Original Title>)") gives another name
    of a film named just before, not an aside."""
    opening = max(max(text.rfind(c, floor, m0) for c in ".!?\n") + 1, floor)
    bracket = text.rfind("(", opening, m0)
    if bracket < 0 or text.find(")", bracket, m0) >= 0:
        return False
    return bool(text[bracket + 1 : m0].strip()) and text.find(")", m1) >= 0


def mention_at(mentions: list[tuple[int, int, str]], starts: list[int], at: int) -> bool:
    """Whether a mention starts at offset `at` (or a character after it)."""
    i = bisect.bisect_left(starts, at)
    return i < len(mentions) and mentions[i][0] <= at + 1


# A film named at the very start of a sentence ("Salt Road is...", "In Salt Road, ...") is what the sentence is
# about; one named after other words ("Before Salt Road, Vell made...", "Based, like Salt Road, on...",
# "his second feature after Salt Road follows...") is a reference inside another film's passage.
# A possessive name before the title ("Ana Ruiz’s Glass Orchard", "Vell’s Crossways") still leads.
LEAD_WORDS = {"in", "and", "but", "yet", "so", "then", "while", "also", "both", "with"}
LEAD_POSSESSIVE = re.compile(r"(?:[A-Z][\w.\-]*\s+|(?:de|del|della|van|von|le|la)\s+){0,3}[A-Z][\w.\-]*[’']s?\s*$")


def leads(text: str, sent_start: int, film_id: str, mentions: list[tuple[int, int, str]], starts: list[int]) -> bool:
    """Whether the film opens the sentence at sent_start: named first, after at most one LEAD_WORDS word."""
    for m_start, _, fid in mentions[bisect.bisect_left(starts, sent_start) :]:
        prefix = text[sent_start:m_start]
        words = re.findall(r"\w+", prefix)
        if words and words[0].lower() in LEAD_WORDS:  # "In Glass Orchard, ...", "And Ana Ruiz’s ..."
            prefix = prefix.lstrip()[len(words[0]):].lstrip(" ,")
            words = words[1:]
        if words and not LEAD_POSSESSIVE.fullmatch(prefix.lstrip()):
            return False
        if fid == film_id:
            return True
    return False


def passage_of(text: str, s0: int, s1: int, at: int, film_id: str, mentions: list[tuple[int, int, str]],
                starts: list[int]) -> bool:
    """Whether the term at offset `at` of the sentence text[s0:s1], which names the film but is not in its
    section, speaks of it: the film opens the sentence, or the term is in the words about one of its names."""
    if leads(text, s0, film_id, mentions, starts):
        return True
    names = [(m0, m1) for m0, m1, fid in mentions[bisect.bisect_left(starts, s0) : bisect.bisect_left(starts, s1)] if fid == film_id]
    return speaks_of(text, s0, s1, at, names)
