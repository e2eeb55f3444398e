"""Extract stage on a hand-written list whose dated entries sit in one <ol> split by group
headings ("The Old Masters"), under a header image captioned with one of the entries, a dek line,
a closing book recommendation and a "Tags:" line (loads spaCy: slow).

The article is rendered like a naive scraper: get_text(strip=True) per block, so inline titles
and links are glued to their neighbours.
"""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

GROUPED = """
<p><a href="#">Movies</a> › <a href="#">Lists</a></p>
<h1>The 6 Best Sea Movies Ever Made</h1>
<p>From the Harbour to Lisbon, the films that show what the sea does to sailors.</p>
<p>By <a href="#">Ana Ruiz</a> | Updated May 2, 2025</p>
<figure><figcaption>Salt Ledger (1988)</figcaption></figure>
<p>Some favourites had to go, which is the only reason <i>1871</i> and <i>Grey Tide</i> are missing from the list.</p>
<p>The entries run from the oldest to the newest, and every one of them gets wet.</p>
<ol>
<h2>The Old Masters</h2>
<li><strong>Copper Lantern</strong> (1931) <a href="#">Mara Quint</a>’s drama follows a lighthouse keeper and his daughter through one long winter, when the supply boat stops coming.</li>
<li><strong>Night Train to Vell</strong> (1940) <a href="#">Nora Pike</a> sends two smugglers along a coast road at night, and neither of them trusts the other with the map.</li>
<li><strong>The Paper Crown</strong> (1952) A fishing village crowns a boy king for a week of the summer festival and comes to regret it.</li>
<h2>Modern Voyages</h2>
<li><strong>Salt Ledger</strong> (1988) <a href="#">Ivo Brandt</a> directs six guests on a yacht with a ledger nobody can read, and the tide keeps them there.</li>
<li><strong>Harbour Lights</strong> (1999) A ferry captain counts the days to his last crossing while his crew plans a party he does not want.</li>
<li><strong>The Glass Vault</strong> (2010) Divers find a bank vault in a sunken liner and fall out over what they should do with it.</li>
</ol>
<p>For more reading, Tomas Vell’s <i>The Drowned Coast</i> is the best sea book we know.</p>
<p>Tags: <a href="#">Sea</a>, <a href="#">Classics</a>, <a href="#">Lists</a></p>
"""


@pytest.fixture(scope="module")
def grouped(nlp):
    return extract(annotate(clean(Article("grouped", "grouped.txt", "txt", render(GROUPED))), nlp))


def test_extract_group_headings_tags_dek_and_books_are_no_films(grouped):
    titles = {f.title for f in grouped.films}
    assert not titles & {"The Old Masters", "Modern Voyages", "From the Harbour to Lisbon", "The Drowned Coast"}
    assert not any(t.startswith("Tags") for t in titles)


def test_extract_ranks_follow_the_entries_not_the_header_image(grouped):
    ranked = sorted((f.rank, f.title) for f in grouped.films if f.role == "recommended")
    assert ranked == [(1, "Copper Lantern"), (2, "Night Train to Vell"), (3, "The Paper Crown"),
                      (4, "Salt Ledger"), (5, "Harbour Lights"), (6, "The Glass Vault")]


def test_extract_a_glued_number_paired_with_a_title_is_a_film(grouped):
    mentioned = {f.title for f in grouped.films if f.role == "mentioned"}
    assert {"1871", "Grey Tide"} <= mentioned
