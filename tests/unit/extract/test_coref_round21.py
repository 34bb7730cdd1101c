"""Stage coref, round 21: short forms of given names join the full form."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She met Senator Joseph K. Varga on Monday. She thanked Joe Varga.", ["Joseph K. Varga"]),
        ("She met Philip Okonjo on Monday. Later Phil Okonjo spoke.", ["Philip Okonjo"]),
        ("She met Kenneth Abara on Monday. Later Ken Abara spoke.", ["Kenneth Abara"]),
        # negative: another given name with the same family name is someone else
        ("She met John Varga on Monday. Later Joe Varga spoke.", ["John Varga", "Joe Varga"]),
    ],
)
def test_short_given_name(text: str, expected: list[str]) -> None:
    assert names(text, PUBLISHED, "person") == expected
