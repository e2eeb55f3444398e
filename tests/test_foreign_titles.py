"""Foreign-language titles cut at their first lowercase word take the rest up to a bracketed year
or up to the space the repair put after a glued span."""

import pytest

from pipeline.foreign_titles import foreign_tails
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


@pytest.mark.parametrize("text, head, glued, title", [
    ("The winner in Venice, Portrait d’une noyée is a cold drama.", "Portrait", True, "Portrait d’une noyée"),  # elision
    ("Last spring, Nuit sur la plage won the prize.", "Nuit", True, "Nuit sur la plage"),
    ("Last spring, Harbour of the lost won the prize.", "Harbour", True, "Harbour"),  # English words: not taken
    ("Last spring, Nuit sur la plage won the prize.", "Nuit", False, "Nuit"),  # no repaired spaces around it
])
def test_foreign_tails_take_lowercase_foreign_words_of_a_glued_span(text, head, glued, title):
    at = text.index(head)
    cuts = [at - 1, text.index(" is ") if " is " in text else text.index(" won ")] if glued else []
    out = foreign_tails(text, [Candidate(at, at + len(head), head, "text")], cuts)
    assert out[0].text == title and text[out[0].start : out[0].end] == title
