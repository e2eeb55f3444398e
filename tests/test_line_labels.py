"""Label words before a colon that open a line: what they say the rest of the line is."""

import pytest

from pipeline.line_labels import course_line, line_label, on_labelled_line, round_labels, showing_rest, shows_film, unfilmed_line
from pipeline.titles import Candidate


@pytest.mark.parametrize("line, label", [
    ("Screening: Glass Orchard (Ana Ruiz, 1961)", "screening"),
    ("Screening 2: Salt Roads (Tom Vane, 1977)", "screening"),  # a count before the colon
    ("Office hours: Thursdays 9:00-11:00, Room 12", "office hours"),
    ("Required  text:Ana Ruiz, Harbour Lights", "required text"),  # spaces unified, the colon glued
    ("A harbour town in winter.", None),
    ("Glass Orchard (1961)", None),
])
def test_line_labels_the_opening_label_is_read(line, label):
    found = line_label(line)
    assert (found[0] if found else None) == label


@pytest.mark.parametrize("line, rest", [
    ("Screening: Glass Orchard (Ana Ruiz, 1961)", "Glass Orchard (Ana Ruiz, 1961)"),
    ("Screening 1:Salt Roads (Tom Vane, 1977)", "Salt Roads (Tom Vane, 1977)"),
    ("Required viewing: Cold Harbour (1999)", "Cold Harbour (1999)"),
    ("Alien Tide: The Return (1999)", None),  # a title's own colon
    ("Reading: Ana Ruiz, Harbour Lights", None),
])
def test_line_labels_a_showing_label_is_no_part_of_the_title(line, rest):
    assert showing_rest(line) == rest


def test_line_labels_an_aside_label_shows_no_film_of_the_page():
    assert shows_film("Screening: Glass Orchard (Ana Ruiz, 1961)")
    assert not shows_film("Recommended: Glass Orchard (Ana Ruiz, 1961)")  # a film beside the page's own
    assert showing_rest("Recommended: Glass Orchard (Ana Ruiz, 1961)") == "Glass Orchard (Ana Ruiz, 1961)"


@pytest.mark.parametrize("line, unfilmed", [
    ("Instructor: Dr. Mira Solvang", True),
    ("Lectures: Fridays 9:00-10:50, North Hall 12", True),
    ("Teaching assistant: Pell Garrow", True),
    ("Reading: Ana Ruiz, Harbour Lights, chapter 2", True),
    ("Screening: Glass Orchard (Ana Ruiz, 1961)", False),
    ("Salt Roads: The Long Way Home", False),
])
def test_line_labels_course_information_and_readings_name_no_film(line, unfilmed):
    assert unfilmed_line(line) is unfilmed


@pytest.mark.parametrize("line, course", [
    ("FILM 214: The Crime Picture", True),
    ("CINE 3050: Harbour Cinemas", True),
    ("THE 1999: Glass Orchard", False),  # a year is no course number
    ("Salt Roads 2: The Return", False),
])
def test_line_labels_a_course_code_heads_a_course_not_a_film(line, course):
    assert course_line(line) is course


def test_line_labels_a_mention_after_a_label_on_its_line():
    text = "A ferry story.\nReading: Ana Ruiz, Harbour Lights (a novel); Tom Vane, Salt Roads.\nSalt Roads again."
    assert on_labelled_line(text, text.index("Harbour Lights"), "unfilmed_labels")
    assert on_labelled_line(text, text.index("Salt Roads"), "unfilmed_labels")
    assert not on_labelled_line(text, text.rindex("Salt Roads"), "unfilmed_labels")  # the next line has no label
    assert not on_labelled_line(text, text.index("Harbour Lights"), "watch_labels")


SCORECARD = ("Three rounds (Plot, Cast, Look).\nPlot: Remake. The storm earns it.\nCast: Original, though.\n"
             "Look: Remake. Tom Vane shoots it.\nPlot: Original.\nCast: Remake.\nLook: Remake.\nPlot: Remake.\n"
             "Cast: Original.\nLook: Glass Orchard wins.\nLook: Tom Vane.")


def _cands(text, *words):
    out, at = [], 0
    for w in words:
        at = text.index(w, at)
        out.append(Candidate(at, at + len(w), w, "text"))
        at += len(w)
    return out


def test_line_labels_a_scorecards_round_labels_and_calls_are_no_titles():
    cands = _cands(SCORECARD, "Cast", "Remake", "Original", "Tom Vane", "Glass Orchard")
    kinds = {c.text: c.kind for c in round_labels(SCORECARD, cands)}
    assert kinds == {"Cast": "other", "Remake": "other", "Original": "other", "Tom Vane": "film",
                     "Glass Orchard": "film"}


def test_line_labels_one_repeated_label_is_no_scorecard():
    text = "Cast: Remake.\nCast: Remake.\nCast: Remake.\nLook: Remake."
    cands = _cands(text, "Remake")
    assert round_labels(text, cands) == cands


@pytest.mark.parametrize("text, words, scope, reached", [
    # a label's reach: the line, or only its sentence
    ("Where to stream: Northflix. Salt Roads opens Friday.", "Salt Roads", "line", True),
    ("Where to stream: Northflix. Salt Roads opens Friday.", "Salt Roads", "sentence", False),
    ("Where to stream: Northflix. Salt Roads opens Friday.", "Northflix", "sentence", True),
    # with scope "sentence" a label may open a sentence or a clause inside the line
    ("The bar is open late. Where to stream: Northflix.", "Northflix", "sentence", True),
    ("The bar is open late; where to stream: Northflix.", "Northflix", "sentence", True),
    ("The bar is open late. Where to stream: Northflix.", "Northflix", "line", False),
    # a mention that starts at the label is in its reach ("Where to Stream" read as a run)
    ("Where to stream: Northflix.", "Where", "line", True),
    ("A ferry story.\nWhere to stream: Northflix.", "ferry", "line", False),
])
def test_line_labels_a_labels_reach_is_its_scope(text, words, scope, reached):
    assert on_labelled_line(text, text.index(words), "watch_labels", scope=scope) is reached


def test_line_labels_unfilmed_labels_are_one_table_read_by_scope():
    """cues.toml unfilmed_labels: "Reading:" reaches to the line's end, "Where:" (a visitor-information
    label) only to its sentence's end and only there; neither list is read in the other's scope."""
    text = "Reading: Ana Ruiz, Harbour Lights. Salt Roads too.\nWhere: Tollgate Row. Salt Wind was shot here."
    assert on_labelled_line(text, text.index("Salt Roads"), "unfilmed_labels")
    assert not on_labelled_line(text, text.index("Salt Roads"), "unfilmed_labels", scope="sentence")
    assert on_labelled_line(text, text.index("Tollgate Row"), "unfilmed_labels", scope="sentence")
    assert not on_labelled_line(text, text.index("Tollgate Row"), "unfilmed_labels")
    assert not on_labelled_line(text, text.index("Salt Wind"), "unfilmed_labels", scope="sentence")
    assert unfilmed_line("Reading: Ana Ruiz, Harbour Lights") and not unfilmed_line("Where: Tollgate Row")
