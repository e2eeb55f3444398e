"""Word tests of pipeline/lexicon.py that read the word-frequency model."""

import pytest

from pipeline.lexicon import is_superlative


@pytest.mark.parametrize("word, superlative", [
    ("greatest", True),
    ("Scariest", True),  # "i" back to "y"
    ("biggest", True),  # a doubled consonant undone
    ("latest", True),  # "-e" restored
    ("campiest", True),  # rare, and so is its comparative
    ("forest", False),  # "for" is a word, "forer" none
    ("Honest", False),
    ("interest", False),
    ("conquest", False),  # "conquer" is a word, "conque" none
    ("best", False),  # too short: the irregular ones are the caller's to list
])
def test_lexicon_is_superlative_wants_a_base_and_a_comparative(word, superlative):
    assert is_superlative(word) is superlative
