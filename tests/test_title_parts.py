import pytest

from pipeline.title_parts import title_parts


@pytest.mark.parametrize("title, last, parts", [
    ("Glass Orchard: The Long Night", False, ("Glass Orchard", "The Long Night")),
    ("Glass Orchard:The Long Night", False, ("Glass Orchard", "The Long Night")),  # a colon glued to its subtitle
    ("Salt Road: Part Two: The Return", False, ("Salt Road", "Part Two: The Return")),  # the first colon
    ("Salt Road: Part Two: The Return", True, ("Salt Road: Part Two", "The Return")),  # the last one
    ("Salt Road: Ashes – The Last Stand", True, ("Salt Road: Ashes", "The Last Stand")),  # a spaced dash
    ("Salt Road – The Last Stand", False, None),  # only a colon makes a head by default
    ("Salt Road:The Return", True, None),  # the last separator has a space after its colon
    ("Night-Ferry Blues", True, None),  # an unspaced hyphen is part of a word
    ("Night Ferry", False, None),
])
def test_title_parts_split_a_title_into_head_and_subtitle(title, last, parts):
    assert title_parts(title, last=last) == parts
