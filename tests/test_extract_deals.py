"""Extract stage on an invented deals page: section headings over product lines "<a>Name (format)</a>
— $price (was $price) at <a>Store</a>" with a blurb under some (loads spaCy: slow). The scraped text
glues the dash to the format bracket and "at" to the store, as get_text(strip=True) does."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.ingest import article_from_html
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

PAGE = """
<p class="kicker"><a href="/deals">Deals</a> / <a href="/deals/movies">Movies</a></p>
<h1>This Week’s Best Disc Deals: Salt Roads, Glass Orchard and a Night Ferry Box Set</h1>
<p>Prices on physical media fell again this week, and we checked every one against its price history before listing it here.</p>
<h2>Top Deal This Week</h2>
<ul><li><a href="https://shop.example.com/salt-roads">Salt Roads (4K UHD + Blu-ray + Digital)</a> — $14.99 (was $29.99) at <a href="https://shopwell.example.com">Shopwell</a></li></ul>
<p>Our pick this week is <a href="/person/nora-pike">Nora Pike</a>’s sprawling desert thriller, at the lowest price it has ever sold for. The 4K disc keeps every grain of the night photography, and <a href="/person/mara-quint">Mara Quint</a> carries the whole film.</p>
<p><a href="https://shop.example.com/salt-roads">Buy now</a></p>
<h2>Series Sets and Bundles</h2>
<ul><li><a href="https://shop.example.com/night-ferry">Night Ferry: The Complete Series (Blu-ray)</a> — $44.99 (was $89.99) at <a href="https://bigmart.example.com">Big Mart</a></li></ul>
<p>Not a film, but every episode of the harbour drama is in the box, and it has never been this cheap.</p>
<ul><li><a href="https://shop.example.com/harbour-tales">Harbour Tales: The Ultimate Trilogy (Blu-ray)</a> — $24.99 (was $49.99) at <a href="https://bigmart.example.com">Big Mart</a></li></ul>
<p>All three of <a href="/person/tom-vane">Tom Vane</a>’s seaside comedies in one box: <i>Harbour Tales</i> (1990), <i>Harbour Tales II</i> (1993) and <i>Harbour Tales III</i> (1996).</p>
<h2>Steel Cases</h2>
<ul><li><a href="https://shop.example.com/glass-orchard">Glass Orchard Collector’s Edition Steelbook (4K UHD + Blu-ray)</a> — $19.49 (was $34.99) at <a href="https://shopwell.example.com">Shopwell</a></li></ul>
<p><a href="/person/ivo-brandt">Ivo Brandt</a>’s 2014 drama follows a beekeeper through one hard summer in the hills, and the new steel case has fresh art of the orchard. If you missed the prequel <i>Night Loom</i> in theaters, it is on sale at the same store.</p>
<h2>More Disc Deals Under $15</h2>
<ul>
<li><a href="https://shop.example.com/cold-harbour">Cold Harbour (4K UHD + Blu-ray)</a> — $12.99 (was $24.98) at <a href="https://bigmart.example.com">Big Mart</a></li>
<li><a href="https://shop.example.com/paper-moons">Paper Moons (Blu-ray + Digital)</a> — $9.99 (was $19.99) at <a href="https://shopwell.example.com">Shopwell</a></li>
</ul>
<p>A few notes on the cheaper picks. <a href="/person/lena-hart">Lena Hart</a>’s 2009 fairy tale <i>Paper Moons</i> is a gift for the whole family.</p>
<h2>How We Check Prices</h2>
<p>Every deal here is compared with ninety days of price data, and we only list discounts of a quarter or more.</p>
"""


@pytest.fixture(scope="module")
def readings(nlp):
    scraped = extract(annotate(clean(Article("deals", "deals.txt", "txt", render(PAGE, ("h1", "h2", "p", "li")))), nlp))
    marked = extract(annotate(clean(article_from_html("deals", "deals.html", f"<html><body>{PAGE}</body></html>".encode())), nlp))
    return scraped, marked


def test_extract_deals_products_are_films_and_headings_stores_and_sets_are_not(readings):
    for done in readings:
        assert sorted(f.title for f in done.films) == ["Cold Harbour", "Glass Orchard", "Harbour Tales", "Harbour Tales II",
                                                       "Harbour Tales III", "Night Loom", "Paper Moons", "Salt Roads"]


def test_extract_deals_the_one_pick_is_recommended_and_the_other_products_are_mentioned(readings):
    for done in readings:
        assert [(f.title, f.role, f.rank) for f in done.films] == [
            ("Salt Roads", "recommended", 1), ("Harbour Tales", "mentioned", None), ("Harbour Tales II", "mentioned", None),
            ("Harbour Tales III", "mentioned", None), ("Glass Orchard", "mentioned", None),
            ("Night Loom", "mentioned", None), ("Cold Harbour", "mentioned", None), ("Paper Moons", "mentioned", None)]


def test_extract_deals_a_product_lines_blurb_gives_its_film_year_and_director(readings):
    for done in readings:  # though the blurb names another film after its first sentence
        film = next(f for f in done.films if f.title == "Glass Orchard")
        assert (film.year, film.director) == (2014, "Ivo Brandt")


def test_extract_deals_a_film_dated_in_prose_after_its_product_line_gets_that_year(readings):
    for done in readings:  # "Name’s 2009 fairy tale <Title>": its first words outside the product lines
        film = next(f for f in done.films if f.title == "Paper Moons")
        assert (film.year, film.director) == (2009, "Lena Hart")


def test_extract_deals_the_txt_and_the_html_give_the_same_films(readings):
    scraped, marked = readings
    assert [(f.title, f.role, f.rank, f.year, f.director) for f in scraped.films] == \
        [(f.title, f.role, f.rank, f.year, f.director) for f in marked.films]


def test_extract_deals_a_sets_blurb_listing_its_films_after_a_possessive_gives_each_its_director(readings):
    for done in readings:  # "All three of Name’s seaside comedies in one box: A (1990), B (1993) and C (1996)"
        assert {f.title: (f.year, f.director) for f in done.films if f.title.startswith("Harbour")} == {
            "Harbour Tales": (1990, "Tom Vane"), "Harbour Tales II": (1993, "Tom Vane"), "Harbour Tales III": (1996, "Tom Vane")}
