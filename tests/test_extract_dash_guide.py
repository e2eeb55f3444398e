"""Extract stage on an invented weekend watch guide: per-service headings over "<a>Title</a> — blurb"
items that mix films and series (loads spaCy: slow). The scraped text glues each item's dash to
its title ("Salt Roads—Mara Quint plays ..."), as get_text(strip=True) does."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.ingest import article_from_html
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

GUIDE = """
<h1>What to Stream This Weekend: Salt Roads, Night Ferry and More</h1>
<p>The holiday is over and the sofa is calling. Here are our picks, sorted by where to find them.</p>
<h2>In theaters</h2>
<ul>
<li><a href="/movie/salt-roads">Salt Roads</a> — <a href="/person/mara-quint">Mara Quint</a> plays a tanker driver who crosses the dunes to find her brother; <a href="/person/ivo-brandt">Ivo Brandt</a>’s thriller never lets up.</li>
<li><a href="/movie/glass-orchard">Glass Orchard</a> — <a href="/person/tom-vane">Tom Vane</a>’s drama follows a beekeeper through one hard summer in the hills.</li>
</ul>
<h2>Prime Video</h2>
<ul>
<li><a href="/tv/night-ferry">Night Ferry</a> — The big new series of the week: all eight episodes are up now, and <a href="/person/ana-ruiz">Ana Ruiz</a>’s detective carries every one.</li>
<li><a href="/movie/cold-harbour">Cold Harbour</a> — <a href="/person/nora-pike">Nora Pike</a>’s remake moves the story of the 1958 Cold Harbour to a port town in winter, where a fisherman waits for a storm.</li>
</ul>
<h2>Disney+</h2>
<ul>
<li><a href="/movie/paper-moons">Paper Moons</a> — <a href="/person/lena-hart">Lena Hart</a>’s animated film sends two sisters after a runaway kite across the sea.</li>
</ul>
"""


@pytest.fixture(scope="module")
def scraped(nlp):
    return extract(annotate(clean(Article("dash", "dash.txt", "txt", render(GUIDE, ("h1", "h2", "p", "li")))), nlp))


@pytest.fixture(scope="module")
def marked(nlp):
    return extract(annotate(clean(article_from_html("dash", "dash.html", f"<html><body>{GUIDE}</body></html>".encode())), nlp))


def test_extract_dash_guide_items_are_the_list_and_series_and_services_are_no_films(scraped, marked):
    for done in (scraped, marked):
        assert [(f.title, f.role, f.rank) for f in done.films] == [
            ("Salt Roads", "recommended", 1), ("Glass Orchard", "recommended", 2),
            ("Cold Harbour", "recommended", 3), ("Paper Moons", "recommended", 4), ("Cold Harbour", "mentioned", None)]


def test_extract_dash_guide_entries_after_a_series_item_keep_their_sections(scraped, marked):
    for done in (scraped, marked):
        directors = {f.title: f.director for f in done.films if f.role == "recommended"}
        assert directors["Cold Harbour"] == "Nora Pike" and directors["Paper Moons"] == "Lena Hart"


def test_extract_dash_guide_a_remakes_dated_original_is_another_film(scraped, marked):
    for done in (scraped, marked):
        harbours = [(f.role, f.year) for f in done.films if f.title == "Cold Harbour"]
        assert harbours == [("recommended", None), ("mentioned", 1958)]
