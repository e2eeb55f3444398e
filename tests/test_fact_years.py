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
