"""Years the section's sentences give its film (pipeline.fact_attribution), on invented articles (loads spaCy: slow)."""

import pytest

from pipeline.annotate import annotate
from pipeline.clean import clean
from pipeline.extract import extract
from pipeline.record import Article

pytestmark = pytest.mark.slow


def _years(nlp, raw: str) -> dict[str, int | None]:
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    return {f.title: f.year for f in done.films}


def test_fact_years_an_entry_sentence_comparing_with_the_dated_subject_dates_the_entry(nlp):
    raw = ("5 Heist Movies to Watch After Night Harbour\n\nNight Harbour (2019) made a bank job look like a ballet. "
           "Here is what to watch next.\n\n1. Sky Raiders\n\nA crew of pilots robs a mail plane over the desert, and "
           "the 1981 film already has every trick ofNight Harbour.\n\n2. Glass Orchard\n\nA gardener plans a "
           "greenhouse theft with her three sons.\n\n3. The Salt Ledger\n\nTwo accountants empty a shipping firm one "
           "invoice at a time.\n")
    years = _years(nlp, raw)
    assert (years["Sky Raiders"], years["Night Harbour"]) == (1981, 2019)


def test_fact_years_an_undated_other_film_in_the_sentence_keeps_the_year_unanchored(nlp):
    # the subject has no year: "the 1981 film" may be the subject
    raw = ("5 Heist Movies to Watch After Night Harbour\n\nNight Harbour made a bank job look like a ballet. "
           "Here is what to watch next.\n\n1. Sky Raiders\n\nA crew of pilots robs a mail plane over the desert, and "
           "the 1981 film already has every trick ofNight Harbour.\n\n2. Glass Orchard\n\nA gardener plans a "
           "greenhouse theft with her three sons.\n\n3. The Salt Ledger\n\nTwo accountants empty a shipping firm one "
           "invoice at a time.\n")
    assert _years(nlp, raw)["Sky Raiders"] is None


def test_fact_years_the_subjects_paragraph_dates_it_before_another_film_is_named(nlp):
    raw = ("Sky Raiders review: pilots with a plan\n\nSky Raidersfollows two pilots who rob a mail plane over the "
           "desert. The 2019 film belongs to a long line of caper movies. Ever sinceNight Harbour (1998) set the rules, "
           "every crew has needed a pilot.\n")
    assert _years(nlp, raw)["Sky Raiders"] == 2019


@pytest.mark.parametrize("other_year, expected", [(1997, 1998), (1998, None)])  # "the 1998 film" may be the 1998 one
def test_fact_years_a_year_another_film_already_holds_is_not_the_subjects(nlp, other_year, expected):
    raw = ("Sky Raiders review: pilots with a plan\n\nSky Raidersfollows two pilots who rob a mail plane over the "
           f"desert, like the classicNight Harbour ({other_year}).\n\nThe 1998 film also won an Oscar for its aerial "
           "photography.Glass Orchard (2004)copied its look.\n")
    assert _years(nlp, raw)["Sky Raiders"] == expected


def _near(marked: str):
    """"... <Title> ..." -> the year facts.year_near reads for the marked mention (None when none)."""
    from pipeline.facts import year_near

    start, end = marked.index("<"), marked.index(">") - 1
    text = marked.replace("<", "").replace(">", "")
    found = year_near(text, start, end, (0, len(text)), only_film=False)
    return found[0] if found else None


@pytest.mark.parametrize("marked, year", [
    ("It is the reason they met in Ana Reyes’s 1986 original, <Sky Raiders>, and it shows.", 1986),
    ("The 2015 original, <Glass Orchard>, made $858 million.", 2015),
    ("The 2024 sequel, <Night Harbour 2>, is for completists.", 2024),
    ("Fans of Tomas Vell’s 1987 original <Salt Meridian> will love it.", 1987),
    ("It is a remake of the 1960 Rat Pack caper <Night Harbour>, which starred a crooner.", 1960),
    ("The 2019 streaming follow-up <Glass Orchard: The Return> is not in the box.", 2019),
    ("The director, whose 2017 debut <Sky Raiders> was soaked in blood, is back.", 2017),
    ("We left out Ana Reyes’s 2019 version of <Night Harbour>, which many count as live action.", 2019),
    ("Start with <Glass Orchard>, Vell’s gentle 1988 fable about two sisters.", 1988),
    ("Nothing comes close to <Salt Meridian>, the 1985 Soviet masterpiece about a boy.", 1985),
    ("Then put on <Sky Raiders>, D.J. Vell’s 2007 teen update, with a new cast.", 2007),
    ("Like the 1986 original, <Sky Raiders: Maverick> is about pilots.", None),  # the apposition does not close
    ("The 1985 hit single <Glass Orchard> topped the charts.", None),
])
def test_fact_years_a_dated_kind_of_film_at_the_mention_is_its_year(marked, year):
    assert _near(marked) == year


@pytest.mark.parametrize("sentence, year", [
    ("Neil Vell’s 1976 spoof gathers the greatest detectives.", 1976),
    ("Ana Reyes’s 1975 blockbuster is really about a town.", 1975),
    ("Together they make a case that the 1974 shocker is a work of art.", 1974),
    ("Tomas Vell’s 1973 masterpiece returns in 4K.", 1973),
    ("The 1986 remake of the 1958 original won an Oscar.", None),  # a remake or an original: which film?
])
def test_fact_years_a_sections_dated_kind_of_film(sentence, year):
    from pipeline.facts import section_year

    found = section_year(sentence, 0, len(sentence))
    assert (found[0] if found else None) == year


def test_fact_years_a_remake_of_a_dated_title_in_an_undated_entrys_section_is_no_new_film(nlp):
    raw = ("5 Heist Movies to Watch After Glass Orchard\n\nGlass Orchard (2019) made a bank job look like a ballet. "
           "Here is what to watch next.\n\n1. Sky Raiders Eleven\n\nIvo Brandt’s slick 2001 remake of the 1960 caper"
           "Sky Raiders 11, which starred a crooner, is still the gold standard.\n\n2. Salt Meridian\n\nA gardener "
           "plans a greenhouse theft with her three sons.\n\n3. The Salt Ledger\n\nTwo accountants empty a shipping "
           "firm one invoice at a time.\n")
    done = extract(annotate(clean(Article("p", "p.txt", "txt", raw)), nlp))
    assert sorted((f.title, f.year) for f in done.films if f.title.startswith("Sky")) == [
        ("Sky Raiders 11", 1960), ("Sky Raiders Eleven", None)]
