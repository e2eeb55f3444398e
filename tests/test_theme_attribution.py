"""Attribution of theme words to a film named in passing outside its own passage
(pipeline/theme_attribution.py, used by pipeline/themes.py)."""

import re

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article
from pipeline.theme_attribution import (compared_elsewhere, listed_beside, only_in_passing, passing_sections, speaks_of,
                                        unnamed_sections)
from pipeline.themes import tag_themes, theme_matcher

NEWS = ("The jury at the lakeside festival named its winners on Saturday.\n\n"
        "The jury gave its top prize to a quiet drama on Saturday night.\n\n"
        "{sentence}\n\n"
        "The awards were handed out in the old opera house.\n")


def _themes(nlp, sentence: str) -> set[str]:
    """Theme ids the built-in taxonomy gives the film Paper Crowns, named in `sentence` of a news piece."""
    article = extract(annotate(clean(Article("t", "t.txt", "txt", NEWS.format(sentence=sentence))), nlp))
    article = tag_themes(article, theme_matcher(nlp))
    films = [f for f in article.films if f.title == "Paper Crowns"]
    assert films, "the fixture's film must be found"
    return {t["id"] for t in films[0].themes}


def _ask(sentence: str, term: str, title: str = "Paper Crowns") -> bool:
    at = sentence.index(title)
    return speaks_of(sentence, 0, len(sentence), sentence.index(term), [(at, at + len(title))])


@pytest.mark.parametrize(("sentence", "term", "expected"), [
    ("A road movie as tense as Paper Crowns, it never lets up.", "road movie", False),  # a yardstick
    ("Nobody since Paper Crowns has made heists look so dull.", "heists", False),  # a point in time
    ("Horror films such as Paper Crowns still scare.", "Horror", True),  # an example, not a yardstick
    ("Mara Olsen, whose Paper Crowns won a prize, sends a father after a missing daughter.", "missing", False),
    ("The vampire comedy Paper Crowns returns.", "vampire", True),  # the same clause
    ("She made Paper Crowns, and was about to turn up in a heist film.", "heist", False),  # goes on with "she"
    ("Also back is Paper Crowns (1982), whose vampire hunters still scare.", "vampire", True),  # hung on the name
    ("Paper Crowns won a prize, and her new film is about a missing daughter.", "missing", False),
])
def test_theme_attribution_speaks_of(sentence, term, expected):
    assert _ask(sentence, term) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "spoken_of", "themes"), [
    ("It is a revenge thriller, and as angry as anything she has made since Paper Crowns (1982) won the top prize.",
     "Paper Crowns (1982) is a revenge thriller, and as angry as anything she has made.", {"revenge", "thriller"}),
    ("Mara Olsen, whose Paper Crowns (1982) won a prize here, sends a grieving father into the desert in search of a "
     "missing daughter.", "Mara Olsen’s Paper Crowns (1982) sends a grieving father into the desert in search of a "
     "missing daughter.", {"disappearance", "grief"}),
    ("The second half turns into a road movie as tense as Mara Olsen’s Paper Crowns (1961), which also played here.",
     "Mara Olsen’s Paper Crowns (1961) turns into a road movie in its second half.", {"road-trip"}),
])
def test_theme_attribution_a_film_named_in_passing_gets_no_theme_of_the_sentence(nlp, sentence, spoken_of, themes):
    assert themes <= _themes(nlp, spoken_of)  # the same words give the film these themes when they speak of it
    assert not _themes(nlp, sentence) & themes


@pytest.mark.slow
def test_theme_attribution_keeps_the_clause_hung_on_a_film_name(nlp):
    assert "vampire" in _themes(nlp, "Mara Olsen’s Paper Crowns (1982), whose vampire hunters still scare, returns in a new print.")


@pytest.mark.parametrize(("sentence", "term", "expected"), [
    ("Like Paper Crowns, it is a slow revenge story.", "revenge", True),  # the yardstick stands in another clause
    ("Thirty years after Paper Crowns, she went back to the wasteland.", "wasteland", False),  # a third film, maybe
    ("It borrows the revenge plot of Paper Crowns.", "revenge", False),  # not a yardstick
    ("It is as bleak as the revenge story Paper Crowns.", "revenge", False),  # the term is the yardstick's own
])
def test_theme_attribution_compared_elsewhere(sentence, term, expected):
    at = sentence.index("Paper Crowns")
    assert compared_elsewhere(sentence, 0, len(sentence), sentence.index(term), [(at, at + len("Paper Crowns"))]) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Like Quiet Harbour, it is a slow story of revenge.", True),  # compared with another entry: still its own words
    ("It borrows the revenge plot of Quiet Harbour.", False),  # about the other entry: nobody's for sure
])
def test_theme_attribution_a_yardstick_in_a_section_leaves_the_theme_to_the_section_film(nlp, sentence, expected):
    from tests.test_theme_guards import _ids
    assert ("revenge" in _ids(nlp, "The Glass Vault", sentence)) == expected


@pytest.mark.slow
def test_theme_attribution_a_characters_life_story_is_no_biopic(nlp):
    # a story told by a character in a fiction; "biopic" and "biographical" still say it
    assert "biopic" not in _ids_in_list(nlp, "A stranger at the bar tells him the strangest life story he has heard.")
    assert "biopic" in _ids_in_list(nlp, "It is a biopic of a forgotten inventor.")


def _ids_in_list(nlp, sentence: str) -> set[str]:
    from tests.test_theme_guards import _ids
    return _ids(nlp, "The Glass Vault", sentence)


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "theme", "expected"), [
    ("Then his agent calls: the star has vanished from the set of a space epic directed by his ex.", "space-exploration", False),
    ("The spy sequel, starring a famous stuntman, remains a hit overseas.", "spy", False),
    ("She is obsessed with a vampire show called Night Hours.", "vampire", False),
    ("It is a vampire film directed by a first-timer.", "vampire", True),  # the film itself
    ("Since then it has stayed, like Night Hours, a vampire film directed by a first-timer.", "vampire", True),
    ("It remains the template for the vampire movie. Directed by a first-timer, it never lets up.", "vampire", True),
])
def test_theme_guards_a_work_inside_the_story_lends_no_theme(nlp, sentence, theme, expected):
    assert (theme in _ids_in_list(nlp, sentence)) == expected


@pytest.mark.parametrize(("paragraph", "passing"), [
    ("It is the director’s first film since Paper Crowns swept the awards. It is a heist story.", True),
    ("The script is by a writer who also wrote Paper Crowns and the ghost story Low Tide.", True),
    ("The famous ones are Glass Vault, Paper Crowns and Quiet Harbour. Few remember them.", True),
    ("Paper Crowns and Quiet Harbour belong on the same night. One is a heist story.", True),  # a pair entry
    ("If you liked Paper Crowns, watch Low Tide. It is a heist story.", True),  # the film the reader knows
    ("We left out the sequels (yes, even Paper Crowns). It is a heist story.", True),  # an aside in brackets
    ("Mara Olsen, whose 2017 debut Paper Crowns was soaked in blood, wears her influences proudly. It is a heist "
     "story.", True),  # the person's other film
    ("She thought of him after seeing his kindly doctor in Mara Olsen’s Paper Crowns. It is a heist story.", True),  # his part
    ("She thought of the kindly doctor in Mara Olsen’s Paper Crowns. It is a heist story.", False),
    ("Mara Olsen’s Paper Crowns, whose hero is a thief, is a heist story.", False),  # a clause hung on the film
    ("The old one (Paper Crowns) is a heist story.", False),  # the bracket holds another name of a film, no aside
    ("Start with Paper Crowns, a heist story set in a small town.", False),  # the passage's own film
    ("Paper Crowns is a heist story. Like Quiet Harbour, it ends at sea.", False),
    ("Few films have had as much fun with a heist as Paper Crowns. Its crew is old.", False),  # the entry itself
])
def test_theme_attribution_a_section_naming_its_film_only_in_passing(paragraph, passing):
    names = [(m.start(), m.end(), {"Paper Crowns": "p", "Glass Vault": "g", "Quiet Harbour": "q"}[m.group()])
             for m in re.finditer("Paper Crowns|Glass Vault|Quiet Harbour", paragraph)]
    found = passing_sections(paragraph, [(0, len(paragraph), "p")], names, kept=set())
    assert found == ([(0, len(paragraph))] if passing else [])
    assert passing_sections(paragraph, [(0, len(paragraph), "p")], names, kept={"p"}) == []  # a headed entry's own


def test_theme_attribution_films_named_only_in_passing():
    sections = [(0, 10, "a"), (12, 20, "b"), (22, 30, "b"), (32, 40, "c"), (42, 50, "c")]
    passing = [(0, 10), (12, 20), (32, 50)]
    assert only_in_passing(sections, passing) == {"a", "c"}  # b's second paragraph is its own


def test_theme_attribution_unnamed_sections():
    sections = [(0, 10, "a"), (12, 20, "a"), (22, 30, "a"), (32, 40, "b")]
    mentions = [(2, 6, "a"), (14, 18, "b"), (34, 38, "b")]
    # the second paragraph goes on a's passage but names only b; the third names nothing; the fourth names its own
    assert unnamed_sections(sections, mentions) == [(12, 20)]
    assert unnamed_sections(sections, []) == []


# Scraped style: titles glued to their neighbours, as get_text(strip=True) leaves them.
UNHEADED = ("4 Animated Films to Watch AfterThe Lantern Road\n\n"
            "The Lantern Roadis a gentle film about a girl and her grandmother.\n\n"
            "If it is the dream logic you loved, tryGlass Orchard. Directed byAna Ruiz, the 2006 film is about a "
            "device that lets doctors enter dreams.\n\n"
            "A small Irish studio offers a different kind of folklore.Tomas Vell’sPaper Crowns(2014) follows a boy "
            "and his sister on a journey home.\n\n"
            "Another great pick isQuiet Harbour, a heist film about an old crew.\n\n"
            "Finally, there isThe Copper Kettle, a ghost story set in a seaside hotel.\n")


@pytest.mark.slow
def test_theme_attribution_a_paragraph_led_by_another_film_is_not_the_last_films(nlp):
    """A paragraph with no title line above it that names a new film, and not the one carried from the paragraph
    before, does not give its no-film sentences to the carried film: "folklore" is not Glass Orchard's."""
    article = tag_themes(extract(annotate(clean(Article("t", "t.txt", "txt", UNHEADED)), nlp)), theme_matcher(nlp))
    themes = {f.title: {t["id"] for t in f.themes} for f in article.films}
    assert "Glass Orchard" in themes and "Paper Crowns" in themes, themes
    assert "folklore" not in themes["Glass Orchard"]
    assert "heist" in themes["Quiet Harbour"]  # a paragraph that names its own film keeps its words


@pytest.mark.slow
@pytest.mark.parametrize(("paragraph", "expected"), [
    ("Thirty years after Paper Crowns first played, the stories behind that thriller are still told.", False),
    ("Paper Crowns first played thirty years ago, and the stories behind that thriller are still told.", True),
])
def test_theme_attribution_a_section_naming_its_film_in_passing_gives_it_only_its_own_words(nlp, paragraph, expected):
    # extract gave the paragraph to the film it names; named only as a point in time, the film gets none of its words
    from dataclasses import replace

    from pipeline.record import Film, Mention
    article = annotate(clean(Article("t", "t.txt", "txt", paragraph + "\n", damaged=False)), nlp)
    at = article.clean.index("Paper Crowns")
    film = Film("p", "Paper Crowns", "recommended", 1, mentions=[Mention(at, at + 12, "Paper Crowns", article.clean)])
    article = tag_themes(replace(article, films=[film], sections=[(0, len(article.clean), "p")]), theme_matcher(nlp))
    assert ("thriller" in {t["id"] for t in article.films[0].themes}) == expected


@pytest.mark.parametrize(("sentence", "term", "expected"), [
    ("Besides the two heists and Paper Crowns, it takes three comedies.", "heists", True),  # another item of a list
    ("It takes Paper Crowns (2001) and the ghost story next door.", "ghost", True),
    ("It takes Paper Crowns, a ghost story about two sisters.", "ghost", False),  # an apposition says what it is
    ("It takes Paper Crowns and the submarine drama Glass Vault.", "submarine", False),  # the next film's kind
    ("Paper Crowns is a ghost story.", "ghost", False),
])
def test_theme_attribution_a_term_listed_beside_a_film_is_not_about_it(sentence, term, expected):
    mentions = [(m.start(), m.end(), m.group()) for m in re.finditer("Paper Crowns|Glass Vault", sentence)]
    at = sentence.index(term)
    assert listed_beside(sentence, at, at + len(term), mentions, [m[0] for m in mentions]) == expected
