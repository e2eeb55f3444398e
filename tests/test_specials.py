"""Specials listed like films: lines the text calls a stand-up or television special name no film."""

import pytest

from pipeline.caption_titles import caption_candidate
from pipeline.mentions import classify
from pipeline.record import Caption
from pipeline.specials import special_lines
from pipeline.titles import Candidate


def _cands(caps):
    return [caption_candidate(c) for c in caps]


def test_specials_a_comedians_list_line_the_text_calls_a_special_is_no_film():
    text = "Fans should catch Ana Ruiz’s breakout special Night Loom before it goes. Cold Harbour is a thriller."
    caps = [Caption(0, 1, "Ana Ruiz: Night Loom (2016)", "caption", 0), Caption(0, 1, "Cold Harbour (2015)", "caption", 0)]
    out, headings = special_lines(text, caps, _cands(caps))
    assert [c.text if c else None for c in out] == [None, "Cold Harbour"] and headings == []  # a list line, no heading


def test_specials_a_line_the_text_never_calls_a_special_stays():
    text = "Fans should catch Night Loom before it goes; it is a special film."
    caps = [Caption(0, 1, "Ana Ruiz: Night Loom (2016)", "caption", 0)]
    assert special_lines(text, caps, _cands(caps))[0][0].text == "Ana Ruiz: Night Loom"


@pytest.mark.parametrize("section, kept", [
    ("It runs 25 minutes, so strictly speaking this one is a TV special, not a movie, but we love it.", False),
    ("It began life as a novel; the film improves on the TV special of 1970.", True),
])
def test_specials_a_numbered_heading_whose_section_says_tv_special_is_no_film(section, kept):
    text = f"Intro.\n\n{section}\n\nNext entry text."
    caps = [Caption(0, 1, "4. Gourd Night (1966)", "heading", 8),
            Caption(0, 1, "5. Cold Harbour (2015)", "heading", 10 + len(section))]
    out, headings = special_lines(text, caps, _cands(caps))
    assert (out[0] is not None) == kept and out[1].text == "Cold Harbour"
    assert headings == ([] if kept else [8])  # the special's heading opens a section of no film


def test_specials_a_text_mention_right_after_special_is_no_film():
    text = "Catch her breakout special Night Loom tonight."
    at = text.index("Night")
    c = classify(text, Candidate(at, at + 10, "Night Loom", "markup"), [], set())
    assert c.kind == "other"
