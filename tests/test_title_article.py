"""A title's leading "The" left outside the markup (pipeline/title_article.py)."""

import pytest

from pipeline.title_article import leading_the
from pipeline.titles import Candidate


def _cands(text: str, span: str) -> list[Candidate]:
    out, at = [], text.find(span)
    while at >= 0:
        out.append(Candidate(at, at + len(span), span, "text"))
        at = text.find(span, at + 1)
    return out


@pytest.mark.parametrize("text, titles", [
    # a capital "The" in mid-sentence belongs to the title, at every place "The" stands before it
    ("The Long Road comparison? After The Long Road, we shot on film. Long Road was cheap.",
     ["The Long Road", "The Long Road", "Long Road"]),
    ("Nobody saw Long Road. After the Long Road shoot, we rested.", ["Long Road", "Long Road"]),  # lower case
    ("The Long Road comparison is fair. Long Road was cheap.", ["Long Road", "Long Road"]),  # sentence start only
])
def test_title_article_mid_sentence_the_joins_the_title(text, titles):
    out = leading_the(text, _cands(text, "Long Road"))
    assert [c.text for c in out] == titles
    assert all(text[c.start : c.end] == c.text for c in out)
