"""Title candidates from repaired boundaries and paragraph leads (no spaCy)."""

import pytest

from pipeline.record import Caption
from pipeline.caption_titles import caption_candidate, character_lines, credit_directors, date_lines, year_lines
from pipeline.title_candidates import boundary_candidates, cue_candidates
from pipeline.titles import plausible


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
        ("Vane’s The Teachers’ Lounge (Das Zimmer) is tense.", ["Vane’s"], "The Teachers’ Lounge"),
        ("It beat The Super Glass Bros. Movie in April.", ["Movie"], "The Super Glass Bros. Movie"),
        ("Later he went big with Moth vs. Crab.", ["with"], "Moth vs. Crab"),
        ("The set-up is pure Velvet Avenue: Marta is an old star.", ["pure"], "Velvet Avenue"),
        ("Next comes his sequel, Girl of Glass, in July 2027. Then more.", ["sequel,"], "Girl of Glass"),
    ],
)
def test_titles_runs_between_cuts_keep_inner_punctuation(text, cut_after, title):
    assert title in _cands(text, cut_after)


def test_titles_a_long_run_from_cut_to_cut_is_one_title():
    # ten title words that the markup opened and closed: longer than a plain run may be
    text = "He was the outlaw in The Killing of Tom Vane by the Coward Ana Ruiz (2007), then won."
    assert "The Killing of Tom Vane by the Coward Ana Ruiz" in _cands(text, ["in", "Ruiz"])
    # without the closing cut the run is as long as any other
    assert "The Killing of Tom Vane by the Coward Ana Ruiz" not in _cands(text, ["in"])


def test_titles_lists_of_names_are_not_one_title():
    text = "It stars Robert Vale, Mary Dobos and Susan Ronan in a cold town."
    assert "Robert Vale, Mary Dobos and Susan Ronan" not in _cands(text, ["stars"])


def test_titles_a_run_ending_in_a_lowercase_small_word_is_no_title():
    text = "The dog who upstaged Tom Vane’s Man of Glass in Lantern and then left."
    assert not any(c.endswith(" in") for c in _cands(text, ["upstaged", "in"]))


def test_titles_bracketed_original_title_is_one_candidate():
    text = "The Orchard (El huerto viejo) follows a girl."
    cut = text.index("(")
    assert "El huerto viejo" in {c.text for c in boundary_candidates(text, [(cut - 1, "punct_space")])}


def test_titles_bracketed_clause_with_a_title_inside_is_not_one_title():
    text = "Directed by Ana Ruiz (Ruiz made the remarkable The Orchard), it is her best."
    cands = {c.text for c in boundary_candidates(text, [(text.index("(") - 1, "punct_space"), (text.index(" The"), "case_change")])}
    assert "Ruiz made the remarkable The Orchard" not in cands and "The Orchard" in cands


def test_titles_a_sentence_opening_run_that_premiered_is_a_candidate():
    text = "She went quiet for years. A Glass Orchard, which premiered at Venice, came next."
    assert [c.text for c in cue_candidates(text)] == ["A Glass Orchard"]
    assert cue_candidates("She went quiet. Ana Ruiz, who premiered it at Venice, came next.") == []


def test_titles_a_dated_opening_phrase_before_the_film_is_no_title():
    assert cue_candidates("It swept the night. At the Harbour Awards in March 1992, the film took five prizes.") == []
    assert cue_candidates("It swept the night. At the Harbour Awards in 1992, the film took five prizes.") == []
    text = "It swept the night. The Class of Ninety, the film that followed, took five prizes."
    assert [c.text for c in cue_candidates(text)] == ["The Class of Ninety"]


def test_titles_quoted_nickname_before_a_surname_is_no_title():
    assert cue_candidates("Paul Vane is “Fast Teddy” Fenwick, a pool shark.") == []
    assert [c.text for c in cue_candidates("“Glass Orchard” Director Ana Ruiz said so.")] == ["Glass Orchard"]
    assert [c.text for c in cue_candidates("He made “Glass Orchard.” Then he rested.")] == ["Glass Orchard"]
    assert [c.text for c in cue_candidates("They screened “Glass Orchard” twice.")] == ["Glass Orchard"]


def test_titles_credit_clauses_are_no_titles():
    text = "Shot by Michael Vane in VistaVision, the film looks vast."
    assert not any("Michael" in c.text for c in cue_candidates(text))


@pytest.mark.parametrize("text, title", [
    ("Glass Orchard, the 1982 screen version of the stage show, opens the season.", "Glass Orchard"),
    ("Cold Harbour, starring Ana Ruiz and Tom Vane, closes it.", "Cold Harbour"),
    ("Night Loom (1981), directed by Ana Ruiz, is next.", "Night Loom"),
])
def test_titles_appositives_name_a_film(text, title):
    assert title in {c.text for c in cue_candidates(text)}


def test_titles_an_appositive_leaves_out_the_sentences_first_word():
    found = {c.text for c in cue_candidates("It was over. With Night Loom 7, directed by Ana Ruiz, due soon, we wait.")}
    assert "Night Loom 7" in found and "With Night Loom 7" not in found


@pytest.mark.parametrize("text, cut_after, wrong", [
    ("The set-up is pure Velvet Avenue: Marta is an old star.", ["pure"], "Velvet Avenue: Marta"),
    ("Next comes his sequel, Girl of Glass, in July 2027. Then more.", ["sequel,"], "Girl of Glass, in July 2027"),
    ("Hunt the Hills (2016, dir. Tai Wai): Before Storm, Wai made this.", ["dir.", "Before"], "Tai Wai): Before"),
])
def test_titles_runs_stop_before_a_sentence_or_a_date(text, cut_after, wrong):
    assert wrong not in _cands(text, cut_after)


@pytest.mark.parametrize("text, titles", [
    ("It was cold. Glass Orchard (1991) was the hit of the year.", ["Glass Orchard"]),
    ("Like Glass Orchard (2019), it plays fair.", ["Glass Orchard"]),  # the sentence's first word is not in it
    ("Ana Ruiz’s Cold Harbour (Ana Ruiz, 1996) came first.", ["Cold Harbour"]),
    ("It came out in May (and sold well).", []),
    # an entry paragraph "Title (Year, dir. Name) — ..." (no glue: HTML text), its "The" kept
    ("Quiet Orchard (2014, dir. Ana Ruiz) — A drifter comes home.", ["Quiet Orchard"]),
    ("The Lodger Wakes (2015, dir. Tom Vane) — A dinner party goes wrong.", ["The Lodger Wakes"]),
    ("He filmed the novel in two parts, It (2017) and its sequel.", ["It"]),
])
def test_titles_a_year_in_brackets_after_a_title_case_run_makes_a_candidate(text, titles):
    assert [c.text for c in cue_candidates(text) if c.text in titles or not titles] == titles


@pytest.mark.parametrize("line, title", [
    ("Chain Of Lamps (Oct. 3)", "Chain Of Lamps"),
    ("Glass Orchard (October 24, 2025)", "Glass Orchard"),
    ("Glass Orchard – 3 Nov", "Glass Orchard"),
    ("Glass Orchard (1999)", "Glass Orchard"),
    ("Cold Harbour (Iran) — Grand Prize", "Cold Harbour"),  # a festival line's country and prize
    ("Night Loom 2 (June 14, Studio/Studio)", "Night Loom 2"),  # a release line's date and studios
    ("Cold Harbour – Part One (1999)", "Cold Harbour – Part One"),  # an en dash inside a title
    ("Glass Orchard: Episode IV – The Vale (1977)", "Glass Orchard: Episode IV – The Vale"),  # a saga's episode
    ("Spy Games: Octopus 2", "Spy Games: Octopus 2"),  # a word that starts like a month is no date
    # a release tracker's entry line: the date, the window or the distributor after the dash is no part of it
    ("Glass Orchard — March 8 (Northlight)", "Glass Orchard"),
    ("Night Ferry: Part Two— June 21 (Harbour Pictures)", "Night Ferry: Part Two"),
    ("Cold Harbour – Part One — Fall, date TBA (Streamline)", "Cold Harbour – Part One"),
    ("Salt Roads - Summer 2026", "Salt Roads"),
    ("Glass Orchard — Friday, June 7 (Northlight)", "Glass Orchard"),
    ("Night Ferry – in theaters June 7", "Night Ferry"),
    ("June 7 — Glass Orchard (Northlight)", "Glass Orchard"),  # the date first
    ("Fri., Dec. 20: Night Ferry: Part Two", "Night Ferry: Part Two"),
])
def test_titles_a_release_date_after_a_listing_heading_is_not_part_of_the_title(line, title):
    assert caption_candidate(Caption(0, len(line), line, "heading", 0)).text == title


@pytest.mark.parametrize("line", ["Untitled Mara Quint Project — TBA (Northlight)", "Untitled Harbour Sequel — June 7 (Streamline)",
                                  "Untitled Ivo Brandt project"])
def test_titles_an_untitled_project_line_names_no_film(line):
    assert caption_candidate(Caption(0, len(line), line, "heading", 0)) is None


def test_titles_a_film_called_untitled_keeps_its_title():
    assert caption_candidate(Caption(0, 16, "Untitled (2009)", "heading", 0)).text == "Untitled"


@pytest.mark.parametrize("line, title, director", [
    ("Lanterne rosse, dir. Ivo Brandt (Norway) — closing film", "Lanterne rosse", "Ivo Brandt"),  # sentence-case title
    ("Glass Orchard, dir. Ana de Vela (Chile)", "Glass Orchard", "Ana de Vela"),
    ("Cold Harbour, dir. Mara Quint", "Cold Harbour", "Mara Quint"),
])
def test_titles_a_dir_credit_line_gives_title_and_director(line, title, director):
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text, c.director) == (title, director)


@pytest.mark.parametrize("line, title, director", [
    ("Glass Orchard (Mara Quint)", "Glass Orchard", "Mara Quint"),  # a nominee line "Title (Director)"
    ("Glass Orchard (Mara Quint and Ivo Brandt)", "Glass Orchard", "Mara Quint and Ivo Brandt"),  # a directing pair
    ("Mara Quint, Glass Orchard", "Glass Orchard", None),  # "Name, Title": the name is no part of the title
    ("Ana de Vela, Cold Harbour", "Cold Harbour", None),
    ("Good Night, and Good Luck", "Good Night, and Good Luck", None),  # common words before the comma: a title
])
def test_titles_names_around_a_nominee_lines_title_are_taken_off(line, title, director):
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text, c.director) == (title, director)


@pytest.mark.parametrize("line, title", [
    ("Mossbeast in Glass Orchard VI. Photo: Studio", "Glass Orchard VI"),  # a creature's still
    ("Lost in Glass Orchard", "Lost in Glass Orchard"),  # a common first word: the title's own start
])
def test_titles_one_rare_name_before_in_is_a_still_of_the_film(line, title):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)).text == title


@pytest.mark.parametrize("line, title", [
    ("A still from Let the Tide Take Me", "Let the Tide Take Me"),  # what the caption shows, then its film
    ("An image from Glass Orchard (2011)", "Glass Orchard"),
    ("Still from Glass Orchard", "Glass Orchard"),
    ("Scenes from a Glass Orchard", "Scenes from a Glass Orchard"),  # a capitalised head without an article: the title's own
])
def test_titles_a_still_from_caption_names_the_film_after_from(line, title):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)).text == title


@pytest.mark.parametrize("line, title, name", [
    ("Mara Quint–Glass Orchard", "Glass Orchard", "Mara Quint"),  # "Name–Title": the dash glued, as scraped
    ("Ana de Vela – Cold Harbour", "Cold Harbour", "Ana de Vela"),
    ("Ivo Brandt –1984", "1984", "Ivo Brandt"),  # a number title
    ("Cold Harbour — Mara Quint", "Cold Harbour", "Mara Quint"),  # title first
    ("Glass Orchard – Part Two", "Glass Orchard – Part Two", None),  # no side a name: a subtitle
])
def test_titles_a_nominee_line_with_a_dash_gives_the_title_and_the_name(line, title, name):
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text, c.cast) == (title, name)


@pytest.mark.parametrize("line", ["Best Picture", "Best Supporting Actress", "Best Animated Feature",
                                  "Best Motion Picture – Drama", "Best Television Series – Musical or Comedy",
                                  "Best Performance by an Actress in a Limited Series",
                                  "Glass OrchardSeason 2 Finale", "Cold Harbour: Episode 4", "Ana Ruiz, 2024",
                                  "Cold Harbour (Season 3)", "Cold Harbour (seasons 1-15)", "Cold Harbour, Season 2"])
def test_titles_award_categories_and_television_lines_are_no_titles(line):
    assert caption_candidate(Caption(0, len(line), line, "heading", 0)) is None

@pytest.mark.parametrize("line, title", [
    ("Mara Quint in 1998 and in 2024", None),  # a photo of an actor then and now
    ("Ivo Brandt in 2019", None),
    ("Ana Ruiz and Tom Vane in 1985, 2025", None),
    ("Mara Quint in Glass Orchard", "Glass Orchard"),  # a still from a film: the title after "in"
    ("Lost in 1985", "Lost in 1985"),  # no person before "in": a title with a year in it
])
def test_titles_a_person_with_only_years_after_in_is_a_dated_photo(line, title):
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text if c else None) == title


@pytest.mark.parametrize("line, title", [("5. It (2017)", "It"), ("Her (2013)", "Her"), ("It", None), ("5. Also", None)])
def test_titles_a_dated_heading_of_one_common_word_is_a_title(line, title):
    c = caption_candidate(Caption(0, len(line), line, "heading", 0))
    assert (c.text if c else None) == title


def _markup(text: str, spans: list[str]) -> list[tuple[int, str]]:
    """Boundaries as the clean stage makes them from HTML spans (an edge before, an edge after)."""
    out = []
    for span in spans:
        start = text.index(span)
        out += [(start - 1, "markup_open"), (start + len(span), "markup_close")]
    return out


@pytest.mark.parametrize(
    "text, span, title",
    [
        ("Then Vale Ostrowski’s Lantern opened in June.", "Vale Ostrowski’s Lantern", "Vale Ostrowski’s Lantern"),
        ("It beat Whisky Galore! at the box office.", "Whisky Galore!", "Whisky Galore!"),
        ("We saw Lantern: Part 2, twice.", "Lantern: Part 2,", "Lantern: Part 2"),
    ],
)
def test_titles_markup_span_is_one_candidate(text, span, title):
    cands = boundary_candidates(text, _markup(text, [span]))
    assert title in {c.text for c in cands}
    assert not any(c.start > text.index(span) for c in cands)  # no run from inside the span


@pytest.mark.parametrize(
    "text, span, title",
    [
        ("Then came Where Is Marla? in May.", "Where Is Marla?", "Where Is Marla?"),
        ("It beat Whisky Galore! at the box office.", "Whisky Galore!", "Whisky Galore!"),
        ("It answers his early hit Wait For Me... The crowd loved it.", "Wait For Me...", "Wait For Me..."),
        ("It answers his early hit Wait For Me…, a cult film.", "Wait For Me…,", "Wait For Me…"),
        ("We saw Lantern: Part 2. Then we left.", "Lantern: Part 2.", "Lantern: Part 2"),
    ],
)
def test_titles_markup_span_keeps_a_title_final_mark_inside_it(text, span, title):
    found = {c.text for c in boundary_candidates(text, _markup(text, [span]))}
    assert title in found
    assert not {title.rstrip("?!.…"), title + "."} & (found - {title})  # no shorter or longer reading beside it


@pytest.mark.parametrize(
    "text, span",
    [
        ("Leone went bigger. C’era una volta nel Nord casts a star.", "C’era una volta nel Nord"),
        ("Most are streaming. Our full streaming guide is updated.", "Our full streaming guide"),
    ],
)
def test_titles_markup_span_fragments_are_no_candidates(text, span):
    assert boundary_candidates(text, _markup(text, [span])) == []


def test_titles_long_markup_span_keeps_its_short_title():
    span = "Dr. Lantern or: How I Learned to Stop Fearing and Love the Fog"
    text = f"Like {span}, it ends in fire."
    found = {c.text for c in boundary_candidates(text, _markup(text, [span]))}
    assert "Dr. Lantern" in found and "Learned to Stop Fearing and Love the Fog" not in found


@pytest.mark.parametrize("text, title", [
    ("It is the 2023 prequel Glass Moon: The Long Song of Owls & Foxes. Then we left.",
     "Glass Moon: The Long Song of Owls & Foxes"),  # a subtitle makes a title longer than eight words
    ("Then we saw Glass Moon and Night Ferry and Cold Harbour and Paper Crown Two, twice.", None),  # no colon: too long
])
def test_titles_a_subtitled_run_may_be_long(text, title):
    cut = text.index(" Glass")
    found = {c.text for c in boundary_candidates(text, [(cut, "case_change")])}
    assert (title in found) if title else all(len(t.split()) <= 8 for t in found)
    if title is None:  # the whole twelve-word run, no colon in it, is not taken as one title
        assert "Glass Moon and Night Ferry and Cold Harbour and Paper Crown Two" not in found


@pytest.mark.parametrize("text, title", [
    ("I even liked Glass Moon! Here We Go Again, though not much.", "Glass Moon! Here We Go Again"),  # a subtitle after "!"
    ("We saw Glass Moon! Then Ana Vane, who starred, waved.", "Glass Moon"),  # a new sentence opens after it
    ("We saw Glass Moon! Ana Vane, who starred, waved.", "Glass Moon"),  # a given name opens a new sentence
    ("We saw Glass Moon! at noon.", "Glass Moon"),
])
def test_titles_words_after_a_titles_exclamation_mark_may_go_on_with_it(text, title):
    cut = text.index(" Glass")
    assert [c.text for c in boundary_candidates(text, [(cut, "case_change")])] == [title]


def test_titles_french_small_words_stay_inside_a_title():
    text = "After that, the studio has Ana Ruiz’s Glass Orchard: Folie à Deux on Oct. 4."
    cuts = [(text.index(" Glass"), "case_change"), (text.index(" on Oct"), "case_change")]  # the italics' two edges
    assert "Glass Orchard: Folie à Deux" in {c.text for c in boundary_candidates(text, cuts)}


@pytest.mark.parametrize("span", ["Aug", "Sept", "Consider", "Alongside", "Directors", "Is", "Were"])
def test_titles_month_abbreviations_and_sentence_openers_are_no_titles_alone(span):
    assert not plausible(span)


def test_titles_an_emphasised_sentence_gives_no_title():
    span = "Schedules can change without warning. Write to us with what you are watching."
    text = f"That is all.\n\n{span}"
    assert boundary_candidates(text, _markup(text, [span])) == []


@pytest.mark.parametrize("line", ["Director: Mara Quint", "Cinematography:Ivo Brandt", "Music: Tessa Vane",
                                  "Directed by: Mara Quint", "Starring: Ivo Brandt, Tessa Vane"])
def test_titles_a_credits_box_line_is_no_title(line):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)) is None


@pytest.mark.parametrize("line", ["Wednesday, June 4", "Sunday, June 1", "Fri. 3 October", "Monday, Oct. 6, 2025",
                                  "Thu 5 Mar, 21:15", "Tuesday, March 3 at 6:45pm", "Mon 2 Feb and Mon 9 Feb, 14:30",
                                  "Sat 7 Mar, 16:00 (and nightly until Fri 13 Mar)", "Sunday, May 10, 2 p.m. and 7 p.m.",
                                  "Friday 6 March – 7.30pm", "Sat 7 Mar 18:00 & Sun 8 Mar 14:00"])
def test_titles_a_listings_weekday_date_line_is_no_title(line):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)) is None


@pytest.mark.parametrize("line", ["September 5", "Alien: Romulus", "Glass Orchard: Director’s Cut"])
def test_titles_a_date_or_colon_inside_a_title_is_kept(line):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)).text == line


def test_titles_a_cast_credit_opener_is_no_title_alone():
    assert not plausible("Starring")


@pytest.mark.parametrize("span", ["the German-language", "an Oscar-winning", "the Cannes-prize-winning"])
def test_titles_an_article_and_a_compound_modifier_are_no_title(span):
    assert not plausible(span)


@pytest.mark.parametrize("span, ok", [("the British", False), ("an American", False), ("The American", True),
                                      ("the Lighthouse", True)])
def test_titles_a_lower_case_article_and_a_nationality_is_no_title(span, ok):
    assert plausible(span) is ok


def test_titles_a_hyphenated_title_stays_plausible():
    assert plausible("Spider-Man") and plausible("The Spider-Man")


@pytest.mark.parametrize("span", ["16-year-old", "90-minute", "3-hour-long"])
def test_titles_a_number_compound_is_no_title_alone(span):
    assert not plausible(span)


@pytest.mark.parametrize("line, director", [("Director: Mara Quint", "Mara Quint"), ("Directed by:Ivo Brandt", "Ivo Brandt"),
                                            ("Directors: Mara Quint and Ivo Brandt", "Mara Quint and Ivo Brandt"),
                                            ("Music: Mara Quint", None), ("Director: our pick of the week", None),
                                            # an entry's credits side by side; a director known by an initial
                                            ("Director: Mara Quint | Cast: Tom Vane, Ivo Brandt", "Mara Quint"),
                                            ("Directors: Mara Quint and Ivo Brandt | Cast: Tom Vane", "Mara Quint and Ivo Brandt"),
                                            ("Director: R. Dusk Palander | Cast: Tom Vane", "R. Dusk Palander"),
                                            ("Cast: Tom Vane | Music: Mara Quint", None)])
def test_titles_a_director_label_line_under_a_heading_names_its_director(line, director):
    lines = [Caption(0, 22, "The Salt Ledger (2012)", "heading", 0), Caption(24, 24 + len(line), line, "caption", 0)]
    per_caption = credit_directors(lines, [caption_candidate(c) for c in lines])
    assert per_caption[0].text == "The Salt Ledger" and per_caption[0].director == director


@pytest.mark.parametrize("text, title", [("He had started with Salt Harbour! (1949), a comedy.", "Salt Harbour!"),
                                         ("Then Where Is Marla? (1991) came out.", "Where Is Marla?"),
                                         ("Then Glass Orchard (1991) came out.", "Glass Orchard")])
def test_titles_a_title_before_a_year_keeps_its_final_mark(text, title):
    assert [c.text for c in cue_candidates(text)] == [title]


def test_titles_a_sentence_ending_in_a_mark_before_a_year_gives_no_title():
    assert cue_candidates("It was great! (1999) was a good year.") == []


@pytest.mark.parametrize("span, ok", [
    ("Easily", False), ("Finally", False), ("Simply", False), ("Basically", False),  # a sentence's adverb
    ("Sully", True), ("Family", True), ("Kimberly", True), ("Lonely Hearts", True),  # names, nouns, longer titles
])
def test_titles_a_lone_ly_adverb_is_no_title(span, ok):
    assert plausible(span) is ok


def test_titles_an_adverb_glued_before_a_title_stays_out_of_it():
    text = "Easily Glass Orchard, the worst of the year."
    assert {c.text for c in boundary_candidates(text, [(text.index(" Glass"), "case_change")])} == {"Glass Orchard"}


@pytest.mark.parametrize("text", [
    "3. Glass Orchard (Ana Ruiz) Two sisters share a flat in the city.",
    "We loved Glass Orchard (1988) Writer Ana Ruiz spent years on it.",
])
def test_titles_a_sentence_repaired_after_a_bracket_opens_no_title(text):
    # the repair put a space after ")": a new sentence starts there, not a title
    cut = text.index(")") + 1
    cands = {c.text for c in boundary_candidates(text, [(cut, "punct_space")])}
    assert not any(c.startswith(("Two", "Writer")) for c in cands)


def test_titles_an_adjective_split_opens_a_title_but_ends_none():
    text = "It lost to Ana Ruiz’s Flemish Orchard in the end."
    cut = text.index(" Orchard")
    cands = {c.text for c in boundary_candidates(text, [(cut, "modifier_case")])}
    assert "Orchard" in cands and not any(c.endswith("Flemish") for c in cands)


@pytest.mark.parametrize("line", ["Ana Ruiz and Tom Vane. Photo: Big Studio/Archive", "Mara Quint, Ivo Brandt and Tessa Vane"])
def test_titles_a_caption_naming_only_people_is_no_title(line):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)) is None


@pytest.mark.parametrize("line", ["Harold and Maude", "Glass Orchard and Cold Harbour"])
def test_titles_a_title_with_and_is_not_taken_for_people(line):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)).text == line


def test_titles_a_quoted_nickname_inside_a_characters_name_is_split_off():
    line = "Mara “Fox” Quint in Glass Orchard of Mine (2019)"
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text, c.year) == ("Glass Orchard of Mine", 2019)


def _lines(*texts, at=None):
    """Caption lines, all moved out at one place of the text unless `at` gives each its place."""
    return [Caption(0, len(t), t, "caption", at[i] if at else 7) for i, t in enumerate(texts)]


def test_titles_a_year_line_under_a_title_line_is_its_year():
    caps = _lines("Glass Orchard", "1985", "1917", "2019")
    out = year_lines(caps, [caption_candidate(c) for c in caps])
    assert [(c.text, c.year) if c else None for c in out] == [("Glass Orchard", 1985), None, ("1917", 2019), None]


def test_titles_a_metadata_line_under_a_title_line_gives_its_year():
    caps = _lines("3. Glass Orchard", "Year: 1985 | Runtime: 1h 52m | Director: Ana Reyes",
                  "Cold Harbour", "2019 | Tomas Vell | 104 min", "Salt Meridian", "Release date: May 3, 2004 | Rated R")
    out = year_lines(caps, [caption_candidate(c) for c in caps])
    assert [(c.text, c.year) if c else None for c in out] == [
        ("Glass Orchard", 1985), None, ("Cold Harbour", 2019), None, ("Salt Meridian", 2004), None]


def test_titles_a_metadata_line_gives_its_year_from_any_part():
    """"Distributor | R | 2021": the year need not open the line (one reader with the credit lines, credits_box.credit_year)."""
    caps = _lines("Cold Harbour", "Harbour Pictures | R | 2021", "Salt Meridian", "Tomas Vell | 104 min | Release date: May 3, 2004")
    out = year_lines(caps, [caption_candidate(c) for c in caps])
    assert [(c.text, c.year) if c else None for c in out] == [("Cold Harbour", 2021), None, ("Salt Meridian", 2004), None]


@pytest.mark.parametrize("line", ["Runtime: 2019 min | Rated R", "2019 Tomas Vell", "By Ana Reyes | Updated Jan. 9, 2026"])
def test_titles_a_line_with_no_year_part_gives_no_year(line):
    from pipeline.credits_box import credit_year
    assert credit_year(line) is None


def test_titles_a_year_line_elsewhere_in_the_text_is_left_alone():
    caps = _lines("Glass Orchard", "1985", at=[7, 400])
    out = year_lines(caps, [caption_candidate(c) for c in caps])
    assert [(c.text, c.year) for c in out] == [("Glass Orchard", None), ("1985", None)]


def test_titles_date_headings_over_a_listing_are_no_titles():
    caps = _lines("Feb. 3", "Glass Orchard (2014)", "Feb. 9", "Cold Harbour (2019)")
    out = date_lines(caps, [caption_candidate(c) for c in caps])
    assert [c.text if c else None for c in out] == [None, "Glass Orchard", None, "Cold Harbour"]


@pytest.mark.parametrize("lines, kept", [
    (("March 4", "Glass Orchard (2014)", "12 March", "Cold Harbour (2019)"), [None, "Glass Orchard", None, "Cold Harbour"]),
    (("Mar. 4",), [None]),
    (("September 5", "Glass Orchard (2014)"), ["September 5", "Glass Orchard"]),  # one date-shaped line may be a title
    (("March", "Glass Orchard (2014)", "April 2026", "Cold Harbour (2019)"), [None, "Glass Orchard", None, "Cold Harbour"]),
    (("May", "Glass Orchard (2014)"), ["May", "Glass Orchard"]),  # one month alone may be a title
])
def test_titles_a_run_of_date_lines_or_a_shortened_month_is_a_date(lines, kept):
    caps = _lines(*lines)
    out = date_lines(caps, [caption_candidate(c) for c in caps])
    assert [c.text if c else None for c in out] == kept


def test_titles_one_name_in_a_run_of_character_headings_is_split_off():
    caps = _lines("Ana Ruiz in Cold Harbour (2019)", "Tom Vane in Night Loom (2020)", "Katherine in Glass Orchard (2016)",
                  "Lost in the Orchard (2001)", "Puss in Boots: The Last Wish")
    out = character_lines(caps, [caption_candidate(c) for c in caps])
    assert [c.text for c in out] == ["Cold Harbour", "Night Loom", "Glass Orchard", "Lost in the Orchard",
                                     "Puss in Boots: The Last Wish"]


def test_titles_one_name_before_in_alone_keeps_its_title():
    caps = _lines("Alice in Glass Orchard (1951)", "Cold Harbour (2019)")
    out = character_lines(caps, [caption_candidate(c) for c in caps])
    assert [c.text for c in out] == ["Alice in Glass Orchard", "Cold Harbour"]


@pytest.mark.parametrize("line, title, cast", [
    ("Ana Ruiz as Mara Quint in Glass Orchard (2019)", "Glass Orchard", "Ana Ruiz"),
    ("Tom Vane as Tobias in We Met in Time (2024)", "We Met in Time", "Tom Vane"),  # the first "in" ends the role
    ("Ana Ruiz as “Red” Quint in Cold Harbour: Part Two (2024)", "Cold Harbour: Part Two", "Ana Ruiz"),
])
def test_titles_an_actor_as_a_character_in_a_title_names_the_film(line, title, cast):
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text, c.cast) == (title, cast)


@pytest.mark.parametrize("line", ["Ana Ruiz as a nurse in Glass Orchard (2019)", "Ana Ruiz as Mara in Glass Orchard"])
def test_titles_an_actor_as_a_lower_case_role_or_an_undated_one_is_no_title(line):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)) is None


@pytest.mark.parametrize("text, cut_after", [
    ("Skip the 2015 Harbour Lights remake.", ["2015"]),
    ("Avoid Ruiz’s 1998 Harbour Lights at all costs.", ["1998"]),
])
def test_titles_a_run_ending_in_a_dating_year_is_no_title(text, cut_after):
    cands = _cands(text, cut_after)
    assert not any(c.endswith(("2015", "1998")) for c in cands)
    assert cands == {"Harbour Lights"}


@pytest.mark.parametrize("text, span, title", [
    ("Ruiz set his version, Sombras del invierno (1961), in Chile.", "Sombras del invierno", "Sombras del invierno"),
    ("Ruiz set his version, Sombras del invierno, in Chile.", "Sombras del invierno", None),  # undated: not sure enough
    ("Then came Les nuits blanches (1957), in black and white.", "Les nuits blanches", "Les nuits blanches"),
])
def test_titles_dated_markup_span_with_foreign_lowercase_words_is_one_candidate(text, span, title):
    found = {c.text for c in boundary_candidates(text, _markup(text, [span]))}
    assert found == ({title} if title else set())  # neither its first word alone nor anything else


@pytest.mark.parametrize("line, title", [
    ("Prime Video", None),  # a streaming service's section heading
    ("Disney+", None),
    ("Paramount+", None),
    ("Glass Orchard", "Glass Orchard"),
])
def test_titles_a_streaming_service_heading_is_no_film(line, title):
    c = caption_candidate(Caption(0, len(line), line, "heading", 0))
    assert (c.text if c else None) == title


@pytest.mark.parametrize("line, title", [
    ("3. 2007 — Glass Orchard", "Glass Orchard"),  # entry number, a ceremony's year, then the title
    ("10. 2006 —Cold Harbour", "Cold Harbour"),  # the dash glued to the title, as scraped
    ("1. 2004 – The Lantern: The Return of the Vale", "The Lantern: The Return of the Vale"),
    ("2. 2001: A Glass Odyssey", "2001: A Glass Odyssey"),  # a colon: the number is the title's own
])
def test_titles_a_year_and_dash_after_an_entry_number_are_not_the_title_or_its_year(line, title):
    c = caption_candidate(Caption(0, len(line), line, "heading", 0))
    assert (c.text, c.year, c.rank) == (title, None, int(line.split(".")[0]))


@pytest.mark.parametrize("title", ["La Nuit Blanche", "El Camino Rojo", "Le Vent"])
def test_titles_a_foreign_article_glued_after_a_sentence_opens_the_title(title):
    text = f"The lights went down. {title} (Ana Ruiz, 1962) is short."  # spaces the repair inserted
    at = text.index(title)
    cuts = [(at - 1, "punct_space"), (at + len(title), "punct_space")]
    assert title in [c.text for c in boundary_candidates(text, cuts)]


@pytest.mark.parametrize("line, director", [
    ("2021 | Mara Quint | 90 min", "Mara Quint"),
    ("Northlight Pictures | R | Mara Quint", "Mara Quint"),
    ("Year: 2021 | Runtime: 1h 47m | Rated R | Director: Mara Quint", "Mara Quint"),
    ("By Mara Quint | Nov. 28, 2026 | 4 min read", None),  # a byline: no running time, no rating
    ("2021 | Mara Quint | Tom Vane | 90 min", None),  # two people: which one directed is not said
    ("2021 | Northlight Pictures", None),
])
def test_titles_an_unlabelled_credits_line_under_a_heading_names_its_director(line, director):
    lines = [Caption(0, 12, "Cold Harbour", "caption", 0), Caption(14, 14 + len(line), line, "caption", 0)]
    per_caption = credit_directors(lines, [caption_candidate(c) for c in lines])
    assert per_caption[0].text == "Cold Harbour" and per_caption[0].director == director


def test_titles_a_credits_line_dates_the_entry_it_names_the_director_of():
    lines = [Caption(0, 12, "Cold Harbour", "caption", 0), Caption(14, 40, "2021 | Mara Quint | 90 min", "caption", 0)]
    assert credit_directors(lines, [caption_candidate(c) for c in lines])[0].year == 2021
    lines[0] = Caption(0, 19, "Cold Harbour (2020)", "caption", 0)
    assert credit_directors(lines, [caption_candidate(c) for c in lines])[0].year == 2020  # the heading's year stays


@pytest.mark.parametrize("line, title, director, year", [
    ("Screening: Glass Orchard (Ana Ruiz, 1961)", "Glass Orchard", "Ana Ruiz", 1961),
    ("Screening 2: Salt Roads (Tom Vane, 1977)", "Salt Roads", "Tom Vane", 1977),  # the label has a count
    ("Required viewing:Cold Harbour (1999)", "Cold Harbour", None, 1999),  # the colon glued by the scrape
    ("Film: Night Loom (Brask, 1966)", "Night Loom", "Brask", 1966),
])
def test_titles_a_showing_label_before_a_colon_is_no_part_of_the_title(line, title, director, year):
    c = caption_candidate(Caption(0, len(line), line, "caption", 0))
    assert (c.text, c.director, c.year) == (title, director, year)


@pytest.mark.parametrize("line", ["Instructor: Dr. Mira Solvang (she/her)", "Lectures: Fridays 9:00–10:50, North Hall 12",
                                  "Reading: Ana Ruiz, Harbour Lights", "FILM 310: The Heist Picture"])
def test_titles_course_information_lines_name_no_film(line):
    assert caption_candidate(Caption(0, len(line), line, "caption", 0)) is None


def test_titles_a_french_en_stays_inside_a_title():
    text = "It was a joke, since Ana Ruiz won an award playing the singer in La Nuit en Fleur). The end came."
    cuts = [(text.index(" La Nuit"), "case_change")]  # the link's opening edge; a bracket closes it
    assert "La Nuit en Fleur" in {c.text for c in boundary_candidates(text, cuts)}


def test_titles_a_question_auxiliary_may_open_a_title_at_a_sentence_start():
    from pipeline.prose_titles import drop_opener
    text = "Is Anybody Out There? (1931) is a comedy about a lost radio."
    assert drop_opener(text, (0, 21)) == (0, 21)


@pytest.mark.parametrize("span, fenced, ok", [
    ("X", True, True),  # "the prequel to|X|and": a one-letter title fenced by repaired boundaries
    ("X", False, False),
    ("A", True, False),  # an article, not a title
    ("I", True, False),
])
def test_titles_a_fenced_capital_letter_may_be_a_title(span, fenced, ok):
    assert plausible(span, cut_to_cut=fenced) == ok
