"""A bare head right after its subtitled title in one sentence names the series (no spaCy)."""

import pytest

from pipeline.series_heads import series_heads
from tests.test_title_marks import _films as _cands  # candidates at the spans, in order


@pytest.mark.parametrize("text, kind", [
    ("As the pilot in Glass Orchard: The Long Night (2015), he brought back the swagger Glass Orchard had lacked.", "franchise"),
    ("Ruiz’s Glass Orchard: The Long Night finished what her 2011 Glass Orchard started.", "film"),  # dated: a film
    ("Ruiz’s Glass Orchard: The Long Night beats Ana Ruiz’s Glass Orchard.", "film"),  # owned: a film
    ("He was in Glass Orchard: The Long Night, Glass Orchard and Cold Harbour.", "film"),  # listed: a film
    ("He starred in Glass Orchard: The Long Night. Later Glass Orchard had lacked a lead.", "film"),  # another sentence
    ("He starred in Glass Orchard: The Long Night\n\nGlass Orchard had lacked a lead.", "film"),  # another paragraph
])
def test_series_heads_a_bare_head_after_its_subtitled_title(text, kind):
    out = series_heads(text, _cands(text, "Glass Orchard: The Long Night", "Glass Orchard"), set())
    assert out[0].kind == "film" and out[1].kind == kind


def test_series_heads_a_head_a_heading_names_stays_a_film():
    text = "As the pilot in Glass Orchard: The Long Night (2015), he brought back the swagger Glass Orchard had lacked."
    out = series_heads(text, _cands(text, "Glass Orchard: The Long Night", "Glass Orchard"), {"glass orchard"})
    assert out[1].kind == "film"
