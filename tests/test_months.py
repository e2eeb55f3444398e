"""Month names and their short forms: one list read by every date pattern."""

import re

import pytest

from pipeline.months import MONTH, MONTH_OR_SHORT


@pytest.mark.parametrize("word, full, short", [
    ("September", True, True),
    ("May", True, True),
    ("Sept", False, True),
    ("Sep", False, True),
    ("Aug", False, True),
    ("Jun", False, True),
    ("Maybe", False, False),
    ("Augur", False, False),
])
def test_months_patterns_read_full_names_and_short_forms(word, full, short):
    assert bool(re.fullmatch(MONTH, word)) is full
    assert bool(re.fullmatch(MONTH_OR_SHORT, word)) is short


def test_months_short_forms_are_no_titles_alone():
    from pipeline.titles import cues
    assert {"aug", "sept", "dec"} <= cues()["not_titles"]
    assert "may" not in cues()["not_titles"]  # a full name (and a modal verb) is left to the list itself


@pytest.mark.parametrize("text, ordinal, matches", [
    ("June 7th", True, True),
    ("Sept. 7", True, True),
    ("7th Jun.", True, True),
    ("June 7th", False, False),
    ("14 March", False, True),
    ("Junebug 7", True, False),
])
def test_months_month_day_reads_either_order(text, ordinal, matches):
    from pipeline.months import month_day
    assert bool(re.fullmatch(month_day(ordinal=ordinal), text)) is matches


@pytest.mark.parametrize("line, matches", [
    ("Harbour Lights — June 7 (Northwind Pictures)", True),
    ("Harbour Lights – Fall, date TBA", True),
    ("Harbour Lights — Summer 2031", True),
    ("Harbour Lights — June 7 (Northwind) — extended cut", False),  # a second dash: no distributor
    ("Harbour Lights — a thriller for June 7", False),
])
def test_months_release_after_dash_to_the_line_end(line, matches):
    from pipeline.months import release_after
    pattern = re.compile(r"^[^–—]+?" + release_after(r"\s*[–—]\s*", to_end=True))
    assert bool(pattern.match(line)) is matches


def test_months_release_after_without_dash_reads_from_the_caller_offset():
    from pipeline.months import release_after
    assert re.compile(release_after()).match("in theaters June 7")
    assert not re.compile(release_after()).match(" June 7")  # the spaces are the caller's dash pattern
    assert re.compile(release_after(r"\s*")).match(" June 7")


@pytest.mark.parametrize("name, text, matches", [
    ("LISTING_TIME", "8 p.m.", True),
    ("LISTING_TIME", "21:00 Harbour Lights", True),
    ("LISTING_TIME", "12:30 — intro", False),  # a chapter's time before a dash is no showtime
    ("CHAPTER_TIME", "01:09:30 ", True),
    ("CHAPTER_TIME", "7 p.m.", False),
    ("SCREENING_TIME", "19.30", True),
    ("SCREENING_TIME", "6:45PM", True),
])
def test_months_times_of_day_need_their_own_evidence(name, text, matches):
    import pipeline.months as months
    flags = re.IGNORECASE if name == "SCREENING_TIME" else 0
    assert bool(re.match(getattr(months, name), text, flags)) is matches
