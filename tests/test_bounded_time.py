"""Pathological inputs finish: no catastrophic regex backtracking, no quadratic loops.

Speed is measured by `make bench`, never asserted here. Each case only runs under a
watchdog (SIGALRM) that fails it when it is still running after GUARD_SECONDS, far
above its normal run time (about a second or less each on the CI machine; the 10 MB
file a few seconds): only pathological (super-linear) behaviour trips it.
"""

import signal
from contextlib import contextmanager

import pytest

from pipeline.annotate import annotate_text, split_text
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.html_text import html_to_text
from pipeline.ingest import MAX_TEXT_CHARS, ingest
from pipeline.record import Article
from pipeline.themes import tag_themes, theme_matcher

GUARD_SECONDS = 60
N = 100_000

PATHOLOGICAL = {
    "dots": "." * N,
    "open_brackets": "(" * N,
    "quotes": "'" * N,
    "curly_quotes": "“" * N,
    "a_dot": "a." * (N // 2),
    "comma_space": ", " * (N // 2),
    "dashes": "-" * N,
    "capitalised_words": "Word " * (N // 5),
    "capital_run": "A" * N,
    "lowercase_run": "a" * N,
    "case_changes": "aB" * (N // 2),
    "case_change_tokens": ("aB" * 60 + " ") * (N // 121),
    "glued_titles": ("theTitle" * 15 + " ") * (N // 121),
    "glued_prose": "theTitleworld today.The Nameis sucha film(1999) by Director’sTitle " * (N // 68),
    "possessives": "Name’s " * (N // 7),
    "newsletter_words": "newsletter-" * (N // 11),  # one "word" for the debris rules
    "year_brackets": "(1999, " * (N // 7),
    "blank_lines": "x" + "\n " * (N // 2),
    "one_letter_paragraphs": "x\n\n" * (N // 3),
    "headings": "3. Title Name (Director, 1999)\n\nText about Title Name here.\n\n" * (N // 60),
    "captions": "Some Title Movie Poster\n\nImage via Studio\n\n" * (N // 42),
    "quoted_titles": "the film “Some Title” and “Other Title” " * (N // 42),
    "cue_phrases": "directed by Some Name, starring Other Person and Third One, the 1999 film Title Here " * (N // 86),
    "release_phrases": "The Title upon its release in 1999 was the 1999 film The Title " * (N // 64),
    "unicode_letters": "é" * N,
    "long_words": ("x" * 5000 + " ") * (N // 5001),
}


# Through spaCy, the punctuation and one-token cases run at full length (the tokenizer used to
# be quadratic on them); the prose-like ones at SPACY_CHARS, enough to show any super-linear
# loop over mentions or sentences, as spaCy itself takes a few seconds per 100,000 characters.
FULL_LENGTH_THROUGH_SPACY = {"dots", "open_brackets", "quotes", "curly_quotes", "a_dot", "dashes", "capital_run",
                             "lowercase_run", "case_changes", "unicode_letters", "long_words"}
SPACY_CHARS = 30_000


@contextmanager
def watchdog(seconds: int = GUARD_SECONDS):
    """Fail the block (TimeoutError) when it runs longer than `seconds`: a hang, not slowness."""
    def fail(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: pathological run time")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_watchdog_stops_a_runaway_block():
    with pytest.raises(TimeoutError):
        with watchdog(1):
            while True:
                pass


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_bounded_clean_finishes_on_pathological_text(name):
    text = PATHOLOGICAL[name]
    with watchdog():
        article = clean(Article(name, f"{name}.txt", "txt", text))
    assert len(article.clean) >= len(text) - sum(c.end - c.start for c in article.corrections)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_bounded_extract_and_themes_finish_on_pathological_text(name, nlp):
    text = PATHOLOGICAL[name] if name in FULL_LENGTH_THROUGH_SPACY else PATHOLOGICAL[name][:SPACY_CHARS]
    with watchdog():
        article = clean(Article(name, f"{name}.txt", "txt", text))
        article.doc = annotate_text(article.clean, nlp)
        done = tag_themes(extract(article), theme_matcher(nlp))
    for film in done.films:
        for m in film.mentions:
            assert done.clean[m.start : m.end] == m.text


def test_bounded_ten_megabyte_single_line_file(tmp_path):
    words = "the quiet heist film is directed by Some Name and stars Other Person in The Long Night from 1999 ".split()
    line = " ".join(words[i % len(words)] for i in range(2_000_000))[:10_000_000]
    (tmp_path / "one_line.txt").write_text(line, encoding="utf-8")
    with watchdog():
        [article], [report] = ingest(tmp_path)
        cleaned = clean(article)
    assert (report.status, report.warnings) == ("ok", [f"one_line: text cut to the first {MAX_TEXT_CHARS:,} characters"])
    assert len(article.raw) == MAX_TEXT_CHARS and "\n" not in cleaned.clean
    # spaCy gets it in bounded pieces whose text is the whole text again
    pieces = split_text(cleaned.clean)
    assert "".join(pieces) == cleaned.clean and max(map(len, pieces)) <= 100_000


@pytest.mark.slow
def test_bounded_long_single_line_through_spacy_keeps_offsets(nlp):
    text = "The quiet heist film is directed by Some Name and stars Other Person in The Long Night " * 1_300
    with watchdog():
        doc = annotate_text(text, nlp)
    assert doc.text == text and len(split_text(text)) == 2
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)


def test_bounded_deep_html_nesting():
    page = "<div>" * N + "<p>Deep <i>Title Here</i> text.</p>" + "</div>" * N
    with watchdog():
        result = html_to_text(page.encode("utf-8"))
    assert "Deep Title Here text." in result.text
