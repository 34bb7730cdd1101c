"""A body's name does not run on into the date after it ("the Ministry of X on Wednesday said"),
while a body named after its subject keeps its "on" ("the Committee on Foreign Relations")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of External Affairs on Wednesday said the envoy would travel.",
            "Ministry of External Affairs",
        ),
        (
            "The Ministry of Trade and Industry on Friday announced new tariffs.",
            "Ministry of Trade and Industry",
        ),
        ("The Department of Home Affairs on Monday confirmed the arrests.", "Department of Home Affairs"),
        ("The Office of the Prime Minister on Sunday released a readout.", "Office of the Prime Minister"),
        ("The Ministry of Finance on March 3 published the figures.", "Ministry of Finance"),
        # near misses: "on" opening the body's own subject stays in the name
        (
            "The Senate Committee on Foreign Relations on Tuesday held a hearing.",
            "Senate Committee on Foreign Relations",
        ),
        ("The Council on Foreign Relations said the talks had failed.", "Council on Foreign Relations"),
    ],
)
def test_a_body_name_stops_before_a_date(text: str, name: str) -> None:
    found = set(names(text, PUBLISHED, "organization"))
    assert name in found
    assert not any(n.startswith(name) and n != name for n in found)
