"""Quality gate: the evaluation on tests/gold must meet the floors pinned in tests/gold/floors.json.

Re-pinning a floor is a deliberate change to floors.json. The last test proves the
gate can fail: with a broken repair stage the boundary score drops below its floor.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.annotate import load_nlp
from pipeline.evaluate import evaluate

pytestmark = pytest.mark.slow

GOLD = Path(__file__).parent / "gold"
FLOORS = json.loads((GOLD / "floors.json").read_text(encoding="utf-8"))
SEED = "000_952f3a0165ab6795"


def below_floor(headline: dict, floors: dict) -> list[str]:
    """Headline metrics of one scope and its floors -> the metrics under their floor."""
    return [metric for metric, floor in floors.items() if headline[metric] < floor]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(None)  # cached: the model loads once per test session


@pytest.fixture(scope="module")
def result(nlp):
    return evaluate(GOLD, nlp)


@pytest.mark.parametrize(("scope", "metric"), [(s, m) for s, floors in FLOORS.items() for m in floors])
def test_quality_floor_met(result, scope, metric):
    measured, floor = result["headline"][scope][metric], FLOORS[scope][metric]
    assert measured >= floor, f"{scope} {metric} = {measured} is below its floor {floor}"


def _no_repair_splits(monkeypatch):
    monkeypatch.setattr("pipeline.repair.sure_splits", lambda *args, **kwargs: [])
    monkeypatch.setattr("pipeline.word_split.run_split", lambda *args, **kwargs: [])


def _clean_does_nothing(monkeypatch):
    monkeypatch.setattr("pipeline.run.clean", lambda article: replace(article, clean=article.raw))


@pytest.mark.parametrize("breakage", [_no_repair_splits, _clean_does_nothing], ids=["no-repair-splits", "identity-clean"])
def test_quality_gate_fails_when_repair_is_broken(nlp, tmp_path, monkeypatch, breakage):
    for suffix in (".txt", ".clean.txt", ".films.json"):
        shutil.copy(GOLD / f"{SEED}{suffix}", tmp_path)
    breakage(monkeypatch)
    broken = evaluate(tmp_path, nlp)["headline"][SEED]
    failed = below_floor(broken, FLOORS[SEED])
    assert "boundary_f1" in failed and "boundary_recall" in failed


def test_quality_gate_fails_when_themes_are_broken(nlp, tmp_path, monkeypatch):
    for suffix in (".txt", ".clean.txt", ".films.json", ".themes.json"):
        shutil.copy(GOLD / f"{SEED}{suffix}", tmp_path)
    # every film gets one wrong theme: "heist" is in no film's gold for the seed
    monkeypatch.setattr("pipeline.run.tag_themes", lambda article, matcher: replace(
        article, films=[replace(f, themes=[{"id": "heist", "name": "heist"}]) for f in article.films], themes=[]))
    broken = evaluate(tmp_path, nlp)["headline"][SEED]
    themed = {k: v for k, v in FLOORS["total"].items() if "theme" in k}
    assert set(below_floor(broken, themed)) == set(themed)
