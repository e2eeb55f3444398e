"""Extract stage on an invented awards-night live blog (loads spaCy: slow): a pinned winners list of
"Category — Winner" lines, timestamped entries under "Winner: Name, Title" lines, reminders to refresh."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

LIVE = """
<h1>Golden Reel Awards Live: Glass Orchard Takes the Top Prize</h1>
<p>Follow along as the winners are named tonight. Newest updates at the top.</p>
<p>Pinned: all the winners</p>
<p><b>Best Picture</b> — <i>Glass Orchard</i></p>
<p><b>Best Director</b> — Mara Quint (<i>Cold Harbour</i>)</p>
<p><b>Best Animated Feature</b> — <i>Paper Moons</i></p>
<p><b>Best Foreign Language Film</b> — <i>Night Ferry</i> (Norway)</p>
<p>Refresh for updates</p>
<p>10:42 p.m. ET</p>
<p><b>Winner: Ivo Brandt, Salt Roads</b></p>
<p>A surprise, and a loud one. Brandt takes the acting prize for Lena Marsh’s harbour drama, which opened in a single cinema.</p>
<p>9:15 p.m. ET</p>
<p><b>Winner: <i>Paper Moons</i>, Best Animated Feature</b></p>
<p>The paper-cut fable about a moth and a lamp wins, as expected.</p>
"""


@pytest.fixture(scope="module")
def live(nlp):
    return extract(annotate(clean(Article("live", "l.txt", "txt", render(LIVE, ("h1", "p")))), nlp))


def test_extract_a_winners_list_names_the_films_not_the_categories(live):
    titles = {f.title for f in live.films}
    assert {"Glass Orchard", "Cold Harbour", "Paper Moons", "Night Ferry", "Salt Roads"} <= titles
    assert not any(t.startswith(("Best ", "Winner")) or t in ("ET", "Mara Quint", "Ivo Brandt") for t in titles)


def test_extract_a_winners_line_gives_its_director_and_its_entry(live):
    by_title = {f.title: f for f in live.films}
    assert by_title["Cold Harbour"].director == "Mara Quint"  # "Best Director — Name (Title)"
    assert by_title["Salt Roads"].director == "Lena Marsh"  # the entry under "Winner: Name, Title" is about that film
    assert by_title["Glass Orchard"].director is None
