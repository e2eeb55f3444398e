"""Incremental runs: finished articles kept on disk, keyed by everything that decides them.

An entry's key is the sha256 of the ingested article (id, source, format, text, markup,
metadata, ingest warnings: all of `Article.to_dict()`) and of the run's fingerprint: the
package's own code and data files, the film-extract, Python, spaCy, thinc, numpy,
wordfreq and names versions, the spaCy model package and version, and the bytes of the
theme taxonomy. Change any of them and the keys change, so a stale result is never read.
The value is the finished article as JSON (`Article.to_dict()` without its raw text,
which the key already pins), so a hit exports exactly what a fresh run would.

Only the driver reads and writes the cache; workers, maybe on other machines, do no I/O.
Entries are written atomically; an unreadable entry counts as a miss and is rewritten.
Layout: `<cache_dir>/articles/<key[:2]>/<key>.json`. Nothing is evicted: delete the
folder to reclaim the space.
"""

from __future__ import annotations

import hashlib
import json
import platform
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from pipeline import __version__
from pipeline.export import write_atomic
from pipeline.record import Article

CACHE_FORMAT = 1  # bump when the stored form changes
PACKAGE_ROOT = Path(__file__).parent


@cache
def code_hash() -> str:
    """sha256 over the package's source and data files (relative path + bytes).

    Any edit to a stage, a word list or a pattern file gives a new hash. Edits to modules
    that do not change output (cli, bench) do too: a needless re-run beats a stale result.
    """
    digest = hashlib.sha256()
    files = [p for p in PACKAGE_ROOT.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]
    for path in sorted(files, key=lambda p: p.relative_to(PACKAGE_ROOT).as_posix()):
        digest.update(path.relative_to(PACKAGE_ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def taxonomy_hash(themes: Path | str | None) -> str:
    """sha256 of the theme taxonomy file's bytes (None: the built-in one)."""
    if themes is None:
        data = resources.files("pipeline.data").joinpath("themes.toml").read_bytes()
    else:
        data = Path(themes).read_bytes()
    return hashlib.sha256(data).hexdigest()


def fingerprint(model: str, themes: Path | str | None) -> dict[str, str]:
    """Everything besides the article that decides a finished article, as a dict of strings.

    model: an installed spaCy model package name (see annotate.resolve_model).
    """
    import spacy.util

    versions = {name: metadata.version(name) for name in ("spacy", "thinc", "numpy", "wordfreq", "names")}
    return {
        "cache_format": str(CACHE_FORMAT),
        "film_extract": __version__,
        "code": code_hash(),
        "python": ".".join(platform.python_version_tuple()[:2]),
        **versions,
        "model": f"{model} {spacy.util.get_package_version(model)}",
        "themes": taxonomy_hash(themes),
        # nlp.pipe's batch size is not here on purpose: output does not depend on how
        # articles are batched or chunked (tests/test_engines.py checks it).
    }


class ArticleCache:
    """Finished articles on disk under `folder`, for one fingerprint."""

    def __init__(self, folder: Path, fingerprint: dict[str, str]):
        self.folder = Path(folder) / "articles"
        self._salt = json.dumps(fingerprint, sort_keys=True).encode()

    def key(self, article: Article) -> str:
        """An ingested article -> its cache key (hex sha256)."""
        digest = hashlib.sha256(self._salt + b"\0")
        digest.update(json.dumps(article.to_dict(), sort_keys=True).encode())
        return digest.hexdigest()

    def path(self, key: str) -> Path:
        """Where the entry for key lives."""
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, article: Article) -> Article | None:
        """The finished form of the ingested `article` stored under key, or None (a miss)."""
        try:
            stored = json.loads(self.path(key).read_text(encoding="utf-8"))
            if stored.get("format") != CACHE_FORMAT:
                return None
            return Article.from_dict({**stored["article"], "raw": article.raw})
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, half-written by an old version, or edited by hand: recompute

    def put(self, key: str, finished: Article) -> None:
        """Store a finished article under key (atomic write; the raw text is left out)."""
        data = finished.to_dict()
        del data["raw"]
        # keys keep their order: films.json writes theme and evidence objects as they stand
        write_atomic(self.path(key), json.dumps({"format": CACHE_FORMAT, "article": data}))
