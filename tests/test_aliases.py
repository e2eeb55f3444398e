"""Other titles of one film (pipeline/aliases.py): release titles abroad, home titles, short forms."""

import pytest

from pipeline.aliases import attach_aliases, heading_first, other_titles, short_forms, subtitle_forms, tail_forms


from pipeline.aliases import ampersand_forms, attach_aliases, heading_first, other_titles, short_forms, subtitle_forms, tail_forms
from pipeline.mention_aliases import parenthetical_aliases
from pipeline.record import Film
from pipeline.titles import Candidate


def _cand(text: str, span: str, **kw) -> Candidate:
    start = text.index(span)
    return Candidate(start, start + len(span), span, "text", **kw)


def test_aliases_heading_title_given_second_is_the_title():
    text = "Ito’s Yoru no Kage, released abroad as Night Shadow, is a slow burn."
    cands = parenthetical_aliases(text, [_cand(text, "Yoru no Kage"), _cand(text, "Night Shadow")])
    out = heading_first(cands, {"night shadow"})
    assert [(c.text, c.alias_of) for c in out] == [("Yoru no Kage", "Night Shadow"), ("Night Shadow", None)]


def test_aliases_without_a_heading_the_first_spelling_stays_the_title():
    text = "Ito’s Yoru no Kage, released abroad as Night Shadow, is a slow burn."
    cands = parenthetical_aliases(text, [_cand(text, "Yoru no Kage"), _cand(text, "Night Shadow")])
    assert heading_first(cands, set()) == cands


def test_aliases_release_title_abroad_is_another_title_with_its_foreign_words():
    text = "Released in Finland as Kylma talvi, it is bleaker still. Later Kylma is quoted."
    out = other_titles(text, [_cand(text, "Kylma"), Candidate(text.rindex("Kylma"), text.rindex("Kylma") + 5, "Kylma", "text")], set())
    assert [(c.text, c.kind) for c in out] == [("Kylma talvi", "alias"), ("Kylma", "alias-repeat")]


def test_aliases_home_title_is_another_title():
    text = "His first film was tiny, and Vilnis, as it is called at home, was made by five people."
    assert other_titles(text, [_cand(text, "Vilnis")], set())[0].kind == "alias"


def test_aliases_title_it_was_announced_under_is_another_title():
    text = "It is a portrait of a port town that was announced under its Portuguese title, Cais velho."
    out = other_titles(text, [_cand(text, "Cais")], set())
    assert [(c.text, c.kind) for c in out] == [("Cais velho", "alias")]


@pytest.mark.parametrize("text, title", [
    ("Formerly titled Marsh Light, the comedy has her running a lighthouse.", "Marsh Light"),
    ("The thriller, originally called Saltwater, lost its title in the edit.", "Saltwater"),
])
def test_aliases_a_former_title_is_another_title(text, title):
    assert other_titles(text, [_cand(text, title)], set())[0].kind == "alias"


def test_aliases_remade_as_is_another_film():
    text = "It was remade in Hollywood as Cold Water, with a bigger budget."
    assert other_titles(text, [_cand(text, "Cold Water")], set())[0].kind == "film"


def test_aliases_short_form_before_a_small_word_points_at_the_long_title():
    titles = {"Quiet Days in the Valley", "Storm Run", "Storm Run: Reloaded"}
    out = short_forms([Candidate(0, 10, "Quiet Days", "text"), Candidate(20, 29, "Storm Run", "text")], titles)
    assert [c.alias_of for c in out] == ["Quiet Days in the Valley", None]


def test_aliases_a_mention_that_is_a_headings_own_title_is_no_short_form():
    titles = {"Quiet Days in the Valley", "Quiet Days"}
    cands = [Candidate(0, 10, "Quiet Days", "text")]
    assert short_forms(cands, titles)[0].alias_of == "Quiet Days in the Valley"
    assert short_forms(cands, titles, {"Quiet Days", "Quiet Days in the Valley"})[0].alias_of is None


def test_aliases_short_form_before_a_comma_points_at_the_long_title():
    titles = {"Lost Brother, Where Are You?", "Lost Brotherhood", "Storm Run", "Storm Runner"}
    out = short_forms([Candidate(0, 12, "Lost Brother", "text"), Candidate(20, 29, "Storm Run", "text")], titles)
    assert [c.alias_of for c in out] == ["Lost Brother, Where Are You?", None]  # a longer word is no cut


def test_aliases_last_word_of_a_long_title_points_at_it():
    titles = {"All of Them Wanderers", "Burning Psycho", "Ana Ruiz’s Lantern", "Lantern", "Wanderers"}
    out = tail_forms([Candidate(0, 9, "Wanderers", "text"), Candidate(20, 26, "Psycho", "text"),
                      Candidate(30, 37, "Lantern", "text")], titles)
    assert [c.alias_of for c in out] == ["All of Them Wanderers", None, None]


def test_aliases_attach_to_the_film_of_their_paragraph():
    film = Film(film_id="", title="Current")
    attach_aliases([Candidate(15, 21, "Straum", "text", kind="alias")], [0, 10, 40], {10: film})
    assert film.aliases == ["Straum"]


def test_aliases_title_card_spelling_joins_the_film_it_shortens():
    text = "In Long Rd., as the title card spells it, a girl walks home."
    assert other_titles(text, [Candidate(3, 10, "Long Rd", "text")], set())[0].kind == "alias"
    road, other = Film(film_id="", title="Long Road"), Film(film_id="", title="Current")
    attach_aliases([Candidate(3, 10, "Long Rd", "text", kind="alias")], [0], {0: other}, [road, other])
    assert road.aliases == ["Long Rd"] and other.aliases == []


def _subtitle_pairs(text: str, spans: list[str]) -> list[tuple[str, str | None]]:
    cands = [_cand(text, s) for s in spans]
    return [(c.text, c.alias_of) for c in subtitle_forms(cands, {c.text for c in cands})]


def test_aliases_subtitle_after_a_dash_points_at_the_long_title():
    text = "Night Patrol – The Last Watch opened big. The Last Watch ends the run; Last Watch is long."
    assert _subtitle_pairs(text, ["Night Patrol – The Last Watch", "The Last Watch", "Last Watch"]) == [
        ("Night Patrol – The Last Watch", None), ("The Last Watch", "Night Patrol – The Last Watch"),
        ("Last Watch", "Night Patrol – The Last Watch")]


def test_aliases_subtitle_without_its_numbered_part_points_at_the_long_title():
    text = "Then came Sky Raid: Iron Dawn Part One. It follows Iron Dawn closely."
    assert _subtitle_pairs(text, ["Sky Raid: Iron Dawn Part One", "Iron Dawn"])[1] == ("Iron Dawn", "Sky Raid: Iron Dawn Part One")


def test_aliases_subtitle_of_two_long_titles_and_the_head_stay_films():
    text = "Grey Road – Home Again and Blue Road – Home Again differ. Home Again, Grey Road came first."
    assert _subtitle_pairs(text, ["Grey Road – Home Again", "Blue Road – Home Again", "Home Again", "Grey Road"])[2:] == [
        ("Home Again", None), ("Grey Road", None)]


def test_aliases_head_before_a_series_subtitle_points_at_the_long_title():
    from pipeline.aliases import head_forms

    titles = {"Salt Road: A Wasteland Saga", "Night Ferry: Part Two", "Harbour: A Game of Knives", "Glass Orchard"}
    out = head_forms([Candidate(0, 9, "Salt Road", "text"), Candidate(20, 31, "Night Ferry", "text"),
                      Candidate(40, 47, "Harbour", "text")], titles)
    # "Part Two" numbers a sequel, "A Game of Knives" is a sequel's own name: their heads stay films
    assert [c.alias_of for c in out] == ["Salt Road: A Wasteland Saga", None, None]


def test_aliases_head_before_a_glued_series_subtitle_points_at_the_long_title():
    from pipeline.aliases import head_forms

    # the head is cut at the colon as everywhere else (pipeline.title_parts), space or not
    out = head_forms([Candidate(0, 9, "Salt Road", "text")], {"Salt Road:A Wasteland Saga"})
    assert out[0].alias_of == "Salt Road:A Wasteland Saga"


def test_aliases_an_ampersand_spelling_is_an_alias_of_the_and_spelling():
    text = "First the road trip Salt & Pepper, then a ferry. Later Salt and Pepper again."
    cands = [_cand(text, "Salt & Pepper"), _cand(text, "Salt and Pepper")]
    out = ampersand_forms(cands, {"Salt & Pepper", "Salt and Pepper"}, set())
    assert [(c.text, c.alias_of) for c in out] == [("Salt & Pepper", "Salt and Pepper"), ("Salt and Pepper", None)]


def test_aliases_an_ampersand_heading_keeps_its_spelling():
    text = "Later Salt and Pepper again."
    out = ampersand_forms([_cand(text, "Salt and Pepper")], {"Salt & Pepper", "Salt and Pepper"}, {"Salt & Pepper"})
    assert [(c.text, c.alias_of) for c in out] == [("Salt and Pepper", "Salt & Pepper")]


def test_aliases_titles_that_differ_by_more_than_the_ampersand_stay_apart():
    text = "Salt & Pepper is not Salt and Vinegar."
    out = ampersand_forms([_cand(text, "Salt & Pepper")], {"Salt & Pepper", "Salt and Vinegar"}, set())
    assert out[0].alias_of is None


def test_aliases_a_bracket_of_names_before_a_year_is_the_films_makers_not_another_title():
    text = "Glass Orchard (Mara Quint and Ivo Brandt, 1943) loops. Night Loom (Copper Lantern, 1961) too."
    cands = parenthetical_aliases(text, [_cand(text, t) for t in ("Glass Orchard", "Mara Quint and Ivo Brandt",
                                                                   "Night Loom", "Copper Lantern")])
    assert [(c.kind, c.alias_of) for c in cands] == [("film", None), ("person", None), ("film", None),
                                                     ("film", "Night Loom")]


def test_aliases_short_forms_a_longer_title_that_is_the_same_words_plus_a_space_is_no_crash():
    from pipeline.aliases import short_forms
    from pipeline.titles import Candidate
    c = Candidate(0, 13, "Given Surname", "text")
    assert short_forms([c], {"Given Surname ", "Given Surname in the Rain"})[0].alias_of == "Given Surname in the Rain"
    assert short_forms([c], {"Given Surname "})[0].alias_of is None


def test_aliases_a_short_form_a_heading_names_whole_is_its_own_film():
    titles = {"Quiet Days", "Quiet Days in the Valley"}
    cand = Candidate(0, 10, "Quiet Days", "text")
    assert short_forms([cand], titles)[0].alias_of == "Quiet Days in the Valley"
    assert short_forms([cand], titles, frozenset({"Quiet Days"}))[0].alias_of is None  # "Sun 01 Quiet Days 1963 ★★★"
