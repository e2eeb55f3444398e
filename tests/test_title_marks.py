"""A title's own final mark kept in the text reading (pipeline/title_marks.py)."""

import pytest

from pipeline.title_marks import final_marks
from pipeline.titles import Candidate


def _films(text: str, *titles: str) -> list[Candidate]:
    out, at = [], 0
    for t in titles:
        at = text.index(t, at)
        out.append(Candidate(at, at + len(t), t, "text"))
        at += len(t)
    return out


@pytest.mark.parametrize("text, title, expected", [
    ("It borrowed the plot of a melodrama called Salt Harbour!, or so they say.", "Salt Harbour", "Salt Harbour!"),
    ("She dragged me to Ada Vell’s Copper Sky! on a wet Sunday.", "Copper Sky", "Copper Sky!"),
    ("He listed Where Is Marla?, Tin Lantern and two more.", "Where Is Marla", "Where Is Marla?"),
    ("Then came Glass Orchard... and nothing else mattered.", "Glass Orchard", "Glass Orchard..."),
    ("We all loved Glass Orchard! The sequel was worse.", "Glass Orchard", "Glass Orchard"),  # may end the sentence
    ("Did anyone see Glass Orchard? Nobody did.", "Glass Orchard", "Glass Orchard"),
])
def test_title_marks_a_mark_the_sentence_goes_on_after_belongs_to_the_title(text, title, expected):
    assert [c.text for c in final_marks(text, _films(text, title))] == [expected]


@pytest.mark.parametrize("text, title, expected", [
    ("My first review was of a rented copy of Where Is Marla? Nobody read it.", "Where Is Marla", "Where Is Marla?"),
    ("It plays like an answer to his teenage hit Glass Orchard... The fight is great.", "Glass Orchard", "Glass Orchard..."),
    ("Why did nobody watch Where Is Marla? Nobody knows.", "Where Is Marla", "Where Is Marla"),  # the sentence asks
    ("How odd. Where Is Marla? Nobody rented it but me.", "Where Is Marla", "Where Is Marla?"),  # the title opens it
    ("Did anyone see Glass Orchard? Nobody did.", "Glass Orchard", "Glass Orchard"),  # the title asks nothing
    ("We all loved Glass Orchard! The sequel was worse.", "Glass Orchard", "Glass Orchard"),  # "!" exclaims
    ("Nobody remembers Orchard... The sequel was worse.", "Orchard", "Orchard"),  # one word says too little
])
def test_title_marks_a_mark_before_a_capital_is_the_titles_when_the_title_span_asks_or_trails(text, title, expected):
    assert [c.text for c in final_marks(text, _films(text, title))] == [expected]


def test_title_marks_every_mention_of_that_title_takes_the_mark():
    text = "Where Is Marla? Nobody asked. Later, Where Is Marla?, the sequel, came out."
    out = final_marks(text, _films(text, "Where Is Marla", "Where Is Marla"))
    assert [(c.text, text[c.start : c.end]) for c in out] == [("Where Is Marla?", "Where Is Marla?")] * 2


def test_title_marks_leave_people_and_marked_titles_alone():
    text = "Salt Harbour!, Ada Vell!, and more."
    cands = [Candidate(0, 13, "Salt Harbour!", "markup"), Candidate(15, 23, "Ada Vell", "text", kind="person")]
    assert final_marks(text, cands) == cands


def test_title_marks_a_title_deep_in_one_long_sentence():
    """The window read before the title holds no sentence start and opens on a space: the title is still weighed."""
    body = "and then we watched it again " * 20 + "in a copy of "
    while body[len(body) - 400] != " ":
        body = "x" + body
    text = body + "Where Is Marla? Nobody read it."
    assert [c.text for c in final_marks(text, _films(text, "Where Is Marla"))] == ["Where Is Marla?"]
