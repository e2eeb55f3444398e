"""Glue cues the frequency model cannot see: adjectives before names, span ends, "to" before a verb."""

import pytest

from pipeline.glue_cues import before_infinitive, known_camel, modifier_glued, span_closing_words, word_then_closing
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
