"""Extract stage on an invented discussion thread, as scraped text and as HTML (loads spaCy: slow).

A request thread: a handle and subreddit line, a flair, an opening post whose update names a pick,
comment author, score and button lines, a deleted comment, replies that name their picks in lower case.
"""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.ingest import article_from_html
from pipeline.record import Article
from pipeline.titles import normalise
from tests.scraped import render

pytestmark = pytest.mark.slow

THREAD = """<html><body><div class="thread">
<p class="sub"><a href="/r/FilmRequests">r/FilmRequests</a> · Posted by <a href="/user/mothwing">u/mothwing</a> · 3d</p>
<h1>Films like <em>Copper Lantern</em>? Loved it, please help</h1>
<p class="flair">Request</p>
<div class="post-body"><p>Just saw <em>Copper Lantern</em> (2019) last night and I loved the slow dread of it, the empty streets and the
lonely driver at the centre.</p><p>Update: thanks all, starting with Glass Orchard tonight and more tomorrow.</p></div>
<p class="score">2.1k points · 97% upvoted · 88 comments</p>
<div class="comment"><p class="meta"><a href="/user/pebblefox">u/pebblefox</a> · 3d</p><p class="points">210 points</p>
<p>glass orchard (1971). a quiet town, a loud mayor and one long night in the rain.</p>
<p class="actions">Reply Share Report</p></div>
<div class="comment"><p class="meta"><a href="/user/tinroofer">u/tinroofer</a> · 2d</p><p class="points">95 points</p>
<p>hollow bay (1988), same lonely city at night. also her run of marsh lights, tin roof and copper lantern is unreal</p>
<p class="actions">Reply Share Report</p></div>
<div class="comment"><p class="meta">[deleted] · 2d</p><p>[deleted]</p><p class="actions">Reply Share Report</p></div>
<div class="comment"><p class="meta"><a href="/user/quillmoss">u/quillmoss</a> · 1d</p><p class="points">40 points</p>
<p><em>Night Ferry</em> (2004). the driver and the killer share one long night on the river and nobody in the city
notices a thing until dawn.</p>
<p class="actions">Reply Share Report</p></div>
<div class="comment"><p class="meta"><a href="/user/ashgrove">u/ashgrove</a> · 1d</p><p class="points">12 points</p>
<p><em>Pale Crossing</em> (1996). grim, cold and very good.</p>
<p class="actions">Reply Share Report</p></div>
</div></body></html>"""


@pytest.fixture(scope="module")
def scraped(nlp):
    raw = render(THREAD, ("p", "h1"))
    return extract(annotate(clean(Article("thread", "thread.txt", "txt", raw)), nlp))


@pytest.fixture(scope="module")
def markup(nlp):
    return extract(annotate(clean(article_from_html("thread", "thread.html", THREAD.encode())), nlp))


@pytest.mark.parametrize("which", ["scraped", "markup"])
def test_extract_thread_films_and_roles(which, request):
    article = request.getfixturevalue(which)
    films = {normalise(f.title): (f.role, f.rank) for f in article.films}
    assert films == {
        "copper lantern": ("subject", None),
        "glass orchard": ("recommended", 1),  # the opening post's update names it first
        "hollow bay": ("recommended", 2),
        "night ferry": ("recommended", 3),
        "pale crossing": ("recommended", 4),  # a short reply: a comment, not a caption
        "marsh lights": ("mentioned", None),
        "tin roof": ("mentioned", None),
    }


def test_extract_thread_furniture_is_no_film_and_handles_stay_whole(scraped):
    assert not any(f.title in ("Request", "Reply Share Report") for f in scraped.films)
    assert "u/pebblefox" in " ".join(c.text for c in scraped.captions)
