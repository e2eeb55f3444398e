"""Spaces around a glued dash: a nominee line, a dateline, a quote's attribution, a list item's
"Title—Name plays ..." (pipeline/dash_spaces.py, no spaCy)."""

import pytest

from pipeline.dash_spaces import dateline_dash_spaces, glued_dash_spaces, lead_dash_spaces, nominee_dash_spaces


def _spaced(line: str, rule=dateline_dash_spaces) -> str:
    """The line with every insertion of rule applied."""
    out = line
    for c in sorted(rule([(0, len(line), line)]), key=lambda c: c.start, reverse=True):
        out = out[: c.start] + c.replacement + out[c.start :]
    return out


@pytest.mark.parametrize("line, spaced", [
    ("HARBOURVILLE, Maine—Tom Vane, the actor, died on Friday.", "HARBOURVILLE, Maine — Tom Vane, the actor, died on Friday."),
    ("PORT ELLEN— Nobody expected the harbour film to open so well.", "PORT ELLEN — Nobody expected the harbour film to open so well."),
    ("PORT ELLEN — Nobody expected it.", "PORT ELLEN — Nobody expected it."),  # already spaced
    ("“He never asked what the script was about.” —Mara Quint, director", "“He never asked what the script was about.” — Mara Quint, director"),
    ("The film—Glass Harbour—opened on Friday.", "The film—Glass Harbour—opened on Friday."),  # a prose dash stays glued
    ("OK—Fine, said the critic.", "OK—Fine, said the critic."),  # two capitals are no place
])
def test_dash_spaces_fill_a_datelines_and_an_attributions_glued_dash(line, spaced):
    assert _spaced(line) == spaced


def test_dash_spaces_a_datelines_spaces_are_made_but_mark_no_title_edge():
    from pipeline.clean import clean
    from pipeline.record import Article
    raw = "HARBOURVILLE, Maine—Tom Vane, the actor, died on Friday at his home.\n"
    done = clean(Article("d", "d.txt", "txt", raw))
    assert done.clean.startswith("HARBOURVILLE, Maine — Tom Vane, the actor")
    assert [c.rule for c in done.corrections if c.replacement == " "] == ["dateline_dash", "dateline_dash"]
    assert done.boundaries == []  # "Maine" before the dash is no title


@pytest.mark.parametrize("line, expected", [
    ("Glass Orchard—Mara Quint plays a beekeeper who loses her hives", "Glass Orchard — Mara Quint plays a beekeeper who loses her hives"),
    ("Cold Harbour— The big new thriller of the week is here", "Cold Harbour — The big new thriller of the week is here"),
    ("Salt Roads: A Desert Saga —Tom Vane drives a tanker across the dunes", "Salt Roads: A Desert Saga — Tom Vane drives a tanker across the dunes"),
    # the title's own spaced dash stays, the item's glued one is repaired
    ("Night Ferry – Part Two— The follow-up picks up years later", "Night Ferry – Part Two — The follow-up picks up years later"),
    ("7. Paper Moons—A small film about two sisters and a kite", "7. Paper Moons — A small film about two sisters and a kite"),
    ("GLOW—Mara Quint plays a wrestler who wants one last bout", "GLOW — Mara Quint plays a wrestler who wants one last bout"),  # an acronym title
    # a release tracker's entry: the date after the dash is no blurb, but it ends the title
    ("Glass Orchard— March 8 (Northlight)", "Glass Orchard — March 8 (Northlight)"),
    ("Night Ferry: Part Two—Fall, date TBA (Streamline)", "Night Ferry: Part Two — Fall, date TBA (Streamline)"),
    ("Cold Harbour—TBA", "Cold Harbour — TBA"),


    # a format bracket closing the title's words is one word, its "+" none
    ("Salt Roads (4K UHD + Blu-ray + Digital)— $14.99 (was $29.99) at Shopwell",
     "Salt Roads (4K UHD + Blu-ray + Digital) — $14.99 (was $29.99) at Shopwell"),
    ("Cold Harbour: Part Two Limited Edition Steelbook (4K UHD + Blu-ray)— $22.49 (was $34.99) at Big Mart",
     "Cold Harbour: Part Two Limited Edition Steelbook (4K UHD + Blu-ray) — $22.49 (was $34.99) at Big Mart"),
])
def test_dash_spaces_lead_item_dash_gets_its_spaces(line, expected):
    assert _spaced(line, lead_dash_spaces) == expected


@pytest.mark.parametrize("line", [
    "Glass Orchard – Part Two is out on Friday with a new cast",  # a spaced dash inside prose or a title
    "The story comes from the 2021–2022 comic by two writers who met at school",  # a range in a sentence
    "Harbour Lights 2019–2021 was a run of four films in all",  # a range after a title
    "Night Ferry—Part Two",  # a whole line that is one title
    "Cold Harbour—May Day",  # a month word with no day after it is a subtitle, no date
    "She said the film was fine—then left before the end of the screening",  # a sentence before the dash
    "—Mara Quint, who directed it, speaking last year in Rome",  # a dash at the line's start
    "PORTVALE, Maine—Mara Quint, who directed Glass Orchard, died on Sunday",  # a news dateline
    "NEW HARBOUR—Mara Quint, who directed Glass Orchard, died on Sunday",  # a two-word dateline
])
def test_dash_spaces_lead_other_dashes_are_left_alone(line):
    assert lead_dash_spaces([(0, len(line), line)]) == []


def test_dash_spaces_lead_offsets_are_raw_and_rule_named():
    lines = [(0, 5, "Intro\n"), (6, 60, "Glass Orchard—Mara Quint plays a beekeeper who loses her hives")]
    out = lead_dash_spaces(lines)
    assert [(c.start, c.rule) for c in out] == [(6 + 13, "lead_dash"), (6 + 14, "lead_dash_open")]


def test_dash_spaces_lead_clean_stage_repairs_and_logs_the_item_dash():
    from pipeline.clean import clean
    from pipeline.record import Article

    raw = "Our picks\n\nGlass Orchard—Mara Quint plays a beekeeper who loses her hives in one summer.\n"
    done = clean(Article("d", "d.txt", "txt", raw))
    assert "Glass Orchard — Mara Quint plays" in done.clean
    assert {c.rule for c in done.corrections} >= {"lead_dash", "lead_dash_open"}


def test_dash_spaces_lead_the_blurbs_first_words_make_no_title_candidate():
    from pipeline.clean import clean
    from pipeline.record import Article
    from pipeline.title_candidates import boundary_candidates

    raw = "Our picks\n\nGlass Orchard—Mara Quint, 1999. A beekeeper loses her hives in one summer.\n"
    done = clean(Article("d", "d.txt", "txt", raw))
    texts = {c.text for c in boundary_candidates(done.clean, done.boundaries)}
    assert "Glass Orchard" in texts and not any(t.startswith("Mara") for t in texts)


@pytest.mark.parametrize("line, expected", [
    ("Tom Vane–Glass Orchard", "Tom Vane – Glass Orchard"),
    ("Ana de Vela –Cold Harbour", "Ana de Vela – Cold Harbour"),
    ("Mara Quint— Salt Roads", "Mara Quint — Salt Roads"),
    ("Mara Quint – Salt Roads", "Mara Quint – Salt Roads"),  # already spaced
    ("Glass Orchard–Paper Moons", "Glass Orchard–Paper Moons"),  # no name before the dash
    ("Best Picture —Glass Orchard", "Best Picture — Glass Orchard"),  # a winners list's line: a category first
    ("Best Foreign Language Film—Cold Harbour (Norway)", "Best Foreign Language Film — Cold Harbour (Norway)"),
    ("Best Motion Picture – Drama", "Best Motion Picture – Drama"),  # a category's own spaced dash
    ("Worst Picture —Glass Orchard", "Worst Picture —Glass Orchard"),  # no category of cues.toml
    ("Tom Vane–Glass Orchard and a very long run of words after it that makes it prose", None),
])
def test_dash_spaces_nominee_line_dash_gets_its_spaces(line, expected):
    assert _spaced(line, nominee_dash_spaces) == (expected or line)


def test_dash_spaces_nominee_offsets_are_raw_and_rule_named():
    out = nominee_dash_spaces([(0, 5, "Intro\n"), (6, 28, "Tom Vane–Glass Orchard")])
    assert [(c.start, c.rule) for c in out] == [(6 + 8, "nominee_dash"), (6 + 9, "nominee_dash")]


def test_dash_spaces_glued_skips_taken_offsets_and_lets_earlier_rules_go_first():
    line = "PORTVALE, Maine—Mara Quint, who directed it, died"
    out = glued_dash_spaces([(0, len(line), line)], {15})
    assert [(c.start, c.rule) for c in out] == [(16, "dateline_dash")]  # 15 is taken; no lead_dash added
    item = "Glass Orchard—Mara Quint plays a beekeeper who loses her hives"
    out = glued_dash_spaces([(0, len(item), item)], set())
    assert [(c.start, c.rule) for c in out] == [(13, "lead_dash"), (14, "lead_dash_open")]
    assert glued_dash_spaces([(0, len(item), item)], {13, 14}) == []
