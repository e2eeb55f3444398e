"""Programme lines: a cinema's schedule page, its layout headings, double bills and picks."""

import pytest

from pipeline.annotate import annotate
from pipeline.caption_titles import caption_candidate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.pick_sections import is_pick_label, picked_films
from pipeline.programme_lines import date_line_places, double_bills, is_schedule, schedule_headings
from pipeline.record import Article, Caption
from pipeline.sections import paragraphs


def _lines(*texts, before=0):
    return [Caption(0, len(t), t, "caption", before) for t in texts]


DATES = ("Mon 2 Mar, 19:00", "Thu 5 Mar, 21:15", "Sat 7 Mar, 14:00")


def test_programme_lines_three_weekday_date_lines_make_a_schedule():
    assert is_schedule(_lines(*DATES))
    assert not is_schedule(_lines(*DATES[:2], "Glass Orchard (Ana Ruiz, 1999)"))


@pytest.mark.parametrize("line", ["Film of the Month", "Tue 3 Mar, 18:00 | Programmer’s pick", "Our pick", "Critics’ Choice"])
def test_programme_lines_a_pick_label_alone_or_after_a_bar(line):
    assert is_pick_label(line)


def test_programme_lines_a_glued_double_bill_line_names_two_films():
    caps = _lines("Cold Harbour, Maine+Glass Orchard")
    per_caption, halves = double_bills(caps, [caption_candidate(c) for c in caps])
    assert per_caption == [None]
    assert [c.text for c in halves] == ["Cold Harbour, Maine", "Glass Orchard"]
    caps = _lines("Night Loom + Paper Crown", "Streamly+ Originals")
    per_caption, halves = double_bills(caps, [caption_candidate(c) for c in caps])
    assert [c.text for c in halves] == ["Night Loom", "Paper Crown"] and per_caption[1].text == "Streamly+ Originals"


def test_programme_lines_an_entry_with_a_format_after_the_year_keeps_its_sentence_case_title():
    c = caption_candidate(_lines("Le grand voyage (Ivo Brandt, 1961, 35mm)")[0])
    assert (c.text, c.year, c.director) == ("Le grand voyage", 1961, "Ivo Brandt")


def test_programme_lines_a_schedules_layout_headings_are_no_films():
    caps = _lines("Season: Ivo Brandt", DATES[0], "Night Loom (Ivo Brandt, 1971, 35mm)", "Late Owls Club",
                  DATES[1], "Glass Orchard (Ana Ruiz, 1999, DCP)", "Film of the Month", DATES[2],
                  "Paper Crown (Nora Pike, 2004)", "Cold Harbour")
    text = "Ivo Brandt shot it at night. The crew loved Cold Harbour too."
    kept = schedule_headings(caps, [caption_candidate(c) for c in caps], text)
    assert [c.text for c in kept if c is not None] == ["Night Loom", "Glass Orchard", "Paper Crown", "Cold Harbour"]
    # the same lines without a schedule's date lines are left alone
    plain = [c for c in caps if c.text not in DATES]
    assert schedule_headings(plain, [caption_candidate(c) for c in plain], text)[0].text == "Season: Ivo Brandt"


def test_programme_lines_a_release_calendars_bare_title_lines_are_kept():
    caps = _lines(DATES[0], "Night Loom", "Studio | R | Ivo Brandt", DATES[1], "Glass Orchard", DATES[2], "Paper Crown")
    kept = schedule_headings(caps, [caption_candidate(c) for c in caps], "A month of openings.")
    assert [c.text for c in kept if c is not None] == ["Night Loom", "Glass Orchard", "Paper Crown"]


def test_programme_lines_a_pick_label_picks_the_title_line_under_it():
    caps = _lines("Paper Crown (1994)", "Film of the Month", DATES[0], "Paper Crown (Nora Pike, 2004)", before=0)
    caps += _lines(DATES[1], "Night Loom (Ivo Brandt, 1971)", before=30)
    text = "A sad and lovely film.\n\nAnother one, colder."
    paras = paragraphs(text, [22, len(text)])
    titles = {0: "paper crown", 3: "paper crown", 5: "night loom"}
    assert picked_films(text, paras, caps, {}, titles) == ["paper crown"]


PROGRAMME = """What’s On / This Month

Films at the Lantern: March

Happy spring from the Lantern. This month brings a season of heist films and a matinee for families.

Film of the Month

Mon 2 Mar, 19:00 (and daily until Fri 6 Mar)

Glass Orchard(Ana Ruiz, 1999, DCP, 4K restoration)

Two sisters run an orchard under glass and fall out over a stranger.

Season: Heists by Night

Tue 3 Mar, 18:00

Night Loom(Ivo Brandt, 1971, 35mm)

A weaver plans one last theft from the mill that ruined her father.

Tue 10 Mar, 18:00 | Programmer’s pick

Paper Crown(Ivo Brandt, 1974, 35mm)

A forger and a detective share a train, and only one of them leaves it.

Thu 12 Mar, 20:00

Le vent du soir(Ivo Brandt, 1977, 35mm)

Brandt’s last heist is his quietest, a robbery done in the rain.

Family Matinee

Sun 15 Mar, 11:00

Copper Lantern(Nora Pike, 1988, DCP)

A boy and a paper lantern that follows him to school.
"""


@pytest.mark.slow
def test_programme_lines_a_programme_recommends_only_its_picks(nlp):
    art = extract(annotate(clean(Article("programme", "programme.txt", "txt", PROGRAMME)), nlp))
    films = {f.title: (f.role, f.rank, f.year) for f in art.films}
    assert films == {"Glass Orchard": ("recommended", 1, 1999), "Paper Crown": ("recommended", 2, 1974),
                     "Night Loom": ("mentioned", None, 1971), "Le vent du soir": ("mentioned", None, 1977),
                     "Copper Lantern": ("mentioned", None, 1988)}


LISTINGS = """Television / Films This Week

Films on Television: March 2-8

Our weekly guide to the films on broadcast. Make our pick your one recording.

Pick of the week

Glass Orchard (1999)

Two sisters run an orchard under glass and fall out over a stranger.

Monday, Mar. 2

Ivo Brandt directs this tale of a weaver's last theft from the mill that ruined her father.

Tuesday, Mar. 3

Nora Pike directs a forger in Paper Crown (2004), a chase on a train.

Wednesday, Mar. 4

Copper Lantern (1988) follows a boy and a paper lantern to school.
"""


@pytest.mark.slow
def test_programme_lines_a_date_line_closes_the_picked_films_section(nlp):
    art = extract(annotate(clean(Article("listings", "listings.txt", "txt", LISTINGS)), nlp))
    picked = next(f for f in art.films if f.title == "Glass Orchard")
    assert (picked.role, picked.rank, picked.director) == ("recommended", 1, None)


def test_programme_lines_date_lines_left_in_the_text_count_too():
    text = "Friday 6 March – 7.30pm\n\nA weaver plans one last theft.\n\nSat 7 Mar 18:00 & Sun 8 Mar 14:00\n\nMore."
    assert date_line_places(_lines(DATES[0]), text) == [0, 0, text.index("Sat 7")]
    assert is_schedule(_lines(DATES[0]), text)
    assert not is_schedule(_lines(DATES[0]))


@pytest.mark.parametrize(("line", "expected"), [
    ("Sat 3 Jan, 18:00", True),
    ("Thursday, March 3 at 6:45pm", True),
    ("Tues. 14 Jan", True),
    ("Sunset, May 5", False),  # a title that opens with a weekday's letters: no weekday
    ("Monster 5 March", False),
    ("Saturn 3 June", False),
])
def test_programme_lines_a_weekday_is_a_whole_word(line, expected):
    from pipeline.caption_titles import is_weekday_date
    from pipeline.showtimes import DAY_LINE

    assert is_weekday_date(line) is expected
    assert bool(DAY_LINE.match(line.split(",")[0].split()[0])) is expected
