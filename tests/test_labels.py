"""Labels and sub-headings that read like titles (pipeline/labels.py)."""

import pytest

from pipeline.labels import fictional_films, heading_labels, is_label_heading, label_words, nicknames, nominee_lines
from pipeline.labels import page_headings, section_headings, unnamed_headings
from pipeline.caption_titles import caption_candidate
from pipeline.record import Caption
from pipeline.titles import Candidate


@pytest.mark.parametrize(
    "text, span, kind",
    [
        ("Sure thing: Harbour Lights Long shot: Salt Roads", "Long", "other"),
        ("We saw Harbour Lights first: it was the best.", "Lights", "film"),
        ("Sure thing: Harbour Lights Long shot: sadly none", "Long", "film"),
        ("The new Harbour movie: a mess.", "Harbour", "film"),
    ],
)
def test_labels_word_before_a_lower_case_word_and_colon_is_a_label(text, span, kind):
    cands = [Candidate(text.index(t), text.index(t) + len(t), t, "text") for t in (span, "Salt Roads") if t in text]
    assert label_words(text, cands)[0].kind == kind


@pytest.mark.parametrize("heading, label", [("Also on the Riviera", True), ("Elsewhere in the lineup", True),
                                            ("Also", False), ("After Hours", False), ("Salt Roads", False)])
def test_labels_sub_heading_opened_by_a_linking_word(heading, label):
    assert is_label_heading(heading) is label


def test_labels_nominee_line_between_nominee_lines_loses_its_name():
    lines = ["Oskar Vellamo, Harbour Lights", "Hong Wei, Salt Roads", "Tamsin Orlebar, Cold Water"]
    caps = [Caption(0, 0, t, "heading", i) for i, t in enumerate(lines)]
    read = [Candidate(None, None, "Harbour Lights", "heading"), Candidate(None, None, lines[1], "heading"),
            Candidate(None, None, "Cold Water", "heading")]
    assert [c.text for c in nominee_lines(caps, read)] == ["Harbour Lights", "Salt Roads", "Cold Water"]


def test_labels_a_lone_comma_heading_stays_whole():
    caps = [Caption(0, 0, "Salt, Sweat and Tears", "heading", 0)]
    read = [Candidate(None, None, "Salt, Sweat and Tears", "heading")]
    assert nominee_lines(caps, read)[0].text == "Salt, Sweat and Tears"


def test_labels_a_film_within_the_film_and_its_series_are_no_films():
    text = "They watch Slash 3, the film-within-the-film. Slash opened it all. Salt Roads is real."
    cands = [Candidate(text.index(t), text.index(t) + len(t), t, "text") for t in ("Slash 3", "Slash", "Salt Roads")]
    cands[1] = Candidate(text.index("Slash opened"), text.index("Slash opened") + 5, "Slash", "text")
    assert [c.kind for c in fictional_films(text, cands)] == ["other", "other", "film"]


@pytest.mark.parametrize("text, kind", [
    ("A radio host in the film dubs it “Harbour Lights”.", "other"),
    ("The cinema is billing the pair, with a wink, as “Harbour Lights”.", "other"),
    ("Then came “Harbour Lights”, a slow burn.", "film"),
    ("Fans still call it Harbour Lights, usually with a shrug.", "alias"),  # a short name of the film
    ("Everyone called the sequel Harbour Lights at the time.", "alias"),
    ("Then we call on Harbour Lights for help.", "film"),
    ("The title is often written Harbour Lights, and the longer cut is better.", "alias"),  # another spelling
    ("Its name is also spelled Harbour Lights in the credits.", "alias"),
    ("The title was written after Harbour Lights came out.", "film"),
])
def test_labels_quoted_nickname_is_no_film(text, kind):
    start = text.index("Harbour")
    assert nicknames(text, [Candidate(start, start + 14, "Harbour Lights", "text")])[0].kind == kind


@pytest.mark.parametrize("text, kind", [
    ("Spring 2031: the five biggest openings\n\nHarbour Lights: about $90 million", "other"),
    ("Spring 2031: the best of them all\n\nSpring 2031 opened in May.", "film"),  # named again: a title
    ("Spring 2031: it was a hit. Everyone saw it.\n", "film"),  # a sentence, not a heading
])
def test_labels_one_line_heading_with_a_lower_case_tail_is_no_film(text, kind):
    assert heading_labels(text, [Candidate(0, 11, "Spring 2031", "text")])[0].kind == kind


REVIEW = "Glass Orchard follows a town that loses its mayor. Like Cold Harbour, it is a puzzle.\n\nThe cast is strong."


@pytest.mark.parametrize("lines, news, kept", [
    # a lone heading the text never names, on a review page: the writer's section heading
    ([("A Town Counting Its Losses", 40)], True, [False]),
    ([("What Works", 40)], True, [False]),
    ([("Cold Harbour", 40)], True, [True]),  # named in the text: a film
    ([("The Paper Crown (1999)", 40)], True, [True]),  # a year vouches for it
    ([("The Paper Crown (Norway) — Jury Prize", 40)], True, [True]),  # a festival line says more than a title
    ([("A Town Counting Its Losses", 40)], False, [True]),  # a list page: headings are its entries
    ([("Salt Roads", 40), ("Glass Harbour", 40)], True, [True, True]),  # a run of title lines at one place: a list
    ([("How It Compares", 40), ("Rank", 40), ("Title", 40)], True, [False, False, False]),  # a heading over a table
])
def test_labels_lone_heading_never_named_on_a_review_page_is_no_film(lines, news, kept):
    caps = [Caption(0, 0, t, "table_cell" if t in ("Rank", "Title") else "caption", at) for t, at in lines]
    cands = [None if cap.rule == "table_cell" else
             Candidate(None, None, t.split(", ")[-1].split(" (")[0], "caption", year=1999 if "(1999)" in t else None,
                       marker_at=at) for cap, (t, at) in zip(caps, lines)]
    out = section_headings(caps, cands, REVIEW, news)
    assert [c is not None for c in out] == kept


@pytest.mark.parametrize("lines, news, named, kept", [
    ([("Brindle", 40)], True, set(), [False]),  # the text says "the Brindle Institute", never the film Brindle
    ([("Brindle", 40)], True, {"brindle"}, [True]),  # a film mention in the text: a film
    ([("Brindle", 40)], False, set(), [True]),  # a list page: headings are its entries
    ([("Brindle (1999)", 40)], True, set(), [True]),  # a year vouches for it
    ([("Salt Roads", 40), ("Glass Harbour", 40)], True, set(), [True, True]),  # a run of title lines
])
def test_labels_lone_heading_never_named_as_a_film_on_a_news_page_is_no_film(lines, news, named, kept):
    caps = [Caption(0, 0, t, "heading", at) for t, at in lines]
    cands = [Candidate(None, None, t.split(" (")[0], "caption", year=1999 if "(1999)" in t else None, marker_at=at)
             for t, at in lines]
    assert [c is not None for c in unnamed_headings(caps, cands, news, named)] == kept


def _heads(lines: list[str]) -> list[str | None]:
    caps = [Caption(0, 0, t, "caption", i) for i, t in enumerate(lines)]
    return [c.text if c else None for c in page_headings(caps, [caption_candidate(c) for c in caps])]


def test_labels_numbered_counter_headings_are_layout_not_titles():
    assert _heads(["Clue 1", "Clue 2", "Clue 3", "Solutions", "Glass Orchard (1999)"]) == [None, None, None, None, "Glass Orchard"]


@pytest.mark.parametrize("lines", [
    ["Harbour Run", "Harbour Run 2", "Harbour Run 3", "Harbour Run 4"],  # a series: the first film has no number
    ["Clue 1", "Clue 2"],  # two lines are no count yet
    ["Vault 3", "Vault 2", "Vault 1"],  # counting down: sequels ranked, not a page's questions
])
def test_labels_numbered_titles_that_do_not_count_up_from_one_stay_titles(lines):
    assert _heads(lines) == lines


def test_labels_a_quiz_s_counted_questions_belong_to_the_films_its_answers_rank():
    from types import SimpleNamespace as NS

    from pipeline.labels import counted_sections
    from pipeline.record import Film

    lines = [("Question 1", 0), ("Question 2", 40), ("Image: Studio", 60), ("Question 3", 80), ("Answers", 120)]
    caps = [Caption(0, 0, t, "image_credit" if t.startswith("Image") else "caption", at) for t, at in lines]
    paras = [NS(start=at) for at in (10, 20, 50, 70, 90, 130, 150)]
    films = [Film(f"f{k}", f"Film {k}", role="recommended", rank=k) for k in (1, 2, 3)]
    owners = counted_sections(caps, paras, films)
    assert {at: f.rank for at, f in owners.items()} == {10: 1, 20: 1, 50: 2, 70: 2, 90: 3}
    assert counted_sections(caps, paras, films[:2]) == {}  # a count with no ranked film: no quiz


@pytest.mark.parametrize("line, bare", [
    ("The Lantern Keepers", True),  # only a title: a heading's shape as much as a film's
    ("The Lantern Keepers (2031)", False),  # a year is a fact of the film
    ("3. The Lantern Keepers", False),  # so is a rank
])
def test_labels_bare_title_line_states_no_fact(line, bare):
    from pipeline.labels import bare_title_line
    cap = Caption(0, 0, line, "heading", 0)
    c = caption_candidate(cap)
    assert c is not None and c.text == "The Lantern Keepers"
    assert bare_title_line(cap, c) is bare


def test_labels_a_discussion_threads_undated_lines_are_flair_not_titles():
    caps = [Caption(0, 1, "Request", "caption", 0), Caption(0, 1, "Glass Orchard (1999)", "caption", 0)] + \
        [Caption(0, 1, line, "thread_furniture", 0) for line in ("u/moth · 2d", "12 points", "Reply Share Report")]
    assert [c.text if c else None for c in page_headings(caps, [caption_candidate(c) for c in caps])][:2] == \
        [None, "Glass Orchard"]
    # the same line on a page without a thread's furniture is a title line
    assert page_headings(caps[:2], [caption_candidate(c) for c in caps[:2]])[0].text == "Request"


def test_labels_a_threads_opening_post_ends_at_its_first_furniture_line():
    from pipeline.labels import opening_post_end
    caps = [Caption(0, 1, line, "thread_furniture", at) for line, at in (("u/moth · 2d", 300), ("12 points", 310),
                                                                          ("Reply Share Report", 400))]
    assert opening_post_end(caps) == 300
    assert opening_post_end(caps[:2]) == 0  # two lines make no thread


def test_labels_a_course_s_counted_weeks_with_topics_are_layout_not_titles():
    lines = ["Schedule", "Week 1: The Man Alone", "Screening: Glass Orchard (Ana Ruiz, 1961)", "Week 2: Double Lives",
             "Week 3: Nightfall (two screenings)", "Week 4: Salt Roads (1977)"]
    heads = _heads(lines)
    assert heads[:5] == [None, None, "Glass Orchard", None, None]
    assert heads[5] is not None  # a dated line may name a film


def test_labels_counted_topics_may_hold_a_date_and_a_dash():
    lines = ["Week 1 (Sept. 4) – Crews", "Week 2 (Sept. 11): Plans", "Week 3 – Getaways", "Glass Orchard (1961)"]
    assert _heads(lines) == [None, None, None, "Glass Orchard"]


def test_labels_topic_lines_that_do_not_count_up_from_one_stay_titles():
    lines = ["Week 2: Double Lives", "Week 3: Nightfall", "Week 4: Harbour Men"]
    assert _heads(lines) == lines


@pytest.mark.parametrize("text, span, kind", [
    ("Read on.\nNext Friday: our reviews of Salt Roads and more.", "Next Friday", "other"),  # when, not a title
    ("Read on.\nThis Week: our reviews of Salt Roads.", "This Week", "other"),
    ("Read on.\nNext Friday: A Comedy of Errors is a 2031 film.", "Next Friday", "film"),  # a capital after the colon
    ("We saw Next Friday: our favourite of them all.", "Next Friday", "film"),  # not at a line's start
])
def test_labels_a_time_phrase_opening_a_line_before_a_colon_is_no_title(text, span, kind):
    cands = [Candidate(text.index(span), text.index(span) + len(span), span, "text")]
    assert label_words(text, cands)[0].kind == kind
    assert heading_labels(text, cands)[0].kind == kind
