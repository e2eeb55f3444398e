"""Shopping pages: product lines "Name (format) — $price (was $price) at Store" (invented lines)."""

import pytest

from pipeline.deal_lines import deal_candidates, deal_lines, deal_sections, is_set, product_title, shopping_page
from pipeline.record import Caption, Film
from pipeline.sections import paragraphs
from pipeline.titles import Candidate

PAGE = ("Prices drop again this week.\n\n"
        "Salt Roads (4K UHD + Digital) — $12.99 (was $24.99) at Shopwell\n\n"
        "Nora Pike’s 2011 desert thriller is the one to buy.\n\n"
        "Glass Orchard Collector’s Edition (Blu-ray)— $9.49 (was $19.98) at Big Mart\n\n"
        "Paper Moons: The Complete Trilogy (DVD) — $30.00 at Shopwell\n")


@pytest.mark.parametrize("line, name, store", [
    ("Salt Roads (4K UHD + Digital) — $12.99 (was $24.99) at Shopwell", "Salt Roads", "Shopwell"),
    ("Glass Orchard Steelbook (Blu-ray)— £9.49 (was £19.98)", "Glass Orchard Steelbook", None),
    ("Cold Harbour — €7 at Big Mart", "Cold Harbour", "Big Mart"),
    ("Night Loom [4K UHD] — $8.99 (was $15.99) at Big Mart", "Night Loom", "Big Mart"),
])
def test_deal_lines_read_the_name_and_the_store_of_a_product_line(line, name, store):
    [d] = deal_lines(line)
    assert line[d.name[0] : d.name[1]] == name
    assert (line[d.store[0] : d.store[1]] if d.store else None) == store


@pytest.mark.parametrize("line", [
    "The sequel cost $90 million.",  # a price in prose: no store, no old price
    "It made $12.5 million. Tickets were $9.99 (was $12.99) at Shopwell",  # a sentence before the price
    "At $12.99, the disc is a steal.",
    "Rent it for $3.99 at Streamly",  # lower-case words before the price: a sentence, no product's name
])
def test_deal_lines_prose_that_names_a_price_is_no_product_line(line):
    assert not deal_lines(line)


def test_deal_lines_a_page_is_a_shopping_page_from_two_product_lines():
    assert shopping_page(PAGE)
    assert not shopping_page("Salt Roads (4K UHD) — $12.99 (was $24.99) at Shopwell\n\nOne deal is no page.")


@pytest.mark.parametrize("name, title", [
    ("Glass Orchard Collector’s Edition", "Glass Orchard"),
    ("Night Loom 25th Anniversary Edition", "Night Loom"),
    ("Cold Harbour: Part Two Limited Edition Steelbook", "Cold Harbour: Part Two"),
    ("Salt Roads", "Salt Roads"),
    ("Salt Roads (2011)", "Salt Roads"),  # a year in brackets before the format bracket
    ("The Special", "The Special"),  # edition words with no edition head: the title's own
    ("Ultimate Deluxe", "Ultimate Deluxe"),
])
def test_deal_lines_product_title_drops_trailing_edition_words(name, title):
    assert product_title(name) == title


@pytest.mark.parametrize("name, expected", [
    ("Paper Moons: The Complete Trilogy", True), ("Night Ferry: The Complete Series", True),
    ("Harbour Films Box Set", True), ("Salt Roads", False), ("Glass Orchard Steelbook", False),
])
def test_deal_lines_is_set_for_a_product_that_sells_several_films_or_episodes(name, expected):
    assert is_set(name) is expected


def test_deal_candidates_a_product_line_gives_its_title_and_a_store_no_film():
    start = PAGE.index("Glass Orchard")
    glued = Candidate(start, start + len("Glass Orchard Collector’s Edition"), "Glass Orchard Collector’s Edition", "text")
    store = PAGE.index("Big Mart")
    shop = Candidate(store, store + 8, "Big Mart", "text")
    elsewhere = Candidate(0, 6, "Prices", "text")
    out = deal_candidates(PAGE, [elsewhere, glued, shop])
    got = [(c.text, c.kind) for c in out]
    assert ("Glass Orchard", "film") in got and ("Salt Roads", "film") in got
    assert ("Big Mart", "other") in got and ("Shopwell", "other") in got
    assert ("Paper Moons: The Complete Trilogy", "other") in got  # a set: no film
    assert ("Glass Orchard Collector’s Edition", "film") not in got and ("Prices", "film") in got


def test_deal_candidates_a_store_named_in_prose_is_no_film_either():
    text = PAGE + "\nBig Mart ships fast.\n"
    at = text.rindex("Big Mart")
    out = deal_candidates(text, [Candidate(at, at + 8, "Big Mart", "text")])
    assert [c.kind for c in out if c.start == at] == ["other"]


def test_deal_candidates_leave_a_page_with_one_product_line_alone():
    text = "Salt Roads (4K UHD) — $12.99 (was $24.99) at Shopwell\n\nShopwell Stories is a film."
    cands = [Candidate(text.rindex("Shopwell"), text.rindex("Shopwell") + 16, "Shopwell Stories", "text")]
    assert deal_candidates(text, cands) == cands


def _owners(text, captions=()):
    paras = paragraphs(text, [len(text)])
    films = {k: Film(film_id="", title=k) for k in ("salt roads", "glass orchard", "night loom", "cold harbour")}
    everything = {p.start: films["night loom"] for p in paras}  # a list's section reading: one film owns all
    return paras, films, deal_sections(text, paras, list(captions), everything, films)


def test_deal_sections_a_product_line_owns_its_blurb_up_to_the_next_product_line():
    paras, films, owners = _owners(PAGE)
    by_start = {PAGE[p.start : p.start + 12]: owners.get(p.start) for p in paras}
    assert by_start["Prices drop "] is films["night loom"]  # before the first product line: as it was
    assert by_start["Salt Roads ("] is films["salt roads"] and by_start["Nora Pike’s "] is films["salt roads"]
    assert by_start["Glass Orchar"] is films["glass orchard"]
    assert by_start["Paper Moons:"] is None  # a set owns nothing


def test_deal_sections_a_run_of_product_lines_owns_no_prose_after_it():
    text = ("Salt Roads (DVD) — $5 (was $9) at Shopwell\n\nCold Harbour (DVD) — $6 (was $9) at Shopwell\n\n"
            "Nora Pike’s 2011 thriller and Ivo Brandt’s 1998 drama are both cheap.\n")
    paras, films, owners = _owners(text)
    assert [owners.get(p.start) for p in paras] == [films["salt roads"], films["cold harbour"], None]


def test_deal_sections_a_heading_line_ends_a_product_lines_stretch():
    text = ("Salt Roads (DVD) — $5 (was $9) at Shopwell\n\nNora Pike’s 2011 thriller.\n\n"
            "Prices fall on Fridays.\n\nCold Harbour (DVD) — $6 (was $9) at Shopwell\n")
    heading = Caption(0, 10, "How Prices Move", "caption", text.index("Prices fall"))
    paras, films, owners = _owners(text, [heading])
    assert [owners.get(p.start) for p in paras] == [films["salt roads"], films["salt roads"], None, films["cold harbour"]]
