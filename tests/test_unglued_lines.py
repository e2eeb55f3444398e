"""unglued_lines: a whole capitalised token in a line with no glue stays whole past the line's opening words."""

import pytest

from pipeline.clean import clean
from pipeline.record import Article
from pipeline.unglued_lines import before_copula, unglued_mid_line


def _clean_text(raw: str) -> str:
    return clean(Article("t", "t.txt", "txt", raw)).clean


@pytest.mark.parametrize("before, expected", [
    ("", False),  # the line's first word
    ("Dale ", False),  # still in the opening name: "Dale Trumbowfollows"
    ("Beauty and the ", False),  # a title's small words do not end the opening words
    ("The villain is played by Kent Dorrow as Hale ", True),
    ("A loner (Dale ", False),  # a bracket opens a span that lost no space
    ("The band sang “Old ", False),
    ("A loner (who had left years ago) met Dale ", True),  # the bracket is too far back
    ("Big Old Title " * 10, True),  # a paragraph's opening title is never this long
])
def test_unglued_mid_line_only_past_every_unseen_opening(before, expected):
    assert unglued_mid_line(before + "Trumbowfollows", len(before)) is expected


@pytest.mark.parametrize("raw", [
    "The film stars Nora Quill, Tobin Marsdell and Aldo Pinkart as the mayor.",
    "The villain is played by Kent Dorrow as Hale Grimcave, a cruel banker.",
    "The part went to Dale Heckart, and the rest to Mara Quill.",
    "It stars Jon Bendelack and Mara Quill.",
    "It was written by Dale Hemingson and directed by Mara Quill.",
])
def test_clean_keeps_rare_names_whole_in_an_unglued_line(raw):
    assert _clean_text(raw) == raw


@pytest.mark.parametrize("raw, expected", [
    ("Dale Trumbowfollows a drifter.", "Dale Trumbow follows a drifter."),  # the paragraph opens with the name
    ("The Lantern Keeperis a 2004 drama.", "The Lantern Keeper is a 2004 drama."),
    ("A loner (Dale Trumbowagain) returns home.", "A loner (Dale Trumbow again) returns home."),
    ("It starsJon Bendelackand Mara Quill.", "It stars Jon Bendelack and Mara Quill."),  # a glued line is judged as before
    ("The Mandarinfamously was shot on a phone.", "The Mandarin famously was shot on a phone."),  # an adverb before the verb
])
def test_clean_still_splits_where_a_span_may_open_unseen(raw, expected):
    assert _clean_text(raw) == expected


@pytest.mark.parametrize("line, word, expected", [
    ("The Stonedance is a 2003 drama film.", "dance", True),
    ("The Stonedance was a hit.", "dance", True),
    ("The Mandarinfamously was shot on a phone.", "famously", False),  # an adverb may stand there
    ("The Stonedance and more.", "dance", False),
    ("Thefilm is long.", "film", False),  # "The" alone is no title
])
def test_before_copula_only_a_non_adverb_before_the_verb(line, word, expected):
    end = line.index(word) + len(word)
    left = line[:end - len(word)].split()[-1]
    assert before_copula(line, end, left, word) is expected


@pytest.mark.parametrize("raw", ["The Stonedance is a 2003 drama film.", "It rained. The Hounddog was a hit at home."])
def test_clean_keeps_a_title_whole_before_its_verb_in_an_unglued_line(raw):
    assert _clean_text(raw) == raw
