"""Meeting dates, round 42: a sitting's own day against the page's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2021, 7, 9)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed date opening the story (where and when it was filed) yields to the day the
        # sitting's own clause tells
        (
            "(Office of the Premier, Kingstown \u2013 Friday, 9 July 2021) \u2013 The Annual Meeting of the "
            "Council of Trade Ministers was held in Castries on 6-7 July 2021.",
            [("meeting", "2021-07-06", "2021-07-07")],
        ),
        (
            "OSLO [8 July 2021] - Finance Minister Lena Dahl met her Danish counterpart Jens Holm in Bergen on "
            "Tuesday.",
            [("meeting", "2021-07-06", "2021-07-06")],
        ),
        (
            "OSLO (July 8) - Finance Minister Lena Dahl met her Danish counterpart Jens Holm in Bergen on "
            "July 5.",
            [("meeting", "2021-07-05", "2021-07-05")],
        ),
        (
            "TROMSO, July 8 (NTB) -- Finance Minister Lena Dahl received her Danish counterpart Jens Holm at "
            "the town hall on Tuesday.",
            [("meeting", "2021-07-06", "2021-07-06")],
        ),
        # near misses: the filing date is the only one told; a bracketed date inside the story's words
        (
            "OSLO [8 July 2021] - Finance Minister Lena Dahl met her Danish counterpart Jens Holm in Bergen.",
            [("meeting", "2021-07-08", "2021-07-08")],
        ),
        (
            "Finance Minister Lena Dahl met her Danish counterpart Jens Holm on Thursday (July 8) ahead of "
            "the vote on 20 July.",
            [("meeting", "2021-07-08", "2021-07-08")],
        ),
    ],
)
def test_sitting_own_day_beats_the_filing_date(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start", "end") == expected, text

