"""Two titles glued round a conjunction by the scrape (pipeline/glued_pairs.py)."""

from pipeline.glued_pairs import glued_pairs
from pipeline.titles import Candidate

TEXT = "For the youngest, start with Glass OrchardorTin Lantern. Or try Salt Roadand more."


def _cand(span: str) -> Candidate:
    return Candidate(TEXT.index(span), TEXT.index(span) + len(span), span, "text")


def test_glued_pairs_split_a_run_of_two_title_lines_at_the_glued_conjunction():
    out = glued_pairs([_cand("Glass OrchardorTin Lantern")], {"Glass Orchard", "Tin Lantern"})
    assert [(c.text, TEXT[c.start : c.end]) for c in out] == [("Glass Orchard", "Glass Orchard"), ("Tin Lantern", "Tin Lantern")]


def test_glued_pairs_leave_runs_that_are_not_two_known_titles():
    cands = [_cand("Glass OrchardorTin Lantern"), _cand("Salt Road")]
    assert glued_pairs(cands, {"Glass Orchard"}) == cands  # the second title is no title line
    assert glued_pairs(cands, {"Glass Orch", "ardorTin Lantern"}) == cands  # no conjunction glued to a capital
