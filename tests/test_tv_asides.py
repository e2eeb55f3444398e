"""Titles that their sentence makes television: an apposition after a series noun, a TV opener."""

import pytest

from pipeline.titles import Candidate
from pipeline.tv_asides import series_appositions, television_openers


def _cand(text, title):
    at = text.index(title)
    return Candidate(at, at + len(title), title, "text")


def _sentence_of(text):
    def of(offset):
        start = text.rfind(". ", 0, offset)
        start = 0 if start < 0 else start + 2
        end = text.find(". ", offset)
        return start, (len(text) if end < 0 else end + 1)
    return of


@pytest.mark.parametrize("text, title, kind", [
    ("The studio later gave the nurse her own series, Ward Seven.", "Ward Seven", "other"),
    ("A cable channel made a spin-off show, Harbour Nights, in 2019.", "Harbour Nights", "other"),
    ("Unlike the series, Ward Seven keeps its ending.", "Ward Seven", "film"),  # the clause goes on: the film
    ("It crossed over with the Moth series, Moth vs. Crab (2004) and more.", "Moth vs. Crab", "film"),  # a franchise's film
])
def test_tv_asides_series_apposition(text, title, kind):
    assert series_appositions(text, [_cand(text, title)])[0].kind == kind


@pytest.mark.parametrize("text, title, kind", [
    ("And if television counted, Ana Ruiz’s Mother Quell in Ward Seven would rank high.", "Ward Seven", "other"),
    ("On television, Tom Vane took over the role in Harbour Nights.", "Harbour Nights", "other"),
    ("On the day it opened, Tom Vane saw Harbour Nights twice.", "Harbour Nights", "film"),
    ("He watched Harbour Nights on television, twice.", "Harbour Nights", "film"),  # no opening clause
])
def test_tv_asides_television_opener(text, title, kind):
    assert television_openers(text, [_cand(text, title)], _sentence_of(text))[0].kind == kind


def test_tv_asides_headed_titles_stay_films():
    text = "On television, Tom Vane took over the role in Harbour Nights."
    assert television_openers(text, [_cand(text, "Harbour Nights")], _sentence_of(text), {"harbour nights"})[0].kind == "film"
