"""A run killed mid-way (SIGKILL) leaves every output file either as the previous run
wrote it or as the new run writes it, whole: never half a file.

One helper process loads the spaCy model once, then forks a run per kill point: the
fork stops at a chosen moment (when export starts, with half of films.json written to
its temp file, before the n-th file is renamed into place, or after a fixed delay) and
the helper kills it with SIGKILL, so no clean-up code of the run can help it.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import GOLD

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent
OUTPUTS = ["films.json", "films.csv", "corrections.csv", "films.schema.json", "report.json"]

HELPER = r'''
import json, os, signal, sys, time
import pipeline.cli, pipeline.export, pipeline.run
from pipeline.annotate import load_nlp

from pipeline.record import Article

# Load the model, word lists and themes once (a run on a small article); every run
# below is a fork that shares them.
pipeline.run.process([Article("warm", "warm.txt", "txt", "The warmTitle film (1999) is a heist movie.")], load_nlp(None))


def pause(w):
    os.write(w, b"p")  # tell the helper where we are, then wait to be killed
    time.sleep(600)


def arm(point, w):
    kind, _, arg = point.partition(":")
    if kind == "export":
        real_export = pipeline.run.export
        def export(*a, **k):
            pause(w)
            return real_export(*a, **k)
        pipeline.run.export = export
    elif kind == "replace":  # stop before the n-th output file is renamed into place
        real_replace, seen = os.replace, [0]
        def replace(src, dst):
            seen[0] += 1
            if seen[0] == int(arg):
                pause(w)
            real_replace(src, dst)
        os.replace = replace
    elif kind == "half":  # stop with half of one file written to its temp file
        real_mkstemp, real_fdopen, temps = pipeline.export.tempfile.mkstemp, os.fdopen, {}
        def mkstemp(*a, **k):
            fd, path = real_mkstemp(*a, **k)
            temps[fd] = path
            return fd, path
        def fdopen(fd, *a, **k):
            fh = real_fdopen(fd, *a, **k)
            if os.path.basename(temps.get(fd, "")).startswith("." + arg + "."):
                real_write = fh.write
                def write(text):
                    real_write(text[: len(text) // 2])
                    fh.flush()
                    pause(w)
                fh.write = write
            return fh
        pipeline.export.tempfile.mkstemp = mkstemp
        os.fdopen = fdopen


for raw, out, point, copy_to in json.loads(sys.argv[1]):
    t0 = time.perf_counter()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        if point and not point.startswith("sleep:"):
            arm(point, w)
        # in this process and without the cache: the armed stops count export's own renames
        os._exit(pipeline.cli.main(["extract", "--raw", raw, "--out", out, "--workers", "1", "--no-cache"]))
    os.close(w)
    if point.startswith("sleep:"):
        time.sleep(float(point[6:]))
        os.kill(pid, signal.SIGKILL)
    elif point and os.read(r, 1):
        os.kill(pid, signal.SIGKILL)
    os.close(r)
    _, status = os.waitpid(pid, 0)
    if copy_to:  # keep what this run left, before a later run changes it
        import shutil
        shutil.copytree(out, copy_to)
    killed = os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    print(json.dumps({"out": out, "point": point, "killed": killed, "seconds": round(time.perf_counter() - t0, 2),
                      "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None}), flush=True)
'''


def _raw(folder: Path, names: list[str], edited: str | None = None) -> Path:
    """Gold articles, each cut to its first paragraphs (a run then takes a fraction of a second)."""
    folder.mkdir()
    for name in names:
        text = "\n\n".join((GOLD / f"{name}.txt").read_text(encoding="utf-8").split("\n\n")[:6])
        if name == edited:  # the same article, changed: its outputs differ between the two runs
            text = text.replace("\n\n", "\n\nA new line of text here.\n\n", 1)
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def _comparable(name: str, data: bytes):
    """A file's content as compared between runs: report.json without its timings."""
    if name == "report.json":
        report = json.loads(data)  # raises if the file is not whole
        report.pop("timings_seconds")
        return report
    return data


def _run_helper(jobs: list[tuple]) -> list[dict]:
    """Run (raw, out, kill point[, copy out to]) jobs in one helper process; one result per job."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    args = [[str(job[0]), str(job[1]), job[2], str(job[3]) if len(job) > 3 else ""] for job in jobs]
    done = subprocess.run([sys.executable, "-c", HELPER, json.dumps(args)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


@pytest.fixture(scope="module")
def killed_runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("killed")
    names = sorted(p.stem for p in GOLD.glob("*.txt") if not p.name.endswith(".clean.txt"))
    raw_old = _raw(base / "raw_old", names[:5])
    raw_new = _raw(base / "raw_new", names[2:7], edited=names[3])
    n_clean = len(names[2:7])
    # export renames: clean/<id>.txt for each article, then schema, corrections, films.csv, films.json, report
    points = ["export", "replace:1", f"replace:{n_clean // 2}", f"replace:{n_clean + 2}", f"replace:{n_clean + 4}",
              "half:films.json", "half:corrections.csv", f"replace:{n_clean + 5}", "sleep:0.1", "sleep:0.3", "sleep:0.6", ""]
    old, new = base / "old", base / "new"
    _run_helper([(raw_old, old, ""), (raw_new, new, "")])
    jobs = []
    for n, point in enumerate(points):
        out = base / f"out{n}"
        shutil.copytree(old, out)
        jobs.append((raw_new, out, point) + ((base / "rerun",) if point == "half:films.json" else ()))
    jobs.append((raw_new, base / "rerun", ""))  # a later run into what the half-written one left
    results = _run_helper(jobs)
    return _snapshot(old), _snapshot(new), results


def _versions(out: dict[str, bytes], old: dict[str, bytes], new: dict[str, bytes]) -> dict[str, str]:
    """Each output file -> "old" or "new" (asserting it is one of them, whole)."""
    which = {}
    for name, data in out.items():
        if Path(name).name.startswith(".") and name.endswith(".tmp"):
            continue  # a hidden temp file of the killed write: not an output
        got = _comparable(name, data)
        if name in new and got == _comparable(name, new[name]):
            which[name] = "new"
        elif name in old and got == _comparable(name, old[name]):
            which[name] = "old"
        else:
            raise AssertionError(f"{name} is neither the old nor the new version")
    return which


def test_killed_runs_were_killed_mid_way(killed_runs):
    _, _, results = killed_runs
    paused = [r for r in results if r["point"] and not r["point"].startswith("sleep:")]
    assert len(paused) == 8 and all(r["killed"] for r in paused)
    assert [r["code"] for r in results if not r["point"]] == [0, 0]


def test_killed_runs_leave_only_whole_old_or_new_files(killed_runs):
    old, new, results = killed_runs
    assert old["films.json"] != new["films.json"] and old["corrections.csv"] != new["corrections.csv"]
    for r in results[:-1]:
        out = _snapshot(Path(r["out"]))
        which = _versions(out, old, new)
        assert set(OUTPUTS) <= set(which), r["point"]
        json.loads(out["films.json"])
        pd.read_csv(Path(r["out"]) / "films.csv", keep_default_na=False)
        if not r["killed"]:
            assert set(which.values()) == {"new"}


@pytest.mark.parametrize(
    "point, expected",
    [
        ("export", {"films.json": "old", "films.csv": "old", "report.json": "old"}),
        ("replace:1", {"films.json": "old", "corrections.csv": "old"}),
        ("replace:+4", {"corrections.csv": "new", "films.csv": "new", "films.json": "old", "report.json": "old"}),
        ("half:films.json", {"films.csv": "new", "films.json": "old", "report.json": "old"}),
        ("half:corrections.csv", {"corrections.csv": "old", "films.csv": "old"}),
        ("replace:+5", {"films.json": "new", "report.json": "old"}),
    ],
)
def test_killed_runs_stop_between_whole_files(killed_runs, point, expected):
    old, new, results = killed_runs
    n_clean = sum(name.startswith("clean/") for name in new)
    if point.startswith("replace:+"):
        point = f"replace:{n_clean + int(point[9:])}"
    r = next(r for r in results if r["point"] == point)
    which = _versions(_snapshot(Path(r["out"])), old, new)
    assert {name: which[name] for name in expected} == expected


def test_killed_half_write_leaves_a_hidden_temp_that_the_next_run_removes(killed_runs):
    old, new, results = killed_runs
    half = next(r for r in results if r["point"] == "half:films.json")
    temps = {name: data for name, data in _snapshot(Path(half["out"])).items() if name.endswith(".tmp")}
    [(name, data)] = temps.items()
    assert name.startswith(".films.json.") and new["films.json"].startswith(data) and data != new["films.json"]
    rerun = results[-1]
    assert rerun["code"] == 0
    out = _snapshot(Path(rerun["out"]))
    assert not [name for name in out if name.endswith(".tmp")]
    assert {name: _comparable(name, data) for name, data in out.items()} == {
        name: _comparable(name, data) for name, data in new.items()}
