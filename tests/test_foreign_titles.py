"""Foreign-language titles cut at their first lowercase word take the rest up to a bracketed year."""

import pytest

from pipeline.foreign_titles import foreign_fragments, foreign_tails
from pipeline.titles import Candidate


@pytest.mark.parametrize("text, head, title", [
    ("He shot his own version, Cielos de ceniza (1961), in Spain.", "Cielos", "Cielos de ceniza"),
    ("Then came Nuit sur la plage (1958), a policier.", "Nuit", "Nuit sur la plage"),
    ("The remake Harbour of the Lost (1958) flopped.", "Harbour", "Harbour"),  # English words: not taken
    ("We loved Cielos de Ceniza (1961) anyway.", "Cielos", "Cielos"),  # a capital: the run goes on itself
    ("It was Cielos de (1961).", "Cielos", "Cielos"),  # particles alone are no title
])
def test_foreign_tails_take_lowercase_foreign_words_before_a_year(text, head, title):
    at = text.index(head)
    out = foreign_tails(text, [Candidate(at, at + len(head), head, "text")])
    assert out[0].text == title and text[out[0].start : out[0].end] == title


@pytest.mark.parametrize("text, head, fenced, other", [
    # ",Cielos de cenizais": the repair opened the run and cut the tag's last lowercase word off
    ("The winner, Cielos de ceniza is a drama.", "Cielos", ("Cielos", "ceniza"), True),
    # the lowercase words are English: the title ended before them
    ("The winner, Harbour tonight on is a drama.", "Harbour", ("Harbour", "on"), False),
    # no boundary after the lowercase words: nothing fenced the title in
    ("The winner, Cielos de ceniza is a drama.", "Cielos", ("Cielos", None), False),
])
def test_foreign_fragments_drop_a_run_fenced_in_with_foreign_lowercase_words(text, head, fenced, other):
    at = text.index(head)
    opened, ended = fenced
    bounds = [(text.index(opened) - 1, "punct_space")]
    if ended:
        bounds.append((text.index(ended) + len(ended), "word_split"))
    out = foreign_fragments(text, [Candidate(at, at + len(head), head, "text")], bounds)
    assert (out[0].kind == "other") is other
