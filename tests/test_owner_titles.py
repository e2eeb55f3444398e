"""A title that opens with a possessive, read whole where it is known (pipeline/owner_titles.py)."""

from pipeline.owner_titles import owner_titles
from pipeline.titles import Candidate, normalise


def _film(text: str, title: str, after: int = 0) -> Candidate:
    at = text.index(title, after)
    return Candidate(at, at + len(title), title, "text")


def test_owner_titles_a_known_possessive_title_takes_its_owner_back():
    text = "Best Short\n\nWill win: Ada Vell’s Copper Sky Should win: Tin Lantern"
    out = owner_titles(text, [_film(text, "Copper Sky")], {normalise("Ada Vell’s Copper Sky")})
    assert [(c.text, text[c.start : c.end]) for c in out] == [("Ada Vell’s Copper Sky", "Ada Vell’s Copper Sky")]


def test_owner_titles_another_owner_or_an_unknown_title_is_left_alone():
    text = "Not to be confused with Rob Marr’s Copper Sky, or with Ada Vell’s Tin Lantern."
    cands = [_film(text, "Copper Sky"), _film(text, "Tin Lantern")]
    assert owner_titles(text, cands, {normalise("Ada Vell’s Copper Sky")}) == cands


def test_owner_titles_a_known_title_with_a_comma_takes_its_head_back():
    text = "In Harbour, Maine (1984) a man walks out of the sea. Maine is cold."
    out = owner_titles(text, [_film(text, "Maine"), _film(text, "Maine", 40)], {normalise("Harbour, Maine")})
    assert [c.text for c in out] == ["Harbour, Maine", "Maine"]  # the second "Maine" has no "Harbour, " before it
