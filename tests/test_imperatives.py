"""Sentence-opening commands are no titles (loads spaCy: slow)."""

import pytest

from pipeline.imperatives import imperative_openers
from pipeline.titles import Candidate

pytestmark = pytest.mark.slow


def _kinds(nlp, text: str, words: list[str], markers=frozenset()) -> list[str]:
    cands = [Candidate(text.index(w), text.index(w) + len(w), w, "text") for w in words]
    return [c.kind for c in imperative_openers(nlp(text), cands, set(markers))]


@pytest.mark.parametrize("text, word, kind", [
    ("The cast is strong. Add Ana Ruiz’s score and the chase, and you have a classic.", "Add", "other"),
    ("The cast is strong. Drive is still the best thing the director has made.", "Drive", "film"),
    ("Nobody saw it coming. Glassworks stars Ana Ruiz as a glazier.", "Glassworks", "film"),
    ("Three hours went by. Buying Ana Ruiz’s book tomorrow.", "Buying", "other"),  # a verb before a person's name
    ("It ends well. Read Ana Ruiz’s novel if you can.", "Read", "other"),
    ("It ends well. Glassworks Ana Ruiz made in a month.", "Glassworks", "film"),  # a rare word: a title
])
def test_imperatives_a_sentence_opening_command_is_no_title(nlp, text, word, kind):
    assert _kinds(nlp, text, [word]) == [kind]


def test_imperatives_a_heading_title_is_kept(nlp):
    text = "The cast is strong. Add Ana Ruiz’s score and the chase, and you have a classic."
    assert _kinds(nlp, text, ["Add"], {"add"}) == ["film"]
