"""Stage roles: a capitalised modifier after a capitalised word ends a party's name before a
lowercase office ("NZ First leader X"), and the body of a first lowercase office joined by "and"
is the holder's ("Labour Party leader and prime minister X")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Voters cheered as Nation First leader Ann Reid arrived.",
            "Ann Reid",
            ("Nation First leader", "Nation First"),
        ),
        # no capitalised word before the modifier: no body (negative case)
        ("The First leader Tom Hale spoke on Monday.", "Tom Hale", ("First leader", None)),
        (
            "He met Labour Party leader and caretaker prime minister Tom Hale.",
            "Tom Hale",
            ("prime minister", "Labour"),
        ),
        # a person before "and" gives no body (negative case)
        ("He met Ann Reid and prime minister Tom Hale.", "Tom Hale", ("prime minister", None)),
    ],
)
def test_party_offices(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert people(text, PUBLISHED)[name] == expected
