"""Month names and their short forms: one list read by every date pattern."""

import re

import pytest

from pipeline.months import MONTH, MONTH_OR_SHORT


@pytest.mark.parametrize("word, full, short", [
    ("September", True, True),
    ("May", True, True),
    ("Sept", False, True),
    ("Sep", False, True),
    ("Aug", False, True),
    ("Jun", False, True),
    ("Maybe", False, False),
    ("Augur", False, False),
])
def test_months_patterns_read_full_names_and_short_forms(word, full, short):
    assert bool(re.fullmatch(MONTH, word)) is full
    assert bool(re.fullmatch(MONTH_OR_SHORT, word)) is short


def test_months_short_forms_are_no_titles_alone():
    from pipeline.titles import cues
    assert {"aug", "sept", "dec"} <= cues()["not_titles"]
    assert "may" not in cues()["not_titles"]  # a full name (and a modal verb) is left to the list itself
