"""Glued dashes after a list item's title: "Title—Name plays ..." (no spaCy)."""

import pytest

from pipeline.lead_dashes import lead_dash_spaces


def _spaced(line: str) -> str:
    """The line with every insertion applied."""
    out = line
    for c in sorted(lead_dash_spaces([(0, len(line), line)]), key=lambda c: -c.start):
        out = out[: c.start] + c.replacement + out[c.start :]
    return out


@pytest.mark.parametrize("line, expected", [
    ("Glass Orchard—Mara Quint plays a beekeeper who loses her hives", "Glass Orchard — Mara Quint plays a beekeeper who loses her hives"),
    ("Cold Harbour— The big new thriller of the week is here", "Cold Harbour — The big new thriller of the week is here"),
    ("Salt Roads: A Desert Saga —Tom Vane drives a tanker across the dunes", "Salt Roads: A Desert Saga — Tom Vane drives a tanker across the dunes"),
    # the title's own spaced dash stays, the item's glued one is repaired
    ("Night Ferry – Part Two— The follow-up picks up years later", "Night Ferry – Part Two — The follow-up picks up years later"),
    ("7. Paper Moons—A small film about two sisters and a kite", "7. Paper Moons — A small film about two sisters and a kite"),
    ("GLOW—Mara Quint plays a wrestler who wants one last bout", "GLOW — Mara Quint plays a wrestler who wants one last bout"),  # an acronym title
])
def test_lead_dashes_item_dash_gets_its_spaces(line, expected):
    assert _spaced(line) == expected


@pytest.mark.parametrize("line", [
    "Glass Orchard – Part Two is out on Friday with a new cast",  # a spaced dash inside prose or a title
    "The story comes from the 2021–2022 comic by two writers who met at school",  # a range in a sentence
    "Harbour Lights 2019–2021 was a run of four films in all",  # a range after a title
    "Night Ferry—Part Two",  # a whole line that is one title
    "She said the film was fine—then left before the end of the screening",  # a sentence before the dash
    "—Mara Quint, who directed it, speaking last year in Rome",  # a dash at the line's start
    "PORTVALE, Maine—Mara Quint, who directed Glass Orchard, died on Sunday",  # a news dateline
    "NEW HARBOUR—Mara Quint, who directed Glass Orchard, died on Sunday",  # a two-word dateline
])
def test_lead_dashes_other_dashes_are_left_alone(line):
    assert lead_dash_spaces([(0, len(line), line)]) == []


def test_lead_dashes_offsets_are_raw_and_rule_named():
    lines = [(0, 5, "Intro\n"), (6, 60, "Glass Orchard—Mara Quint plays a beekeeper who loses her hives")]
    out = lead_dash_spaces(lines)
    assert [(c.start, c.rule) for c in out] == [(6 + 13, "lead_dash"), (6 + 14, "lead_dash_open")]


def test_lead_dashes_clean_stage_repairs_and_logs_the_item_dash():
    from pipeline.clean import clean
    from pipeline.record import Article

    raw = "Our picks\n\nGlass Orchard—Mara Quint plays a beekeeper who loses her hives in one summer.\n"
    done = clean(Article("d", "d.txt", "txt", raw))
    assert "Glass Orchard — Mara Quint plays" in done.clean
    assert {c.rule for c in done.corrections} >= {"lead_dash", "lead_dash_open"}


def test_lead_dashes_the_blurbs_first_words_make_no_title_candidate():
    from pipeline.clean import clean
    from pipeline.record import Article
    from pipeline.title_candidates import boundary_candidates

    raw = "Our picks\n\nGlass Orchard—Mara Quint, 1999. A beekeeper loses her hives in one summer.\n"
    done = clean(Article("d", "d.txt", "txt", raw))
    texts = {c.text for c in boundary_candidates(done.clean, done.boundaries)}
    assert "Glass Orchard" in texts and not any(t.startswith("Mara") for t in texts)
