"""Words that make a title a book or another work that was never filmed (pipeline/unfilmed.py)."""

import pytest

from pipeline.other_works import other_works
from pipeline.titles import Candidate
from pipeline.unfilmed import named_work, never_filmed


def _cand(text: str, span: str) -> Candidate:
    at = text.index(span)
    return Candidate(at, at + len(span), span, "text")


@pytest.mark.parametrize("text, span, work", [
    ("In English the novel is The Glass Vale.", "The Glass Vale", True),
    ("Her memoir was called Cold Harbour, and it sold well.", "Cold Harbour", True),
    ("The film is Cold Harbour, and it is great.", "Cold Harbour", False),
    ("The best novel adaptation is Cold Harbour.", "Cold Harbour", False),  # "adaptation", not the novel
])
def test_named_work_reads_a_work_noun_and_copula_before_the_title(text, span, work):
    assert named_work(text, _cand(text, span).start) is work


@pytest.mark.parametrize("text, span, unfilmed", [
    ("Her sequel, Vane and Co. (1995), was never filmed.", "Vane and Co.", True),
    ("The sequel, Cold Harbour, has not yet been adapted.", "Cold Harbour", True),
    ("Cold Harbour (1995) was never made into a film.", "Cold Harbour", True),
    ("Cold Harbour (1995) was filmed in Iceland.", "Cold Harbour", False),
])
def test_never_filmed_reads_the_words_after_the_title(text, span, unfilmed):
    assert never_filmed(text, _cand(text, span).end) is unfilmed


def test_other_works_an_unfilmed_title_is_no_film_even_with_a_year():
    text = "Tom Vane made Glass Orchard (1994). His sequel, Vane and Co. (1995), was never filmed."
    out = other_works(text, [_cand(text, "Glass Orchard"), _cand(text, "Vane and Co.")], set())
    assert [c.kind for c in out] == ["film", "other"]
