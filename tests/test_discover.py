"""Discover: every file under the input folder is listed; nothing outside it is read."""

import os

import pytest

from pipeline.discover import discover


def _reasons(raw):
    return {e.rel: (e.reason, e.failed) for e in discover(raw)}


def test_discover_lists_files_in_stable_order(tmp_path):
    for rel in ["b.txt", "a/z.txt", "a/b/c.txt", "A.txt"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    assert [e.rel for e in discover(tmp_path)] == ["A.txt", "a/b/c.txt", "a/z.txt", "b.txt"]
    assert all(e.reason is None for e in discover(tmp_path))


def test_discover_lists_hidden_files_and_folders_without_entering_them(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref", encoding="utf-8")
    assert _reasons(tmp_path) == {
        ".DS_Store": ("hidden file (name starts with '.'): not read", False),
        ".git/": ("hidden folder (name starts with '.'): not read", False),
    }


def test_discover_does_not_follow_symlinks_out_or_into_folders(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "sub" / "inside.txt").write_text("in", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("out", encoding="utf-8")
    (raw / "out.txt").symlink_to(tmp_path / "secret.txt")
    (raw / "rel_out.txt").symlink_to(os.path.join("..", "secret.txt"))
    (raw / "in.txt").symlink_to(raw / "sub" / "inside.txt")
    (raw / "dir_link").symlink_to(raw / "sub")
    (raw / "up_link").symlink_to(tmp_path)
    (raw / "dangling.txt").symlink_to(raw / "missing.txt")
    (raw / "loop.txt").symlink_to(raw / "loop.txt")
    outside = "symlink to a file outside the input folder (not followed)"
    broken = "broken symlink (its target does not exist or loops)"
    assert _reasons(raw) == {
        "dangling.txt": (broken, False),
        "dir_link": ("symlink to a folder (not followed)", False),
        "in.txt": (None, False),
        "loop.txt": (broken, False),
        "out.txt": (outside, False),
        "rel_out.txt": (outside, False),
        "sub/inside.txt": (None, False),
        "up_link": (outside, False),
    }


def test_discover_lists_pipes_instead_of_reading_them(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "to_pipe.txt").symlink_to(tmp_path / "pipe.txt")
    special = "not a regular file (a pipe, socket or device)"
    assert _reasons(tmp_path) == {"pipe.txt": (special, False), "to_pipe.txt": (special, False)}


def test_discover_names_that_are_not_utf8_become_valid_text(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"bad\xffname.txt"), "wb") as fh:
        fh.write(b"x")
    [entry] = discover(tmp_path)
    assert entry.rel == "bad\ufffdname.txt" and entry.path.read_bytes() == b"x"
    entry.rel.encode("utf-8")  # no lone surrogates: the name can go into report.json


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder")
def test_discover_reports_an_unreadable_folder_as_failed(tmp_path):
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        assert _reasons(tmp_path) == {"locked/": ("folder cannot be read: Permission denied", True)}
    finally:
        (tmp_path / "locked").chmod(0o755)


def test_discover_reports_a_folder_it_cannot_list_even_as_root(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    (tmp_path / "ok.txt").write_text("x", encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if os.path.basename(path) == "locked":
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr("pipeline.discover.os.scandir", scandir)
    assert _reasons(tmp_path) == {"locked/": ("folder cannot be read: Permission denied", True), "ok.txt": (None, False)}
