"""Glue cues the frequency model cannot see: adjectives before names, span ends, "to" before a verb."""

import pytest

from pipeline.glue_cues import before_infinitive, defined_subject, known_camel, modifier_glued, span_closing_words
from pipeline.glue_cues import word_then_closing
from pipeline.lexicon import word_lists


@pytest.mark.parametrize("token, at, expected", [
    ("FlemishOrchard", 7, True),  # a rarer adjective glued to the name it modifies
    ("ComedianTom", 8, True),  # an "-ian" agent noun before a name
    ("PlayStation", 4, False),  # a brand: no adjective ending
    ("ItalianJob", 7, False),  # a common adjective: the plain case split already cuts it
])
def test_glue_cues_modifier_glued(token, at, expected):
    assert modifier_glued(token, at) is expected


@pytest.mark.parametrize("run, expected", [
    ("YouTube", True),  # a known CamelCase word: one word
    ("McDonald", True),
    ("VarskiQuell", False),  # two unknown names run together
])
def test_glue_cues_known_camel(run, expected):
    assert known_camel(run) is expected


@pytest.mark.parametrize("run, after, expected", [
    ("Manis", " built from", 3),  # "Man|is": far likelier than the rare word
    ("Manis", ", then", 0),  # before punctuation the span may end with the word itself
    ("Willis", " as a cop", 0),  # a name of its own
])
def test_glue_cues_word_then_closing(run, after, expected):
    assert word_then_closing(run, after) == expected


@pytest.mark.parametrize("run, after, expected", [
    ("Skuato", " prepare for", True),
    ("Skuato", " plays the", False),  # a verb in "-s" follows a name
    ("Skuato", " and more", False),
    ("Makoto", " prepare it", False),  # a word or name the dictionary knows
])
def test_glue_cues_before_infinitive(run, after, expected):
    assert before_infinitive(run, run[:-2], after) is expected


def test_glue_cues_span_closing_words_add_is_to_the_closing_words():
    # "is" closes an opened span ("Wordis built", "VIis") but is no closing word the repair cuts off any name
    assert "is" in span_closing_words() and "is" not in word_lists().closing_words
    assert word_lists().closing_words < span_closing_words()


@pytest.mark.parametrize("run, after, expected", [
    ("Manis", " a 1931 American comedy film by", 3),  # a dictionary word, but the definition needs its verb
    ("Vellandis", " an 1898 British short film", 7),  # an unknown name too
    ("Harborwas", " the 1962 musical that", 6),
    ("Willis", " a cop in the 1988 film", 0),  # no year before the kind noun: no definition
    ("Willis", ", a 1988 film", 0),  # an apposition has no verb to cut off
    ("Manis", " a 1931 pamphlet", 0),  # a year but no kind of film
    ("Inis", " a 1989 crime film", 2),  # a title ending in a short word
    ("This", " a 1931 film", 0),  # a function word of its own
])
def test_glue_cues_defined_subject_cuts_the_verb_of_a_film_definition(run, after, expected):
    assert defined_subject(run, after) == expected
