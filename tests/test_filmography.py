"""A headline naming one filmmaker's films gives the list's entries their director (pipeline/filmography.py)."""

import pytest

from pipeline.filmography import filmography_directors, filmography_maker
from pipeline.record import Film


@pytest.mark.parametrize("headline, maker", [
    ("Every Mara Quint Film, Ranked From Worst to Best", "Mara Quint"),
    ("All 12 Mara Quint Movies, Ranked", "Mara Quint"),
    ("Mara Quint’s Films, Ranked", "Mara Quint"),
    ("Every Glass Harbour Movie, Ranked", None),  # a franchise, no person
    ("Mara Quint’s 8 Best Movie Performances, Ranked", None),  # an actor's roles
    ("The 10 Best Thrillers of the Decade", None),
    (None, None),
])
def test_filmography_a_headline_names_the_maker_of_its_list(headline, maker):
    assert filmography_maker(headline) == maker


def _films():
    entry, known, aside = Film("a#1", "Salt Ledger", role="recommended"), Film("a#2", "Glass Orchard", role="recommended"), \
        Film("a#3", "Cold Harbour", role="mentioned")
    known.director = "Ivo Brandt"
    return entry, known, aside


def test_filmography_entries_without_a_director_get_the_headlines_maker():
    entry, known, aside = _films()
    filmography_directors("Every Mara Quint Film, Ranked", "Quint’s debut is a cold thing.", [entry, known, aside])
    assert entry.director == "Mara Quint" and entry.evidence["director"]["source"] == "caption"
    assert known.director == "Ivo Brandt" and aside.director is None  # what the text says stays; a mention is no entry


def test_filmography_of_a_person_the_text_casts_gives_no_director():
    entry, known, aside = _films()
    filmography_directors("Every Mara Quint Film, Ranked", "In Salt Ledger, Quint plays a nurse.", [entry, known, aside])
    assert entry.director is None
