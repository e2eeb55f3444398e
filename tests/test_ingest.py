"""Ingest: file discovery, decoding, safe ids, and a report entry for every file."""

import pytest

from pipeline.ingest import decode, ingest, safe_id


@pytest.mark.parametrize(
    "name, expected",
    [
        ("000_952f3a0165ab6795", "000_952f3a0165ab6795"),
        ("my article", "my_article"),
        ("Amélie review", "Amelie_review"),
        ("..", "article"),
        ("--rm -rf", "rm_-rf"),
        ("../../etc/passwd", "etc_passwd"),
        ("日本語", "article"),
    ],
)
def test_safe_id_is_file_name_safe(name, expected):
    assert safe_id(name) == expected


@pytest.mark.parametrize(
    "data, text",
    [
        ("café ’s".encode("utf-8"), "café ’s"),
        (b"\xef\xbb\xbf" + "café".encode("utf-8"), "café"),
        ("café".encode("utf-16"), "café"),
        (b"caf\xe9 \x93q\x94", "café “q”"),
        (b"a\r\nb\rc", "a\nb\nc"),
    ],
)
def test_decode_reads_common_encodings(data, text):
    assert decode(data)[0] == text


def test_ingest_reports_every_file(tmp_path):
    (tmp_path / "one.txt").write_text("Some article text.", encoding="utf-8")
    (tmp_path / "one.TXT").parent.joinpath("sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("Another article.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def")
    articles, reports = ingest(tmp_path)
    status = {r.path: (r.status, r.reason) for r in reports}
    assert status == {
        "empty.txt": ("skipped", "empty"),
        "image.png": ("skipped", "unsupported file kind '.png'"),
        "nul.txt": ("failed", "binary (NUL bytes)"),
        "one.txt": ("ok", ""),
        "sub/one.txt": ("ok", ""),
    }
    assert [a.article_id for a in articles] == ["one", "one-2"]
    assert articles[1].raw == "Another article."
