"""Stages mentions and roles: a courtesy before an office word is a form of address, not a
person; a party member's label before a name is no part of it and is the person's party."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ('"Mr. President, we thank you," the envoy said.', "President", None),
        ('Ann Reid wrote: "Mr. President [Tom Hale], you are welcome."', "President", "Tom Hale"),
        ('"Mrs. Chairman, the vote is open," Tom Hale said.', "Chairman", "Tom Hale"),
        # a name after the office is still a titled person (negative case)
        ("Mr. Reid greeted Mr. President Hale on Monday.", "President", "President Hale"),
    ],
)
def test_form_of_address(text: str, absent: str, present: str | None) -> None:
    found = people(text, PUBLISHED)
    assert absent not in found
    if present is not None:
        assert present in found


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Republican Tom Hale won the race on Tuesday.", "Tom Hale", (None, "Republican Party")),
        ("Democrat Ann Reid said she would vote no.", "Ann Reid", (None, "Democratic Party")),
        ("Tory MP Ann Reid said the plan was wrong.", "Ann Reid", ("MP", "Conservative Party")),
        # a label inside a longer capitalised name is not a member's label (negative case)
        ("The Young Republican Tom Hale Fund gave money.", "Tom Hale", None),
    ],
)
def test_party_label_before_name(
    text: str, name: str, expected: tuple[str | None, str | None] | None
) -> None:
    found = people(text, PUBLISHED)
    if expected is None:
        assert all(v[1] != "Republican Party" for v in found.values())
    else:
        assert found[name] == expected
