"""Sections: paragraphs of the clean text, in linear time."""

import pytest

from pipeline.sections import Paragraph, paragraphs


@pytest.mark.parametrize(
    "text, ends, expected",
    [
        ("One. Two.\n\nThree.", [4, 9, 17], [Paragraph(0, 9, 4), Paragraph(11, 17, 17)]),
        ("Line one\nline two\n\n\nNext", [], [Paragraph(0, 17, 17), Paragraph(20, 24, 24)]),
        ("a\n \nb", [], [Paragraph(0, 1, 1), Paragraph(2, 5, 5)]),  # a line of spaces ends a paragraph...
        ("a\n\n \n\nb", [], [Paragraph(0, 1, 1), Paragraph(6, 7, 7)]),  # ...and, alone, is none
        ("a\n  ", [], [Paragraph(0, 4, 4)]),  # trailing spaces on the last line stay in
        ("\n\n \n", [], []),
    ],
)
def test_paragraphs_split_at_blank_lines(text, ends, expected):
    assert paragraphs(text, ends) == expected
