"""Annotate: long texts go to spaCy in pieces, long tokens stay whole, lines start sentences.

These build docs with a blank English pipeline (no trained model is needed for them).
"""

import pytest
import spacy

from pipeline.annotate import keep_long_tokens, paragraph_breaks, split_text


@pytest.mark.parametrize(
    "text, limit, pieces",
    [
        ("short text", 100, ["short text"]),
        ("one two\n\nthree four\n\nfive", 12, ["one two\n\n", "three four\n\n", "five"]),
        ("aaa bbb. ccc ddd eee", 10, ["aaa bbb. ", "ccc ddd ", "eee"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
        ("", 10, [""]),
    ],
)
def test_split_text_cuts_at_breaks_and_keeps_every_character(text, limit, pieces):
    assert split_text(text, limit) == pieces
    assert "".join(pieces) == text and all(len(p) <= limit for p in pieces)


def test_keep_long_tokens_keeps_long_strings_whole_and_short_ones_as_before():
    nlp = spacy.blank("en")
    before = [t.text for t in nlp("(Title) and “Other”, done.")]
    keep_long_tokens(nlp.tokenizer, limit=20)
    assert [t.text for t in nlp("(Title) and “Other”, done.")] == before
    assert [t.text for t in nlp("((" * 20 + " end")] == ["((" * 20, "end"]


def test_paragraph_breaks_start_a_sentence_after_every_line_break():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = paragraph_breaks(nlp("A heading\nFirst line of text. More text\n\nNew paragraph"))
    assert [s.text for s in doc.sents] == ["A heading\n", "First line of text.", "More text\n\n", "New paragraph"]
