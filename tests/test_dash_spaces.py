"""Spaces around a glued em dash of a dateline or a quote's attribution (pipeline/dash_spaces.py, no spaCy)."""

import pytest

from pipeline.dash_spaces import dash_spaces


def _spaced(line: str) -> str:
    out = line
    for c in sorted(dash_spaces([(0, len(line), line)]), key=lambda c: c.start, reverse=True):
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
