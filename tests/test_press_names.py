"""Outlets of quote attributions and networks' series are no films (pipeline/press_names.py)."""

import pytest

from pipeline.press_names import press_names
from pipeline.titles import Candidate


def _kind(text: str, span: str, markers=frozenset()) -> str:
    start = text.index(span)
    return press_names(text, [Candidate(start, start + len(span), span, "text")], set(markers))[0].kind


@pytest.mark.parametrize("text, span, kind", [
    # a pull quote's attribution: "— Critic, Outlet", a rating in brackets or nothing after it
    ("“It soars and never lands.” — Ana Ruiz-Vane, Harbour Weekly\n\nMore text.", "Harbour Weekly", "other"),
    ("“It soars.” — Tom Vane, The Lantern Review (★★½)\n\nMore text.", "The Lantern Review", "other"),
    ("It soars. – Tom Vane, Lantern (grade: B+)", "Lantern", "other"),
    # a title in the quote itself, or prose after the outlet, is another matter
    ("“Like Glass Orchard, it soars.” — Tom Vane, Lantern", "Glass Orchard", "film"),
    ("Tom Vane, who loved it, compared it to Glass Orchard and wept.", "Glass Orchard", "film"),
    ("“It soars.” — Tom Vane, writing about Glass Orchard for us.", "Glass Orchard", "film"),
    # a network and the kind of its work right before the title: a series
    ("Fans of his HBO comedy Tall Stories should not expect laughs.", "Tall Stories", "other"),
    ("She starred in the BBC’s drama Low Tide for six years.", "Low Tide", "other"),
    ("Fans of his 2002 HBO documentary Tall Stories will know it.", "Tall Stories", "film"),
    ("Fans of his comedy Tall Stories should expect laughs.", "Tall Stories", "film"),
])
def test_press_names_outlets_and_network_series_are_no_films(text, span, kind):
    assert _kind(text, span) == kind


@pytest.mark.parametrize("text, kind", [
    # a long line (no line break within reach): the attribution is read back to the comma before the name
    ("x " * 400 + "Prose, and more. “It soars.” — Ana Ruiz, Harbour Weekly", "other"),
    ("x " * 400 + "Prose, and more. “It soars.” — Ana Ruiz,\tHarbour Weekly (★★)", "other"),
    ("x " * 400 + "Prose, and more. “It soars.” — Ana Ruiz of the desk, Harbour Weekly", "film"),
    ("x " * 400 + "Prose, and more. “It soars.” — Ana Ruiz Harbour Weekly", "film"),  # no comma before it
])
def test_press_names_an_attribution_at_the_end_of_a_long_line(text, kind):
    assert _kind(text, "Harbour Weekly") == kind


def test_press_names_a_heading_title_stays_a_film():
    text = "Fans of his HBO comedy Tall Stories should not expect laughs."
    assert _kind(text, "Tall Stories", {"tall stories"}) == "film"
