"""Extract stage on a small hand-written readers' poll: numbered bold openers with vote-share lines,
a pronoun title, directors named by the verbs and prizes around them (loads spaCy: slow)."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

POLL = """
<h1>Readers’ Poll: The 5 Best Films of the Year</h1>
<p>By Ana Writer | May 1, 2024</p>
<p>You voted in your thousands, and here is the countdown, from five to one.</p>
<p><strong>5. Glass Orchard</strong> <br>(4.1% of votes) <br>Staff note: The first film on the list. <a href="#">Mara Quintero</a>
casts <a href="#">Ivo Brandtsen</a> as a pilot who hunts his own kind.</p>
<p><strong>4. They</strong> <br>(5.0% of votes) <br>Staff note: A lonely clerk falls for a voice on the radio.</p>
<p><strong>3. Salt Road</strong> <br>(6.2% of votes) <br>Staff note: Quintero’s second film in this poll follows a nurse home.</p>
<p><strong>2. Copper Sky</strong> <br>(7.0% of votes) <br>Staff note: Brandtsen’s third film in this poll.
<a href="#">Tomas Vellner</a> won Best Director at the festival for it.</p>
<p><strong>1. Night Loom</strong> <br>(9.9% of votes) <br>Staff note: <a href="#">Lena Okafor</a> directs
<a href="#">Pavel Strand</a>’s script like a heist.</p>
"""


@pytest.fixture(scope="module")
def poll(nlp):
    return extract(annotate(clean(Article("poll", "poll.txt", "txt", render(POLL, ("h1", "h2", "p")))), nlp))


def test_extract_poll_entries_are_ranked_in_article_order_pronoun_title_included(poll):
    ranked = sorted((f for f in poll.films if f.role == "recommended"), key=lambda f: f.rank)
    assert [f.title for f in ranked] == ["Glass Orchard", "They", "Salt Road", "Copper Sky", "Night Loom"]


def test_extract_poll_directors_from_casting_prizes_scripts_and_second_films(poll):
    directors = {f.title: f.director for f in poll.films}
    assert directors["Glass Orchard"] == "Mara Quintero"  # "Name casts Other as ..."
    assert directors["Salt Road"] == "Quintero"  # "Name’s second film in this poll"
    assert directors["Copper Sky"] == "Tomas Vellner"  # the cast actor's "third film" is not his as director
    assert directors["Night Loom"] == "Lena Okafor"  # the script's writer is not the director
