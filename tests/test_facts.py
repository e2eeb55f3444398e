"""Year, director and cast cue phrases on hand-written sentences (no spaCy)."""

import re

import pytest

from pipeline import facts


@pytest.mark.parametrize(
    "sentence, year",
    [
        ("Mara Quint directed this 1973 puzzle from a script by two friends.", 1973),
        ("Ivo Brandt’s 1974 film serves it with all the trimmings.", 1974),
        ("Their 2001 satire is set in a country house.", 2001),
        ("The 2017 remake Glass Orchard is worse.", None),  # the year belongs to the title after it
        ("It opened in 1982 to little notice.", None),
        ("It is no relation of Ivo Brandt’s 1974 film of the same name.", None),  # another film's year
        ("It is no relation of Ivo Brandt’s 1974 film adaptation of the same name.", None),
    ],
)
def test_facts_section_year(sentence, year):
    found = facts.section_year(sentence, 0, len(sentence))
    assert (found[0] if found else None) == year
    if found:
        assert sentence[found[1].start : found[1].end] == found[1].text


@pytest.mark.parametrize("sentence, title, year", [
    ("It lifted its plot from a forgotten 1961 melodrama called Night Ferry, scene by scene.", "Night Ferry", 1961),
    ("Then came the finale and the 2023 prequel Glass Moon: The Song of Owls.", "Glass Moon: The Song of Owls", 2023),
    ("In 1961 a ferryman called Night Ferry rowed the dead.", "Night Ferry", None),  # no article before the year
])
def test_facts_year_near_a_kind_of_film_before_the_title(sentence, title, year):
    start = sentence.index(title)
    found = facts.year_near(sentence, start, start + len(title), (0, len(sentence)), False)
    assert (found[0] if found else None) == year


def test_facts_name_directed_this_is_a_director():
    sentence = "Mara Quint directed this 1973 puzzle from a script by Ivo Brandt."
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == ["Mara Quint"]


@pytest.mark.parametrize("sentence, names", [
    ("He doubles for a star on an epic directed by Jake’s ex, Mara Quint (Blunt).", []),  # a relative, not the director
    ("The sequel is directed by Mara Quint, again.", ["Mara Quint"]),
    ("It is director Mara Quint’s best work.", ["Mara Quint"]),  # "director Name’s": still the director
])
def test_facts_a_possessive_after_directed_by_is_no_director(sentence, names):
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == names


def test_facts_directed_by_someones_relative_after_a_mention_is_no_director():
    text = "Glass Orchard, directed by Jake’s ex, opened."
    assert facts.directed_by_after(text, len("Glass Orchard"), len(text)) is None


def test_facts_possessive_with_a_year_before_the_noun_names_the_director():
    sentence = "Ivo Brandt’s 1974 film serves it well."
    assert [name for name, _ in facts.possessive_film_nouns(sentence, 0, len(sentence))] == ["Ivo Brandt"]


@pytest.mark.parametrize("raw, name", [("In Ana Ruiz", "Ana Ruiz"), ("Ana Ruiz’s", "Ana Ruiz"), ("Pair Tom Vane", "Tom Vane"), ("Inez Vane", "Inez Vane"),
                                       ("Alongside Ana Ruiz", "Ana Ruiz"), ("Despite Tom Vane", "Tom Vane")])
def test_facts_clean_name_drops_possessive_and_opening_word(raw, name):
    assert facts.clean_name(raw) == name


@pytest.mark.parametrize(
    "sentence, title, year",
    [
        ("It finished what his 2021 Glass Orchard started.", "Glass Orchard", 2021),
        ("It remade Ana Ruiz’s 1922 silent classic Glass Orchard with sound.", "Glass Orchard", 1922),
        ("Glass Orchard (1991) was the hit.", "Glass Orchard", 1991),
        ("The original Glass Orchard (Ana Ruiz, 2018) is better.", "Glass Orchard", 2018),
        ("It went back to the 1967 uprising in Glass Orchard.", "Glass Orchard", None),  # a preposition: no title year
        ("It was the 2020 best picture winner Glass Orchard.", "Glass Orchard", None),  # an award's year
        ("Glass Orchard came out in 1991.", "Glass Orchard", None),  # not at the mention itself
        ("The novel was first filmed as Glass Orchard in 1947, with a young star.", "Glass Orchard", 1947),
        ("The play was remade as Glass Orchard in 2006.", "Glass Orchard", 2006),
        ("She was cast as Glass Orchard in 1947.", "Glass Orchard", None),  # a role, not a version
        ("Tom Vane’s shot-for-shot Glass Orchard in 1998 changed nothing.", "Glass Orchard", 1998),  # an owner's version
        ("Ana Ruiz remade Tom Vane’s Glass Orchard from 1962 in colour.", "Glass Orchard", 1962),
        ("Glass Orchard in 1998 changed nothing.", "Glass Orchard", None),  # no owner: not a version's date
        ("Tom Vane’s Glass Orchard from 1962 to 1970 ran on stage.", "Glass Orchard", None),  # a span, not a date
        ("Tom Vane’s novel Glass Orchard from 1962 was filmed twice.", "Glass Orchard", None),  # a book's date
        ("Tom Vane’s play Glass Orchard in 1965 ran for a year.", "Glass Orchard", None),
    ],
)
def test_facts_dated_mention_reads_only_the_mentions_own_words(sentence, title, year):
    start = sentence.index(title)
    found = facts.dated_mention(sentence, start, start + len(title), 0)
    assert (found[0] if found else None) == year
    if found:
        assert sentence[found[1].start : found[1].end] == found[1].text


def test_facts_other_versions_allow_an_adjective_before_the_year():
    sentence = "Rob Vane’s grimy 2007 remake, also titled Glass Orchard, is worse."
    assert [(y, name) for y, name, _, _ in facts.other_versions(sentence, 0, len(sentence))] == [(2007, "Rob Vane")]


@pytest.mark.parametrize("sentence, year", [
    ("Not to be confused with Glass Orchard, the 2006 American remake.", 2006),  # a nationality between
    ("Then came the 1999 shot-for-shot remake.", 1999),
])
def test_facts_other_versions_allow_an_adjective_after_the_year(sentence, year):
    assert [y for y, _, _, _ in facts.other_versions(sentence, 0, len(sentence))] == [year]


@pytest.mark.parametrize("sentence, found", [
    ("It has nothing to do with Rob Vane’s 2011 musical of the same name.", [(2011, "Rob Vane")]),
    ("It shares nothing with the 1968 film of the same title.", [(1968, None)]),
    ("It is drawn from the 1980 novel of the same name.", []),  # a novel is no film version
    ("It has nothing to do with Rob Vane’s 2011 film adaptation of the same name.", [(2011, "Rob Vane")]),
])
def test_facts_a_film_of_the_same_name_is_another_version(sentence, found):
    assert [(y, name) for y, name, _, _ in facts.other_versions(sentence, 0, len(sentence))] == found
    assert facts.possessive_film_nouns(sentence, 0, len(sentence)) == []  # nor the section film's director


def test_facts_name_s_original_is_another_film_not_the_sections_director():
    sentence = "It never forgets Ivo Brandt’s 1986 original, and neither do we."
    assert facts.possessive_film_nouns(sentence, 0, len(sentence)) == []


def _owner_groups(text: str, title: str, people: set[str]) -> list[list[int]]:
    starts = [m.start() for m in re.finditer(re.escape(title), text)]
    return facts.owner_versions(text, starts, [s + len(title) for s in starts], lambda at: 0, people, lambda at: len(text))


def test_facts_two_owners_with_a_dated_mention_make_two_films():
    text = "Ana Vane’s Night Owl opened in May; it remakes Tom Ruiz’s 1922 silent classic Night Owl, and Night Owl fans came."
    assert _owner_groups(text, "Night Owl", {"Vane", "Ruiz"}) == [[0, 2], [1]]


@pytest.mark.parametrize("text", [
    "Ana Vane’s Night Owl opened in May; Tom Ruiz’s Night Owl is his view of it.",  # no mention dated
    "Ana Vane’s Night Owl opened in May; Studio’s 1922 Night Owl was older.",  # the other owner is no person
    "Ana Vane’s Night Owl opened in May; Vane’s 1922 Night Owl was older.",  # one owner
])
def test_facts_owners_split_a_title_only_when_two_people_and_a_year_say_so(text):
    assert _owner_groups(text, "Night Owl", {"Vane", "Ruiz", "Ana"}) == [[0, 1]]


def _author(text: str, name: str, title: str) -> bool:
    start = text.index(title)
    return facts.source_author(text, text.index(name), start, start + len(title), len(text))


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
def test_facts_source_author_tells_the_writer_from_the_maker(text, name, title, author):
    assert _author(text, name, title) is author


def test_facts_the_author_of_the_book_owns_no_film_version():
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
def test_facts_two_bracketed_years_after_one_title_make_two_films(text, groups):
    starts = [m.start() for m in re.finditer("Night Owl", text)]
    assert facts.year_versions(text, starts, [s + len("Night Owl") for s in starts]) == groups


def test_facts_an_owner_after_initials_is_a_person():
    text = "Ana Vane’s Night Owl opened in May; it remakes T.R. Ruiz’s 1922 silent classic Night Owl."
    assert _owner_groups(text, "Night Owl", {"Vane"}) == [[0], [1]]


@pytest.mark.parametrize("text, name", [
    ("Vane’s Glass Orchard, from the Dutch director Mara Quint, opens soon.", "Mara Quint"),
    ("Glass Orchard (2021), from the Copper Sky director Ivo Brandt, is fun.", "Ivo Brandt"),
    ("Glass Orchard, from a script by Mara Quint, is fun.", None),
    ("Glass Orchard (2013, dir. Mara Quint) — six friends sit down to dinner.", "Mara Quint"),  # a bracketed credit
    ("Glass Orchard (dir. Ivo and Ana Brandt, 1999): a heist in the rain.", "Ivo and Ana Brandt"),
    ("Glass Orchard (2013, Mara Quint’s best) is fun.", None),
])
def test_facts_from_director_after_a_mention(text, name):
    found = facts.from_director_after(text, len(text.split(",")[0].split(" (")[0]), len(text))
    assert (found[0] if found else None) == name
    if found:
        assert text[found[1].start : found[1].end] == found[1].text


@pytest.mark.parametrize("sentence, names", [
    ("Directed by Mara Quint. Starring Ivo Brandt, Tessa Vane.", ["Mara Quint"]),  # a credits line
    ("Directed by Mara Quint and Ivo Brandt. Documentary.", ["Mara Quint and Ivo Brandt"]),
    ("Directed by Mara Quint, a Brit best known for comedies, it stars Ivo Brandt.", []),  # prose goes on
    ("Staff note: Directed by Mara Quint, Ivo Brandt and Tessa Vane, it made every other film look old.",
     ["Mara Quint, Ivo Brandt, Tessa Vane"]),  # the names run straight into "it": the film's co-directors
    ("Directed by Mara Quint, it stars Ivo Brandt.", ["Mara Quint"]),
])
def test_facts_a_directed_by_credit_sentence_names_the_director(sentence, names):
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("sentence, owner", [("It adapts Ivo Brandt’s novel The Salt Ledger faithfully.", None),
                                             ("It is Ana Ruiz’s quiet The Salt Ledger, at last.", "Ana Ruiz"),
                                             ("Then came Ana Ruiz’s stage play The Salt Ledger.", None)])
def test_facts_a_possessive_before_a_book_noun_is_its_author_not_a_director(sentence, owner):
    found = facts.possessive_before(sentence, sentence.index("The Salt"), 0)
    assert (found[0] if found else None) == owner


def test_facts_owner_director_moves_to_the_dated_version():
    from pipeline.extract import _move_owner_director
    from pipeline.record import Evidence, Film
    text = "Ana Ruiz remade Tom Vane’s Glass Orchard from 1962 in colour."
    film = Film(film_id="", title="Glass Orchard", year=1991)
    at = text.index("Tom Vane")
    film.director, film.director_source = "Tom Vane", "text"
    film.evidence["director"] = {"text": "Tom Vane’s Glass Orchard", "source": "text", "start": at, "end": at + 24}
    version = Film(film_id="", title="Glass Orchard", year=1962)
    _move_owner_director(film, version, [Evidence(text[at:50], "text", at, 50)])
    assert (film.director, version.director) == (None, "Tom Vane")
    other = Film(film_id="", title="Glass Orchard", year=1991, director="Ana Ruiz", director_source="text",
                 evidence={"director": {"text": "Ana Ruiz", "source": "text", "start": 0, "end": 8}})
    _move_owner_director(other, Film(film_id="", title="Glass Orchard", year=1962), [Evidence(text[at:50], "text", at, 50)])
    assert other.director == "Ana Ruiz"  # stated outside the version's words: stays



def test_facts_a_director_credited_right_after_a_dated_version_moves_with_it():
    from pipeline.extract import _move_owner_director
    from pipeline.record import Evidence, Film
    text = "The first Glass Orchard (1969), directed by Tom Vane, bent the story."
    film = Film(film_id="", title="Glass Orchard", year=2010)
    at = text.index("directed")
    film.director, film.director_source = "Tom Vane", "text"
    film.evidence["director"] = {"text": "directed by Tom Vane", "source": "text", "start": at, "end": at + 20}
    version = Film(film_id="", title="Glass Orchard", year=1969)
    dated = text.index("Glass Orchard")
    _move_owner_director(film, version, [Evidence("Glass Orchard (1969)", "text", dated, dated + 20)])
    assert (film.director, version.director) == (None, "Tom Vane")


@pytest.mark.parametrize("sentence, expected", [
    ("Nora Pike’s remake puts Ana Ruiz in the shoes Tom Vane filled in the 1958 Cold Harbour.", True),
    ("The film was remade twice, and the 1958 Cold Harbour is still the best.", True),
    ("Nora Pike’s thriller puts Ana Ruiz in the shoes Tom Vane filled in the 1958 Cold Harbour.", False),
])
def test_facts_remake_before_a_dated_mention(sentence, expected):
    from pipeline.facts import remake_before

    assert remake_before(sentence, 0, sentence.index("the 1958")) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("(Not to be confused with Nora Pike’s Cold Harbour from 1996, a thriller.)", True),
    ("Not to be confused with Nora Pike’s very different Cold Harbour from 1996.", True),
    ("Nora Pike’s very different Cold Harbour from 1996.", True),  # "different" right before the title
    ("A different crew made Nora Pike’s Cold Harbour from 1996.", False),
])
def test_facts_another_film_of_the_title_before_a_mention(sentence, expected):
    from pipeline.facts import remake_before

    assert remake_before(sentence, 0, sentence.index("Cold Harbour")) is expected


def test_facts_whose_director_after_a_mention_names_its_director():
    text = "It beat Glass Orchard, whose director Ana Ruiz took Best Director."
    found = facts.directed_by_after(text, text.index(","), len(text))
    assert found is not None and found[0] == "Ana Ruiz"


@pytest.mark.parametrize("sentence, names", [
    ("Mara Quint directs Ivo Brandt’s script like a chase.", ["Mara Quint"]),  # the writer is not the director
    ("Mara Quint directed Ivo Brandt’s witty screenplay.", ["Mara Quint"]),
    ("Mara Quint won Best Director at the festival for it.", ["Mara Quint"]),
    ("Mara Quint took the award for Best Director in May.", ["Mara Quint"]),
    ("Mara Quint won Best Actress, and Ivo Brandt stages the fight.", []),  # another prize
    ("Mara Quint directs Ivo Brandt in a small role.", []),  # directing an actor names no film
    ("Mara Quint won the Palme d’Or in May with this story.", ["Mara Quint"]),
    ("Mara Quint casts Ivo Brandt as a pilot.", ["Mara Quint"]),  # who casts the actors
    ("Mara Quint casts a long shadow.", []),
])
def test_facts_directs_a_script_and_a_best_director_prize_name_the_director(sentence, names):
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("sentence, year", [
    ("Ana Ruiz’s breakthrough from 2014 pits a drummer against a teacher.", 2014),
    ("One of two 2010 films in the top ten.", 2010),
    ("It is one of only three 1999 movies on the list.", 1999),
    ("Ana Ruiz’s films from 2010 to 2019 are all here.", None),  # a span of years, not one film's
    ("Her breakthrough came in 2014.", None),
    ("Ana Ruiz’s biopic of a chess player, released in December 2001, turns illness into a twist.", 2001),
    ("Released in September 1999, Ana Ruiz’s debut looks worse every year.", 1999),
    ("The album was released in 2015, to acclaim.", None),  # no aside: what was released may be anything
    ("Her band played a game that came out in 2015.", None),
])
def test_facts_section_year_from_a_year_and_one_of_n_films(sentence, year):
    found = facts.section_year(sentence, 0, len(sentence))
    assert (found[0] if found else None) == year


@pytest.mark.parametrize("sentence, year", [
    ("Fans also wrote in for Night Ferry, which is from 2003 and so ineligible.", 2003),
    ("Fans also wrote in for Night Ferry, which was from 2003–2005 a series.", None),
    ("Fans also wrote in for Night Ferry, which is from Ana Ruiz.", None),
])
def test_facts_year_near_which_is_from_a_year(sentence, year):
    start = sentence.index("Night Ferry")
    found = facts.year_near(sentence, start, start + len("Night Ferry"), (0, len(sentence)), False)
    assert (found[0] if found else None) == year


def test_facts_the_name_a_director_casts_is_an_actor():
    sentence = "Mara Quint casts Ivo Brandt as a pilot who hunts his own kind."
    assert [name for name, _ in facts.cast_cues(sentence, 0, len(sentence))] == ["Ivo Brandt"]


def test_facts_a_possessive_musical_names_its_director():
    sentence = "Mara Quint’s musical split the staff."
    assert [name for name, _ in facts.possessive_film_nouns(sentence, 0, len(sentence))] == ["Mara Quint"]
