"""Record helpers: how much of a sentence is quoted as evidence."""

import pytest

from pipeline.record import MAX_EVIDENCE_CHARS, evidence_bounds


@pytest.mark.parametrize(
    "s0, s1, start, end, bounds",
    [
        (10, 500, 100, 110, (10, 500)),  # a normal sentence: whole
        (0, 5000, 2000, 2010, (1505, 2505)),  # a very long one: the window around the words
        (0, 5000, 5, 15, (0, 1000)),  # near its start
        (0, 5000, 4990, 5000, (4495, 5000)),  # near its end
        (0, 5000, 100, 3100, (100, 3100)),  # words longer than the window: all of them
    ],
)
def test_evidence_bounds_quote_whole_sentences_or_a_window(s0, s1, start, end, bounds):
    lo, hi = evidence_bounds(s0, s1, start, end)
    assert (lo, hi) == bounds
    assert s0 <= lo <= start and end <= hi <= s1
    assert hi - lo <= max(MAX_EVIDENCE_CHARS, end - start)


def test_record_headline_is_the_headline_line_else_the_page_title():
    from dataclasses import replace

    from pipeline.record import Article, Caption
    article = Article("a", "a.txt", "text", "x", meta={"title": "Page Title"})
    assert article.headline() == "Page Title"
    line = Caption(text="8 Films Like Glass Orchard", rule="headline", start=0, end=26, before=0)
    assert replace(article, captions=[line]).headline() == "8 Films Like Glass Orchard"
    assert Article("b", "b.txt", "text", "x").headline() is None
