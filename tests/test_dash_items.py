""""Title — blurb" list items whose blurb names a series or a stand-up hour (no spaCy)."""

import pytest

from pipeline.dash_items import item_titles, series_items
from pipeline.titles import Candidate


def _read(text: str, titles: list[str], keep: set[str] = frozenset()) -> dict[str, str]:
    """Text of "\n\n"-separated paragraphs and the film titles in it -> title: kind after series_items."""
    cands, at = [], 0
    for t in titles:
        at = text.index(t, at)
        cands.append(Candidate(at, at + len(t), t, "text"))
        at += len(t)
    bounds, start = [], 0
    for para in text.split("\n\n"):
        bounds.append((start, start + len(para)))
        start += len(para) + 2
    return {c.text: c.kind for c in series_items(text, cands, bounds, keep)[0]}


@pytest.mark.parametrize("blurb", [
    "A new crime series for the week: every episode is up today.",
    "Its best new season yet, with a new episode every Friday.",
    "Season 2 wraps up, and the leads are still the best double act around.",
    "The follow-up docuseries picks up the case years later.",
    "The comic’s third hour of stand-up is the right length for a Sunday.",
    "Two detectives chase a killer across the moors; the finale is streaming now.",
    "Two sisters run a bakery; it has just been renewed for more.",  # a heading section's series words count too
])
def test_dash_items_a_series_blurb_makes_its_title_no_film(blurb):
    assert _read(f"Salt Roads — {blurb}", ["Salt Roads"]) == {"Salt Roads": "other"}


@pytest.mark.parametrize("blurb", [
    "Mara Quint plays a beekeeper who loses her hives in one summer.",
    "The film follows a detective through the first season of a new job.",  # "film" wins over "season"
    "A documentary on the man behind the sketch series everyone watched as a child.",
    "Tom Vane's remake is a series of set pieces strung together.",
    "The surprise of this awards season: a quiet story of two sisters and a kite.",  # the awards season, no show's
    "From the makers of the series everyone watched, in cinemas this Friday.",  # a heading section's film words too
])
def test_dash_items_a_film_blurb_keeps_its_title(blurb):
    assert _read(f"Salt Roads — {blurb}", ["Salt Roads"]) == {"Salt Roads": "film"}


def test_dash_items_every_mention_of_the_series_and_every_part_of_its_title_goes():
    text = ("Night Ferry – Part Two — The follow-up docuseries picks up the case.\n\n"
            "If you liked Night Ferry, try Glass Orchard.")
    titles = ["Night Ferry", "Part Two", "Night Ferry", "Glass Orchard"]
    cands, at = [], 0
    for t in titles:
        at = text.index(t, at)
        cands.append(Candidate(at, at + len(t), t, "text"))
        at += len(t)
    bounds = [(0, text.index("\n\n")), (text.index("\n\n") + 2, len(text))]
    kinds = [(c.text, c.kind) for c in series_items(text, cands, bounds)[0]]  # each mention, the item's own too
    assert kinds == [("Night Ferry", "other"), ("Part Two", "other"), ("Night Ferry", "other"), ("Glass Orchard", "film")]


def test_dash_items_series_words_inside_a_title_or_outside_an_item_do_not_count():
    text = ("Glass Orchard — Mara Quint returns to the valley in The Lost Season.\n\n"
            "Cold Harbour is a series of vignettes about one town.")
    assert _read(text, ["Glass Orchard", "The Lost Season", "Cold Harbour"]) == {
        "Glass Orchard": "film", "The Lost Season": "film", "Cold Harbour": "film"}


def test_dash_items_a_title_its_own_line_names_is_kept():
    assert _read("Salt Roads — The new series of the week.", ["Salt Roads"], keep={"salt roads"}) == {"Salt Roads": "film"}


def test_dash_items_a_series_item_paragraph_opens_no_film_section():
    text = "Glass Orchard — Mara Quint plays a beekeeper.\n\nSalt Roads — The new series of the week."
    cands = [Candidate(0, 13, "Glass Orchard", "text"), Candidate(47, 57, "Salt Roads", "text")]
    assert text[47:57] == "Salt Roads"
    assert series_items(text, cands, [(0, 45), (47, len(text))])[1] == [47]


def _item_titles(text: str, titles: list[str]) -> list[str]:
    """item_titles on `text` with each of `titles` as a text candidate and blank-line paragraphs."""
    cands, at = [], 0
    for t in titles:
        at = text.index(t, at)
        cands.append(Candidate(at, at + len(t), t, "text"))
    bounds, start = [], 0
    for para in text.split("\n\n"):
        bounds.append((start, start + len(para)))
        start += len(para) + 2
    return item_titles(text, cands, bounds)


def test_dash_items_titles_that_open_items_are_read_in_order():
    text = ("Glass Orchard — Mara Quint plays a beekeeper.\n\nWe also liked Salt Roads — a lot.\n\n"
            "2. Cold Harbour—A port town waits for a storm.\n\nNight Ferry opens on Friday.\n\n"
            "3. Paper Moon — Two sisters and a kite.")
    titles = ["Glass Orchard", "Salt Roads", "Cold Harbour", "Night Ferry", "Paper Moon"]
    # the second paragraph opens with a sentence, the fourth has no dash; the third's dash is glued (no item)
    assert _item_titles(text, titles) == ["glass orchard", "paper moon"]


def test_dash_items_a_calendar_entrys_release_date_is_no_blurb():
    text = ("Glass Orchard — March 8 (Northlight)\n\nA beekeeper loses her hives.\n\n"
            "Salt Roads — Fall, date TBA (Streamline)\n\nCold Harbour — A port town waits for a storm.")
    assert _item_titles(text, ["Glass Orchard", "Salt Roads", "Cold Harbour"]) == ["cold harbour"]
