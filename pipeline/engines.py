"""Engines: run the stages over many articles in-process, on a process pool, or on Dask.

Every engine runs one function, `process_chunk`, over consecutive chunks of articles;
the stage logic stays in the stage modules (wired by `pipeline.run.process`). Chunks
finish in any order and each result says where its articles start in the input, so
the merged list is in input order whichever worker finished first.

Local pool: `concurrent.futures.ProcessPoolExecutor` with the "forkserver" start
method. Plain fork would copy whatever the driver holds at that moment (a progress-bar
thread, BLAS thread pools, a model already loaded), which can deadlock a child and blurs
per-worker memory; spawn would re-import spaCy in every worker. A fork server imports
spaCy and the stage modules once, single-threaded and without a model, and forks
workers from that; each worker then loads the model once, in its initializer.

Dask: a `dask.bag` over the articles, one partition per chunk, `map_partitions` calling
`process_chunk`. Workers keep the model in the same per-process cache (`load_nlp`),
so each Dask worker process loads it once, on its first chunk.

As with any non-fork start method, a script that calls `pipeline.run.run` with several
workers must do so under `if __name__ == "__main__":` (workers import the main module).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field

from pipeline.annotate import load_nlp
from pipeline.record import Article
from pipeline.run import process
from pipeline.themes import theme_matcher

START_METHOD = "forkserver"
PRELOAD = ["spacy", "pipeline.engines"]  # imported once in the fork server, inherited by each worker
MAX_CHUNK = 256  # articles per task: enough to keep nlp.pipe's batches full, small enough to balance
TASKS_PER_WORKER = 4  # aim for this many chunks per worker, so a slow chunk at the end evens out
IN_FLIGHT = 2  # chunks queued per worker: input is sent as workers free up, not all at once
CONNECT_TIMEOUT = "30s"  # to reach a --scheduler
DASK_HINT = "pip install 'film-extract[dask]' (in a checkout: pip install -e '.[dask]')"
ENGINES = ("local", "dask")

# One chunk at a time per process: a spaCy memory zone frees strings in the vocab that all
# threads share, so two chunks in two threads of one Dask worker must not overlap.
_ONE_AT_A_TIME = threading.Lock()


class EngineError(RuntimeError):
    """An engine cannot run (Dask missing, scheduler unreachable); the message says what to do."""


@dataclass(frozen=True)
class Work:
    """What a worker needs besides the articles: small, picklable, the same for every chunk.

    model: an installed spaCy package name; themes: an absolute taxonomy path or None.
    """

    model: str
    batch_size: int = 64
    themes: str | None = None


@dataclass
class ChunkResult:
    """One processed chunk: its finished articles and what the worker measured."""

    start: int  # input index of the chunk's first article
    articles: list[Article | None]  # None where a stage failed on that article (see failures)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage in the worker
    worker: str = ""  # host:pid of the process that ran it
    peak_rss: int = 0  # that process's peak resident memory so far, bytes
    began: float = 0.0  # wall-clock time (time.time()) the worker started and finished the chunk
    ended: float = 0.0
    model_loads: int = 0  # models this process has loaded so far: 1 on every worker, however many chunks
    failures: dict[str, str] = field(default_factory=dict)  # article id -> why a stage failed on it


def process_chunk(articles: list[Article], work: Work, start: int = 0) -> ChunkResult:
    """Ingested articles -> ChunkResult with the finished articles in the same order (None
    where a stage failed on one: that costs the article, never the chunk).

    Runs in whichever process the engine chose; the model loads on first use there (cached).
    """
    timings: dict[str, float] = {}
    failures: dict[str, str] = {}
    with _ONE_AT_A_TIME:
        nlp = load_nlp(work.model)
        began = time.time()
        done = {a.article_id: a for a in process(articles, nlp, work.batch_size, timings, work.themes, failures)}
    return ChunkResult(start, [done.get(a.article_id) for a in articles], timings, f"{socket.gethostname()}:{os.getpid()}",
                       peak_rss(), began, time.time(), load_nlp.cache_info().currsize, failures)


def peak_rss() -> int:
    """This process's peak resident set size in bytes (the kernel's high-water mark; 0 if unknown)."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return 0
    scale = 1 if sys.platform == "darwin" else 1024  # Linux reports KiB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def default_workers() -> int:
    """All cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def chunk_size(n_articles: int, workers: int) -> int:
    """Articles per chunk for n articles over `workers` processes (TASKS_PER_WORKER each, at most MAX_CHUNK)."""
    return max(1, min(MAX_CHUNK, math.ceil(n_articles / (max(1, workers) * TASKS_PER_WORKER))))


def require_dask() -> None:
    """Raise EngineError saying how to install Dask when it is not importable."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise EngineError(f"--engine dask needs Dask, which is not installed ({exc.name} is missing); "
                          f"install it with: {DASK_HINT}") from None


def process_all(articles: list[Article], work: Work, *, engine: str = "local", workers: int = 1,
                scheduler: str | None = None, on_chunk: Callable[[ChunkResult], None] | None = None) -> list[Article | None]:
    """Ingested articles -> finished articles in input order (None where a stage failed), on the chosen engine.

    workers: processes (local) or LocalCluster workers (dask without a scheduler);
    on_chunk: called in the driver with each ChunkResult as it arrives (any order).
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine '{engine}' (choose from {', '.join(ENGINES)})")
    if not articles:
        return []
    merged: list[Article | None] = [None] * len(articles)
    if engine == "dask":
        results = _on_dask(articles, work, workers, scheduler)
    elif min(workers, len(articles)) <= 1:
        size = chunk_size(len(articles), 1)
        results = (process_chunk(articles[i : i + size], work, i) for i in range(0, len(articles), size))
    else:
        results = _on_pool(articles, work, min(workers, len(articles)))
    for result in results:
        merged[result.start : result.start + len(result.articles)] = result.articles
        if on_chunk is not None:
            on_chunk(result)
    return merged


def _warm_worker(work: Work) -> None:
    """Pool initializer: load the model and theme matcher once, before the first chunk."""
    theme_matcher(load_nlp(work.model), work.themes)


def _on_pool(articles: list[Article], work: Work, workers: int) -> Iterator[ChunkResult]:
    """Chunks on a local process pool -> results as they finish."""
    size = chunk_size(len(articles), workers)
    starts = iter(range(0, len(articles), size))
    if START_METHOD in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context(START_METHOD)
        context.set_forkserver_preload(PRELOAD)
    else:  # Windows has no fork server
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_warm_worker, initargs=(work,))
    try:
        pending: set = set()
        while True:
            while len(pending) < IN_FLIGHT * workers and (start := next(starts, None)) is not None:
                pending.add(pool.submit(process_chunk, articles[start : start + size], work, start))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _bag_partition(articles: list[Article], work: Work) -> list[ChunkResult]:
    """dask.bag map_partitions function: one partition -> a one-element list holding its result."""
    return [process_chunk(list(articles), work)]


def _worker_check(work: Work) -> dict[str, str]:
    """Run on each Dask worker: the pipeline code hash, model version and taxonomy hash it would use."""
    import spacy.util

    from pipeline.cache import code_hash, taxonomy_hash

    try:
        model_version = spacy.util.get_package_version(work.model) or "missing"
    except Exception:  # noqa: BLE001 - any failure means the model is not usable there
        model_version = "missing"
    try:
        themes = taxonomy_hash(work.themes)
    except OSError:
        themes = "missing"
    return {"code": code_hash(), "model": model_version, "themes": themes}


def _dask_client(scheduler: str | None, workers: int):
    """A distributed Client: on the scheduler at `scheduler`, else on a new LocalCluster."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            return Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    # One thread per worker process: the stages hold the GIL, so threads would not add speed.
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    return Client(cluster)


def _check_workers(client, work: Work) -> None:
    """Fail early, with what to install, when a worker lacks the model or runs other pipeline code."""
    import spacy.util

    from pipeline.cache import code_hash, taxonomy_hash

    want = {"code": code_hash(), "model": spacy.util.get_package_version(work.model), "themes": taxonomy_hash(work.themes)}
    try:
        found = client.run(_worker_check, work)
    except Exception as exc:  # noqa: BLE001 - typically: the worker cannot import pipeline
        raise EngineError(f"a Dask worker cannot run film-extract ({type(exc).__name__}: {exc}); every worker needs "
                          f"this film-extract version and the spaCy model {work.model} installed") from None
    for address, got in sorted(found.items()):
        if got["model"] != want["model"]:
            raise EngineError(f"Dask worker {address} has spaCy model {work.model} {got['model']}, "
                              f"the driver has {want['model']}; install the same model on every worker")
        if got["code"] != want["code"]:
            raise EngineError(f"Dask worker {address} runs different film-extract code than the driver; "
                              f"install the same version on every worker")
        if got["themes"] != want["themes"]:
            raise EngineError(f"Dask worker {address} cannot read the same theme file {work.themes}; "
                              f"put an identical copy at that path on every worker")


def _on_dask(articles: list[Article], work: Work, workers: int, scheduler: str | None) -> Iterator[ChunkResult]:
    """Chunks as dask.bag partitions -> results as they finish (a few partitions in flight per worker thread)."""
    require_dask()
    import dask.bag as db
    from distributed import as_completed

    client = _dask_client(scheduler, workers)
    try:
        _check_workers(client, work)
        threads = sum(client.nthreads().values()) or workers
        size = chunk_size(len(articles), threads)
        bag = db.from_sequence(articles, partition_size=size).map_partitions(_bag_partition, work)
        parts = list(enumerate(bag.to_delayed()))  # partition i holds articles[i*size : (i+1)*size]
        queued = iter(parts)
        index_of = {}

        def submit():
            item = next(queued, None)
            if item is not None:
                future = client.compute(item[1])
                index_of[future.key] = item[0]
                return future
            return None

        running = as_completed([f for f in (submit() for _ in range(IN_FLIGHT * threads)) if f is not None])
        for future in running:
            (result,) = future.result()
            result.start = index_of.pop(future.key) * size
            future.release()
            yield result
            if (following := submit()) is not None:
                running.add(following)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None:
            cluster.close()
