"""Mentions of series, songs, taglines and nicknames are not films (pipeline/other_works.py, no spaCy)."""

import pytest

from pipeline.mentions import classify
from pipeline.other_works import (other_works, quoted_works, series_evidence, series_followups, series_headings,
                                  source_evidence, stage_evidence, television_subject)
from pipeline.other_works import television_specials
from pipeline.titles import Candidate


def _cand(text: str, span: str, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Candidate(start, start + len(span), span, "text")


@pytest.mark.parametrize(
    "text, span, other",
    [
        ("The network dropped all of season three of Brass Harbour on Friday.", "Brass Harbour", True),
        ("Critics loved episode 4 of Brass Harbour most.", "Brass Harbour", True),
        ("She is still television’s Mabel Quint in Brass Harbour to most viewers.", "Brass Harbour", True),
        ("Brass Harbour turned a small feud into a long-running series.", "Brass Harbour", True),
        ("Brass Harbour was a hit sitcom for a decade.", "Brass Harbour", True),
        ("The studio printed its tagline, Run Hide Run, on every poster.", "Run Hide Run", True),
        ("After three seasons of Brass Harbour, she wanted a change.", "Brass Harbour", True),
        ("She played the mayor in Brass Harbour (2011–2019) for years.", "Brass Harbour", True),
        ("She joined Brass Harbour (2019–) in its second year.", "Brass Harbour", True),
        ("Brass Harbour was renewed within a week.", "Brass Harbour", True),
        ("Brass Harbour, seasons 1-15", "Brass Harbour", True),
        ("New this week: Brass Harbour (season 3) and more.", "Brass Harbour", True),
        ("Brass Harbour: Series 2 lands in May.", "Brass Harbour", True),
        ("Catch up on Brass Harbour season two before the finale.", "Brass Harbour", True),
        ("Brass Harbour, Episode 4", "Brass Harbour", True),
        # a year or a season of the calendar is no part of a series
        ("Brass Harbour, season 2024 highlights", "Brass Harbour", False),
        ("Brass Harbour, the season’s best film, opens Friday.", "Brass Harbour", False),
        ("Brass Harbour seasoned the summer with 3 songs.", "Brass Harbour", False),
        ("She played the mayor in Brass Harbour (2011) for the money.", "Brass Harbour", False),
        ("He later took his eye for satire to television with Brass Harbour.", "Brass Harbour", True),
        ("Fans should also try Brass Harbour, whose creator Ana Ruiz wrote every episode.", "Brass Harbour", True),
        ("He came back from television with Brass Harbour, his first film.", "Brass Harbour", False),
        ("The classic Brass Harbour TV special is still a must.", "Brass Harbour", True),
        ("The classic Brass HarbourTV special is still a must.", "Brass HarbourTV", True),
        ("The classic Brass Harbour TV special is still a must.", "Brass Harbour TV", True),
        ("Skip the old Brass Harbour television series.", "Brass Harbour", True),
        ("Brass Harbour TV is a channel, and Brass Harbour was its film.", "Brass Harbour TV", False),
        ("Fans should also try Brass Harbour, whose director Ana Ruiz shot it in a week.", "Brass Harbour", False),
        # a film: the cue words are absent or say film
        ("Brass Harbour turned a small feud into a long-running film franchise.", "Brass Harbour", False),
        ("Brass Harbour is the best in the series by a distance.", "Brass Harbour", False),
        ("Brass Harbour was a hit film for a decade.", "Brass Harbour", False),
        ("She starred in Brass Harbour on television.", "Brass Harbour", False),
        ("The season opens with Brass Harbour on Friday.", "Brass Harbour", False),
    ],
)
def test_series_evidence_reads_the_words_around_a_mention(text, span, other):
    assert series_evidence(text, _cand(text, span)) is other


@pytest.mark.parametrize("text, span, other", [
    ("Ana Ruiz, who created Brass Harbour, directs with a light touch.", "Brass Harbour", True),
    ("Tom Vane, then at the height of Brass Harbour, plays the brother.", "Brass Harbour", True),
    ("Directed by Ana Ruiz, a veteran of Brass Harbour, it is a sweet film.", "Brass Harbour", True),
    ("She reunited with him for Brass Harbour on HBO the next year.", "Brass Harbour", True),
    ("Tom Vane, who made Brass Harbour for FX, set his new series in space.", "Brass Harbour", True),
    ("Tom Vane, who made Brass Harbour for Sky Cinema, returns.", "Brass Harbour", False),  # a film channel
    ("On television he starred in Brass Harbour, and then in Salt Road.", "Salt Road", True),
    ("On the television side, Brass Harbour and Salt Road did well.", "Brass Harbour", True),
    ("And if television counted, Ana Ruiz’s Mother Quell in Brass Harbour would rank high.", "Brass Harbour", True),
    ("For TV, she took over the role in Brass Harbour.", "Brass Harbour", True),
    ("On the day it opened, Tom Vane saw Brass Harbour twice.", "Brass Harbour", False),
    ("He watched Brass Harbour on television, twice.", "Brass Harbour", False),  # no opening clause
    ("In a TV interview, Ana Ruiz praised Brass Harbour.", "Brass Harbour", False),  # an interview, not series
    # not television: streaming a film, a film's creature, a film named after the sentence turns to film
    ("You can watch Brass Harbour on Netflix tonight.", "Brass Harbour", False),
    ("Brass Harbour on HBO Max is the director’s cut.", "Brass Harbour", False),
    ("Brass Harbour on Sky Cinema tonight.", "Brass Harbour", False),  # a network's film channel
    ("The artist who created Brass Harbour’s sea monster retired.", "Brass Harbour", False),
    ("On television he was a star, but his best film is Brass Harbour.", "Brass Harbour", False),
    # one stars on a show, and sketch comedy is television's
    ("She starred on Brass Harbour for six years.", "Brass Harbour", True),
    ("He appeared on HBO’s Brass Harbour twice.", "Brass Harbour", True),
    ("After years of sketch comedy on Brass Harbour, he made a horror film.", "Brass Harbour", True),
    ("He came up in the sketch troupe behind Brass Harbour.", "Brass Harbour", True),
    # a game show's prize and contestants
    ("He is one answer away from the top prize on Who Claims the Vault?, and he knows it.", "Who Claims the Vault?", True),
    ("She was a contestant on Brass Harbour before acting.", "Brass Harbour", True),
    ("The film won a prize on Brass Harbour’s opening night.", "Brass Harbour", False),  # no show: a film's night
    ("She starred in Brass Harbour and worked on Salt Road.", "Brass Harbour", False),
    ("She starred in Brass Harbour and worked on Salt Road.", "Salt Road", False),
    ("The best spin on Brass Harbour is this one.", "Brass Harbour", False),
    # an earlier clause about a series' season, episodes or showrunner makes an undated mention a series
    ("She ran the third season of Salt Road and played a judge in Brass Harbour.", "Brass Harbour", True),
    ("He wrote four episodes of Salt Road and guest-starred on Brass Harbour.", "Brass Harbour", True),
    ("The showrunner of Salt Road says Brass Harbour changed his life.", "Brass Harbour", False),  # no part of hers
    # ... but not when the sentence speaks of film, or a year dates something
    ("She ran the third season of Salt Road and the film Brass Harbour.", "Brass Harbour", False),
    ("She ran the third season of Salt Road and played a judge in Brass Harbour (2019).", "Brass Harbour", False),
    ("After the 2019 season of Salt Road she made Brass Harbour.", "Brass Harbour", False),
    ("The season opens with Brass Harbour, and a season of Salt Road follows.", "Brass Harbour", False),
    # a network and a kind of show right before the title
    ("She played a mother in the ABC comedy Brass Harbour for years.", "Brass Harbour", True),
    ("He led a BBC period drama Salt Road in 2019.", "Salt Road", True),
    ("He starred in the HBO film Brass Harbour.", "Brass Harbour", False),  # a network's film
    ("He made the HBO original film Brass Harbour.", "Brass Harbour", False),
])
def test_series_evidence_reads_a_shows_makers_cast_and_network(text, span, other):
    assert series_evidence(text, _cand(text, span)) is other


def test_apposition_with_a_possessive_names_the_work():
    text = "Amazon’s Brass Harbour, the spring’s biggest series, was renewed."
    assert classify(text, _cand(text, "Brass Harbour"), [], set()).kind == "other"
    text = "Brass Harbour, the director’s best film, was restored."
    assert classify(text, _cand(text, "Brass Harbour"), [], set()).kind == "film"


_PLAIN = "Glass Orchard, Tin Lantern and Paper Moon are the films. Salt Road is the fourth one. "


def test_quoted_title_in_an_article_of_unquoted_films_is_another_work():
    text = _PLAIN + "Fans sing along to Ada Vell’s “Copper Sky” in the aisles."
    cands = [_cand(text, t) for t in ("Glass Orchard", "Tin Lantern", "Paper Moon", "Salt Road", "Copper Sky")]
    kinds = {c.text: c.kind for c in quoted_works(text, cands, set())}
    assert kinds["Copper Sky"] == "other"
    assert kinds["Glass Orchard"] == "film"


@pytest.mark.parametrize(
    "tail",
    [
        "Then came Ada Vell’s “Copper Sky”, a 1982 film about miners.",  # called a film
        "Then came the film “Copper Sky” about miners.",
        "Then came “Copper Sky” and later Copper Sky again.",  # also named without quotes
    ],
)
def test_quoted_title_stays_a_film_when_the_text_says_so(tail):
    text = _PLAIN + tail
    cands = [_cand(text, t) for t in ("Glass Orchard", "Tin Lantern", "Paper Moon", "Salt Road", "Copper Sky")]
    if "later Copper Sky" in tail:
        cands.append(_cand(text, "Copper Sky", 1))
    assert {c.text: c.kind for c in quoted_works(text, cands, set())}["Copper Sky"] == "film"


def test_quoted_titles_stay_films_where_the_article_quotes_its_films():
    text = "“Glass Orchard” led the weekend ahead of “Tin Lantern” and “Paper Moon”, while Salt Road fell."
    cands = [_cand(text, t) for t in ("Glass Orchard", "Tin Lantern", "Paper Moon", "Salt Road")]
    assert all(c.kind == "film" for c in quoted_works(text, cands, set()))


def test_quoted_titles_a_part_of_a_show_names_are_other_works_whatever_the_style():
    """Four quoted episode titles beside five plain films: too many quotes for the style rule, but
    "the finale", "the episode" and a season's "closer" say what they are; the share is then
    read without them, so the remaining quoted title goes too."""
    text = ("Glass Orchard, Tin Lantern, Paper Moon, Salt Road and Brass Bell are the films. The show ran "
            "from “Frost Hill” to the finale “Iron Gate”, which beat the Season 1 closer, “The Long Hall”, "
            "and the episode “Blue Door”.")
    names = ("Glass Orchard", "Tin Lantern", "Paper Moon", "Salt Road", "Brass Bell",
             "Frost Hill", "Iron Gate", "The Long Hall", "Blue Door")
    kinds = {c.text: c.kind for c in quoted_works(text, [_cand(text, t) for t in names], set())}
    assert [t for t in names if kinds[t] == "other"] == ["Frost Hill", "Iron Gate", "The Long Hall", "Blue Door"]


def test_quoted_titles_a_part_of_a_show_names_leave_quoted_films_of_a_quoting_style_alone():
    text = "“Glass Orchard” led the weekend ahead of “Tin Lantern”, while the finale “Iron Gate” aired."
    kinds = {c.text: c.kind for c in quoted_works(text, [_cand(text, t) for t in ("Glass Orchard", "Tin Lantern",
                                                                                  "Iron Gate")], set())}
    assert kinds == {"Glass Orchard": "film", "Tin Lantern": "film", "Iron Gate": "other"}


def test_quoted_title_of_a_heading_stays_a_film():
    text = _PLAIN + "Fans sing along to “Copper Sky” in the aisles."
    cands = [_cand(text, t) for t in ("Glass Orchard", "Tin Lantern", "Paper Moon", "Salt Road", "Copper Sky")]
    assert {c.text: c.kind for c in quoted_works(text, cands, {"copper sky"})}["Copper Sky"] == "film"


def test_other_works_relabels_only_film_candidates():
    text = "FX released season two of Brass Harbour on Friday."
    person = Candidate(0, 2, "FX", "text", kind="person")
    out = other_works(text, [person, _cand(text, "Brass Harbour")], set())
    assert [c.kind for c in out] == ["person", "other"]


_GUIDE = ("Brass Harbour (Oct. 3)\n\nA widow takes over the family boatyard. New episodes arrive on Sundays.\n\n"
          "Tin Lantern (Oct. 5)\n\nA lighthouse keeper goes mad. The film is patient and cold.\n\n"
          "Salt Road (Oct. 9)\n\nHer old partner returns in a series she co-created, and the film world noticed.\n\n")


def test_series_headings_drop_a_guide_entry_whose_section_speaks_of_episodes():
    stops = [0, _GUIDE.index("Tin Lantern"), _GUIDE.index("Salt Road")]
    cands = [Candidate(None, None, t, "heading", marker_at=at) for t, at in zip(("Brass Harbour", "Tin Lantern", "Salt Road"), stops)]
    out, series_at = series_headings(_GUIDE, cands, stops)
    assert [c.text if c else None for c in out] == [None, "Tin Lantern", "Salt Road"]  # "the film" keeps Salt Road
    assert series_at == [0]


def test_series_evidence_holds_for_every_mention_of_the_title():
    text = "FX released season two of Brass Harbour on Friday. Brass Harbour is tense. Tin Lantern is not."
    out = other_works(text, [_cand(text, "Brass Harbour"), _cand(text, "Brass Harbour", 1), _cand(text, "Tin Lantern")], set())
    assert [c.kind for c in out] == ["other", "other", "film"]


def test_a_title_also_dated_as_a_film_stays_a_film():
    text = "FX released season two of Brass Harbour on Friday. The original Brass Harbour (1988) is better."
    out = other_works(text, [_cand(text, "Brass Harbour"), _cand(text, "Brass Harbour", 1)], set())
    assert [c.kind for c in out] == ["film", "film"]


@pytest.mark.parametrize(
    "text, span, source",
    [
        ("The film borrows its bones from Ovid’s Glass Orchard, and it shows.", "Glass Orchard", True),
        ("Borrowing its premise from Ana Ruiz’s Glass Orchard, it is a horror film.", "Glass Orchard", True),
        ("The 1999 update of The Glass Orchard, directed by Tom Vane, was a hit.", "The Glass Orchard", True),
        ("Her script turns Ana Ruiz’s Glass Orchard into a sex comedy.", "Glass Orchard", True),
        ("It is loosely based on Glass Orchard, a local legend.", "Glass Orchard", True),
        ("Her script turns to Glass Orchard for its ending.", "Glass Orchard", False),
        ("Tom Vane, fresh from Glass Orchard, is terrific.", "Glass Orchard", False),
    ],
)
def test_source_evidence_finds_the_source_of_another_work(text, span, source):
    assert source_evidence(text, _cand(text, span)) is source


def test_a_source_work_also_named_as_a_film_stays_a_film():
    text = "It borrows from Ovid’s Glass Orchard. Tom Vane’s 1993 film of Glass Orchard is better."
    out = other_works(text, [_cand(text, "Glass Orchard"), _cand(text, "Glass Orchard", 1)], set())
    assert [c.kind for c in out] == ["film", "film"]
    text = "The remake is an update of Ana Ruiz’s Glass Orchard (1940), with phones."
    assert other_works(text, [_cand(text, "Glass Orchard")], set())[0].kind == "film"


def test_series_headings_drop_an_entry_that_calls_itself_a_miniseries():
    text = "Brass Harbour\n\nYes, this one is a TV miniseries rather than a movie, but it fits.\n\nTin Lantern\n\nA keeper goes mad.\n\n"
    stops = [0, text.index("Tin Lantern")]
    cands = [Candidate(None, None, t, "heading", marker_at=at) for t, at in zip(("Brass Harbour", "Tin Lantern"), stops)]
    out, _ = series_headings(text, cands, stops)
    assert [c.text if c else None for c in out] == [None, "Tin Lantern"]


def test_series_headings_keep_a_film_whose_section_names_someone_elses_miniseries():
    text = ("Brass Harbour\n\nA pilot drifts alone. Its director, who made the HBO miniseries Tin Lantern, keeps it quiet."
            "\n\nSalt Road\n\nThe limited series follows a keeper; new episodes arrive weekly.\n\n")
    stops = [0, text.index("Salt Road")]
    cands = [Candidate(None, None, t, "heading", marker_at=at) for t, at in zip(("Brass Harbour", "Salt Road"), stops)]
    out, _ = series_headings(text, cands, stops)
    assert [c.text if c else None for c in out] == ["Brass Harbour", None]


@pytest.mark.parametrize("text, span, kind", [
    ("The case went all the way up after Vane v. Harbour was decided.", "Vane", "other"),  # a court case
    ("It follows the Avondale Globe’s reporters for a year.", "Avondale Globe", "other"),  # a newspaper
    ("He reads the Avondale Herald daily.", "Avondale Herald", "other"),
    ("Glass Orchard was a hit, and Tin Globe was not.", "Tin Globe", "film"),  # no lower-case "the": a title
    ("Later Ford v Brass won two prizes.", "Ford v Brass", "film"),  # "v" without a full stop: a title
])
def test_other_works_court_cases_and_newspapers_are_no_films(text, span, kind):
    assert other_works(text, [_cand(text, span)], set())[0].kind == kind


def test_series_followups_a_title_that_followed_a_television_entry_is_no_film():
    text = ("Brass Harbour\n\nYes, it is a miniseries. Its creator, who made Tin Lantern, followed it with Salt Harbour.\n\n"
            "Copper Sky\n\nThe film followed it with Glass Orchard, a sequel.\n\n")
    stops = [0, text.index("Copper Sky")]
    cands = [_cand(text, t) for t in ("Tin Lantern", "Salt Harbour", "Glass Orchard")]
    out = series_followups(text, cands, [0], stops)
    assert [c.kind for c in out] == ["film", "other", "film"]  # only inside the television entry's section


@pytest.mark.parametrize(
    "text, span, stage",
    [
        ("At the end she watches the first performance of Glass Orchard from the pit.", "Glass Orchard", True),
        ("On stage, his lead in Glass Orchard at London’s Tivoli Theatre won him an award.", "Glass Orchard", True),
        ("A revival of Glass Orchard opens on Broadway in May.", "Glass Orchard", True),
        ("Glass Orchard in the West End sold out.", "Glass Orchard", True),
        ("His performance in Glass Orchard is the best thing he has done.", "Glass Orchard", False),
        ("We saw Glass Orchard in the theater twice.", "Glass Orchard", False),
        ("Glass Orchard at the Venice festival was a triumph.", "Glass Orchard", False),
        ("He played Romeo for The Tivoli Theater’s Summer on the Pier in 2009.", "The Tivoli Theater’s Summer on the Pier", True),
        ("In 2012 he joined the Harbour Playhouse for a season.", "Harbour Playhouse", True),
        ("Harbour Studios’ Glass Orchard was a hit.", "Harbour Studios’ Glass Orchard", False),  # a studio's film
        ("She joined a 1995 Harbour Hall production of Glass Orchard.", "Glass Orchard", True),  # a dated production
        ("The film cost less than the 1995 production of its studio neighbour, Glass Orchard.", "Glass Orchard", False),
        ("He spent 1995 in production of Glass Orchard.", "Glass Orchard", False),  # a film being made
        ("Two teachers star in a production of Glass Orchard at their school.", "Glass Orchard", True),
        ("The storm hit during the production of Glass Orchard in 1995.", "Glass Orchard", False),
    ],
)
def test_stage_evidence_finds_a_staged_work(text, span, stage):
    assert stage_evidence(text, _cand(text, span)) is stage


def test_a_staged_work_leaves_the_film_of_the_same_title():
    text = "Ana Ruiz’s Glass Orchard sold out. The touring stage production of Glass Orchard plays in May."
    out = other_works(text, [_cand(text, "Glass Orchard"), _cand(text, "Glass Orchard", 1)], set())
    assert [c.kind for c in out] == ["film", "other"]


@pytest.mark.parametrize("lines, text", [
    ([("breadcrumb", "TV › Glass Orchard")], "Few films feel like Glass Orchard."),
    ([("related_link", "READ NEXT: Glass Orchard Season 3: What We Know")], "We loved Glass Orchard."),
    ([], "Since season two of Glass Orchard, the office is haunted."),
    ([], "SEASON 4 OF GLASS ORCHARD, the office is haunted."),  # any case: "season" is looked for casefolded
    ([("related_link", "Glass Orchard Season 3")], "We loved Glass Orchard."),  # only a moved line says it
])
def test_other_works_a_subject_with_a_tv_breadcrumb_or_numbered_seasons_is_television(lines, text):
    assert television_subject("glass orchard", text, lines)


@pytest.mark.parametrize("lines, text", [
    ([("breadcrumb", "Movies › Glass Orchard")], "Glass Orchard opened in 1999."),
    ([("breadcrumb", "TV › Streaming")], "Glass Orchard is the film that made her name."),
    ([], "The hunting season of Glass Orchard is short; Open Season 2 is a sequel."),
])
def test_other_works_a_film_subject_is_not_television(lines, text):
    assert not television_subject("glass orchard", text, lines)


def test_other_works_a_series_set_without_quotes_still_counts_for_the_articles_style():
    text = ("Glass Orchard and Cold Harbour are films. Later he went to television with Salt Road, "
            "and its best episode was “Tin Lantern”.")
    spans = ["Glass Orchard", "Cold Harbour", "Salt Road", "Tin Lantern"]
    out = other_works(text, [_cand(text, s) for s in spans], set())
    assert [c.kind for c in out] == ["film", "film", "other", "other"]


@pytest.mark.parametrize("sentence, kind", [
    ("Season 2 went darker, from the storm of “Tin Lantern” onward.", "other"),  # an episode of the series
    ("Its best episode is “Tin Lantern”, no contest.", "other"),
    ("Its mood owes a lot to “Tin Lantern”, a quiet drama.", "film"),  # no season or episode talk: kept
])
def test_quoted_works_a_quoted_title_among_episode_talk_is_an_episode(sentence, kind):
    text = f"Glass Orchard and Cold Harbour are films. {sentence}"
    out = quoted_works(text, [_cand(text, "Glass Orchard"), _cand(text, "Cold Harbour"), _cand(text, "Tin Lantern")], set())
    assert out[-1].kind == kind


@pytest.mark.parametrize("text", ["The Brass Harbour showrunners Ana Ruiz and Tom Vane made it.",
                                  "The Brass Harbour showrunner Ana Ruiz made it."])
def test_a_title_before_showrunners_is_a_series(text):
    assert classify(text, _cand(text, "Brass Harbour"), [], set()).kind == "other"


@pytest.mark.parametrize("text, span, kind", [
    ("Bonus pick: Gourd Night, Little Ned (1966) For small viewers, the classic Ned TV special is a must.",
     "Gourd Night, Little Ned", "other"),
    ("Gourd Night, Little Ned (1966) The classic television special still airs every autumn.", "Gourd Night, Little Ned", "other"),
    ("Bonus pick: Gourd Night (1966) The film grew out of a TV special and kept its cast.", "Gourd Night", "film"),  # a film
    ("Last autumn, Gourd Night (1966) aired again; the TV special is a must.", "Gourd Night", "film"),  # not the lead
    # markup kept only the opening title's last words (a bold span the page did not use for titles)
    ("Bonus pick: Gourd Night, Little Ned (1966) For small viewers, the classic TV special is a must.", "Little Ned",
     "other"),
    ("Bonus pick: Gourd Night, said Little Ned (1966), the TV special is a must.", "Little Ned", "film"),  # not a title
    ("Gourd Night: Part Two (1966) For small viewers, the classic TV special is a must.", "Gourd Night: Part Two",
     "other"),  # a title with a colon opens the paragraph: no label
    ("For small viewers, the classic Ned TV special is a must.", "Ned TV", "other"),
    ("For small viewers, the classic Ned TV special is a must.", "Ned", "other"),
])
def test_television_specials_a_lead_title_of_a_tv_special_paragraph_is_no_film(text, span, kind):
    at = text.index(span)
    out = television_specials(text, [Candidate(at, at + len(span), span, "text")], set())
    assert out[0].kind == kind


@pytest.mark.parametrize("text, kind", [
    ("For more reading, Ana Ruiz’s Glass Orchard is the best harbour book we know.", "other"),
    ("Glass Orchard was a bestselling novel before anyone filmed it.", "other"),
    ("Glass Orchard remains one of the great war memoirs of the decade.", "other"),
    ("Glass Orchard is a comic masterpiece.", "film"),  # "comic" is no noun of its own here
    ("Glass Orchard is a play on words that nobody got.", "film"),
    ("Glass Orchard is the best film about the novel.", "film"),
    ("Glass Orchard is the book’s only famous chapter.", "film"),
])
def test_other_works_a_title_the_text_calls_a_book_is_no_film(text, kind):
    assert other_works(text, [_cand(text, "Glass Orchard")], set())[0].kind == kind


def test_quoted_names_near_words_of_music_are_a_scores_cues():
    """Three quoted names beside five plain films: too many quotes for the style rule alone, but a
    cue, a tune or the score described in the sentence before says they are music."""
    text = ("Glass Orchard, Tin Lantern, Paper Moon, Salt Road and Brass Bell are the films. Its score "
            "hums. “Frost Hill”, a slow build over a pulse, plays at the end.\n\nThe cue titled “Iron Gate” "
            "is one scraping note.\n\nThen “Blue Door” opened in May and made a fortune.")
    names = ("Glass Orchard", "Tin Lantern", "Paper Moon", "Salt Road", "Brass Bell", "Frost Hill", "Iron Gate", "Blue Door")
    kinds = {c.text: c.kind for c in quoted_works(text, [_cand(text, t) for t in names], set())}
    assert [t for t in names if kinds[t] == "other"] == ["Frost Hill", "Iron Gate"]


@pytest.mark.parametrize("text, kind", [
    ("She adapts Brass Harbour, Ana Ruiz’s 1985 memoir, and tells it from the bride’s side.", "other"),
    ("She adapts Brass Harbour, Ana Ruiz’s bestselling novel, with care.", "other"),
    ("She remakes Brass Harbour, Ana Ruiz’s 1985 film, with care.", "film"),  # a film noun: the film
])
def test_other_works_an_apposition_naming_an_authors_work_makes_the_title_that_work(text, kind):
    assert other_works(text, [_cand(text, "Brass Harbour")], set())[0].kind == kind


def test_quoted_title_on_a_page_whose_listing_lines_set_titles_plain_is_another_work():
    text = "Glass Orchard and Tin Lantern are here. Fans sing “Copper Sky” and “Lamp Song” in the aisles."
    cands = [_cand(text, t) for t in ("Glass Orchard", "Tin Lantern", "Copper Sky", "Lamp Song")]
    assert {c.text: c.kind for c in quoted_works(text, cands, set())}["Copper Sky"] == "film"  # 2 plain, 2 quoted
    lines = frozenset({"paper moon", "salt road", "cold harbour", "night ferry"})  # "Sun 01 Paper Moon 1978 ★★★" ...
    assert {c.text: c.kind for c in quoted_works(text, cands, set(), plain_lines=lines)}["Copper Sky"] == "other"
