"""Related-article links: the block is page furniture, the films its headlines name are mentioned."""

import pytest

from pipeline.captions import link_blocks
from pipeline.link_titles import link_titles, related_headlines
from pipeline.record import Caption


def _caps(*lines, rule="related_link"):
    return [Caption(0, len(t), t, rule, 0) for t in lines]


@pytest.mark.parametrize("line, titles", [
    ("READ MORE: Ana Ruiz’s Best Movies, Ranked, From Glass Harbour to Night Falls: Part Two",
     ["Glass Harbour", "Night Falls: Part Two"]),
    ("Read more: 9 Heist Movies Worth Your Evening, Including Vault Nine, Paper Keys and The Long Lift",
     ["Vault Nine", "Paper Keys", "The Long Lift"]),
    ("Related: Every Tom Vane Movie, Ranked From Worst to Best", []),
    ("Related: The 20 Best Heist Movies", []),
    ("From Glass Harbour to Night Falls: Ana Ruiz’s 10 Best Performances", ["Glass Harbour", "Night Falls"]),
    ("READ MORE: From Glass Harbour to Night Falls: Ana Ruiz’s 10 Best Performances", ["Glass Harbour", "Night Falls"]),
    ("Name the Year: 12 Stills From Festival Winners, From Salt Line to Deep Harbour", ["Salt Line", "Deep Harbour"]),
    ("Quiz: How Well Do You Remember The Long Lift?", ["The Long Lift"]),
    ("Do You Know Vault Nine?", ["Vault Nine"]),
    ("Is Ana Ruiz’s Vault Nine the strangest remake ever made?", ["Vault Nine"]),  # a maker's film ranked
    ("Is Vault Nine the best heist ever made?", []),  # no maker: a question, maybe about a place
    ("Quiz: How Well Do You Remember These Heist Movies?", []),
    ("Can You Match These Harbour Characters to Their Movies?", []),


    ("The Long Lift at 25: Ana Ruiz’s Heist Still Feels Fresh", ["The Long Lift"]),  # an anniversary
    ("Related: Night Falls at 40: How a Flop Became a Classic", ["Night Falls"]),
    ("Is Glass Harbour Still Worth Watching? Two Critics Argue", ["Glass Harbour"]),
    ("Does Night Falls Still Hold Up? We Rewatched It", ["Night Falls"]),
    ("Ana Ruiz at 60: A Life in Pictures", []),  # a person's birthday
    ("Is Streaming Killing the Cinema? Critics Argue", []),  # no "Still": no film
    ("More Then and Now: The cast of Glass Orchard, then and now | Where the Cold Harbour kids are now",
     ["Glass Orchard", "Cold Harbour"]),  # a cast gallery's headlines on one line
    ("The Cast of Night Falls: Where Are They Now?", ["Night Falls"]),
    ("Where the Glass Orchard cast is now", ["Glass Orchard"]),
    ("Films about lighthouses that aren't Glass Orchard?", ["Glass Orchard"]),  # a thread's yardstick
    ("Anything like Cold Harbour?", ["Cold Harbour"]),
    ("Best \"one long night in the city\" movies?", []),
    ("Read next: Harbour Town on Screen: Where Salt Line and Deep Harbour Were Filmed", ["Salt Line", "Deep Harbour"]),
    ("Related: How Night Falls Was Made", ["Night Falls"]),  # a making-of headline
    ("Related: How We Were Shot Down Over Norby", []),  # a pronoun is no film
])
def test_link_titles_reads_the_films_closing_a_headline(line, titles):
    assert link_titles(_caps(line)) == titles


def test_link_titles_ignores_other_captions():
    assert link_titles(_caps("Ana Ruiz’s Films, From Glass Harbour to Night Falls", rule="caption")) == []


def test_link_blocks_marks_a_lone_label_and_the_headlines_under_it():
    texts = ["The cast returns next spring.", "", "Related", "",
             "Glass Harbour Ending Explained: Who Really Sank the Boat?", "",
             "Every Ana Ruiz Movie, Ranked, From Glass Harbour to Night Falls", "",
             "3. The Long Lift (1999)"]
    kinds = [None, None, "caption", None, None, None, "caption", None, "heading"]
    assert link_blocks(texts, kinds) == [None, None, "related_link", None, "related_link", None,
                                         "related_link", None, "heading"]


@pytest.mark.parametrize("label", ["More from Ask the Film Desk", "More from Features", "More from News and Reviews"])
def test_link_blocks_a_columns_more_from_label_heads_its_links(label):
    assert link_blocks([label], ["caption"]) == ["related_link"]


def test_link_blocks_stops_at_prose():
    texts = ["See also", "The film opens in a small harbour town where nobody locks a door."]
    assert link_blocks(texts, ["caption", None]) == ["related_link", None]


def test_link_titles_reads_the_headlines_of_an_html_related_box():
    related = ["Glass Harbour Ending Explained: Who Really Sank the Boat?",
               "Every Ana Ruiz Movie, Ranked, From Glass Harbour to Night Falls"]
    assert link_titles([], related) == ["Glass Harbour", "Night Falls"]


@pytest.mark.parametrize("blocks, headlines", [
    (["Related", "The Twelve Best Sea Movies, From Salt Line to Deep Harbour", "Every Ana Ruiz Movie, Ranked"],
     ["The Twelve Best Sea Movies, From Salt Line to Deep Harbour", "Every Ana Ruiz Movie, Ranked"]),
    (["Read more:", "Nine Heist Movies Worth Your Evening, Including Vault Nine", "Sign up for our newsletter today."],
     ["Nine Heist Movies Worth Your Evening, Including Vault Nine"]),
    # no link label opening the box: a sidebar of something else
    (["From Our Shop", "The Twelve Best Sea Movies, From Salt Line to Deep Harbour"], []),
    ([], []),
])
def test_link_titles_related_headlines_need_a_link_label_first(blocks, headlines):
    assert related_headlines(blocks) == headlines


@pytest.mark.parametrize("label, marked", [("More from Obituaries", True), ("More from Film Reviews", True),
                                           ("More quizzes", True), ("More reviews:", True),
                                           ("More from the director, a year later.", False), ("More Harbour", False)])
def test_link_blocks_a_more_from_section_line_opens_a_related_block(label, marked):
    texts = [label, "From Glass Harbour to Night Falls: Ana Ruiz’s 10 Best Performances"]
    out = link_blocks(texts, ["caption", "caption"])
    assert out == (["related_link", "related_link"] if marked else ["caption", "caption"])


@pytest.mark.parametrize("label", ["More", "Check out:"])
def test_link_blocks_a_colon_label_alone_opens_a_related_block(label):
    # the labels of a "Label: headline" line are the labels of a block too (one list, cues.toml link_labels)
    texts = [label, "Every Ana Ruiz Movie, Ranked, From Glass Harbour to Night Falls"]
    assert link_blocks(texts, ["caption", "caption"]) == ["related_link", "related_link"]


def test_link_blocks_a_threads_question_titles_are_headlines_too():
    texts = ["More posts you may like", "", "Films about lighthouses that aren't Glass Orchard?", "",
             "Best slow westerns for a rainy night?", "", "the film opens in a small harbour town."]
    assert link_blocks(texts, [None] * len(texts)) == ["related_link", None, "related_link", None, "related_link", None, None]
