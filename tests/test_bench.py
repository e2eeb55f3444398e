"""Benchmark: reads the summaries in a fixed order and writes bench.json with the documented keys.

Figures are checked for presence and consistency only; how fast is the benchmark's own business.
"""

import contextlib
import io
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


@pytest.fixture(scope="module")
def bench_run(tmp_path_factory, nlp):
    """One benchmark run on five summaries with 2 workers -> (bench.json, printed table)."""
    folder = tmp_path_factory.mktemp("bench")
    data = folder / "wikipedia-movie-data"
    data.mkdir()
    for name, records in DECADES.items():
        (data / name).write_text(json.dumps(records), encoding="utf-8")
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(["--data", str(data), "--limit", "5", "--out", str(folder / "out"), "--workers", "2"]) == 0
    return json.loads((folder / "out" / "bench.json").read_text(encoding="utf-8")), printed.getvalue()


@pytest.mark.slow
def test_bench_writes_bench_json(bench_run):
    result, table = bench_run
    assert KEYS <= result.keys()
    assert result["throughput_ratio"] > 0
    assert result["articles"] == 5
    assert set(result["pipeline"]["stage_seconds"]) == {"clean", "annotate", "extract", "themes"}
    assert {"cpu_count", "python", "spacy"} <= result["machine"].keys()
    assert [row["articles"] for row in result["growth"]] == [5]
    assert "throughput ratio" in table and "byte-identical to --workers 2: yes" in table


@pytest.fixture
def scale(bench_run):
    """bench.json's "scale" part (Dask and cache checks ran on all five summaries)."""
    return bench_run[0]["scale"]


@pytest.mark.slow
def test_bench_scale_reports_speedup_and_memory_per_worker(scale):
    speedup, memory = scale["speedup"], scale["memory_per_worker"]
    assert speedup["workers"] == 2 and speedup["articles"] == 5
    assert speedup["articles_per_second"] > 0 and speedup["one_worker_articles_per_second"] > 0
    assert speedup["ratio"] == pytest.approx(speedup["articles_per_second"] / speedup["one_worker_articles_per_second"], rel=0.05)
    assert {"bar", "meets_bar", "wall_articles_per_second", "wall_ratio"} <= speedup.keys()
    assert memory["checkpoint_articles"] == 5 and 1 <= len(memory["workers"]) <= 2
    assert all(row["at_end_mb"] >= row["at_checkpoint_mb"] > 0 for row in memory["workers"])


@pytest.mark.slow
def test_bench_scale_checks_dask_and_the_cache(scale):
    part = scale["slice"]
    assert part["articles"] == 5
    assert part["dask"]["identical_to_local"] is True and part["dask"]["articles_per_second"] > 0
    cache = part["cache"]
    assert cache["first_misses"] == 5 and cache["rerun_hits"] == 5 and cache["rerun_identical"] is True
    assert cache["rerun_ratio"] == pytest.approx(cache["rerun_seconds"] / cache["first_seconds"], abs=0.002)
    assert (cache["one_changed"]["misses"], cache["one_changed"]["hits"], cache["one_changed"]["meets_bar"]) == (1, 4, True)
