"""Review round 43: name and speaker defects left open by round 42, each mended by a general rule.

- a modal that is also a given name ("Will", "May") opening a clause before a place, a country or a
  known body asks a question of it ("Will Ottawa back the plan, the premier asked."): no given name.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 9, 17)


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Will Ottawa back the plan, the premier asked.", []),
        ("May Beijing respond in kind, analysts asked.", []),
        ("Will Nairobi raise fares again, commuters wondered.", []),
        ('The mayor asked: "Will Lisbon pay for the new bridge?"', []),
        # near misses: a given name before a surname, or after a title, stays a name
        ("Will Baker, a farmer, said the rain came late.", ["Will Baker"]),
        ("Will Hurd said the border plan was flawed.", ["Will Hurd"]),
        ("Singer May Tanaka opened the festival in Osaka.", ["May Tanaka"]),
    ],
)
def test_a_modal_asking_of_a_place_is_no_given_name(text, persons):
    assert names(text, PUBLISHED, "person") == persons
