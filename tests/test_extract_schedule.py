"""Extract stage on an invented weekly TV guide: day headings over listing lines "<b>8 p.m.</b> <em>Title</em>
(Year) ★★★ <span>Channel</span>", each with a blurb, a sports broadcast and a series among the films, and a
"Pick of the week" box (loads spaCy: slow). The scraped text glues time, title, rating and channel
("8 p.m.Glass Orchard(1990) ★★★HTV"), as get_text(strip=True) does; the HTML must read the same."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.ingest import article_from_html
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

GUIDE = """
<article>
<h1>Films on TV This Week: Harbour Edition</h1>
<p>Our weekly guide to the films on broadcast and cable, with one pick you should record.</p>
<aside class="pick-box"><h4>Pick of the week</h4>
<p>The week belongs to <em>Paper Moons</em> (1961), <a href="/person/lena-hart">Lena Hart</a>’s comedy about a clerk who lends his flat to his bosses.</p></aside>
<h3>Monday, Dec. 7</h3>
<p><strong>7 p.m.</strong> <em>Glass Orchard</em> (1990) ★★★ <span>Harbour TV</span></p>
<p><a href="/person/nora-pike">Nora Pike</a> won an award as a beekeeper who loses her farm. <a href="/person/ivo-brandt">Ivo Brandt</a> directs.</p>
<p><strong>8:15 p.m.</strong> <em>Monday Night Rowing</em> <span>HTV</span></p>
<p>Live: the last race of the season.</p>
<p><strong>10 p.m.</strong> <em>Salt Roads</em> (1984) ★★½ <span>HTV</span></p>
<p><a href="/person/mara-quint">Mara Quint</a> is a tanker driver who crosses the dunes; <a href="/person/tom-vane">Tom Vane</a> directs.</p>
<h3>Tuesday, Dec. 8</h3>
<p><strong>9 p.m.</strong> <em>Cold Harbour</em> (1999) ★★★★ <span>Channel Nine</span></p>
<p>A fisherman waits for a storm in a port town in winter.</p>
<p><strong>11:30 p.m.</strong> <em>Night Ferry</em> <span>HTV</span></p>
<p>The holiday episode of the long-running series.</p>
<h3>Sunday, Dec. 13</h3>
<p><strong>9 p.m.</strong> <em>Paper Moons</em> (1961) ★★★★ <span>HTV</span></p>
<p>See Pick of the week, above.</p>
</article>
"""

FILMS = {"Paper Moons": ("recommended", 1, 1961), "Glass Orchard": ("mentioned", None, 1990),
         "Salt Roads": ("mentioned", None, 1984), "Cold Harbour": ("mentioned", None, 1999)}


@pytest.fixture(scope="module")
def readings(nlp):
    scraped = Article("guide", "guide.txt", "txt", render(GUIDE, ("h1", "h3", "h4", "p")))
    page = article_from_html("guide", "guide.html", GUIDE.encode())
    return [extract(annotate(clean(a), nlp)) for a in (scraped, page)]


def test_schedule_listing_lines_give_their_films_with_years_and_no_ranks(readings):
    for art in readings:
        assert {f.title: (f.role, f.rank, f.year) for f in art.films} == FILMS


def test_schedule_blurbs_give_their_films_directors(readings):
    for art in readings:
        assert {f.title: f.director for f in art.films if f.director} == {"Paper Moons": "Lena Hart", "Glass Orchard": "Ivo Brandt",
                                                                         "Salt Roads": "Tom Vane"}
