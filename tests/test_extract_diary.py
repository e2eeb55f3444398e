"""Extract stage on an invented film-logging diary and an invented reader-mailbag column (loads spaCy: slow).

The diary's lines "<span>Sun 01</span> <a>Title</a> <span>1978</span> <span>★★★★</span> <span>♥</span>" are glued
by the scrape ("Sun 01Title1978★★★★♥Rewatch"); the mailbag's letters are signed "— Pen Name in Place" and the
columnist's answers follow them. Scraped text and HTML must read the same."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.ingest import article_from_html
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

DIARY = """
<div class="profile"><h1><a href="/vane/">Ivo Vane</a> <span>@ivo_vane</span></h1>
<p class="stats"><span>812</span> Films <span>90</span> This year <span>12</span> Lists <span>40</span> Following</p></div>
<div class="diary">
<h2>Diary <span>March 2024</span></h2>
<p>Favourites this month: <a href="/film/glass-orchard/">Glass Orchard</a>, <a href="/film/salt-roads/">Salt Roads</a></p>
<p class="line"><span>Sun 03</span> <a href="/film/glass-orchard/">Glass Orchard</a> <span>1978</span> <span>★★★★★</span> <span>♥</span> <span>Rewatch</span></p>
<p class="note">A slow burn in a greenhouse. <a href="/director/mara-quint/">Mara Quint</a> directed it on one set.</p>
<p class="line"><span>Tue 05</span> <a href="/film/salt-roads/">Salt Roads</a> <span>1963</span> <span>★★★★½</span> <span>♥</span></p>
<p class="note">Tanker drivers in the dunes. Not to be confused with <a href="/film/salt-roads-1999/">Salt Roads</a> from 1999, which was a mess.</p>
<p class="line"><span>Fri 08</span> <a href="/film/paper-moons/">Paper Moons</a> <span>2023</span> <span>★½</span></p>
<p class="line"><span>Sat 09</span> <a href="/film/trick-or-treat/">Trick or treat</a> <span>2007</span> <span>★★★</span> <span>Rewatch</span></p>
</div>
<p class="pager"><a href="/vane/diary/2024/02/">← February 2024</a> · <a href="/vane/diary/2024/04/">April 2024 →</a></p>
"""

DIARY_FILMS = {("Glass Orchard", 1978): ("mentioned", None), ("Salt Roads", 1963): ("mentioned", None),
               ("Salt Roads", 1999): ("mentioned", None), ("Paper Moons", 2023): ("mentioned", None),
               ("Trick or treat", 2007): ("mentioned", None)}

MAILBAG = """
<h1>Ask the Film Desk: “Help me pick”</h1>
<p class="byline">By <a href="/staff/ana-ruiz">Ana Ruiz</a> · Mailbag</p>
<p>Readers write in, we answer.</p>
<h2>A long night</h2>
<blockquote><p>Dear Film Desk, I love <em>Glass Orchard</em> and <em>Salt Roads</em>. What next? — Sleepless in Salem</p></blockquote>
<p>The Film Desk answers:</p>
<p>Dear Sleepless, you have good taste. If you love <em>Glass Orchard</em>, start with <em>Paper Moons</em> (1961), a gentle comedy about a clerk who lends his flat to his bosses.</p>
<p>Then try <em>Cold Harbour</em> (1999), directed by <a href="/people/tom-pike">Tom Pike</a>, in which a fisherman waits for a storm in a port town all winter.</p>
<h2>A teenager’s question</h2>
<blockquote><p>Dear Film Desk, my friends only watch <em>Night Ferry</em>. Help! — Bored, Leeds</p></blockquote>
<p>The Film Desk answers:</p>
<p>Dear Bored, your friends will catch up. Show them <em>The Long Lift</em> (2004), where two strangers are stuck in a lift for a whole night.</p>
"""

MAILBAG_FILMS = {"Paper Moons": ("recommended", 1), "Cold Harbour": ("recommended", 2), "The Long Lift": ("recommended", 3),
                 "Glass Orchard": ("mentioned", None), "Salt Roads": ("mentioned", None), "Night Ferry": ("mentioned", None)}


def _readings(nlp, html: str, name: str):
    scraped = Article(name, f"{name}.txt", "txt", render(html, ("h1", "h2", "p")))
    page = article_from_html(name, f"{name}.html", html.encode())
    return [extract(annotate(clean(a), nlp)) for a in (scraped, page)]


@pytest.fixture(scope="module")
def diary(nlp):
    return _readings(nlp, DIARY, "diary")


@pytest.fixture(scope="module")
def mailbag(nlp):
    return _readings(nlp, MAILBAG, "mailbag")


def test_diary_lines_give_their_films_and_years_unranked(diary):
    for art in diary:
        assert {(f.title, f.year): (f.role, f.rank) for f in art.films} == DIARY_FILMS


def test_diary_note_gives_its_line_film_a_director(diary):
    for art in diary:
        assert {f.title: f.director for f in art.films if f.director} == {"Glass Orchard": "Mara Quint"}


def test_mailbag_answers_recommend_in_page_order_and_letters_mention(mailbag):
    for art in mailbag:
        assert {f.title: (f.role, f.rank) for f in art.films} == MAILBAG_FILMS
        assert next(f for f in art.films if f.title == "Cold Harbour").director == "Tom Pike"
