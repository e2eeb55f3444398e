"""Title runs and title plausibility: the shared vocabulary of every candidate source.

Input: one cleaned article's text, a position in it and the sorted offsets of repaired
boundaries ("cuts"). Output: the (start, end) of the title-case run that starts, ends or runs
between cuts there (run_forward, run_backward, run_between, bracketed_title), whether a span
can be a title on its own (plausible) and the Candidate record every source fills. No title
list: a run is read from capitalisation, small words and punctuation.

The candidate sources are pipeline.title_candidates (repaired boundaries, markup spans,
quotes, years in brackets), pipeline.cut_titles, pipeline.caption_titles and
pipeline.paragraph_titles; what each mention is, pipeline.mentions.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pipeline.lexicon import data_file, is_given_name, is_ly_adverb
from pipeline.months import MONTH_ABBREVIATIONS

_NUMBERED = {"Vol", "Pt", "No", "Ch", "Ep"}
_ABBREV = _NUMBERED | {"Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Bros", "Vs", "vs"}  # a full stop inside a title
SMALL = {"of", "the", "to", "a", "an", "and", "in", "on", "at", "for", "from", "with", "by", "vs", "vs.", "de", "del", "della", "di", "da", "la", "le", "du", "von", "van", "or", "&",
         "à", "des", "au", "aux", "et", "en", "el", "los", "las", "il"}  # small words of French, Spanish, Italian titles
_TOKEN = re.compile(r"\S+")
_ARTICLES = {"the", "a", "an"}
# "La Nuit Blanche", "El Camino Rojo": a capitalised foreign article opens a title, never an English sentence
_FOREIGN_ARTICLES = {"la", "le", "el", "los", "las", "il"}


@dataclass(frozen=True)
class Candidate:
    """A span that may name a film. Offsets are into the clean text (None for captions)."""

    start: int | None
    end: int | None
    text: str
    source: str  # "text" | "caption" | "heading" | "markup" (a whole emphasised/linked span of HTML)
    #              | "cuts" (a span fenced in by repaired boundaries, see pipeline/cut_titles.py)
    kind: str = "film"  # "film" | "franchise" | "person" | "character"
    year: int | None = None  # a year the caption/heading gives
    director: str | None = None  # "(Director, 2003)" in a caption/heading
    rank: int | None = None  # "3. Title" heading
    marker_at: int | None = None  # clean offset where a caption/heading stood
    cast: str | None = None  # "Actor in Title" caption
    alias_of: str | None = None  # "Title (Alias)": the title this mention is another name for


@cache
def cues() -> dict[str, frozenset[str]]:
    """The cue word lists of pipeline/data/cues.toml as frozensets (a table of lists, as a dict of
    them: `unfilmed_labels` by scope); `not_titles` also holds the month abbreviations of
    pipeline.months ("its Aug. 16 release"), kept there with the month names."""
    lists = {k: {kk: frozenset(vv) for kk, vv in v.items()} if isinstance(v, dict) else frozenset(v)
             for k, v in data_file("cues.toml").items()}
    lists["not_titles"] |= {a.lower() for a in MONTH_ABBREVIATIONS}
    return lists


@lru_cache(maxsize=1 << 16)  # the same mention texts are keyed again by every rule; bounded for long runs
def normalise(title: str) -> str:
    """Key for grouping spellings of one title: casefolded, quotes unified, punctuation dropped."""
    t = title.casefold().replace("’", "'").replace("‘", "'")
    t = re.sub(r"[^\w\s']", " ", t)
    return " ".join(t.split())


def is_titlecase(word: str) -> bool:
    """True for a word that can stand inside a title: capitalised, a number, or a small word."""
    core = word.strip("“”\"‘’'()[]")
    return bool(core) and (core[0].isupper() or core[0].isdigit() or core.lower() in SMALL)


def credit_clause(span: str) -> bool:
    """"Shot by Given Surname in ...": a credit or cast clause, not a title."""
    words = span.split()
    return any(w in ("by", "starring", "with") and is_given_name(n) and n[:1].isupper() for w, n in zip(words, words[1:]))


LOOK = 1000  # characters a title run may look for its line's ends: far more than any title


def next_cut(cuts: list[int], after: int, default: int) -> int:
    """The first cut greater than `after` in the sorted `cuts`, else `default` (binary search:
    pages with thousands of cuts stay linear)."""
    i = bisect.bisect_right(cuts, after)
    return cuts[i] if i < len(cuts) else default


# "Title! Here We Go Again, though": capitalised words after a title's "!", closed by a comma and a
# lowercase word, go on with the title (a new sentence would not stop at a comma so soon)
_BANG_GOES_ON = re.compile(r"!\s((?:[A-Z][\w’'-]*\s){1,5}[A-Z][\w’'-]*)(?=,\s+[a-z])")
# Not cues.toml not_titles, which holds all of these but My/Our/Your and also words a "!" subtitle opens with
# ("Here We Go Again", "Part Two", "The ..."): only pronouns and conjunctions start a new sentence here.
_OPENERS = frozenset("I We You He She It They Then But And So Yet Or This That There These Those Its His Her Their My Our Your".split())


def _bang_goes_on(text: str, at: int, limit: int) -> int | None:
    """End of the subtitle that follows the "!" at text[at], or None (see _BANG_GOES_ON; a sentence
    opener or a given name as its first word means a new sentence)."""
    m = _BANG_GOES_ON.match(text, at)
    if not m or m.end(1) > limit:
        return None
    first = m.group(1).split()[0]
    return None if first in _OPENERS or is_given_name(first) else m.end(1)


MAX_RUN = 8  # words: a longer title-case run is a heading or a list of names, not one title
MAX_RUN_SUBTITLED = 12  # ... unless a colon opens a subtitle ("Saga: The Ballad of Owls & Foxes")


def _cut_to_cut(text: str, start: int, limit: int, line_end: int) -> bool:
    """Whether every word from `start` to the next repaired boundary `limit` (not the line's end) is a
    title word with no mark after it, the last one glued to the boundary: a long title that the
    markup opened and closed ("The Killing of a Name by the Coward Name Surname(2007)"), up to
    MAX_RUN_SUBTITLED words."""
    if limit >= line_end:
        return False
    words = list(_TOKEN.finditer(text, start, limit))
    return MAX_RUN < len(words) <= MAX_RUN_SUBTITLED and words[-1].end() == limit \
        and all(is_titlecase(m.group(0)) and not _trim(m.group(0))[1] for m in words)


def run_forward(text: str, start: int, cuts: list[int]) -> tuple[int, int] | None:
    """The title-case run starting at `start`, ending at a cut, punctuation or a lowercase word."""
    while start < len(text) and text[start] in "(“\"‘[":
        start += 1  # "(Title" / "“Title": the opening mark is not part of it
    if start >= len(text) or not (text[start].isupper() or text[start].isdigit()):
        return None
    line_end = text.find("\n", start, start + LOOK)
    line_end = len(text) if line_end < 0 else line_end
    limit = min(line_end, next_cut(cuts, start, line_end))
    end, closed, colon = start, False, None
    longest = MAX_RUN_SUBTITLED if _cut_to_cut(text, start, limit, line_end) else MAX_RUN
    for n, m in enumerate(_TOKEN.finditer(text, start, limit)):
        word = m.group(0)
        if n >= (MAX_RUN_SUBTITLED if colon is not None else longest) or not is_titlecase(word) or (n > 0 and word.startswith("(")):
            break  # a bracket ends a title: "Title (Other Title)"
        core, stop = _trim(word)
        if not core:
            break
        if core.endswith(":") and colon is None:
            colon = m.start() + len(core) - 1
        end = m.start() + len(core)
        closed = end == limit or stop
        initials = re.fullmatch(r"(?:[A-Z]\.){1,3}", word) and n + 1 < 8  # "George C. Name", "D.B. Name"
        if initials:
            end = m.end()
        # "The Painters’ Room": after an article, a possessive is inside the title
        if n > 0 and re.search(r"[’']s?$", word) and re.match(r"(?:The|A|An)\s", text[start : start + 4]) \
                and re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2]):
            end = m.end()
            continue
        if stop and word.endswith("!") and (more := _bang_goes_on(text, m.end() - 1, limit)):
            end, closed = more, True  # "Title! Here We Go, though": the words after its "!" are its own
            break
        if stop and not (word.rstrip(".") in _ABBREV and word.endswith(".")) and not initials:
            break  # "Vol. 2", "Pt. 1": the full stop does not end the title
    if cuts and colon is not None and not closed and end > colon:
        end = colon  # "pure Title: Name is ...": in damaged text a subtitle ends at a cut or a mark
    # a run closed by punctuation or a cut ends where the title did: "Keep Us In," keeps its "In"
    return _strip_small(text, start, end, keep_lead=True, keep_trail=closed)


_INNER_PUNCT = re.compile(r"[,:–—&]|\s-\s|\s(?:the|a|an|of|and|in|on|to|for|with|at|from|by|or)\s")


def _sentence_inside(span: str) -> bool:
    """A full stop, "?" or "!" followed by a space, other than after an initial or abbreviation."""
    for m in re.finditer(r"(\S*)[.!?]\s", span):
        word = m.group(1)
        if not (len(word) == 1 and word.isupper() or word in _ABBREV):
            return True
    return False


def bracketed_title(text: str, start: int) -> tuple[int, int] | None:
    """"(Original title in sentence case)" right at a cut: the whole bracket is one title
    ("Title(La casa azul)" -> "La casa azul"), when it is 2-8 words without digits or commas."""
    if text[start : start + 1] != "(" or not text[start + 1 : start + 2].isupper():
        return None
    close = text.find(")", start, start + 80)
    inner = text[start + 1 : close] if close > 0 else ""
    if not 2 <= len(inner.split()) <= 8 or re.search(r"[\d,;:.!?\n“”\"]", inner):
        return None
    if all(is_titlecase(w) for w in inner.split()):
        return None  # a title-case run: the plain run finds it
    if any(w in ("The", "A", "An") for w in inner.split()[1:]):
        return None  # "(Name made the remarkable The Title)": a clause with a title inside, not one title
    return start + 1, close


_DATE_TAIL = re.compile(r",\s+(?:in|on|at|by|from|since|until|for|through)\s+[^,]*\d[^,]*$")


def run_between(text: str, start: int, cuts: list[int]) -> tuple[int, int] | None:
    """A title with inner punctuation or small words that opens at a repaired boundary
    ("Title: Subtitle – Part 1", "The A, the B and the C", "Who Did It?").

    The run goes on through title words, dashes and commas until the next cut, a line end,
    a sentence end or a word that cannot stand in a title; after a non-title word it falls
    back to the last word followed by punctuation (the end of the markup is unknown there).
    None when the run carries no inner punctuation or small word (the plain run covers it)
    or looks like a list of names ("Given Surname, Given Surname and ...").
    """
    if start >= len(text) or not (text[start].isupper() or text[start].isdigit()):
        return None
    limit = next_cut(cuts, start, len(text))
    line_end = text.find("\n", start, start + LOOK)
    limit = min(limit, line_end if line_end >= 0 else len(text), start + 100)
    end, last_punct = start, None
    tokens = list(_TOKEN.finditer(text, start, limit))
    for n, m in enumerate(tokens):
        word = m.group(0)
        if n >= 11 or not (is_titlecase(word) or word in "–—-&") or any(ch in word for ch in "()[]“”\""):
            end = last_punct if last_punct is not None else start
            break
        end = m.end()
        if word[-1] in ",;.!?":
            last_punct = m.end()
            if _sentence_inside(word + " ") or word.endswith(";"):
                break
    span = text[start:end]
    span = span.rstrip(",;.") if not span.endswith(("?", "!")) else span
    if date := _DATE_TAIL.search(span):
        span = span[: date.start()]  # "Title, in July 2027": a date phrase follows the title
    words = span.split()
    if not 2 <= len(words) <= 10 or not _INNER_PUNCT.search(span) or re.search(r"[’']s?$", span):
        return None
    if _sentence_inside(span) or span.count(",") > 2 or words[-1].lower() in SMALL - {"in", "on", "up"} \
            or words[-1] in SMALL:  # "... in" lowercase: a phrase going on, not a title's end ("Get In")
        return None
    parts = [p.split() for p in re.split(r",\s+|\s+and\s+|\s+&\s+", span)]
    if sum(1 for p in parts if 2 <= len(p) <= 3 and is_given_name(p[0])) >= 2:
        return None  # "Given Surname, Given Surname and ...": people, not one title
    return start, start + len(span)


def run_backward(text: str, end: int, cuts: list[int], *, final_mark: bool = False) -> tuple[int, int] | None:
    """The title-case run ending at `end` (a cut), back to a cut, a line or sentence start.
    final_mark: the run may end in "!" or "?" (before a year in brackets: "Title! (1949)")."""
    if end == 0 or not (text[end - 1].isalnum() or final_mark and text[end - 1] in "!?" and text[end - 2 : end - 1].isalnum()):
        return None
    line_start = max(text.rfind("\n", max(0, end - LOOK), end) + 1, end - LOOK)
    i = bisect.bisect_left(cuts, end)
    prev_cut = cuts[i - 1] + 1 if i > 0 else line_start
    floor = max(line_start, prev_cut)
    words = list(_TOKEN.finditer(text, floor, end))
    start = end
    for n, m in enumerate(reversed(words)):
        word = m.group(0)
        if word.startswith("(") and ")" in word:
            break  # "Title (1945) with Other": a closed bracket ends the run before it
        if word.startswith("(") and is_titlecase(word) and n < 8:
            start = m.start() + 1  # "(Given Surname": the run starts inside the bracket
            break
        if word.startswith("*") and is_titlecase(word[1:]) and n < 8:
            start = m.start() + 1  # "*Right Title": a reader's correction mark opens the run
            break
        subtitle = word.endswith(":") and not word.endswith(("):", "]:"))  # "Title:" goes on; "(dir. Name):" ends
        if n >= 8 or not is_titlecase(word) or (n > 0 and _trim(word)[1] and not subtitle
                                                 and not (word.endswith(".") and word.rstrip(".") in _ABBREV)):
            break  # "Bros. Movie": an abbreviation's full stop does not end the title
        if n == 0 and (re.search(r"[’']s?$", word) or not (word[0].isupper() or word[0].isdigit())):
            return None  # "Name’s|Title": a possessive name; "in|Title": no title ends here
        start = m.start()
    if start == end:
        return None
    return _strip_small(text, start, end, keep_trail=True)


def _trim(word: str) -> tuple[str, bool]:
    """Strip closing punctuation/possessive from a word -> (core, whether the run stops here)."""
    if re.search(r"in[’']$", word):
        return word, False  # "Singin’": a dropped g, not a possessive
    core = re.sub(r"(?:[’']s?|[,.;!?)\]”\"—–]+)$", "", word)
    if core.endswith((")", "]"), 0, -1) and core.endswith(":"):
        return core[:-2], True  # "(dir. Name):": the bracket closed, the colon opens the entry's text
    if core.endswith(":"):
        return core, False
    return core, core != word


def _strip_small(text: str, start: int, end: int, *, keep_lead: bool = False,
                 keep_trail: bool = False) -> tuple[int, int] | None:
    """Drop trailing small words (and leading ones but articles) from a span; None if nothing is left.

    keep_lead: keep a capitalised small word that opens the span ("In the Mood...",
    "Le Cercle..."): a run that starts at a repaired boundary starts where the markup did.
    keep_trail: keep a capitalised small word that closes the span ("Keep Us In"): the span
    ends at a repaired boundary, where the markup did.
    """
    toks = list(_TOKEN.finditer(text, start, end))
    while toks and toks[-1].group(0).lower() in SMALL and not (
            keep_trail and len(toks) > 1 and toks[-1].group(0)[:1].isupper() and toks[-1].end() == end):
        toks.pop()
    first = 0
    while first < len(toks) - 1 and toks[first].group(0).lower() in SMALL - _ARTICLES \
            and not (toks[first].group(0)[:1].isupper() and toks[first].group(0).lower() in _FOREIGN_ARTICLES):
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


# "German-language", "Oscar-winning", "McQueen-style", "Cannes-prize-winning": a proper noun's compound adjective
COMPOUND_MODIFIER = re.compile(r"[A-Z][\w’']*-[a-z][a-z-]*")
_NUMBER_COMPOUND = re.compile(r"\d+(?:-[a-z]+)+")  # "16-year-old", "90-minute": an age or a measure, no title


def plausible(span: str, *, cut_to_cut: bool = False) -> bool:
    """Reject spans that cannot be titles on their own (pronouns, lone numbers, one letter).
    cut_to_cut: the span opens and closes at repaired boundaries, so it may be as long as a subtitled one,
    or one capital letter ("X")."""
    words = span.split()
    longest = MAX_RUN_SUBTITLED if ":" in span or cut_to_cut else MAX_RUN
    if not words or len(words) > longest or not any(ch.isalpha() for ch in span):
        return False
    if len(words) == 1:
        w = words[0].strip("“”\"‘’'")
        if cut_to_cut and re.fullmatch(r"[B-HJ-Z]", w):
            return True  # "a remake of|M|and": a one-letter title fenced by repaired boundaries (not "A", "I")
        return len(w) > 1 and not w.isdigit() and w.lower() not in cues()["not_titles"] | cues()["not_titles_alone"] \
            and not is_ly_adverb(w) and not _NUMBER_COMPOUND.fullmatch(w)
    if len(words) == 2 and words[0] in ("the", "a", "an") and COMPOUND_MODIFIER.fullmatch(words[1]):
        return False  # "the German-language <Title>": an article and a compound modifier, no title
    if len(words) == 2 and words[0] in ("the", "a", "an") and words[1].lower() in cues()["not_titles"]:
        return False  # "try the British <Title>": a lower-case article and a word never a title alone
    return any(w[0].isalpha() and w.lower() not in SMALL for w in words)
