"""Further mentions of titles already found, and the word index they are looked up in (no spaCy)."""

import re

import pytest

from pipeline.repeat_mentions import WordIndex, _occurrences, repeat_mentions
from pipeline.titles import Candidate


def test_repeat_mentions_finds_later_plain_mentions_outside_taken_spans():
    text = "Paper Lanterns opened in May. Critics loved Paper Lanterns; the Paper Lanterns series came later."
    taken = [Candidate(0, 14, "Paper Lanterns", "cuts")]
    found = repeat_mentions(text, {"paper lanterns"}, taken)
    second = text.index("Paper Lanterns", 1)
    # the first span is taken already; "the Paper Lanterns series" names the franchise, not the film
    assert [(c.start, c.end, c.text, c.source) for c in found] == [(second, second + 14, "Paper Lanterns", "text")]


def test_repeat_mentions_only_repeats_titles_found_as_films():
    text = "Ada Moss wrote it. Later Ada Moss said so."
    taken = [Candidate(0, 8, "Ada Moss", "cuts", kind="person")]
    assert repeat_mentions(text, {"ada moss"}, taken) == []


@pytest.mark.parametrize(
    "text, surface, spans",
    [
        ("The Long Night. the long night; The Long Nights. XThe Long Night", "The Long Night", [(0, 14)]),
        ("Heat, Heat’s and Heat-2 and Heated", "Heat", [(0, 4), (6, 10), (17, 21)]),
        ("O’Name and O’Name’s", "O’Name", [(0, 6), (11, 17)]),
        ("aa aa aa", "aa aa", [(0, 5)]),  # matches do not overlap, as with re.finditer
    ],
)
def test_occurrences_match_a_full_text_search(text, surface, spans):
    assert [m.span() for m in _occurrences(text, surface, WordIndex(text))] == spans
    pattern = r"(?<![\w’'])" + re.escape(surface) + r"(?![\w])"
    assert [m.span() for m in re.finditer(pattern, text)] == spans


def test_word_index_tells_a_surname_used_alone():
    index = WordIndex("Given Surname wrote it. Later Surname said so. Other Name and Other Name.")
    assert index.used_alone("Given", "Surname") and not index.used_alone("Other", "Name")


def test_repeat_mentions_a_pronoun_or_number_title_is_not_repeated_everywhere():
    text = "Her came first. Her story is sad. It was 1917 when 1917 was set."
    taken = [Candidate(0, 3, "Her", "cuts"), Candidate(text.rindex("1917"), text.rindex("1917") + 4, "1917", "cuts")]
    assert repeat_mentions(text, {"her", "1917"}, taken) == []


def test_repeat_mentions_a_lower_case_title_is_not_repeated_as_a_word():
    # "harbour (1976)." named a title on a casual page; "the harbour" later is the word
    text = "harbour (1976). grim stuff. then the harbour closes for winter."
    taken = [Candidate(0, 7, "harbour", "text")]
    assert repeat_mentions(text, {"harbour"}, taken) == []
