"""End to end on a folder of bad and odd inputs, generated here (no committed binaries).

The CLI runs once on it (one spaCy load): good files are processed, every bad or odd
one is in report.json with its reason, nothing is written outside the output folder,
and --strict turns failed inputs into exit code 3.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import EXIT_FAILED_INPUTS, main
from tests.conftest import GOLD

pytestmark = pytest.mark.slow
MAX_BYTES = 100_000
ROOT = os.geteuid() == 0
ARTICLE = (GOLD / "002_crime_heat.txt").read_text(encoding="utf-8")
PAGE = (GOLD.parent / "fixtures" / "articles" / "005_war_1917.html").read_bytes()
PROSE = "The heist film opens at night. Its director keeps the camera close to the crew.\n"

# (path, bytes or a builder, expected status, expected reason (a prefix for JSON errors), good or bad)
# A builder is called with (raw folder, outside folder) and creates the entry itself.


def _symlink(target_of):
    def build(raw, outside, rel):
        os.symlink(target_of(raw, outside), raw / rel)
    return build


def _fifo(raw, outside, rel):
    os.mkfifo(raw / rel)


def _unreadable(raw, outside, rel):
    (raw / rel).write_text(PROSE, encoding="utf-8")
    (raw / rel).chmod(0)


def _hidden_folder(raw, outside, rel):
    (raw / rel).mkdir()
    (raw / rel / "config").write_text("x", encoding="utf-8")


def _bad_name(raw, outside, rel):
    with open(os.path.join(os.fsencode(raw), b"bad\xffname.txt"), "wb") as fh:
        fh.write(PROSE.encode("utf-8"))


JSONL = (json.dumps({"id": "rec-ok", "text": PROSE}) + "\n" + '{"text": "broken\n'
         + json.dumps({"title": "no body"}) + "\n" + json.dumps({"id": "../../etc/passwd", "text": PROSE}) + "\n")
CASES = [
    ("good.txt", ARTICLE.encode("utf-8"), "ok", "", "good"),
    ("good page.html", PAGE, "ok", "", "good"),
    ("feed.jsonl", JSONL.encode("utf-8"), "ok", "", "odd"),  # a bad line and a record without text
    ("empty.txt", b"", "skipped", "empty", "bad"),
    ("whitespace.txt", b" \n\t\n  ", "skipped", "empty", "bad"),
    ("nul.txt", b"some text\x00more", "failed", "binary (NUL bytes)", "bad"),
    ("png_named.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "failed", "binary (NUL bytes)", "bad"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "skipped", "unsupported file kind '.png'", "bad"),
    ("undecodable.txt", b"\x81\x8d\x8f\x90\x9d\x01\x02\x03" * 30, "failed", "not UTF-8 and no encoding detected", "bad"),
    ("controls.txt", bytes(range(1, 9)) * 30, "failed", "binary (control characters)", "bad"),
    ("utf16_bom.txt", PROSE.encode("utf-16"), "ok", "", "odd"),
    ("utf16_nobom.txt", PROSE.encode("utf-16-le"), "ok", "", "odd"),
    ("utf8_bom.txt", b"\xef\xbb\xbf" + PROSE.encode("utf-8"), "ok", "", "odd"),
    ("cp1252.txt", b"The caf\xe9 scene is \x93quiet\x94. " + PROSE.encode("ascii"), "ok", "", "odd"),
    ("latin1.txt", b"Fa\xe7ade of the cin\xe9ma. " * 20 + b"\x8d", "ok", "", "odd"),
    ("crlf.txt", PROSE.replace("\n", "\r\n").encode("ascii") * 3, "ok", "", "odd"),
    ("notes.md", b"# not an article kind we read", "skipped", "unsupported file kind '.md'", "bad"),
    ("README", b"no extension", "skipped", "unsupported file kind 'README'", "bad"),
    ("invalid.json", b'{"text": "unterminated', "failed", "not valid JSON (line 1, column", "bad"),
    ("shape.json", b'[1, "two", null]', "skipped", "no article text", "bad"),
    ("deep.json", b"[" * 20_000 + b"]" * 20_000, "failed", "nested too deeply to read", "bad"),
    ("empty.json", b"", "skipped", "empty", "bad"),
    ("allbad.jsonl", b"{nope}\n[1,\n", "failed", "record 1: not valid JSON (line 1, column", "bad"),
    ("deep.html", b"<div>" * 8_000 + PROSE.encode("ascii") + b"</div>" * 8_000, "ok", "", "odd"),
    ("scripts.html", b"<html><script>alert(1)</script><style>p{}</style></html>", "skipped", "no article text in the page", "bad"),
    ("nul.html", b"<p>a\x00b</p>", "failed", "binary (NUL bytes)", "bad"),
    ("name with spaces.txt", PROSE.encode("ascii"), "ok", "", "odd"),
    ("Amélie ünïcödé.txt", PROSE.encode("ascii"), "ok", "", "odd"),
    ("-rf --leading dash.txt", PROSE.encode("ascii"), "ok", "", "odd"),
    ("up..dots...txt", PROSE.encode("ascii"), "ok", "", "odd"),
    ("collide me.txt", PROSE.encode("ascii"), "ok", "", "odd"),
    ("collide_me.txt", PROSE.encode("ascii"), "ok", "", "odd"),
    ("Collide_Me.txt", PROSE.encode("ascii"), "ok", "", "odd"),
    ("punctuation.txt", b"((((" * 2_000 + b" " + b"a." * 2_000 + b" " + b"'" * 5_000, "ok", "", "odd"),
    ("huge.txt", b"word " * 30_000, "skipped", f"larger than --max-bytes ({MAX_BYTES} bytes)", "bad"),
    ("folder.txt/inner.txt", PROSE.encode("ascii"), "ok", "", "odd"),  # a folder named like a file
    ("escape.txt", _symlink(lambda raw, out: out / "secret.txt"), "skipped",
     "symlink to a file outside the input folder (not followed)", "bad"),
    ("dotdot.txt", _symlink(lambda raw, out: os.path.join("..", "outside", "secret.txt")), "skipped",
     "symlink to a file outside the input folder (not followed)", "bad"),
    ("dangling.txt", _symlink(lambda raw, out: raw / "nowhere.txt"), "skipped",
     "broken symlink (its target does not exist or loops)", "bad"),
    ("loop.txt", _symlink(lambda raw, out: raw / "loop.txt"), "skipped",
     "broken symlink (its target does not exist or loops)", "bad"),
    ("folder_link", _symlink(lambda raw, out: raw / "folder.txt"), "skipped", "symlink to a folder (not followed)", "bad"),
    ("pipe.txt", _fifo, "skipped", "not a regular file (a pipe, socket or device)", "bad"),
    (".hidden.txt", PROSE.encode("ascii"), "skipped", "hidden file (name starts with '.'): not read", "bad"),
    (".cache/", _hidden_folder, "skipped", "hidden folder (name starts with '.'): not read", "bad"),
    ("bad\ufffdname.txt", _bad_name, "ok", "", "odd"),
    ("unreadable.txt", _unreadable, "ok" if ROOT else "failed", "" if ROOT else "cannot read: Permission denied", "bad"),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("corpus")
    raw, outside = base / "raw", base / "outside"
    raw.mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("SECRET outside text", encoding="utf-8")
    for rel, content, *_ in CASES:
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        if callable(content):
            content(raw, outside, rel.rstrip("/"))
        else:
            (raw / rel).write_bytes(content)
    yield raw
    (raw / "unreadable.txt").chmod(0o644)


@pytest.fixture(scope="module")
def run(corpus, tmp_path_factory, nlp):
    out = tmp_path_factory.mktemp("out")
    code = main(["extract", "--raw", str(corpus), "--out", str(out), "--max-bytes", str(MAX_BYTES)])
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return code, out, report


def test_bad_inputs_corpus_is_large_enough():
    assert sum(kind != "good" for *_, kind in CASES) >= 25


def test_bad_inputs_every_input_reported_with_its_reason(run):
    code, _, report = run
    got = {i["path"]: (i["status"], i["reason"]) for i in report["inputs"]}
    assert sorted(got) == sorted(rel for rel, *_ in CASES)
    for rel, _, status, reason, _ in CASES:
        assert got[rel][0] == status, rel
        assert got[rel][1].startswith(reason) and (reason or not got[rel][1]), (rel, got[rel][1])
    counts = report["counts"]
    assert counts["inputs"] == len(CASES)
    assert (counts["ok"], counts["skipped"], counts["failed"]) == tuple(
        sum(s == want for _, _, s, _, _ in CASES) for want in ("ok", "skipped", "failed"))
    assert code == 0  # without --strict, failed inputs are reported, not fatal


def test_bad_inputs_good_files_processed(run):
    _, out, report = run
    doc = json.loads((out / "films.json").read_text(encoding="utf-8"))
    by_source = {a["source"]: a for a in doc["articles"]}
    assert len(by_source["good.txt"]["films"]) >= 5
    assert len(by_source["good page.html"]["films"]) >= 5
    assert {rel for rel, _, status, *_ in CASES if status == "ok"} == set(by_source)


def test_bad_inputs_records_reported_one_by_one(run):
    _, _, report = run
    feed = next(i for i in report["inputs"] if i["path"] == "feed.jsonl")
    assert [(r["record"], r["status"], r["article_id"]) for r in feed["records"]] == [
        (1, "ok", "rec-ok"), (2, "failed", None), (3, "skipped", None), (4, "ok", "etc_passwd")]
    assert feed["records"][1]["reason"].startswith("record 2: not valid JSON (line 1, column")
    assert feed["records"][2]["reason"] == "no article text in record 3"
    assert report["counts"]["failed_records"] == 1 + 2  # feed.jsonl's bad line, both lines of allbad.jsonl


def test_bad_inputs_decoded_as_their_encoding(run):
    _, out, report = run
    enc = {i["path"]: i["encoding"] for i in report["inputs"]}
    assert [enc[p] for p in ("utf16_bom.txt", "utf16_nobom.txt", "utf8_bom.txt", "cp1252.txt", "latin1.txt")] == [
        "utf-16", "utf-16-le", "utf-8", "cp1252", "latin-1"]
    clean = {p.name: p.read_text(encoding="utf-8") for p in (out / "clean").iterdir()}
    assert clean["cp1252.txt"].startswith("The café scene is “quiet”.")
    assert clean["utf16_nobom.txt"] == clean["utf8_bom.txt"] == PROSE
    assert "\r" not in clean["crlf.txt"]


def test_bad_inputs_ids_safe_unique_and_outputs_stay_inside(run):
    _, out, report = run
    ids = [a for i in report["inputs"] for a in i["article_ids"]]
    assert len({i.casefold() for i in ids}) == len(ids)
    by_path = {i["path"]: i["article_ids"] for i in report["inputs"]}
    assert by_path["collide me.txt"] + by_path["collide_me.txt"] + by_path["Collide_Me.txt"] == [
        "collide_me-2", "collide_me-3", "Collide_Me"]
    assert by_path["-rf --leading dash.txt"] == ["rf_--leading_dash"]
    assert by_path["Amélie ünïcödé.txt"] == ["Amelie_unicode"]
    assert by_path["up..dots...txt"] == ["up..dots.."]
    for article_id in ids:
        assert not article_id.startswith((".", "-")) and "/" not in article_id
    assert sorted(p.name for p in (out / "clean").iterdir()) == sorted(f"{i}.txt" for i in ids)
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve()) and not path.is_symlink()
        assert not path.name.endswith(".tmp")
    assert "SECRET" not in (out / "films.json").read_text(encoding="utf-8")


def test_bad_inputs_csvs_load(run):
    _, out, _ = run
    films = pd.read_csv(out / "films.csv", keep_default_na=False)
    assert set(films.article_id) >= {"good", "good_page"}
    pd.read_csv(out / "corrections.csv", keep_default_na=False)


def test_bad_inputs_strict_exit_code(corpus, tmp_path, nlp, capsys, run):
    args = ["extract", "--raw", str(corpus), "--out", str(tmp_path / "out"), "--max-bytes", str(MAX_BYTES)]
    assert main(args + ["--strict"]) == EXIT_FAILED_INPUTS == 3
    err = capsys.readouterr().err
    assert "failed inputs" in err and "nul.txt" in err and "\x00" not in err
    for name in ["films.json", "films.csv", "corrections.csv"]:  # a second run: the same bytes
        assert (tmp_path / "out" / name).read_bytes() == (run[1] / name).read_bytes(), name


def test_bad_inputs_same_bytes_from_another_process(corpus, tmp_path, run):
    """Determinism across processes: another string-hash seed, the same output bytes."""
    env = dict(os.environ, PYTHONHASHSEED="12345")
    done = subprocess.run([sys.executable, "-m", "pipeline", "extract", "--raw", str(corpus), "--out", str(tmp_path / "out"),
                           "--max-bytes", str(MAX_BYTES)], env=env, capture_output=True, text=True, timeout=600,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr[-2000:]
    for name in ["films.json", "films.csv", "corrections.csv"]:
        assert (tmp_path / "out" / name).read_bytes() == (run[1] / name).read_bytes(), name


def test_strict_exit_zero_when_inputs_only_ok_or_skipped(tmp_path, nlp):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(PROSE, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "notes.md").write_text("x", encoding="utf-8")
    (raw / "big.txt").write_text(PROSE * 10, encoding="utf-8")
    assert main(["extract", "--raw", str(raw), "--out", str(tmp_path / "out"), "--strict", "--max-bytes", "500"]) == 0


def test_a_stage_error_on_one_article_fails_only_that_input(tmp_path, nlp, monkeypatch):
    import pipeline.run

    real = pipeline.run.extract

    def extract(article):
        if article.article_id == "boom":
            raise RuntimeError("simulated bug")
        return real(article)

    monkeypatch.setattr(pipeline.run, "extract", extract)
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "boom.txt").write_text(PROSE, encoding="utf-8")
    (raw / "fine.txt").write_text(PROSE, encoding="utf-8")
    shutil.copy(raw / "fine.txt", raw / "fine2.txt")
    out = tmp_path / "out"
    in_process = ["--workers", "1", "--no-cache"]  # the patched stage lives in this process only
    assert main(["extract", "--raw", str(raw), "--out", str(out), *in_process]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    status = {i["path"]: (i["status"], i["reason"], i["article_ids"]) for i in report["inputs"]}
    assert status["boom.txt"] == ("failed", "extract stage failed on article boom (RuntimeError: simulated bug)", [])
    assert status["fine.txt"] == ("ok", "", ["fine"])
    doc = json.loads((out / "films.json").read_text(encoding="utf-8"))
    assert [a["article_id"] for a in doc["articles"]] == ["fine", "fine2"]
    assert main(["extract", "--raw", str(raw), "--out", str(out), "--strict", *in_process]) == 3


def test_cli_flags_reach_the_options_object():
    from pipeline.cli import build_parser, options_from_args
    from pipeline.options import DEFAULT_MAX_BYTES

    options = options_from_args(build_parser().parse_args(["extract", "--max-bytes", "1234", "--strict"]))
    assert (options.max_bytes, options.strict) == (1234, True)
    default = options_from_args(build_parser().parse_args(["extract"]))
    assert (default.max_bytes, default.strict) == (DEFAULT_MAX_BYTES, False)


@pytest.mark.parametrize("value", ["0", "-5", "lots"])
def test_cli_rejects_a_max_bytes_that_is_no_positive_number(value, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["extract", "--max-bytes", value])
    assert stop.value.code == 2 and "--max-bytes" in capsys.readouterr().err
