"""Titles fenced in by repaired boundaries: numbers, common words, inner possessives."""

import pytest

from pipeline.cut_titles import cut_candidates


def _found(text: str, glued_before: list[str]) -> list[str]:
    """Candidates when the scrape had glued each listed word to the one before it (a repaired cut)."""
    cuts = [(text.index(" " + w), "case_change") for w in glued_before]
    return [c.text for c in cut_candidates(text, cuts)]


@pytest.mark.parametrize("text, glued_before, title", [
    ("Long before, Ann Example’s 1917 was sold on a trick.", ["1917", "was"], "1917"),
    ("A career of deep dives: his 78/52 spent hours on one scene.", ["78/52", "spent"], "78/52"),
    ("The point of reference is Kit Maker’s Her, which came first.", ["Her"], "Her"),
    ("The family comedy It, from a new voice, did well.", ["It"], "It"),
    ("After that you shot on Someone’s Own Place. What then?", ["Someone’s"], "Someone’s Own Place"),
    ("She directed Girlhood and Tessa’s Body, which flopped.", ["Girlhood", "and", "Tessa’s"], "Tessa’s Body"),
    ("The remake of the caper Ocean’s 11, which starred a crooner, is better.", ["Ocean’s"], "Ocean’s 11"),
    ("Then came Ada Dunn’s Lobo’s Dune is a film about a film.", ["Lobo’s", "is"], "Lobo’s Dune"),
])
def test_cut_titles_fenced_spans_are_titles(text, glued_before, title):
    assert title in _found(text, glued_before)


@pytest.mark.parametrize("text, glued_before", [
    ("He won an Oscar, which surprised nobody.", ["Oscar"]),  # a rare word: a prize, not a pronoun title
    ("It was released in 2019 and sold well.", ["2019", "and"]),  # a year without an owner
    ("A film by Jane Doe’s The Big Thing, then.", ["Jane"]),  # a person's possessive before a title
    ("The points are Ridley Vane’s 1982 Glass Runner, with robots.", ["Ridley", "Glass"]),  # a year, then the title
    ("It was late. Her, as ever, called.", ["Her"]),  # a sentence starts at the cut
    ("Mostly the work of Vane’s Own Company sets the tone.", ["Vane’s"]),  # no cut or mark closes it
    ("His role at Avon’s Grand Theatre, opposite her, won a prize.", ["at"]),  # a small word opens no title
    ("His lead in Glass Orchard at London’s Tivoli Theatre, they said.", ["at"]),  # a phrase goes on after a title
])
def test_cut_titles_other_fenced_spans_are_not(text, glued_before):
    assert _found(text, glued_before) == []


@pytest.mark.parametrize("text, glued_before, found", [
    # the sentence already has the surname alone: the full name again belongs to the title
    ("Marr, who later played himself in Jonas Marr’s Second Tide, directs here.", ["Jonas"], ["Jonas Marr’s Second Tide"]),
    # the full name only: a person's possessive before a title
    ("He later played himself in Jonas Marr’s Second Tide, which flopped.", ["Jonas"], []),
    # the surname stood alone in an earlier sentence only
    ("Marr was tired. He later played in Jonas Marr’s Second Tide, which flopped.", ["Jonas"], []),
])
def test_cut_titles_a_full_name_the_sentence_already_has_opens_a_possessive_title(text, glued_before, found):
    assert _found(text, glued_before) == found


def test_cut_titles_an_adjective_split_closes_no_span():
    # "andKit Maker’s FlemishOrchard": the cut before "Orchard" only follows an adjective
    text = "It lost to Ann Example and Kit Maker’s Flemish Orchard (Het boomgaard) in the end."
    cuts = [(text.index(" Kit"), "case_change"), (text.index(" Orchard"), "modifier_case"),
            (text.index(" (Het"), "punct_space")]
    found = [x.text for x in cut_candidates(text, cuts)]
    assert not any(c.endswith("Flemish") for c in found) and "Kit Maker’s Flemish Orchard" not in found
