"""Other names of a film: bracketed and retitled names, a subtitled film's short names (no spaCy)."""

import pytest

from pipeline.mention_aliases import parenthetical_aliases, subtitle_aliases
from pipeline.titles import Candidate


def test_mention_aliases_bracketed_title_is_an_alias():
    text = "Glass Orchard (Szklany Sad) opens the festival."
    outer = Candidate(0, 13, "Glass Orchard", "text")
    inner = Candidate(15, 25, "Szklany Sad", "text")
    assert parenthetical_aliases(text, [outer, inner])[1].alias_of == "Glass Orchard"


@pytest.mark.parametrize("between", [" (later retitled ", " (also known as ", " (released in Britain as ", " (renamed ",
                                     " (billed in Britain as "])  # one reader with prose_titles (aliases.OTHER_NAME_AS)
def test_mention_aliases_retitled_in_brackets_is_an_alias(between):
    text = "Glass Orchard" + between + "Glass Orchard: Part One) opened in 1977."
    outer = Candidate(0, 13, "Glass Orchard", "text")
    at = len("Glass Orchard" + between)
    inner = Candidate(at, at + 23, "Glass Orchard: Part One", "text")
    assert parenthetical_aliases(text, [outer, inner])[1].alias_of == "Glass Orchard"


def test_mention_aliases_a_title_released_under_another_name_after_its_year_is_an_alias():
    text = "It followed Cold Harbour (1954), released in the US as Dry Land, a gentle comedy."
    cands = [Candidate(text.index("Cold"), text.index(" (1954)"), "Cold Harbour", "text"),
             Candidate(text.index("Dry"), text.index(", a gentle"), "Dry Land", "text")]
    assert [c.alias_of for c in parenthetical_aliases(text, cands)] == [None, "Cold Harbour"]


def test_mention_aliases_the_original_of_a_subtitled_sequel_is_its_own_film():
    text = "Glass Wing: Reborn is long. It owes a lot to the 1986 original, Glass Wing, still loved."
    full = Candidate(0, len("Glass Wing: Reborn"), "Glass Wing: Reborn", "text")
    at = text.index("Glass Wing,")
    head = Candidate(at, at + len("Glass Wing"), "Glass Wing", "text")
    assert subtitle_aliases(text, [full, head], [])[1].alias_of is None
    plain = "Glass Wing: Reborn is long. It owes a lot to the crew of Glass Wing, still loved."
    at = plain.index("Glass Wing,")  # the short name of the sequel
    assert subtitle_aliases(plain, [full, Candidate(at, at + 10, "Glass Wing", "text")], [])[1].alias_of == "Glass Wing: Reborn"


def test_mention_aliases_an_entry_heading_keeps_the_head_of_a_subtitled_title():
    text = "Glass Wing is lean. Released abroad as Glass Wing: Reborn, it sold well. Glass Wing still holds up."
    at = text.index("Glass Wing: Reborn")
    full = Candidate(at, at + len("Glass Wing: Reborn"), "Glass Wing: Reborn", "text")
    head = Candidate(0, len("Glass Wing"), "Glass Wing", "text")
    heading = Candidate(None, None, "Glass Wing", "heading", rank=1, marker_at=0)
    assert subtitle_aliases(text, [head, full], [heading])[0].alias_of is None
    assert subtitle_aliases(text, [head, full], [])[0].alias_of == "Glass Wing: Reborn"  # no heading: a short name


@pytest.mark.parametrize("middle, alias_of", [
    ("picks up the story of Ana Vane’s Glass Wing, forty years on", None),
    ("is a belated sequel to Glass Wing and just as cold", None),
    ("works as well as Glass Wing did for its crew", "Glass Wing: Reborn"),  # no cue: the sequel's short name
])
def test_mention_aliases_the_film_a_subtitled_sequel_continues_is_its_own_film(middle, alias_of):
    text = f"Glass Wing: Reborn is long. The new one {middle}."
    full = Candidate(0, len("Glass Wing: Reborn"), "Glass Wing: Reborn", "text")
    at = text.index("Glass Wing", 20)
    head = Candidate(at, at + len("Glass Wing"), "Glass Wing", "text")
    assert subtitle_aliases(text, [full, head], [])[1].alias_of == alias_of


@pytest.mark.parametrize("headline, kind, alias_of", [
    # the headline names the head alone, the text dates the long title apart: two films
    ("Glass Wing Reviews: What Critics Are Saying", "the 2002 documentary", None),
    ("Glass Wing Reviews: What Critics Are Saying", "the comic", "Glass Wing: The Life of a Pilot"),  # undated: one film
    ("Glass Wing: The Life of a Pilot, Reviewed", "the 2002 documentary", "Glass Wing: The Life of a Pilot"),
    ("", "the 2002 documentary", "Glass Wing: The Life of a Pilot"),
])
def test_mention_aliases_a_head_the_headline_names_alone_is_no_short_name(headline, kind, alias_of):
    text = f"In Glass Wing, a pilot falls. Fans know {kind} Glass Wing: The Life of a Pilot."
    at = text.index("Glass Wing: The")
    full = Candidate(at, at + len("Glass Wing: The Life of a Pilot"), "Glass Wing: The Life of a Pilot", "text")
    head = Candidate(3, 13, "Glass Wing", "text")
    assert subtitle_aliases(text, [head, full], [], headline)[0].alias_of == alias_of


@pytest.mark.parametrize("before, alias_of", [
    ("Then go back to 1986 for ", None),  # the head dated on its own: the first film
    ("Then go back for ", "Glass Wing: Reborn"),  # undated: the sequel's short name
])
def test_mention_aliases_a_head_dated_apart_by_for_is_its_own_film(before, alias_of):
    text = f"Glass Wing: Reborn (1998) is long. {before}Glass Wing, the gentle one."
    full = Candidate(0, len("Glass Wing: Reborn"), "Glass Wing: Reborn", "text")
    at = text.index("Glass Wing,")
    head = Candidate(at, at + len("Glass Wing"), "Glass Wing", "text")
    assert subtitle_aliases(text, [full, head], [])[1].alias_of == alias_of
