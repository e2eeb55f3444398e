"""Whether a stretch of text speaks of a series and no film (pipeline/series_words.py, no spaCy)."""

import pytest

from pipeline.series_words import film_words, speaks_of_series


@pytest.mark.parametrize("text, blurb, series", [
    ("New episodes arrive on Sundays.", False, True),
    ("A limited series about a lighthouse keeper.", False, True),
    ("The limited series is shot like the film it wants to be.", False, False),  # "the film" wins
    ("Every episode of this series is up today.", False, False),  # bare words: a section may use them of other works
    ("Every episode of this series is up today.", True, True),  # ... a blurb speaks of its own item
    ("Season 3 wraps up on a cliffhanger.", True, True),  # a numbered season
    ("Season 3 wraps up on a cliffhanger.", False, False),
    ("The series finale of a movie about a sitcom.", True, False),  # "movie" counts in a blurb
    ("Its showrunners return, and it is renewed for more.", True, True),  # a section's words count in a blurb too
    ("A new series, in cinemas this Friday.", True, False),  # ... and so do its film words
])
def test_speaks_of_series_reads_a_section_or_a_blurb(text, blurb, series):
    assert speaks_of_series(text, blurb=blurb) is series


def test_speaks_of_series_leaves_out_the_cues_a_caller_ignores():
    # a film cue inside a title ("Film" of "Film Night") does not count when the caller says so
    text = "Every new episode is a gem; Film Night is the best."
    assert not speaks_of_series(text, blurb=True)
    film_night = (text.index("Film Night"), text.index("Film Night") + len("Film Night"))
    assert speaks_of_series(text, blurb=True, ignore=lambda m: film_night[0] <= m.start() < film_night[1])


def test_speaks_of_series_reads_only_between_start_and_end():
    text = "New episodes arrive on Sundays. The film opens Friday."
    assert speaks_of_series(text, 0, text.index(" The film"))
    assert not speaks_of_series(text)


def test_film_words_of_a_blurb_include_the_section_words():
    assert film_words().search("out in cinemas now") and not film_words().search("a movie")
    assert film_words(blurb=True).search("out in cinemas now") and film_words(blurb=True).search("a movie")


@pytest.mark.parametrize("text, series", [
    ("Not a film, but the best new series of the month: every episode is up.", True),  # a film word denied
    ("It isn’t a movie at all: eight episodes, one a week.", True),
    ("Name Surname’s four-part documentary series is still in the top ten.", True),  # a series' kind
    ("A documentary about the series that made her, in cinemas now.", False),  # a film word that is one
])
def test_speaks_of_series_a_denied_film_word_or_a_series_kind_is_no_film_cue(text, series):
    assert speaks_of_series(text, blurb=True) is series
