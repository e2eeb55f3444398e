"""Title candidates in the running text of one cleaned article.

Input: the clean text and its repaired boundaries (offset, rule), including the HTML
markup edges. Output: Candidate spans (source "text", or "markup" for a whole emphasised or
linked span): title-case runs that open or close at a repaired boundary (in this scraping
style an inserted space very often marks the edge of an italicised title or a link), a markup span's
exact extent, quoted titles, a run in apposition to "film" and a run right before "(1999)".
Pure functions over the runs of pipeline.titles; used by the extract stage.
"""

from __future__ import annotations

import bisect
import re

from pipeline.foreign_titles import foreign_words
from pipeline.lexicon import surnames, zipf
from pipeline.months import MONTH
from pipeline.prose_titles import drop_opener, trim_people
from pipeline.titles import (Candidate, bracketed_title, credit_clause, cues, is_titlecase, plausible, run_backward,
                             run_between, run_forward)


# "<Title>, the film that...", "<Title>, a 1999 film": a title-case run in apposition to "film"
_APPOSITIVE = re.compile(r"(?:(?<=[.!?]\s)|(?<=^)|(?<=\n))([A-Z0-9][^,.;:!?\n(]{1,60}?)(?:\s*\((?:1[89]|20)\d\d\))?,\s+(?:(?:the|a|an|his|her|their)\s+(?:\d{4}\s+)?(?:\w+\s+)?"
                         r"(?:film|movie|remake|sequel|adaptation|(?:screen|film|movie)\s+version)|starring|directed\s+by|co-starring|"
                         r"which\s+(?:premiered|debuted|world-premiered)\s+(?:at|in|on)\b)\b", re.MULTILINE)  # only a work premieres


_YEAR_BRACKET = re.compile(r"(?<=[\w.!?’'])(?= \((?:[A-Z][^()\n]{0,40},\s*)?(?:1[89]|20)\d\d(?:\)|,\s[^()\n]{1,60}\)))")


_QUOTED = re.compile(r"[“\"]([A-Z0-9][^“”\"\n]{1,60}?)[”\"]")


RARE_WORD = 3.5  # zipf: a capitalised word rarer than this after a quoted nickname is a surname


def boundary_candidates(text: str, boundaries: list[tuple[int, str]]) -> list[Candidate]:
    """Title-case runs that open or close at a repaired boundary -> candidates (offsets in text)."""
    cuts = sorted({b for b, rule in boundaries})
    # "today.|The", "(Name Surname)|Two nurses": a repaired sentence start opens no title
    sentence_starts = {b for b, rule in boundaries if rule == "punct_space" and text[b - 1 : b] in ".!?”\")"}
    found: dict[tuple[int, int], Candidate] = {}
    rules: dict[int, set[str]] = {}
    for b, rule in boundaries:
        rules.setdefault(b, set()).add(rule)
    for b in cuts:
        if b not in sentence_starts and rules[b] not in ({"markup_close"}, {"lead_dash_open"}):  # "Title — |Name plays"
            for span in (run_forward(text, b + 1, cuts), run_between(text, b + 1, cuts), bracketed_title(text, b + 1)):
                if span:
                    found.setdefault(span, Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
        if rules[b] in ({"markup_open"}, {"modifier_case"}):
            continue  # the start of an emphasised span or a name after its adjective ends no title
        span = run_backward(text, b, cuts)
        if span:
            found.setdefault(span, Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
    keys = sorted(found)
    for start, end in _markup_spans(boundaries):
        if end - start <= MAX_SPAN:  # longer: an emphasised passage, not a title
            _whole_span(text, start, end, found, keys)
    edges = set(cuts)
    return [c for c in found.values() if plausible(c.text, cut_to_cut=c.start - 1 in edges and c.end in edges)
            and not credit_clause(c.text) and not _DATING_WORDS.search(c.text)]


# "Skip the 2015|Title remake": a run that ends in a determiner and a year dates the title after it
_DATING_WORDS = re.compile(r"(?:^|\s)(?i:the|a|an|this|that|his|her|their|its|\w+(?:’s|'s))\s+(?:1[89]|20)\d\d$")


MAX_SPAN = 200  # characters: a markup span longer than this is no title (and is not searched)


_SPAN_EDGE = "“”\"‘’'([ "


_SPAN_TRAIL = ",.;:)]"


def _markup_spans(boundaries: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """(start, end) in the text of every emphasised/linked span, paired from its markup edges.

    An edge at b marks a span starting at b + 1; its end is the first markup_close after that.
    """
    closes = sorted(b for b, rule in boundaries if rule == "markup_close")
    out = []
    for b in sorted({b for b, rule in boundaries if rule == "markup_open"}):
        i = bisect.bisect_right(closes, b + 1)
        if i < len(closes):
            out.append((b + 1, closes[i]))
    return out


def _whole_span(text: str, start: int, end: int, found: dict[tuple[int, int], Candidate],
                keys: list[tuple[int, int]]) -> None:
    """Markup gives a title's exact extent: runs inside a span that cover only part of it
    ("Notte" and "Luna" of an italicised "Notte di una Luna") are dropped from `found`
    (in place), and the whole span is added when it reads as a title (title-case words, or
    lowercase words of another language with the film's year in brackets after the span:
    "Sombras de la costa (1954)"), with source "markup". keys: the spans of `found` before any
    span was added, sorted (a bisect finds the runs inside a span, so a page of many spans
    stays linear)."""
    core = _span_core(text[start:end])
    if not core or "\n" in core:
        return
    s = text.index(core, start)
    e = s + len(core)
    inside = []
    i = bisect.bisect_left(keys, (start, start))
    while i < len(keys) and keys[i][0] <= end:
        if keys[i][1] <= end and keys[i] in found:
            inside.append(keys[i])
        i += 1
    final = _FINAL_MARK.search(core)  # a run stops before "?", "!", "...": inside a span they are the title's
    if any(text[a:b] == core if final else text[a:b].strip(_SPAN_EDGE).rstrip(_SPAN_TRAIL + "!?") == core
           for a, b in inside):
        return  # a run already covers the span
    words = core.split()
    passage = re.search(r"[a-z]{2}[.!?][”\"’)]*\s*$", text[start:end])  # an emphasised sentence: no title in it
    for k in inside:
        if not (len(words) > 8 and k[0] == s and not passage):
            del found[k]  # a long span's opening run is its short title
    lower = [w for w in words if not is_titlecase(w)]  # "de la costa": a foreign title's lowercase words, dated
    if len(words) <= 8 and (core[:1].isupper() or core[:1].isdigit()) \
            and (not lower or foreign_words(lower) and _YEAR_AFTER.match(text, e)) \
            and not re.search(r"[’']s?$", core):
        found[(s, e)] = Candidate(s, e, core, "markup")


_YEAR_AFTER = re.compile(r"[”\"’']?\s*\((?:1[89]|20)\d\d\b")  # " (1954)" right after a span


_FINAL_MARK = re.compile(r"\w(?:[?!]|\.\.\.|…)$")


def _span_core(span: str) -> str:
    """An emphasised/linked span's text -> the title it can hold: quotes, brackets and a closing
    comma or full stop outside it, but a title-final "?", "!", "..." or "…" kept ("Hold On...")."""
    inner = span.strip(_SPAN_EDGE)
    if kept := re.fullmatch(r"(.*\w(?:\.\.\.|…))[,;:]?", inner, re.DOTALL):
        return kept.group(1)
    return inner.rstrip(_SPAN_TRAIL).strip(_SPAN_EDGE)

# "... in May 1988", "... in 1988" closing a sentence's opening phrase: a time, not a title's end
_DATED_AT = re.compile(rf"\bin\s+(?:{MONTH}\s+)?(?:1[89]|20)\d\d$")


def cue_candidates(text: str, cuts: list[int] | None = None) -> list[Candidate]:
    """Quoted titles, title-case runs before "(1999)" and after "film"/"movie" (works on undamaged
    text too). cuts: sorted clean-text offsets of repaired boundaries, where a run before a year stops."""
    cuts = cuts or []
    out = []
    for m in _QUOTED.finditer(text):
        after = re.match(r"\s+([A-Z][a-z]+)\b", text[m.end() : m.end() + 30])
        if after and m.group(1)[-1:].isalnum() and len(m.group(1).split()) <= 2 and (
                after.group(1).lower() in surnames() or zipf(after.group(1)) < RARE_WORD):
            continue  # “Nickname” Surname: part of a person's name
        inner = m.group(1).rstrip(".,;")  # “Title.”: American style puts the full stop inside
        words = inner.split()
        if words and len(words) <= 8 and all(is_titlecase(w) for w in words):
            out.append(Candidate(m.start(1), m.start(1) + len(inner), inner, "text"))
    for m in _APPOSITIVE.finditer(text):
        s0, span = m.start(1), m.group(1)
        if (first := re.match(r"(\S+)\s+(?=\S)", span)) and first.group(1).lower() in cues()["not_titles"] - {"the", "a", "an"}:
            s0, span = s0 + first.end(), span[first.end() :]  # "With Title, directed by": a sentence's first word
        words = span.split()
        if _DATED_AT.search(span):
            continue  # "At the Awards in May 1988, the film took ...": when, not a title
        if len(words) <= 8 and all(is_titlecase(w) for w in words) and plausible(span) and not credit_clause(span) and not (
                len(words) == 1 and words[0].lower().endswith("ly")):  # "Finally, the film..."
            out.append(Candidate(s0, m.end(1), span, "text"))
    for m in _YEAR_BRACKET.finditer(text):  # "Title (1991) was the hit": the year says it is a work
        span = run_backward(text, m.start(), cuts, final_mark=True)
        # "Given Surname in Title (2007)"; "Like Title (2019)": a sentence's first word ("Name’s Before Title" keeps it)
        span = drop_opener(text, trim_people(text, span)) if span else None
        # a pronoun with a year is a work too: "We (1999)", "They (Name, 2001)"
        if span and (plausible(text[span[0] : span[1]]) or re.fullmatch(r"[A-Z][A-Za-z]+", text[span[0] : span[1]])):
            out.append(Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
    for m in re.finditer(r"\b(?:film|movie|classic|feature)\s+(?=[A-Z0-9])", text):
        span = run_forward(text, m.end(), [])
        if span and plausible(text[span[0] : span[1]]):
            out.append(Candidate(span[0], span[1], text[span[0] : span[1]], "text"))
    return out


_LINK = re.compile(r"(?: (?:and|or|&)|,) ?")  # what joins two titles in a pair or a run: " and ", ", "
_LINK_BEFORE = re.compile(r"(?: (?:and|or|&)|,) $")  # the same, ending right before the second title
MAX_NUMBER = 4  # digits: a number title ("1917", "300") is short


def number_titles(text: str, boundaries: list[tuple[int, str]], cands: list[Candidate]) -> list[Candidate]:
    """A bare number glued to the words on both sides in the scraped text (a repaired boundary at
    each edge: "reason|1917|and", the markup of a title) and paired with a title candidate by
    "and", "or" or a comma ("1917 and Title", "Title, 1917") -> a candidate for the number: a
    number title has no letters, so no title-case run finds it. Offsets in text."""
    cuts = sorted({b for b, _ in boundaries})
    starts = {c.start for c in cands}
    ends = {c.end for c in cands}
    out = []
    for a, b in zip(cuts, cuts[1:]):
        s = a + (text[a : a + 1] == " ")
        if not (0 < b - s <= MAX_NUMBER and text[s:b].isdigit()):
            continue
        after = _LINK.match(text, b)
        before = _LINK_BEFORE.search(text, max(0, s - 5), s)
        if (after and after.end() in starts) or (before and s - len(before.group(0)) in ends):
            out.append(Candidate(s, b, text[s:b], "text"))
    return out
