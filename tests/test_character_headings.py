"""Entry headings that name a character before the film, and the characters they name."""

import pytest

from pipeline.caption_titles import caption_candidate
from pipeline.character_headings import character_commas, character_like, heading_characters, possessed_characters
from pipeline.record import Caption
from pipeline.titles import Candidate


def _headings(*texts):
    return [Caption(0, len(t), t, "heading", 10 * i) for i, t in enumerate(texts)]


def _titles(caps):
    return [c.text if c else None for c in character_commas(caps, [caption_candidate(c) for c in caps])]


def test_character_headings_a_run_splits_the_character_off_every_entry():
    caps = _headings("1. Ana Ruiz, Cold Harbour (2019)", "2. The Ferryman, Night Loom (2008)",
                     "3. Tom Vane, Glass Orchard (1985)", "4. Nurse Quell, The Long Pier (1975)",
                     "5. Tom the Tinker, Marrow Lane (2002)", "6. Mara Lind, Salt Road (1999)")
    assert _titles(caps) == ["Cold Harbour", "Night Loom", "Glass Orchard", "The Long Pier", "Marrow Lane", "Salt Road"]


def test_character_headings_a_lone_comma_title_stays_whole():
    caps = _headings("1. Cold, Dark, Deep (2011)", "2. Night Loom (2008)", "3. Glass Orchard (1985)",
                     "4. Goodnight, Harbour (2014)")
    assert _titles(caps) == ["Cold, Dark, Deep", "Night Loom", "Glass Orchard", "Goodnight, Harbour"]


def test_character_headings_two_commas_never_split_in_a_run():
    caps = _headings("1. Ana Ruiz, Cold Harbour (2019)", "2. Tom Vane, Glass Orchard (1985)",
                     "3. Cold, Dark, Deep (2011)")
    assert _titles(caps)[2] == "Cold, Dark, Deep"


def test_character_headings_title_first_run_keeps_the_part_before():
    caps = _headings("1. Cold Harbour, Ana Ruiz (2019)", "2. Glass Orchard, Tom Vane (1985)",
                     "3. Night Loom, The Ferryman (2008)")
    assert _titles(caps) == ["Cold Harbour", "Glass Orchard", "Night Loom"]


def test_character_headings_two_names_in_a_dated_heading_are_character_and_title():
    # both parts read as names: the dated heading is still "Character, Title", not a photo of two people
    cand = caption_candidate(Caption(0, 30, "4. Hobb Quillane, Velmont Dask (2009)", "heading", 0))
    assert cand is not None and cand.text == "Velmont Dask" and cand.rank == 4


@pytest.mark.parametrize("span, like", [("The Ferryman", True), ("Tom the Tinker", True), ("Nurse Quell", True),
                                        ("Agent 47", False), ("a quiet man", False), ("One Two Three Four Five", False)])
def test_character_headings_character_like(span, like):
    assert character_like(span) is like


def test_character_headings_possessed_character_is_no_film():
    caps = _headings("1. Ana Ruiz, Cold Harbour (2019)", "2. The Ferryman, Night Loom (2008)",
                     "3. Tom Vane, Glass Orchard (1985)")
    chars = heading_characters(caps, character_commas(caps, [caption_candidate(c) for c in caps]))
    assert chars == {"Ana Ruiz", "Tom Vane", "The Ferryman", "Ferryman"}
    text = "Tom Vane’s Ferryman never blinks. Later he won an award for Ferryman itself."
    cands = [Candidate(11, 20, "Ferryman", "text"), Candidate(60, 68, "Ferryman", "text")]
    out = possessed_characters(text, cands, chars)
    assert [c.kind for c in out] == ["character", "film"]


def test_character_headings_dash_and_undated_runs_split_too():
    caps = _headings("1. Ana Ruiz – Cold Harbour (2019)", "2. Tom Vane – Glass Orchard (1985)",
                     "3. The Ferryman – Night Loom (2008)")
    assert _titles(caps) == ["Cold Harbour", "Glass Orchard", "Night Loom"]
    caps = _headings("1. Ana Ruiz, Cold Harbour", "2. Tom Vane, Glass Orchard", "3. The Ferryman, Night Loom")
    assert _titles(caps) == ["Cold Harbour", "Glass Orchard", "Night Loom"]


def test_character_headings_a_subtitle_or_part_is_never_split_off():
    caps = _headings("1. Ana Ruiz, Cold Harbour", "2. Tom Vane, Glass Orchard", "3. Lantern: A Northern Saga – Part 1",
                     "4. Night Loom – Vol. 2", "5. Mara Lind, Salt Road")
    assert _titles(caps)[2:4] == ["Lantern: A Northern Saga – Part 1", "Night Loom – Vol. 2"]
