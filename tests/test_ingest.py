"""Ingest: file discovery, decoding, safe ids, and a report entry for every file."""

import pytest

from pipeline.ingest import article_from_html, decode, ingest, safe_id


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


def _by_path(reports):
    return {r.path: r for r in reports}


def test_ingest_reads_html_without_repair_and_keeps_markup(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Page</title></head><body><p>See <i>A Film</i> today.</p></body></html>", encoding="utf-8")
    articles, reports = ingest(tmp_path)
    [article] = articles
    assert (article.format, article.damaged, article.raw) == ("html", False, "See A Film today.\n")
    assert [article.raw[s:e] for s, e, _ in article.markup] == ["A Film"]
    assert article.meta["title"] == "Page"
    assert _by_path(reports)["page.html"].status == "ok"


def test_ingest_reads_json_and_jsonl_records(tmp_path):
    (tmp_path / "one.json").write_text('{"id": "rec-1", "title": "T", "text": "Plain scraped text."}', encoding="utf-8")
    (tmp_path / "many.jsonl").write_text(
        '{"html": "<p>From <em>markup</em>.</p>", "url": "https://x.example/a"}\n'
        '{"content": "Some content."}\n'
        '{"url": "https://x.example/empty"}\n'
        '\n'
        '{"id": "rec-1", "text": "Same id again."}\n', encoding="utf-8")
    articles, reports = ingest(tmp_path)
    got = {a.article_id: (a.format, a.damaged, a.raw) for a in articles}
    assert got == {
        "many-1": ("jsonl", False, "From markup.\n"),
        "many-2": ("jsonl", True, "Some content."),
        "rec-1": ("jsonl", True, "Same id again."),
        "rec-1-2": ("json", True, "Plain scraped text."),
    }
    records = _by_path(reports)["many.jsonl"].records
    assert [(r["record"], r["status"], r["reason"]) for r in records] == [
        (1, "ok", ""), (2, "ok", ""), (3, "skipped", "no article text in record 3"),
        (4, "skipped", "no article text in record 4 (not an object)"), (5, "ok", ""),
    ]


@pytest.mark.parametrize(
    "name, data, status, reason",
    [
        ("bad.json", b'{"text": "unterminated', "failed", "not valid JSON"),
        ("nothing.json", b'{"title": "no body"}', "skipped", "no article text"),
        ("empty.html", b"   ", "skipped", "empty"),
        ("scripts.html", b"<html><script>x()</script></html>", "skipped", "no article text in the page"),
    ],
)
def test_ingest_reports_bad_records_and_pages(tmp_path, name, data, status, reason):
    (tmp_path / name).write_bytes(data)
    articles, reports = ingest(tmp_path)
    report = _by_path(reports)[name]
    assert (articles, report.status) == ([], status) and report.reason.startswith(reason)


def test_ingest_does_not_follow_symlinks_out_of_raw(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("secret text", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "link.txt").symlink_to(outside)
    (raw / "real.txt").write_text("An article.", encoding="utf-8")
    articles, reports = ingest(raw)
    assert [a.raw for a in articles] == ["An article."]
    assert _by_path(reports)["link.txt"].status == "skipped"


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        ("Café noir".encode("utf-16-le"), "Café noir", "utf-16-le"),
        ("Café noir".encode("utf-16-be"), "Café noir", "utf-16-be"),
        ("Café noir".encode("utf-32"), "Café noir", "utf-32"),
        (b"\xff\xfe" + "odd".encode("utf-16-le") + b"x", "odd\ufffd", "utf-16"),  # truncated: replaced, no crash
        (("Fa\xe7ade du cin\xe9ma. " * 20).encode("latin-1") + b"\x81", ("Façade du cinéma. " * 20) + "\x81", "latin-1"),
    ],
)
def test_read_text_detects_encodings_without_crashing(data, text, encoding):
    from pipeline.ingest import read_text

    assert read_text(data) == (text, encoding, "")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"abc\x00def", "binary (NUL bytes)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary (NUL bytes)"),
        (bytes(range(1, 32)) * 8 + b"\x81\x8d\x8f\x90\x9d", "not UTF-8 and no encoding detected"),
    ],
)
def test_read_text_refuses_binary_data(data, reason):
    from pipeline.ingest import read_text

    assert read_text(data) == (None, None, reason)


def test_ingest_skips_files_over_max_bytes_unread(tmp_path):
    (tmp_path / "small.txt").write_text("A short article.", encoding="utf-8")
    (tmp_path / "big.txt").write_text("x" * 101, encoding="utf-8")
    (tmp_path / "exact.txt").write_text("y" * 100, encoding="utf-8")
    articles, reports = ingest(tmp_path, max_bytes=100)
    assert [a.article_id for a in articles] == ["exact", "small"]
    big = _by_path(reports)["big.txt"]
    assert (big.status, big.reason) == ("skipped", "larger than --max-bytes (100 bytes)")


def test_ingest_jsonl_bad_line_costs_only_its_record(tmp_path):
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "First record text."}\n{"text": oops}\n{"title": "no body"}\n{"text": "Fourth record."}\n', encoding="utf-8")
    (tmp_path / "allbad.jsonl").write_text('{not json}\n[1, 2\n', encoding="utf-8")
    articles, reports = ingest(tmp_path)
    assert [a.article_id for a in articles] == ["feed-1", "feed-4"]
    feed = _by_path(reports)["feed.jsonl"]
    assert feed.status == "ok"
    assert [(r["record"], r["status"], r["reason"][:38]) for r in feed.records] == [
        (1, "ok", ""), (2, "failed", "record 2: not valid JSON (line 1, colu"),
        (3, "skipped", "no article text in record 3"), (4, "ok", ""),
    ]
    allbad = _by_path(reports)["allbad.jsonl"]
    assert (allbad.status, allbad.reason[:35]) == ("failed", "record 1: not valid JSON (line 1, c")


def test_ingest_jsonl_line_may_hold_unicode_line_separators(tmp_path):
    (tmp_path / "feed.jsonl").write_text('{"text": "One\u2028line."}\n', encoding="utf-8")
    articles, reports = ingest(tmp_path)
    assert [a.raw for a in articles] == ["One\u2028line."]


@pytest.mark.parametrize(
    "name, data, status, reason",
    [
        ("deep.json", b"[" * 100_000 + b"]" * 100_000, "failed", "nested too deeply to read"),
        ("empty.json", b"", "skipped", "empty"),
        ("blank.jsonl", b"\n \n", "skipped", "empty"),
        ("nul.html", b"<p>a\x00b</p>", "failed", "binary (NUL bytes)"),
        ("controls.txt", bytes(range(1, 9)) * 40, "failed", "binary (control characters)"),
        ("garbage.txt", b"\x81\x8d\x8f\x90\x9d\x01\x02" * 40, "failed", "not UTF-8 and no encoding detected"),
    ],
)
def test_ingest_reports_unreadable_content(tmp_path, name, data, status, reason):
    (tmp_path / name).write_bytes(data)
    articles, reports = ingest(tmp_path)
    report = _by_path(reports)[name]
    assert (articles, report.status, report.reason) == ([], status, reason)


def test_ingest_ids_differing_only_in_case_are_disambiguated(tmp_path):
    (tmp_path / "Case.txt").write_text("Upper.", encoding="utf-8")
    (tmp_path / "case.txt").write_text("Lower.", encoding="utf-8")
    articles, _ = ingest(tmp_path)
    assert [(a.article_id, a.raw) for a in articles] == [("Case", "Upper."), ("case-2", "Lower.")]


@pytest.mark.slow
def test_ingest_html_person_links_give_no_title_candidates(nlp):
    from pipeline.annotate import annotate
    from pipeline.clean import clean
    from pipeline.extract import extract

    # no italics on the page: every link would count as a title's edge but for its target
    page = ("<h1>Five Quiet Films</h1><p>Comedian <a href='/person/bo-oyelaran'>Bo Oyelaran</a> made "
            "<a href='https://stream.example/harbour'>Harbour Light</a> in 2019. Later "
            "<a href='/person/bo-oyelaran'>Oyelaran</a> went back to the stage.</p>")
    done = extract(annotate(clean(article_from_html("p", "p.html", page)), nlp))
    assert {f.title for f in done.films} == {"Harbour Light"}
