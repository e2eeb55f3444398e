"""Unit tests of pipeline/scoring.py on tiny hand-made inputs (no spaCy, no files)."""

from __future__ import annotations

import pytest

from pipeline import scoring
from pipeline.baselines import split_offsets
from pipeline.record import Correction, Film


def insert(at: int) -> Correction:
    return Correction(at, at, "", " ", "test")


def film(title, aliases=(), role="mentioned", rank=None, year=None, director=None, themes=()):
    return Film(film_id=title, title=title, aliases=list(aliases), role=role, rank=rank, year=year,
                director=director, themes=[{"name": t} for t in themes])


def gold(title, aliases=(), role="mentioned", rank=None, year=None, director=None, cast=(), themes=()):
    return {"title": title, "aliases": list(aliases), "role": role, "rank": rank, "year_text": year,
            "director_text": director, "cast_text": list(cast), "themes": list(themes)}


# --- boundaries ---------------------------------------------------------------------------


@pytest.mark.parametrize(("raw", "clean", "expected"), [
    ("theJohn Wickworld", "the John Wick world", {3, 11}),
    ("today.The end", "today. The end", {6}),
    ("One\n\nTwo", "One Two", set()),  # a block break is whitespace on both sides
    ("Heat’s", "Heat’s", set()),
    ("  aB", "a B", {1}),  # leading whitespace is not a boundary
])
def test_gold_boundaries_found_where_only_clean_has_space(raw, clean, expected):
    assert scoring.gold_boundaries(raw, clean) == expected


def test_gold_boundaries_reject_texts_that_differ_beyond_whitespace():
    with pytest.raises(ValueError):
        scoring.gold_boundaries("theJohn", "the Jon")


@pytest.mark.parametrize(("raw", "corrections", "expected"), [
    ("theJohn", [insert(3)], {3}),
    ("a theJohn", [insert(5)], {4}),  # index counts non-space characters only
    ("the John", [insert(3)], set()),  # raw already has a space before J
    ("theJohn", [Correction(0, 3, "the", "a", "x")], set()),  # not an insertion
    ("theJohn", [Correction(3, 3, "", "\n", "x")], set()),  # not a single space
    ("theJohn", [insert(0), insert(7)], set()),  # text edges are never boundaries
])
def test_predicted_boundaries_count_space_insertions(raw, corrections, expected):
    assert scoring.predicted_boundaries(raw, corrections) == expected


def test_score_boundaries_lists_false_splits_and_misses_with_context():
    raw = "theJohn Wickworld"
    out = scoring.score_boundaries(raw, gold={3, 11}, predicted={3, 5})
    assert (out["tp"], out["fp"], out["fn"]) == (1, 1, 1)
    assert out["false_splits"] == ["theJo|hn Wickworld"]
    assert out["misses"] == ["theJohn Wick|world"]


@pytest.mark.parametrize(("raw", "k", "width", "expected"), [
    ("ab\ncd", 2, 2, "b¶|cd"),  # width counts raw characters, newline included
    ("abcdef", 3, 1, "c|d"),
])
def test_context_marks_boundary_and_newlines(raw, k, width, expected):
    assert scoring.context(raw, k, width) == expected


@pytest.mark.parametrize(("counts", "expected"), [
    ((1, 1, 0), (0.5, 1.0, 0.6667)),
    ((0, 0, 0), (0.0, 0.0, 0.0)),
    ((0, 2, 3), (0.0, 0.0, 0.0)),
    ((3, 0, 1), (1.0, 0.75, 0.8571)),
])
def test_prf_rates_from_counts(counts, expected):
    out = scoring.prf(*counts)
    assert (out["precision"], out["recall"], out["f1"]) == expected


@pytest.mark.parametrize(("parts", "expected"), [
    ([scoring.prf(1, 0, 1), scoring.prf(2, 1, 0)], scoring.prf(3, 1, 1)),
    ([scoring.accuracy(1, 2), scoring.accuracy(3, 3)], scoring.accuracy(4, 5)),
])
def test_merge_sums_counts(parts, expected):
    assert scoring.merge(parts) == expected


# --- films ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("predicted", "golds", "expected"), [
    ([film("Heat")], [gold("Heat")], [(0, 0)]),
    ([film("HEAT!")], [gold("Heat")], [(0, 0)]),  # normalised
    ([film("Rambo")], [gold("First Blood", aliases=["Rambo"])], [(0, 0)]),  # gold alias
    ([film("Kill Bill Vol 1", aliases=["Kill Bill: Vol. 1"])], [gold("Kill Bill: Vol. 1")], [(0, 0)]),  # predicted alias
    ([film("Heat"), film("Heat")], [gold("Heat")], [(0, 0)]),  # each gold film once
    ([film("Suspiria", year=2018)], [gold("Suspiria", year=1977), gold("Suspiria", year=2018)], [(0, 1)]),
    ([film("Heat")], [gold("Ronin")], []),
])
def test_match_films_by_normalised_title_or_alias(predicted, golds, expected):
    assert scoring.match_films(predicted, golds) == expected


def test_score_films_counts_and_lists_errors():
    out = scoring.score_films([film("Heat"), film("Al Pacino")], [gold("Heat"), gold("Ronin")])
    assert (out["tp"], out["fp"], out["fn"]) == (1, 1, 1)
    assert out["false_films"] == ["Al Pacino"] and out["missed_films"] == ["Ronin"]


def test_score_roles_compares_role_and_rank_of_matched_films():
    predicted = [film("A", role="recommended", rank=1), film("B", role="recommended", rank=3)]
    golds = [gold("A", role="recommended", rank=1), gold("B", role="mentioned")]
    out = scoring.score_roles(predicted, golds, scoring.match_films(predicted, golds))
    assert out["role"] == scoring.accuracy(1, 2) and out["rank"] == scoring.accuracy(1, 2)


@pytest.mark.parametrize(("pred_year", "gold_year", "counts"), [
    (1995, 1995, (1, 0, 0)),
    (1995, "1995", (1, 0, 0)),
    (1995, None, (0, 1, 0)),  # a year the article does not state is a false positive
    (1996, 1995, (0, 1, 1)),
    (None, 1995, (0, 0, 1)),
    (None, None, (0, 0, 0)),
])
def test_score_years_against_year_text(pred_year, gold_year, counts):
    predicted, golds = [film("Heat", year=pred_year)], [gold("Heat", year=gold_year)]
    out = scoring.score_years(predicted, golds, scoring.match_films(predicted, golds))
    assert (out["tp"], out["fp"], out["fn"]) == counts


def test_score_years_recall_counts_missed_films():
    golds = [gold("Heat", year=1995), gold("Ronin", year=1998)]
    out = scoring.score_years([film("Heat", year=1995)], golds, [(0, 0)])
    assert (out["tp"], out["fp"], out["fn"]) == (1, 0, 1)


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Michael Mann", "Michael Mann", True),
    ("Fukunaga", "Cary Joji Fukunaga", True),
    ("Park Chan-wook", "Park", True),
    ("Park Chan-wook", "Park Chan wook", True),
    ("MICHAEL MANN", "michael mann", True),
    ("Michael Mann", "Michael Bay", False),
    ("Mann", "Manning", False),
    (None, "Michael Mann", False),
    ("", "", False),
])
def test_names_match_leniently(a, b, expected):
    assert scoring.names_match(a, b) is expected


@pytest.mark.parametrize(("pred", "truth", "counts"), [
    ("Mann", "Michael Mann", (1, 0, 0)),
    ("Al Pacino", "Michael Mann", (0, 1, 1)),
    (None, "Michael Mann", (0, 0, 1)),
    ("Michael Mann", None, (0, 1, 0)),
])
def test_score_directors_against_director_text(pred, truth, counts):
    predicted, golds = [film("Heat", director=pred)], [gold("Heat", director=truth)]
    out = scoring.score_directors(predicted, golds, scoring.match_films(predicted, golds))
    assert (out["tp"], out["fp"], out["fn"]) == counts


@pytest.mark.parametrize(("director", "flagged"), [
    ("Al Pacino", True),  # cast of a gold film
    ("Pacino", True),
    ("Dante Spinotti", True),  # people_not_directors
    ("Michael Mann", False),
    ("Clint Eastwood", False),  # in a cast, but the gold director of this very film
])
def test_actors_as_directors_lists_cast_and_non_directors(director, flagged):
    doc = {"people_not_directors": ["Dante Spinotti"],
           "films": [gold("Heat", director="Michael Mann", cast=["Al Pacino"]),
                     gold("Unforgiven", director="Clint Eastwood", cast=["Clint Eastwood"])]}
    title = "Unforgiven" if director == "Clint Eastwood" else "Heat"
    predicted = [film(title, director=director)]
    out = scoring.actors_as_directors(predicted, doc, scoring.match_films(predicted, doc["films"]))
    assert out == ([{"film": title, "director": director}] if flagged else [])


@pytest.mark.parametrize(("name", "key"), [
    ("Female-led  Action", "female led action"),
    ("coming_of_age", "coming of age"),
    ("revenge", "revenge"),
])
def test_theme_key_is_lenient(name, key):
    assert scoring.theme_key(name) == key


@pytest.mark.parametrize(("pred_themes", "strict", "counts"), [
    (["Revenge", "female_led action"], False, (2, 0, 1)),
    (["revenge", "heist"], True, (1, 1, 2)),  # whole phrases only: "heist" is not "heist-gone-wrong"
    (["revenge", "heist"], False, (2, 0, 1)),  # whole words inside a gold phrase count
    (["revenge", "hei"], False, (1, 1, 2)),  # never a part of a word
    ([], False, (0, 0, 3)),
])
def test_score_themes_against_gold_themes(pred_themes, strict, counts):
    predicted = [film("Heat", themes=pred_themes)]
    golds = [gold("Heat", themes=["revenge", "female-led action", "heist-gone-wrong"])]
    out = scoring.score_themes(predicted, golds, scoring.match_films(predicted, golds), strict=strict)
    assert (out["tp"], out["fp"], out["fn"]) == counts
    assert out["predicted"] == len(pred_themes)


# --- taxonomy themes ------------------------------------------------------------------------

# horror > supernatural > ghost; crime > heist; revenge stands alone
PARENTS = {"horror": None, "supernatural": "horror", "ghost": "supernatural", "crime": None, "heist": "crime",
           "revenge": None}


@pytest.mark.parametrize(("theme_id", "chain"), [
    ("ghost", ["supernatural", "horror"]),
    ("horror", []),
    ("unknown", []),
])
def test_ancestors_follow_the_parent_chain(theme_id, chain):
    assert scoring.ancestors(theme_id, PARENTS) == chain


def test_ancestors_stop_on_a_cycle():
    assert scoring.ancestors("a", {"a": "b", "b": "a"}) == ["b"]


@pytest.mark.parametrize(("pred_ids", "gold_ids", "counts"), [  # (right, wrong, gold found, gold missed)
    (["ghost", "revenge"], ["ghost", "revenge"], (2, 0, 2, 0)),  # exact ids
    (["horror"], ["ghost"], (1, 0, 0, 1)),  # an ancestor of a gold id is right, but does not find it
    (["supernatural", "horror"], ["ghost"], (2, 0, 0, 1)),  # every ancestor counts as right
    (["ghost"], ["horror"], (0, 1, 1, 0)),  # a descendant finds the gold id but is itself no gold id
    (["ghost"], ["horror", "ghost"], (1, 0, 2, 0)),  # found: ghost itself, horror through its descendant
    (["heist"], ["ghost"], (0, 1, 0, 1)),  # another branch
    (["crime"], ["revenge"], (0, 1, 0, 1)),
    ([], ["revenge"], (0, 0, 0, 1)),
    (["revenge"], [], (0, 1, 0, 0)),
])
def test_score_taxonomy_themes_with_ancestors(pred_ids, gold_ids, counts):
    predicted = [Film(film_id="a", title="Heat", themes=[{"id": i, "name": i} for i in pred_ids])]
    golds = [{"title": "Heat", "themes": [{"id": i, "why": "test"} for i in gold_ids]}]
    out = scoring.score_taxonomy_themes(predicted, golds, [(0, 0)], PARENTS)
    assert (out["tp"], out["fp"], out["found"], out["fn"]) == counts
    assert out["predicted"] == len(pred_ids)
    assert len(out["false_themes"]) == counts[1] and len(out["missed_themes"]) == counts[3]


def test_taxonomy_recall_counts_gold_ids_not_predictions():
    out = scoring.taxonomy_prf(tp=2, fp=0, found=0, fn=1)  # "horror" and "supernatural" for a gold "ghost"
    assert (out["precision"], out["recall"]) == (1.0, 0.0)
    assert scoring.merge_taxonomy([out, scoring.taxonomy_prf(1, 1, 1, 0)])["recall"] == 0.5


def test_score_taxonomy_themes_only_counts_matched_films():
    predicted = [Film(film_id="a", title="Heat", themes=[{"id": "heist"}]),
                 Film(film_id="b", title="Nope", themes=[{"id": "ghost"}])]
    golds = [{"title": "Heat", "themes": [{"id": "heist"}]}, {"title": "Missed", "themes": [{"id": "revenge"}]}]
    out = scoring.score_taxonomy_themes(predicted, golds, [(0, 0)], PARENTS)
    assert (out["tp"], out["fp"], out["found"], out["fn"]) == (1, 0, 1, 0)


def test_score_article_themes_uses_the_same_rule():
    out = scoring.score_article_themes([{"id": "horror"}, {"id": "heist"}], ["ghost", "revenge"], PARENTS)
    assert (out["tp"], out["fp"], out["found"], out["fn"]) == (1, 1, 0, 2)
    assert out["false_themes"] == ["heist"] and out["missed_themes"] == ["ghost", "revenge"]


# --- mapping a baseline segmenter's pieces back to offsets ------------------------------------


@pytest.mark.parametrize(("word", "pieces", "cuts"), [
    ("theJohn", ["the", "john"], [3]),
    ("theJohn", ["the", "John"], [3]),
    ("Wickworld", ["Wickworld"], []),
    ("Jóhannsson", ["j", "hanns", "son"], []),  # the segmenter dropped a letter: no mapping
])
def test_split_offsets_map_pieces_to_word(word, pieces, cuts):
    assert split_offsets(word, pieces) == cuts
