"""Theme guards: title words, pretence, abstract genre nouns, title lines that head a paragraph,
and the period-setting gap (pipeline/theme_guards.py, pipeline/theme_cues.py)."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article, Caption, Film
from pipeline.theme_cues import headline_subjects, kind_takers
from pipeline.theme_guards import headed_entries, headed_sections, title_spans
from pipeline.themes import tag_themes, theme_matcher

LIST = (
    "8 Movies to Watch AfterNightfall Run\n\n"
    "Nightfall Runis a new drama about a courier on the night shift.\n\n"
    "1. The Glass Vault (1999)\n\n"
    "The Glass Vaultfollows a crew of old friends in a small town. {sentence}\n\n"
    "2. Quiet Harbour (2004)\n\n"
    "Quiet Harbouris a slow portrait of a town.\n\n"
    "3. {third} (2011)\n\n"
    "It is about two sisters.\n"
)


def _ids(nlp, title: str, sentence: str = "", third: str = "Paper Crowns") -> set[str]:
    """Theme ids the built-in taxonomy gives `title` in LIST with `sentence` in The Glass Vault's section."""
    article = extract(annotate(clean(Article("t", "t.txt", "txt", LIST.format(sentence=sentence, third=third))), nlp))
    article = tag_themes(article, theme_matcher(nlp))
    return {t["id"] for f in article.films if f.title == title for t in f.themes}


@pytest.mark.parametrize(("text", "names", "ignore_case", "expected"), [
    ("as bleak as Civil War in places", ["Civil War"], False, [(12, 21)]),
    ("a civil war drama", ["Civil War"], False, []),  # the war, not the film
    ("Murder Lane Movie Poster", ["murder lane"], True, [(0, 11)]),  # a caption: any case
    ("Us and them", ["Us"], False, []),  # too short to tell
])
def test_theme_guards_title_spans_find_whole_titles(text, names, ignore_case, expected):
    assert title_spans(text, names, ignore_case=ignore_case) == expected


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Red Sun. Red Sunrise and Red Sun_x, (Red Sun)", ["Red Sun"], [(0, 7), (37, 44)]),  # word chars end no match
    ("Dawn Dawn Dawn", ["Dawn Dawn"], [(0, 9)]),  # left to right, no overlap: the third word is no second match
    ("café Éclair", ["Éclair"], [(5, 11)]),  # accented letters are word characters on both sides
])
def test_theme_guards_title_spans_plain_search_finds_whole_words(text, names, expected):
    assert title_spans(text, names) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab _.éÉ1", max_size=30), st.text(alphabet="ab _.é1", min_size=1, max_size=6))
def test_theme_guards_title_spans_plain_search_equals_the_whole_word_regex(text, name):
    """The case-sensitive path searches without a regex; it finds what (?<!\\w)name(?!\\w) finds."""
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    want = [(m.start(), m.end()) for m in pattern.finditer(text)]
    assert title_spans(text, [name], always=[name]) == want


@pytest.mark.slow
def test_theme_guards_a_title_line_gives_no_theme_of_its_words(nlp):
    # "3. The Revenge Club (2011)" is a heading caption: its words are the film's name
    assert "revenge" not in _ids(nlp, "The Revenge Club", third="The Revenge Club")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme", "expected"), [
    ("Its hero pretends to be dying of a rare cancer to win back his family.", "illness", False),
    ("Its hero is slowly dying of a rare cancer.", "illness", True),
    ("A drifter passes herself off as a couple’s missing son.", "disappearance", False),
    ("A couple searches for their missing son.", "disappearance", True),
])
def test_theme_guards_pretence_in_the_clause_cancels_a_theme(nlp, sentence, theme, expected):
    assert (theme in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Glass Vault captures the horror of war.", False),  # an abstract noun
    ("The Glass Vault is a horror story told in daylight.", True),  # the genre
])
def test_theme_guards_the_horror_of_is_not_the_genre(nlp, sentence, expected):
    assert ("horror" in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("It is set in 1952 in a small town.", True),  # 47 years before the film
    ("It is set in 1975 in a small town.", False),  # a recent decade is not history
])
def test_theme_guards_period_setting_needs_a_generation(nlp, sentence, expected):
    assert ("history" in _ids(nlp, "The Glass Vault", sentence)) == expected


def _captioned(captions: list[tuple[str, str, str]]) -> Article:
    """An article with two sections, both given to film a, and captions (rule, text, film id) before the second."""
    films = [Film("a", "Alder Street"), Film("b", "Birch Hollow"), Film("c", "Cedar Point")]
    article = Article("t", "t.txt", "txt", "", clean="x" * 40, films=films)
    article.sections = [(0, 10, "a"), (12, 40, "a")]
    article.captions = [Caption(0, 0, text, rule, 12, film_id) for rule, text, film_id in captions]
    return article


@pytest.mark.parametrize(("captions", "owner"), [
    ([("heading", "2. Birch Hollow (2025)", "b")], "b"),  # a title line heads the paragraph below it
    ([("caption", "Birch Hollow (Norway) — Grand Prix", "b")], "b"),
    ([("caption", "Birch Hollow", "b")], "b"),
    ([("caption", "Jane Doe in Birch Hollow. Photo: A Studio", "b")], "a"),  # a photo caption heads nothing
    ([("poster_caption", "Birch Hollow Movie Poster", "b")], "a"),
    ([("caption", "Birch Hollow (1999) — Sat 10 Oct", "b"), ("caption", "Cedar Point (2001) — Sun 11 Oct", "c")], "a"),
])
def test_theme_guards_title_line_owns_the_paragraph_below(captions, owner):
    sections = headed_sections(_captioned(captions))
    assert sections[0] == (0, 10, "a")
    assert sections[1] == (12, 40, owner)


def _headed_list() -> Article:
    """Three entries under title lines (films a, b, c), then a paragraph of c's entry that extract gave to d,
    a film named there in passing; then a poster caption of d and a paragraph of its own."""
    films = [Film("a", "Alder Street", "recommended", 1), Film("b", "Birch Hollow", "recommended", 2),
             Film("c", "Cedar Point", "recommended", 3), Film("d", "Dune Road", "recommended", 4)]
    article = Article("t", "t.txt", "txt", "", clean="x" * 100, films=films)
    article.sections = [(0, 10, "a"), (12, 20, "b"), (22, 30, "c"), (32, 40, "d"), (42, 50, "d")]
    lines = [("heading", "1. Alder Street (2001)", "a", 0), ("heading", "2. Birch Hollow (2002)", "b", 12),
             ("heading", "3. Cedar Point (2003)", "c", 22), ("poster_caption", "Dune Road Movie Poster", "d", 42)]
    article.captions = [Caption(0, 0, text, rule, before, film_id) for rule, text, film_id, before in lines]
    return article


def test_theme_guards_a_title_line_owns_its_entry_up_to_the_next_film_caption():
    sections = headed_sections(_headed_list())
    assert [owner for _, _, owner in sections] == ["a", "b", "c", "c", "d"]


def test_theme_guards_few_title_lines_carry_nothing():
    article = _headed_list()
    article.captions = article.captions[1:]  # two title lines: not a list of headed entries
    assert [owner for _, _, owner in headed_sections(article)] == ["a", "b", "c", "d", "d"]
    assert headed_entries(article) is None
    assert headed_entries(_headed_list()) == {"a", "b", "c"}


@pytest.mark.parametrize(("headline", "entries", "ranked", "expected"), [
    ("8 Heist Movies to Watch After Dune Road", None, set(), {"a", "b", "c", "d"}),  # the subject the headline names
    ("8 Underrated Heist Movies", None, set(), {"a", "b", "c"}),  # a subject guessed from the text: not the list's
    ("8 Heist Movies to Watch After Dune Road", {"a", "b"}, set(), {"a", "b", "d"}),  # c has no title line
    # c has no title line but a list rank ("3. Title (Year) ..." as a paragraph): an entry all the same
    ("8 Heist Movies to Watch After Dune Road", {"a", "b"}, {"c"}, {"a", "b", "c", "d"}),
])
def test_theme_cues_headline_kind_goes_to_the_lists_own_entries(headline, entries, ranked, expected):
    article = _headed_list()
    article.films[3].role = "subject"
    for film in article.films:
        film.rank = film.rank if film.film_id in ranked else None
    assert kind_takers(article, headline, entries) == expected


@pytest.mark.parametrize(("headline", "expected"), [
    ("Heist Movies to Watch After Dune Road", {"d"}),  # the headline names the subject
    ("The Best Heist Movies of the Decade", set()),  # a subject guessed from the text
    (None, {"d"}),  # no headline: nothing to check it against
])
def test_theme_cues_headline_subjects_are_those_the_headline_names(headline, expected):
    article = _headed_list()
    article.films[3].role = "subject"
    article.captions = [c for c in article.captions if c.rule != "headline"]
    if headline is not None:
        article.captions.append(Caption(0, len(headline), headline, "headline", 0))
    assert headline_subjects(article) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme"), [
    ("Its hero wakes from a coma to find the town changed.", "illness"),  # a premise, not an illness story
    ("A stranger walks into an FBI office and asks for a lawyer.", "police"),  # a place, not a police story
    ("It is a ghostly, elliptical film about memory.", "ghost"),  # a figure of speech
])
def test_theme_guards_builtin_taxonomy_skips_incidental_words(nlp, sentence, theme):
    assert theme not in _ids(nlp, "The Glass Vault", sentence)


@pytest.mark.slow
def test_theme_guards_years_that_set_no_film_are_not_the_articles_period(nlp):
    text = LIST.format(sentence="The story follows a town in 1996.", third="Paper Crowns").replace(
        "Quiet Harbouris a slow portrait of a town.", "Quiet Harbouris a slow portrait of a town in 1997.")
    article = tag_themes(extract(annotate(clean(Article("t", "t.txt", "txt", text)), nlp)), theme_matcher(nlp))
    assert "history" not in {t["id"] for t in article.themes}  # each year is too close to its film's own


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme", "expected"), [
    ("It stars a newcomer best known as a gangster in a television series.", "organized-crime", False),
    ("Its hero is a small-town gangster.", "organized-crime", True),
    ("Its heroine is a former ballet dancer who runs a bakery.", "dance", False),
    ("Its heroine is a ballet dancer in her last season.", "dance", True),
    ("Its heroine is a nurse who once trained to be a nun.", "religion", False),  # a past role
    ("Its heroine is a nun in a mountain convent.", "religion", True),
])
def test_theme_guards_other_work_and_past_roles_give_no_theme(nlp, sentence, theme, expected):
    assert (theme in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
def test_theme_guards_article_theme_needs_a_film_that_keeps_it(nlp):
    sentence = "The Glass Vault and Quiet Harbour both end in a heist. The Glass Vault and Quiet Harbour both open with one heist."
    text = LIST.format(sentence=sentence, third="Paper Crowns")
    article = tag_themes(extract(annotate(clean(Article("t", "t.txt", "txt", text)), nlp)), theme_matcher(nlp))
    assert not any(t["id"] == "heist" for f in article.films for t in f.themes)  # two films a sentence: neither
    assert "heist" not in {t["id"] for t in article.themes}  # so not the article's either


@pytest.mark.slow
def test_theme_guards_a_coming_of_age_comedy_list_is_comedy_not_teen_comedy(nlp):
    text = LIST.format(sentence="", third="Paper Crowns").replace(
        "8 Movies to Watch AfterNightfall Run", "8 Coming-of-Age Comedies to Watch AfterNightfall Run")
    article = tag_themes(extract(annotate(clean(Article("t", "t.txt", "txt", text)), nlp)), theme_matcher(nlp))
    vault = {t["id"] for f in article.films if f.title == "The Glass Vault" for t in f.themes}
    assert "comedy" in vault and "teen-comedy" not in vault  # children and adults come of age too


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Glass Vault is one of the funniest comedies of its decade.", True),  # picked out of the group
    ("The Glass Vault is a comedy about friendship.", True),
    ("The Glass Vault sits with seven other comedies that flopped in their decade.", False),  # a group of films
])
def test_theme_guards_a_plural_genre_name_is_a_group_of_films(nlp, sentence, expected):
    assert ("comedy" in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme", "expected"), [
    ("Its inmates put on an absurd comedy involving time travel.", "time-travel", False),  # a show in the story
    ("Its hero is a physicist obsessed with time travel.", "time-travel", True),
    ("Its heroes stage a hasty wedding in a small town.", "wedding", True),  # a wedding is not a show
])
def test_theme_guards_a_show_put_on_in_the_story_gives_no_theme(nlp, sentence, theme, expected):
    assert (theme in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme", "expected"), [
    ("Its villain has a voice like an earthquake.", "natural-disaster", False),  # a noun likened to it
    ("Its village is flattened by an earthquake.", "natural-disaster", True),
    ("Its hero, fresh out of prison, plans one more job.", "prison", False),  # a past the story starts after
    ("Its hero spends ten years in prison.", "prison", True),
    ("Its last act is a chase that feels lifted from a spy movie.", "spy", False),  # a moment borrowed from a kind
    ("Its last act is a chase straight out of a horror film.", "horror", False),
    ("Its hero is a retired spy in a small town.", "spy", True),
])
def test_theme_guards_likenesses_and_left_pasts_give_no_theme(nlp, sentence, theme, expected):
    assert (theme in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Its heroine loves a teen show called Night Owls, in which two girls fight a monster.", False),  # the show's
    ("Its heroine loves a teen show, and in the woods two girls fight a monster.", True),
])
def test_theme_guards_a_clause_about_a_named_work_gives_no_theme(nlp, sentence, expected):
    assert ("monster" in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Its story begins just after the Second World War.", False),  # a point in time
    ("Its story follows two soldiers through the Second World War.", True),
])
def test_theme_guards_a_war_that_only_dates_the_story_gives_no_theme(nlp, sentence, expected):
    assert ("world-war-ii" in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
def test_theme_guards_an_action_star_is_a_career_not_a_kind_of_film(nlp):
    matcher = theme_matcher(nlp)
    doc = nlp("The role turned a stage actor into an action star, and the film has a great shootout.")
    found = {hit[0] for hit in matcher.lemma_hits(doc)} | {nlp.vocab.strings[i] for i, _, _ in matcher.lower(doc)}
    assert found == {"action"}  # from "shootout" only
    assert [doc[s:e].text for t, s, e in matcher.lemma_hits(doc) if t == "action"] == ["shootout"]


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Two pilots are taken prisoner and held in a camp in the hills.", set()),  # war captives
    ("Two pilots break out of a prisoner-of-war camp.", {"prisoner-of-war"}),
    ("A British colonel, a prisoner of the enemy, builds a bridge.", set()),
    ("An escaped prisoner hides in a farmhouse.", {"prison"}),
    ("A man on death row waits for a call.", {"prison"}),
])
def test_theme_guards_a_war_captive_is_no_prison_theme(nlp, sentence, expected):
    matcher = theme_matcher(nlp)
    doc = nlp(sentence)
    found = {hit[0] for hit in matcher.lemma_hits(doc)} | {nlp.vocab.strings[i] for i, _, _ in matcher.lower(doc)}
    assert found & {"prison", "prisoner-of-war"} == expected


def test_theme_cues_a_charts_films_take_the_headlines_kind():
    films = [Film("a", "Alder Street", "mentioned"), Film("b", "Birch Hollow", "mentioned"), Film("c", "Cedar Point", "mentioned")]
    article = Article("t", "t.txt", "txt", "", clean="x" * 50, films=films)
    article.captions = [Caption(0, 0, "Rank", "table_cell", 0, None), Caption(0, 0, "Title", "table_cell", 0, None),
                        Caption(0, 0, "1", "table_cell", 0, None), Caption(0, 0, "Alder Street", "table_title", 0, "a"),
                        Caption(0, 0, "2", "table_cell", 0, None), Caption(0, 0, "Birch Hollow", "table_title", 0, "b")]
    # a chart of "The Biggest Animated Movies": its rows are such films; c, named only in the commentary, is not
    assert kind_takers(article, "The Biggest Animated Movies of All Time", None) == {"a", "b"}


@pytest.mark.slow
def test_theme_guards_an_animated_movie_is_animation(nlp):
    matcher = theme_matcher(nlp)
    doc = nlp("It is the best animated movie of the year.")
    assert "animation" in {hit[0] for hit in matcher.lemma_hits(doc)} | {nlp.vocab.strings[i] for i, _, _ in matcher.lower(doc)}


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "absent", "present"), [
    ("He works as a stunt driver by day and drives for robbers at night.", "stunts", None),  # a hero's job
    ("The film's stunt team flipped a real bus on the motorway.", None, "stunts"),
    ("Framed for a theft, the two friends go on the run across the mountains.", "escape", None),  # a chase
    ("The two friends plan a jailbreak from the island fortress.", None, "escape"),
    ("A silent undead knight rises from his grave.", "zombie", "supernatural"),  # any risen dead
    ("A bomb disposal team works the roads outside the base.", "terrorism", None),  # a soldier's job
    ("A hijacker takes the night train.", None, "terrorism"),
    ("The town is cheered on by propaganda newsreels.", "archival-footage", None),  # a newsreel in the story
    ("The documentary is cut from archival newsreels of the strike.", None, "archival-footage"),
])
def test_theme_guards_job_and_chase_words_are_no_theme(nlp, sentence, absent, present):
    matcher = theme_matcher(nlp)
    doc = nlp(sentence)
    found = {hit[0] for hit in matcher.lemma_hits(doc)} | {nlp.vocab.strings[i] for i, _, _ in matcher.lower(doc)}
    assert absent not in found
    assert present is None or present in found


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme", "expected"), [
    ("The Glass Vault follows a fading TV cowboy who drinks too much.", "western", False),  # a part on television
    ("The Glass Vault follows a fading cowboy who drinks too much.", "western", True),
    ("Its heroine runs a television newsroom in a small city.", "journalism", True),  # work in the medium itself
    ("Its villain is the vengeful Marta Quill, a rival baker.", "revenge", False),  # one character's trait
    ("It is a vengeful tale of two sisters who never forgive.", "revenge", True),
])
def test_theme_guards_a_part_on_a_show_or_a_characters_trait_is_no_theme(nlp, sentence, theme, expected):
    assert (theme in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("It was dismissed by critics on release as a silly film about giant insects.", False),  # a view rejected
    ("It was mistaken for a film about giant insects.", False),
    ("Its heroes fight giant insects in the desert.", True),
    ("It was dismissed on release, and its heroes fight giant insects in the desert.", True),  # another clause
    ("Its hero is a clerk mistaken for a monster hunter by the whole village.", True),  # the story's own mix-up
])
def test_theme_guards_a_dismissed_view_gives_no_theme(nlp, sentence, expected):
    assert ("monster" in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Its villain plays a “terrorist” who is really after the bonds in the vault.", False),  # a word held at a distance
    ("Its villain plays a terrorist who wants the bonds in the vault.", True),
    ("Critics called it “a tense terrorist thriller that never lets up”.", True),  # a quoted view, not one word
])
def test_theme_guards_a_scare_quoted_word_gives_no_theme(nlp, sentence, expected):
    assert ("terrorism" in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
def test_theme_guards_a_dismissed_view_covers_the_work_nouns_modifier(nlp):
    # "as a dumb action movie": the genre word modifies the rejected view's work noun
    assert "action" not in _ids(nlp, "The Glass Vault", "The Glass Vault was dismissed on release as a dumb action movie about robots.")
    assert "action" in _ids(nlp, "The Glass Vault", "The Glass Vault is a lean action movie about robots.")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme", "expected"), [
    ("Its director made it before he had ever touched a superhero.", "superhero", False),  # not yet
    ("Its hero is a tired superhero who wants to retire.", "superhero", True),
    ("The Glass Vault moves the story from wartime Paris to a quiet suburb.", "war", False),  # the setting it left
    ("The Glass Vault follows a family through wartime Paris.", "war", True),
    ("The Glass Vault moves from Paris to a wartime village.", "war", True),  # where it moved to
])
def test_theme_guards_what_had_not_happened_or_was_left_behind_gives_no_theme(nlp, sentence, theme, expected):
    assert (theme in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Its cast came back for the anime series Moon Garden Nights, which stays on the service.", False),  # another work
    ("Its heroine draws anime comics at night.", True),
    ("Its cast came back for the anime series Scott Vell Returns, which stays on the service.", False),  # a person's name
    ("The Glass Vault is the anime series Mara Vell always wanted to make.", True),  # who made it, not another work
])
def test_theme_guards_a_kind_of_another_named_work_gives_no_theme(nlp, sentence, expected):
    assert ("anime" in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
def test_theme_guards_a_caption_of_a_short_title_gives_no_theme_of_its_words(nlp):
    # "Spy" is both a three-letter title and a theme term: its title line is the title, not a spy film
    assert "spy" not in _ids(nlp, "Spy", third="Spy")
    assert "spy" in _ids(nlp, "The Glass Vault", "Its hero is a retired spy.", third="Spy")


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme", "expected"), [
    ("Its heroine vanishes on the morning of their tenth wedding anniversary.", "wedding", False),  # a past remembered
    ("Its hero goes home for his twenty-year high school reunion.", "high-school", False),
    ("Its heroine plans a small wedding by the sea.", "wedding", True),
    ("Its hero teaches at a high school by the sea.", "high-school", True),
])
def test_theme_guards_an_anniversary_or_reunion_gives_no_theme(nlp, sentence, theme, expected):
    assert (theme in _ids(nlp, "The Glass Vault", sentence)) == expected
