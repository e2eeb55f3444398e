"""Sections: paragraphs of the clean text, in linear time."""

import pytest

from pipeline.sections import Paragraph, _headline_subject, aside_paragraphs, assign_roles, own_places, paragraphs


@pytest.mark.parametrize(
    "text, ends, expected",
    [
        ("One. Two.\n\nThree.", [4, 9, 17], [Paragraph(0, 9, 4), Paragraph(11, 17, 17)]),
        ("Line one\nline two\n\n\nNext", [], [Paragraph(0, 17, 17), Paragraph(20, 24, 24)]),
        ("a\n \nb", [], [Paragraph(0, 1, 1), Paragraph(2, 5, 5)]),  # a line of spaces ends a paragraph...
        ("a\n\n \n\nb", [], [Paragraph(0, 1, 1), Paragraph(6, 7, 7)]),  # ...and, alone, is none
        ("a\n  ", [], [Paragraph(0, 4, 4)]),  # trailing spaces on the last line stay in
        ("\n\n \n", [], []),
    ],
)
def test_paragraphs_split_at_blank_lines(text, ends, expected):
    assert paragraphs(text, ends) == expected


@pytest.mark.parametrize("headline, subject", [
    ("glass orchard movie review: a pink triumph", "glass orchard"),  # a review names the film
    ("every glass orchard movie, ranked from worst to best", None),  # a ranking names the series
    ("10 best glass orchard movies", None),
    ("movies to watch after glass orchard", "glass orchard"),
    ("12 scary movies to watch this glass orchard", None),  # "this <Holiday>": an occasion, not the film
    ("glass orchard and more films for next glass orchard", "glass orchard"),  # named once as the film
])
def test_sections_headline_subject_is_no_series(headline, subject):
    assert _headline_subject(headline, {"glass orchard": [5], "cold harbour": [9]}) == subject


@pytest.mark.parametrize("headline, subject", [
    ("vell review: nora pike follows glass orchard with a ghost story", "vell"),  # the reviewed film, not the longer one
    ("nora pike follows glass orchard with vell", "glass orchard"),  # no review: the longest title
])
def test_sections_headline_subject_is_the_title_before_review(headline, subject):
    assert _headline_subject(headline, {"glass orchard": [5], "vell": [9]}) == subject


@pytest.mark.parametrize("headline, subject", [
    ("new on streamly in may glass orchard cold harbour and more", None),  # a round-up of several works
    ("movies to watch after glass orchard", "glass orchard"),
    ("ana ruiz s finest roles from cold harbour to glass orchard", None),  # a career's range of films
    ("glass orchard from page to screen", "glass orchard"),  # "from ... to" whose ends name no film
    ("leaving streamly in may last chance for cold harbour and glass orchard", None),  # several films named
    ("cold harbour review nora pike follows glass orchard", "cold harbour"),  # one of them reviewed
    ("glass orchard at ten a look back", "glass orchard"),
    # a request thread likens to one film and names another it does not want: the likened one is the subject
    ("movies like cold harbour loved it but please not glass orchard", "cold harbour"),
])
def test_sections_a_round_up_headline_gives_no_subject(headline, subject):
    paras = [Paragraph(0, 40, 20), Paragraph(42, 80, 60)]
    mentions = {"glass orchard": [5, 50], "cold harbour": [45]}
    assert assign_roles(paras, mentions, [], {}, [], headline, [])[0] == subject


@pytest.mark.parametrize("headline, subject", [
    ("ana ruiz s 10 best movie performances ranked", None),  # a list that names no film: no subject
    ("the 10 best movie performances ranked", None),  # a small opening word alone names nothing
    ("a quiet year at the pictures", "glass orchard"),  # no list: the opening paragraph's film
    ("liked glass these mysteries will keep you guessing", "glass orchard"),  # the list names its opening word
    (None, "glass orchard"),  # no headline at all
    ("10 movies to watch this glass orchard", None),  # the occasion names no film of the list
])
def test_sections_a_list_headline_naming_no_film_gives_no_subject(headline, subject):
    paras = [Paragraph(0, 40, 20), Paragraph(42, 80, 60)]
    mentions = {"glass orchard": [5, 50], "cold harbour": [45]}
    assert assign_roles(paras, mentions, [], {}, [], headline, [])[0] == subject


@pytest.mark.parametrize("headline, is_list", [
    ("festival diary: three winners and the films that will stay with us", False),  # a news piece
    ("six classics and the modern films to watch right after", True),  # "classics" still counts
    ("the 12 best harbour films, ranked", True),
    ("films like glass orchard", True),
])
def test_sections_definite_plural_is_no_list_headline(headline, is_list):
    from pipeline.sections import is_list_headline
    assert is_list_headline(headline) is is_list


@pytest.mark.parametrize("label, news", [
    ("Festivals › Riviera", True), ("Features › Opinion", True), ("Interviews › Craft", True),
    ("Horror › Rankings", False), ("Lists/Underrated", False), ("Streaming · Harbourflix", False), (None, False),
])
def test_sections_news_section_label(label, news):
    from pipeline.sections import is_news_section
    assert is_news_section(label) is news


def test_sections_news_page_has_no_ranked_entries():
    from pipeline.sections import assign_roles
    paras = [Paragraph(0, 10, 10), Paragraph(12, 20, 20), Paragraph(22, 30, 30)]
    mentions = {"a": [0], "b": [12], "c": [22]}
    markers = [(0, "a"), (12, "b"), (22, "c")]
    ranks = {"a": 1, "b": 2, "c": 3}
    assert assign_roles(paras, mentions, markers, ranks, ["a", "b", "c"], None)[1]  # a list by its headings
    assert assign_roles(paras, mentions, markers, ranks, ["a", "b", "c"], None, news=True)[1] == []


def test_sections_news_page_reads_the_first_breadcrumb_or_kicker():
    from pipeline.record import Caption
    from pipeline.sections import news_page
    assert news_page([Caption(0, 0, "By Ola Brandt", "byline", 0), Caption(0, 0, "Festivals › Riviera", "breadcrumb", 0)])
    assert not news_page([Caption(0, 0, "Lists/Underrated", "kicker", 0)])


def test_sections_headings_stay_the_list_when_each_entry_opens_on_a_comparison():
    # four "Title (Year)" headings, each over a paragraph whose first sentence names another film
    # first ("Audiences wanted another romp like W, and got ..."): half the prose entries are
    # headings, and the headings are the list
    from pipeline.sections import assign_roles
    paras = [Paragraph(s, s + 18, s + 18) for s in range(0, 160, 20)]
    markers = [(0, "a"), (40, "b"), (80, "c"), (120, "d")]
    mentions = {"a": [], "b": [], "c": [], "d": [], "w": [20], "x": [60], "y": [100], "z": [140]}
    entries = assign_roles(paras, mentions, markers, {}, ["a", "b", "c", "d"], None)[1]
    assert entries == ["a", "b", "c", "d"]


def test_sections_honourable_mention_paragraphs_are_asides():
    text = ("Glass Orchard is the best of them.\n\nHonorable mentions: Cold Harbour (2018) and Night Loom.\n\n"
            "Honourable mention goes to Salt Road.\n\nHonourableness is rare in Tin Lantern.")
    paras = paragraphs(text, [])
    assert [text[p.start : p.start + 12] for p in aside_paragraphs(text, paras)] == ["Honorable me", "Honourable m"]


def test_own_places_a_film_with_its_own_heading_is_placed_there_not_at_a_header_image():
    marked = [("salt ledger", "caption"), ("copper lantern", "heading"), ("salt ledger", "heading"), ("grey tide", "caption")]
    assert own_places(marked) == [False, True, True, True]


@pytest.mark.parametrize("headline, facts", [
    ("12 things you didn’t know about glass orchard", True),
    ("7 surprising facts about glass orchard", True),
    ("10 movies like glass orchard", False),  # a film plural: a list of films
    ("12 things to watch after glass orchard: the best thrillers", False),
    ("glass orchard: 12 things you missed", False),  # no count first
])
def test_sections_a_counted_headline_of_facts_is_a_fact_list(headline, facts):
    from pipeline.sections import is_fact_list
    assert is_fact_list(headline) is facts


def test_sections_a_fact_list_about_one_film_ranks_no_films():
    paras = [Paragraph(0, 10, 10), Paragraph(12, 20, 20), Paragraph(22, 30, 30), Paragraph(32, 40, 40)]
    mentions = {"glass orchard": [0], "b": [12], "c": [22], "d": [32]}
    headline = "12 things you didn’t know about glass orchard"
    subject, entries, _ = assign_roles(paras, mentions, [], {}, [], headline, [])
    assert (subject, entries) == ("glass orchard", [])
    assert assign_roles(paras, mentions, [], {}, [], "12 great films like glass orchard", [])[1] == ["b", "c", "d"]


@pytest.mark.parametrize("headline, is_list", [
    ("the 15 greatest screen villains of all time", True),  # a count and a superlative: ranked
    ("our 10 scariest monsters", True),
    ("the 39 steps review a spy on the run", False),  # a title with a number, no superlative
    ("the 12 chairs", False),
    ("the 20 campiest stage shows ever", True),  # a rare superlative still counts
    ("the 10 forest tales that haunt a village", False),  # words that only end in "-est" are no superlatives
    ("the 5 honest brokers of the harbour strike", False),
    ("the 12 interest rates that shaped a decade", False),
])
def test_sections_count_and_superlative_make_a_list_headline(headline, is_list):
    from pipeline.sections import is_list_headline
    assert is_list_headline(headline) is is_list


def test_sections_a_bare_aside_heading_closes_the_last_entry():
    from pipeline.record import Caption
    from pipeline.sections import aside_headings
    text = "Glass Orchard is cold.\n\nHonourable mentions\n\nNight Loom came close.\n\nHonorable Mentions: more here."
    paras = paragraphs(text, [22, len(text)])
    caps = [Caption(0, 10, "Also worth watching", "heading", 200), Caption(0, 10, "Glass Orchard", "heading", 0)]
    assert aside_headings(text, paras, caps) == [24, 200]  # the bare line and the heading; not a paragraph that goes on


def test_sections_a_coming_next_paragraph_is_an_aside():
    text = "Coming next Friday: Glass Orchard arrives.\n\nCold Harbour is on now."
    paras = [Paragraph(0, 42, 42), Paragraph(44, len(text), len(text))]
    assert aside_paragraphs(text, paras) == [paras[0]]


def test_sections_a_paragraph_opening_with_its_captioned_entry_opens_no_other_entry():
    # a caption names "glass orchard" above its paragraph, which opens with that title and then names
    # "night ferry" (an earlier film it compares it with) in its first sentence
    paras = [Paragraph(10, 50, 45), Paragraph(52, 90, 85), Paragraph(92, 130, 125)]
    mentions = {"glass orchard": [10], "night ferry": [30], "cold harbour": [52], "salt roads": [92]}
    entries = assign_roles(paras, mentions, [(5, "glass orchard")], {}, [], "10 quiet films to watch", [])[1]
    assert entries == ["glass orchard", "cold harbour", "salt roads"]


def test_sections_a_film_the_opening_post_names_still_opens_a_reply_entry():
    # "Update: starting with <A> tonight" in a thread's opening post, then replies recommending A, B, C
    paras = [Paragraph(0, 40, 20), Paragraph(42, 80, 60), Paragraph(82, 120, 100), Paragraph(122, 160, 140),
             Paragraph(162, 200, 180)]
    mentions = {"subject film": [5], "glass orchard": [70, 85], "cold harbour": [125], "salt road": [165]}
    assert assign_roles(paras, mentions, [], {}, [], None, [], opening_end=82)[1] == \
        ["glass orchard", "cold harbour", "salt road"]
    assert assign_roles(paras, mentions, [], {}, [], None, [])[1] == []  # two replies left: no list


def test_sections_bare_title_lines_are_the_list_when_dated_captions_repeat_a_few_of_them():
    # four bare title lines over paragraphs that each open on another film; two entries also have a
    # dated photo caption ("Title (2024)"), which makes them entry markers: the title lines are the list
    from pipeline.sections import assign_roles
    paras = [Paragraph(s, s + 18, s + 18) for s in range(0, 160, 20)]
    markers = [(0, "a"), (40, "b"), (80, "c"), (80, "c"), (120, "d"), (120, "d")]
    mentions = {"a": [], "b": [], "c": [], "d": [], "w": [20], "x": [60], "y": [100], "z": [140]}
    headline = "is it ok for kids 4 new family movies rated"
    entries = assign_roles(paras, mentions, markers, {}, ["c", "d"], headline, ["a", "b", "c", "d"])[1]
    assert entries == ["a", "b", "c", "d"]


def test_sections_bare_title_lines_keep_the_prose_s_other_name_of_an_entry():
    # as above, but the last entry's paragraph calls its film "r" first ("Name's original <r> movie") and
    # by the heading's name after: r is that entry's other name, not a film of its own
    from pipeline.sections import assign_roles
    paras = [Paragraph(s, s + 18, s + 18) for s in range(0, 160, 20)]
    markers = [(0, "a"), (40, "b"), (80, "c"), (80, "c"), (120, "d"), (120, "d")]
    mentions = {"a": [], "b": [], "c": [], "d": [130], "r": [121], "w": [20], "x": [60], "y": [100], "z": [140]}
    headline = "is it ok for kids 4 new family movies rated"
    _, entries, merges = assign_roles(paras, mentions, markers, {}, ["c", "d"], headline, ["a", "b", "c", "d"])
    assert entries == ["a", "b", "c", "d"] and merges == {"r": "d"}


def test_sections_the_opening_paragraphs_film_with_its_own_item_is_an_entry_not_the_subject():
    # no headline; the opening paragraph names the second of three "Title — blurb" items
    paras = [Paragraph(0, 40, 20), Paragraph(42, 80, 60), Paragraph(82, 120, 100), Paragraph(122, 160, 140)]
    mentions = {"glass orchard": [5, 82], "cold harbour": [42], "salt roads": [122]}
    items = ["cold harbour", "glass orchard", "salt roads"]
    subject, entries, _ = assign_roles(paras, mentions, [], {}, [], None, items)
    assert (subject, entries) == (None, items)
    # without the items the opening paragraph's film is the subject still
    assert assign_roles(paras, mentions, [], {}, [], None, [])[0] == "glass orchard"


def test_sections_the_headlines_film_with_its_own_item_is_an_entry_not_the_subject():
    paras = [Paragraph(0, 40, 20), Paragraph(42, 80, 60), Paragraph(82, 120, 100), Paragraph(122, 160, 140)]
    mentions = {"glass orchard": [82], "cold harbour": [42], "salt roads": [122]}
    items = ["cold harbour", "glass orchard", "salt roads"]
    headline = "this week glass orchard goes wide"
    assert assign_roles(paras, mentions, [], {}, [], headline, items)[:2] == (None, items)
    assert assign_roles(paras, mentions, [], {}, [], headline, [])[0] == "glass orchard"  # no items: the subject
