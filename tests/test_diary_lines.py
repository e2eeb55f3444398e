"""A film-logging site's diary lines "Sun 01 Title 1978 ★★★★½ ♥ Rewatch": glue, lines, titles (no spaCy)."""

import pytest

from pipeline.caption_titles import caption_candidate, undated_listings
from pipeline.captions import classify_line
from pipeline.clean import clean
from pipeline.diary_lines import badge_glue, diary_entry
from pipeline.record import Article, Caption
from pipeline.showtimes import is_listing, schedule_page


def repaired(line: str) -> str:
    """The line as the clean stage repairs it, in the body or moved out as a caption."""
    art = clean(Article("t", "t", "txt", line))
    return art.clean.strip() or art.captions[0].text


@pytest.mark.parametrize("raw, expected", [
    ("Sun 01Glass Orchard1978★★★★★♥Rewatch", "Sun 01 Glass Orchard 1978 ★★★★★ ♥ Rewatch"),
    ("Mon 02The Salt Road1963★★★★½♥", "Mon 02 The Salt Road 1963 ★★★★½ ♥"),
    ("Fri 13Cold Harbour: Reckoning2023★½", "Fri 13 Cold Harbour: Reckoning 2023 ★½"),
    ("Sat 28Paper Moons1993★★★Rewatch", "Sat 28 Paper Moons 1993 ★★★ Rewatch"),
])
def test_repair_splits_the_glue_of_a_diary_line(raw, expected):
    assert repaired(raw) == expected


@pytest.mark.parametrize("line", ["Sun 01 Glass Orchard 1978", "Sat 7Mar, 21:15", "Mon 02 is the day we open."])
def test_badge_glue_needs_a_glued_title_and_a_rating(line):
    assert badge_glue(line) is None


@pytest.mark.parametrize("line, entry", [
    ("Sun 01 Glass Orchard 1978 ★★★★★ ♥ Rewatch", ("Glass Orchard", 1978)),
    ("Fri 13 Friday the 13th 1980 ★★½", ("Friday the 13th", 1980)),
    ("Tue 31 Trick or treat 2007 ★★★★ ♥", ("Trick or treat", 2007)),
    ("Wed 04 Paper Moons 1964 ♥", ("Paper Moons", 1964)),
    ("Sun 12 March 2023", None),  # a date, no rating
    ("Glass Orchard 1978 ★★★", None),  # no date badge
    ("Mon 02 we watched Glass Orchard and loved it 1978 ★★★ and more", None),
])
def test_diary_entry_reads_title_and_bare_year(line, entry):
    assert diary_entry(line) == entry


def test_classify_line_moves_a_diary_line_out_of_the_body():
    assert classify_line("Tue 31 Trick ’r Treat 2007 ★★★★ ♥ Rewatch") == "caption"


@pytest.mark.parametrize("line, title, year", [
    ("Sun 01 Glass Orchard 1978 ★★★★★ ♥ Rewatch", "Glass Orchard", 1978),
    ("Tue 31 Trick ’r Treat 2007 ★★★★ ♥ Rewatch", "Trick ’r Treat", 2007),
    ("Fri 13 Friday the 13th 1980 ★★½", "Friday the 13th", 1980),
])
def test_caption_candidate_reads_a_diary_line(line, title, year):
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text, c.year, c.rank) == (title, year, None)


def test_diary_lines_make_a_log_that_ranks_nothing():
    lines = ["Sun 01 Glass Orchard 1978 ★★★★★", "Mon 02 Salt Roads 1963 ★★★", "Wed 04 Paper Moons 1964 ★★ ♥"]
    assert all(is_listing(t) for t in lines)
    assert schedule_page([Caption(0, 1, t, "caption", 0) for t in lines])
    assert not schedule_page([Caption(0, 1, t, "caption", 0) for t in lines[:2]])


def test_a_month_heading_over_diary_lines_is_no_film():
    lines = ["Diary October 2023", "Sun 01 Glass Orchard 1978 ★★★★★", "Mon 02 Salt Roads 1963 ★★★",
             "Wed 04 Paper Moons 1964 ★★ ♥"]
    caps = [Caption(0, 1, t, "caption", 0) for t in lines]
    per = [caption_candidate(c) for c in caps]
    assert [c.text if c else None for c in undated_listings(caps, per)] == [None, "Glass Orchard", "Salt Roads", "Paper Moons"]
    assert undated_listings(caps[:2], per[:2])[0] is not None  # no log: "Diary October 2023" may stay
