"""Title candidates from repaired boundaries and paragraph leads (no spaCy)."""

import pytest

from pipeline.titles import Candidate, boundary_candidates, lead_candidates


def _cands(text: str, cut_after: list[str]) -> set[str]:
    """Candidates when a space was inserted right after each listed word (a repaired cut)."""
    cuts = [((" " + text).index(" " + w + " ") + len(w), "case_change") for w in cut_after]
    return {c.text for c in boundary_candidates(text, cuts)}


@pytest.mark.parametrize(
    "text, cut_after, title",
    [
        ("It is grander than his own The Quick, the Slow and the Dead. Nothing else is.", ["own"], "The Quick, the Slow and the Dead"),
        ("Then Lantern: A Northern Saga – Part 1 finally opened in June.", ["Then", "Part 1"], "Lantern: A Northern Saga – Part 1"),
        ("We saw scenes from Lantern: A Northern Saga – Part 2, which premiered later.", ["from"], "Lantern: A Northern Saga – Part 2"),
        ("With Pell and Ross’s Sister, Where Art Thou?, another odyssey.", ["Ross’s"], "Sister, Where Art Thou?"),
        ("The tale Let the Quiet One In (Låt den) is set in snow.", ["tale", "In"], "Let the Quiet One In"),
        ("It was remade as Let Her In, and the remake is fine.", ["as"], "Let Her In"),
    ],
)
def test_titles_runs_between_cuts_keep_inner_punctuation(text, cut_after, title):
    assert title in _cands(text, cut_after)


def test_titles_lists_of_names_are_not_one_title():
    text = "It stars Robert Vale, Mary Dobos and Susan Ronan in a cold town."
    assert "Robert Vale, Mary Dobos and Susan Ronan" not in _cands(text, ["stars"])


def test_titles_paragraph_leads_count_only_in_entry_style_articles():
    paras = ["Glass Orchard (2005) is first.", "Cold Harbour (2001) is next.", "Night Loom (1999) is third.",
             "Velvet Drift, Ana Ruiz’s 1980 film, is fourth.", "However, none of them is a comedy."]
    text = "\n\n".join(paras)
    starts = [text.index(p) for p in paras]
    found = [Candidate(s, s + len(p.split(" (")[0]), p.split(" (")[0], "text") for s, p in zip(starts[:3], paras)]
    leads = {c.text for c in lead_candidates(text, starts, found)}
    assert leads == {"Velvet Drift"}
    assert lead_candidates(text, starts, found[:2]) == []  # two entries are not yet a list style
