"""Meetings, round 17: a later sentence telling the traveller's return on a day ends the trip told before."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2022, 7, 12)  # a Tuesday


def visits(text: str) -> list[tuple[str | None, str | None]]:
    """(start, end) of each visit the whole pipeline finds."""
    doc = build_document(text, PUBLISHED)
    return [(m.start, m.end) for m in doc.meetings if m.kind == "visit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the return told in a sentence of its own ends the upcoming trip
        (
            "President Jon Keta will travel to Ghana on Wednesday, 13 July for a summit in Accra. "
            "It will be his first trip to the region. The President will return to Kenya on Friday, 15 July.",
            [("2022-07-13", "2022-07-15")],
        ),
        (
            "Minister Anna Berg will visit Chile on 13 July. She will return home on 16 July.",
            [("2022-07-13", "2022-07-16")],
        ),
        # a return months later is another journey
        (
            "Minister Anna Berg will visit Chile on 13 July. She will return home on 20 November.",
            [("2022-07-13", "2022-07-13")],
        ),
        # a past trip is not ended by a return to come
        (
            "Minister Anna Berg visited Chile on 11 July. She will return to Chile on 16 July.",
            [("2022-07-11", "2022-07-11")],
        ),
        # the return deep in a long clause is someone else's
        (
            "Minister Anna Berg will visit Chile on 13 July. Officials of the ministry of trade in Santiago said "
            "the ambassador will return home on 16 July.",
            [("2022-07-13", "2022-07-13")],
        ),
    ],
)
def test_return_told_later_ends_the_trip(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    got = visits(text)
    assert [v for v in got if v[0] == expected[0][0]][:1] == expected
