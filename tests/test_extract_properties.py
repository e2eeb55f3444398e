"""Property tests (hypothesis) over the pure stages after ingest: html_to_text, clean,
annotate, extract and themes never crash, and every offset they report points into
the text it names: mention and evidence text == clean[start:end].

500 examples per property; the spaCy model loads once per session (tests/conftest.py).
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.annotate import annotate_text
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.html_text import html_to_text
from pipeline.ingest import article_from_html
from pipeline.record import Article
from pipeline.themes import tag_themes, theme_matcher

pytestmark = pytest.mark.slow
PROPERTY = settings(max_examples=500, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# The kinds of words film articles are made of, glued the way scrapers glue them, so that
# titles, people, captions, ranks, years and cue phrases all turn up.
WORDS = st.sampled_from([
    "the", "a", "is", "and", "of", "in", "film", "movie", "movies", "remake", "version", "sequel",
    "directed by", "starring", "stars", "plays", "director", "released in", "upon its release in",
    "the 1999 film", "the 2006 remake of", "Name’s", "Given Surname", "Other Person", "M.", "Ms.",
    "Title", "Another Title", "The Long Night", "Night", "Harbour", "Heist", "Part Two", "Saga:",
    "theTitle", "Titleis", "sucha", "today.The", "(1999)", "(Director, 2003)", "1.", "3.", "#2",
    "“Quoted Title”", "\"Plain Quote\"", "‘", "’", "'", "(", ")", ",", ";", ":", "—", "-", "!", "?", ".",
    "revenge", "heist", "haunted", "vampires", "sci-fi", "not a", "unlike", "horror", "thriller",
    "Movie Poster", "Image via Studio", "By", "Related:", "1999", "2024", "’80s", "U.S.", "é", "日本",
])
LINES = st.lists(WORDS, min_size=0, max_size=14).map(" ".join)
ARTICLES = st.lists(LINES, min_size=0, max_size=10).flatmap(
    lambda lines: st.sampled_from(["\n", "\n\n", "\n \n"]).map(lambda sep: sep.join(lines)))
TAGS = st.sampled_from(["p", "div", "i", "em", "b", "a", "h2", "h3", "li", "figcaption", "script", "span", "br"])
HTML = st.lists(st.one_of(WORDS, TAGS.map(lambda t: f"<{t}>"), TAGS.map(lambda t: f"</{t}>")), max_size=40).map(" ".join)


def _run(article: Article, nlp) -> Article:
    cleaned = clean(article)
    cleaned.doc = annotate_text(cleaned.clean, nlp)
    return tag_themes(extract(cleaned), theme_matcher(nlp))


def _assert_offsets_point_into_clean(done: Article) -> None:
    text = done.clean
    for film in done.films:
        # every film can be traced: to its mentions, or to the caption or heading naming it
        assert film.mentions or any(c.film_id == film.film_id for c in done.captions), film.title
        for m in film.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.text
            assert m.text in m.sentence  # the quoted sentence holds the mention
        for facts in film.evidence.values():
            for ev in facts if isinstance(facts, list) else [facts]:
                if ev["start"] is not None:
                    assert 0 <= ev["start"] < ev["end"] <= len(text)
                    assert text[ev["start"] : ev["end"]] == ev["text"]
        for theme in film.themes:
            _assert_theme_evidence(theme, text)
    for theme in done.themes:
        _assert_theme_evidence(theme, text)
    for start, end, _ in done.sections:
        assert 0 <= start < end <= len(text)


def _assert_theme_evidence(theme: dict, text: str) -> None:
    for ev in theme["evidence"]:
        if ev["source"] == "text":
            assert 0 <= ev["start"] < ev["end"] <= len(text)
            assert text[ev["start"] : ev["end"]] == ev["text"] and ev["term"] in ev["text"]


@PROPERTY
@given(st.text(max_size=300))
def test_pipeline_never_crashes_on_any_unicode(nlp, text):
    done = _run(Article("p", "p.txt", "txt", text), nlp)
    assert isinstance(done.films, list) and isinstance(done.themes, list)


@PROPERTY
@given(ARTICLES)
def test_extract_offsets_lie_in_the_clean_text(nlp, text):
    done = _run(Article("p", "p.txt", "txt", text), nlp)
    _assert_offsets_point_into_clean(done)


@PROPERTY
@given(HTML)
def test_html_markup_spans_and_extraction_offsets_lie_in_their_text(nlp, markup):
    page = html_to_text(markup)
    for start, end, _tag in page.spans:
        assert 0 <= start < end <= len(page.text)
        assert page.text[start:end] == page.text[start:end].strip()
    done = _run(article_from_html("h", "h.html", markup.encode("utf-8")), nlp)
    _assert_offsets_point_into_clean(done)
