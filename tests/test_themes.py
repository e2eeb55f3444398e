"""Themes stage: taxonomy validation, lemma matching, negation, and which film gets a theme."""

from pathlib import Path

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article
from pipeline.taxonomy import term_variants
from pipeline.themes import TaxonomyError, _validate, load_taxonomy, tag_themes, theme_matcher

SMALL = str(Path(__file__).parent / "fixtures" / "themes_small.toml")


@pytest.mark.parametrize(
    "raw, message",
    [
        ({}, r"no \[\[theme\]\] entries"),
        ({"theme": [{"label": "x", "terms": ["x"]}]}, "has no id"),
        ({"theme": [{"id": "a", "terms": ["x"]}]}, "has no label"),
        ({"theme": [{"id": "a", "label": "A", "terms": []}]}, "needs a list of terms"),
        ({"theme": [{"id": "a", "label": "A", "terms": ["x"]}, {"id": "a", "label": "B", "terms": ["y"]}]}, "used twice"),
        ({"theme": [{"id": "a", "label": "A", "terms": ["x"], "parent": "nope"}]}, "unknown parent 'nope'"),
        ({"theme": [{"id": "a", "label": "A", "terms": ["x"], "period_setting": "yes"}]}, "period_setting"),
    ],
)
def test_themes_taxonomy_errors_are_clear(raw, message):
    with pytest.raises(TaxonomyError, match=message):
        _validate(raw, "t.toml")


def test_themes_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(TaxonomyError, match="does not exist"):
        load_taxonomy(str(tmp_path / "nope.toml"))


def test_themes_builtin_taxonomy_is_large_and_valid():
    themes = load_taxonomy(None)
    ids = {t.id for t in themes}
    assert len(themes) >= 60
    assert {"revenge", "samurai", "heist", "science-fiction", "mercenary"} <= ids | {t.label for t in themes}


def _tagged(nlp, text: str) -> Article:
    article = extract(annotate(clean(Article("t", "t.txt", "txt", text)), nlp))
    return tag_themes(article, theme_matcher(nlp, SMALL))


def _themes_of(article: Article, title: str) -> set[str]:
    return {t["name"] for f in article.films if f.title == title for t in f.themes}


# Scraped style: titles glued to their neighbours, as get_text(strip=True) leaves them.
ARTICLE = (
    "8 Crime Movies to Watch AfterNightfall Run\n\n"
    "Nightfall Runis a new thriller about a courier who avenged his brother.\n\n"
    "1. The Glass Vault (1999)\n\n"
    "The Glass Vaultfollows a crew planning one last heist. The film is also a story of vengeance.\n\n"
    "2. Quiet Harbour (2004)\n\n"
    "Quiet Harbouris unlike a revenge thriller: it is a slow portrait of a town.\n\n"
    "3. Paper Crowns (2011)\n\n"
    "Paper Crownsand theThe Glass Vaultcrew both plan a bank robbery.\n"
)


@pytest.mark.slow
def test_themes_follow_lemmas_sections_and_negation(nlp):
    article = _tagged(nlp, ARTICLE)
    assert _themes_of(article, "Nightfall Run") == {"revenge"}  # "avenged" matches the lemma "avenge"
    assert _themes_of(article, "The Glass Vault") == {"heist", "revenge"}  # its section, second sentence too
    assert _themes_of(article, "Quiet Harbour") == set()  # "unlike a revenge thriller"
    assert _themes_of(article, "Paper Crowns") == set()  # a sentence naming two films gives to neither
    assert {t["name"] for t in article.themes} == {"revenge", "heist"}


@pytest.mark.slow
def test_themes_carry_evidence_and_scores(nlp):
    article = _tagged(nlp, ARTICLE)
    vault = next(f for f in article.films if f.title == "The Glass Vault")
    for theme in vault.themes:
        assert 0 < theme["score"] <= 1
        for ev in theme["evidence"]:
            assert article.clean[ev["start"] : ev["end"]].strip() == ev["text"]
            assert ev["term"].lower() in ev["text"].lower()


SEED = Path(__file__).parent / "gold" / "000_952f3a0165ab6795.txt"


@pytest.fixture(scope="module")
def seed(nlp):
    article = extract(annotate(clean(Article("seed", SEED.name, "txt", SEED.read_text(encoding="utf-8"))), nlp))
    return tag_themes(article, theme_matcher(nlp))  # the built-in taxonomy, as a run uses it


def _seed_ids(article: Article, title: str) -> set[str]:
    return {t["id"] for f in article.films if f.title.startswith(title) for t in f.themes}


@pytest.mark.slow
def test_themes_seed_bars(seed):
    revenge = [t for t in ("Ballerina", "Oldboy", "Upgrade", "First Blood", "Kill Bill", "Nobody")
               if "revenge" in _seed_ids(seed, t)]
    assert len(revenge) >= 5, revenge
    assert "samurai" in _seed_ids(seed, "Yojimbo")
    assert "science-fiction" in _seed_ids(seed, "Upgrade")
    assert "mercenary" in _seed_ids(seed, "Extraction")
    assert "female-led-action" in _seed_ids(seed, "Atomic Blonde")
    assert "close-quarters-combat" in _seed_ids(seed, "The Raid")


@pytest.mark.slow
def test_themes_seed_evidence_names_no_other_film(seed):
    sentences = {s.start_char: (s.start_char, s.end_char) for s in seed.doc.sents}
    named = {}
    for film in seed.films:
        for m in film.mentions:
            start = max(s for s in sentences if s <= m.start)
            named.setdefault(start, set()).add(film.film_id)
    for film in seed.films:
        for theme in film.themes:
            assert theme["evidence"], (film.title, theme["id"])
            for ev in theme["evidence"]:
                if ev["source"] != "text":
                    continue
                start = max(s for s in sentences if s <= ev["start"])
                others = named.get(start, set())
                assert not others or film.film_id in others, (film.title, theme["id"], ev["text"])



LIST = (
    "{headline}\n\n"
    "Nightfall Runis a new thriller about a courier on the night shift.\n\n"
    "1. The Glass Vault (1999)\n\n"
    "The Glass Vaultfollows a crew of old friends in a small town. {sentence}\n\n"
    "2. Quiet Harbour (2004)\n\n"
    "Quiet Harbouris a slow portrait of a town.\n\n"
    "3. Paper Crowns (2011)\n\n"
    "Paper Crownsis about two sisters.\n"
)
TITLES = ("Nightfall Run", "The Glass Vault", "Quiet Harbour", "Paper Crowns")


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "expected"), [
    ("8 Heist Movies to Watch AfterNightfall Run", {"heist"}),
    ("8 Heists to Watch AfterNightfall Run", {"heist"}),  # a plural head noun
    ("8 Horror Movies to Watch AfterNightfall Run", {"horror"}),  # the taxonomy's term holds the noun: "horror movie"
    ("8 Heist and Revenge Movies to Watch AfterNightfall Run", set()),  # two kinds: each entry is one or the other
    ("8 Movies to Watch AfterNightfall Run, From Revenge to Heartbreak", set()),  # no kind of film named
    ("8 of the Least Heist Movies to Watch AfterNightfall Run", set()),  # "least": not that kind
])
def test_themes_headline_kind_goes_to_every_entry(nlp, headline, expected):
    article = _tagged(nlp, LIST.format(headline=headline, sentence=""))
    for title in TITLES:
        assert _themes_of(article, title) == expected, title
    for film in article.films:
        for theme in film.themes:
            assert theme["evidence"][0]["source"] == "heading"


@pytest.mark.slow
def test_themes_headline_kind_is_not_hidden_by_a_title_inside_one_of_its_words(nlp):
    # a film called "Heist" is no part of "Heists": only a title written as whole words covers a headline word
    article = _tagged(nlp, LIST.format(headline="8 Heists to Watch AfterNightfall Run", sentence="").replace("Paper Crowns", "Heist"))
    assert "Heist" in {f.title for f in article.films}
    assert _themes_of(article, "The Glass Vault") == {"heist"}


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "vault", "harbour"), [
    ("Before Quiet Harbour, its director made a revenge film.", set(), set()),  # named in passing: neither
    ("Quiet Harbour is a revenge film too.", set(), {"revenge"}),  # the film the sentence is about
    ("In Quiet Harbour, a widow plans her revenge.", set(), {"revenge"}),
    ("Its director’s Quiet Harbour is a revenge film.", set(), set()),
    ("It is a revenge film.", {"revenge"}, set()),  # no film named: the section's film
])
def test_themes_film_named_in_passing_gets_nothing(nlp, sentence, vault, harbour):
    article = _tagged(nlp, LIST.format(headline="8 Movies to Watch AfterNightfall Run", sentence=sentence))
    assert _themes_of(article, "The Glass Vault") == vault
    assert _themes_of(article, "Quiet Harbour") == harbour


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "vault"), [
    ("It is the least revenge-minded story of the lot.", set()),  # "the least X": not X
    ("It has the most revenge of any film here.", {"revenge"}),
    ("It has at least one revenge plot.", {"revenge"}),  # "at least" is no negation
    ("It is the least loud revenge story of the lot.", {"revenge"}),  # "least" says how loud, not how vengeful
])
def test_themes_the_least_of_a_theme_is_not_that_theme(nlp, sentence, vault):
    article = _tagged(nlp, LIST.format(headline="8 Movies to Watch AfterNightfall Run", sentence=sentence))
    assert _themes_of(article, "The Glass Vault") == vault


ASIDE = ("{headline}\n\n"
         "The decade was a good time for anyone who likes a vault (yes, even the 2019 film Paper Crowns). "
         "Stunt performers became directors and the revenge thriller came back.\n\n"
         "Glass Vault (2012) follows a crew of retired safecrackers who plan one last job in Lisbon.\n")


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "expected"), [
    ("Looking Back on a Decade of Heists", set()),  # a subject guessed from an aside: the intro is not about it
    ("Paper Crowns and the Best Heist Movies of the Decade", {"revenge"}),  # the subject the headline names
])
def test_themes_a_guessed_subject_named_in_an_aside_gets_nothing(nlp, headline, expected):
    themes = _subject_themes(nlp, ASIDE, headline)
    assert {t["id"] for t in themes} >= expected
    if not expected:
        assert not themes


def _subject_themes(nlp, page: str, headline: str) -> list[dict]:
    """The themes of Paper Crowns, which the page with `headline` must make its subject."""
    article = extract(annotate(clean(Article("t", "t.txt", "txt", page.format(headline=headline))), nlp))
    assert [f.title for f in article.films if f.role == "subject"] == ["Paper Crowns"], "the fixture needs the subject"
    article = tag_themes(article, theme_matcher(nlp))
    return [t for f in article.films if f.title == "Paper Crowns" for t in f.themes]


PAST_WORK = ("{headline}\n\n"
             "Ten years ago she had made one small film about a village choir, the 2019 film Paper Crowns, "
             "and was about to turn up in a revenge thriller. Few people knew her name.\n\n"
             "Glass Vault (2012) follows a crew of retired safecrackers who plan one last job in Lisbon.\n")


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "expected"), [
    ("Looking Back on a Decade of Heists", set()),  # a guessed subject: only the words that speak of it count
    ("Paper Crowns and the Best Heist Movies of the Decade", {"revenge"}),  # the subject the headline names
])
def test_themes_a_guessed_subject_gets_only_the_words_about_it(nlp, headline, expected):
    found = {t["id"] for t in _subject_themes(nlp, PAST_WORK, headline)}
    assert found >= expected and (expected or not found)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("It is set in 1952 in a small town.", True),
    ("The story follows a small town in the 1950s.", True),  # no "set in", but the film's year is known
    ("Its director filmed it in 1952.", False),  # when it was made
    ("The story was first filmed as the silent The Glass Vault in 1925.", False),  # when an earlier version was made
    ("The story follows a town in 1996.", False),  # too close to the film's own 1999
])
def test_themes_period_setting_before_the_films_year(nlp, sentence, expected):
    article = extract(annotate(clean(Article("t", "t.txt", "txt", LIST.format(
        headline="8 Movies to Watch AfterNightfall Run", sentence=sentence))), nlp))
    article = tag_themes(article, theme_matcher(nlp))  # the built-in taxonomy: history has period_setting
    assert ("history" in {t["id"] for f in article.films if f.title == "The Glass Vault" for t in f.themes}) == expected


@pytest.mark.slow
def test_themes_article_keeps_its_headline_and_repeated_themes(nlp):
    article = _tagged(nlp, LIST.format(headline="8 Revenge Movies to Watch AfterNightfall Run",
                                       sentence="A heist goes wrong."))
    assert _themes_of(article, "The Glass Vault") == {"revenge", "heist"}
    by_id = {t["id"]: t for t in article.themes}
    assert set(by_id) == {"revenge"}  # the headline says it; the heist is said once
    assert by_id["revenge"]["evidence"][0]["source"] == "heading"


def test_themes_unsure_spans_are_merged_before_lookup():
    """A passing run and a section inside it overlap; merged, every offset of the run is still found inside."""
    from pipeline.theme_guards import inside
    from pipeline.themes import _merged
    spans = _merged([(0, 300), (100, 150), (400, 450), (440, 500)])
    assert spans == [(0, 300), (400, 500)]
    assert inside(spans, 250, 251) and inside(spans, 480, 481) and not inside(spans, 350, 351)
    assert not inside(sorted([(0, 300), (100, 150)]), 250, 251)  # unmerged, the lookup misses the run's end


def test_themes_film_and_movie_are_each_others_variant_at_a_terms_end():
    assert term_variants(("heist film", "car chase", "monster movie", "film noir")) == [
        "heist film", "car chase", "monster movie", "film noir", "heist movie", "monster film"]


KIND_LIST = (
    "{headline}\n\n"
    "These picks have aged well.\n\n"
    "1. The Glass Vault (1999)\n\n"
    "The Glass Vaultfollows a crew of old cellmates who met in prison.\n\n"
    "2. Quiet Harbour (2004)\n\n"
    "Quiet Harbourfollows a night guard at a prison by the sea.\n\n"
    "3. Paper Crowns (2011)\n\n"
    "Paper Crownsis about two sisters.\n"
)


@pytest.mark.slow
@pytest.mark.parametrize(("headline", "expected"), [
    ("8 Heist Movies Worth a Rewatch", {"heist"}),  # a list of one kind: the entries' prisons are theirs
    ("8 Movies Worth a Rewatch", {"prison"}),  # no kind named: what two entries share is the page's
])
def test_themes_a_kind_list_without_a_subject_keeps_only_its_headlines_themes(nlp, headline, expected):
    article = _tagged_full(nlp, KIND_LIST.format(headline=headline))
    assert "prison" in {t["id"] for f in article.films if f.title == "Quiet Harbour" for t in f.themes}
    assert not any(f.role == "subject" for f in article.films)
    assert {t["id"] for t in article.themes} == expected


def _tagged_full(nlp, text: str) -> Article:
    """The article tagged with the built-in taxonomy."""
    return tag_themes(extract(annotate(clean(Article("t", "t.txt", "txt", text)), nlp)), theme_matcher(nlp))
