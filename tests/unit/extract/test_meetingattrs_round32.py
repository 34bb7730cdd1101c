"""Meeting attributes, round 32: general rules found on unseen articles (days of trips)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 17)  # a Saturday


def _visit_days(text: str) -> tuple[str | None, str | None] | None:
    doc = build_document(text, PUBLISHED)
    return next(((m.start, m.end) for m in doc.meetings if m.kind == "visit"), None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # an arrival told with no day, next to a sitting of the traveller told with the story's day
        (
            "Chilean Foreign Minister Ana Rojas has arrived in Oslo for an official visit. "
            "Rojas was received on Saturday morning by Norwegian Prime Minister Ola Brandt, "
            "and the two held talks at his office.",
            ("2024-08-17", "2024-08-17"),
        ),
        (
            "Chilean Foreign Minister Ana Rojas on Friday met Norwegian Prime Minister Ola Brandt in Oslo. "
            "Rojas has arrived in Oslo for a day-long visit and is set to hold talks with business leaders.",
            ("2024-08-16", "2024-08-16"),
        ),
        # the length told with the arrival gives the stay's last day
        (
            "Chilean Foreign Minister Ana Rojas has landed in Oslo on a three-day official visit. "
            "Rojas met Norwegian Prime Minister Ola Brandt on Saturday.",
            ("2024-08-17", "2024-08-19"),
        ),
        # near miss: a sitting dated well before the story's day is no day of this arrival
        (
            "Chilean Foreign Minister Ana Rojas has arrived in Oslo for an official visit. "
            "Rojas met Norwegian Prime Minister Ola Brandt last Monday in Madrid.",
            (None, None),
        ),
        # near miss: two sittings on two days give no one day
        (
            "Chilean Foreign Minister Ana Rojas met Norwegian Prime Minister Ola Brandt on Friday. "
            "Rojas has arrived in Oslo for an official visit. "
            "On Saturday, Rojas held talks with Norwegian Foreign Minister Kari Dahl.",
            (None, None),
        ),
        # near miss: a trip told with no arrival is not dated by a sitting next to it
        (
            "Chilean Foreign Minister Ana Rojas is on an official visit to Norway. "
            "Rojas met Norwegian Prime Minister Ola Brandt on Saturday.",
            (None, None),
        ),
    ],
)
def test_an_undated_arrival_takes_the_day_of_the_travellers_sitting(
    text: str, days: tuple[str | None, str | None]
) -> None:
    assert _visit_days(text) == days
