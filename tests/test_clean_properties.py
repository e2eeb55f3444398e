"""Property tests of the clean stage (hypothesis): it never crashes, only inserts
whitespace or removes whole lines, and is idempotent."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.record import Article

# Words of the kinds scraped articles glue together, so the repair really fires.
WORDS = st.sampled_from([
    "the", "is", "a", "such", "Title", "Another", "film", "movie", "director", "Name’s", "today.",
    "Heist", "thegreat", "Nightis", "sucha", "(1999)", "1.", "3.5", "U.S.", "e.g.", "camerawork",
    "poster.jpg", "Article", "image", "Movie", "Poster", "By", "Related:", "—", ",", "’80s",
])
LINES = st.lists(WORDS, min_size=0, max_size=12).map(" ".join)
TEXTS = st.lists(LINES, min_size=0, max_size=8).map("\n\n".join)
PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _clean(text: str) -> Article:
    return clean(Article("p", "p.txt", "txt", text))


@PROPERTY
@given(st.text(max_size=300))
def test_clean_never_crashes_on_any_unicode(text):
    article = _clean(text)
    assert isinstance(article.clean, str)


@PROPERTY
@given(TEXTS)
def test_clean_only_inserts_spaces_or_removes_whole_lines(text):
    article = _clean(text)
    for c in article.corrections:
        assert text[c.start : c.end] == c.original
        if c.replacement:
            assert (c.original, c.replacement) == ("", " ")
        else:
            assert c.start == 0 or text[c.start - 1] == "\n" or text[c.start] == "\n"
            assert c.end == len(text) or text[c.end - 1] == "\n"
    assert "".join(article.clean.split()) == "".join(
        "".join(line.split()) for line in _kept_lines(text, article))


def _kept_lines(text: str, article: Article) -> list[str]:
    removed = [(c.start, c.end) for c in article.corrections if not c.replacement]
    out, pos = [], 0
    for start, end in sorted(removed):
        out.append(text[pos:start])
        pos = end
    out.append(text[pos:])
    return out


@PROPERTY
@given(TEXTS)
@example("\n\nNightis Nightis Related:")  # blank lines above a line the second pass takes as the headline
@example("Title the the the the\n\n1. the the the the Related:\n\n1. the the the the Related:")  # the new headline has a twin line below
def test_clean_is_idempotent_on_its_own_output(text):
    """A second pass repairs nothing more. The one rule that reads a line's position (the first
    line with words is the headline, a short line above it the section label) may take the
    line that now opens the text, so those lines are set aside before comparing."""
    once = _clean(text).clean
    again = _clean(once)
    assert not any(c.replacement for c in again.corrections)  # no space inserted the second time
    opening = [c for c in again.captions if c.rule in ("headline", "kicker")]
    assert all(c.start < 2 * len(c.text) + 4 for c in opening)  # only at the top of the text
    kept = once
    for c in sorted(opening, key=lambda c: c.start, reverse=True):  # by position: a twin line lower down stays
        assert once[c.start : c.end] == c.text
        kept = kept[: c.start] + kept[c.end :]
    # blank lines before a set-aside opening line stay in the text ("\n\nHeadline" -> "\n\n"): the
    # text's outer whitespace is left out of the comparison, everything between its words is compared
    assert again.clean.strip() == kept.strip()
