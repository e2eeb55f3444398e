"""An archive page of teaser cards: labels, menus and page numbers are no titles, and the cards rank nothing."""

import pytest

from pipeline.annotate import annotate
from pipeline.card_lines import card_kinds, card_page
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article, Caption

# Invented: a site's menu, a topic archive of three cards, page numbers and footer links, scraped glued.
ARCHIVE = """Reels

Reviews

Features

Podcasts

Home›Topics›lighthouse films

Topic:lighthouse films

Every piece we have written about lighthouse films.

Page3of7

Commentary

WhyCold Harbouris the loneliest film of its decade

A keeper (Ana Ruiz) waits out a winter storm alone.Nora Pike’s 2011 drama never leaves the rock.

ByTom Vane· June 2, 2030

6 min read

Read more

Deep dive

How the lamp ofGlass Orchardwas built

Ivo Brandt’s 1998 thriller built a working lamp room on a studio floor.

ByLena Marsh· May 1, 2030

9 min read

Read more

Interview

The Lamplighterat 25: its editor looks back

Kit Sorel cut the film in eleven weeks.

ByTom Vane· April 3, 2030

4 min read

Read more

← Newer posts

1

2

3

4

Older posts →

About·Privacy·Terms·Contact us
"""


def test_card_lines_labels_menus_and_page_numbers_leave_the_body():
    rules = {c.text: c.rule for c in clean(Article("arch", "arch.txt", "txt", ARCHIVE)).captions}
    assert [rules[t] for t in ("Commentary", "Deep dive", "Interview")] == ["card_label"] * 3
    assert [rules[t] for t in ("Reels", "Reviews", "Features", "Podcasts", "1", "2", "3", "4")] == ["site_menu"] * 8
    assert rules["6 min read"] == "read_time"
    assert rules["Page3 of7"] == "pagination"
    assert rules["Older posts →"] == "pagination"
    assert rules["About · Privacy · Terms · Contact us"] == "site_footer"


def test_card_lines_a_page_without_cards_keeps_its_short_title_lines():
    # a list of one-word title lines: no byline closed by a reading time, so no menu and no labels
    texts = ["Heat", "", "Ronin", "", "Thief", "", "By Tom Vane", "", "Ronin is the best of them."]
    kinds = ["caption", None, "caption", None, "caption", None, "byline", None, None]
    assert card_kinds(texts, kinds) == kinds


def test_card_lines_a_label_needs_a_headline_below_it():
    # a short line right above the byline's dek is no label: the dek's line is the headline's place
    texts = ["Opinion", "Why it works", "A dek.", "By A Name", "5 min read"] * 3
    kinds = ["caption", None, None, "byline", "read_time"] * 3
    assert card_kinds(texts, kinds)[:5] == ["card_label", None, None, "byline", "read_time"]
    texts[0] = "Opinion (2019)"  # a dated line is a film's caption, not a section label
    assert card_kinds(texts, kinds)[0] == "caption"


def test_card_page_needs_three_cards():
    caps = [Caption(0, 1, "7 min read", "read_time", 0)] * 2
    assert not card_page(caps)
    assert card_page(caps + [Caption(0, 1, "Opinion", "card_label", 0)] * 3)


@pytest.mark.slow
def test_card_lines_an_archive_of_cards_mentions_its_films_unranked(nlp):
    art = extract(annotate(clean(Article("arch", "arch.txt", "txt", ARCHIVE)), nlp))
    films = {f.title: (f.role, f.rank) for f in art.films}
    assert set(films) == {"Cold Harbour", "Glass Orchard", "The Lamplighter"}
    assert set(films.values()) == {("mentioned", None)}
    assert art.subject is None
