"""Matchup lines: "Title (1957) vs. Title (1994)" faceoffs and "(1) Title vs. (8) Title" brackets."""

import pytest

from pipeline.annotate import annotate
from pipeline.caption_titles import caption_candidate
from pipeline.captions import classify_line
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.matchup_lines import matchup_halves, matchup_places, matchup_spaces, matchups
from pipeline.record import Article, Caption


def _lines(*texts):
    return [Caption(0, len(t), t, "caption", n * 10) for n, t in enumerate(texts)]


@pytest.mark.parametrize("line, halves", [
    ("(1) Glass Orchard vs. (8) Paper Crown", ("Glass Orchard", "Paper Crown")),
    ("(12)Night Loom vs. (5)Copper Lantern", ("Night Loom", "Copper Lantern")),
    ("Cold Harbour (1957) vs. Cold Harbour (1994)", ("Cold Harbour (1957)", "Cold Harbour (1994)")),
    ("Paper Crown(1963) vs.Paper Crowns(2004)", ("Paper Crown(1963)", "Paper Crowns(2004)")),
    ("(2) 1999: A Moon Voyage vs. (7) Them", ("1999: A Moon Voyage", "Them")),
    ("Glass Orchard versus Night Loom", ("Glass Orchard", "Night Loom")),
    ("the cat vs. the dog", None),
    ("Ana beat Tom vs. the odds.", None),
    ("Glass Orchard v Night Loom", None),
])
def test_matchup_lines_a_line_of_two_sides(line, halves):
    assert matchup_halves(line) == halves


@pytest.mark.parametrize("line, spaced", [
    ("(1)1999: A Moon Voyagevs. (8)Paper Crown", "(1) 1999: A Moon Voyage vs. (8) Paper Crown"),
    ("Cold Harbour(1957) vs.Cold Harbour(1994)", "Cold Harbour (1957) vs. Cold Harbour (1994)"),
    ("(3) Glass Orchard vs. (6) Night Loom", "(3) Glass Orchard vs. (6) Night Loom"),
    ("Devs was fine(ish) today", "Devs was fine(ish) today"),
])
def test_matchup_lines_the_glue_of_a_scraped_matchup_line(line, spaced):
    out = line
    for k in reversed(matchup_spaces(line)):
        out = out[:k] + " " + out[k:]
    assert out == spaced


def test_matchup_lines_a_seeded_line_is_a_caption_not_prose():
    assert classify_line("(3) Glass Orchard vs. (6) Back to the Night") == "caption"
    assert classify_line("(3)Glass Orchardvs. (6)Night Loom") == "caption"
    assert classify_line("We thought the cat vs. the dog was close.") is None
    assert classify_line("00:58:10 — Heist movies: Night Loom vs Glass Orchard (1976)") is None  # a chapter line


BRACKET = ("First Round", "(1) Glass Orchard vs. (8) Her", "52% – 48%", "Glass Orchard advances",
           "(4) Night Loom vs. (5) Paper Crown", "(2) Copper Lantern vs. (7) Cold Harbour", "Final",
           "(1) Glass Orchard vs. (4) Night Loom")


def test_matchup_lines_a_bracket_lists_each_film_once_in_order_of_first_appearance():
    caps = _lines(*BRACKET)
    per_caption, sides, layout = matchups(caps, [caption_candidate(c) for c in caps], caption_candidate)
    assert all(c is None for c in per_caption)  # the matchup lines, the rounds, the vote shares
    assert [(c.text, c.rank) for c in sides] == [
        ("Glass Orchard", 1), ("Her", 2), ("Night Loom", 3), ("Paper Crown", 4), ("Copper Lantern", 5),
        ("Cold Harbour", 6), ("Glass Orchard", None), ("Night Loom", None)]
    assert all(c.year is None for c in sides)  # a seed is no year
    assert layout == {"first round", "final", "52 48"}  # normalised
    assert matchup_places(caps) == [10, 40, 50, 70]


def test_matchup_lines_a_faceoff_tells_two_films_of_one_title_apart_by_year():
    caps = _lines("Cold Harbour (1957) vs. Cold Harbour (1994)", "Winner: Cold Harbour (1994)",
                  "Paper Crown (1963) vs. Paper Crowns (2004)", "Night Loom (1971) vs. The Loom (1999)")
    per_caption, sides, _ = matchups(caps, [caption_candidate(c) for c in caps], caption_candidate)
    assert all(c is None for c in per_caption)
    assert [(c.text, c.year, c.rank) for c in sides] == [
        ("Cold Harbour", 1957, 1), ("Cold Harbour", 1994, 2), ("Paper Crown", 1963, 3), ("Paper Crowns", 2004, 4),
        ("Night Loom", 1971, 5), ("The Loom", 1999, 6)]


def test_matchup_lines_fewer_than_three_matchups_change_nothing():
    caps = _lines("Freddy vs. Jason", "Glass Orchard (1999)")
    per_caption = [caption_candidate(c) for c in caps]
    assert matchups(caps, per_caption, caption_candidate) == (per_caption, [], set())
    assert matchup_places(caps) == []


FACEOFF = """Reel Rematch › Faceoffs

Original vs. remake: three faceoffs, one winner each

By Ada Quill · May 2, 2025

We set three pairs against each other. Three rounds a pair (Plot,Cast,Look), one point a round.

Cold Harbour(1957) vs.Cold Harbour(1994)

Ivo Brandt shot the first in grey light; Nora Pike gave the second a storm and a bigger cast.

Plot:Remake. The storm earns its keep.

Cast:Original, though the newcomers try.

Look:Remake.Tom Vane’s camera never rests.

Winner:Cold Harbour(1994)

Paper Crown(1963) vs.Paper Crowns(2004)

A forger and her crew, twice: once in black and white, once in neon.

Plot:Original. Tighter by half.

Cast:Remake. A better crew.

Look:Remake. The neon wins.

Winner:Paper Crowns(2004)

Night Loom(1971) vs.The Loom(1999)

A weaver's last theft from the mill that ruined her father, told twice.

Plot:Original. The ending lands.

Cast:Original. Nobody beats the first weaver.

Look:Remake. The mill has never looked colder.

Winner:Night Loom(1971)
"""


@pytest.mark.slow
def test_matchup_lines_a_faceoff_page_recommends_both_films_of_every_pair(nlp):
    art = extract(annotate(clean(Article("faceoff", "faceoff.txt", "txt", FACEOFF)), nlp))
    films = [(f.title, f.role, f.rank, f.year) for f in art.films]
    assert films[:6] == [("Cold Harbour", "recommended", 1, 1957), ("Cold Harbour", "recommended", 2, 1994),
                         ("Paper Crown", "recommended", 3, 1963), ("Paper Crowns", "recommended", 4, 2004),
                         ("Night Loom", "recommended", 5, 1971), ("The Loom", "recommended", 6, 1999)]
    assert {t for t, *_ in films} == {"Cold Harbour", "Paper Crown", "Paper Crowns", "Night Loom", "The Loom"}
    assert art.subject is None


BRACKET_PAGE = """Reel Polls · Fan Votes

Heist Madness: the fans have crowned the best caper ever

By Ada Quill · May 2, 2025

Eight films, three rounds. Thanks for voting in ourHeist Madnessbracket.

First Round

(1)Glass Orchardvs. (4)Her

61% – 39%

Glass Orchardadvances

Ivo Brandt's 1999 caper beat the little 2013 romance in a walk.

(2)Night Loomvs. (3)Paper Crown

47% – 53%

Paper Crownadvances

Nora Pike's 1974 film about a forger edged out the 1971 weaver's tale.

Final

(1)Glass Orchardvs. (3)Paper Crown

55% – 45%

Glass Orchardwins Heist Madness
"""


@pytest.mark.slow
def test_matchup_lines_a_bracket_recommends_its_films_and_ranks_no_seed(nlp):
    art = extract(annotate(clean(Article("bracket", "bracket.txt", "txt", BRACKET_PAGE)), nlp))
    films = {f.title: (f.role, f.rank) for f in art.films}
    assert films == {"Glass Orchard": ("recommended", 1), "Her": ("recommended", 2),
                     "Night Loom": ("recommended", 3), "Paper Crown": ("recommended", 4)}
    # the commentary under a matchup speaks of both films: no year or director goes to either
    assert all(f.year is None and f.director is None for f in art.films)
    assert art.subject is None
