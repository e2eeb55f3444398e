"""Extract stage on the seed article against its gold annotation (loads spaCy: slow)."""

import json

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article
from pipeline.titles import normalise
from tests.conftest import GOLD, SEED_ID

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seed(nlp, seed_raw):
    article = extract(annotate(clean(Article(SEED_ID, "seed.txt", "txt", seed_raw)), nlp))
    gold = json.loads((GOLD / f"{SEED_ID}.films.json").read_text(encoding="utf-8"))
    return article, gold


def _gold_key(gold, film):
    """The gold film a predicted film matches (title or alias), or None."""
    names = {normalise(film.title), *map(normalise, film.aliases)}
    for g in gold["films"]:
        if names & {normalise(g["title"]), *map(normalise, g["aliases"])}:
            return g
    return None


def test_extract_seed_subject_and_ranked_entries(seed):
    article, gold = seed
    assert article.subject == gold["subject"]
    ranked = sorted((f for f in article.films if f.role == "recommended"), key=lambda f: f.rank)
    assert [(_gold_key(gold, f) or {}).get("title") for f in ranked] == [
        g["title"] for g in sorted((g for g in gold["films"] if g["role"] == "recommended"), key=lambda g: g["rank"])
    ]


def test_extract_seed_reports_no_false_films(seed):
    article, gold = seed
    assert [f.title for f in article.films if _gold_key(gold, f) is None] == []


def test_extract_seed_years_are_stated_ones(seed):
    article, gold = seed
    for film in article.films:
        g = _gold_key(gold, film)
        assert film.year == g["year_text"], film.title
        if film.year:
            assert film.evidence["year"]["text"]


def test_extract_seed_directors_right_and_never_an_actor(seed):
    article, gold = seed
    actors = set(gold["people_not_directors"])
    for film in article.films:
        g = _gold_key(gold, film)
        if film.director:
            assert film.director not in actors
            assert g["director_text"] and film.director.split()[-1] in g["director_text"], film.title
    named = [g for g in gold["films"] if g["director_text"] and g["role"] != "mentioned"]
    found = [f for f in article.films if f.director and _gold_key(gold, f) in named]
    assert len(found) == len(named)


def test_extract_mentions_point_into_clean_text(seed):
    article, _ = seed
    for film in article.films:
        for m in film.mentions:
            assert article.clean[m.start : m.end] == m.text
            assert m.text in m.sentence


def test_extract_mention_cut_by_a_sentence_split_is_quoted_whole(nlp):
    # found by the property test: the sentence splitter ends a sentence inside "Movie Poster"
    raw = ("the the the the the the film Movie Poster upon its release in upon its release in\n"
           "the Movie Poster : the the the directed by upon its release in upon its release in")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    mentions = [m for f in done.films for m in f.mentions]
    assert len(mentions) == 2 and all(m.text in m.sentence for m in mentions)


@pytest.mark.parametrize("opening, director", [
    ("Hal Brant’s fourth outing as Major Kell", None),  # an actor's possessive: he stars in it
    ("Hal Brant’s fourth film", "Brant"),  # nothing says he acts: his own film is his to direct
])
def test_extract_possessive_of_an_actor_is_no_director(nlp, opening, director):
    raw = (f"{opening} opened big on Friday.\n\nIt beat the record of Brant’s ownSky Raidersin 2019 by a mile, "
           "and the newSky Raiders 2is next.\n")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    assert [(f.title, f.director) for f in done.films][0] == ("Sky Raiders", director)


def test_extract_a_musical_of_the_same_name_is_a_second_film_even_when_the_first_is_undated(nlp):
    raw = ("Festival Round-Up\n\nMara Quint’sSky Raiders, a police drama set in the suburbs, has nothing to do with "
           "Ivo Brandt’s 2012 musical of the same name.\n")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    assert sorted(((f.title, f.year, f.director) for f in done.films if f.title == "Sky Raiders"), key=str) == [
        ("Sky Raiders", 2012, "Ivo Brandt"), ("Sky Raiders", None, "Mara Quint")]


def test_extract_a_paragraph_about_other_films_gives_the_subject_no_director(nlp):
    # "The third film in the series ... is directed by Name" speaks of the paragraph's own film,
    # not of the subject, which the paragraph never names
    raw = ("Dune Walkers Tops the Weekend\n\nDisney’s Dune Walkers, the sequel, took $50 million, andDune Walkersis the studio’s "
           "best opening this year.\n\nSecond place went toNight Harbour, which opened a week earlier. The third film in "
           "the series, and the first sinceNight Harbour 2in 2011, is directed by Mara Quint and stars Ivo Brandt.\n")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    subject = next(f for f in done.films if f.role == "subject")
    assert subject.title.endswith("Dune Walkers") and subject.director is None


def test_extract_a_year_right_before_an_undated_mention_is_its_year(nlp):
    # "the 1996 <Title>": no film noun after the year, yet the year is the mention's own
    raw = ("Leaving Soon\n\nEvery season ofSky Raidersleaves this month, and it hurts.\n\nIf that one stings, note that "
           "the 1996Night Harbourthat inspired it was never on the service.\n")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    assert [(f.title, f.year) for f in done.films if f.title == "Night Harbour"] == [("Night Harbour", 1996)]


def test_extract_a_possessive_over_two_titles_names_the_director_of_both(nlp):
    raw = ("Leaving Soon\n\nThis month the list hurts:Mara Quint’sSky RaidersandSky Raiders Two,Night Harbour, "
           "Ivo Brandt’sThe Salt LedgerandGlass Orchardare all going at once.\n")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    directors = {f.title: f.director for f in done.films if f.title != "Leaving Soon"}  # (the short headline)
    assert directors == {"Sky Raiders": "Mara Quint", "Sky Raiders Two": "Mara Quint", "Night Harbour": None,
                         "The Salt Ledger": "Ivo Brandt", "Glass Orchard": None}  # no sequel: maybe another's
    evidence = {f.title: f.evidence["director"]["text"] for f in done.films if f.director}
    assert evidence["Sky Raiders Two"] == "Mara Quint’s Sky Raiders and Sky Raiders Two"


def test_extract_an_undated_entry_keeps_no_year_of_another_version_named_in_its_section(nlp):
    # the heading names the entry; "Other’s 2017 <Title>" in its text is a later version, not the entry's year
    raw = ("The 5 Best Train Mysteries\n\n1. Sky Raiders\n\nMara Quint made it with a huge cast.\n\n"
           "2. Night Harbour\n\nIvo Brandt’s 2017Night Harbourgave the detective a bigger moustache, but this one is "
           "the classic.\n\n3. Glass Orchard\n\nA ferry, a storm and a corpse.\n")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    entry = next(f for f in done.films if f.title == "Night Harbour" and f.rank == 2)
    assert entry.year is None


def test_extract_title_a_capitalised_spelling_wins_a_tie_over_a_lower_case_one():
    from pipeline.extract import _title
    from pipeline.titles import Candidate
    found = [Candidate(0, 7, "harbour", "text"), Candidate(40, 47, "Harbour", "text")]
    assert _title("harbour", found, [], lambda c: "harbour") == "Harbour"


def test_extract_a_makers_list_after_a_surname_names_the_director_of_each(nlp):
    # "Quint" alone is a person: the text also writes "Mara Quint"; the list goes on past a year and a kind
    raw = ("Night Harbour Review\n\nMara Quint’sNight Harbouris long and loud.\n\nThe star is back with Quint, who also "
           "directed him inSky Raiders(2015), the spy sequelSky Raiders TwoandThe Salt Ledger.\n")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    directors = {f.title: f.director for f in done.films if f.title != "Night Harbour Review"}  # (the headline)
    assert directors == {"Night Harbour": "Mara Quint", "Sky Raiders": "Quint", "Sky Raiders Two": "Quint",
                         "The Salt Ledger": "Quint"}
