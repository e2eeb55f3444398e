"""pipeline.release_years: a year stated by a release or return phrase at one mention (invented sentences)."""

import pytest

from pipeline.release_years import release_year_at


def _at(marked: str):
    """"... <Title> ..." -> the year release_year_at reads for the marked mention, and its evidence text."""
    start, end = marked.index("<"), marked.index(">") - 1
    text = marked.replace("<", "").replace(">", "")
    found = release_year_at(text, start, end, 0)
    return (found[0], found[1].text) if found else None


@pytest.mark.parametrize("marked, year, evidence", [
    ("Then Ana Reyes’s <Night Harbour> arrived in 1984 instead.", 1984, "Night Harbour arrived in 1984"),
    ("But <Sky Raiders> finally opened in cinemas on June 28, 2024.", 2024,
     "Sky Raiders finally opened in cinemas on June 28, 2024"),
    ("She is back for the first time since <Glass Orchard> premiered there in 2008.", 2008,
     "Glass Orchard premiered there in 2008"),
    ("A sequel, <Glass Orchard Two>, followed in 2021.", 2021, "Glass Orchard Two, followed in 2021"),
    ("Tomas Vell’s <Night Harbour>, which opened in Dec. 2024, was a remake.", 2024,
     "Night Harbour, which opened in Dec. 2024"),
    ("Ivo Brandt followed with <Sky Raiders 2> in 2000, and the rest is history.", 2000,
     "followed with Sky Raiders 2 in 2000"),
    ("He made his feature debut with <Sky Raiders III> in 2006.", 2006, "debut with Sky Raiders III in 2006"),
    ("Mara Quint returned to the desert with <Salt Meridian> in 2024.", 2024,
     "returned to the desert with Salt Meridian in 2024"),
    ("The star came back for <Glass Orchard> in 2001, but nobody remembers it.", 2001,
     "came back for Glass Orchard in 2001"),
    ("He remade the vampire comedy <Night Harbour> in 2011.", 2011, "remade the vampire comedy Night Harbour in 2011"),
    ("He went on to a shot-for-shot remake of <Night Harbour> in 1998.", 1998, "remake of Night Harbour in 1998"),
    ("Quint returned in 2024 with the prequel <Salt Meridian>, which is better.", 2024,
     "returned in 2024 with the prequel Salt Meridian"),
    ("It beat the record set by 2019’s <Sky Raiders> by a mile.", 2019, "2019’s Sky Raiders"),
])
def test_release_years_a_phrase_at_the_mention_dates_it(marked, year, evidence):
    assert _at(marked) == (year, evidence)


@pytest.mark.parametrize("marked", [
    "<Night Harbour> arrived on Netflix in 2020.",  # a streaming date
    "She won an Oscar for <Night Harbour> in 1976.",  # a ceremony's year
    "<Night Harbour> returned to cinemas in 2022.",  # a re-release
    "<Night Harbour> opened in 2,000 theaters across the country.",
    "<Night Harbour> premiered in 2019–2020 festivals.",
    "Ivo Brandt followed with <Sky Raiders 2>, a hit, and retired in 2000.",
    "The mayor had $2019’s <Sky Raiders> money.",
])
def test_release_years_other_dates_near_the_mention_are_not_its_year(marked):
    assert _at(marked) is None


def test_release_years_year_near_reads_them_for_a_mention():
    from pipeline.facts import year_near

    text = "Ivo Brandt followed with Sky Raiders 2 in 2000, and the rest is history."
    start = text.index("Sky")
    found = year_near(text, start, start + len("Sky Raiders 2"), (0, len(text)), only_film=True)
    assert found is not None and found[0] == 2000


@pytest.mark.parametrize("sentence, year", [
    ("Upon its release in 1955, it won the jury prize.", 1955),
    ("It was released in 2003 and has lost none of its grip.", 2003),
    ("The film arrives in cinemas on June 26, 2026.", 2026),
    ("Directed by Ana Reyes and released in 2022, it winks at every convention.", 2022),
    ("Released on Jan. 10, 2025, the sequel trades car chases for a vault.", 2025),
    ("The novel was released in 2003.", None),  # not the film
    ("It was released on Netflix in 2020.", None),  # a streaming date
    ("It opened in 2,000 theaters.", None),
])
def test_release_years_a_sentence_dating_its_film_without_naming_it(sentence, year):
    from pipeline.facts import section_year

    found = section_year(sentence, 0, len(sentence))
    assert (found[0] if found else None) == year


def test_release_years_a_year_then_to_and_words_is_no_span():
    assert _at("Then came <Sky Raiders>, which opened in July 2023 to a softer start.") == (
        2023, "Sky Raiders, which opened in July 2023")
