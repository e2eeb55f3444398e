"""End to end: the CLI on fixture articles into a temp dir, validated against the contract."""

import json
import shutil

import jsonschema
import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.export import CORRECTION_COLUMNS, FILM_COLUMNS
from tests.conftest import GOLD, SEED_ID

pytestmark = pytest.mark.slow
OUTPUTS = ["films.json", "films.csv", "corrections.csv", "report.json", "films.schema.json"]


@pytest.fixture(scope="module")
def raw_dir(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    shutil.copy(GOLD / f"{SEED_ID}.txt", raw)
    shutil.copy(GOLD / "002_crime_heat.txt", raw / "heat list.txt")
    (raw / "notes.md").write_text("not an article kind we read", encoding="utf-8")
    (raw / "empty.txt").write_text("", encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def run_twice(raw_dir, tmp_path_factory, nlp):
    outs = []
    for _ in range(2):
        out = tmp_path_factory.mktemp("out")
        assert main(["extract", "--raw", str(raw_dir), "--out", str(out)]) == 0
        outs.append(out)
    return outs


def test_cli_writes_every_output(run_twice):
    out = run_twice[0]
    for name in OUTPUTS:
        assert (out / name).is_file(), name
    assert sorted(p.name for p in (out / "clean").iterdir()) == [f"{SEED_ID}.txt", "heat_list.txt"]


def test_cli_films_json_validates_and_csvs_load(run_twice):
    out = run_twice[0]
    doc = json.loads((out / "films.json").read_text(encoding="utf-8"))
    jsonschema.validate(doc, json.loads((out / "films.schema.json").read_text(encoding="utf-8")))
    assert [a["article_id"] for a in doc["articles"]] == [SEED_ID, "heat_list"]
    films = pd.read_csv(out / "films.csv")
    assert list(films.columns) == FILM_COLUMNS
    assert len(films) == sum(len(a["films"]) for a in doc["articles"])
    corrections = pd.read_csv(out / "corrections.csv", keep_default_na=False)
    assert list(corrections.columns) == CORRECTION_COLUMNS


def test_cli_corrections_point_into_raw(run_twice, raw_dir):
    corrections = pd.read_csv(run_twice[0] / "corrections.csv", keep_default_na=False)
    raw = (raw_dir / f"{SEED_ID}.txt").read_text(encoding="utf-8")
    for row in corrections[corrections.article_id == SEED_ID].itertuples():
        assert raw[row.start : row.end] == row.original


def test_cli_report_accounts_for_every_input(run_twice):
    report = json.loads((run_twice[0] / "report.json").read_text(encoding="utf-8"))
    status = {i["path"]: i["status"] for i in report["inputs"]}
    assert status == {f"{SEED_ID}.txt": "ok", "heat list.txt": "ok", "notes.md": "skipped", "empty.txt": "skipped"}
    assert report["versions"]["spacy"]


def test_cli_output_is_deterministic(run_twice):
    first, second = run_twice
    for name in ["films.json", "films.csv", "corrections.csv"]:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_cli_missing_model_is_one_clear_line(raw_dir, tmp_path, capsys):
    assert main(["extract", "--raw", str(raw_dir), "--out", str(tmp_path), "--model", "no_such_model_xyz"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "pip install" in err


def test_cli_missing_raw_dir_is_clear(tmp_path, capsys):
    assert main(["extract", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2
    assert "does not exist" in capsys.readouterr().err


def _film_signature(films_json: dict, article_id: str) -> list[tuple]:
    article = next(a for a in films_json["articles"] if a["article_id"] == article_id)
    return sorted((f["title"], f["role"], f["rank"], f["year"], f["director"]) for f in article["films"])


def test_cli_seed_html_rendition_matches_plain_text_seed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(GOLD / f"{SEED_ID}.txt", raw / "seed.txt")
    shutil.copy(GOLD.parent / "fixtures" / "seed_rendition.html", raw / "seed.html")
    (raw / "seed.html").rename(raw / "seed_page.html")
    assert main(["extract", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 0
    doc = json.loads((tmp_path / "out" / "films.json").read_text(encoding="utf-8"))
    assert _film_signature(doc, "seed_page") == _film_signature(doc, "seed")
    corrections = pd.read_csv(tmp_path / "out" / "corrections.csv", keep_default_na=False)
    from_page = corrections[corrections.article_id == "seed_page"]
    assert not (from_page.replacement == " ").any()  # no run-together repair was needed


def test_cli_same_article_as_txt_html_and_jsonl_record(tmp_path):
    article = "005_war_1917"
    html = (GOLD.parent / "fixtures" / "articles" / f"{article}.html").read_text(encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(GOLD / f"{article}.txt", raw / "as_text.txt")
    (raw / "as_page.html").write_text(html, encoding="utf-8")
    (raw / "records.jsonl").write_text(json.dumps({"id": "as_record", "html": html}) + "\n", encoding="utf-8")
    assert main(["extract", "--raw", str(raw), "--out", str(tmp_path / "out")]) == 0
    doc = json.loads((tmp_path / "out" / "films.json").read_text(encoding="utf-8"))
    formats = {a["article_id"]: a["format"] for a in doc["articles"]}
    assert formats == {"as_text": "txt", "as_page": "html", "as_record": "jsonl"}
    assert _film_signature(doc, "as_text") == _film_signature(doc, "as_page") == _film_signature(doc, "as_record")
    assert len(_film_signature(doc, "as_text")) >= 8
