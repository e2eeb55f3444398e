"""Theme cues beyond the taxonomy's terms: the kind of film a list's headline names, and
stories set in a year or decade well before the film was made.

Pure functions used by the themes stage (pipeline/themes.py); they read an Article and
the stage's ThemeMatcher and return theme ids with their evidence. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.cell_tables import TITLE_KIND
from pipeline.months import MONTH
from pipeline.record import Article
from pipeline.taxonomy import ancestors
from pipeline.theme_guards import whole_occurrences

if TYPE_CHECKING:
    from pipeline.themes import ThemeMatcher

# Nouns that make the word before them a kind of film in a headline ("8 Horror Movies", "Space Films").
FILM_NOUNS = {"movie", "film", "picture", "flick", "feature"}

# A story set in a year or decade well before the film's release: "set in 1976", "1930s Korea",
# "1932 Mississippi", "Spain in 1944", "in the late 1980s". Gives the taxonomy's period theme
# (period_setting = true) when the year is PERIOD_GAP years or more before the film's own year,
# or, for a film of unknown year, when the text says "set in". Forty years: a story set in a recent
# decade ("Los Angeles in 1977" in a 2016 film) is read as its setting, not as history.
_YEAR = r"(?P<year>1[5-9]\d\d)s?\b"
_MONTH = rf"(?:{MONTH}\s+)?"
SETTING = (  # (pattern, whether it says "set in" outright)
    (re.compile(r"\b(?:set|takes?\s+place|unfolds?)\s+(?:in|during|at|on)\b[^.;:!?]{0,40}?\b" + _YEAR), True),
    (re.compile(r"\bin\s+(?:the\s+)?(?:(?:late|early|mid)[\s-]+)?" + _MONTH + _YEAR), False),
    # "1930s Korea", "the 1924 Paris Olympics", not "Mara Olsen’s 1980s British TV series"
    (re.compile(r"\b" + _YEAR + r"\s+(?=[A-Z][a-z])(?!(?:[A-Z]\w+\s+){0,2}(?:TV|[Tt]elevision|series|film|movie|novel|play|show)\b)"), False),
)
# "released in 1975", "Dune arrived in 1984", "filmed ... in 1931", "first filmed as the silent <Title> in 1925":
# when a film was made, not when it is set
MAKING = re.compile(r"\b(?:released?|releases|opened|opens|arrived|arrives|premiered?|premieres|made|filmed|shot|"
                    r"commissioned|remade|won|debuted|came out|recorded|broadcast|published)\b"
                    r"(?:[^.,;:!?]{0,25}|\s+as\s+(?:\w+\s+){0,3}(?:[A-Z][\w’'.:-]*\s+){1,6})$")
PERIOD_GAP = 40


def headline_kind(article: Article, matcher: ThemeMatcher, found) -> tuple[str, dict] | None:
    """The one kind of film a list's headline names -> (theme id, evidence), else None.

    A kind is a theme's term or label followed by a film noun ("Heist Movies", "Animated
    Films"), a term that ends in one ("Horror Movies" for the term "horror movie"), or one
    standing as a plural head noun ("8 Westerns", "These Documentaries"), not after or inside
    a preposition phrase ("in the trenches"). Headlines naming two kinds ("Sci-Fi and Fantasy
    Worlds") or none give nothing; only articles with recommended entries or a chart count.
    found: what headline_hits gives for the article."""
    if found is None or not (any(f.role == "recommended" for f in article.films) or _chart_films(article)):
        return None
    headline, doc, hits = found
    kinds = set()
    for theme_id, start, end in hits:
        after = doc[end].lemma_ if end < len(doc) else ""
        ends_kind = doc[end - 1].lemma_ in FILM_NOUNS and end - start > 1  # the term holds its noun: "horror movie"
        head = doc[end - 1].tag_ in {"NNS", "NNPS"} and doc[end - 1].lemma_ not in FILM_NOUNS
        after_preposition = any(t.pos_ == "ADP" for t in doc[max(0, start - 2) : start + 1])
        if after in FILM_NOUNS or ends_kind or head and not after_preposition:
            if any(t.lower_ in {"and", "or", "&"} for t in doc[max(0, start - 3) : start]):
                return None  # "Sci-Fi and Fantasy Worlds": two kinds, each entry is one or the other
            kinds.add(theme_id)
    kinds -= {a for k in kinds for a in ancestors(k, matcher.themes)}  # "heist" and "crime": the heist
    if len(kinds) != 1:
        return None
    theme_id = kinds.pop()
    return theme_id, {"text": headline, "source": "heading", "start": None, "end": None,
                      "term": matcher.themes[theme_id].label}



def kind_takers(article: Article, headline: str, entries: set[str] | None) -> set[str]:
    """Ids of the films that take the kind of film the list's headline names: its recommended entries (only
    those a title line heads, when `entries`, the headed ones, is given, or that have a list rank: another film
    named inside an entry is not one of the list's), the films of a chart, and its subject when the headline
    names it ("8 Horror Movies to Watch After X"; a subject the headline leaves out was only guessed from the text)."""
    low = headline.lower()
    out = _chart_films(article)  # "The Highest-Grossing Animated Movies": every film of the chart is one
    for film in article.films:
        if film.role == "recommended" and (entries is None or film.film_id in entries or film.rank is not None):
            out.add(film.film_id)
        elif film.role == "subject" and _named_in(film, low):
            out.add(film.film_id)
    return out


def _chart_films(article: Article) -> set[str]:
    """Ids of the films a chart's title cells name (captions of rule TITLE_KIND, see pipeline/cell_tables.py)."""
    return {c.film_id for c in article.captions if c.rule == TITLE_KIND and c.film_id is not None}


def headline_subjects(article: Article) -> set[str]:
    """Ids of the article's subjects that its headline names (every subject, when it has no headline). A subject
    the headline leaves out was guessed from the text, and may be a film the text names only in passing."""
    headline = article.headline()
    subjects = [f for f in article.films if f.role == "subject"]
    if not headline:
        return {f.film_id for f in subjects}
    low = headline.lower()
    return {f.film_id for f in subjects if _named_in(f, low)}


def _named_in(film, low: str) -> bool:
    """Whether the lowercased headline `low` holds the film's title or one of its aliases."""
    return any(name and name.lower() in low for name in (film.title, *film.aliases))


def least_before(doc, i: int) -> bool:
    """Whether "least" (not "at least") stands right before token i: "the least romantic war movie" says the film
    is no romance; "at least one heist" still has one."""
    return i > 0 and doc[i - 1].lower_ == "least" and (i < 2 or doc[i - 2].lower_ != "at")


def headline_hits(article: Article, matcher: ThemeMatcher, negators: set[str]):
    """The article's headline -> (headline, its doc, [(theme id, start, end)]) for the theme terms and
    labels it says, outside film titles, not negated and not inside a longer hit; None without a headline."""
    headline = article.headline()
    if not headline:
        return None
    doc = matcher.nlp(headline.lower())  # lowercased: title case would make every word a proper noun
    low = headline.lower()
    # whole words only: a title "West" is not inside "westerns"
    titles = [span for f in article.films for name in [f.title, *f.aliases] if name
              for span in whole_occurrences(low, name.lower())]
    hits = []
    for i, token in enumerate(doc):
        for words, theme_id in matcher.headline_terms.get(token.lemma_, []) + matcher.headline_terms.get(token.lower_, []):
            end = i + len(words)
            if end <= len(doc) and all(w in (t.lemma_, t.lower_) for w, t in zip(words, doc[i:end])):
                c0, c1 = doc[i].idx, doc[end - 1].idx + len(doc[end - 1])
                if not any(t0 < c1 and c0 < t1 for t0, t1 in titles) and not any(t.lower_ in negators for t in doc[max(0, i - 3) : i]) \
                        and not least_before(doc, i):
                    hits.append((theme_id, i, end))
    # "romantic comedies": the romantic comedy, not the comedy inside it
    return headline, doc, [(t, s, e) for t, s, e in hits if not any(s0 <= s and e <= e0 and e0 - s0 > e - s for _, s0, e0 in hits)]



def with_kind(film, kind: tuple[str, dict], matcher: ThemeMatcher):
    """A film with the headline's kind of film among its themes (added after its own, or given evidence)."""
    theme_id, evidence = kind
    theme = matcher.themes[theme_id]
    for found in film.themes:
        if found["id"] == theme_id:
            found["evidence"].append(dict(evidence))
            return film
    added = {"id": theme_id, "name": theme.label, "parent": theme.parent, "score": 0.5, "evidence": [dict(evidence)]}
    return replace(film, themes=[*film.themes, added])



def setting_years(doc, text: str, theme_id: str | None) -> dict[tuple[int, int], tuple[int, bool]]:
    """Where the text sets a story in a year or decade -> {(start token, end token): (year, said "set in")}."""
    if theme_id is None:
        return {}
    out = {}
    for pattern, explicit in SETTING:
        for m in pattern.finditer(text):
            span = doc.char_span(m.start("year"), m.end("year"), alignment_mode="expand")
            if span is not None and not MAKING.search(text, max(0, m.start() - 80), m.start()):
                key = (span.start, span.end)
                out[key] = (int(m.group("year")), explicit or out.get(key, (0, False))[1])
    return out
