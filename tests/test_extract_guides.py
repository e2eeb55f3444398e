"""Extract stage on small invented guides: a parents' guide of headed entries with data lines, and a
composer's countdown of scores (loads spaCy: slow)."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

PARENTS_GUIDE = """
<p><a href="/guides">Family Guides</a></p>
<h1>Is it safe for kids? 4 new cartoon films rated</h1>
<p>By <a href="/staff/ola-brandt">Ola Brandt</a> · Updated May 2, 2026 · 6 min read</p>
<p>Every movie night starts with the same argument. We watched the new ones, plus one show, and scored each.</p>
<h2>Glass Orchard</h2>
<p>Rated PG · 1h 40m · Ages 8+</p>
<p>Our verdict: gentler than <i>Copper Sky</i> and sillier than <i>Night Loom</i>. Where to watch: in cinemas.</p>
<h2>Tin Lantern</h2>
<p>Rated PG · 1h 32m · Ages 6+</p>
<p>Our verdict: louder than <i>Brass Bell</i>, and the songs will stick. Where to watch: rent it.</p>
<h2>Salt Road</h2>
<p>Rated TV-PG · 8 episodes · Ages 8+</p>
<p>Our verdict: a show about a rowing team, told from a new point of view each week. Where to watch: stream it.</p>
<h2>Paper Moon Rising</h2>
<p>Rated PG · 1h 45m · Ages 7+</p>
<figure><figcaption>Paper Moon Rising (2025)</figcaption></figure>
<p>Our verdict: funnier than <i>Iron Gate</i>, and the best of the lot. Where to watch: in cinemas.</p>
<h2>Frost Hill</h2>
<p>Rated PG · 1h 38m · Ages 9+</p>
<figure><figcaption>Frost Hill (2025)</figcaption></figure>
<p>Our verdict: sadder than <i>Blue Door</i> and more beautiful. <a href="#">Ivo Brandt</a>, who co-directed <i>Salt Marsh</i> and <i>River Keep</i>, adapts a picture book. Where to watch: in cinemas.</p>
"""


@pytest.fixture(scope="module")
def guide(nlp):
    raw = render(PARENTS_GUIDE, ("h1", "h2", "p", "figcaption"))
    return extract(annotate(clean(Article("guide", "guide.txt", "txt", raw)), nlp))


def test_extract_guide_title_lines_are_the_ranked_entries(guide):
    ranked = sorted((f.rank, f.title) for f in guide.films if f.role == "recommended")
    assert ranked == [(1, "Glass Orchard"), (2, "Tin Lantern"), (3, "Paper Moon Rising"), (4, "Frost Hill")]


def test_extract_guide_name_who_co_directed_two_titles_directed_each(guide):
    directors = {f.title: f.director for f in guide.films}
    assert directors["Salt Marsh"] == directors["River Keep"] == "Ivo Brandt"
    assert directors["Blue Door"] is None


def test_extract_guide_a_series_entry_and_the_page_furniture_are_no_films(guide):
    titles = {f.title for f in guide.films}
    assert not titles & {"Salt Road", "Family Guides", "Is"}
    assert guide.subject is None


COUNTDOWN = """
<h1>The 5 Best Ada Vell Scores, Ranked</h1>
<p>The composer has spent three decades making films feel enormous, from <i>Night Loom</i> to <i>Blue Door</i> and <i>Brass Bell</i>. These are the scores that matter.</p>
<p>5. <i>Glass Orchard</i> (1994)</p>
<p>Directed by <a href="#">Mara Quint</a> and <a href="#">Ivo Brandt</a>, with <a href="#">Tessa Vane</a> as the queen, it gave the stage a hit. The choir carries it. She came back for <a href="#">Rip Ode</a>’s photoreal remake <i>Glass Orchard</i> (2019), which replays the old cues.</p>
<p>4. <i>Tin Lantern</i> (2001)</p>
<p>Its score is all ticking clocks. “Frost Hill”, a slow build over a pulse, plays as the ship sinks.</p>
<p>3. <i>Salt Road</i> (2005)</p>
<p>The best thing here is the cue titled “Iron Gate”, one scraping note of strings.</p>
<p>2. <i>Paper Moon</i> (2010)</p>
<p>A whole film built on an organ. Nobody forgets the docking scene.</p>
<p>1. <i>Copper Sky</i> (2014)</p>
<p>A hymn for a space voyage, and the one fans name as her best.</p>
"""


@pytest.fixture(scope="module")
def countdown(nlp):
    return extract(annotate(clean(Article("countdown", "countdown.txt", "txt", render(COUNTDOWN, ("h1", "p")))), nlp))


def test_extract_countdown_quoted_cues_are_no_films(countdown):
    assert not {f.title for f in countdown.films} & {"Frost Hill", "Iron Gate"}


def test_extract_countdown_a_remakes_maker_is_not_the_entrys_director(countdown):
    entry = next(f for f in countdown.films if f.title == "Glass Orchard" and f.role == "recommended")
    assert entry.director == "Mara Quint, Ivo Brandt"


def test_extract_countdown_a_remakes_maker_directs_the_remake(countdown):
    remake = next(f for f in countdown.films if f.title == "Glass Orchard" and f.year == 2019)
    assert remake.director == "Rip Ode"
