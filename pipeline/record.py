"""The article record that flows through the stages, and the small types it holds.

Every stage takes one `Article` and returns it with more fields filled
(`dataclasses.replace`), so the same stage functions can run in-process, in a
process pool or on a cluster worker.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Correction:
    """One change the clean stage made, in raw-text offsets: raw[start:end] == original."""

    start: int
    end: int
    original: str
    replacement: str
    rule: str


@dataclass(frozen=True)
class Caption:
    """A non-prose line (image file name, poster caption, byline...) kept out of the body."""

    start: int  # offsets into the raw text
    end: int
    text: str
    rule: str
    before: int  # offset in the cleaned text where the line stood
    film_id: str | None = None  # the film the line names, once extract has run


MAX_EVIDENCE_CHARS = 1000  # longest sentence quoted whole as evidence (the gold set's longest is 537)


def evidence_bounds(s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence [s0, s1) quoted as evidence for the words [start, end).

    The whole sentence, unless it is longer than MAX_EVIDENCE_CHARS (a text without
    full stops can be one "sentence" of a million characters): then the window of that
    many characters around the words, so evidence stays proportional to the words.
    """
    if s1 - s0 <= MAX_EVIDENCE_CHARS:
        return s0, s1
    lo = max(s0, start - max(0, MAX_EVIDENCE_CHARS - (end - start)) // 2)
    return lo, min(s1, max(end, lo + MAX_EVIDENCE_CHARS))


def mention_quote(text: str, sentence: tuple[int, int], start: int, end: int) -> str:
    """The sentence of a mention as quoted in the output (see evidence_bounds); a mention the
    sentence splitter cut in two is quoted up to its end."""
    lo, hi = evidence_bounds(sentence[0], max(sentence[1], end), start, end)
    return text[lo:hi].strip()


@dataclass(frozen=True)
class Mention:
    """Where a film is named: offsets into the cleaned text and the sentence around it."""

    start: int
    end: int
    text: str
    sentence: str


@dataclass(frozen=True)
class Evidence:
    """Why a fact was reported: the words that state it and where they are."""

    text: str
    source: str  # "text" | "heading" | "caption" | "kb"
    start: int | None = None  # offsets into the cleaned text (None for captions)
    end: int | None = None


def evidence_json(e: Evidence) -> dict:
    """Evidence -> its JSON form."""
    return {"text": e.text, "source": e.source, "start": e.start, "end": e.end}


@dataclass
class Film:
    """One film of one article, with every fact's evidence."""

    film_id: str
    title: str
    role: str = "mentioned"
    rank: int | None = None
    aliases: list[str] = field(default_factory=list)
    year: int | None = None
    year_source: str | None = None
    director: str | None = None
    director_source: str | None = None
    cast: list[str] = field(default_factory=list)
    themes: list[dict] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    evidence: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article:
    """One input article as it moves through the pipeline.

    `raw` is the decoded input and never changes; `clean` is the repaired body
    text; `corrections` map one to the other; `doc` is the spaCy Doc of `clean`
    (not exported).
    """

    article_id: str
    source: str
    format: str
    raw: str
    clean: str | None = None
    corrections: list[Correction] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    boundaries: list[tuple[int, str]] = field(default_factory=list)  # (clean offset of inserted space, rule)
    doc: Any = None
    films: list[Film] = field(default_factory=list)
    subject: str | None = None
    warnings: list[str] = field(default_factory=list)
    damaged: bool = True  # False when the text came from markup: nothing was glued, nothing to repair
    markup: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, tag) in raw: <i>, <a>...
    meta: dict[str, str] = field(default_factory=dict)  # page title, URL, author, published time
    sections: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, film_id) of each paragraph's film
    themes: list[dict] = field(default_factory=list)  # the article's own themes
    credits: list[list[str]] = field(default_factory=list)  # lines of each credits box kept out of the text (HTML)
    related: list[str] = field(default_factory=list)  # headlines of related-links boxes kept out of the text (HTML)

    def headline(self) -> str | None:
        """The article's headline: its headline caption line, else the page's title (meta), else None."""
        return next((c.text for c in self.captions if c.rule == "headline"), None) or self.meta.get("title")

    def to_dict(self) -> dict:
        """This article as plain data (JSON-able; every field but `doc`). Inverse of `from_dict`."""
        data = asdict(replace(self, doc=None))  # never deep-copy a spaCy Doc
        del data["doc"]
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Article:
        """Plain data from `to_dict` (also after a JSON round trip) -> an equal Article.

        Raises TypeError/KeyError on data of another shape.
        """
        data = dict(data)
        data["corrections"] = [Correction(**c) for c in data["corrections"]]
        data["captions"] = [Caption(**c) for c in data["captions"]]
        data["films"] = [Film(**{**f, "mentions": [Mention(**m) for m in f["mentions"]]}) for f in data["films"]]
        for key in ("boundaries", "markup", "sections"):  # JSON turns these tuples into lists
            data[key] = [tuple(item) for item in data[key]]
        return cls(**data)
