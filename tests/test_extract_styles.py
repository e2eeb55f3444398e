"""Extract stage on small hand-written articles in list styles the seed lacks (loads spaCy: slow).

Each article is written as HTML and rendered with BeautifulSoup's get_text(strip=True)
per block, which glues inline titles and links to their neighbours like a naive scraper.
"""

import pytest
from bs4 import BeautifulSoup

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.ingest import article_from_html
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

BARE_HEADINGS = """
<h1>Liked <i>Copper Lantern</i>? These Mysteries Will Keep You Guessing</h1>
<p><a href="#">Mara Quint</a>’s <i>Copper Lantern: A Harbour Mystery</i> opened on Friday, and it is as twisty as the first.</p>
<p>Quint’s 2022 film plays fair with its audience. Here is what to watch next.</p>
<h2>The Salt Ledger</h2>
<p><a href="#">Ivo Brandt</a> directed this 1973 puzzle from a script by two friends. Six guests board a yacht.</p>
<h2>Night Train to Vell</h2>
<p><a href="#">Nora Pike</a>’s 1974 film serves its famous solution with every trimming.</p>
<h2>The Paper Crown</h2>
<p>A retired detective and his wife trade barbs over cocktails while a killer waits upstairs.</p>
<p>Where <i>Copper Lantern</i> goes big, these stay small.</p>
"""


@pytest.fixture(scope="module")
def bare(nlp):
    return extract(annotate(clean(Article("bare", "bare.txt", "txt", render(BARE_HEADINGS, ("h1", "h2", "p")))), nlp))


def test_extract_bare_title_headings_make_the_list(bare):
    ranked = sorted((f.rank, f.title) for f in bare.films if f.role == "recommended")
    assert ranked == [(1, "The Salt Ledger"), (2, "Night Train to Vell"), (3, "The Paper Crown")]


def test_extract_section_sentences_give_year_and_director(bare):
    by_title = {f.title: f for f in bare.films}
    assert (by_title["The Salt Ledger"].year, by_title["The Salt Ledger"].director) == (1973, "Ivo Brandt")
    assert (by_title["Night Train to Vell"].year, by_title["Night Train to Vell"].director) == (1974, "Nora Pike")
    assert by_title["The Paper Crown"].year is None


def test_extract_head_of_a_subtitled_title_is_its_short_name(bare):
    subject = [f for f in bare.films if f.role == "subject"]
    assert len(subject) == 1 and subject[0].title == "Copper Lantern: A Harbour Mystery"
    assert "Copper Lantern" in subject[0].aliases
    assert not any(f.title == "Copper Lantern" for f in bare.films)


REMAKE_REVIEW = """
<h1>Glass Orchard Review: The Remake Earns Its Place</h1>
<p><a href="#">Ana Ruiz</a>’s <i>Glass Orchard</i> (2024) is a remake of <a href="#">Tomas Vell</a>’s 1962 chiller <i>Glass Orchard</i>, and it is better than it has any right to be.</p>
<p>Ruiz cast <a href="#">Mira Solberg</a> as the widow who inherits the orchard, and the film belongs to her.</p>
<p><a href="#">Solberg</a> carries every scene, even the silly ones in the cellar.</p>
<p>Where Vell’s version hid its ghost until the final reel, Ruiz shows it early, and the gamble pays off.</p>
"""


@pytest.fixture(scope="module")
def remake(nlp):
    return extract(annotate(clean(Article("remake", "remake.txt", "txt", render(REMAKE_REVIEW, ("h1", "h2", "p")))), nlp))


def test_extract_a_title_dated_twice_is_two_films(remake):
    versions = sorted((f.year, f.role) for f in remake.films if f.title == "Glass Orchard")
    assert versions == [(1962, "mentioned"), (2024, "subject")]
    old = next(f for f in remake.films if f.year == 1962)
    assert old.evidence["year"]["text"] == "1962 chiller Glass Orchard"


def test_extract_a_surname_alone_of_a_person_named_in_full_is_no_film(remake):
    assert not any(f.title in ("Solberg", "Mira Solberg") for f in remake.films)


FRANCHISE_RANKING = """
<p>Horror › Rankings</p>
<h1>Every <i>Glass Orchard</i> Movie, Ranked From Worst to Best</h1>
<p>Few horror series have been as pleased with themselves as the <i>Glass Orchard</i> franchise, and few have earned it.</p>
<h2>Glass Orchard 3 (2000)</h2>
<p>The third film moved the killings to a film set and lost its nerve.</p>
<h2>Glass Orchard (2022)</h2>
<p>The fifth film reused the title of the first, which tells you how seriously the new directors took the idea.</p>
<h2>Glass Orchard 2 (1997)</h2>
<p>The sequel opens in a cinema, and the crowd cheers for the wrong reasons.</p>
<h2>Glass Orchard (1996)</h2>
<p>The original is still the sharpest of them all, and the opening scene is still the best.</p>
"""


@pytest.fixture(scope="module")
def ranking(nlp):
    return extract(annotate(clean(Article("rank", "rank.txt", "txt", render(FRANCHISE_RANKING, ("h1", "h2", "p")))), nlp))


def test_extract_a_franchise_ranking_has_no_subject_and_ranks_every_heading(ranking):
    assert ranking.subject is None
    ranked = sorted((f.rank, f.title, f.year) for f in ranking.films if f.role == "recommended")
    assert ranked == [(1, "Glass Orchard 3", 2000), (2, "Glass Orchard", 2022), (3, "Glass Orchard 2", 1997),
                      (4, "Glass Orchard", 1996)]


def test_extract_every_film_keeps_a_mention_when_its_dates_disagree(nlp):
    # found by hypothesis: the remake phrase's own mention sits right after "the 1999 film"
    done = extract(annotate(clean(Article("p", "p.txt", "txt", "theTitle the 1999 film the 2006 remake of")), nlp))
    assert all(f.mentions or any(c.film_id == f.film_id for c in done.captions) for f in done.films)


STREAMING_GUIDE = """
<h1>New on Streamly in May: the Best Movies and Shows</h1>
<p>May is busy on Streamly. Here is what is worth your time, in order of arrival.</p>
<h2>The Salt Ledger (May 2)</h2>
<p><a href="#">Ivo Brandt</a> directed this 1973 puzzle. Six guests board a yacht, and the film never lets up.</p>
<h2>Brass Harbour (May 9)</h2>
<p>A widow takes over her family boatyard in 1962 and fights the town for it. New episodes arrive on Sundays.</p>
<h2>Night Train to Vell (May 16)</h2>
<p><a href="#">Nora Pike</a>’s 1974 film serves its famous solution with every trimming.</p>
<h2>The Paper Crown (May 23)</h2>
<p>A retired detective and his wife trade barbs over cocktails while a killer waits upstairs.</p>
"""


@pytest.fixture(scope="module")
def guide(nlp):
    return extract(annotate(clean(Article("guide", "guide.txt", "txt", render(STREAMING_GUIDE, ("h1", "h2", "p")))), nlp))


def test_extract_a_guide_entry_whose_section_speaks_of_episodes_is_no_film(guide):
    assert sorted(f.title for f in guide.films) == ["Night Train to Vell", "The Paper Crown", "The Salt Ledger"]


def test_extract_a_television_entry_ends_the_previous_film_section(guide):
    ledger = next(f for f in guide.films if f.title == "The Salt Ledger")
    assert ledger.role == "recommended"
    owned = [guide.clean[start:end] for start, end, fid in guide.sections if fid == ledger.film_id]
    assert any("yacht" in t for t in owned) and not any("boatyard" in t for t in owned)


SOURCE_LIST = """
<h1>Three Strange Comedies to Watch This Weekend</h1>
<p>These are odd, and they are all good.</p>
<h2>1. The Salt Ledger (1973)</h2>
<p>Six guests board a yacht, and nobody leaves. <a href="#">Tova Marsh</a>’s adaptation of a forgotten novel turns <a href="#">Mara Quint</a>’s <i>Copper Sky</i> into a farce.</p>
<h2>2. Night Train to Vell (1974)</h2>
<p><a href="#">Nora Pike</a>’s film serves its famous solution with every trimming.</p>
<h2>3. The Paper Crown (1981)</h2>
<p>A retired detective and his wife trade barbs over cocktails while a killer waits upstairs.</p>
"""


@pytest.fixture(scope="module")
def sourced(nlp):
    return extract(annotate(clean(Article("src", "src.txt", "txt", render(SOURCE_LIST, ("h1", "h2", "p")))), nlp))


def test_extract_a_source_work_is_no_film_and_its_sentence_names_no_director(sourced):
    by_title = {f.title: f for f in sourced.films}
    assert "Copper Sky" not in by_title
    assert by_title["The Salt Ledger"].director is None  # the adapter may be the writer
    assert by_title["Night Train to Vell"].director == "Nora Pike"


DISPATCH = """
<p>Festivals › Riviera</p>
<h1>Riviera 2031 Dispatch: A Quiet Winner and the Films That Stayed With Us</h1>
<p>By Ola Brandt | May 20, 2031</p>
<p>The jury, led by <a href="#">Mara Quint</a>, took its time this year.</p>
<h2><i>The Salt Ledger</i> (Norway) — Grand Prize</h2>
<p>Ivo Brandt’s film follows six guests on a yacht who slowly turn on each other in the fog.</p>
<h2><i>Night Train to Vell</i> (Poland) — Best Director</h2>
<p>Nora Pike’s film is a ghost story told entirely on a sleeper train.</p>
<h2><i>The Paper Crown</i> (Chile) — Jury Prize</h2>
<p>A retired detective and his wife trade barbs while a killer waits upstairs.</p>
<p>Out of competition, <i>Harbour Lights</i> (1962) drew a full house. Nobody misses the glossy 1999 remake.</p>
"""


@pytest.fixture(scope="module")
def dispatch(nlp):
    return extract(annotate(clean(Article("dispatch", "dispatch.txt", "txt", render(DISPATCH, ("h1", "h2", "p")))), nlp))


def test_extract_a_news_section_page_ranks_nothing_and_finds_versions_by_paragraph(dispatch):
    films = {(f.title, f.year) for f in dispatch.films}
    assert {"The Salt Ledger", "Night Train to Vell", "The Paper Crown"} <= {t for t, _ in films}
    assert all(f.role == "mentioned" for f in dispatch.films) and dispatch.subject is None
    # no sections on a news page: "its 1999 remake" belongs to the film its paragraph opens with
    assert {("Harbour Lights", 1962), ("Harbour Lights", 1999)} <= films


BOX_OFFICE = """
<h1>Weekend Box Office: <i>Glass Orchard</i> Leads a Quiet Weekend</h1>
<p><a href="#">Harbour Studios</a>’ <i>Glass Orchard</i> took $40 million from 3,900 theaters.</p>
<p>In second place, <a href="#">Blue Gate Pictures</a>’ <i>Cold Harbour</i> added $12 million.</p>
<p><a href="#">Ana Ruiz</a>’s <i>Night Loom</i> was third with $9 million.</p>
"""


@pytest.fixture(scope="module")
def box_office(nlp):
    return extract(annotate(clean(Article("box", "box.txt", "txt", render(BOX_OFFICE, ("h1", "h2", "p")))), nlp))


def test_extract_a_studio_possessive_names_no_director(box_office):
    by_title = {f.title: f for f in box_office.films}
    assert by_title["Glass Orchard"].director is None
    assert by_title["Cold Harbour"].director is None
    assert by_title["Night Loom"].director == "Ana Ruiz"


FROM_DIRECTOR = """
<h1>New on Streaming This Week</h1>
<p>A dry week, so here is a road movie and a heist. Meanwhile <a href="#">Vane</a>’s <i>Glass Orchard</i>, from the Dutch director <a href="#">Mara Quint</a>, opens on June 27.</p>
<p>Last year brought <i>Tin Lantern</i> (2021), from the <i>Copper Sky</i> director <a href="#">Ivo Brandt</a>, if you must.</p>
"""


def test_extract_a_from_director_credit_beats_an_actors_possessive(nlp):
    done = extract(annotate(clean(Article("fd", "fd.txt", "txt", render(FROM_DIRECTOR, ("h1", "h2", "p")))), nlp))
    by_title = {f.title: f.director for f in done.films}
    assert by_title["Glass Orchard"] == "Mara Quint" and by_title["Tin Lantern"] == "Ivo Brandt"


CREDIT_LINES = """
<h1>The 3 Best Harbour Thrillers of the Decade, Ranked</h1>
<p>Three films, one harbour, no mercy.</p>
<h2>3. The Salt Ledger (2012)</h2>
<p>Directed by <a href="#">Ivo Brandt</a></p>
<p>Six guests board a yacht, and nobody leaves.</p>
<h2>2. Night Train to Vell (2014)</h2>
<p>Directed by <a href="#">Nora Pike</a> and <a href="#">Tom Vane</a></p>
<p>A sleeper train, a ghost and a missing ticket.</p>
<h2>1. The Paper Crown (2016)</h2>
<p>Written and directed by <a href="#">Mara Quint</a></p>
<p>A retired detective and his wife trade barbs while a killer waits upstairs.</p>
"""


@pytest.fixture(scope="module")
def credit_lines(nlp):
    return extract(annotate(clean(Article("credits", "credits.txt", "txt", render(CREDIT_LINES, ("h1", "h2", "p")))), nlp))


def test_extract_a_directed_by_line_under_a_heading_is_its_director_not_a_film(credit_lines):
    films = {f.title: f for f in credit_lines.films}
    assert sorted(films) == ["Night Train to Vell", "The Paper Crown", "The Salt Ledger"]
    assert films["The Salt Ledger"].director == "Ivo Brandt"
    assert films["The Paper Crown"].director == "Mara Quint"


CREDITS_ASIDE = """<html><body><article>
<h1>Night Loom Review: A Weaver’s Long Winter</h1>
<p><i>Night Loom</i> follows a weaver through one snowed-in winter, and it is the most patient film of the year.</p>
<p>The ending, a single shot of a finished carpet, earns every minute that comes before it.</p>
{aside}
</article></body></html>"""


@pytest.mark.parametrize(
    "aside, year, director",
    [
        ("<aside class='credits-box'><ul><li><b>Director:</b> Ivo Brandt</li><li><b>Release date:</b> March 3, 2023</li>"
         "<li><b>Starring:</b> Mara Quint, Tom Vane</li></ul></aside>", 2023, "Ivo Brandt"),
        ("<aside><h4>Related</h4><ul><li><a href='/lists/x'>Director: Our 10 Favourite Weavers</a></li>"
         "<li>Subscribe: 2023 picks</li></ul></aside>", None, None),
    ],
)
def test_extract_a_credits_aside_gives_the_subject_its_year_and_director(nlp, aside, year, director):
    done = extract(annotate(clean(article_from_html("cb", "cb.html", CREDITS_ASIDE.format(aside=aside))), nlp))
    assert [f.title for f in done.films] == ["Night Loom"] and done.subject == "Night Loom"
    film = done.films[0]
    assert (film.year, film.director) == (year, director)
    assert "Brandt" not in done.clean and "Subscribe" not in done.clean  # the aside stays out of the body
    if year:
        assert film.evidence["year"]["text"] == "Release date: March 3, 2023"
        assert film.evidence["director"] == {"text": "Director: Ivo Brandt", "source": "caption", "start": None, "end": None}
        assert film.cast == ["Mara Quint", "Tom Vane"]


NOVEL_LINK = """<html><body><article>
<h1>Five Quiet Films About Memory</h1>
<p>On the quieter side, Ana Ruiz’s adaptation of Ivo Brandt’s novel {title} follows three friends who grow up at a seaside school.</p>
<p>Mara Quint plays the eldest, still hoping for a way out.</p>
</article></body></html>"""


@pytest.mark.parametrize("title, film", [("<a href='/movie/the-salt-ledger'>The Salt Ledger</a>", True),
                                         ("<i>The Salt Ledger</i>", False)])
def test_extract_a_link_to_a_films_page_is_a_film_even_after_novel(nlp, title, film):
    done = extract(annotate(clean(article_from_html("nl", "nl.html", NOVEL_LINK.format(title=title))), nlp))
    assert ("The Salt Ledger" in [f.title for f in done.films]) is film


# Entries are paragraphs opened by "Title (Year)" glued to the entry's first sentence (a bold run).
DATED_PARAGRAPHS = """\
12 Spooky Movies to Watch This Harvest Moon

Our picks for a long dark night, old and new, and where to stream them while the candles burn down.

Harvest Moon (1979) Ivo Brandt’s farmhouse chiller still works, and the ending lands like a punch. Nobody forgets the barn.

Where to stream: Max

Marta’s Lantern (1968) A widow keeps a lamp lit for a husband who never comes home. Ana Ruiz adapted a novel almost word for word.

Where to stream: Max

Rock ’n Roll Harbour (1990) Two fishermen find something in the nets, and the town hall decides to keep it quiet.

Where to stream: Max

The Salt Ledger (2004) A clerk reads the wrong page aloud, and the office floods with something worse than water.
"""


def test_extract_paragraphs_opening_title_and_year_are_the_list(nlp):
    art = extract(annotate(clean(Article("dated", "dated.txt", "txt", DATED_PARAGRAPHS)), nlp))
    ranked = sorted((f.rank, f.title, f.year) for f in art.films if f.role == "recommended")
    # the headline's "This <Title>" is the night, not the subject; possessive and elided-word titles stay whole
    assert ranked == [(1, "Harvest Moon", 1979), (2, "Marta’s Lantern", 1968), (3, "Rock ’n Roll Harbour", 1990),
                      (4, "The Salt Ledger", 2004)]
    assert art.subject is None and {f.title for f in art.films} == {t for _, t, _ in ranked}


RELATED_ASIDE = """<html><body><article>
<h1>Ana Ruiz Signs On for a Lighthouse Drama</h1>
<p>Ana Ruiz will direct <i>The Salt Ledger</i>, a drama about a lighthouse keeper, for release next spring.</p>
<p>Shooting starts in March on the coast of Maine.</p>
<aside class="related"><h3>Related</h3><ul>
<li><a href="/features/a">Every Ana Ruiz Movie, Ranked, From Glass Harbour to Night Falls</a></li>
</ul></aside>
</article></body></html>"""


def test_extract_an_html_related_aside_names_mentioned_films_but_stays_out_of_the_body(nlp):
    done = extract(annotate(clean(article_from_html("ra", "ra.html", RELATED_ASIDE)), nlp))
    films = {f.title: f.role for f in done.films}
    assert films.get("Glass Harbour") == "mentioned" and films.get("Night Falls") == "mentioned"
    assert "Ranked" not in done.clean and "Related" not in done.clean


CELL_TABLES = """<html><body><article>
<p class="kicker"><a href="/movies">Movies</a> / <a href="/movies/reviews">Reviews</a></p>
<h1><i>Harvest Moon</i> Review: Nora Pike Follows <i>Cold Harbour</i> With a Ghost Story About a Lost Town</h1>
<table class="infobox">
<tr><th><p>Release Date</p></th><td><p>May 2, 2031</p></td></tr>
<tr><th><p>Director</p></th><td><p>Nora Pike</p></td></tr>
<tr><th><p>Cast</p></th><td><p>Mara Quint, Tom Vane</p></td></tr>
<tr><th><p>Runtime</p></th><td><p>97 Minutes</p></td></tr>
<tr><th><p>Studio</p></th><td><p>Harbour Pictures</p></td></tr>
</table>
<p>The first voice we hear in <i>Harvest Moon</i> belongs to a girl who counts the trees every night.</p>
<h2>What Works</h2>
<p>Like <i>Cold Harbour</i>, it is a puzzle box, and the town it builds feels lived in.</p>
<h2>How It Compares</h2>
<table class="chart">
<tr><th><p>Rank</p></th><th><p>Title</p></th><th><p>Year</p></th><th><p>Studio</p></th></tr>
<tr><td><p>1</p></td><td><p>Salt Roads</p></td><td><p>2024</p></td><td><p>Harbour Pictures</p></td></tr>
<tr><td><p>2</p></td><td><p>Night Loom</p></td><td><p>2019</p></td><td><p>Vell Studios</p></td></tr>
<tr><td><p>3</p></td><td><p>The Paper Crown</p></td><td><p>2016</p></td><td><p>Vell Studios</p></td></tr>
</table>
<p>None of those made the town feel as real as this one does.</p>
</article></body></html>"""


@pytest.mark.parametrize("as_html", [False, True])
def test_extract_tables_scraped_cell_by_cell_give_facts_and_charted_films(nlp, as_html):
    if as_html:
        art = article_from_html("ct", "ct.html", CELL_TABLES)
    else:
        soup = BeautifulSoup(CELL_TABLES, "html.parser")
        blocks = [b.get_text(strip=True) for b in soup.find_all(["h1", "h2", "p"])]
        art = Article("ct", "ct.txt", "txt", "\n\n".join(blocks) + "\n")
    done = extract(annotate(clean(art), nlp))
    films = {f.title: f for f in done.films}
    # infobox labels and values, review headings and chart cells are no films
    assert set(films) == {"Harvest Moon", "Cold Harbour", "Salt Roads", "Night Loom", "The Paper Crown"}
    subject = films["Harvest Moon"]
    assert (subject.role, subject.year, subject.director) == ("subject", 2031, "Nora Pike")
    assert subject.cast == ["Mara Quint", "Tom Vane"]
    # a chart's titles are mentioned films with their row's year, never ranked picks
    assert [(films[t].role, films[t].rank, films[t].year) for t in ("Salt Roads", "Night Loom")] == \
        [("mentioned", None, 2024), ("mentioned", None, 2019)]


PICKS_CHART = """
<h1>The 3 Best Lighthouse Thrillers, Ranked</h1>
<p>Every one of these films is set where the land runs out, and each of them is worth a long night.</p>
<table>
<tr><th><p>Rank</p></th><th><p>Title</p></th><th><p>Year</p></th><th><p>Director</p></th></tr>
<tr><td><p>1</p></td><td><p>Salt Roads</p></td><td><p>2024</p></td><td><p>Nora Pike</p></td></tr>
<tr><td><p>2</p></td><td><p>Night Loom</p></td><td><p>2019</p></td><td><p>Tom Vane</p></td></tr>
<tr><td><p>3</p></td><td><p>The Paper Crown</p></td><td><p>2016</p></td><td><p>Ana Ruiz</p></td></tr>
</table>
<p>The first of them is the one to start with, because its keeper never once raises his voice.</p>
"""


def test_extract_a_ranked_list_as_a_chart_of_picks_ranks_its_titles(nlp):
    soup = BeautifulSoup(PICKS_CHART, "html.parser")
    raw = "\n\n".join(b.get_text(strip=True) for b in soup.find_all(["h1", "p"])) + "\n"
    done = extract(annotate(clean(Article("pc", "pc.txt", "txt", raw)), nlp))
    ranked = sorted((f.rank, f.title, f.year) for f in done.films if f.role == "recommended")
    assert ranked == [(1, "Salt Roads", 2024), (2, "Night Loom", 2019), (3, "The Paper Crown", 2016)]
    assert {f.title for f in done.films} == {"Salt Roads", "Night Loom", "The Paper Crown"}


RELEASE_ORDER = """
<h1>How to Watch the Harbour Lights Movies in Order</h1>
<p>The lighthouse series has grown to three films, and each one is darker than the last.</p>
<p>Release order</p>
<ol><li><i>Harbour Lights</i>(1979)</li><li><i>Harbour Lights: Ember</i>(1986)</li><li><i>Harbour Lights: Exodus</i>(1992)</li></ol>
<p>If this is your first time, start with the 1979 original: it works best when you know nothing.</p>
"""


def test_extract_the_year_original_of_a_listed_year_is_that_film_not_a_new_version(nlp):
    soup = BeautifulSoup(RELEASE_ORDER, "html.parser")
    raw = "\n\n".join(b.get_text(strip=True) for b in soup.find_all(["h1", "p", "li"])) + "\n"
    done = extract(annotate(clean(Article("ro", "ro.txt", "txt", raw)), nlp))
    assert sorted((f.title, f.year) for f in done.films) == [
        ("Harbour Lights", 1979), ("Harbour Lights: Ember", 1986), ("Harbour Lights: Exodus", 1992)]


REMAKES = """
<h1>The 3 Best Remakes Worth Your Time</h1>
<h2>1. Glass Orchard (1979)</h2>
<p>A widow keeps a greenhouse alive through a hard winter, and the town slowly comes round to her.</p>
<h2>2. Salt Roads (2001)</h2>
<p>Two brothers drive a tanker across the dunes and argue the whole way.</p>
<h2>3. Paper Moon Harbour (1994)</h2>
<p>A sailor rebuilds his father's boat, and this one is gentler than the 1979 original, a Danish film.</p>
"""


def test_extract_the_year_original_of_another_title_is_a_version_of_the_section_film(nlp):
    # a listed film of that year with another title is not the original the sentence speaks of
    soup = BeautifulSoup(REMAKES, "html.parser")
    raw = "\n\n".join(b.get_text(strip=True) for b in soup.find_all(["h1", "h2", "p"])) + "\n"
    done = extract(annotate(clean(Article("rm", "rm.txt", "txt", raw)), nlp))
    assert ("Paper Moon Harbour", 1979) in {(f.title, f.year) for f in done.films}
