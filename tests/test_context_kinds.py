"""Film candidates re-labelled by the words around them: an actor's aged character, a company."""

import pytest

from pipeline.context_kinds import characters_and_companies
from pipeline.titles import Candidate


def _kinds(text: str, span: str, lines=(), markers=frozenset()) -> str:
    at = text.index(span)
    return characters_and_companies(text, [Candidate(at, at + len(span), span, "text")], set(markers), list(lines))[0].kind


@pytest.mark.parametrize("text, span, kind", [
    ("Orlov’s young Nightjar teams up with a weary detective.", "Nightjar", "character"),
    ("Mara Quint’s elderly Harrow Vane rules the valley.", "Harrow Vane", "character"),
    ("Orlov’s new Nightjar teams up with a weary detective.", "Nightjar", "film"),  # "new" dates a film
    ("Orlov’s Nightjar is the better film.", "Nightjar", "film"),  # an owner alone: the maker's film
    ("The young Nightjar was shot in winter.", "Nightjar", "film"),  # no owner
])
def test_characters_and_companies_an_age_word_after_a_possessive_makes_a_character(text, span, kind):
    assert _kinds(text, span) == kind


@pytest.mark.parametrize("text, lines, kind", [
    ("Ahead of the sequel, Brindle is bringing the original back for one night.", ["Brindle Events | PG-13"], "other"),
    ("Brindle is bringing the original back. Brindle Entertainment paid for it.", [], "other"),
    ("Ahead of the sequel, Brindle is bringing the original back for one night.", [], "film"),
    ("Ahead of the sequel, Brindle is bringing the original back for one night.", ["Brindle events"], "other"),
])
def test_characters_and_companies_a_name_given_a_company_suffix_elsewhere_is_that_company(text, lines, kind):
    assert _kinds(text, "Brindle", lines) == kind


def test_characters_and_companies_keeps_heading_titles():
    text = "Orlov’s young Nightjar teams up with a weary detective."
    assert _kinds(text, "Nightjar", markers={"nightjar"}) == "film"
    assert _kinds("Brindle is back.", "Brindle", ["Brindle Events"], markers={"brindle"}) == "film"


@pytest.mark.parametrize("text, span, kind", [
    ("When it opened, nobody at Brindle Pictures expected a hit.", "Brindle Pictures", "other"),
    ("The sequel is on its way from Harrow Studios next spring.", "Harrow Studios", "other"),
    ("Then came Motion Pictures, a comedy about a projectionist.", "Motion Pictures", "film"),  # no company place
    ("There is a prestige show from FX and more to come.", "FX", "other"),  # a television network
    ("It is the lightest thing QRT Films has put out in years.", "QRT Films", "other"),  # an initialism's firm
    ("It is the lightest thing Harrow Films has put out in years.", "Harrow Films", "film"),  # a word may be a title
])
def test_characters_and_companies_companies_and_networks_are_no_films(text, span, kind):
    assert _kinds(text, span) == kind
