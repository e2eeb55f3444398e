"""Extract stage on an invented university course syllabus: course information lines ("Instructor:",
"Lectures:"), "<h3>Week N: Topic</h3>" headings, "Screening: <em>Title</em> (Director, Year)" lines (one week
screens a television episode beside a film on one line), "Recommended:" lines and "Reading:" lines citing
books, a .pdf file name (loads spaCy: slow). The scraped text glues labels, titles and brackets
("Screening:Glass Orchard(Ana Ruiz, 1961)"), as get_text(strip=True) does; the HTML must read the same."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.ingest import article_from_html
from pipeline.record import Article
from tests.scraped import render

pytestmark = pytest.mark.slow

SYLLABUS = """
<html><head><title>CINE 310: The Heist Picture | School of Film</title></head><body>
<article>
<h1>CINE 310: The Heist Picture</h1>
<p>Autumn 2031 · 3 credits · Prerequisite: CINE 100</p>
<ul>
<li>Instructor: <a href="/people/mira-solvang">Dr. Mira Solvang</a></li>
<li>Lectures: Fridays 9:00–10:50, North Hall 12</li>
<li>Teaching assistant: <a href="/people/pell-garrow">Pell Garrow</a></li>
</ul>
<p>Required text: Ana Ruiz, <em>Harbour Lights</em> (Gull Press, 1999). Other readings are online.</p>
<h2>Schedule</h2>
<h3>Week 1: The Crew</h3>
<p>Screening: <em>Glass Orchard</em> (<a href="/people/tove-lind">Tove Lind</a>, 1961)</p>
<p>Five thieves plan to rob a bank vault under a fruit market, and one of them talks too much.</p>
<p>Recommended: <em>Salt Roads</em> (Tom Vane, 1975), a lorry heist told by its driver.</p>
<p>Reading: Ana Ruiz, <em>Harbour Lights</em>, chapter 1; Ivo Brandt, <em>Copper Nights</em> (a novel).</p>
<h3>Week 2: The Plan</h3>
<p>Screening 1: <em>Night Loom</em> (<a href="/people/ivo-brandt">Ida Brask</a>, 1966)</p>
<p>Screening 2: <em>Paper Moons</em> (<a href="/people/lena-hart">Lena Hart</a>, 1972)</p>
<p>Two robberies that go wrong in the same way, ten years apart, and the cities they happen in.</p>
<h3>Week 3: At Home</h3>
<p>Screening: “The Frozen Joint” (1958, television episode, 25 min.) and <em>Cold Harbour</em> (<a href="/people/mara-quint">Mara Quint</a>, 1967)</p>
<p>A thief hides the loot in a freezer, and a family finds it on the night of a storm.</p>
<h3>Week 4: Presentations</h3>
<p>No screening. Groups present their projects.</p>
<p>310_heist_syllabus_2031.pdf</p>
</article></body></html>
"""

FILMS = {"Glass Orchard": ("recommended", 1, 1961), "Night Loom": ("recommended", 2, 1966),
         "Paper Moons": ("recommended", 3, 1972), "Cold Harbour": ("recommended", 4, 1967),
         "Salt Roads": ("mentioned", None, 1975)}


@pytest.fixture(scope="module")
def readings(nlp):
    scraped = Article("course", "course.txt", "txt", render(SYLLABUS, ("h1", "h2", "h3", "p", "li")))
    page = article_from_html("course", "course.html", SYLLABUS.encode())
    return [extract(annotate(clean(a), nlp)) for a in (scraped, page)]


def test_syllabus_screenings_are_ranked_and_label_lines_name_no_film(readings):
    for art in readings:
        assert {f.title: (f.role, f.rank, f.year) for f in art.films} == FILMS


def test_syllabus_screening_lines_give_their_directors(readings):
    for art in readings:
        assert {f.title: f.director for f in art.films} == {
            "Glass Orchard": "Tove Lind", "Night Loom": "Ida Brask", "Paper Moons": "Lena Hart", "Cold Harbour": "Mara Quint",
            "Salt Roads": "Tom Vane"}


COURSE = """School of Arts › Film › Courses

ENGL 250: Film and the Novel

Fall 2031 · Instructor: Prof. Ana Ruiz · Office hours: Mondays 2–4 pm

Lectures: Wednesdays 13:00–14:50, Room B12

Week 1 — Beginnings

Film: Glass Orchard (Tove Lind, 1961)

Two sisters inherit an orchard and quarrel over the harvest.

Reading: Mara Quint, The Orchard Sisters (novel), chapters 1–4.

Week 2 — Crime

Screenings: Night Loom (Ida Brask, 1966); Paper Moons (Lena Hart, 1972)

A weaver hides a stolen ledger in her loom, and a reporter finds it.

Further viewing: Salt Roads (Tom Vane, 1975).

Week 3 — Endings

Screening: Cold Harbour (Mara Quint, 1999), 35mm print, 112 min.

A fisherman waits for a storm that never comes.

final_essay_guidelines.docx
"""


def test_syllabus_a_label_line_may_name_two_films_and_a_course_code_heads_the_page(nlp):
    art = extract(annotate(clean(Article("course2", "course2.txt", "txt", COURSE)), nlp))
    assert {f.title: (f.role, f.rank, f.year, f.director) for f in art.films} == {
        "Glass Orchard": ("recommended", 1, 1961, "Tove Lind"), "Night Loom": ("recommended", 2, 1966, "Ida Brask"),
        "Paper Moons": ("recommended", 3, 1972, "Lena Hart"), "Cold Harbour": ("recommended", 4, 1999, "Mara Quint"),
        "Salt Roads": ("mentioned", None, 1975, "Tom Vane")}
