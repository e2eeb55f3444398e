"""Robustness measure: damages summaries as a scraper does and scores repair and extraction on them.

The summaries here are written for this test, in the wikipedia-movie-data record format.
"""

import json
from dataclasses import replace

import pytest

from pipeline import robustness
from pipeline.robustness import damage, load_records, main, repair_figures

RECORDS = {
    "movies-1950s.json": [
        {"title": "Harbour Lights", "year": 1951, "cast": ["Ada Marsh", "Tom Reyes"],
         "extract": "Harbour Lights is a 1951 drama film starring Ada Marsh and Tom Reyes. A lighthouse keeper "
                    "shelters a stranded sailor during a long winter storm."},
        {"title": "No Text", "year": 1952, "cast": [], "extract": ""},
    ],
    "movies-1960s.json": [
        {"title": "The Copper Road", "year": 1962, "cast": ["Ellen Hart"],
         "extract": "The Copper Road is a 1962 western film starring Ellen Hart. A surveyor and a mule driver "
                    "race to reach a mining town before the railway does."},
        {"title": "Night Train Home", "year": 1967, "cast": None,
         "extract": "Night Train Home is a 1967 comedy film about two rival salesmen."},
        {"title": "Glass Orchard", "year": 1969, "cast": ["Lena Voss"],
         "extract": "Glass Orchard is a 1969 drama film starring Lena Voss as a widow who keeps a greenhouse."},
    ],
}


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "wikipedia-movie-data"
    folder.mkdir()
    for name, records in RECORDS.items():
        (folder / name).write_text(json.dumps(records), encoding="utf-8")
    return folder


def test_damage_glues_tagged_spans_to_their_neighbours_and_keeps_gold_spacing():
    text = "Harbour Lights is a 1951 drama film starring Ada Marsh and Tom Reyes."
    raw, gold = damage(text, "Harbour Lights", ["Ada Marsh", "Tom Reyes"])
    assert raw == "Harbour Lightsis a 1951 drama film starringAda MarshandTom Reyes."
    assert gold == text


def test_damage_escapes_markup_characters_and_leaves_untagged_text_alone():
    raw, gold = damage("Fish & Chips <uncut> is a 1990 film.", "Fish & Chips", [])
    assert raw == "Fish & Chips<uncut> is a 1990 film."
    assert gold == "Fish & Chips <uncut> is a 1990 film."


def test_load_records_skips_empty_texts_and_spreads_the_limit(data_dir):
    everything = load_records(data_dir)
    assert [r["title"] for r in everything] == ["Harbour Lights", "The Copper Road", "Night Train Home", "Glass Orchard"]
    assert everything[2]["cast"] == []
    assert [r["title"] for r in load_records(data_dir, 2)] == ["Harbour Lights", "Night Train Home"]


def test_repair_figures_score_the_damage_and_count_splits_in_undamaged_text(data_dir):
    figures, damaged = repair_figures(load_records(data_dir))
    d = figures["damaged"]
    # Lights|is starring|Ada Marsh|and and|Tom; Road|is starring|Ellen; Home|is; Orchard|is starring|Lena Voss|as
    assert d["tp"] + d["fn"] == 10
    assert d["tp"] >= 8 and d["precision"] >= 0.8
    assert figures["undamaged"]["words"] == sum(len(r["extract"].split()) for r in load_records(data_dir))
    assert [a.raw.split("is a")[0] for a in damaged][:2] == ["Harbour Lights", "The Copper Road"]


def test_missing_data_exits_2(tmp_path, capsys):
    assert main(["--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--no-extract"]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_no_extract_run_writes_repair_figures_only(data_dir, tmp_path, capsys):
    assert main(["--data", str(data_dir), "--out", str(tmp_path / "out"), "--no-extract"]) == 0
    result = json.loads((tmp_path / "out" / "robustness.json").read_text(encoding="utf-8"))
    assert result["summaries"] == 4 and "extract" not in result
    assert {"undamaged", "damaged"} <= result.keys()
    assert "false splits per 10k words" in capsys.readouterr().out


@pytest.mark.slow
def test_extract_figures_find_each_summary_s_own_film_with_its_year(data_dir, nlp):
    records = load_records(data_dir)
    _, damaged = repair_figures(records)
    figures = robustness.extract_figures(records, damaged, nlp)
    assert figures["cast_names_as_films"] == 0, figures["cast_as_film_examples"]
    assert figures["own_film_recall"] >= 0.75, figures["missed_examples"]


def test_repair_figures_count_a_space_inserted_in_undamaged_text(monkeypatch):
    from pipeline.record import Correction

    def one_split(article):  # a repair that wrongly splits the first word after its first letter
        return replace(article, corrections=[Correction(1, 1, "", " ", "test")])

    monkeypatch.setattr(robustness, "clean", one_split)
    records = [{"title": "Glass Orchard", "year": 1969, "cast": [], "extract": "Glass Orchard is a 1969 drama."}]
    figures, _ = repair_figures(records)
    assert figures["undamaged"]["false_splits"] == 1
    assert figures["undamaged"]["examples"] == ["G|lass Orchard is a 19"]
    assert figures["undamaged"]["per_10k_words"] == round(1 / 6 * 10_000, 2)
