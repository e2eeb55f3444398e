"""Themes stage: tag each film, and the article, with themes from a taxonomy, with evidence.

Input: an Article after extract (with `doc`, `films` and `sections`). Output: the same
article with `themes` on each film and on the article. Themes come from a taxonomy file
(pipeline/data/themes.toml, or the user's own via --themes): each theme has an id, a
label, an optional parent and terms written as lemmas, matched with spaCy's
PhraseMatcher against the lowercased lemmas of the text (so "avenged" and "revenges"
count) and against its lowercase words (so hyphenated terms like "sci-fi" count).

A match counts for the one film its sentence names (when the sentence opens with it or
sits in that film's own section), else for the film whose section the sentence is in; in a
sentence naming several films, for the one named in the match's clause. Negated, hedged or
contrasted matches ("unlike a revenge film", "not a heist movie") are skipped. Each film
keeps its three strongest themes, plus the kind of film its list's headline names and its
period setting (pipeline/theme_cues.py). The article keeps the themes its headline says and
those said in two sentences or more (only the headline's in a list of one kind with no subject). The taxonomy itself is read by pipeline/taxonomy.py.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from pipeline.record import Article, evidence_bounds
from pipeline.taxonomy import Theme, TaxonomyError, _validate, ancestors, load_taxonomy  # noqa: F401 (re-exported)
from pipeline.taxonomy import term_variants
from pipeline.theme_attribution import (clause, compared_elsewhere, leads, listed_beside, mention_at, only_in_passing,
                                        passage_of, passing_sections, unnamed_sections)
from pipeline.theme_cues import (PERIOD_GAP, headline_hits, headline_kind, headline_subjects, kind_takers, least_before,
                                 setting_years, with_kind)
from pipeline.theme_guards import (abstract, another_work, borrowed, commemorated, dismissed, elsewhere, film_names,
                                   headed_entries, headed_sections, in_named_work, inside, likened, moved_from,
                                   named_other_work, not_yet, on_show, pretended, scare_quoted, staged, title_lines,
                                   title_spans, trait_of_named, war_as_time)

# Words just before a match that cancel it ("not a heist film", "unlike a revenge thriller").
# Also hedges ("whether this is climate change", "almost like a fairy tale"), pretence
# ("pretends to be dying of cancer") and swaps ("swaps wormholes for linguistics": what the
# film leaves out).
NEGATORS = {"not", "no", "never", "unlike", "without", "hardly", "nothing", "nor", "anything", "instead", "than", "almost",
            "whether", "pretend", "pretends", "pretending", "pretended", "swap", "swaps", "swapping", "swapped"}
NEGATION_WINDOW = 3  # tokens looked at before a match
GROUP_NOUNS = {"movie", "film", "picture", "flick", "title", "entry", "classic", "fan"}
PICKED_OUT = {"one", "among"}  # "one of the best thrillers": a plural genre word said of one film
UMBRELLA_EVIDENCE = 2  # sentences a genre needs in a film's section, unless one names the film
ARTICLE_EVIDENCE = 2  # sentences a theme needs to be the article's own, unless its headline says it
MAX_FILM_THEMES = 3  # themes reported per film from its own text, strongest first (the list's genre comes on top)


@dataclass
class ThemeMatcher:
    """Matchers built once per process for one model and one taxonomy."""

    themes: dict[str, Theme]
    by_first: dict[str, list[tuple[tuple[str, ...], str]]]  # first lemma -> [(term lemmas, theme id)]
    lower: object  # PhraseMatcher on LOWER: surface forms in the text, captions and headings
    nlp: object
    genres: frozenset[str]  # top-level themes that others hang under ("horror"; "heist" has a parent)
    period_theme: str | None  # the theme a story set in the past gets (period_setting = true), if any
    headline_terms: dict[str, list[tuple[tuple[str, ...], str]]]  # by_first plus each theme's label

    def lemma_hits(self, doc) -> list[tuple[str, int, int]]:
        """(theme id, start, end) wherever a term's words equal the text's lowercased lemmas."""
        lemmas = [(t.lemma_ or t.text).lower() for t in doc]
        hits = []
        for i, lemma in enumerate(lemmas):
            for words, theme_id in self.by_first.get(lemma, ()):
                if tuple(lemmas[i : i + len(words)]) == words:
                    hits.append((theme_id, i, i + len(words)))
        return hits


@cache
def _matcher_for(nlp, taxonomy: tuple[Theme, ...]) -> ThemeMatcher:
    from spacy.matcher import PhraseMatcher
    # Terms are written as lemmas already: their words are compared as they stand with the
    # lowercased lemmas of the text (no out-of-context lemmatising of the terms).
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    for theme in taxonomy:
        patterns = [nlp.make_doc(t) for t in term_variants(theme.terms)]
        lower.add(theme.id, patterns)
        for pattern in patterns:
            words = tuple(t.lower_ for t in pattern)
            by_first.setdefault(words[0], []).append((words, theme.id))
    genres = frozenset({t.parent for t in taxonomy if t.parent} & {t.id for t in taxonomy if not t.parent})
    headline_terms = {first: list(entries) for first, entries in by_first.items()}
    for theme in taxonomy:  # a list's headline names its kind by the theme's own name too ("8 Westerns")
        words = tuple(t.lower_ for t in nlp.make_doc(theme.label.lower()))
        if (words, theme.id) not in headline_terms.get(words[0], []):
            headline_terms.setdefault(words[0], []).append((words, theme.id))
    period = next((t.id for t in taxonomy if t.period_setting), None)
    return ThemeMatcher({t.id: t for t in taxonomy}, by_first, lower, nlp, genres, period, headline_terms)


def theme_matcher(nlp, path: str | Path | None = None) -> ThemeMatcher:
    """The cached matcher for this spaCy pipeline and taxonomy file (default taxonomy when None).

    Keyed by the taxonomy's content, not its path: an edited file gets a new matcher.
    """
    return _matcher_for(nlp, load_taxonomy(str(path) if path is not None else None))




def tag_themes(article: Article, matcher: ThemeMatcher) -> Article:
    """Article with doc, films and sections -> films and article carry their themes."""
    doc = article.doc
    if doc is None:
        return article
    film_ids = {f.film_id: f for f in article.films}
    named = _films_named_per_sentence(article)
    mentions = sorted((m.start, m.end, f.film_id) for f in article.films for m in f.mentions)
    mention_starts, reach = [m[0] for m in mentions], _reach(mentions)
    heads = title_lines(article)  # where title lines stand -> the film each names
    sections = headed_sections(article, heads)
    entries = headed_entries(article, heads)
    owner_of = _section_lookup(sections)
    kept = headline_subjects(article) | {c.film_id for c in article.captions if c.film_id is not None}
    guessed = {f.film_id for f in article.films if f.role == "subject"} - kept
    text = article.clean or ""  # the doc's text: Doc.text would rebuild it on every call
    passing = passing_sections(text, sections, mentions, kept)
    # sections whose no-film sentences are nobody's for sure; under title lines a paragraph is the entry's even
    # when it names another film and not its own
    unnamed = unnamed_sections(sections, mentions) if entries is None else []
    named_at = sorted(named)  # sentence starts that name a film
    led = [(s0, s1) for s0, s1 in unnamed if any(leads(text, at, fid, mentions, mention_starts)
           for at in named_at[bisect.bisect_left(named_at, s0) : bisect.bisect_left(named_at, s1)] for fid in named[at])]
    unsure = _merged(passing + led)
    names = film_names(article)
    titles_in_text = title_spans(text, names)  # also where extract did not record a mention
    sents = _Sentences(doc)
    clause_cuts: dict[tuple[int, int], list[int]] = {}
    per_film: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    per_article: dict[str, list[dict]] = defaultdict(list)
    genres = matcher.genres
    # lemmas catch inflections ("avenged"); surface forms catch what lemmas split ("sci-fi")
    surface = [(doc.vocab.strings[i], s, e) for i, s, e in matcher.lower(doc)]
    settings = setting_years(doc, text, matcher.period_theme)  # (start, end) -> (year, said "set in")
    hits = set(matcher.lemma_hits(doc)) | set(surface) | {(matcher.period_theme, s, e) for s, e in settings}
    for theme_id, start, end in sorted(hits, key=lambda h: (h[1], h[2], h[0])):
        label = matcher.themes[theme_id].label
        if _negated(doc, start, sents) or theme_id in genres and _group_phrase(doc, start, end, label):
            continue
        first = sents.first_token(start)
        if pretended(doc, start, first) or elsewhere(doc, start, first) or staged(doc, start, end, first) \
                or likened(doc, start, first) or borrowed(doc, start, end, first) or war_as_time(doc, start, end, first) \
                or not_yet(doc, start, first) or moved_from(doc, start, first) or commemorated(doc, end):
            continue  # "pretends to be dying of cancer", "best known as the gangster in", "a voice like an earthquake"
        if theme_id in genres and abstract(doc, start, end):
            continue  # "the horror of war"
        if another_work(doc, start, end) or in_named_work(doc, start, first) or on_show(doc, start, theme_id) \
                or trait_of_named(doc, start, end) or dismissed(doc, start, first) or scare_quoted(doc, start, end) \
                or named_other_work(doc, start, end, lambda at: mention_at(mentions, mention_starts, at)):
            continue  # "a pirate epic directed by her rival", "a TV cowboy", "the vengeful Marta Quill": not the story's
        span = doc[start:end]
        if _overlaps(mention_starts, reach, span.start_char, span.end_char) or inside(titles_in_text, span.start_char,
                                                                                       span.end_char):
            continue  # a word of a title (a film called "Heist") is not a theme of the film
        if len(span) == 1 and span[0].is_title and not span[0].is_sent_start:
            continue  # one capitalised word mid-sentence is a name or a title, not a theme word
        sent_start, sent_end = sents.chars(start, end)
        if listed_beside(text, span.start_char, span.end_char, mentions, mention_starts):
            continue  # "the three robberies and <Title>": another item of a list, not a word about the film
        lo, hi = _stripped(text, *evidence_bounds(sent_start, sent_end, span.start_char, span.end_char))
        evidence = {"text": text[lo:hi], "source": "text", "start": lo, "end": hi, "term": span.text}
        setting = (start, end) in settings and theme_id == matcher.period_theme
        if not setting:  # a year is the article's period theme only once it sets a film's story (below)
            per_article[theme_id].append(evidence)
        films_here = named.get(sent_start, set())
        target = next(iter(films_here)) if len(films_here) == 1 else None
        owner = owner_of(sent_start)
        if target is not None and owner is not None and target != owner and not leads(text, sent_start, target, mentions,
                                                                                      mention_starts):
            # another film named in passing inside this film's section ("best known for <Title>, it..."):
            # the sentence is still about the section's film, so the theme belongs to neither for sure,
            # unless that film is only the yardstick of a comparison in another clause ("Like <Title>, it is a ...")
            its_names = [(m0, m1) for m0, m1, fid in mentions[bisect.bisect_left(mention_starts, sent_start) :
                                                              bisect.bisect_left(mention_starts, sent_end)] if fid == target]
            if not compared_elsewhere(text, sent_start, sent_end, span.start_char, its_names):
                continue
            target = owner
        if target is None and not films_here:
            target = owner_of(sent_start)
            if inside(unsure, sent_start, sent_start + 1):
                continue  # its film named only in passing ("since <Title> swept the awards"), or led by another film
        elif target is None:  # several films named: the one in the match's own clause, if only one
            c0, c1 = clause(text, sent_start, sent_end, span.start_char, clause_cuts)
            in_clause = {fid for _, _, fid in mentions[bisect.bisect_left(mention_starts, c0) : bisect.bisect_left(mention_starts, c1)]}
            target = next(iter(in_clause)) if len(in_clause) == 1 else None
        # outside its section, as a subject the headline leaves out, or named only in passing: only the words about it
        aside = target != owner or target in guessed or inside(unsure, sent_start, sent_start + 1)
        if target in films_here and aside and not passage_of(text, sent_start, sent_end, span.start_char, target,
                                                              mentions, mention_starts):
            continue  # "as grim as <Title>", "<Person>, whose <Title> played here, follows ...": not this film's words
        if setting and target in film_ids:
            year, explicit = settings[(start, end)]
            released = film_ids[target].year
            follows = bisect.bisect_left(mention_starts, span.end_char)
            if follows < len(mentions) and mentions[follows][0] <= span.end_char + 2:
                continue  # "the 1969 Salt Road": a film's year, not a setting
            if released is None and not explicit or released is not None and year > released - PERIOD_GAP:
                continue  # "a 1970s thriller" of a 1970s film is when it was made, not when it is set
            per_article[theme_id].append(evidence)
        if target in film_ids:
            # a sentence naming the film, or setting its story in a past year, is enough for an umbrella theme
            per_film[target][theme_id].append({**evidence, "_names_film": bool(films_here) or setting})
    for caption in article.captions:  # "A Film (1999) - Horror Movie Poster": genre words in captions
        film_id = caption.film_id
        if film_id is None:
            continue
        cap_doc = matcher.nlp.make_doc(caption.text)
        titles_here = title_spans(caption.text, names, ignore_case=True,  # its own title, however short
                                  always=[n for f in article.films if f.film_id == film_id for n in (f.title, *f.aliases)])
        for match_id, start, end in matcher.lower(cap_doc):
            theme_id = matcher.nlp.vocab.strings[match_id]
            if inside(titles_here, cap_doc[start].idx, cap_doc[end - 1].idx + len(cap_doc[end - 1])):
                continue  # "Murder at Noon Movie Poster": the title's words
            per_film[film_id][theme_id].append({"text": caption.text, "source": "caption", "start": None, "end": None,
                                                "term": cap_doc[start:end].text})
    films = [replace(f, themes=_capped(_ranked(per_film.get(f.film_id, {}), matcher), matcher)) for f in article.films]
    said = headline_hits(article, matcher, NEGATORS)  # the headline's theme words, read once
    kind = headline_kind(article, matcher, said)
    if kind is not None:  # "8 Horror Movies to Watch After X": every entry, and X, is a horror film
        # a film whose every section names it only in passing is not one of the list's entries either
        takers = kind_takers(article, kind[1]["text"], entries) - only_in_passing(sections, passing)
        films = [with_kind(f, kind, matcher) if f.film_id in takers else f for f in films]
    return replace(article, films=films, themes=_article_themes(per_article, article, matcher, films, said, kind is not None))


def _capped(themes: list[dict], matcher: ThemeMatcher) -> list[dict]:
    """A film's ranked themes -> its MAX_FILM_THEMES strongest, plus its period setting wherever it ranked
    (when a story is set is another facet, not a rival of what it is about)."""
    kept = themes[:MAX_FILM_THEMES]
    return kept + [t for t in themes[MAX_FILM_THEMES:] if t["id"] == matcher.period_theme]


def _article_themes(per_article: dict[str, list[dict]], article: Article, matcher: ThemeMatcher, films,
                    found, kind_named: bool = False) -> list[dict]:
    """The article's own themes: those its headline says, and those ARTICLE_EVIDENCE sentences or more say
    that one of its films (the tagged `films`) has too, as itself or as the umbrella of one of its themes:
    words no film keeps (a side character's job said twice, a year that sets no story) are not the article's.
    found: what headline_hits gives for the article. A list whose headline names its kind (kind_named) and no film it
    follows on from is about that kind: what its entries hold is theirs, so it keeps only what the headline says."""
    headline_only = kind_named and not any(f.role == "subject" for f in films)
    said = {}
    if found is not None:
        headline, doc, hits = found
        said = {t: {"text": headline, "source": "heading", "start": None, "end": None, "term": doc[s:e].text}
                for t, s, e in hits}
    for theme_id, evidence in said.items():  # the headline is enough, for a genre too
        per_article[theme_id].insert(0, {**evidence, "_names_film": True})
    kept = {a for film in films for t in film.themes for a in (t["id"], *ancestors(t["id"], matcher.themes))}
    return [t for t in _ranked(per_article, matcher)
            if t["id"] in said or not headline_only and len(t["evidence"]) >= ARTICLE_EVIDENCE and t["id"] in kept]


def _ranked(found: dict[str, list[dict]], matcher: ThemeMatcher) -> list[dict]:
    """theme id -> evidence list => theme objects, strongest first (more evidence sentences)."""
    out = []
    umbrellas = matcher.genres
    for theme_id, evidence in found.items():
        named = any([e.pop("_names_film", False) for e in evidence])  # a list: pop from every one
        unique = list({(e["start"], e["text"]): e for e in evidence}.values())
        theme = matcher.themes[theme_id]
        if theme.id in umbrellas and len(unique) < UMBRELLA_EVIDENCE and not named:
            continue  # a genre word said once in passing ("a horror classic") is not what the film is about
        score = round(1 - 0.5 ** len(unique), 3)  # 0.5 for one sentence, 0.75 for two, ...
        out.append({"id": theme.id, "name": theme.label, "parent": theme.parent, "score": score, "evidence": unique})
    # strongest first; on a tie the specific theme before its umbrella, then by name
    return sorted(out, key=lambda t: (-t["score"], t["id"] in umbrellas, t["name"]))


def _group_phrase(doc, start: int, end: int, label: str = "") -> bool:
    """"action movies", "crime films", "seven comedies": a genre word naming a group of films, not a film's theme.

    label: the theme's name; the genre's own name in the plural ("comedies", not "comedians") is a group too,
    unless the film is picked out of it ("one of the funniest comedies", "among the best thrillers")."""
    for token in (doc[end - 1], doc[end] if end < len(doc) else None):
        if token is not None and token.lemma_.lower() in GROUP_NOUNS and token.tag_ in {"NNS", "NNPS"}:
            return True
    last = doc[end - 1]
    if last.tag_ not in {"NNS", "NNPS"} or not label or last.lemma_.lower() != label.lower().split()[-1]:
        return False
    return not any(t.lower_ in PICKED_OUT for t in doc[max(0, start - 5) : start])


class _Sentences:
    """A doc's sentence starts (token indices), found by bisection.

    The bounds are those of spaCy's Span.sent, which walks token by token and so costs a
    sentence's length on every call: quadratic on a long sentence with many matches.
    """

    def __init__(self, doc):
        self.doc = doc
        self.starts = [s.start for s in doc.sents]

    def first_token(self, i: int) -> int:
        """The first token of the sentence that holds token i."""
        return self.starts[bisect.bisect_right(self.starts, i) - 1]

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character bounds of the sentence(s) holding tokens start..end-1 (as Span.sent)."""
        j = bisect.bisect_left(self.starts, end)
        stop = self.starts[j] if j < len(self.starts) else len(self.doc)
        last = self.doc[stop - 1]
        return self.doc[self.first_token(start)].idx, last.idx + len(last)


def _negated(doc, start: int, sents: _Sentences) -> bool:
    """Whether a negation or contrast word ("not", "unlike", "the least") stands just before token `start`, in its
    sentence."""
    window = doc[max(sents.first_token(start), start - NEGATION_WINDOW) : start]
    if least_before(doc, start):
        return True  # "the least romantic war movie": no romance (the war movie it is)
    return any(t.lower_ in NEGATORS for t in window)


def _stripped(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Bounds of text[lo:hi] without its surrounding whitespace (a sentence ends with the
    paragraph break after it), so evidence text == clean[start:end]."""
    part = text[lo:hi]
    return lo + len(part) - len(part.lstrip()), hi - len(part) + len(part.rstrip())


def _reach(mentions: list[tuple[int, int, str]]) -> list[int]:
    """For mentions sorted by start: reach[i] = the furthest end among mentions[:i + 1]."""
    out, furthest = [], -1
    for _, end, _ in mentions:
        furthest = max(furthest, end)
        out.append(furthest)
    return out


def _overlaps(starts: list[int], reach: list[int], s0: int, s1: int) -> bool:
    """Whether [s0, s1) overlaps a mention: one starting before s1 ends after s0."""
    i = bisect.bisect_left(starts, s1)
    return i > 0 and reach[i - 1] > s0


def _films_named_per_sentence(article: Article) -> dict[int, set[str]]:
    """Sentence start offset -> ids of the films the sentence names."""
    starts = sorted(s.start_char for s in article.doc.sents)
    out: dict[int, set[str]] = defaultdict(set)
    for film in article.films:
        for m in film.mentions:
            i = bisect.bisect_right(starts, m.start) - 1
            if i >= 0:
                out[starts[i]].add(film.film_id)
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) spans -> the same ground as sorted, disjoint spans (what theme_guards.inside reads)."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(start, end) for start, end in out]


def _section_lookup(sections: list[tuple[int, int, str]]):
    """Sections (start, end, film id; disjoint, in order) -> a function: clean offset -> film id or None."""
    starts = [start for start, _, _ in sections]

    def owner(offset: int) -> str | None:
        i = bisect.bisect_right(starts, offset) - 1
        return sections[i][2] if i >= 0 and offset < sections[i][1] else None

    return owner
