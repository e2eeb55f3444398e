"""Find the input files under the raw folder and say which ones are not read, and why.

Used by the ingest stage. Input: a folder. Output: one `Entry` per file (and per
folder that is not entered), sorted by relative path. Nothing outside the folder
is ever read: symlinks leading out of it, symlinked folders, hidden files and
folders, pipes, sockets and devices are listed with a reason instead of read.
No file is opened here; only directory listings and `stat` calls.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    """One thing found under the raw folder.

    rel: its path relative to the folder (POSIX, folders end in "/"); reason: why it is
    not read (None: ingest reads it); failed: the reason is a failure, not a documented skip.
    """

    path: Path
    rel: str
    reason: str | None = None
    failed: bool = False


def discover(raw_dir: Path) -> list[Entry]:
    """All files below raw_dir -> entries sorted by relative path. Never raises for what it finds."""
    root = raw_dir.resolve()
    out: list[Entry] = []
    stack = [raw_dir]
    while stack:  # iterative: no recursion limit on deep folder trees
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                children = list(listing)
        except OSError as exc:
            rel = _text(folder.relative_to(raw_dir).as_posix()) + "/"
            out.append(Entry(folder, rel, f"folder cannot be read: {exc.strerror or exc}", failed=True))
            continue
        for child in children:
            out.extend(_entry(Path(child.path), raw_dir, root, child, stack))
    return sorted(out, key=lambda e: e.rel)


def _entry(path: Path, raw_dir: Path, root: Path, child: os.DirEntry, stack: list[Path]) -> list[Entry]:
    """One directory entry -> its Entry (or none for a folder, which goes on the stack)."""
    rel = _text(path.relative_to(raw_dir).as_posix())
    try:
        is_link = child.is_symlink()
        is_dir = child.is_dir(follow_symlinks=False)
        is_file = child.is_file(follow_symlinks=False)
    except OSError as exc:
        return [Entry(path, rel, f"cannot be read: {exc.strerror or exc}", failed=True)]
    if child.name.startswith("."):
        kind = "folder" if is_dir else "file"
        return [Entry(path, rel + ("/" if is_dir else ""), f"hidden {kind} (name starts with '.'): not read")]
    if is_link:
        return [Entry(path, rel, _symlink_reason(path, root))]
    if is_dir:
        stack.append(path)
        return []
    if not is_file:
        return [Entry(path, rel, "not a regular file (a pipe, socket or device)")]
    return [Entry(path, rel)]


def _symlink_reason(path: Path, root: Path) -> str | None:
    """Why a symlink is not followed, or None when it leads to a regular file inside root."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.11)
        return "broken symlink (its target does not exist or loops)"
    if not target.is_relative_to(root):
        return "symlink to a file outside the input folder (not followed)"
    if target.is_dir():
        return "symlink to a folder (not followed)"
    if not target.is_file():
        return "not a regular file (a pipe, socket or device)"
    return None


def _text(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 (kept by Python as lone
    surrogates, which cannot be written to JSON files) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
