"""Group headings of a dated list ("The Old Masters" over "Title (1931) Prose...") are no films (no spaCy)."""

from pipeline.group_headings import group_headings
from pipeline.record import Caption
from pipeline.titles import Candidate

ENTRIES = ["Copper Lantern (1931) A keeper stays.", "Night Train to Vell (1940) Two smugglers run.",
           "The Paper Crown (1952) A village crowns a boy.", "Salt Ledger (1988) Six guests board."]
TEXT = "\n\n".join(ENTRIES)
STARTS = [TEXT.index(e) for e in ENTRIES]


def _leads() -> list[Candidate]:
    return [Candidate(s, s + len(e.split(" (")[0]), e.split(" (")[0], "heading", year=int(e.split("(")[1][:4]), marker_at=s)
            for s, e in zip(STARTS, ENTRIES)]


def _heading(text: str, at: int) -> tuple[Caption, Candidate]:
    return Caption(0, 0, text, "caption", at), Candidate(None, None, text, "caption", marker_at=at)


def test_group_headings_an_undated_heading_over_a_dated_entry_is_no_film():
    lines = [_heading("The Old Masters", STARTS[0]), _heading("Modern Voyages", STARTS[3])]
    out = group_headings([c for c, _ in lines], [k for _, k in lines], _leads(), TEXT)
    assert out == [None, None]


def test_group_headings_keep_a_heading_the_text_names_or_that_heads_its_own_entry():
    named = TEXT + "\n\nThe Old Masters is where it all began."
    lines = [_heading("The Old Masters", STARTS[0]), _heading("Salt Ledger", STARTS[3])]
    out = group_headings([c for c, _ in lines], [k for _, k in lines], _leads(), named)
    assert [c.text for c in out] == ["The Old Masters", "Salt Ledger"]


def test_group_headings_need_a_dated_list():
    lines = [_heading("The Old Masters", STARTS[0])]
    assert group_headings([lines[0][0]], [lines[0][1]], _leads()[:2], TEXT)[0] is not None


def test_group_headings_over_a_dated_heading_line():
    caps = [Caption(0, 0, "Modern Voyages", "caption", 40), Caption(0, 0, "Salt Ledger (1988)", "caption", 40)]
    cands = [Candidate(None, None, "Modern Voyages", "caption", marker_at=40),
             Candidate(None, None, "Salt Ledger", "caption", year=1988, marker_at=40)]
    out = group_headings(caps, cands, _leads()[:2], TEXT)
    assert out[0] is None and out[1].text == "Salt Ledger"
