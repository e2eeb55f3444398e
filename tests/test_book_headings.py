"""Entry headings that name a novel and its author (pipeline/book_headings.py)."""

import pytest

from pipeline.book_headings import book_authors, book_headings, book_title
from pipeline.caption_titles import caption_candidate
from pipeline.record import Caption
from pipeline.titles import Candidate, normalise


@pytest.mark.parametrize("line, found", [
    ("1. The Glass Vale by Ana Ruiz", (1, "The Glass Vale")),
    ("2. Cold Harbourby Tom Vane", (2, "Cold Harbour")),  # "by" glued to the title, as scraped
    ("3. Salt Roadby W. P. Lind", (3, "Salt Road")),  # initials
    ("4. La nuit des mortsby Ana Ruiz and Tom Vane", (4, "La nuit des morts")),  # two authors
    ("5. Rugby Kings United", None),  # a word ending in "by"
    ("6. Glass Orchard, directed by Ana Ruiz", None),  # a credit, not a book
    ("The Glass Vale by Ana Ruiz", None),  # no entry number
])
def test_book_title_reads_a_numbered_title_and_author(line, found):
    assert book_title(line) == found


def _cand(text, span, after=0):
    at = text.index(span, after)
    return Candidate(at, at + len(span), span, "text")


def test_book_headings_give_each_entry_its_sections_film():
    text = ("Her thriller was a hit. Tom Lee made it Iron Dawn (1988) and made the hero younger.\n\n"
            "The novel and the film share a title. His Cold Harbour (1975) keeps the boat.\n\n"
            "Ana Ruiz moved Salt Road to Lisbon for Blue Mile, her best film.")
    second, third = text.index("The novel"), text.index("Ana Ruiz moved")
    lines = [("1. The Glass Valeby Ana Ruiz", "heading", 0), ("2. Cold Harbourby Tom Vane", "heading", second),
             ("A still from Blue Mile", "caption", third), ("3. Salt Roadby Kim Lee", "heading", third)]
    caps = [Caption(0, 0, t, rule, at) for t, rule, at in lines]
    caps[2], caps[3] = caps[3], caps[2]  # the picture stands under its heading
    per_caption = [caption_candidate(c) for c in caps]
    cands = [_cand(text, "Iron Dawn"), _cand(text, "Cold Harbour"), _cand(text, "Salt Road"), _cand(text, "Blue Mile")]
    markers = [c for c in per_caption if c is not None]
    per_caption, markers, keys, cands = book_headings(text, caps, per_caption, markers, {normalise(c.text) for c in markers}, cands)
    ranked = sorted((c.rank, c.text) for c in markers if c.rank)
    # a dated film, the novel's own title named as a film, a picture caption under the heading
    assert ranked == [(1, "Iron Dawn"), (2, "Cold Harbour"), (3, "Blue Mile")]
    # the novel that gave its film another title is no film where the text names it
    assert [(c.text, c.kind) for c in cands if c.text == "Salt Road"] == [("Salt Road", "other")]
    assert "salt road" not in keys and "the glass vale" not in keys


def test_book_headings_one_heading_is_no_list_of_books():
    caps = [Caption(0, 0, "1. The Glass Valeby Ana Ruiz", "heading", 0)]
    per_caption = [caption_candidate(c) for c in caps]
    assert book_headings("Some text.", caps, per_caption, [], set(), [])[0] == per_caption


def test_book_authors_of_a_run_of_book_headings():
    caps = [Caption(0, 0, "1. The Glass Valeby Ana Ruiz", "heading", 0),
            Caption(0, 0, "2. Cold Harbour by Tom Vane and Kim Lee", "heading", 5)]
    assert book_authors(caps) == {"Ana Ruiz", "Tom Vane", "Kim Lee"}
    assert book_authors(caps[:1]) == set()  # one heading is no list of books
