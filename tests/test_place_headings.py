"""A filming-locations guide: place headings are no films, visitor-information lines hold no titles."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.place_headings import info_lines, place_headings
from pipeline.record import Article, Caption
from pipeline.titles import Candidate


def _heading(text: str, at: int) -> tuple[Caption, Candidate]:
    return Caption(0, len(text), text, "heading", at), Candidate(None, None, text, "caption", marker_at=at)


SECTIONS = ("The film Harbour Lights (1998) was shot at Norby Station. The station still has its clock.\n\n"
            "Up on Gallow Hill the crew of Salt Wind (2004) waited a week for fog.\n\n"
            "The Kestrel Hotel hosted the cast of Iron Tide (2011); the hotel bar is open to all.\n\n"
            "Brannock’s Point is where Paper Moons (2015) ends.")


def _films_at(text: str) -> dict[str, list[int]]:
    return {t.lower(): [text.index(t)] for t in ("Harbour Lights", "Salt Wind", "Iron Tide", "Paper Moons")}


def _guide():
    starts = [0] + [SECTIONS.index(p) for p in ("Up on", "The Kestrel", "Brannock")]
    heads = ["Norby Station", "Gallow Hill", "The Kestrel Hotel", "Brannock’s Point"]
    return [_heading(h, at) for h, at in zip(heads, starts)]


def test_place_headings_a_page_of_place_headings_names_no_films():
    caps, cands = zip(*_guide())
    kept, places_at = place_headings(list(caps), list(cands), SECTIONS, _films_at(SECTIONS))
    assert kept == [None, None, None, None]  # also "<Name>’s Point", with no place word, on such a page
    assert places_at == [cap.before for cap in caps]


def test_place_headings_two_place_headings_are_not_a_guide():
    caps, cands = zip(*_guide()[:2])
    kept, places_at = place_headings(list(caps), list(cands), SECTIONS, _films_at(SECTIONS))
    assert kept == list(cands) and places_at == []


def test_place_headings_places_whose_sections_name_no_other_film_are_not_a_guide():
    """"The Velvet Hotel" over "the hotel’s porter ...": a list of titles ending in a place word."""
    caps, cands = zip(*_guide())
    kept, places_at = place_headings(list(caps), list(cands), SECTIONS, {"iron tide": [SECTIONS.index("Iron Tide")]})
    assert kept == list(cands) and places_at == []


def test_place_headings_a_heading_the_text_names_as_a_film_stays():
    caps, cands = zip(*_guide())
    kept, _ = place_headings(list(caps), list(cands), SECTIONS, {**_films_at(SECTIONS), "brannock's point": [0]})
    assert kept[3] is cands[3]


def test_place_headings_a_place_word_alone_is_not_enough():
    """Titles ending in a place word ("... Hill") whose sections never speak of the place stay films."""
    text = "A shy baker falls for a sailor.\n\nTwo sisters run a farm.\n\nA boy finds a dog.\n\nEnd."
    heads = [_heading(h, at) for h, at in zip(["Rowan Hill", "Marsh Lane", "The Velvet Hotel"], [0, 33, 57])]
    caps, cands = zip(*heads)
    kept, places_at = place_headings(list(caps), list(cands), text, {})
    assert kept == list(cands) and places_at == []


@pytest.mark.parametrize("line, kept", [
    ("Where: Tollgate Row, AB1 2CD.", False),
    ("Getting there: take the Harbour Line to Quay Street.", False),
    ("The bar is open late. Visit: Daily Market Hall, 9am to 5pm.", False),
    ("Where: Tollgate Row. Nearby, Salt Wind was shot in a barn.", True),  # after the sentence's end
])
def test_info_lines_an_information_label_holds_no_title(line, kept):
    words = "Salt Wind" if kept else next(w for w in ("Tollgate Row", "Quay Street", "Daily Market Hall") if w in line)
    at = line.index(words)
    out = info_lines(line, [Candidate(at, at + len(words), words, "text")])
    assert (out[0].kind == "film") is kept


GUIDE = """Travel · Set-Jetting

Films Shot in Norby: 5 Locations to Visit

By Ana Teller · Updated May 2, 2026

Norby Station and Mill Street

The biggest shoot in town was Harbour Lights(2018), directed byIvo Brandt. Its chase runs through Norby Station and down Mill Street.

Where: Mill Street, NB1 1AA.

Gallow Hill

A still from Salt Wind

The climb up Gallow Hill is whereSalt Wind(2011) begins.Nora Pike’s film follows two sisters on the hill.

The Kestrel Hotel

Not a film location as such, but the hotel is where visiting stars stay; the cast ofPaper Moons(2015) slept here.

Day trip: the Old Pier, Eastwick

Ten miles east of town, the old pier is where a smuggler hides inTom Vane’sIron Tide(1999), with the tide rising fast around him.

Our must-see before you go

If you only watch one film before your trip, make itSalt Wind. No other film captures the town so well.
"""


@pytest.mark.slow
def test_place_headings_a_locations_guide_mentions_its_films_and_recommends_its_pick(nlp):
    art = extract(annotate(clean(Article("guide", "guide.txt", "txt", GUIDE)), nlp))
    films = {f.title: f for f in art.films}
    assert sorted(films) == ["Harbour Lights", "Iron Tide", "Paper Moons", "Salt Wind"]  # no place heading, no "Where:" line
    assert (films["Salt Wind"].role, films["Salt Wind"].rank) == ("recommended", 1)  # the must-see box's pick
    assert films["Harbour Lights"].role == films["Iron Tide"].role == "mentioned"
    assert films["Salt Wind"].director == "Nora Pike"  # the film the place's section opens with
