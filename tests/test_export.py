"""Export: the output contract (schema, CSV columns, CSV safety, atomic writes)."""

import csv
import io
import json

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
