"""Export: the output contract (schema, CSV columns, CSV safety, atomic writes)."""

import csv
import io
import json
import os
import stat

import jsonschema
import pytest

from pipeline import export
from pipeline.record import Article, Correction, Film, Mention


def _article() -> Article:
    film = Film(film_id="a#1", title="=Cmd Film", role="recommended", rank=1, aliases=["Cmd"], year=1999,
                year_source="text", cast=["Some Actor"], mentions=[Mention(0, 9, "=Cmd Film", "=Cmd Film is good.")],
                evidence={"year": {"text": "in 1999", "source": "text", "start": 12, "end": 19}})
    return Article("a", "a.txt", "txt", "raw", clean="=Cmd Film is good.", films=[film], subject=None,
                   corrections=[Correction(3, 3, "", " ", "case_change")])


def test_export_films_json_validates_against_schema():
    doc = export.films_document([_article()])
    jsonschema.validate(doc, json.loads(export.schema_text()))


def test_export_schema_rejects_a_bad_role():
    doc = export.films_document([_article()])
    doc["articles"][0]["films"][0]["role"] = "star"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, json.loads(export.schema_text()))


def test_export_films_csv_has_documented_columns_and_safe_cells():
    rows = list(csv.reader(io.StringIO(export.films_csv([_article()]))))
    assert rows[0] == export.FILM_COLUMNS
    assert rows[1][2] == "'=Cmd Film"
    assert rows[1][3] == "Cmd"


@pytest.mark.parametrize(
    "value, cell",
    [("=1+1", "'=1+1"), ("+x", "'+x"), ("-x", "'-x"), ("@x", "'@x"), ("\tx", "'\tx"), ("ok", "ok"), (None, ""), (3, "3")],
)
def test_export_safe_cell_neutralises_formulas(value, cell):
    assert export.safe_cell(value) == cell


def test_export_write_atomic_replaces_whole_file(tmp_path):
    target = tmp_path / "f.txt"
    export.write_atomic(target, "old")
    export.write_atomic(target, "new")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_export_write_atomic_gives_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        export._umask.cache_clear()
        export.write_atomic(tmp_path / "f.txt", "x")
    finally:
        os.umask(old)
        export._umask.cache_clear()
    assert stat.S_IMODE((tmp_path / "f.txt").stat().st_mode) == 0o644


def test_export_write_atomic_failure_keeps_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "f.txt"
    export.write_atomic(target, "old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export.os, "replace", broken_replace)
    with pytest.raises(OSError):
        export.write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f.txt"]


def test_export_removes_temps_a_killed_run_left(tmp_path):
    (tmp_path / "clean").mkdir()
    (tmp_path / ".films.json.abc123.tmp").write_text("{half", encoding="utf-8")
    (tmp_path / "clean" / ".a.txt.xyz.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "notes.tmp").write_text("not ours: not hidden", encoding="utf-8")
    export.export([_article()], {"counts": {}}, tmp_path)
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    assert left == ["clean", "clean/a.txt", "corrections.csv", "films.csv", "films.json", "films.schema.json",
                    "notes.tmp", "report.json"]
