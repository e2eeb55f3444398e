"""Pick sections: "Our pick" over a paragraph that names the films a page that is no list recommends."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.pick_sections import picked_films
from pipeline.record import Article, Caption
from pipeline.sections import paragraphs

TEXT = ("Many titles leave this month.\n\nOur pick\n\nMake them Cold Harbour and Glass Orchard. "
        "Night Loom is fine too.\n\nGlass Orchard is long.")


def _offsets(text, *titles):
    return {t.lower(): [i for i in range(len(text)) if text.startswith(t, i)] for t in titles}


def test_pick_sections_a_pick_line_recommends_the_films_of_the_next_first_sentence_in_order():
    paras = paragraphs(TEXT, [TEXT.index(".") + 1, TEXT.index("Orchard.") + 8, TEXT.index("too.") + 4, len(TEXT)])
    offsets = _offsets(TEXT, "Glass Orchard", "Cold Harbour", "Night Loom")
    assert picked_films(TEXT, paras, [], offsets) == ["cold harbour", "glass orchard"]


def test_pick_sections_a_pick_heading_moved_out_of_the_text_counts_too():
    text = "Many titles leave.\n\nMake them Cold Harbour and Glass Orchard."
    paras = paragraphs(text, [18, len(text)])
    heading = Caption(0, 8, "Editor’s Picks", "heading", 20)
    offsets = _offsets(text, "Glass Orchard", "Cold Harbour")
    assert picked_films(text, paras, [heading], offsets) == ["cold harbour", "glass orchard"]
    assert picked_films(text, paras, [], offsets) == []  # no label: no picks


LEAVING = """Streaming / Leaving Soon

Everything Leaving Streamly in May: Last Chance for Cold Harbour and Glass Orchard

By Ana Teller | Published Apr. 28, 2026

A new month means old deals running out, and a dozen titles are going.

May 1

Cold Harbour(2011)

Glass Orchard(2015)

Night Loom(1990)

Night Loom(2012)

May 9

Paper Crown(2004)

The big ones

Yes, both versions ofNight Loomleave on the same day.Ivo Brandt’s 1990 original is the stranger one.Paper Crownis a lark.

Our pick

If you only have time for two, make themCold HarbourandGlass Orchard.Nora Pike’sCold Harbouris a quiet drama about a ferry.

A still fromGlass Orchard
"""


@pytest.mark.slow
def test_pick_sections_a_leaving_page_recommends_only_its_picks(nlp):
    art = extract(annotate(clean(Article("leaving", "leaving.txt", "txt", LEAVING)), nlp))
    films = {(f.title, f.year): (f.role, f.rank) for f in art.films}
    assert films[("Cold Harbour", 2011)] == ("recommended", 1)
    assert films[("Glass Orchard", 2015)] == ("recommended", 2)
    assert films[("Paper Crown", 2004)] == ("mentioned", None)
    assert art.subject is None  # the headline names two films: no subject
    assert sorted(films) == [("Cold Harbour", 2011), ("Glass Orchard", 2015), ("Night Loom", 1990),
                             ("Night Loom", 2012), ("Paper Crown", 2004)]  # no date line, no 1990 Glass Orchard


def test_pick_sections_a_sentence_opened_by_a_pick_label_picks_the_film_of_the_line_above():
    text = ("Discs are cheap this week.\n\nSalt Roads (DVD) — $5 (was $9) at Shopwell\n\n"
            "Our pick this week is Nora Pike’s desert thriller. Salt Roads still holds up.\n\n"
            "Glass Orchard (DVD) — $6 (was $9) at Shopwell\n\nIt is fine.")
    ends = [text.index("week.") + 5, text.index("Shopwell") + 8, text.index("thriller.") + 9, text.index("up.") + 3,
            text.rindex("Shopwell") + 8, len(text)]
    paras = paragraphs(text, ends)
    offsets = _offsets(text, "Salt Roads", "Glass Orchard")
    assert picked_films(text, paras, [], offsets) == ["salt roads"]


@pytest.mark.parametrize("opener", ["Our pick is Glass Orchard.", "Editor’s pick: Glass Orchard.", "Our picks are Glass Orchard."])
def test_pick_sections_a_pick_sentence_picks_the_films_it_names(opener):
    text = f"Discs are cheap.\n\n{opener}"
    paras = paragraphs(text, [16, len(text)])
    assert picked_films(text, paras, [], _offsets(text, "Glass Orchard")) == ["glass orchard"]


@pytest.mark.parametrize("opener", ["The pick-up truck in Glass Orchard is red.", "Our pickings in Glass Orchard are slim."])
def test_pick_sections_a_sentence_that_only_starts_like_a_label_picks_nothing(opener):
    text = f"Discs are cheap.\n\n{opener}"
    paras = paragraphs(text, [16, len(text)])
    assert picked_films(text, paras, [], _offsets(text, "Glass Orchard")) == []


@pytest.mark.parametrize("line, label", [
    ("Our must-see before you go", True),  # a label and a lowercase tail
    ("Our pick this week", True),
    ("Editor’s pick:", True),
    ("Our pick Cold Harbour", False),  # a title after the label: a title line, no label
    ("Our picks were made by readers who love a long film", False),  # longer than a label line
])
def test_pick_sections_a_label_line_may_have_a_lowercase_tail(line, label):
    text = f"Many titles leave.\n\n{line}\n\nMake it Glass Orchard. It is long."
    paras = paragraphs(text, [18, text.index(line) + len(line), text.index("Orchard.") + 8, len(text)])
    assert (picked_films(text, paras, [], _offsets(text, "Glass Orchard")) == ["glass orchard"]) is label
