"""Organizations, round 33.

- "the Government of [President] X" is a leader's government: named by its leader, a government is
  the country's (as "the X Administration" is), no body of its own; a government named by its
  subject ("of National Unity") or its country stays as it was.
- "the foreign ministry": a ministry named by its portfolio alone after "the" is a body.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The accord was signed by the Government of President Luis Moreno on Monday.", "Luis Moreno"),
        ("Relations with the Government of Maria Lopez were frozen after the vote.", "Maria Lopez"),
        ("Talks with the Administration of President Peter Okafor resumed.", "Peter Okafor"),
    ],
)
def test_a_leaders_government_is_no_body(text: str, person: str) -> None:
    assert names(text, PUBLISHED, "organization") == []
    assert person in names(text, PUBLISHED, "person")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: a government named by its subject stays a body
        ("The Government of National Unity rejected the plan on Monday.", "Government of National Unity"),
        ("The Government of National Accord rejected the plan on Monday.", "Government of National Accord"),
    ],
)
def test_a_government_named_by_its_subject_stays(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


# "the foreign ministry said": a ministry named by its portfolio alone after "the" is a body
@pytest.mark.parametrize(
    "text",
    [
        "The two sides discussed trade and energy, the foreign ministry said on Sunday.",
        "The visit was confirmed in a statement by the defence ministry on Monday.",
        "Relations have warmed since March, the foreign ministry statement added.",
    ],
)
def test_a_ministry_named_by_its_portfolio(text: str) -> None:
    found = names(text, PUBLISHED, "organization")
    assert any(name.endswith("ministry") for name in found)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: no portfolio, or a ministry of no state
        "The ministry said on Sunday that the talks went well.",
        "She joined a new ministry of ideas, the students said.",
    ],
)
def test_no_body_without_a_portfolio(text: str) -> None:
    assert names(text, PUBLISHED, "organization") == []
