"""Shared fixtures: the spaCy model loads once per test session."""

import os
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold"
# Worker processes (the forkserver pool, Dask, CLI subprocesses) must import this checkout's
# `pipeline`, not the one an environment shared between checkouts was installed from.
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(GOLD.parent.parent), os.environ.get("PYTHONPATH")) if p)
SEED_ID = "000_952f3a0165ab6795"


@pytest.fixture(scope="session")
def nlp():
    """The default spaCy pipeline, loaded once (tests using it are marked slow)."""
    from pipeline.annotate import load_nlp

    return load_nlp(None)


@pytest.fixture(scope="session")
def seed_raw() -> str:
    """The seed article as scraped."""
    return (GOLD / f"{SEED_ID}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session", autouse=True)
def working_dir(tmp_path_factory):
    """Run every test in a scratch working directory, so the default `.cache/` never lands in the repository."""
    folder = tmp_path_factory.mktemp("cwd")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        yield folder
