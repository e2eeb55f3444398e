"""Extract stage on two invented list styles (loads spaCy: slow): winners of a prize ranked under
"N. YEAR — Title" headings, each beating a list of nominees, and novels ranked under
"N. Novel by Author" headings whose films may carry another title."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

WINNERS = """
<h1>Every Golden Reel Winner of the 1990s, Ranked</h1>
<p>We count by ceremony: the headings give the year of the ceremony, not of the film.</p>
<h2>3. 1994 — <em>Iron Harbour</em></h2>
<p>A slow port drama that won on sentiment. It beat <em>Glass Orchard</em>, <em>Paper Moon Rising</em>, <a href="#">Tom Vane</a> and <a href="#">Ana Ruiz</a>’s <em>Salt Road</em>. (Not to be confused with <a href="#">Kim Lee</a>’s very different <em>Iron Harbour</em> from 1981, about a mutiny.)</p>
<h2>2. 1992 — <em>The Copper Vale</em></h2>
<p>A family saga told over one long winter. It beat <em>Blue Mile</em>, <em>Tin Sky</em> and <em>The Lantern</em>, whose director <a href="#">Nora Pike</a> took the directing prize.</p>
<h2>1. 1996 — <em>Night Loom</em></h2>
<p><a href="#">Mara Quint</a>’s loom drama, released in March 1995, is the best of them. A weaver is one answer away from the top prize on <em>Who Claims the Vault?</em>, and she knows it. It beat <em>Cold Harbour</em>, <em>Red Ledger</em> and <em>Far Shore</em>.</p>
"""

NOVELS = """
<h1>5 Novels That Became Even Better Movies</h1>
<p>Sometimes the film wins. Here are five.</p>
<h2>1. <em>The Glass Vale</em> by Ana Ruiz</h2>
<p>Ruiz’s 1979 thriller was a hit. <a href="#">Tom Lee</a> made it <em>Iron Dawn</em> (1988) and made the hero younger.</p>
<h2>2. <em>Cold Harbour</em> by Tom Vane</h2>
<p>The novel is a slog. <a href="#">Kim Lee</a>’s <em>Cold Harbour</em> (1975) keeps the boat and little else.</p>
<h2>3. <em>Salt Road</em> by Nora Pike</h2>
<figure><figcaption>A still from Blue Mile</figcaption></figure>
<p>Of all the Pike films, this is the best. The director moved <em>Salt Road</em> to Lisbon and called it <em>Blue Mile</em>.</p>
<h2>4. <em>Red Ledger</em> by Ivo Brandt</h2>
<p><a href="#">Ana Solberg</a>’s <em>Red Ledger</em> (1994) took six prizes. Brandt’s sequel, <em>Ledger and Co.</em> (1995), was never filmed.</p>
<h2>5. <em>Les nuits blanches</em> by Pierre Vell</h2>
<p>The book moves from Paris to Oslo in <em>Far Shore</em> (1958). In English the novel is <em>The White Nights</em>.</p>
"""


@pytest.fixture(scope="module")
def winners(nlp):
    return extract(annotate(clean(Article("winners", "w.txt", "txt", render(WINNERS, ("h1", "h2", "p", "figcaption")))), nlp))


@pytest.fixture(scope="module")
def novels(nlp):
    return extract(annotate(clean(Article("novels", "n.txt", "txt", render(NOVELS, ("h1", "h2", "p", "figcaption")))), nlp))


def test_extract_year_first_headings_rank_the_titles_without_their_ceremony_years(winners):
    ranked = sorted((f.rank, f.title) for f in winners.films if f.role == "recommended")
    assert ranked == [(1, "Iron Harbour"), (2, "The Copper Vale"), (3, "Night Loom")]
    assert [f.year for f in winners.films if f.role == "recommended"] == [None, None, 1995]  # stated in the text only


def test_extract_an_entrys_opening_words_give_its_facts_before_its_nominees_are_named(winners):
    entry = next(f for f in winners.films if f.rank == 3)
    assert (entry.year, entry.director) == (1995, "Mara Quint")


def test_extract_nominee_lists_are_films_even_when_name_shaped(winners):
    titles = {f.title for f in winners.films}
    assert {"Glass Orchard", "Paper Moon Rising", "Tom Vane", "Salt Road", "Blue Mile", "Tin Sky"} <= titles
    assert "Ana Ruiz" not in titles and "Who Claims the Vault?" not in titles  # an owner, a game show


def test_extract_another_film_of_a_headings_title_is_a_film_of_its_own(winners):
    versions = sorted(((f.year, f.role, f.director) for f in winners.films if f.title == "Iron Harbour"), key=str)
    assert versions == [(1981, "mentioned", "Kim Lee"), (None, "recommended", None)]


def test_extract_whose_director_names_the_nominees_director_not_the_entrys(winners):
    by_title = {f.title: f for f in winners.films}
    assert by_title["The Lantern"].director == "Nora Pike"
    assert by_title["The Copper Vale"].director is None


def test_extract_book_headings_rank_their_sections_films(novels):
    ranked = sorted((f.rank, f.title) for f in novels.films if f.role == "recommended")
    assert ranked == [(1, "Iron Dawn"), (2, "Cold Harbour"), (3, "Blue Mile"), (4, "Red Ledger"), (5, "Far Shore")]


def test_extract_novels_authors_and_unfilmed_books_are_no_films(novels):
    titles = {f.title for f in novels.films}
    assert not titles & {"The Glass Vale", "Salt Road", "Ledger and Co.", "Les nuits blanches", "The White Nights"}
    assert not any(f.director in ("Ana Ruiz", "Tom Vane", "Nora Pike", "Ivo Brandt", "Pierre Vell") for f in novels.films)
