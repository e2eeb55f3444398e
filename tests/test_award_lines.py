"""Award nominee lists: category headings, directing and television categories (no spaCy)."""

import pytest

from pipeline.award_lines import nominee_categories, paren_nominees, series_mentions, winner_lines, winner_paragraphs
from pipeline.caption_titles import caption_candidate
from pipeline.record import Caption
from pipeline.titles import Candidate


def _lines(texts: list[str], before: int = 40) -> list[Caption]:
    """Caption lines moved out of the text at one place (the same `before`)."""
    return [Caption(0, len(t), t, "caption", before) for t in texts]


def _read(caps: list[Caption]):
    return nominee_categories(caps, [caption_candidate(c) for c in caps])


def test_award_lines_television_category_entries_are_no_films():
    caps = _lines(["Best Drama Feature", "Glass Orchard", "Cold Harbour",
                   "Best Television Series – Drama", "Salt Roads (HBO)", "The Lantern Keepers (Netflix)",
                   "Best Animated Feature", "Paper Moons"])
    out, series = _read(caps)
    assert [c.text for c in out if c is not None] == ["Glass Orchard", "Cold Harbour", "Paper Moons"]
    assert series == {"salt roads", "the lantern keepers"}


@pytest.mark.parametrize("heading", ["Best Miniseries", "Best Sitcom", "Best Limited Series"])
def test_award_lines_every_television_category_word_makes_a_category(heading):
    out, series = _read(_lines([heading, "Salt Roads", "The Lantern Keepers"]))
    assert [c for c in out if c is not None] == [] and series == {"salt roads", "the lantern keepers"}


def test_award_lines_a_category_ends_where_text_stands_between():
    caps = _lines(["Best Limited Series", "Salt Roads"]) + _lines(["Glass Orchard"], before=900)
    out, series = _read(caps)
    assert [c.text if c else None for c in out] == [None, None, "Glass Orchard"]
    assert series == {"salt roads"}


def test_award_lines_names_under_a_directing_category_are_directors():
    caps = _lines(["Best Director – Motion Picture", "Mara Quint – Glass Orchard",
                   "Best Actress in a Motion Picture", "Ana de Vela–Cold Harbour"])
    out, _ = _read(caps)
    assert [(c.text, c.director, c.cast) for c in out if c is not None] == [
        ("Glass Orchard", "Mara Quint", None), ("Cold Harbour", None, "Ana de Vela")]


def _mentions(text: str, titles: list[str]) -> list[Candidate]:
    return [Candidate(text.index(t), text.index(t) + len(t), t, "text") for t in titles]


@pytest.mark.parametrize("text, titles, gone", [
    ("On television, Salt Roads, The Lantern Keepers and Night Ferry were all nominated for best series.",
     ["Salt Roads", "The Lantern Keepers", "Night Ferry"], {"Salt Roads", "The Lantern Keepers", "Night Ferry"}),
    ("Night Ferry won best drama series, while Glass Orchard took best picture.",
     ["Night Ferry", "Glass Orchard"], {"Night Ferry"}),
    ("Glass Orchard was nominated for best film series of the year.", ["Glass Orchard"], set()),  # a film series
    ("Glass Orchard and Cold Harbour were nominated for best picture.", ["Glass Orchard", "Cold Harbour"], set()),
    ("Glass Orchard won Best in Show at the county fair.", ["Glass Orchard"], set()),  # a prize, but no series
])
def test_award_lines_titles_given_a_series_prize_are_no_films(text, titles, gone):
    out = series_mentions(text, _mentions(text, titles), set(), set())
    assert {c.text for c in out if c.kind == "other"} == gone


def test_award_lines_a_television_category_title_is_no_film_in_the_text_unless_a_film_line_names_it():
    text = "Salt Roads leads the drama race, and Glass Orchard leads the film race."
    cands = _mentions(text, ["Salt Roads", "Glass Orchard"])
    assert [c.kind for c in series_mentions(text, cands, {"salt roads", "glass orchard"}, {"glass orchard"})] == [
        "other", "film"]


def test_award_lines_a_run_of_name_and_bracketed_title_lines_gives_the_titles():
    caps = _lines(["Best Actor", "Tom Vane (Glass Orchard)", "Ivo Brandt (Cold Harbour)",
                   "Best Director", "Mara Quint (Salt Roads)", "Ana de Vela (Paper Moons)"])
    out = paren_nominees(caps, [caption_candidate(c) for c in caps])
    out, _ = nominee_categories(caps, out)
    assert [(c.text, c.cast, c.director) for c in out if c is not None] == [
        ("Glass Orchard", "Tom Vane", None), ("Cold Harbour", "Ivo Brandt", None),
        ("Salt Roads", None, "Mara Quint"), ("Paper Moons", None, "Ana de Vela")]


def test_award_lines_a_lone_name_and_bracket_line_is_left_alone():
    caps = _lines(["Tom Vane (Left)", "Glass Orchard"])  # a photo caption, not a nominee run
    read = [caption_candidate(c) for c in caps]
    assert paren_nominees(caps, read) == read


def test_award_lines_a_run_of_title_and_year_lines_keeps_the_titles():
    caps = _lines(["Harbour Lights: Julian (2017)", "Harbour Lights: Exodus (2024)"])  # a release-order list
    read = [caption_candidate(c) for c in caps]
    assert [(c.text, c.year) for c in paren_nominees(caps, read)] == [
        ("Harbour Lights: Julian", 2017), ("Harbour Lights: Exodus", 2024)]


@pytest.mark.parametrize("line, expected", [
    ("Best Picture — Glass Orchard", ("Glass Orchard", None, None)),
    ("Best Picture: Glass Orchard", ("Glass Orchard", None, None)),
    ("Best Director — Mara Quint (Cold Harbour)", ("Cold Harbour", "Mara Quint", None)),
    ("Best Supporting Actress — Ana de Vela (Salt Roads)", ("Salt Roads", None, "Ana de Vela")),
    ("Best Adapted Screenplay — Tom Vane and Ivo Brandt (Paper Moons)", ("Paper Moons", None, None)),  # writers: no cast
    ("Best Foreign Language Film — Night Ferry (Norway)", ("Night Ferry", None, None)),
    ("Best Original Song — “Lanterns Over Water” (Glass Orchard)", ("Glass Orchard", None, None)),
    ("Best Documentary Feature — A.B.: The Long Road", ("A.B.: The Long Road", None, None)),
    ("Best Motion Picture – Drama – Cold Harbour", ("Cold Harbour", None, None)),
    ("Winner: Ana de Vela, Salt Roads", ("Salt Roads", None, None)),
    ("Winner: Night Ferry, Best Foreign Language Film", ("Night Ferry", None, None)),
    ("Best Actor: Tom Vane", None),  # a person won: the line names no film
    ("Best Motion Picture – Drama", None),  # a category alone
    ("Best Picture: Who Will Win", None),  # a heading on the race
    ("Best Actress — The Contenders", None),
])
def test_award_lines_a_winners_line_names_the_film_that_won(line, expected):
    caps = _lines([line])
    (c,) = winner_lines(caps, [caption_candidate(cap) for cap in caps])
    assert (c.text, c.director, c.cast) == expected if expected else c is None


def test_award_lines_other_labelled_lines_are_left_alone():
    caps = _lines(["Best Deal of the Week: Glass Orchard", "Tip: Cold Harbour"])
    before = [caption_candidate(cap) for cap in caps]
    assert winner_lines(caps, before) == before


def test_award_lines_a_lone_winner_line_heads_its_paragraph():
    caps = [Caption(0, 9, "9:05 p.m. ET", "timestamp", 100), Caption(0, 9, "Winner: Ana de Vela, Salt Roads", "caption", 100),
            Caption(0, 9, "Best Picture — Glass Orchard", "caption", 40), Caption(0, 9, "Best Director — Mara Quint (Cold Harbour)", "caption", 40),
            Caption(0, 9, "Best Picture: Night Ferry", "caption", 300)]
    per = winner_lines(caps, [caption_candidate(c) for c in caps])
    found = winner_paragraphs(caps, per, {40, 100})  # the list at 40 holds two lines; nothing starts at 300
    assert {at: c.text for at, c in found.items()} == {100: "Salt Roads"}
