"""Name-shaped items of a list of films are films (pipeline/title_lists.py)."""

import pytest

from pipeline.title_lists import title_lists
from pipeline.titles import Candidate


def _cands(text: str, spans: list[tuple[str, str]]) -> list[Candidate]:
    out, at = [], 0
    for span, kind in spans:
        start = text.index(span, at)
        out.append(Candidate(start, start + len(span), span, "text", kind=kind))
        at = start + len(span)
    return out


def _kinds(text: str, spans: list[tuple[str, str]]) -> list[str]:
    return [c.kind for c in title_lists(text, _cands(text, spans))]


def test_title_lists_a_name_shaped_item_among_films_is_a_film():
    text = "It beat Glass Orchard, Cold Harbour, Tom Vane and Ana Ruiz’s The Lantern."
    spans = [("Glass Orchard", "film"), ("Cold Harbour", "film"), ("Tom Vane", "person"),
             ("Ana Ruiz", "person"), ("The Lantern", "film")]
    # the owner before "’s" stays a person
    assert _kinds(text, spans) == ["film", "film", "film", "person", "film"]


def test_title_lists_a_given_name_title_glued_to_an_owned_last_item_is_a_film():
    text = "Built from a memoir, it beat Kim Lee’s The Vale, Far Shore, Ray and Ana Ruiz’s Tin Sky."
    spans = [("Kim Lee", "person"), ("The Vale", "film"), ("Far Shore", "film"), ("Ray", "person"),
             ("Ana Ruiz", "person"), ("Tin Sky", "film")]
    assert _kinds(text, spans) == ["person", "film", "film", "film", "person", "film"]


@pytest.mark.parametrize("text, spans", [
    # a list of people
    ("It stars Ana Ruiz, Tom Vane and Kim Lee.", [("Ana Ruiz", "person"), ("Tom Vane", "person"), ("Kim Lee", "person")]),
    # films do not outnumber the people
    ("Glass Orchard made stars of Ana Ruiz, Tom Vane and Cold Harbour did the rest.",
     [("Glass Orchard", "film"), ("Ana Ruiz", "person"), ("Tom Vane", "person"), ("Cold Harbour", "film")]),
])
def test_title_lists_lists_of_people_stay_people(text, spans):
    assert _kinds(text, spans) == [k for _, k in spans]


def test_title_lists_the_item_after_and_ends_the_list():
    # "..., and Name won" is a new clause: Tom Vane is no item of the list
    text = "It beat Glass Orchard, Cold Harbour and Tin Sky, and Tom Vane won Best Director."
    spans = [("Glass Orchard", "film"), ("Cold Harbour", "film"), ("Tin Sky", "film"), ("Tom Vane", "person")]
    assert _kinds(text, spans) == ["film", "film", "film", "person"]


@pytest.mark.parametrize("text", [
    "The picture stars Tom Vane along with Ana Ruiz, Kim Lee, Fabrice, and Marisol.",
    "Co-stars include Ana Ruiz, Fabrice, Marisol and Kim Lee.",
    "The film co-stars Ana Ruiz, Fabrice and Marisol.",
])
def test_title_lists_a_list_a_cast_word_opens_is_a_cast(text):
    names = [w for w in ("Tom Vane", "Ana Ruiz", "Kim Lee", "Fabrice", "Marisol") if w in text]
    # one-word stage names look like titles; the cast word says the list is people
    spans = [(n, "film" if " " not in n else "person") for n in sorted(names, key=text.index)]
    assert _kinds(text, spans) == [kind for _, kind in spans]
