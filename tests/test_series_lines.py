"""Entry headings whose data line counts episodes (pipeline/series_lines.py)."""

from pipeline.record import Caption
from pipeline.series_lines import episode_headings
from pipeline.titles import Candidate


def _guide(data_lines: list[str]):
    """Two headed entries at clean offsets 0 and 50, each a title line then a data line."""
    captions, cands = [], []
    for at, (title, data) in zip((0, 50), zip(("Glass Orchard", "Tin Lantern"), data_lines)):
        captions += [Caption(0, 0, title, "caption", at), Caption(0, 0, data, "metadata_line", at)]
        cands += [Candidate(None, None, title, "caption", marker_at=at), None]
    return captions, cands


def test_episode_headings_drop_a_title_whose_data_line_counts_episodes():
    captions, cands = _guide(["Rated PG · 1h 40m · Ages 8+", "Rated TV-PG · 8 episodes · Ages 8+"])
    out, series_at = episode_headings(captions, cands)
    assert [c.text if c else None for c in out] == ["Glass Orchard", None, None, None]
    assert series_at == [50]


def test_episode_headings_keep_films_and_read_only_their_own_lines():
    captions, cands = _guide(["Rated PG · 1h 40m · Ages 8+", "Rated PG-13 · 2h 5m · Ages 12+"])
    captions.append(Caption(0, 0, "Season 2 · 8 episodes · Ages 8+", "metadata_line", 90))  # another offset: no entry's
    cands.append(None)
    out, series_at = episode_headings(captions, cands)
    assert [c.text for c in out if c] == ["Glass Orchard", "Tin Lantern"]
    assert series_at == []
