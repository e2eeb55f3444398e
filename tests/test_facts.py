"""Year, director and cast cue phrases on hand-written sentences (no spaCy)."""

import re

import pytest

from pipeline import facts, mention_directors


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
    ("Mara Quint directed from a script by Ivo Brandt, and it shows.", ["Mara Quint"]),
    ("Mara Quint directed from the stage.", []),
])
def test_facts_more_director_cue_shapes(sentence, names):
    found = facts.director_cues(sentence, 0, len(sentence))
    assert [name for name, _ in found] == names
    assert all(sentence[ev.start : ev.end] == ev.text for _, ev in found)


@pytest.mark.parametrize("sentence, title, name", [
    ("Mara Quint directed Glass Orchard before she turned to television.", "Glass Orchard", "Mara Quint"),
    ("Mara Quint, who directed Glass Orchard, is back.", "Glass Orchard", "Mara Quint"),  # a relative clause says so
    ("Mara Quint, who co-directed Glass Orchard and more, adapts a book.", "Glass Orchard", "Mara Quint"),
    ("Mara Quint, who starred in Glass Orchard, is back.", "Glass Orchard", None),
    ("Mara Quint wrote Glass Orchard.", "Glass Orchard", None),
    ("Mara Quint, the director of Glass Orchard, packs this one with jokes.", "Glass Orchard", "Mara Quint"),
    ("Mara Quint, the star of Glass Orchard, is back.", "Glass Orchard", None),
])
def test_facts_name_directed_a_mention_is_its_director(sentence, title, name):
    start = sentence.index(title)
    found = mention_directors.directed_before(sentence, start, start + len(title), 0)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize("sentence, names", [
    ("He doubles for a star on an epic directed by Jake’s ex, Mara Quint (Blunt).", []),  # a relative, not the director
    ("The sequel is directed by Mara Quint, again.", ["Mara Quint"]),
    ("It is director Mara Quint’s best work.", ["Mara Quint"]),  # "director Name’s": still the director
])
def test_facts_a_possessive_after_directed_by_is_no_director(sentence, names):
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("sentence, names", [
    # the name-first patterns run only where the verb's tail is there: each tail in turn
    ("Mara Quint directed it with a light touch.", ["Mara Quint"]),
    ("Mara Quint directs Tom Vane’s clever script.", ["Mara Quint"]),
    ("Mara Quint directed from her own screenplay.", ["Mara Quint"]),
    ("Its director, Mara Quint, keeps it brisk.", ["Mara Quint"]),
    ("Tom Vane sings, Mara Quint directs again, and all is well.", ["Mara Quint"]),
    ("Tom Vane sings and Mara Quint directed\n", ["Mara Quint"]),  # the span's end, before its line break
    ("Mara Quint and Tom Vane direct; it works.", ["Mara Quint, Tom Vane"]),
    ("Mara Quint directed by night and wrote by day.", []),
])
def test_facts_a_name_before_a_directing_verb_is_the_sections_director(sentence, names):
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == names


def test_facts_directed_by_someones_relative_after_a_mention_is_no_director():
    text = "Glass Orchard, directed by Jake’s ex, opened."
    assert mention_directors.directed_by_after(text, len("Glass Orchard"), len(text)) is None


@pytest.mark.parametrize("text, name", [
    ("It became the 1985 comedy Glass Orchard, written by and starring Ivo Brandt and directed by Mara Quint.", "Mara Quint"),
    ("It became Glass Orchard, starring Ivo Brandt and directed by Mara Quint.", "Mara Quint"),
    ("It became Glass Orchard, and later it was a hit that was directed by Mara Quint.", None),  # another clause
    ("Then try Glass Orchard (1985), directed by Mara Quint.", "Mara Quint"),  # the mention's own year first
    ("Then try Glass Orchard (1985) and a film directed by Mara Quint.", None),
])
def test_facts_directed_by_after_a_mentions_other_credits_is_its_director(text, name):
    end = text.index("Glass Orchard") + len("Glass Orchard")
    found = mention_directors.directed_by_after(text, end, len(text))
    assert (found[0] if found else None) == name


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
        ("The 1994 Glass Orchard, with a new star, is gentler.", "Glass Orchard", 1994),  # "The" opens the sentence
    ],
)
def test_facts_dated_mention_reads_only_the_mentions_own_words(sentence, title, year):
    start = sentence.index(title)
    found = facts.dated_mention(sentence, start, start + len(title), 0)
    assert (found[0] if found else None) == year
    if found:
        assert sentence[found[1].start : found[1].end] == found[1].text


def test_facts_name_s_original_is_another_film_not_the_sections_director():
    sentence = "It never forgets Ivo Brandt’s 1986 original, and neither do we."
    assert facts.possessive_film_nouns(sentence, 0, len(sentence)) == []


@pytest.mark.parametrize("text, name", [
    ("Vane’s Glass Orchard, from the Dutch director Mara Quint, opens soon.", "Mara Quint"),
    ("Glass Orchard (2021), from the Copper Sky director Ivo Brandt, is fun.", "Ivo Brandt"),
    ("Glass Orchard, from a script by Mara Quint, is fun.", None),
    ("Glass Orchard (2013, dir. Mara Quint) — six friends sit down to dinner.", "Mara Quint"),  # a bracketed credit
    ("Glass Orchard (dir. Ivo and Ana Brandt, 1999): a heist in the rain.", "Ivo and Ana Brandt"),
    ("Glass Orchard (2013, Mara Quint’s best) is fun.", None),
    ("Glass Orchard (Mara Quint, 1962) is told in stills.", "Mara Quint"),  # a credit bracket, no "dir."
    ("Glass Orchard (Mara Quint and Ivo Brandt, 1943, 16mm) loops.", "Mara Quint and Ivo Brandt"),
    ("Glass Orchard (Hong Kong, 1994) is a night-time dream.", None),  # a place, no name
    ("Glass Orchard (1974), Mara Quint’s paranoid surveillance thriller, returns.", "Mara Quint"),  # an apposition
    ("Glass Orchard (1974), Mara Quint’s favourite city, returns.", None),
    ("Glass Orchard (1974), Mara Quint’s thriller Copper Sky and more.", None),  # her film is another
    ("Glass Orchard, Mara Quint’s film about the war, came out that year.", None),  # no bracket, no sentence given
])
def test_facts_from_director_after_a_mention(text, name):
    found = mention_directors.from_director_after(text, len(text.split(",")[0].split(" (")[0]), len(text))
    assert (found[0] if found else None) == name
    if found:
        assert text[found[1].start : found[1].end] == found[1].text


@pytest.mark.parametrize("sentence, names", [
    ("Directed by Mara Quint. Starring Ivo Brandt, Tessa Vane.", ["Mara Quint"]),  # a credits line
    ("Directed by Mara Quint and Ivo Brandt. Documentary.", ["Mara Quint and Ivo Brandt"]),
    ("Directed by Mara Quint and starring Ivo Brandt as the captain.", ["Mara Quint"]),  # credits only
    ("Directed by Mara Quint, a Brit best known for comedies, it stars Ivo Brandt.", ["Mara Quint"]),  # the participle's subject
    ("Directed by the late Mara Quint, the 2006 film is a dream.", ["Mara Quint"]),
    ("Directed by the husband-and-wife team Mara Quint and Ivo Brandt, it is a road movie.", ["Mara Quint and Ivo Brandt"]),
    ("Directed by Mara Quint from a script by Ivo Brandt, the film is brisk.", ["Mara Quint"]),
    ("It was later directed by the studio.", []),
    ("Staff note: Directed by Mara Quint, Ivo Brandt and Tessa Vane, it made every other film look old.",
     ["Mara Quint, Ivo Brandt, Tessa Vane"]),  # the names run straight into "it": the film's co-directors
    ("Directed by Mara Quint, it stars Ivo Brandt.", ["Mara Quint"]),
    # the names run into the film's studio and cast: "for Studio, with Cast as ..."
    ("Directed by Mara Quint and Ivo Brandt for Lumen Pictures, with Tessa Vane as the lead.", ["Mara Quint, Ivo Brandt"]),
    ("Directed by Mara Quint, with Tessa Vane and Rip Ode as brothers, it gave the stage a hit.", ["Mara Quint"]),
    # "Directed by Name" opening a sentence credits the section film however the sentence goes on
    ("Directed by Mara Quint, with a light touch, it works.", ["Mara Quint"]),
    ("Its director, Mara Quint, also played the lead.", ["Mara Quint"]),
    ("The director is Mara Quint, and the chase is famous.", ["Mara Quint"]),
    ("Ivo Brandt shouts it, Mara Quint directed, and Tessa Vane wrote the script.", ["Mara Quint"]),
    ("Mara Quint directs again, this time with a bigger crew; Tessa Vane is back.", ["Mara Quint"]),
    ("Mara Quint and Ivo Brandt direct; Tessa Vane leads the voice cast.", ["Mara Quint, Ivo Brandt"]),
    ("The director of Glass Orchard is Mara Quint.", []),  # another film's director
    ("Ivo Brandt also wrote Copper Sky, which Mara Quint directed.", []),  # the film named before is hers
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
    from pipeline.version_films import move_owner_director
    from pipeline.record import Evidence, Film
    text = "Ana Ruiz remade Tom Vane’s Glass Orchard from 1962 in colour."
    film = Film(film_id="", title="Glass Orchard", year=1991)
    at = text.index("Tom Vane")
    film.director, film.director_source = "Tom Vane", "text"
    film.evidence["director"] = {"text": "Tom Vane’s Glass Orchard", "source": "text", "start": at, "end": at + 24}
    version = Film(film_id="", title="Glass Orchard", year=1962)
    move_owner_director(film, version, [Evidence(text[at:50], "text", at, 50)])
    assert (film.director, version.director) == (None, "Tom Vane")
    other = Film(film_id="", title="Glass Orchard", year=1991, director="Ana Ruiz", director_source="text",
                 evidence={"director": {"text": "Ana Ruiz", "source": "text", "start": 0, "end": 8}})
    move_owner_director(other, Film(film_id="", title="Glass Orchard", year=1962), [Evidence(text[at:50], "text", at, 50)])
    assert other.director == "Ana Ruiz"  # stated outside the version's words: stays



def test_facts_a_director_credited_right_after_a_dated_version_moves_with_it():
    from pipeline.version_films import move_owner_director
    from pipeline.record import Evidence, Film
    text = "The first Glass Orchard (1969), directed by Tom Vane, bent the story."
    film = Film(film_id="", title="Glass Orchard", year=2010)
    at = text.index("directed")
    film.director, film.director_source = "Tom Vane", "text"
    film.evidence["director"] = {"text": "directed by Tom Vane", "source": "text", "start": at, "end": at + 20}
    version = Film(film_id="", title="Glass Orchard", year=1969)
    dated = text.index("Glass Orchard")
    move_owner_director(film, version, [Evidence("Glass Orchard (1969)", "text", dated, dated + 20)])
    assert (film.director, version.director) == (None, "Tom Vane")


def test_facts_whose_director_after_a_mention_names_its_director():
    text = "It beat Glass Orchard, whose director Ana Ruiz took Best Director."
    found = mention_directors.directed_by_after(text, text.index(","), len(text))
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


@pytest.mark.parametrize("sentence, year", [
    ("Night Ferry is a 2003 American crime drama film directed by Ana Ruiz.", 2003),
    ("Night Ferry was a 1997 documentary about a river town.", 1997),
    ("Night Ferry is an 2003 thriller.", 2003),
    ("Night Ferry is a 2003 bestseller by Ana Ruiz.", None),  # no kind of film: a book
    ("Night Ferry is a film from 2003.", None),
])
def test_facts_year_near_a_defining_sentence(sentence, year):
    start = sentence.index("Night Ferry")
    found = facts.year_near(sentence, start, start + len("Night Ferry"), (0, len(sentence)), False)
    assert (found[0] if found else None) == year


def test_facts_the_name_a_director_casts_is_an_actor():
    sentence = "Mara Quint casts Ivo Brandt as a pilot who hunts his own kind."
    assert [name for name, _ in facts.cast_cues(sentence, 0, len(sentence))] == ["Ivo Brandt"]


def test_facts_a_possessive_musical_names_its_director():
    sentence = "Mara Quint’s musical split the staff."
    assert [name for name, _ in facts.possessive_film_nouns(sentence, 0, len(sentence))] == ["Mara Quint"]


@pytest.mark.parametrize("sentence, names", [
    ("Ivo Brandt’s easy charisma carries the whole thing.", ["Ivo Brandt"]),  # a performer's head
    ("Ivo Brandt’s quiet turn carries the whole thing.", ["Ivo Brandt"]),  # a cast head
    ("Ivo Brandt’s wife carries the whole thing.", []),  # a person's, but no actor's
])
def test_facts_cast_heads_read_the_performer_and_cast_lists(sentence, names):
    assert [name for name, _ in facts.cast_cues(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("sentence, year", [
    ("Night Ferry is a 1990 American comedy-drama film directed by Ona Brill.", 1990),
    ("Night Ferry was a lost 1921 silent short.", 1921),
    ("The crew then made Night Ferry, a 1996 comedy about sailors.", 1996),
    ("Night Ferry is a 1990 novel by Ona Brill.", None),  # a novel: no film's year
])
def test_facts_year_near_definition_after_the_title(sentence, year):
    start = sentence.index("Night Ferry")
    found = facts.year_near(sentence, start, start + len("Night Ferry"), (0, len(sentence)), False)
    assert (found[0] if found else None) == year
    if found:
        assert found[1].text.startswith("Night Ferry")


@pytest.mark.parametrize("sentence, names", [
    ("Mara Quint plays a ferry pilot. Ivo Brandt directs; the score is by Tom Vane.", ["Ivo Brandt"]),
    ("The cop is trapped in a tower; Ivo Brandt directs.", ["Ivo Brandt"]),
    ("Ivo Brandt directs Mara Quint’s adaptation of the novel.", ["Ivo Brandt"]),
    ("Ivo Brandt directs a play in the second act.", []),  # a play in the story: no film's director
    ("Ivo Brandt wrote and directed the best buddy comedy of the decade.", ["Ivo Brandt"]),
    ("Ivo Brandt wrote and directed it in a month.", ["Ivo Brandt"]),
    ("Ivo Brandt wrote and directed Glass Orchard first.", []),  # another film, named: its own director
])
def test_facts_name_directs_or_wrote_and_directed_names_the_director(sentence, names):
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("sentence, names", [
    ("Ivo Brandt’s Oscar-winning drama follows a clerk.", ["Ivo Brandt"]),
    ("Ivo Brandt’s Christmas-season comedy follows a clerk.", ["Ivo Brandt"]),
    ("Ivo Brandt’s McQueen-style heist film follows a clerk.", ["Ivo Brandt"]),  # one reader with titles.plausible
    ("Ivo Brandt’s Glass Orchard drama follows a clerk.", []),  # a title after the possessive
])
def test_facts_a_possessive_before_a_proper_nouns_compound_adjective_names_the_director(sentence, names):
    assert [name for name, _ in facts.possessive_film_nouns(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("sentence, name", [
    ("Tom Vane had already made Glass Orchard (1997) for Ana Ruiz, and then he left.", "Ana Ruiz"),
    ("She made Glass Orchard for Ana Ruiz in a single summer.", "Ana Ruiz"),
    ("She made Glass Orchard for Ana Ruiz’s company.", None),  # the owner of a company, no filmmaker
    ("She starred in Glass Orchard for Ana Ruiz.", None),  # only "made" or "shot" before the title
    ("She made Glass Orchard for a song.", None),
])
def test_facts_made_a_film_for_a_name_names_its_director(sentence, name):
    start = sentence.index("Glass Orchard")
    found = mention_directors.made_for(sentence, start, start + len("Glass Orchard"), 0)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize("sentence, year", [
    ("When Glass Orchard opened in December 1997, its two stars were unknowns.", 1997),
    ("When Glass Orchard opened in 1997, its two stars were unknowns.", 1997),
    ("When Glass Orchard opened in three cities, its two stars were unknowns.", None),
])
def test_facts_year_near_a_film_that_opened_in_a_month_and_year(sentence, year):
    start = sentence.index("Glass Orchard")
    found = facts.year_near(sentence, start, start + len("Glass Orchard"), (0, len(sentence)), True)
    assert (found[0] if found else None) == year


@pytest.mark.parametrize("sentence, owner", [("It is Ana Ruiz’s 1987 fairy tale The Salt Ledger, a gift.", "Ana Ruiz"),
                                             ("It is Ana Ruiz’s 1987 The Salt Ledger.", None),  # a dated version's maker
                                             ("It is Ana Ruiz’s 1987 novel The Salt Ledger.", None)])
def test_facts_a_possessive_and_a_year_before_a_title_name_its_director(sentence, owner):
    found = facts.possessive_before(sentence, sentence.index("The Salt"), 0)
    assert (found[0] if found else None) == owner


@pytest.mark.parametrize("sentence, year", [
    ("Fans know it from Ana Ruiz’s 2002 HBO documentary Glass Orchard, which it follows.", 2002),
    ("Fans know it from the 1998 BBC film Glass Orchard.", 1998),
])
def test_facts_dated_mention_reads_a_year_before_a_networks_acronym(sentence, year):
    start = sentence.index("Glass Orchard")
    assert facts.dated_mention(sentence, start, start + len("Glass Orchard"), 0)[0] == year


@pytest.mark.parametrize("sentence, owner", [
    ("Fans know it from Ana Ruiz’s 2002 HBO documentary The Salt Ledger, which it follows.", "Ana Ruiz"),
    ("Fans know it from Ana Ruiz’s 2002 documentary The Salt Ledger.", "Ana Ruiz"),
    ("Fans know it from Ana Ruiz’s 2002 The Salt Ledger.", None),  # no kind of film: a year alone says less
    ("Fans know it from Ana Ruiz’s HBO series The Salt Ledger.", None),  # no kind of film
])
def test_facts_a_possessive_before_a_dated_kind_of_film_is_its_maker(sentence, owner):
    found = facts.possessive_before(sentence, sentence.index("The Salt"), 0)
    assert (found[0] if found else None) == owner


def test_facts_a_possessive_before_a_biopic_names_the_director():
    sentence = "Our pick is Ivo Brandt’s three-hour biopic of the inventor."
    assert [name for name, _ in facts.possessive_film_nouns(sentence, 0, len(sentence))] == ["Ivo Brandt"]


@pytest.mark.parametrize("sentence, owner", [
    ("It recalls Luis and Ana Brandt’s North Light, their best.", "Luis and Ana Brandt"),  # two makers, one surname
    ("It recalls Copper and Ana Brandt’s North Light, their best.", "Ana Brandt"),  # no given name before "and"
    ("It recalls Ivo Howard and Ana Brandt’s North Light, their best.", "Ana Brandt"),  # a full name before "and"
    ("Luis and Ana Brandt’s North Light is their best.", "Luis and Ana Brandt"),
])
def test_facts_a_possessive_of_two_given_names_and_one_surname_names_both(sentence, owner):
    assert facts.possessive_before(sentence, sentence.index("North"), 0)[0] == owner


def test_facts_directed_by_two_given_names_and_one_surname_names_both():
    text = "North Light, co-directed by Luis and Ana Brandt, is their best."
    assert mention_directors.directed_by_after(text, len("North Light"), len(text))[0] == "Luis and Ana Brandt"


@pytest.mark.parametrize("sentence, names", [
    ("Ivo Brandt’s slick 2001 remake is still the gold standard.", ["Ivo Brandt"]),  # a year among the adjectives
    ("Mara Quint’s gentle 1988 fable follows two sisters.", ["Mara Quint"]),
    ("Ivo Brandt’s portrait of a boxer is hard to watch.", ["Ivo Brandt"]),
    ("Ivo Brandt’s 2001 Glass Orchard is still the gold standard.", []),  # a title after the year, not a kind of film
])
def test_facts_a_possessive_kind_of_film_with_a_year_names_the_director(sentence, names):
    assert [name for name, _ in facts.possessive_film_nouns(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("sentence, owner", [
    ("Week six: Mara Quint’s final film, The Salt Ledger, starring Tom Vane.", "Mara Quint"),
    ("Week six: Mara Quint’s novel, The Salt Ledger, became a film.", None),  # a book in apposition
    ("Week six: Mara Quint’s hat, The Salt Ledger, is famous.", None),  # no kind of film
])
def test_facts_a_possessive_kind_of_film_in_apposition_to_the_title_is_its_maker(sentence, owner):
    found = facts.possessive_before(sentence, sentence.index("The Salt"), 0)
    assert (found[0] if found else None) == owner


@pytest.mark.parametrize("text, title, name", [
    ("Brandt, who made the harbour thriller Salt Ledger and the siege Glass Orchard, is back.", "Glass Orchard", "Brandt"),
    ("Brandt, who made the harbour thriller Salt Ledger and the siege Glass Orchard, is back.", "Salt Ledger", "Brandt"),
    ("Mara Quint, who had already directed Glass Orchard, keeps it brisk.", "Glass Orchard", "Mara Quint"),
    ("Mara Quint, whose 2017 debut Glass Orchard was a hit, is back.", "Glass Orchard", "Mara Quint"),
    ("Brandt, who made his name with the siege Glass Orchard, is back.", "Glass Orchard", None),  # a preposition between
    ("Brandt, who had shot Glass Orchard, lit it.", "Glass Orchard", None),  # a cinematographer's verb
    ("Brandt, who made Salt Ledger (2012), directing Glass Orchard (2013), stayed.", "Glass Orchard", None),  # another clause
    ("Brandt, who co-directed the original Glass Orchard, is back.", "Glass Orchard", None),  # the older film of the title
    ("Brandt, whose Salt Ledger and Glass Orchard sold well, is back.", "Glass Orchard", None),  # "whose": the first title only
])
def test_facts_a_relative_clause_who_made_names_the_mentions_director(text, title, name):
    start = text.index(title)
    found = mention_directors.who_made(text, start, start + len(title), 0)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize("text, name", [
    ("Mara Quint’s follow-up to Glass Orchard sends a family to the coast.", "Mara Quint"),
    ("Quint’s long-awaited follow-up to Glass Orchard is here.", "Quint"),
    ("Mara Quint’s sequel to Glass Orchard is here.", None),  # a sequel may be another director's
])
def test_facts_a_possessive_follow_up_to_a_mention_is_by_the_same_maker(text, name):
    start = text.index("Glass Orchard")
    found = mention_directors.follow_up_to(text, start, start + len("Glass Orchard"), 0)
    assert (found[0] if found else None) == name


def test_facts_the_maker_of_a_documentary_series_directs_no_film():
    sentence = "A month on, Ivo Brandt’s four-part documentary series about a boxer is still in the top ten."
    assert facts.possessive_film_nouns(sentence, 0, len(sentence)) == []
    sentence = "A month on, Ivo Brandt’s four-part documentary about a boxer is still in the top ten."
    assert [name for name, _ in facts.possessive_film_nouns(sentence, 0, len(sentence))] == ["Ivo Brandt"]


@pytest.mark.parametrize("tail, year", [
    (" from 1999, which I saw later.", 1999),
    (" from 1999 and it is worse.", 1999),
    (" from 1999 to 2003 ran on and on.", None),  # a run of years
    (" from 1999 onwards.", None),
])
def test_facts_a_title_from_a_year_is_dated_at_the_mention(tail, year):
    text = "Not to be confused with Glass Orchard" + tail
    start = text.index("Glass Orchard")
    found = facts.dated_mention(text, start, start + len("Glass Orchard"), 0)
    assert (found[0] if found else None) == year


@pytest.mark.parametrize("sentence, names", [
    ("Mara Quint made it for next to nothing in a barn.", ["Mara Quint"]),
    ("Mara Quint (1935–2023) made a film about a mother nobody believes.", ["Mara Quint"]),
    ("Mara Quint directs like she has all the time in the world.", ["Mara Quint"]),
    ("Mara Quint made it to the final round of the contest.", []),  # an idiom, not a film's maker
    ("Mara Quint made a cake about the size of a car.", []),
])
def test_facts_loose_words_name_the_section_films_maker(sentence, names):
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("sentence, names", [
    ("Director Mara Quint keeps it moving.", ["Mara Quint"]),  # a sentence opening with the credit
    ("It is funny. Director Mara Quint keeps it moving.", ["Mara Quint"]),
    ("The Best Director Award went to a newcomer.", []),  # "Director" inside a sentence: a prize, no credit
])
def test_facts_a_sentence_opening_director_name_is_a_director(sentence, names):
    assert [name for name, _ in facts.director_cues(sentence, 0, len(sentence))] == names


@pytest.mark.parametrize("text, name", [
    ("Glass Orchard (1981), directed by Mara Quint, is a werewolf comedy.", "Mara Quint"),
    ("Glass Orchard (June 14), directed by Mara Quint, is a werewolf comedy.", None),  # a date, not the film's year
])
def test_facts_directed_by_after_a_mentions_year_is_its_director(text, name):
    found = mention_directors.directed_by_after(text, len("Glass Orchard"), len(text))
    assert (found[0] if found else None) == name


@pytest.mark.parametrize("sentence, owner", [
    ("Week four brings Ana Ruiz’s three-hour ensemble piece The Salt Ledger.", "Ana Ruiz"),
    ("Week four brings Ana Ruiz’s back-to-basics entry The Salt Ledger.", "Ana Ruiz"),
    ("Week four brings Ana Ruiz’s 1950s-style The Salt Ledger.", None),  # a digit: no plain adjective
])
def test_facts_a_possessive_before_hyphenated_adjectives_names_the_director(sentence, owner):
    found = facts.possessive_before(sentence, sentence.index("The Salt"), 0)
    assert (found[0] if found else None) == owner


@pytest.mark.parametrize("text, name", [
    ("Glass Orchard, Mara Quint’s film about the war, came out that year.", "Mara Quint"),
    ("Week three: Glass Orchard, Mara Quint’s workplace satire, paired with a comedy.", "Mara Quint"),
    ("After Glass Orchard, Mara Quint’s film about the war came out.", None),  # a fronted clause: another film
    ("Released the same year as Glass Orchard, Mara Quint’s film about the war is long.", None),
    ("It is compared to Glass Orchard, Mara Quint’s classic film Copper Sky.", None),  # a kind, then her film
    ("If you liked Glass Orchard, Mara Quint’s new thriller is for you.", None),
    ("Like Glass Orchard, Mara Quint’s new thriller is long.", None),
    ("Glass Orchard, Mara Quint’s thriller Copper Sky and more.", None),  # her film is another
])
def test_facts_an_apposition_after_a_mention_names_its_director(text, name):
    start = text.index("Glass Orchard")
    found = mention_directors.from_director_after(text, start + len("Glass Orchard"), len(text), start, 0)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize("sentence, name", [
    ("Quint has since made Glass Orchard, each more divisive.", "Quint"),
    ("Mara Quint, who later directed Glass Orchard herself, wrote it.", "Mara Quint"),
    ("This is his third film with Quint, who also directed him in Glass Orchard.", "Quint"),
    ("Quint went on to direct Glass Orchard for a studio.", "Quint"),
    ("Quint followed it with the time-bending thriller Glass Orchard.", "Quint"),
    ("Quint made her debut as a feature director with Glass Orchard (2020).", "Quint"),
    ("Quint also directed Glass Orchard.", None),  # "also": the sentence names her for another film first
    ("Ivo Brandt, who co-directed the original Glass Orchard, is back.", None),  # an older version's maker
    ("Quint made her name with Glass Orchard.", None),  # an actor's breakthrough as much as a director's
    ("Quint has since starred in Glass Orchard.", None),
])
def test_facts_a_makers_verb_before_a_mention_names_its_director(sentence, name):
    start = sentence.index("Glass Orchard")
    found = mention_directors.directed_before(sentence, start, start + len("Glass Orchard"), 0)
    assert (found[0] if found else None) == name
