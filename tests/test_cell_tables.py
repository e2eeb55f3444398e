"""Tables scraped one cell per line (pipeline/cell_tables.py, no spaCy): facts boxes and charts."""

import pytest

from pipeline.cell_tables import chart_markers, chart_rows, facts_boxes, figure_charts, read_charts, table_kinds
from pipeline.record import Caption

INFOBOX = ["Glass Orchard", "", "Release Date", "", "May 2, 2031", "", "Director", "", "Nora Pike", "",
           "Cast", "", "Mara Quint, Tom Vane", "", "Runtime", "", "97 Minutes", "", "Rating", "", "PG-13", "",
           "The first thing you notice is the orchard itself."]
CHART = ["Rank", "Title", "Year", "Studio", "Worldwide gross",
         "1", "Glass Orchard", "2031", "Harbour Pictures", "$1.2 billion",
         "2", "Cold Harbour 2", "2029", "Vell Animation", "$980 million",
         "Source: a box-office tracker."]


def test_table_kinds_mark_a_facts_box_label_and_value_lines():
    kinds = table_kinds(INFOBOX, [None] * len(INFOBOX))
    assert kinds[0] is None and kinds[-1] is None  # the heading above and the prose after stay
    assert [k for t, k in zip(INFOBOX, kinds) if t][1:-1] == ["facts_box"] * 10


@pytest.mark.parametrize("lines", [
    ["Director", "Nora Pike", "Cast", "Mara Quint", "Next we went north."],  # two pairs: headings, maybe
    ["Director", "Nora Pike", "Cast", "She leaves the orchard at dawn and never comes back.", "Runtime", "97"],
    ["What Works", "The cast.", "What Doesn’t", "The ending."],  # review headings are no labels
])
def test_table_kinds_leave_what_is_no_facts_box(lines):
    assert table_kinds(lines, [None] * len(lines)) == [None] * len(lines)


def test_table_kinds_mark_a_chart_and_its_title_cells():
    kinds = table_kinds(CHART, [None] * len(CHART))
    titles = [t for t, k in zip(CHART, kinds) if k == "table_title"]
    assert titles == ["Glass Orchard", "Cold Harbour 2"]
    assert kinds[:5] == ["table_cell"] * 5 and kinds[5] == "table_cell" and kinds[-1] is None


@pytest.mark.parametrize("lines, found", [
    (CHART, (5, 2, 1)),
    (CHART[:5] + ["One", "Glass Orchard", "2031", "Harbour Pictures", "$1.2 billion"] * 2, None),  # no rank number
    (CHART[:5] + ["1", "Glass Orchard", "soon", "Harbour Pictures", "$1.2 billion"] * 2, None),  # no year
    (["Rank", "Year", "Studio"] + ["1", "2031", "Harbour Pictures"] * 3, None),  # no title column
    (CHART[:10], None),  # one row: no chart
])
def test_chart_rows_need_a_title_column_and_typed_rows(lines, found):
    assert chart_rows(lines) == found


def _captions(texts, kinds):
    return [Caption(0, 0, t, k, 40) for t, k in zip(texts, kinds) if t and k]


def test_chart_markers_give_each_title_its_row_year_and_no_rank():
    markers = chart_markers(read_charts(_captions(CHART, table_kinds(CHART, [None] * len(CHART)))))
    assert [(m.text, m.year, m.rank, m.marker_at) for m in markers] == [("Glass Orchard", 2031, None, 40),
                                                                        ("Cold Harbour 2", 2029, None, 40)]


def test_facts_boxes_join_labels_and_values_into_credit_lines():
    boxes = facts_boxes(_captions(INFOBOX, table_kinds(INFOBOX, [None] * len(INFOBOX))))
    assert boxes == [["Release Date: May 2, 2031", "Director: Nora Pike", "Cast: Mara Quint, Tom Vane",
                      "Runtime: 97 Minutes", "Rating: PG-13"]]


def test_facts_boxes_leave_out_pairs_that_are_no_credits():
    lines = ["Glass Orchard", "Based on", "The Salt Book (1987)", "Director", "Nora Pike", "Budget", "$40 million",
             "Cast", "Mara Quint", "Runtime", "97 Minutes", "The first thing you notice is the orchard."]
    boxes = facts_boxes(_captions(lines, table_kinds(lines, [None] * len(lines))))
    assert boxes == [["Director: Nora Pike", "Cast: Mara Quint", "Runtime: 97 Minutes"]]  # no "The Salt Book (1987)"


PICKS = ["Rank", "Title", "Year", "Director", "Studio",
         "1", "Glass Orchard", "2031", "Nora Pike", "Vell Bros.",
         "2", "Cold Harbour 2", "2029", "Tom Vane", "Harbour Pictures"]


def test_chart_markers_rank_a_chart_of_picks_but_not_a_chart_of_figures():
    picks = read_charts(_captions(PICKS, table_kinds(PICKS, [None] * len(PICKS))))
    assert [(m.text, m.rank) for m in chart_markers(picks)] == [("Glass Orchard", 1), ("Cold Harbour 2", 2)]
    assert not figure_charts(picks)
    assert figure_charts(read_charts(_captions(CHART, table_kinds(CHART, [None] * len(CHART)))))  # a gross column: figures


def test_read_charts_reads_each_run_once_into_cells_and_a_figures_flag():
    charts = read_charts(_captions(CHART, table_kinds(CHART, [None] * len(CHART))))
    assert len(charts) == 1 and charts[0].figures  # a gross column
    assert charts[0].cells == {6: (2031, None), 11: (2029, None)}  # title cell -> (year, no rank: figures)
    picks = read_charts(_captions(PICKS, table_kinds(PICKS, [None] * len(PICKS))))
    assert not picks[0].figures and sorted(picks[0].cells.values()) == [(2029, 2), (2031, 1)]


def test_facts_boxes_read_a_list_of_labelled_lines_in_the_body():
    caps = [Caption(0, 0, "Release date:May 2, 2031", "caption", 90), Caption(0, 0, "Director:Nora Pike", "caption", 90),
            Caption(0, 0, "Cast:Mara Quint,Tom Vane", "caption", 90)]
    assert facts_boxes(caps) == [["Release date:May 2, 2031", "Director:Nora Pike", "Cast:Mara Quint,Tom Vane"]]


@pytest.mark.parametrize("caps", [
    # under an entry's heading, the lines are that entry's credits, no box of the article's film
    [Caption(0, 0, "2. Glass Orchard", "caption", 90), Caption(0, 0, "Director: Nora Pike", "caption", 90),
     Caption(0, 0, "Year: 2031", "caption", 90)],
    [Caption(0, 0, "Glass Orchard", "heading", 90), Caption(0, 0, "Director: Nora Pike", "caption", 90),
     Caption(0, 0, "Year: 2031", "caption", 90)],
    [Caption(0, 0, "Director: Nora Pike", "caption", 90)],  # one line: no list
    [Caption(0, 0, "Director: Nora Pike", "caption", 90), Caption(0, 0, "Verdict: a triumph", "caption", 90)],
])
def test_facts_boxes_leave_labelled_lines_that_are_no_facts_list(caps):
    assert facts_boxes(caps) == []
