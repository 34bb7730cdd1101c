"""Meeting dates and status, round 28."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _statuses(text: str, published: date) -> list[str]:
    return [m.status for m in build_document(text, published).meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record the event set: told of an event held, the infinitive is no purpose ahead
        (
            "Prime Minister Ola Brandt was the first foreign leader to visit Lisbon since the election.",
            "past",
        ),
        (
            "Prime Minister Ola Brandt became the first foreign leader to meet President Anna Lindqvist since"
            " the vote.",
            "past",
        ),
        (
            "Minister Ola Brandt, the first foreign minister to visit Chile since 2016, praised the new port.",
            "past",
        ),
        # near misses: a record still to be set looks forward
        (
            "Prime Minister Ola Brandt will be the first foreign leader to visit Lisbon since the election.",
            "upcoming",
        ),
        (
            "Prime Minister Ola Brandt is set to become the first foreign leader to meet President Anna"
            " Lindqvist since the vote.",
            "upcoming",
        ),
    ],
)
def test_record_claim_tense(text: str, expected: str) -> None:
    assert _statuses(text, date(2024, 3, 5)) == [expected]
