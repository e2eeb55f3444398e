"""A possessive over a colon list of films names the maker of each (invented sentences)."""

import pytest

from pipeline.possessive_lists import possessive_list_owner

LIST = "Both of Mara Quint’s desert thrillers in one set: Salt Roads (2011) and Salt Roads Part II (2014). Ivo Brandt stars."


@pytest.mark.parametrize("title", ["Salt Roads (", "Salt Roads Part II"])
def test_possessive_list_owner_names_the_maker_of_every_listed_film(title):
    assert possessive_list_owner(LIST, LIST.index(title), 0) == ("Mara Quint", LIST.index("Mara"))


@pytest.mark.parametrize("sentence", [
    "Mara Quint’s films: she once made Salt Roads.",  # prose between the colon and the title
    "Mara Quint’s favourite films: Salt Roads and Glass Orchard.",  # her taste, not her work
    "Mara Quint’s brother: Salt Roads.",  # no plural film noun
    "Mara Quint’s picks: Salt Roads and Glass Orchard.",  # what she chose, not what she made
    "Mara Quint’s hidden gems: Salt Roads and Glass Orchard.",
])
def test_possessive_list_owner_is_none_where_the_list_is_not_the_makers(sentence):
    assert possessive_list_owner(sentence, sentence.index("Salt Roads"), 0) is None
