"""A film's credits box read as metadata (pipeline/credits_box.py, no spaCy)."""

import pytest

from pipeline.credits_box import apply_credit_boxes, box_facts, box_lines, credit_line_directors, credit_parts
from pipeline.record import Film

BOX = ["The Salt Ledger (2012)", "Director: Ivo Brandt", "Screenplay: Ivo Brandt, Tessa Vane",
       "Starring: Mara Quint, Tom Vane", "Runtime: 104 minutes"]


@pytest.mark.parametrize(
    "blocks, lines",
    [
        (BOX, BOX),
        # <dl>/<table>: a bare label block and its value block make one line
        (["Directed by", "Nora Pike", "Release date:", "March 3, 2019", "Cast", "Tom Vane"],
         ["Directed by: Nora Pike", "Release date: March 3, 2019", "Cast: Tom Vane"]),
        # a promo box, a related-links list, a box with one credit label: no credits box
        (["Subscribe: get our weekly picks", "Follow: @site"], None),
        (["Related:", "The 10 Best Harbour Thrillers", "Why Ivo Brandt Matters"], None),
        (["Director: Ivo Brandt", "More from this critic"], None),
    ],
)
def test_credits_box_lines_need_credit_labels(blocks, lines):
    assert box_lines(blocks) == lines


def test_credits_box_facts_read_the_heading_and_labels():
    facts = box_facts(BOX)
    assert facts["title"] == "The Salt Ledger" and facts["year"] == (2012, "The Salt Ledger (2012)")
    assert facts["director"] == ("Ivo Brandt", "Director: Ivo Brandt")
    assert [n for n, _ in facts["cast"]] == ["Mara Quint", "Tom Vane"]
    facts = box_facts(["Directors: Nora Pike and Tom Vane", "Release date: Dec. 20, 2024", "Music: Ana Ruiz"])
    assert facts["title"] is None and facts["year"][0] == 2024 and facts["director"][0] == "Nora Pike and Tom Vane"


def test_credits_box_gives_its_film_the_facts_the_text_left_empty():
    subject = Film("a#1", "Night Loom", role="subject")
    other = Film("a#2", "The Salt Ledger", year=2011, year_source="text")
    films = [subject, other]
    by_key = {"night loom": subject, "the salt ledger": other}
    apply_credit_boxes([BOX, ["Director: Nora Pike", "Year: 2020"]], films, by_key)
    assert other.year == 2011 and other.director == "Ivo Brandt"  # the heading names it; the text's year stays
    assert other.evidence["director"] == {"text": "Director: Ivo Brandt", "source": "caption", "start": None, "end": None}
    assert other.cast == ["Mara Quint", "Tom Vane"]
    assert (subject.year, subject.director, subject.year_source) == (2020, "Nora Pike", "caption")  # no heading: the subject


def test_credits_box_naming_no_film_of_the_article_gives_nothing():
    film = Film("a#1", "Night Loom", role="subject")
    apply_credit_boxes([["Cold Harbour (1999)", "Director: Ivo Brandt", "Music: Ana Ruiz"]], [film], {"night loom": film})
    assert film.year is None and film.director is None and film.evidence == {}


@pytest.mark.parametrize("line, parts", [
    ("Director: Mara Quint | Cast: Tom Vane, Ivo Brandt", [("director", "Mara Quint"), ("cast", "Tom Vane, Ivo Brandt")]),
    ("Director: Mara Quint", [("director", "Mara Quint")]),
    ("Director: Mara Quint | out now in cinemas", []),  # a part that is no credit
    # a year, a running time or a rating needs no label
    ("Year: 2021 | Runtime: 1h 47m | Rated R | Director: Mara Quint",
     [("year", "2021"), ("runtime", "1h 47m"), ("rated", "Rated R"), ("director", "Mara Quint")]),
    ("2019 | PG-13 | 98 min", [("year", "2019"), ("rated", "PG-13"), ("runtime", "98 min")]),
])
def test_credits_box_a_line_of_credits_side_by_side_is_read_part_by_part(line, parts):
    assert credit_parts(line) == parts


def test_credits_box_a_long_credits_line_is_moved_out_of_the_prose():
    from pipeline.captions import classify_line
    line = "Director: Mara Quint | Cast: Tom Vane, Ivo Brandt, Ana Ruiz, Lena Marsh, Olu Baptiste, Kit Sorel"
    assert len(line.split()) > 14 and classify_line(line) == "caption"


def _para(start, end):
    from pipeline.sections import Paragraph
    return Paragraph(start, end, end)


def test_credits_box_a_credit_line_under_a_text_title_line_gives_its_director():
    from pipeline.record import Caption, Mention
    text = ("Glass Orchard — March 8 (Northlight Pictures.)\n\n"
            "Cold Harbour is the one everyone talks about this autumn, with a storm that fills the whole second half.\n\n")
    line = "Director: Mara Quint | Cast: Tom Vane"
    orchard, harbour = Film("a#1", "Glass Orchard"), Film("a#2", "Cold Harbour")
    orchard.mentions = [Mention(0, 13, "Glass Orchard", "")]
    at = text.index("Cold")
    harbour.mentions = [Mention(at, at + 12, "Cold Harbour", "")]
    paras = [_para(0, at - 2), _para(at, len(text) - 2)]
    caps = [Caption(0, len(line), line, "caption", at), Caption(0, len(line), line, "caption", len(text))]
    credit_line_directors(text, caps, paras, [orchard, harbour])
    assert orchard.director == "Mara Quint" and orchard.evidence["director"]["text"] == line
    assert harbour.director is None  # the paragraph above the second line is prose, no title line


@pytest.mark.parametrize("line, year", [
    ("2021 | Mara Quint | 90 min", 2021),
    ("Year: 2019 | Rated R | Director: Mara Quint", 2019),
    ("Released: March 3, 2018 | Director: Mara Quint", 2018),
    ("Harbour Pictures | R | 2021", 2021),  # the year need not open the line
    ("Director: Mara Quint | Cast: Tom Vane", None),
    ("2021", 2021),  # a year alone: a title's metadata line (caption_titles.year_lines)
    ("Release date: May 3, 2019", 2019),
    ("Runtime: 2019 min | Rated R", None),
])
def test_credits_box_a_credits_or_metadata_line_states_its_year(line, year):
    from pipeline.credits_box import credit_year
    assert credit_year(line) == year
