"""Versions of one title (remakes, owners, bracketed years) on hand-written sentences (no spaCy)."""

import re

import pytest

from pipeline import facts, versions


def test_versions_other_versions_allow_an_adjective_before_the_year():
    sentence = "Rob Vane’s grimy 2007 remake, also titled Glass Orchard, is worse."
    assert [(y, name) for y, name, _, _ in versions.other_versions(sentence, 0, len(sentence))] == [(2007, "Rob Vane")]


@pytest.mark.parametrize("sentence, year", [
    ("Not to be confused with Glass Orchard, the 2006 American remake.", 2006),  # a nationality between
    ("Then came the 1999 shot-for-shot remake.", 1999),
    ("The 1962 remake of Glass Orchard kept the ending.", 1962),  # the phrase opens the sentence
])
def test_versions_other_versions_allow_an_adjective_after_the_year(sentence, year):
    assert [y for y, _, _, _ in versions.other_versions(sentence, 0, len(sentence))] == [year]


@pytest.mark.parametrize("sentence, found", [
    ("It has nothing to do with Rob Vane’s 2011 musical of the same name.", [(2011, "Rob Vane")]),
    ("It shares nothing with the 1968 film of the same title.", [(1968, None)]),
    ("It is drawn from the 1980 novel of the same name.", []),  # a novel is no film version
    ("It has nothing to do with Rob Vane’s 2011 film adaptation of the same name.", [(2011, "Rob Vane")]),
])
def test_versions_a_film_of_the_same_name_is_another_version(sentence, found):
    assert [(y, name) for y, name, _, _ in versions.other_versions(sentence, 0, len(sentence))] == found
    assert facts.possessive_film_nouns(sentence, 0, len(sentence)) == []  # nor the section film's director


def _owner_groups(text: str, title: str, people: set[str]) -> list[list[int]]:
    starts = [m.start() for m in re.finditer(re.escape(title), text)]
    return versions.owner_versions(text, starts, [s + len(title) for s in starts], lambda at: 0, people, lambda at: len(text))


def test_versions_two_owners_with_a_dated_mention_make_two_films():
    text = "Ana Vane’s Night Owl opened in May; it remakes Tom Ruiz’s 1922 silent classic Night Owl, and Night Owl fans came."
    assert _owner_groups(text, "Night Owl", {"Vane", "Ruiz"}) == [[0, 2], [1]]


@pytest.mark.parametrize("text", [
    "Ana Vane’s Night Owl opened in May; Tom Ruiz’s Night Owl is his view of it.",  # no mention dated
    "Ana Vane’s Night Owl opened in May; Studio’s 1922 Night Owl was older.",  # the other owner is no person
    "Ana Vane’s Night Owl opened in May; Vane’s 1922 Night Owl was older.",  # one owner
])
def test_versions_owners_split_a_title_only_when_two_people_and_a_year_say_so(text):
    assert _owner_groups(text, "Night Owl", {"Vane", "Ruiz", "Ana"}) == [[0, 1]]


def _author(text: str, name: str, title: str) -> bool:
    start = text.index(title)
    return versions.source_author(text, text.index(name), start, start + len(title), len(text))


@pytest.mark.parametrize("text, name, title, author", [
    ("Ana Vane has shot Tom Ruiz’s Night Owl in colour.", "Tom Ruiz", "Night Owl", True),  # a verb of adapting
    ("Mara Quint adapts Ivo Brandt’s Salt Ledger with a new cast.", "Ivo Brandt", "Salt Ledger", True),
    ("He lent me Tom Ruiz’s Night Owl, and once I read the book we saw Ana Vane’s Night Owl (1961).",
     "Tom Ruiz", "Night Owl", True),  # the book, then the film of the same title
    ("Tom Ruiz’s Night Owl departs from the novel in many ways.", "Tom Ruiz", "Night Owl", False),  # no second title
    ("We loved Tom Ruiz’s Night Owl and its score.", "Tom Ruiz", "Night Owl", False),
    ("She broke through on stage in Tom Ruiz’s comedy Night Owl, then starred in the 1967 film version of Night Owl.",
     "Tom Ruiz", "Night Owl", True),  # the play, then its film version of the same title
    ("She starred in Tom Ruiz’s Night Owl, a better film version of the story than any.", "Tom Ruiz", "Night Owl",
     False),  # no second title
])
def test_versions_source_author_tells_the_writer_from_the_maker(text, name, title, author):
    assert _author(text, name, title) is author


def test_versions_the_author_of_the_book_owns_no_film_version():
    text = "He lent me Tom Ruiz’s Night Owl, and once I read the book we saw Ana Vane’s Night Owl (1961) together."
    assert _owner_groups(text, "Night Owl", {"Vane", "Ruiz"}) == [[0, 1]]


@pytest.mark.parametrize("text, groups", [
    ("Vane’s Night Owl (1961) kept the book’s title; the remake, also called Night Owl (2024), and Night Owl fans...",
     [[0], [1, 2]]),  # two bracketed years: two films, an undated mention going with the one before it
    ("Night Owl (1961) opened in May, and Night Owl (1961) still plays.", [[0, 1]]),  # one year
    ("Night Owl opened in May, and Night Owl (1961) still plays.", [[0, 1]]),
    # before two dated versions, undated mentions called new are a third, undated one (a new adaptation)
    ("Her new Night Owl is in the works. Night Owl (1961) and Night Owl (2011) came first; Night Owl (1961) won.",
     [[0], [1, 3], [2]]),
    ("Her Night Owl is in the works. Night Owl (1961) and Night Owl (2011) came first.", [[0, 1], [2]]),  # not new
])
def test_versions_two_bracketed_years_after_one_title_make_two_films(text, groups):
    starts = [m.start() for m in re.finditer("Night Owl", text)]
    assert versions.year_versions(text, starts, [s + len("Night Owl") for s in starts]) == groups


def test_versions_an_owner_after_initials_is_a_person():
    text = "Ana Vane’s Night Owl opened in May; it remakes T.R. Ruiz’s 1922 silent classic Night Owl."
    assert _owner_groups(text, "Night Owl", {"Vane"}) == [[0], [1]]


@pytest.mark.parametrize("sentence, expected", [
    ("Nora Pike’s remake puts Ana Ruiz in the shoes Tom Vane filled in the 1958 Cold Harbour.", True),
    ("The film was remade twice, and the 1958 Cold Harbour is still the best.", True),
    ("Nora Pike’s thriller puts Ana Ruiz in the shoes Tom Vane filled in the 1958 Cold Harbour.", False),
])
def test_versions_remake_before_a_dated_mention(sentence, expected):
    assert versions.remake_before(sentence, 0, sentence.index("the 1958")) is expected


def test_versions_a_studio_s_version_has_no_director():
    sentence = "Sony’s 2010 version, also called Glass Orchard, moved the story to Lisbon."
    assert [(y, name) for y, name, _, _ in versions.other_versions(sentence, 0, len(sentence))] == [(2010, None)]


@pytest.mark.parametrize("sentence, expected", [
    ("(Not to be confused with Nora Pike’s Cold Harbour from 1996, a thriller.)", True),
    ("Not to be confused with Nora Pike’s very different Cold Harbour from 1996.", True),
    ("A different crew made Nora Pike’s Cold Harbour from 1996.", False),
])
def test_versions_another_film_of_the_title_before_a_mention(sentence, expected):
    assert versions.remake_before(sentence, 0, sentence.index("Cold Harbour")) is expected
