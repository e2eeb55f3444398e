"""Mention classification from context: film, franchise, person, character, other work (no spaCy)."""

import pytest

from pipeline.mentions import classify, parenthetical_aliases, people_lists, settle_names
from pipeline.titles import Candidate


def _kind(text: str, span: str, markers=frozenset()) -> str:
    start = text.index(span)
    return classify(text, Candidate(start, start + len(span), span, "text"), [], set(markers)).kind


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("It is the latest entry in the Night Harbour world, and it shows.", "Night Harbour", "franchise"),
        ("Much like the other Night Harbour movies, it is bloody.", "Night Harbour", "franchise"),
        ("He also co-directed the first Night Harbour movie.", "Night Harbour", "film"),
        ("It follows a thief named Ossian Vale across Europe.", "Ossian Vale", "character"),
        ("As director Mirela Dobos said, the shoot was long.", "Mirela Dobos", "person"),
        ("It was produced by Tavish Ronan and shot in winter.", "Tavish Ronan", "person"),
        ("Tavish Ronan plays a retired safecracker.", "Tavish Ronan", "person"),
        ("It was adapted from the novel Glass Orchard by a local writer.", "Glass Orchard", "other"),
        ("The closing night belongs to M. Tavish Ronan and his crew.", "Tavish Ronan", "person"),
        ("Streaming on Netflix from Friday.", "Netflix", "other"),
        ("Glass Orchard is a slow, patient heist film.", "Glass Orchard", "film"),
    ],
)
def test_mentions_classify_by_context(text, span, kind):
    assert _kind(text, span) == kind


def test_mentions_given_name_spans_are_people_unless_called_films():
    text = "Robert Vale is superb here, and the first Robert Vale movie was better."
    first = Candidate(0, 11, "Robert Vale", "text", kind="name")
    second = Candidate(text.rindex("Robert Vale"), text.rindex("Robert Vale") + 11, "Robert Vale", "text", kind="name")
    assert [c.kind for c in settle_names(text, [first, second])] == ["film", "film"]
    lone = "Robert Vale is superb here."
    assert [c.kind for c in settle_names(lone, [Candidate(0, 11, "Robert Vale", "text", kind="name")])] == ["person"]


def test_mentions_people_lists_spread_from_a_known_person():
    text = "starring Tavish Ronan, Mirela Dobos and Ossian Vale"
    cands = [Candidate(text.index(n), text.index(n) + len(n), n, "text", kind=k)
             for n, k in [("Tavish Ronan", "person"), ("Mirela Dobos", "film"), ("Ossian Vale", "film")]]
    assert [c.kind for c in people_lists(text, cands)] == ["person", "person", "person"]


def test_mentions_bracketed_title_is_an_alias():
    text = "Glass Orchard (Szklany Sad) opens the festival."
    outer = Candidate(0, 13, "Glass Orchard", "text")
    inner = Candidate(15, 25, "Szklany Sad", "text")
    assert parenthetical_aliases(text, [outer, inner])[1].alias_of == "Glass Orchard"


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
    import re

    from pipeline.mentions import WordIndex, _occurrences

    assert [m.span() for m in _occurrences(text, surface, WordIndex(text))] == spans
    pattern = r"(?<![\w’'])" + re.escape(surface) + r"(?![\w])"
    assert [m.span() for m in re.finditer(pattern, text)] == spans


def test_word_index_tells_a_surname_used_alone():
    from pipeline.mentions import WordIndex

    index = WordIndex("Given Surname wrote it. Later Surname said so. Other Name and Other Name.")
    assert index.used_alone("Given", "Surname") and not index.used_alone("Other", "Name")
