"""Cache: keys follow everything that decides an article; hits export the same bytes; --no-cache leaves it alone."""

import json
import shutil

import pytest

from pipeline.cache import ArticleCache, code_hash, fingerprint, taxonomy_hash
from pipeline.cli import main
from pipeline.record import Article, Caption, Correction, Film, Mention
from tests.conftest import GOLD, SEED_ID
from tests.test_engines import exported, extract

FINGERPRINT = {"code": "c0", "model": "m 1.0", "themes": "t0"}


def finished_article() -> Article:
    """A finished article with every kind of field filled, written for this test."""
    film = Film(film_id="a#1", title="Harbour Lights", role="recommended", rank=1, aliases=["Lights"], year=1951,
                year_source="text", director="Ada Marsh", director_source="text", cast=["Tom Reyes"],
                themes=[{"id": "sea", "name": "the sea", "parent": None, "score": 0.75,
                         "evidence": [{"text": "At sea.", "source": "text", "start": 0, "end": 7, "term": "sea"}]}],
                mentions=[Mention(10, 24, "Harbour Lights", "1. Harbour Lights")],
                evidence={"year": {"text": "1951", "source": "text", "start": 30, "end": 34}, "cast": []})
    return Article(article_id="a", source="a.txt", format="txt", raw="raw text", clean="clean text",
                   corrections=[Correction(3, 3, "", " ", "case_change")],
                   captions=[Caption(0, 9, "Poster", "poster_caption", 0, "a#1")], boundaries=[(3, "case_change")],
                   films=[film], subject="Harbour Lights", warnings=["w"], damaged=False, markup=[(0, 4, "i")],
                   meta={"url": "https://example.invalid/a"}, sections=[(0, 10, "a#1")], themes=[])


def ingested(raw: str = "Some scraped text.", **fields) -> Article:
    return Article(article_id=fields.pop("article_id", "a"), source="a.txt", format="txt", raw=raw, **fields)


def test_cache_article_round_trips_through_json():
    article = finished_article()
    back = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert back == article
    assert back.boundaries == [(3, "case_change")] and isinstance(back.films[0].mentions[0], Mention)


def test_cache_to_dict_drops_the_doc():
    assert "doc" not in Article(article_id="a", source="s", format="txt", raw="r", doc=object()).to_dict()


@pytest.mark.parametrize("change", [
    {"raw": "Some scraped text!"}, {"article_id": "b"}, {"format": "html"}, {"markup": [(0, 4, "i")]},
    {"meta": {"url": "u"}}, {"damaged": False},
])
def test_cache_key_follows_the_ingested_article(tmp_path, change):
    cache = ArticleCache(tmp_path, FINGERPRINT)
    base = ingested()
    assert cache.key(base) == cache.key(ingested())
    fields = {**base.to_dict(), **change}
    assert cache.key(Article(**fields)) != cache.key(base)


@pytest.mark.parametrize("part", ["code", "model", "themes"])
def test_cache_key_follows_the_fingerprint(tmp_path, part):
    article = ingested()
    other = ArticleCache(tmp_path, {**FINGERPRINT, part: "changed"})
    assert other.key(article) != ArticleCache(tmp_path, FINGERPRINT).key(article)


def test_cache_put_then_get_gives_the_article_back(tmp_path):
    cache = ArticleCache(tmp_path, FINGERPRINT)
    article = finished_article()
    key = cache.key(ingested(article.raw))
    assert cache.get(key, article) is None
    cache.put(key, article)
    assert cache.get(key, article) == article
    stored = json.loads(cache.path(key).read_text(encoding="utf-8"))
    assert "raw" not in stored["article"]  # the key pins the raw text already
    assert [p.name for p in cache.path(key).parent.iterdir()] == [f"{key}.json"]  # no temp files left


@pytest.mark.parametrize("damage", ["{ not json", '{"format": 1, "article": {"article_id": "a"}}', '{"format": 999}', "[]"])
def test_cache_unreadable_entry_is_a_miss(tmp_path, damage):
    cache = ArticleCache(tmp_path, FINGERPRINT)
    key = cache.key(ingested())
    cache.path(key).parent.mkdir(parents=True)
    cache.path(key).write_text(damage, encoding="utf-8")
    assert cache.get(key, ingested()) is None


def test_cache_fingerprint_follows_the_taxonomy_file(tmp_path):
    from pipeline.annotate import resolve_model

    themes = tmp_path / "themes.toml"
    shutil.copy(GOLD.parent / "fixtures" / "themes_small.toml", themes)
    model = resolve_model(None)
    before = fingerprint(model, themes)
    assert fingerprint(model, themes) == before
    themes.write_text(themes.read_text(encoding="utf-8") + '\n[[theme]]\nid = "x"\nlabel = "x"\nterms = ["x"]\n',
                      encoding="utf-8")
    assert fingerprint(model, themes)["themes"] != before["themes"]
    assert fingerprint(model, None)["themes"] == taxonomy_hash(None) != before["themes"]
    assert before["code"] == code_hash() and len(code_hash()) == 64


@pytest.fixture
def raw_dir(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in (SEED_ID, "002_crime_heat", "004_comedy_superbad"):
        shutil.copy(GOLD / f"{name}.txt", raw)
    return raw


@pytest.mark.slow
def test_cache_warm_run_reuses_every_article_with_the_same_bytes(raw_dir, tmp_path):
    cold = extract(raw_dir, tmp_path / "cold", "--workers", 1)
    assert (cold["counts"]["cache_hits"], cold["counts"]["cache_misses"]) == (0, 3)
    warm = extract(raw_dir, tmp_path / "warm", "--workers", 1)
    assert (warm["counts"]["cache_hits"], warm["counts"]["cache_misses"]) == (3, 0)
    assert exported(tmp_path / "warm") == exported(tmp_path / "cold")
    assert "process" in warm["timings_seconds"] and "annotate" not in warm["timings_seconds"]  # nothing ran


@pytest.mark.slow
def test_cache_changed_article_is_the_only_one_processed(raw_dir, tmp_path):
    extract(raw_dir, tmp_path / "first", "--workers", 1)
    heat = raw_dir / "002_crime_heat.txt"
    heat.write_text(heat.read_text(encoding="utf-8").replace("\n\n", "\n\nAn added sentence.\n\n", 1), encoding="utf-8")
    again = extract(raw_dir, tmp_path / "again", "--workers", 2)
    assert (again["counts"]["cache_hits"], again["counts"]["cache_misses"]) == (2, 1)
    extract(raw_dir, tmp_path / "fresh", "--workers", 1, "--no-cache")
    assert exported(tmp_path / "again") == exported(tmp_path / "fresh")
    assert exported(tmp_path / "again")["clean/002_crime_heat.txt"] != exported(tmp_path / "first")["clean/002_crime_heat.txt"]


@pytest.mark.slow
def test_cache_taxonomy_change_reprocesses_everything(raw_dir, tmp_path):
    themes = tmp_path / "themes.toml"
    shutil.copy(GOLD.parent / "fixtures" / "themes_small.toml", themes)
    extract(raw_dir, tmp_path / "a", "--workers", 1, "--themes", themes)
    assert extract(raw_dir, tmp_path / "b", "--workers", 1, "--themes", themes)["counts"]["cache_hits"] == 3
    before = json.loads((tmp_path / "b" / "films.json").read_text(encoding="utf-8"))
    assert "caper-word" not in json.dumps(before)
    # A theme whose term every article uses: the re-processed articles must carry it,
    # also here, where the same process read the earlier version of the file.
    themes.write_text(themes.read_text(encoding="utf-8") + '\n[[theme]]\nid = "caper-word"\nlabel = "caper word"\n'
                      'terms = ["film"]\n', encoding="utf-8")
    changed = extract(raw_dir, tmp_path / "c", "--workers", 1, "--themes", themes)
    assert (changed["counts"]["cache_hits"], changed["counts"]["cache_misses"]) == (0, 3)
    after = json.loads((tmp_path / "c" / "films.json").read_text(encoding="utf-8"))
    assert all(any(t["id"] == "caper-word" for t in a["themes"]) for a in after["articles"])


@pytest.mark.slow
def test_cache_default_dir_is_dot_cache_outside_output(raw_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "output"
    extract(raw_dir, out, "--workers", 1)
    entries = list((tmp_path / ".cache" / "articles").rglob("*.json"))
    assert len(entries) == 3
    assert not any(".cache" in p.parts or p.suffix == ".tmp" for p in out.rglob("*"))
    shutil.rmtree(out)  # clearing the output keeps the cache
    assert extract(raw_dir, out, "--workers", 1)["counts"]["cache_hits"] == 3


@pytest.mark.slow
def test_cache_no_cache_neither_reads_nor_writes(raw_dir, tmp_path):
    cache_dir = tmp_path / "cache"
    extract(raw_dir, tmp_path / "nothing", "--workers", 1, "--cache-dir", cache_dir, "--no-cache")
    assert not cache_dir.exists()
    extract(raw_dir, tmp_path / "cold", "--workers", 1, "--cache-dir", cache_dir)
    # Tamper with every entry: a run that reads the cache shows it, a --no-cache run must not.
    for entry in cache_dir.rglob("*.json"):
        stored = json.loads(entry.read_text(encoding="utf-8"))
        stored["article"]["clean"] = "TAMPERED"
        entry.write_text(json.dumps(stored), encoding="utf-8")
    stamps = {p: p.stat().st_mtime_ns for p in cache_dir.rglob("*.json")}
    extract(raw_dir, tmp_path / "uncached", "--workers", 1, "--cache-dir", cache_dir, "--no-cache")
    assert exported(tmp_path / "uncached") == exported(tmp_path / "cold")
    assert {p: p.stat().st_mtime_ns for p in cache_dir.rglob("*.json")} == stamps
    extract(raw_dir, tmp_path / "cached", "--workers", 1, "--cache-dir", cache_dir)
    assert (tmp_path / "cached" / "clean" / f"{SEED_ID}.txt").read_text(encoding="utf-8") == "TAMPERED"


def test_cache_flags_reach_the_options():
    from pipeline.cli import build_parser, options_from_args

    options = options_from_args(build_parser().parse_args(
        ["extract", "--workers", "3", "--engine", "dask", "--scheduler", "tcp://h:8786", "--cache-dir", "c", "--no-cache"]))
    assert (options.workers, options.engine, options.scheduler, str(options.cache_dir), options.use_cache) == (
        3, "dask", "tcp://h:8786", "c", False)
    defaults = options_from_args(build_parser().parse_args(["extract"]))
    assert (defaults.workers, defaults.engine, str(defaults.cache_dir), defaults.use_cache) == (None, "local", ".cache", True)


def test_cache_zero_workers_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["extract", "--workers", "0"])
    assert exit_.value.code == 2 and "at least 1" in capsys.readouterr().err
