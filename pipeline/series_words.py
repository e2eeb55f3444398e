"""Whether a stretch of text speaks of a series (its episodes, seasons, creators) and never of a
film: the one test that reads a caption/heading's section (pipeline.other_works.series_headings)
and a "Title — blurb" list item (pipeline.dash_items.series_items).

Pure functions; the words live in pipeline/data/cues.toml: `series_section` and `film_section`
for any stretch, and for a one-sentence blurb `item_series_words` and `item_film_words` as well.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from pipeline.titles import cues

# "Season 3 wraps up": a show's numbered season (a blurb's; a long section may number another show's)
_SEASON_NUMBER = re.compile(r"\bseasons?\s+\d{1,2}\b", re.IGNORECASE)
# "Not a movie, strictly, but ...", "isn’t a movie": a film word denied; "a documentary series": one naming a series' kind
_DENIED = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+(?:a|an|really a|quite a)\s+$", re.IGNORECASE)
_SERIES_KIND = re.compile(r"\s+(?:series|miniseries|mini-series|docuseries)\b", re.IGNORECASE)


def _no_film_cue(text: str, m: re.Match) -> bool:
    """Whether a film word's match says no film: denied ("not a film") or a series' kind ("documentary series")."""
    return bool(_DENIED.search(text[max(0, m.start() - 20) : m.start()]) or _SERIES_KIND.match(text, m.end()))


@cache
def _words(*keys: str) -> re.Pattern:
    """cues.toml word lists -> one case-blind whole-word pattern, longest words first."""
    words = set().union(*(cues()[key] for key in keys))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


def film_words(*, blurb: bool = False) -> re.Pattern:
    """The pattern of the words that speak of a film ("the film", "in cinemas"; in a blurb "movie" too)."""
    return _words("film_section", "item_film_words") if blurb else _words("film_section")


def speaks_of_series(text: str, start: int = 0, end: int | None = None, *, blurb: bool = False,
                     ignore: Callable[[re.Match], bool] = lambda m: False) -> bool:
    """Whether text[start:end] has a series cue and no film cue, leaving out the cues for which
    `ignore` holds (a caller's own test: a cue inside a title, a noun before another show's name).

    blurb: the stretch is a list item's one-sentence blurb, which speaks of its own item only, so
    the bare words count too (`item_series_words`: "series", "episodes"; a "Season 3"). A film word that is
    denied ("Not a movie, strictly, but ...") or names a series' kind ("a documentary series") is no film cue."""
    end = len(text) if end is None else end
    series = _words("series_section", "item_series_words") if blurb else _words("series_section")
    cues_found = [*series.finditer(text, start, end), *(_SEASON_NUMBER.finditer(text, start, end) if blurb else ())]
    return any(not ignore(m) for m in cues_found) \
        and not any(not ignore(m) and not _no_film_cue(text, m) for m in film_words(blurb=blurb).finditer(text, start, end))
