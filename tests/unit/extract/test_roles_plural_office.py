"""Stage roles: a plural office over a list of holders gives each the office (singular) and the
country written with them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2023, 10, 24)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "She held talks with the Presidents of Peru, Ana Flores; of Chile, Luis Rojas; and of Bolivia, Eva Mamani.",
            "Luis Rojas",
            ("President", "Chile"),
        ),
        (
            "She held talks with the Presidents of Peru, Ana Flores; of Chile, Luis Rojas; and of Bolivia, Eva Mamani.",
            "Eva Mamani",
            ("President", "Bolivia"),
        ),
        (
            "He greeted Presidents Ana Flores of Peru, Luis Rojas of Chile and Eva Mamani of Bolivia.",
            "Ana Flores",
            ("President", "Peru"),
        ),
        (
            "He greeted Presidents Ana Flores of Peru, Luis Rojas of Chile and Eva Mamani of Bolivia.",
            "Eva Mamani",
            ("President", "Bolivia"),
        ),
        # negative: a plural office of a body, not of countries, sets no holder's office
        (
            "She attended the meeting of the Presidents of the Andean bloc with Luis Rojas and Eva Mamani.",
            "Luis Rojas",
            (None, None),
        ),
    ],
)
def test_plural_office_list(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert people(text, PUBLISHED)[name] == expected


def test_holders_marked_by_country_are_not_the_home_side() -> None:
    # guard: holders given "of <country>" by the list are marked, so the one unmarked office holder
    # does not take the first listed country as the home side
    text = (
        "Foreign Minister Rosa Vidal joined the summit. She met the Presidents of Peru, Ana Flores; "
        "of Chile, Luis Rojas; and of Bolivia, Eva Mamani. Argentina and Argentina's allies agreed."
    )
    assert people(text, PUBLISHED)["Rosa Vidal"][1] != "Peru"
