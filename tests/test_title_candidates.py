"""Title candidates from repaired boundaries: a number title paired with a title (no spaCy)."""

import pytest

from pipeline.title_candidates import cue_candidates, number_titles
from pipeline.titles import Candidate


def _glued(text: str, number: str) -> list[tuple[int, str]]:
    """The repaired boundaries around `number`: the spaces before and after it."""
    at = text.index(number)
    return [(at - 1, "digit_word"), (at + len(number), "digit_word")]


@pytest.mark.parametrize("text, number, partner, found", [
    ("That is the only reason 1871 and Grey Tide are missing.", "1871", "Grey Tide", True),
    ("We left out Grey Tide, 1871 and more.", "1871", "Grey Tide", True),
    ("We left out 1871, Grey Tide and more.", "1871", "Grey Tide", True),  # a comma after the number
    ("That is the only reason 1871 and Grey Tide are missing.", "1871", None, False),  # no title beside it
])
def test_number_titles_a_glued_number_paired_with_a_title(text, number, partner, found):
    cands = [Candidate(text.index(partner), text.index(partner) + len(partner), partner, "text")] if partner else []
    out = number_titles(text, _glued(text, number), cands)
    assert [c.text for c in out] == ([number] if found else [])


def test_number_titles_a_number_not_glued_is_no_title():
    text = "In 1871 and Grey Tide alike the sea wins."
    cands = [Candidate(text.index("Grey Tide"), text.index("Grey Tide") + 9, "Grey Tide", "text")]
    assert number_titles(text, [], cands) == []


@pytest.mark.parametrize("text, expected", [
    ("Pair Ona Brill’s Salt Harbour (1945) with Vigil (2015).", ["Salt Harbour", "Vigil"]),  # a closed bracket ends a run
    ("It owes much to Ona Brill’s Before Dawn Lights (1995), a quiet film.", ["Before Dawn Lights"]),  # mid-sentence "Before"
    ("Finally, His Silent Friday (1940) closes the night.", ["His Silent Friday"]),
    ("Like Salt Harbour (2019), it is slow.", ["Salt Harbour"]),  # a sentence's opening word is no title's
    ("The part of Tova Reyes in Lanterns of Lisbon (2007) was hers.", ["Lanterns of Lisbon"]),  # a name before "in"
])
def test_cue_candidates_year_bracket_run_in_undamaged_text(text, expected):
    assert [c.text for c in cue_candidates(text)] == expected


def test_boundary_candidates_a_correction_mark_opens_the_title():
    # "*Right Title": a reader corrects a misspelt title; the mark is no part of the run
    from pipeline.title_candidates import boundary_candidates
    text = "*Northern Harbour but yes, great call"
    assert [c.text for c in boundary_candidates(text, [(17, "word_split")])] == ["Northern Harbour"]
