"""Cached loaders for the word-frequency model and the package's data files.

Everything here loads once per process (functools.cache) and never at import
time of a stage module, so workers pay the cost once.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources


ZIPF_CACHE = 1 << 17  # bounded, so a long run's memory stays flat
NAME_WORD = 4.0  # zipf: each word of a person's name is rarer than this


@cache
def data_file(name: str) -> dict:
    """Parse pipeline/data/<name> (TOML) -> dict. Cached."""
    with resources.files("pipeline.data").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


@dataclass(frozen=True)
class WordLists:
    """The lowercase word lists of pipeline/data/words.toml as frozensets."""

    short_words: frozenset[str]
    suffix_words: frozenset[str]
    prefix_words: frozenset[str]
    name_suffixes: frozenset[str]
    number_suffixes: frozenset[str]
    name_prefixes: frozenset[str]
    closing_words: frozenset[str]
    name_leads: frozenset[str]
    not_before_name: frozenset[str]
    capital_closers: frozenset[str]
    compound_heads: frozenset[str]
    compound_tails: frozenset[str]
    open_words: frozenset[str]


@cache
def word_lists() -> WordLists:
    """Load pipeline/data/words.toml once."""
    raw = data_file("words.toml")
    return WordLists(**{key: frozenset(raw[key]) for key in WordLists.__dataclass_fields__})


@cache
def _frequencies() -> dict[str, float]:
    # wordfreq's English "large" list: ~320k words with frequencies from many sources.
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", wordlist="large")


@lru_cache(maxsize=ZIPF_CACHE)
def zipf(word: str) -> float:
    """Zipf frequency of a word (log10 of occurrences per billion words); 0.0 if unknown.

    Case-insensitive; curly apostrophes are treated as straight ones.
    """
    freq = _frequencies().get(word.lower().replace("’", "'"), 0.0)
    return math.log10(freq * 1e9) if freq > 0 else 0.0


COMMON_NAME_LIMIT = 5.5  # zipf; a "name" more common than this is an everyday word
MIN_NAME_SHARE = 0.006  # percent of people with the name in the census; rarer entries are dropped


@cache
def census_first_names() -> frozenset[str]:
    """Lowercase given names from the US Census (1990) lists that the `names` package ships."""
    share: dict[str, float] = {}
    base = resources.files("names")
    for part in ("dist.male.first", "dist.female.first"):
        for line in base.joinpath(part).read_text(encoding="ascii").splitlines():
            if line.strip():
                name, percent = line.split()[:2]
                share[name.lower()] = max(share.get(name.lower(), 0.0), float(percent))
    # The census lists hold everyday words too: rare entries ("princess", "lady") and very
    # common words ("my", "in", "so") are not taken as given names.
    return frozenset(n for n, p in share.items() if p >= MIN_NAME_SHARE and zipf(n) < COMMON_NAME_LIMIT)


@cache
def first_names() -> frozenset[str]:
    """Lowercase given names: the census ones plus performers' given names the census lacks
    ("Willem", "Hailee"), from pipeline/data/given_names.txt (see scripts/build_given_names.py)."""
    with resources.files("pipeline.data").joinpath("given_names.txt").open(encoding="utf-8") as fh:
        extra = {line.strip() for line in fh if line.strip() and not line.startswith("#")}
    return census_first_names() | frozenset(extra)


SURNAME_SHARE = 0.01  # percent of people with the surname in the census; the ~2,000 commonest


@cache
def surnames() -> frozenset[str]:
    """Lowercase common US Census (1990) surnames ("williams", "ford", "jones") from the `names` package."""
    out = set()
    for line in resources.files("names").joinpath("dist.all.last").read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= SURNAME_SHARE:
            out.add(parts[0].lower())
    return frozenset(out)


PLURAL_NOUN = 3.5  # zipf: a plural ("gems") and its singular both this common make a common noun, no surname


def plural_noun(word: str) -> bool:
    """"Gems", "Lanterns": the plural of a common noun, which no surname the census lists is ("Adams" is one)."""
    low = word.lower()
    return low.endswith("s") and not low.endswith("ss") and low not in surnames() \
        and zipf(low) >= PLURAL_NOUN and zipf(low[:-1]) >= PLURAL_NOUN


def is_given_name(word: str) -> bool:
    """A census given name, also as the first part of a hyphenated one ("Jean-Pierre")."""
    return word.split("-")[0].lower() in first_names()


ADVERB_STEM = 4.0  # zipf: the word an "-ly" adverb is made from is at least this common ("easy" of "easily")


def is_ly_adverb(word: str) -> bool:
    """"Easily", "Finally", "Simply": an adverb in "-ly" of six letters or more made from a common
    word (the stem as it stands, with "i" back to "y", with "-le" restored or "-ally" cut); names
    and nouns in "-ly" ("Sully", "Family", "Kimberly") have no such stem."""
    w = word.lower()
    if len(w) < 6 or not w.endswith("ly") or not w.isalpha():
        return False
    stem = w[:-2]
    forms = {stem, stem[:-1] + "y" if stem.endswith("i") else stem, w[:-1] + "e", w[:-4] if w.endswith("ally") else stem}
    return any(len(f) >= 4 and zipf(f) >= ADVERB_STEM for f in forms)


SUPERLATIVE_SPREAD = 1.0  # zipf: a superlative's "-er" comparative is at most ten times rarer than it


def is_superlative(word: str) -> bool:
    """"Greatest", "Scariest", "Biggest", "Campiest": an adjective's "-est" form of five letters or more.
    Its base (the stem as it stands, with "-e" restored, "i" back to "y" or a doubled consonant undone)
    is commoner than it, and its "-er" comparative ("greater", "scarier") is not far rarer than it.
    Words that only end in "-est" ("Forest", "Honest", "Interest", "Conquest") have no such
    comparative ("forer", "honer") or base ("conque")."""
    w = word.lower()
    if len(w) < 5 or not w.endswith("est") or not w.isalpha():
        return False
    stem = w[:-3]
    bases = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem,
             stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    own = zipf(w)
    return max(zipf(b) for b in bases) > own and zipf(stem + "er") >= own - SUPERLATIVE_SPREAD
