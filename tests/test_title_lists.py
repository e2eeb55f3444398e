"""Name-shaped items of a list of films are films (pipeline/title_lists.py)."""

import pytest

from pipeline.title_lists import cast_items, title_lists
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


@pytest.mark.parametrize("text, span, kind", [
    # name items of a cast list are people, whatever words they are made of
    ("It was directed by Ivo Sand and starring Ana Ruiz, Tom Vane and Rip Harbour.", "Rip Harbour", "person"),
    ("It starred Ana Ruiz, William Vane Jr., and Rip Harbour. It flopped.", "Rip Harbour", "person"),
    ("Co-stars include Larry Vane, Sky, Tom Vane and Kim Lee.", "Sky", "person"),
    ("The film stars with Ana Ruiz, Salt Harbour, Kim Lee and Tom Vane.", "Salt Harbour", "person"),
    ("It is a comedy starring the comedy team of Harbour and Vane.", "Harbour and Vane", "person"),
    ("Starring Ana Ruiz and Rip Harbour, it flopped.", "Rip Harbour", "person"),
    ("It was written by Ana Ruiz and Will Harbour, and stars Ruiz.", "Will Harbour", "person"),
    ("The writer Ana Ruiz, Salt Harbour and Ronin are on tonight.", "Salt Harbour", "film"),  # no credit's "by"
    # not a cast list
    ("A Star Is Born, Salt Harbour and Ronin are on tonight.", "Salt Harbour", "film"),  # a title's capital "Star"
    ("He joined the cast of Salt Harbour and Ronin.", "Salt Harbour", "film"),
    ("She starred in Salt Harbour, a 1990 film.", "Salt Harbour", "film"),
    ("It stars Ana Ruiz as Harbour, a spy.", "Harbour", "film"),  # a role after "as" is no item
    ("It stars Ana Ruiz, and Salt Harbour (1990) is next.", "Salt Harbour", "film"),  # the list ended
])
def test_cast_items_name_items_of_a_cast_list_are_people(text, span, kind):
    start = text.index(span)
    assert cast_items(text, [Candidate(start, start + len(span), span, "text")])[0].kind == kind


def test_cast_items_keep_a_title_a_heading_gives():
    text = "It stars Ana Ruiz and Salt Harbour."
    start = text.index("Salt Harbour")
    assert cast_items(text, [Candidate(start, start + 12, "Salt Harbour", "text")], {"salt harbour"})[0].kind == "film"
