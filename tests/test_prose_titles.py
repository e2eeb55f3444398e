"""Tests for pipeline/prose_titles.py: title cues in undamaged prose (invented sentences)."""

import pytest

from pipeline.prose_titles import defined_film, headline_mentions, prose_candidates, stated_year, trim_people


def _texts(text: str) -> list[str]:
    return [c.text for c in prose_candidates(text)]


@pytest.mark.parametrize("text, expected", [
    ("The Copper Lantern is a 1987 American mystery film directed by Ona Brill.", "The Copper Lantern"),
    ("Whistle at Dawn was a lost 1921 silent comedy.", "Whistle at Dawn"),
    ("Later came Salt Harbour, a 1996 comedy about fishermen.", "Salt Harbour"),
    ("Nobody expected Marta Vell’s The Glass Orchard to win.", "The Glass Orchard"),
    ("Nobody expected Pendle Studios’ Iron Meadow to win.", "Iron Meadow"),
    ("Compare Ola Brandt’s In the Hour of Wolves, another slow film.", "In the Hour of Wolves"),
    ("Ivo Sand directed Quiet Bells before he turned to television.", "Quiet Bells"),
    ("She starred in Lanterns of Lisbon in 2003.", "Lanterns of Lisbon"),
    ("He then made the heist thriller Four Locked Doors for a studio.", "Four Locked Doors"),
    # a definition after a run of spaces, or after a run of blank lines before it (read from the run's start)
    ("The Copper Lantern \t  is a 1987 American mystery film.", "The Copper Lantern"),
    ("x" + "\n " * 200 + "\nThe Copper Lantern is a 1987 American mystery film.", "The Copper Lantern"),
])
def test_prose_candidates_cue_finds_title(text, expected):
    assert expected in _texts(text)


@pytest.mark.parametrize("text, absent", [
    ("It’s Heat that we love.", "Heat"),  # a contraction, no owner
    ("Tom Reddle’s Victor Harmon is the villain.", "Victor Harmon"),  # an actor's character: a person's name
    ("Honourable mentions go to Ana Koss’s Dust Road and Piet Lund’s Vigil.", "Dust Road and Piet Lund"),
    ("The sea. It’s Heat.", "It’s Heat"),  # a contraction at a sentence start
    ("The friends and Salt Harbour is a 1996 comedy.", "Salt Harbour"),  # not a sentence's subject
])
def test_prose_candidates_no_false_span(text, absent):
    assert absent not in _texts(text)


def test_prose_candidates_owner_before_and_splits_two_owners():
    assert _texts("Honourable mentions go to Ana Koss’s Dust Road and Piet Lund’s Vigil, two films.")[:2] \
        == ["Dust Road", "Vigil"]


def test_prose_candidates_stop_at_repaired_boundary():
    text = "Marta Vell’s The Glass Orchard Wins Hearts"
    cut = text.index(" Wins")
    assert _texts(text) == ["The Glass Orchard Wins Hearts"]
    opened = text.index(" The Glass")
    assert [c.text for c in prose_candidates(text, [opened, cut])] == ["The Glass Orchard"]


@pytest.mark.parametrize("tail, year", [
    (" is a 1990 American comedy-drama film directed by Ona Brill.", 1990),
    (", a 1996 comedy about fishermen.", 1996),
    (" was an independent 2004 Canadian horror picture.", 2004),  # "picture" is a kind noun
    (" is a 1990 novel.", None),
    (" (1990) is good.", None),
])
def test_stated_year_definition_or_apposition(tail, year):
    found = stated_year("Title" + tail, 5)
    assert (found[0] if found else None) == year


@pytest.mark.parametrize("text, expected", [
    ("Tova Reyes in Lanterns over Lisbon", "Lanterns over Lisbon"),
    ("Tova Reyes and Ida Lund in Lanterns over Lisbon", "Lanterns over Lisbon"),
    ("Night of the Living Rooms", "Night of the Living Rooms"),
    ("Harold and Maude", "Harold and Maude"),  # one given name alone is no person before a title
])
def test_trim_people_drops_names_before_title(text, expected):
    s, e = trim_people(text, (0, len(text)))
    assert text[s:e] == expected


@pytest.mark.parametrize("text, absent", [
    ("Later Tom Reddle’s Captain Vane sails away.", "Captain Vane"),  # a rank opens a character
    ("Later Tom Reddle’s Miriam sails away.", "Miriam"),  # a given name alone after an owner
    ("The party on New Year’s Eve ends it.", "Eve"),  # a common noun's possessive owns nothing
    ("Ivo Sand’s Oscar-winning score helps.", "Oscar-winning"),
    ("Ivo Sand later directed Quiet Bells with Fennimore.", "Quiet Bells with Fennimore"),
])
def test_prose_candidates_owner_and_verb_guards(text, absent):
    assert absent not in _texts(text)


def test_prose_candidates_verb_splits_two_titles_and_drops_year():
    assert _texts("Ivo Sand directed Quiet Bells and Paper Moons before this.") == ["Quiet Bells", "Paper Moons"]
    assert _texts("It remakes Ivo Sand’s 1982 Quiet Bells, a slow film.") == ["Quiet Bells"]


def test_prose_candidates_doc_drops_places_and_modifiers():
    import spacy
    from spacy.tokens import Span

    nlp = spacy.blank("en")
    text = "Mara Holt’s Dunmore district and Ivo Sand’s Velbria are far apart."
    doc = nlp(text)
    for t in doc:
        t.pos_ = "NOUN" if t.text == "district" else "PROPN"
    velbria = next(t.i for t in doc if t.text == "Velbria")
    doc.ents = [Span(doc, velbria, velbria + 1, label="GPE")]
    assert _texts(text) == ["Dunmore", "Velbria"]
    assert prose_candidates(text, doc=doc) == []


@pytest.mark.parametrize("text, expected", [
    ("Then Ivo Sand directed Rafe himself.", []),  # a given name alone after a verb is a person
    ("It came out the same year as Marta Vell’s Body.", []),  # a common word alone: a phrase's noun
    ("The cult road romance Bones and All is gentle.", ["Bones and All"]),  # no split when a part is no title
    ("The cinema shows Ivo Sand’s The Salt Road and The Sixth Hour.", ["The Salt Road", "The Sixth Hour"]),
    ("This is the film that made Sand’ name.", []),  # a possessive after the run: an owner, no title
    ("Ivo Sand directed Quiet Bells for HBX.", ["Quiet Bells"]),  # "for" and an acronym: a credit, not the title's
])
def test_prose_candidates_span_edges(text, expected):
    assert _texts(text) == expected


def test_prose_candidates_company_owner():
    assert _texts("Next week brings Pendlebury’s Haunted Lighthouse to cinemas.") == ["Haunted Lighthouse"]
    assert _texts("Next week brings Netflix’s Haunted Lighthouse to screens.") == ["Haunted Lighthouse"]


def test_prose_candidates_marked_text_keeps_only_marked_spans():
    text = "Later Tom Reddle’s Vantor and Marta Vell’s The Glass Orchard met."
    assert _texts(text) == ["Vantor", "The Glass Orchard"]
    cuts = [text.index(" The Glass")]  # the markup opened the second span only; 1 cut per 11 words
    assert [c.text for c in prose_candidates(text, cuts)] == ["The Glass Orchard"]


def test_headline_mentions_finds_the_headline_title_in_text():
    text = "Films to Watch If You Loved Salt Harbour\n\nSalt Harbour still lands. The salt harbour smelled."
    assert [(c.text, c.start) for c in headline_mentions(text, {"salt harbour"})] == [
        ("Salt Harbour", text.index("Salt Harbour")), ("Salt Harbour", text.index("Salt Harbour still"))]


@pytest.mark.parametrize("text, expected", [
    ("Fans should seek out Paper Moons, a wistful stop-motion fantasy about owls.", ["Paper Moons"]),
    ("Fans should seek out Paper Moons, helmed by Ivo Sand.", ["Paper Moons"]),
    ("The 2024 sequel, Paper Moons 2, is for completists.", ["Paper Moons 2"]),
    ("Finally, the film works.", []),  # a sentence's opening word and a comma: an adverbial
    ("Their second film, Tom said, was slow.", []),  # a given name after the comma: a person
])
def test_prose_candidates_apposition(text, expected):
    assert _texts(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Marta Lind is a 1931 Swedish comedy film.", True),
    ("It opened. Marta Lind was the 1931 comedy that ran longest.", True),
    ("Marta Lind is a Swedish actress born in 1931.", False),  # no year before a kind of film
    ("Marta Lind, a 1931 comedy, ran long.", False),  # an apposition, no definition
    ("She met Marta Lind is a 1931 comedy film.", False),  # not the sentence's opening words
])
def test_prose_titles_defined_film_needs_a_sentence_defining_its_subject(text, expected):
    start = text.index("Marta")
    assert defined_film(text, start, start + len("Marta Lind")) is expected


def _tagged(text: str, tags: dict[str, tuple[str, str]]):
    """A blank-model Doc of text, each word's (pos, tag) from tags (default PROPN/NNP)."""
    import spacy

    doc = spacy.blank("en")(text)
    for t in doc:
        t.pos_, t.tag_ = tags.get(t.text, ("PROPN", "NNP"))
    return doc


@pytest.mark.parametrize("text, tags, expected", [
    # a title with a comma inside, defined by its sentence: the whole opening
    ("Cold Rain, Warm Heart is a 1931 drama film.", {}, ["Cold Rain, Warm Heart"]),
    ("Hush, Little Owl! is a 1952 comedy film.", {"Hush": ("INTJ", "UH")}, ["Hush, Little Owl!"]),
    # an elision or a contraction inside the title stopped the run, not an owner
    ("Ned o’ the Marshes is a 1913 short film.", {"o’": ("ADP", "IN"), "the": ("DET", "DT")}, ["Ned o’ the Marshes"]),
    ("That’s My Owl is a 1928 comedy film.", {"That": ("PRON", "DT"), "’s": ("AUX", "VBZ")}, ["That’s My Owl"]),
    # an adverb, a preposition or a participle opens a clause before the title: no sentence's subject
    ("Meanwhile, Warm Heart is a 1931 drama film.", {"Meanwhile": ("ADV", "RB")}, []),
    ("In Rome, Warm Heart is a 1931 drama film.", {"In": ("ADP", "IN")}, []),
    ("Directed by Ivo Sand, Warm Heart is a 1931 drama film.", {"Directed": ("VERB", "VBN"), "by": ("ADP", "IN")}, []),
])
def test_prose_candidates_definition_subject_reaches_back_over_a_comma(text, tags, expected):
    assert [c.text for c in prose_candidates(text, doc=_tagged(text, tags)) if c.start < text.index(" is ")] == expected


@pytest.mark.parametrize("text, tags, expected", [
    ("Stranger is a 1985 comedy film.", {"Stranger": ("NOUN", "NN")}, ["Stranger"]),  # a noun alone names the film
    ("Softly is a 1954 crime film.", {"Softly": ("ADV", "RB")}, ["Softly"]),
    ("It is a 1985 comedy film.", {"It": ("PRON", "PRP")}, []),  # a pronoun refers to a film named before
    ("When Birds Sing? is a 1918 comedy film.", {}, ["When Birds Sing?"]),  # a sentence's opening word is the title's
])
def test_prose_candidates_definition_subject_may_be_one_common_word(text, tags, expected):
    assert [c.text for c in prose_candidates(text, doc=_tagged(text, tags)) if c.start < text.index(" is ")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Salt Harbour, also known as The Lantern, is a 1931 drama film.", (["Salt Harbour"], 1931)),
    ("Salt Harbour, later retitled Night Ferry, was a 1931 drama film.", (["Salt Harbour"], 1931)),
    ("Salt Harbour, released in Britain as Night Ferry, is a 1931 drama film.", (["Salt Harbour"], 1931)),
    ("Salt Harbour, first shown in Britain as Night Ferry, is a 1931 drama film.", (["Salt Harbour"], 1931)),  # aliases.OTHER_NAME_AS
    ("Tom Vane, known as a great actor, was the 1990 film star.", ([], None)),  # no other name: a description
])
def test_prose_candidates_a_definition_may_give_the_film_s_other_name_first(text, expected):
    year = stated_year(text, text.index(","))
    assert ([c.text for c in prose_candidates(text)], year[0] if year else None) == expected
