"""Meeting attributes, round 37: general rules found on unseen articles ("last evening" dates a call)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of, timexes_of

PUBLISHED = date(2023, 3, 9)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last evening" is the evening before publication, as "last night"
        ("The two premiers spoke by phone last evening.", [("last evening", "2023-03-08")]),
        ("Last evening, the envoy landed in Nairobi.", [("Last evening", "2023-03-08")]),
        ("The minister called his counterpart last night.", [("last night", "2023-03-08")]),
        # near misses: the evening of the day, and an evening with no day
        ("The envoy lands in Nairobi this evening.", [("this evening", "2023-03-09")]),
        ("The talks lasted until the last evening of the session.", []),
        ("On its last night in port the ship was quiet.", []),
        ("She spoke on the evening news.", []),
    ],
)
def test_last_evening(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


def test_last_evening_dates_the_call() -> None:
    text = "Prime Minister Ravi Sharma and President Ana Rojas held a telephone conversation last evening."
    assert meetings_of(text, PUBLISHED, "kind", "start") == [("call", "2023-03-08")]
