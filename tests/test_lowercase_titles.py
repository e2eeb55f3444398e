"""Lower-case titles of casual pages: reply openers "<words> (1999)." and lists beside a known title (no spaCy)."""

import re

import pytest

from pipeline.lowercase_titles import lowercase_leads, lowercase_lists


def _starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\n", text)]


REPLIES = ("try this.\n\nhollow bay (1976). a quiet town and a loud mayor.\n\n"
           "Copper Sky (2004), the same city at night.\n\nmarsh lights (2017) and more, both good.\n\n"
           "his debut (2005). not as good.\n\nthe remake (2019). skip it.\n")


def test_lowercase_leads_reply_openers_with_a_year_are_titles():
    found = lowercase_leads(REPLIES, _starts(REPLIES))
    assert [(c.text, c.year) for c in found] == [("hollow bay", 1976), ("marsh lights", 2017)]


def test_lowercase_leads_one_such_opener_is_no_layout():
    text = "try this.\n\nhollow bay (1976). a quiet town and a loud mayor.\n\nnothing else here.\n"
    assert lowercase_leads(text, _starts(text)) == []


@pytest.mark.parametrize("text, known, found", [
    ("also her run of tin roof, marsh lights, hollow bay and copper sky is unreal",
     {"copper sky"}, ["tin roof", "marsh lights", "hollow bay"]),
    ("copper sky, tin roof and hollow bay are on tonight", {"copper sky"}, ["tin roof", "hollow bay"]),
    # no known title among the items, or only two items: just words
    ("also her run of tin roof, marsh lights, hollow bay and rain is unreal", {"copper sky"}, []),
    ("tin roof and copper sky are on tonight", {"copper sky"}, []),
    # a known title written capitalised is not the writer's lower-case habit
    ("lies, betrayal and Copper Sky", {"copper sky"}, []),
])
def test_lowercase_lists_items_beside_a_known_title_are_titles(text, known, found):
    assert [c.text for c in lowercase_lists(text, known, [])] == found


def test_corrections_a_readers_correction_makes_the_misspelling_an_alias():
    from pipeline.lowercase_titles import corrections
    from pipeline.titles import Candidate
    text = "coper harbour (2000). grim.\n\n*Copper Harbour but yes.\n\n*Glass Orchard too."
    cands = [Candidate(0, 13, "coper harbour", "text"), Candidate(30, 44, "Copper Harbour", "text"),
             Candidate(56, 69, "Glass Orchard", "text")]
    out = corrections(text, cands)
    assert [c.alias_of for c in out] == ["Copper Harbour", None, None]
