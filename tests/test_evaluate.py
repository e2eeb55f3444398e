"""Evaluation wiring without spaCy: which gold files are read and how taxonomy scores are totalled."""

from __future__ import annotations

import json

from pipeline.evaluate import load_gold, total
from pipeline.scoring import prf, taxonomy_prf


def _write_article(folder, article_id, themes=None):
    (folder / f"{article_id}.txt").write_text("theHeatworld\n", encoding="utf-8")
    (folder / f"{article_id}.clean.txt").write_text("the Heat world\n", encoding="utf-8")
    (folder / f"{article_id}.films.json").write_text(json.dumps({"films": []}), encoding="utf-8")
    if themes is not None:
        (folder / f"{article_id}.themes.json").write_text(json.dumps(themes), encoding="utf-8")


def test_load_gold_reads_themes_only_where_present(tmp_path):
    _write_article(tmp_path, "a", {"films": [], "article_themes": ["heist"]})
    _write_article(tmp_path, "b")
    gold = {g["id"]: g for g in load_gold(tmp_path)}
    assert gold["a"]["themes"]["article_themes"] == ["heist"]
    assert gold["b"]["themes"] is None


def _scores(tax=None):
    zero = prf(0, 0, 0)
    row = {"boundaries": {s: zero for s in ("film-extract", "wordsegment", "wordninja")},
           "films": {"film-extract": zero, "spaCy NER": zero}, "role": {"correct": 0, "total": 0},
           "rank": {"correct": 0, "total": 0}, "year": zero, "director": zero,
           "themes": {**zero, "predicted": 0}, "themes_strict": zero, "actor_as_director": []}
    if tax is not None:
        row["taxonomy_themes"] = {**taxonomy_prf(*tax), "predicted": tax[0] + tax[1]}
        row["article_themes"] = taxonomy_prf(1, 1, 1, 0)
    return row


def test_total_skips_articles_without_taxonomy_gold():
    out = total({"a": _scores((3, 1, 2, 2)), "b": _scores(), "c": _scores((1, 0, 1, 0))})
    assert (out["taxonomy_themes"]["tp"], out["taxonomy_themes"]["fp"], out["taxonomy_themes"]["fn"]) == (4, 1, 2)
    assert out["taxonomy_themes"]["recall"] == 0.6
    assert out["taxonomy_themes"]["articles"] == 2 and out["taxonomy_themes"]["predicted"] == 5
    assert "taxonomy_themes" not in total({"b": _scores()})


def test_evaluate_film_signature_sorts_two_films_of_one_title_with_and_without_a_year():
    from pipeline.evaluate import _film_signature
    from pipeline.record import Article, Film
    films = [Film(film_id="a#1", title="Night Owl", year=1922), Film(film_id="a#2", title="Night Owl")]
    sig = _film_signature(Article(article_id="a", source="x", format="text", raw="", films=films))
    assert [t[3] for t in sig] == [None, 1922]
