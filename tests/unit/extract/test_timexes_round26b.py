"""Timexes, round 26b: a quote's "tomorrow" and "yesterday", in a story of the day before publication, are
told from the day the words were spoken (as its "today" is)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

TUESDAY = date(2020, 10, 27)


def _values(text: str, word: str, published: date = TUESDAY) -> list[str | None]:
    return [t.value for t in build_document(text, published).timexes if t.text.lower() == word]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            'Minister Tom Lind on Monday held talks with Ama Boateng. "Looking forward to the dialogue'
            ' tomorrow," he added.',
            "tomorrow",
            "2020-10-27",
        ),
        (
            'Tom Lind met Ama Boateng in Accra on Monday. "We spoke by phone yesterday and agreed to meet,"'
            " Lind said.",
            "yesterday",
            "2020-10-25",
        ),
        (
            "Tom Lind met Ama Boateng in Accra on Monday. \u201cThe ministers will sign the deal tomorrow,\u201d"
            " Lind told reporters.",
            "tomorrow",
            "2020-10-27",
        ),
        (
            "Tom Lind on Monday met Ama Boateng and said he was looking forward to the dialogue on Tuesday."
            ' "Looking forward to the dialogue tomorrow," he added.',
            "tomorrow",
            "2020-10-27",
        ),
        # near misses: no earlier day told, a word outside quotes, a story of publication day itself
        (
            'Tom Lind met Ama Boateng in Accra. "We will sign the deal tomorrow," Lind said.',
            "tomorrow",
            "2020-10-28",
        ),
        (
            "Tom Lind met Ama Boateng in Accra on Monday. They will sign the deal tomorrow.",
            "tomorrow",
            "2020-10-28",
        ),
        (
            'Tom Lind met Ama Boateng in Accra on Tuesday. "We will sign the deal tomorrow," Lind said.',
            "tomorrow",
            "2020-10-28",
        ),
    ],
)
def test_quoted_day_word_told_from_spoken_day(text: str, word: str, expected: str) -> None:
    assert _values(text, word) == [expected]
