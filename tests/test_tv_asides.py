"""Titles that their sentence makes television: an apposition after a series noun."""

import pytest

from pipeline.titles import Candidate
from pipeline.tv_asides import series_appositions


def _cand(text, title):
    at = text.index(title)
    return Candidate(at, at + len(title), title, "text")


@pytest.mark.parametrize("text, title, kind", [
    ("The studio later gave the nurse her own series, Ward Seven.", "Ward Seven", "other"),
    ("A cable channel made a spin-off show, Harbour Nights, in 2019.", "Harbour Nights", "other"),
    ("Unlike the series, Ward Seven keeps its ending.", "Ward Seven", "film"),  # the clause goes on: the film
    ("It crossed over with the Moth series, Moth vs. Crab (2004) and more.", "Moth vs. Crab", "film"),  # a franchise's film
])
def test_tv_asides_series_apposition(text, title, kind):
    assert series_appositions(text, [_cand(text, title)])[0].kind == kind


@pytest.mark.parametrize("text, title, television", [
    # the titles right after "shows but"
    ("i know you said no shows but Salt Harbour and The Long Night have that same slide.", "Salt Harbour", True),
    ("i know you said no shows but Salt Harbour and The Long Night have that same slide.", "The Long Night", True),
    ("no shows but Salt Harbour have that feel. for a movie, Glass Orchard?", "Glass Orchard", False),
    ("all the films but Salt Harbour are dull.", "Salt Harbour", False),
    # a title that a limit to feature films shuts out
    ("Only feature films released this decade counted, so no Harbour Lights write-ins, sorry.", "Harbour Lights", True),
    ("Voters could pick feature-length movies only, which ruled out Salt Flats or Tin Crown.", "Tin Crown", True),
    ("Only feature films were eligible, and Harbour Lights won by a mile.", "Harbour Lights", False),  # not shut out
    ("There were no Harbour Lights write-ins this year.", "Harbour Lights", False),  # no limit to feature films
    ("Only feature films were eligible, so no shorts; Harbour Lights won.", "Harbour Lights", False),
    # a later clause of the sentence turns to television, and the title stands in it
    ("She scores films for Pell Studio, and for TV, her theme for Salt Harbour ran for years.", "Salt Harbour", True),
    ("She scores films, and on TV, where Salt Harbour aired, she wrote more.", "Salt Harbour", True),
    # a word of film after the turn: the title may be a film shown on television
    ("She scores films, and on TV, where the film Salt Harbour aired, she wrote more.", "Salt Harbour", False),
    # the title stands before the turn to television
    ("Her theme for Salt Harbour won, and for television, she wrote a march.", "Salt Harbour", False),
])
def test_tv_asides_television_sentence(text, title, television):
    from pipeline.tv_asides import television_sentence
    assert television_sentence(text, _cand(text, title)) == television
