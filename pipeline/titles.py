"""Find title candidates in one cleaned article and say what each mention is.

Sources of candidates, all general (no title list):
- repaired boundaries: in this scraping style an inserted space very often marks
  the edge of an italicised title or a link, so a title-case run that starts or
  ends at one is a candidate;
- captions and headings ("Title Movie Poster", "Title (1999)", "3. Title (Director, 2003)");
- quoted titles and title-case runs right after "film"/"movie" (for undamaged text).
Each mention is then classified by its context: film, franchise usage, person,
character.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from pipeline.captions import RANK_START, YEAR_PAREN
from pipeline.lexicon import data_file, is_given_name

_NUMBERED = {"Vol", "Pt", "No", "Ch", "Ep"}
SMALL = {"of", "the", "to", "a", "an", "and", "in", "on", "at", "for", "from", "with", "by", "vs", "vs.", "de", "del", "della", "di", "da", "la", "le", "du", "von", "van", "or", "&"}
_TOKEN = re.compile(r"\S+")
# "<Title>, the film that...", "<Title>, a 1999 film": a title-case run in apposition to "film"
_APPOSITIVE = re.compile(r"(?:(?<=[.!?]\s)|(?<=^)|(?<=\n))([A-Z0-9][^,.;:!?\n]{1,60}?),\s+(?:the|a|an)\s+(?:\d{4}\s+)?(?:\w+\s+)?(?:film|movie)\b", re.MULTILINE)
_QUOTED = re.compile(r"[“\"]([A-Z0-9][^“”\"\n]{1,60}?)[”\"]")
_NAME_WORDS = r"[A-Z][\w’'\-]+(?:\s+(?:[A-Z]\.\s+)?[A-Z][\w’'\-]+){1,2}"
# "Actor Name in Title", "A Name and B Name in Title", "A Name, B Name in Title"
_ACTOR_IN = re.compile(rf"^((?!(?:The|A|An)\b){_NAME_WORDS}(?:(?:,\s+|,?\s+and\s+){_NAME_WORDS})*)\s+in\s+(.+)$")
_MAKER_OF = re.compile(rf"^({_NAME_WORDS})(?:’s|'s|’|')\s+([A-Z].*)$")
_POSTER = re.compile(r"\s*(?:[-–—|:]\s*)?(?:official\s+|theatrical\s+|movie\s+|film\s+|teaser\s+|character\s+)*posters?\b.*$", re.IGNORECASE)


@dataclass(frozen=True)
class Candidate:
    """A span that may name a film. Offsets are into the clean text (None for captions)."""

    start: int | None
    end: int | None
    text: str
    source: str  # "text" | "caption" | "heading"
    kind: str = "film"  # "film" | "franchise" | "person" | "character"
    year: int | None = None  # a year the caption/heading gives
    director: str | None = None  # "(Director, 2003)" in a caption/heading
    rank: int | None = None  # "3. Title" heading
    marker_at: int | None = None  # clean offset where a caption/heading stood
    cast: str | None = None  # "Actor in Title" caption
    alias_of: str | None = None  # "Title (Alias)": the title this mention is another name for


@cache
def cues() -> dict[str, frozenset[str]]:
    """The cue word lists of pipeline/data/cues.toml as frozensets."""
    return {k: frozenset(v) for k, v in data_file("cues.toml").items()}


def normalise(title: str) -> str:
    """Key for grouping spellings of one title: casefolded, quotes unified, punctuation dropped."""
    t = title.casefold().replace("’", "'").replace("‘", "'")
    t = re.sub(r"[^\w\s']", " ", t)
    return " ".join(t.split())


def is_titlecase(word: str) -> bool:
    """True for a word that can stand inside a title: capitalised, a number, or a small word."""
    core = word.strip("“”\"‘’'()[]")
    return bool(core) and (core[0].isupper() or core[0].isdigit() or core.lower() in SMALL)


TITLE_LINES = {"caption", "heading", "poster_caption"}


def caption_candidate(caption) -> Candidate | None:
    """A caption/heading line -> a film candidate with any rank, year and director it states."""
    if caption.rule not in TITLE_LINES:
        return None
    text = caption.text
    rank = None
    if m := RANK_START.match(text):
        rank = int(m.group(1) or m.group(2))
        text = text[m.end():]
    year = director = None
    if m := YEAR_PAREN.search(text):
        year = int(m.group(1))
        inside = m.group(0)[1:-1]
        first = inside.split(",")[0].strip()
        if "," in inside and first and not first.isdigit() and first[0].isupper():
            director = first
        text = text[: m.start()]
    text = _POSTER.sub("", text).strip(" -–—|:‘’'\"“”")
    cast = None
    if (m := _ACTOR_IN.match(text)) and m.group(2)[:1].isupper():
        cast, text = m.group(1), m.group(2)  # "Actor Name in Title": a still from the film
    elif (m := _MAKER_OF.match(text)) and director is None and is_given_name(m.group(1).split()[0]):
        director, text = m.group(1), m.group(2)  # "Given Surname’s Title"
    words = text.split()
    if not words or len(words) > 10 or not all(is_titlecase(w) for w in words):
        return None
    if any(w.lower() in {"movies", "films", "shows", "series"} for w in words):
        return None  # "10 Great Action Movies to Watch": an article title, not a film
    if len(words) == 1 and words[0].lower() in cues()["not_titles"]:
        return None
    source = "heading" if caption.rule == "heading" else "caption"
    return Candidate(None, None, text, source, year=year, director=director, rank=rank, marker_at=caption.before, cast=cast)


def boundary_candidates(text: str, boundaries: list[tuple[int, str]]) -> list[Candidate]:
    """Title-case runs that open or close at a repaired boundary -> candidates (offsets in text)."""
    cuts = sorted({b for b, rule in boundaries})
    newlines = _newlines(text)
    sentence_starts = {b for b, rule in boundaries if rule == "punct_space" and text[b - 1 : b] in ".!?”\""}
    found: dict[tuple[int, int], Candidate] = {}
    rules: dict[int, set[str]] = {}
    for b, rule in boundaries:
        rules.setdefault(b, set()).add(rule)
    for b in cuts:
        if b not in sentence_starts and rules[b] != {"markup_close"}:
            span = _run_forward(text, b + 1, cuts, newlines)
            if span:
                found.setdefault(span, Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
        if rules[b] == {"markup_open"}:
            continue  # the start of an emphasised span is not the end of a title
        span = _run_backward(text, b, cuts, newlines)
        if span:
            found.setdefault(span, Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
    return [c for c in found.values() if _plausible(c.text)]


def cue_candidates(text: str) -> list[Candidate]:
    """Quoted titles and title-case runs after "film"/"movie" (works on undamaged text too)."""
    out = []
    newlines = _newlines(text)
    for m in _QUOTED.finditer(text):
        words = m.group(1).split()
        if len(words) <= 8 and all(is_titlecase(w) for w in words):
            out.append(Candidate(m.start(1), m.end(1), m.group(1), "text"))
    for m in _APPOSITIVE.finditer(text):
        words = m.group(1).split()
        if len(words) <= 8 and all(is_titlecase(w) for w in words) and _plausible(m.group(1)) and not (
                len(words) == 1 and words[0].lower().endswith("ly")):  # "Finally, the film..."
            out.append(Candidate(m.start(1), m.end(1), m.group(1), "text"))
    for m in re.finditer(r"\b(?:film|movie|classic|feature)\s+(?=[A-Z0-9])", text):
        span = _run_forward(text, m.end(), [], newlines)
        if span and _plausible(text[span[0] : span[1]]):
            out.append(Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
    return out


def _newlines(text: str) -> list[int]:
    """Offsets of every "\\n" in text, ascending (so a line's ends are found by bisection)."""
    return [m.start() for m in re.finditer("\n", text)]


def _run_forward(text: str, start: int, cuts: list[int], newlines: list[int]) -> tuple[int, int] | None:
    """The title-case run starting at `start`, ending at a cut, punctuation or a lowercase word.

    cuts, newlines: ascending offsets of the repaired boundaries and of the line breaks."""
    while start < len(text) and text[start] in "(“\"‘[":
        start += 1  # "(Title" / "“Title": the opening mark is not part of it
    if start >= len(text) or not (text[start].isupper() or text[start].isdigit()):
        return None
    i = bisect.bisect_left(newlines, start)
    line_end = newlines[i] if i < len(newlines) else len(text)
    j = bisect.bisect_right(cuts, start)
    next_cut = cuts[j] if j < len(cuts) else line_end
    limit = min(line_end, next_cut)
    end = start
    for n, m in enumerate(_TOKEN.finditer(text, start, limit)):
        word = m.group(0)
        if n >= 8 or not is_titlecase(word) or (n > 0 and word.startswith("(")):
            break  # a bracket ends a title: "Title (Other Title)"
        core, stop = _trim(word)
        if not core:
            break
        end = m.start() + len(core)
        if stop and not (word.rstrip(".") in _NUMBERED and word.endswith(".")):
            break  # "Vol. 2", "Pt. 1": the full stop does not end the title
    return _strip_small(text, start, end, keep_lead=True)


def _run_backward(text: str, end: int, cuts: list[int], newlines: list[int]) -> tuple[int, int] | None:
    """The title-case run ending at `end` (a cut), back to a cut, a line or sentence start."""
    if end == 0 or not text[end - 1].isalnum():
        return None
    i = bisect.bisect_left(newlines, end)
    line_start = newlines[i - 1] + 1 if i else 0
    j = bisect.bisect_left(cuts, end)
    prev_cut = cuts[j - 1] + 1 if j else line_start
    floor = max(line_start, prev_cut)
    words = _last_tokens(text, floor, end, 9)  # the loop below looks at no more than 9 words
    start = end
    for n, m in enumerate(reversed(words)):
        word = m.group(0)
        if word.startswith("(") and is_titlecase(word) and n < 8:
            start = m.start() + 1  # "(Given Surname": the run starts inside the bracket
            break
        if n >= 8 or not is_titlecase(word) or (n > 0 and _trim(word)[1] and not word.endswith(":")):
            break
        if n == 0 and (re.search(r"[’']s?$", word) or not (word[0].isupper() or word[0].isdigit())):
            return None  # "Name’s|Title": a possessive name; "in|Title": no title ends here
        start = m.start()
    if start == end:
        return None
    return _strip_small(text, start, end)


def _last_tokens(text: str, floor: int, end: int, k: int) -> list[re.Match]:
    """The last k tokens of text[floor:end], found in a window that widens from `end` as
    needed, so the cost does not grow with the length of the line."""
    width = 256
    while True:
        lo = max(floor, end - width)
        toks = list(_TOKEN.finditer(text, lo, end))
        if lo == floor:
            return toks[-k:]
        if toks and toks[0].start() == lo and not text[lo - 1].isspace():
            toks = toks[1:]  # the window cut this token: it is not whole
        if len(toks) >= k:
            return toks[-k:]
        width *= 4


def _trim(word: str) -> tuple[str, bool]:
    """Strip closing punctuation/possessive from a word -> (core, whether the run stops here)."""
    if re.search(r"in[’']$", word):
        return word, False  # "Singin’": a dropped g, not a possessive
    core = re.sub(r"(?:[’']s?|[,.;!?)\]”\"—–]+)$", "", word)
    if core.endswith(":"):
        return core, False
    return core, core != word


def _strip_small(text: str, start: int, end: int, *, keep_lead: bool = False) -> tuple[int, int] | None:
    """Drop trailing small words (and leading ones but articles) from a span; None if nothing is left.

    keep_lead: keep a capitalised small word that opens the span ("In the Mood...",
    "Le Cercle..."): a run that starts at a repaired boundary starts where the markup did.
    """
    toks = list(_TOKEN.finditer(text, start, end))
    while toks and toks[-1].group(0).lower() in SMALL:
        toks.pop()
    first = 0
    while first < len(toks) - 1 and toks[first].group(0).lower() in SMALL - {"the", "a", "an"}:
        if keep_lead and first == 0 and toks[0].group(0)[:1].isupper():
            break
        first += 1
    if not toks[first:]:
        return None
    s, e = toks[first].start(), min(toks[-1].end(), end)
    while s < e and text[s] in "(“\"‘[":
        s += 1  # an opening bracket or quote is not part of the title
    e = s + len(text[s:e].rstrip(" :"))
    return (s, e) if e > s else None


def _plausible(span: str) -> bool:
    """Reject spans that cannot be titles on their own (pronouns, lone numbers, one letter)."""
    words = span.split()
    if not words or len(words) > 8 or not any(ch.isalpha() for ch in span):
        return False
    if len(words) == 1:
        w = words[0].strip("“”\"‘’'")
        return len(w) > 1 and not w.isdigit() and w.lower() not in cues()["not_titles"]
    return any(w[0].isalpha() and w.lower() not in SMALL for w in words)
