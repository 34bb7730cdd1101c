"""Meetings: a trip under way is not the earlier, dated trip the story recalls."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def visits(text: str) -> list[tuple[str, str | None]]:
    doc = build_document(text, date(2020, 8, 18))
    return [(m.status, m.start) for m in doc.meetings if m.kind == "visit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the current stay and a recalled one: two trips
        (
            "Foreign Secretary Ravi Menon is on a visit to Dhaka to discuss trade. "
            "He first visited Dhaka in March this year and met Prime Minister Sheikh Hasina.",
            [("past", None), ("past", "2020-03")],
        ),
        (
            "Minister Ana Duarte is on a working visit to Lisbon. She had previously visited Lisbon in May 2019.",
            [("past", None), ("past", "2019-05")],
        ),
        # one trip told twice, the recall undated: still one
        (
            "Minister Ana Duarte visited Lisbon on Monday. It was her first visit to Lisbon.",
            [("past", "2020-08-17")],
        ),
    ],
)
def test_recalled_trip_stays_apart(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert visits(text) == expected
