"""Person and place mentions told from context (pipeline/people.py), no spaCy."""

import re

import pytest

from pipeline.mentions import classify
from pipeline.people import acting_names, not_film_names
from pipeline.titles import Candidate


def _kind(text: str, span: str, places=frozenset(), markers=frozenset(), others=()) -> str:
    start = text.index(span)
    cands = [Candidate(start, start + len(span), span, "text")]
    cands += [Candidate(text.index(o), text.index(o) + len(o), o, "text") for o in others]
    return not_film_names(text, sorted(cands, key=lambda c: c.start), set(places), set(markers))[
        [c.text for c in sorted(cands, key=lambda c: c.start)].index(span)].kind


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("The top prize went to Oskar Vellamo, who flew in for the night.", "Oskar Vellamo", "person"),
        ("The top prize went to Harbour Lights, which nobody had tipped.", "Harbour Lights", "film"),
        ("Next is Ana Ruiz, the director of Harbour Lights, who shoots it well.", "Harbour Lights", "film"),  # "who" is hers
        ("R.T. Quellmann is wonderful as the landlord.", "Quellmann", "person"),
        ("W.S. Van Quellen shot the picture in nine days.", "Quellen", "person"),
        ("Ivo Brandt made one in 2000,R.T. Quellmann the next in 2006.", "Quellmann", "person"),  # glued to a comma
        ("She shared the jury prize for Salt Roads with Tiago Brunelli, her co-writer.", "Tiago Brunelli", "person"),
        ("The festival paired it with Harbour Lights.", "Harbour Lights", "film"),
        ("The Marchetti brothers, Pierre and Luca Marchetti, won again.", "Pierre", "person"),
        ("Mireille falls for Xandra’s Olwen in the second act.", "Xandra", "person"),
        ("She premiered The Quiet Sister (France) on the last day.", "France", "other"),
        ("It adapts Quellmann’s 1977 novel with care.", "Quellmann", "person"),
        ("It adapts Quellmann’s opening scene with care.", "Quellmann", "film"),
        ("A month on, Tavi Quellmann’s four-part documentary series is still a hit.", "Tavi Quellmann", "person"),
        ("A month on, Tavi Quellmann’s four-part documentary is still a hit.", "Tavi Quellmann", "film"),
        ("She premiered The Quiet Sister (Quandelo) on the last day.", "Quandelo", "film"),
        ("It ends with a talk by the critic Dr. Ilse Quarrington-Vey.", "Dr. Ilse Quarrington-Vey", "person"),
        ("A revival of Mr. Nice Guy closes the night.", "Mr. Nice Guy", "film"),  # no two name words
        # a director's partner behind the camera
        ("Ana Ruiz directed the sequel with JX Morrow; the cast is back.", "JX Morrow", "person"),
        ("Ana Ruiz directed the sequel with Harbour Lights in mind.", "Harbour Lights", "film"),
        # a cast that states its verb once: "Name is Role, Name a Role and Name the Role"
        ("It adapts a book; Mara Quell is Pip, Dov Arant a grumpy badger called Tumble and Tam Brackett the heron Fen.",
         "Tam Brackett", "person"),
        ("Ana Ruiz is the star and Harbour Lights the film everyone remembers.", "Harbour Lights", "film"),
        ("It adapts a book; Tam Brackett the heron is lovely.", "Tam Brackett", "film"),  # no cast before it
    ],
)
def test_people_names_places_and_films_by_context(text, span, kind):
    places = {"France", "Quandelo"}
    assert _kind(text, span, places) == kind


def test_people_possessive_before_a_film_keeps_the_film():
    text = "Later, Ravensholt’s Oskar Vellamo and Ravensholt again."
    assert _kind(text, "Ravensholt", others=["Oskar Vellamo"]) == "film"  # named twice: not an actor


def test_people_heading_titles_are_not_relabelled():
    text = "Mireille falls for Xandra’s Olwen in the second act."
    assert _kind(text, "Xandra", markers={"xandra"}) == "film"


@pytest.mark.parametrize(
    "text, span",
    [
        ("Like the heroine, Marisol (voiced by Tamsin Orlebar) moves to a new town.", "Tamsin Orlebar"),
        ("Quellmannia steals every scene she is in.", "Quellmannia"),
    ],
)
def test_people_cue_words_make_a_person(text, span):
    start = text.index(span)
    assert classify(text, Candidate(start, start + len(span), span, "text"), [], set()).kind == "person"


def test_people_a_name_shown_to_be_a_person_is_one_everywhere():
    text = "It adapts Quellmann’s novel, a book Quellmann later disowned. Quellmann (1999) is a film."
    cands = [Candidate(m.start(), m.end(), "Quellmann", "text") for m in re.finditer("Quellmann", text)]
    assert [c.kind for c in not_film_names(text, cands)] == ["person", "person", "film"]


def test_people_a_name_that_is_a_person_elsewhere_in_the_text_is_one():
    text = "It adapts Quellmann’s novel. Critics say a film Quellmann disliked is better."
    start = text.rindex("Quellmann")
    assert not_film_names(text, [Candidate(start, start + 9, "Quellmann", "text")])[0].kind == "person"


@pytest.mark.parametrize("text, names", [
    ("Lena Varga’s third outing as Captain Rook is her best.", {"Lena Varga", "Captain Rook"}),
    ("Omar Dade is back as the villain Kessler.", {"Omar Dade", "Kessler"}),
    ("Ivy Stone plays Marta, and the film was a vehicle for Stone.", {"Marta", "Stone"}),
    ("Ivy Stone plays Hal Brant’s wife.", set()),  # the owner of a role may be anyone
    ("Directors such as Hal Brant made it.", set()),
    ("Ivy Stone plays Hal Brant, and director Hal Brant’s own film follows.", set()),  # a director played
])
def test_people_acting_names_are_actors_and_characters(text, names):
    assert acting_names(text) == names


def test_people_not_film_names_counts_the_words_of_a_text_once():
    from pipeline.people import _word_counts

    text = "It adapts Quellmann’s novel. Critics say a film Quellmann disliked is better."
    start = text.rindex("Quellmann")
    cands = [Candidate(start, start + 9, "Quellmann", "text")]
    _word_counts.cache_clear()
    first, second = not_film_names(text, cands), not_film_names(text, cands)  # extract asks twice per article
    assert [c.kind for c in first] == [c.kind for c in second] == ["person"]  # named elsewhere as a novelist
    assert (_word_counts.cache_info().misses, _word_counts.cache_info().hits) == (1, 1)  # the words counted once
