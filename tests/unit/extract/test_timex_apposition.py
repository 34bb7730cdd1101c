"""Stage timexes: a date told twice (a weekday or day word beside it), premodifier months,
and months in phrases that look ahead."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import timexes
from briefing_tui.extract.document import Document, Sentence


def pairs(text: str, published: date) -> list[tuple[str, str | None]]:
    doc = Document(original=text, text=text, published=published)
    doc.sentences = [Sentence(0, 0, len(text))]
    timexes.find(doc)
    return [(t.text, t.value) for t in doc.timexes]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The photo was taken in Oslo on Mar. 7, Thursday.",
            date(2024, 3, 8),
            [("Mar. 7, Thursday", "2024-03-07")],
        ),
        (
            "The envoys will meet on Tuesday (April 9) in Rome.",
            date(2024, 4, 7),
            [("Tuesday (April 9)", "2024-04-09")],
        ),
        (
            "The envoys will meet on April 9 (Tuesday) in Rome.",
            date(2024, 4, 7),
            [("April 9 (Tuesday)", "2024-04-09")],
        ),
        (
            "The mayor opened the bridge today, 12th March 2024, in the rain.",
            date(2024, 3, 12),
            [("today, 12th March 2024", "2024-03-12")],
        ),
        ("3rd Sunday, March 2024 - 08:15 GMT", date(2024, 3, 3), [("3rd Sunday, March 2024", "2024-03-03")]),
        # negative: a weekday that does not fall on the date, a day word naming another day
        (
            "The photo was taken in Oslo on Mar. 7, Friday.",
            date(2024, 3, 8),
            [("Mar. 7", "2024-03-07"), ("Friday", "2024-03-08")],
        ),
        (
            "The mayor spoke today, 10th March 2024 was the deadline.",
            date(2024, 3, 12),
            [("today", "2024-03-12"), ("10th March 2024", "2024-03-10")],
        ),
        (
            "4th Sunday, March 2024 - 08:15 GMT",
            date(2024, 3, 3),
            [("Sunday", "2024-03-03"), ("March 2024", "2024-03")],
        ),
    ],
)
def test_date_told_twice(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert pairs(text, published) == expected
