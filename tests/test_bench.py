"""Benchmark: reads the summaries in a fixed order and writes bench.json with the documented keys."""

import json

import pytest

from pipeline.bench import load_summaries, main

DECADES = {
    "movies-1950s.json": [
        {"title": "Harbour Lights", "year": 1951, "extract": "Harbour Lights is a 1951 drama film directed by Ada Marsh. "
         "It follows a lighthouse keeper who shelters a stranded sailor during a long winter storm."},
        {"title": "No Summary", "year": 1952, "extract": ""},
        {"title": "Missing Field", "year": 1953},
    ],
    "movies-1960s.json": [
        {"title": "The Copper Road", "year": 1962, "extract": "The Copper Road is a 1962 western directed by Tom Reyes "
         "and starring Ellen Hart. A surveyor and a mule driver race to reach a mining town before the railway does."},
        {"title": "Night Train Home", "year": 1967, "extract": "Night Train Home is a 1967 comedy film. "
         "Two rival salesmen share a sleeping compartment on an overnight journey."},
    ],
    "movies-2000s.json": [
        {"title": "Glass Orchard", "year": 2004, "extract": "Glass Orchard is a 2004 independent film written and "
         "directed by Lena Voss. It premiered at a regional festival and was later released on home video."},
        {"title": "Static Bloom", "year": 2008, "extract": "Static Bloom is a 2008 science fiction film about a radio "
         "astronomer who hears music in background noise."},
        {"title": "Past The Limit", "year": 2009, "extract": "This sixth summary lies beyond the limit of five."},
    ],
}
KEYS = {"throughput_ratio", "articles", "words", "pipeline", "bare_spacy", "clean_annotate_ratio",
        "clean_within_bar", "peak_rss_mb", "growth", "machine"}


@pytest.fixture
def data_dir(tmp_path):
    """Three small decade files in the wikipedia-movie-data format (texts written for this test)."""
    folder = tmp_path / "wikipedia-movie-data"
    folder.mkdir()
    for name, records in DECADES.items():
        (folder / name).write_text(json.dumps(records), encoding="utf-8")
    return folder


def test_load_summaries_orders_files_and_skips_empty(data_dir):
    articles = list(load_summaries(data_dir, 0))
    assert [a.article_id for a in articles] == [f"wiki{n:05d}" for n in range(6)]
    assert articles[0].raw.startswith("Harbour Lights") and articles[1].raw.startswith("The Copper Road")
    assert articles[0].source == "movies-1950s.json#0" and articles[0].format == "txt"
    assert len(list(load_summaries(data_dir, 5))) == 5


def test_bench_missing_data_exits_2(tmp_path, capsys):
    assert main(["--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert "nowhere" in capsys.readouterr().err


@pytest.mark.slow
def test_bench_writes_bench_json(data_dir, tmp_path, nlp, capsys):
    out = tmp_path / "out"
    assert main(["--data", str(data_dir), "--limit", "5", "--out", str(out)]) == 0
    result = json.loads((out / "bench.json").read_text(encoding="utf-8"))
    assert KEYS <= result.keys()
    assert result["throughput_ratio"] > 0
    assert result["articles"] == 5
    assert set(result["pipeline"]["stage_seconds"]) == {"clean", "annotate", "extract", "themes"}
    assert {"cpu_count", "python", "spacy"} <= result["machine"].keys()
    assert [row["articles"] for row in result["growth"]] == [5]
    assert "throughput ratio" in capsys.readouterr().out
