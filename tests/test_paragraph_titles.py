"""Titles that open paragraphs: numbered entries and entry-style leads (no spaCy)."""

import pytest

from pipeline.paragraph_titles import in_place, lead_candidates, numbered_leads, showing_captions, showing_leads, year_leads
from pipeline.titles import Candidate


def test_paragraph_titles_paragraph_leads_count_only_in_entry_style_articles():
    paras = ["Glass Orchard (2005) is first.", "Cold Harbour (2001) is next.", "Night Loom (1999) is third.",
             "Velvet Drift, Ana Ruiz’s 1980 film, is fourth.", "However, none of them is a comedy."]
    text = "\n\n".join(paras)
    starts = [text.index(p) for p in paras]
    found = [Candidate(s, s + len(p.split(" (")[0]), p.split(" (")[0], "text") for s, p in zip(starts[:3], paras)]
    leads = {c.text for c in lead_candidates(text, starts, found)}
    assert leads == {"Velvet Drift"}
    assert lead_candidates(text, starts, found[:2]) == []  # two entries are not yet a list style
    # the page's dek is no entry when extract leaves it out of the paragraphs that may open one (it stands above the
    # byline; tests/test_extract_grouped_list.py checks that end to end); given as a paragraph, it would be read
    dek = "From the Coast to the City, the films that show the sea.\n\n"
    moved = [Candidate(c.start + len(dek), c.end + len(dek), c.text, "text") for c in found]
    assert lead_candidates(dek + text, [s + len(dek) for s in starts], moved) == [
        Candidate(starts[3] + len(dek), starts[3] + len(dek) + 12, "Velvet Drift", "text")]
    assert "From the Coast to the City" in {c.text for c in lead_candidates(dek + text, [0] + [s + len(dek) for s in starts], moved)}


def test_paragraph_titles_numbered_paragraphs_are_ranked_entries():
    paras = ["Intro text here.", "3. Glass Orchard (2011). A film about pears.", "2. Cold Harbour—Ana Ruiz’s 1988 film is next.",
             "1. Night Loom (1980) Nothing tops it."]
    text = "\n\n".join(paras)
    leads = numbered_leads(text, [text.index(p) for p in paras])
    assert [(c.rank, c.text, c.year) for c in leads] == [(3, "Glass Orchard", 2011), (2, "Cold Harbour", None), (1, "Night Loom", 1980)]
    assert numbered_leads(text, [text.index(p) for p in paras[:3]]) == []  # two numbered paragraphs are no list


ENTRIES = ["Glass Orchard (2005) is first.", "Cold Harbour (2001) is next.", "Night Loom (1999) is third."]


def _leads(paras: list[str]) -> set[str]:
    """Lead candidates of an article whose first three paragraphs open with a found title."""
    text = "\n\n".join(paras)
    starts = [text.index(p) for p in paras]
    found = [Candidate(s, s + len(p.split(" (")[0]), p.split(" (")[0], "text") for s, p in zip(starts[:3], paras)]
    return {c.text for c in lead_candidates(text, starts, found)}


@pytest.mark.parametrize("not_a_lead, lead", [
    ("Westerns, mysteries and oddities", "Velvet Drift"),  # a plural genre noun opening a section
    ("With Velvet Drift, the list may change again.", "The Paper Crown"),  # a preposition opens a sentence
])
def test_paragraph_titles_sentence_and_section_openers_are_no_leads(not_a_lead, lead):
    assert _leads(ENTRIES + [not_a_lead, f"{lead}, Ana Ruiz’s 1980 film, is fourth."]) == {lead}


def test_paragraph_titles_a_numbered_title_runs_on_to_its_bracket():
    paras = ["Intro text here.", "3. All Is Lost as Snow (Ana Ruiz) Two sisters share a flat.",
             "2. Cold Harbour (Tom Vane) A trawler sinks.", "1. Night Loom is the best of all (2019) and more."]
    text = "\n\n".join(paras)
    leads = numbered_leads(text, [text.index(p) for p in paras])
    # a short lowercase word inside the title; a long one ends it ("Night Loom is the best ...")
    assert [(c.rank, c.text) for c in leads] == [(3, "All Is Lost as Snow"), (2, "Cold Harbour"), (1, "Night Loom")]


_CRITIC_LIST = ("1. Glass Orchard (Maria Vell) Two sisters share a flat.\n\n"
                "2. Tin Lantern (Tom de Varga) A farmer sells his land.\n\n"
                "3. Salt Road (Payu Kestrel) A nurse walks home.\n\n"
                "4. Copper Sky (Anna Ruiz-Lom) It rains for a week.\n")


def test_numbered_leads_a_bracketed_name_after_each_title_is_its_director():
    paras = [0] + [i + 2 for i in range(len(_CRITIC_LIST)) if _CRITIC_LIST.startswith("\n\n", i)]
    out = numbered_leads(_CRITIC_LIST, paras)
    assert [(c.text, c.director) for c in out] == [("Glass Orchard", "Maria Vell"), ("Tin Lantern", "Tom de Varga"),
                                                  ("Salt Road", "Payu Kestrel"), ("Copper Sky", "Anna Ruiz-Lom")]


def test_numbered_leads_bracketed_names_without_a_census_given_name_are_directors_too():
    # no census given name, but every word a rare one: caption_titles.is_name reads them as names
    text = ("1. Glass Orchard (Quarn Veltrude) Two sisters share a flat.\n\n2. Tin Lantern (Oskel Varnay) A farmer"
            " sells his land.\n\n3. Salt Road (Tavrin Holme) A nurse walks home.\n")
    paras = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    assert [c.director for c in numbered_leads(text, paras)] == ["Quarn Veltrude", "Oskel Varnay", "Tavrin Holme"]


def test_numbered_leads_bracketed_original_titles_are_no_directors():
    text = ("1. The Red Circle (Le Cercle Rouge) A thief escapes.\n\n2. The Hole (Le Trou) Four men dig.\n\n"
            "3. Army of Shadows (L’Armée des Ombres) A network hides.\n")
    paras = [0] + [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
    assert [c.director for c in numbered_leads(text, paras)] == [None, None, None]


_DATED = ["Some picks for the night.", "Glass Orchard (2011) A pear farmer disappears.",
          "Marta’s Lantern (1968) A widow keeps a lamp lit.", "Rock ’n Roll Harbour (1990) For the friends who hate horror.",
          "In 1999 Ana Ruiz made Night Loom (1999) on a dare.", "Bonus Pick: Cold Harbour (1966) A short one."]


def test_year_leads_the_title_is_all_before_the_year_bracket():
    text = "\n\n".join(_DATED)
    leads = year_leads(text, [text.index(p) for p in _DATED])
    # possessive and elided-word titles stay whole; a sentence and an aside are no leads
    assert [(c.text, c.year, c.marker_at) for c in leads] == [
        ("Glass Orchard", 2011, text.index(_DATED[1])), ("Marta’s Lantern", 1968, text.index(_DATED[2])),
        ("Rock ’n Roll Harbour", 1990, text.index(_DATED[3]))]
    assert year_leads(text, [text.index(p) for p in _DATED[:3]]) == []  # two dated paragraphs are no list


def test_numbered_leads_a_pronoun_title_counts_when_the_layout_vouches_for_it():
    paras = ["Intro text here.", "4. Glass Orchard (3.1% of votes) Two sisters share a flat.",
             "3. They (4.0% of votes) A farmer sells his land.", "2. Salt Road (5.2% of votes) A nurse walks home.",
             "1. Copper Sky (9.9% of votes) It rains for a week."]
    text = "\n\n".join(paras)
    leads = numbered_leads(text, [text.index(p) for p in paras])
    assert [(c.rank, c.text) for c in leads] == [(4, "Glass Orchard"), (3, "They"), (2, "Salt Road"), (1, "Copper Sky")]
    # a pronoun opening a numbered paragraph as prose (no bracket after it) still breaks the count
    prose = text.replace("3. They (4.0% of votes) A", "3. They, said a")
    assert numbered_leads(prose, [prose.index(p) for p in prose.split("\n\n")]) == []


_SHOWN = ["Week 5: At Home", "Screening: “The Frozen Joint” (Harbour Mysteries, 1958, television episode, 25 min.) and "
          "Glass Orchard (Ana Ruiz, 1967)", "Two thrillers that never leave the house.",
          "Recommended: Salt Roads (Tom Vane, 1975), in which a clerk comes back from lunch.",
          "Screening 2: Cold Harbour (Mara Quint, 1977), with Ivo Brandt in the rain"]


def test_showing_leads_each_dated_film_of_a_screening_line_is_an_entry():
    text = "\n\n".join(_SHOWN)
    starts = [text.index(p) for p in _SHOWN]
    leads = showing_leads(text, starts)
    # the television episode is none; "Recommended:" names a film beside the page's own; prose after a bracket ends the line
    assert [(c.text, c.director, c.year, c.marker_at) for c in leads] == [
        ("Glass Orchard", "Ana Ruiz", 1967, starts[1]), ("Cold Harbour", "Mara Quint", 1977, starts[4])]
    assert all(text[c.start : c.end] == c.text for c in leads)


def test_in_place_puts_a_lead_among_markers_in_page_order():
    marks = [Candidate(None, None, t, "caption", marker_at=at) for t, at in [("A", 0), ("B", 10), ("C", 30)]]
    lead = Candidate(15, 20, "D", "heading", marker_at=15)
    assert [c.text for c in in_place(marks, [lead])] == ["A", "B", "D", "C"]


def test_showing_captions_a_label_line_of_two_dated_films_names_both():
    from pipeline.record import Caption

    lines = ["Screenings: Night Loom (Ida Brask, 1966); Paper Moons (Lena Hart, 1972)", "Film: Glass Orchard (Tove Lind, 1961)",
             "Recommended: Salt Roads (Tom Vane, 1975); Cold Harbour (Mara Quint, 1999)"]
    caps = [Caption(0, 0, t, "caption", 10 * i) for i, t in enumerate(lines)]
    kept, found = showing_captions(caps, ["line 1", "line 2", "line 3"])
    assert kept == [None, "line 2", "line 3"]  # one film is the line's own candidate; an aside line is no entry
    assert [(c.text, c.director, c.year, c.marker_at) for c in found] == [("Night Loom", "Ida Brask", 1966, 0),
                                                                          ("Paper Moons", "Lena Hart", 1972, 0)]
