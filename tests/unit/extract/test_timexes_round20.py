"""Stage timexes, round 20: a month that is also a name, after a verb of scheduling and "for"."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import timex_pairs

# published Tuesday 2023-10-24


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "set for May", "planned for June": a date, whatever the month's other uses
        ("The summit set for May in Hiroshima will be hard.", [("May", "2024-05")]),
        ("The visit is planned for June.", [("June", "2024-06")]),
        ("The talks are slated for August.", [("August", "2024-08")]),
        # "for May" alone stays a name ("a win for May")
        ("It was a win for May in the party.", []),
        ("The ministers voted for June as chair.", []),
    ],
)
def test_scheduled_for_name_month(text: str, expected: list) -> None:
    assert timex_pairs(text) == expected
