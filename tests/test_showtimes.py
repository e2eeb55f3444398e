"""Listing lines of a TV guide or a cinema's showtimes: their glue, their lines, their titles (no spaCy)."""

import pytest

from pipeline.caption_titles import caption_candidate, undated_listings
from pipeline.captions import classify_line
from pipeline.record import Article, Caption
from pipeline.showtimes import is_listing, schedule_page, strip_rating, strip_showtime
from pipeline.clean import clean


def repaired(line: str) -> str:
    """The line as the clean stage repairs it, in the body or moved out as a caption."""
    art = clean(Article("t", "t", "txt", line))
    return art.clean.strip() or art.captions[0].text


@pytest.mark.parametrize("raw, expected", [
    ("7 p.m.Glass Orchard(1990) ★★★Harbour TV", "7 p.m. Glass Orchard (1990) ★★★ Harbour TV"),
    ("10:30 p.m.Salt Roads(1984) ★★★½HTV", "10:30 p.m. Salt Roads (1984) ★★★½ HTV"),
    ("9 a.m.The Long Lift(2001) ☆☆Channel Nine", "9 a.m. The Long Lift (2001) ☆☆ Channel Nine"),
    ("The show starts at 8 p.m.Doors open earlier.", "The show starts at 8 p.m. Doors open earlier."),
    ("Then 7pmCold Harbour on the big screen.", "Then 7pm Cold Harbour on the big screen."),
    ("21:00Cold Harbour(1999) ★★★Channel Nine", "21:00 Cold Harbour (1999) ★★★ Channel Nine"),
    ("Paper Moons (1999)★★★★ is the one to record.", "Paper Moons (1999) ★★★★ is the one to record."),
])
def test_repair_splits_the_glue_of_a_listing_line(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize("raw", ["Ratings: ★★★★ classic, ★★ fair.", "A film called 8½ and its maker."])
def test_repair_leaves_spaced_ratings_alone(raw):
    assert repaired(raw) == raw


@pytest.mark.parametrize("line, rest", [
    ("8 p.m. Glass Orchard (1990)", "Glass Orchard (1990)"),
    ("10:30 p.m. Salt Roads", "Salt Roads"),
    ("7pm Cold Harbour", "Cold Harbour"),
    ("11 PM Night Ferry", "Night Ferry"),
    ("Noon Paper Moons (1950)", "Paper Moons (1950)"),
    ("midnight The Long Lift", "The Long Lift"),
    ("21:00 Cold Harbour (1999)", "Cold Harbour (1999)"),  # a 24-hour guide
    ("12:30 — Why the ending works", "12:30 — Why the ending works"),  # a podcast's chapter line, no showtime
    ("01:09:30 Where it sits", "01:09:30 Where it sits"),
    ("8 p.m.", "8 p.m."),  # a time and nothing after it
    ("1917 (2019)", "1917 (2019)"),
])
def test_strip_showtime_cuts_the_time_that_opens_a_line(line, rest):
    assert strip_showtime(line) == rest
    assert is_listing(line) == (rest != line)


@pytest.mark.parametrize("text, title", [
    ("Glass Orchard ★★★ Harbour TV", "Glass Orchard"),
    ("Salt Roads ★★★½ HTV", "Salt Roads"),
    ("Cold Harbour", "Cold Harbour"),
])
def test_strip_rating_cuts_the_stars_and_the_channel(text, title):
    assert strip_rating(text) == title


@pytest.mark.parametrize("line", [
    "7 p.m. Glass Orchard (1990) ★★★ Harbour TV",
    "8:15 p.m. Night Ferry Football HTV",  # an undated line: still a listing line, not prose
    "3 p.m. College Rowing: Port vs. Vale HTV",
])
def test_classify_line_moves_a_listing_line_out_of_the_body(line):
    assert classify_line(line) == "caption"


def test_classify_line_keeps_prose_that_opens_with_a_time():
    assert classify_line("8 p.m. is when the doors open, and the bar closes at ten.") is None


@pytest.mark.parametrize("line, title, year", [
    ("7 p.m. Glass Orchard (1990) ★★★ Harbour TV", "Glass Orchard", 1990),
    ("10:30 p.m. Salt Roads (1984) ★★★½ HTV", "Salt Roads", 1984),
    ("8 p.m. The Long Lift ★★ Channel Nine", "The Long Lift", None),
])
def test_caption_candidate_reads_the_title_and_year_of_a_listing_line(line, title, year):
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text, c.year) == (title, year)


def _caps(lines):
    return [Caption(0, len(t), t, "caption", 0) for t in lines]


def test_undated_listings_are_no_films_among_dated_ones():
    caps = _caps(["Monday, Dec. 7", "7 p.m. Glass Orchard (1990) ★★★ HTV", "8 p.m. Night Ferry Football HTV",
                  "10 p.m. Salt Roads (1984) ★★ HTV", "11 p.m. Paper Moons ★★★ HTV"])  # rated: a new film
    per = [caption_candidate(c) for c in caps]
    assert [c.text if c else None for c in undated_listings(caps, per)] == [None, "Glass Orchard", None, "Salt Roads",
                                                                            "Paper Moons"]


def test_undated_listings_keep_a_showtimes_page_that_dates_no_line():
    caps = _caps(["7 p.m. Glass Orchard", "9:30 p.m. Salt Roads", "11 p.m. Cold Harbour"])
    per = [caption_candidate(c) for c in caps]
    assert [c.text for c in undated_listings(caps, per)] == ["Glass Orchard", "Salt Roads", "Cold Harbour"]


def test_schedule_page_needs_three_listing_lines():
    lines = ["7 p.m. Glass Orchard (1990)", "9 p.m. Salt Roads (1984)", "Cold Harbour (1999)"]
    assert not schedule_page(_caps(lines))
    assert schedule_page(_caps(lines + ["11 p.m. Paper Moons (2003)"]))


def test_undated_listings_drop_bare_day_headings_on_a_schedule_page_only():
    caps = _caps(["Friday", "6:45 p.m. Glass Orchard", "9:15 p.m. Salt Roads", "Saturday 14", "Noon Paper Moons"])
    per = [caption_candidate(c) for c in caps]
    assert [c.text if c else None for c in undated_listings(caps, per)] == [None, "Glass Orchard", "Salt Roads", None,
                                                                            "Paper Moons"]
    lone = _caps(["Friday", "Sunshine"])  # no schedule: a film may be called "Friday"
    assert [c.text for c in undated_listings(lone, [caption_candidate(c) for c in lone])] == ["Friday", "Sunshine"]
