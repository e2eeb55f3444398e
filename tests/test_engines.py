"""Engines: the same bytes from one worker, a process pool, Dask and the cache; input order whatever finishes first."""

import json
import shutil
import sys
from dataclasses import replace

import pytest

from pipeline import engines
from pipeline.cli import main
from pipeline.engines import ChunkResult, Work, chunk_size, process_all
from pipeline.record import Article
from tests.conftest import GOLD, SEED_ID

FIXTURES = GOLD.parent / "fixtures"
EXPORTS = ("films.json", "films.csv", "corrections.csv")


def exported(out) -> dict[str, bytes]:
    """Every byte-stable output file of a run (report.json holds timings, so it is left out)."""
    files = {name: (out / name).read_bytes() for name in EXPORTS}
    files.update({f"clean/{p.name}": p.read_bytes() for p in sorted((out / "clean").iterdir())})
    return files


def extract(raw, out, *flags) -> dict:
    """Run the CLI; returns report.json."""
    assert main(["extract", "--raw", str(raw), "--out", str(out), *map(str, flags)]) == 0
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def raw_dir(tmp_path_factory):
    """Seven articles in every input kind: scraped text, an HTML page and JSONL records."""
    raw = tmp_path_factory.mktemp("raw")
    for name in (SEED_ID, "002_crime_heat", "007_animation_spirited_away", "011_news_1999_season", "020_horror_roundup"):
        shutil.copy(GOLD / f"{name}.txt", raw)
    shutil.copy(FIXTURES / "articles" / "005_war_1917.html", raw / "page.html")
    records = [{"id": "rec-a", "html": (FIXTURES / "articles" / "009_review_ex_machina.html").read_text(encoding="utf-8")},
               {"id": "rec-b", "text": (GOLD / "013_heist_den_of_thieves_2.txt").read_text(encoding="utf-8")}]
    (raw / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def one_worker(raw_dir, tmp_path_factory):
    """The reference: everything in-process, no cache."""
    out = tmp_path_factory.mktemp("one")
    extract(raw_dir, out, "--workers", 1, "--no-cache")
    return exported(out)


@pytest.mark.slow
def test_engines_two_workers_give_the_same_bytes(raw_dir, one_worker, tmp_path):
    report = extract(raw_dir, tmp_path, "--workers", 2, "--no-cache")
    assert exported(tmp_path) == one_worker
    assert report["engine"] == {"name": "local", "workers": 2, "scheduler": None}
    assert report["counts"]["articles"] == 8


@pytest.mark.slow
def test_engines_dask_local_cluster_gives_the_same_bytes(raw_dir, one_worker, tmp_path):
    report = extract(raw_dir, tmp_path, "--engine", "dask", "--workers", 2, "--no-cache")
    assert exported(tmp_path) == one_worker
    assert report["engine"]["name"] == "dask"


@pytest.mark.slow
def test_engines_chunking_does_not_change_output(raw_dir, nlp):
    from pipeline.annotate import resolve_model
    from pipeline.ingest import ingest

    articles, _ = ingest(raw_dir)
    work = Work(resolve_model(None))
    whole = engines.process_chunk(articles, work).articles
    assert len({chunk_size(len(articles), w) for w in (1, 2, 3)}) > 1
    for workers in (2, 3):  # in-process, chunked as a pool of that many would be
        size = chunk_size(len(articles), workers)
        pieces = [a for s in range(0, len(articles), size) for a in engines.process_chunk(articles[s : s + size], work).articles]
        assert pieces == whole


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "dask"])
def test_engines_load_the_model_once_per_worker(raw_dir, engine):
    from pipeline.annotate import resolve_model
    from pipeline.ingest import ingest

    articles, _ = ingest(raw_dir)
    results = []
    merged = process_all(articles, Work(resolve_model(None)), engine=engine, workers=2, on_chunk=results.append)
    assert len(results) == len(articles) == 8  # one article per chunk here: more chunks than workers
    assert 1 <= len({r.worker for r in results}) <= 2
    assert {r.model_loads for r in results} == {1}
    assert [a.article_id for a in merged] == [a.article_id for a in articles]


def _upper(articles, work, start=0):
    return ChunkResult(start, [replace(a, clean=a.raw.upper()) for a in articles], {"clean": 0.5}, "test:1", 1)


def test_engines_merge_in_input_order_whatever_finishes_first(monkeypatch):
    """A pool that returns its chunks last-first still gives the articles in input order."""
    def last_first(articles, work, workers):
        size = chunk_size(len(articles), workers)
        results = [_upper(articles[s : s + size], work, s) for s in range(0, len(articles), size)]
        yield from reversed(results)

    monkeypatch.setattr(engines, "_on_pool", last_first)
    articles = [Article(article_id=f"a{n:02d}", source="x", format="txt", raw=f"text {n}") for n in range(23)]
    seen = []
    merged = process_all(articles, Work("any"), workers=3, on_chunk=lambda r: seen.append(r.start))
    assert [a.article_id for a in merged] == [a.article_id for a in articles]
    assert [a.clean for a in merged] == [f"TEXT {n}" for n in range(23)]
    assert seen == sorted(seen, reverse=True) and len(seen) > 1


def test_engines_one_worker_runs_in_process(monkeypatch):
    def no_pool(*args):
        raise AssertionError("a pool was started for one worker")

    monkeypatch.setattr(engines, "_on_pool", no_pool)
    monkeypatch.setattr(engines, "process_chunk", _upper)
    articles = [Article(article_id="only", source="x", format="txt", raw="one")]
    assert process_all(articles, Work("any"), workers=8)[0].clean == "ONE"  # one article: no pool either
    assert process_all(articles * 3, Work("any"), workers=1)[2].clean == "ONE"


@pytest.mark.parametrize(("n", "workers", "size"), [(1, 8, 1), (23, 2, 3), (1000, 2, 125), (36000, 2, 256), (10, 1, 3)])
def test_engines_chunk_size_spreads_work(n, workers, size):
    assert chunk_size(n, workers) == size


def test_engines_dask_missing_says_how_to_install(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if Dask were not installed
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Some text.", encoding="utf-8")
    code = main(["extract", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out"), "--engine", "dask"])
    err = capsys.readouterr().err
    assert code == 2
    assert "--engine dask needs Dask" in err and "pip install 'film-extract[dask]'" in err
    assert len(err.strip().splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_engines_unknown_engine_is_refused():
    with pytest.raises(engines.EngineError, match="unknown engine"):
        process_all([Article(article_id="a", source="x", format="txt", raw="t")], Work("any"), engine="spark")


class FakeClient:
    """Stands in for a distributed Client: `run` answers for two workers, or fails like a worker without the package."""

    def __init__(self, answer):
        self.answer = answer

    def run(self, func, work):
        if isinstance(self.answer, Exception):
            raise self.answer
        mine = func(work)  # what this machine would answer
        return {"tcp://w1:1": mine, "tcp://w2:1": {**mine, **self.answer}}


@pytest.mark.parametrize(("different", "message"), [
    ({"model": "2.0.0"}, "install the same model on every worker"),
    ({"code": "0" * 64}, "install the same version on every worker"),
    ({"themes": "missing"}, "identical copy at that path on every worker"),
])
def test_engines_dask_workers_must_match_the_driver(different, message):
    from pipeline.annotate import resolve_model

    work = Work(resolve_model(None))
    engines._check_workers(FakeClient({}), work)  # same everywhere: no complaint
    with pytest.raises(engines.EngineError, match=message) as error:
        engines._check_workers(FakeClient(different), work)
    assert "tcp://w2:1" in str(error.value)


def test_engines_dask_worker_without_the_package_is_explained():
    from pipeline.annotate import resolve_model

    with pytest.raises(engines.EngineError, match="every worker needs this film-extract version"):
        engines._check_workers(FakeClient(ModuleNotFoundError("No module named 'pipeline'")), Work(resolve_model(None)))


def test_engines_unreachable_scheduler_is_one_clear_error(monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(engines, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(engines.EngineError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        engines._dask_client("tcp://127.0.0.1:9", 1)
