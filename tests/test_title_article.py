"""A title's leading words left outside its run: the markup's "The", a defining sentence's opening words (pipeline/title_article.py)."""

from dataclasses import replace

import pytest

from pipeline.title_article import defined_openers, leading_the
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


@pytest.mark.parametrize("text, span, cuts, title", [
    ("On Quiet Waters is a 1994 drama film by Tom Brell.", "Quiet Waters", [], "On Quiet Waters"),
    ("In the Grip of Winter was a 1994 film.", "the Grip of Winter", [], "In the Grip of Winter"),
    ("Tarrow's Island is a 1994 American thriller film.", "Island", [], "Tarrow's Island"),
    ("Weep, the Lonely Harbor is a 1994 drama film.", "the Lonely Harbor", [], "Weep, the Lonely Harbor"),
    ("It rained. On Quiet Waters is a 1994 documentary.", "Quiet Waters", [], "On Quiet Waters"),  # a sentence start
    # a repaired boundary after the owner: the tag opened there, the owner stays out
    ("Brell’s Harbor Nights is a 1994 drama film.", "Harbor Nights", [7], "Harbor Nights"),
    ("On Quiet Waters is a popular lake.", "Quiet Waters", [], "Quiet Waters"),  # no film defined
    ("However, Quiet Waters is a 1994 film.", "Quiet Waters", [], "Quiet Waters"),  # a discourse word
    ("Meanwhile, Quiet Waters is a 1994 film.", "Quiet Waters", [], "Quiet Waters"),
    ("We saw it in Quiet Waters, a 1994 film.", "Quiet Waters", [], "Quiet Waters"),
    ("Then Tom Brell made Quiet Waters is a 1994 film.", "Quiet Waters", [], "Quiet Waters"),  # lowercase words
])
def test_defined_openers_grow_a_title_back_to_its_sentence_start(text, span, cuts, title):
    cands = [replace(c, kind="film") for c in _cands(text, span)]
    out = defined_openers(text, cands, cuts)
    assert [c.text for c in out] == [title]
    assert all(text[c.start : c.end] == c.text for c in out)
