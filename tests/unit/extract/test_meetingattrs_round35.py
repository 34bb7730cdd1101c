"""Meeting attributes, round 35: general rules found on unseen articles (a sitting held on the sidelines
of a gathering, placed where the story puts its parties)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 8, 17)  # a Saturday


def _place_with(text: str, name: str) -> str | None:
    """The place of the first sitting (not a trip) that has ``name`` among its parties."""
    return next(
        (
            place
            for kind, parties, place in meetings_of(text, PUBLISHED, "kind", "participants", "location")
            if kind != "visit" and name in parties
        ),
        "no such sitting",
    )


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # a sitting on the sidelines of a gathering, told with no place: where its party was at it
        (
            "Indian Foreign Minister Ravi Sharma met Kenyan Foreign Minister Grace Otieno in Geneva on "
            "Thursday. Sharma also held a meeting with Chilean Foreign Minister Ana Rojas on the sidelines "
            "of the rights council session.",
            "Ana Rojas",
            "Geneva",
        ),
        (
            "Chilean President Ana Rojas arrived in Cusco on Thursday to attend the regional summit. On "
            "Friday, Rojas held talks with Argentine President Pablo Diaz on the margins of the summit.",
            "Pablo Diaz",
            "Cusco",
        ),
        (
            "Peruvian President Luis Soto met Bolivian President Marco Quispe in Cusco on Friday. Soto "
            "also met Ecuadorian President Daniel Vera on the fringes of the summit.",
            "Daniel Vera",
            "Cusco",
        ),
        # near misses: the party placed nowhere else; placed in two cities; placed in a country only;
        # placed at another time, or in an event still ahead
        (
            "Chilean President Ana Rojas held talks with Argentine President Pablo Diaz on the sidelines of "
            "the summit on Friday.",
            "Pablo Diaz",
            None,
        ),
        (
            "Peruvian President Luis Soto met Bolivian President Marco Quispe in Cusco on Friday. On "
            "Thursday, Soto met Colombian President Juan Rios in Arequipa. Soto also met Ecuadorian "
            "President Daniel Vera on the sidelines of the summit.",
            "Daniel Vera",
            None,
        ),
        (
            "Chilean President Ana Rojas arrived in Peru on Thursday to attend the regional summit. On "
            "Friday, Rojas held talks with Argentine President Pablo Diaz on the margins of the summit.",
            "Pablo Diaz",
            None,
        ),
        (
            "Peruvian President Luis Soto met Bolivian President Marco Quispe in Cusco on August 2. On "
            "August 15, Soto met Ecuadorian President Daniel Vera on the sidelines of the summit.",
            "Daniel Vera",
            None,
        ),
        (
            "Peruvian President Luis Soto will meet Bolivian President Marco Quispe in Cusco next week. "
            "On Friday, Soto met Ecuadorian President Daniel Vera on the sidelines of the summit.",
            "Daniel Vera",
            None,
        ),
    ],
)
def test_a_sitting_on_the_sidelines_is_held_where_its_party_is(
    text: str, name: str, place: str | None
) -> None:
    assert _place_with(text, name) == place


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # a dated sitting with no place: where the story puts its party that day, or the day before or after
        (
            "Indian Foreign Minister Ravi Sharma met Kenyan Foreign Minister Grace Otieno in Geneva on "
            "Thursday. On Thursday evening, Sharma held talks with Chilean Foreign Minister Ana Rojas.",
            "Ana Rojas",
            "Geneva",
        ),
        (
            "Indian Foreign Minister Ravi Sharma met Kenyan Foreign Minister Grace Otieno in Geneva on "
            "Thursday. Sharma met Chilean Foreign Minister Ana Rojas on Friday.",
            "Ana Rojas",
            "Geneva",
        ),
        # near misses: no day told; days further apart; two cities that day; the placed event still ahead;
        # a venue's name, not a city's (one sitting stood there, the next may stand elsewhere)
        (
            "Indian Foreign Minister Ravi Sharma met Kenyan Foreign Minister Grace Otieno at the Ministry of "
            "Trade on Thursday. On Thursday evening, Sharma held talks with Chilean Foreign Minister Ana "
            "Rojas.",
            "Ana Rojas",
            None,
        ),
        (
            "Indian Foreign Minister Ravi Sharma met Kenyan Foreign Minister Grace Otieno in Geneva on "
            "Thursday. Sharma has met Chilean Foreign Minister Ana Rojas several times.",
            "Ana Rojas",
            None,
        ),
        (
            "Indian Foreign Minister Ravi Sharma met Kenyan Foreign Minister Grace Otieno in Geneva on "
            "Monday. Sharma met Chilean Foreign Minister Ana Rojas on Thursday.",
            "Ana Rojas",
            None,
        ),
        (
            "Indian Foreign Minister Ravi Sharma met Kenyan Foreign Minister Grace Otieno in Geneva on "
            "Thursday. On Friday, Sharma met Peruvian Foreign Minister Luis Soto in Basel. Sharma met "
            "Chilean Foreign Minister Ana Rojas on Thursday evening.",
            "Ana Rojas",
            None,
        ),
        (
            "Indian Foreign Minister Ravi Sharma will meet Kenyan Foreign Minister Grace Otieno in Geneva "
            "on Sunday. On Saturday, Sharma met Chilean Foreign Minister Ana Rojas.",
            "Ana Rojas",
            None,
        ),
    ],
)
def test_a_dated_sitting_is_held_where_its_party_is_that_day(text: str, name: str, place: str | None) -> None:
    assert _place_with(text, name) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a body of many lands named after "at" or "in" is no place: the place told after the gathering is
        (
            "Chilean President Ana Rojas held talks with Peruvian President Luis Soto on Friday at the "
            "Association of Southeast Asian Nations (Asean) leaders' retreat in Vientiane.",
            "Vientiane",
        ),
        (
            "Chilean President Ana Rojas met Peruvian President Luis Soto on Friday at the Asia-Pacific "
            "Economic Cooperation (APEC) ministerial gathering in Cusco.",
            "Cusco",
        ),
        # near misses: a seat that stands for one land's government, a ministry, are places
        (
            "Chilean President Ana Rojas met Peruvian President Luis Soto at the White House on Friday.",
            "White House",
        ),
        (
            "Chilean President Ana Rojas met Peruvian President Luis Soto at the Ministry of Finance on Friday.",
            "Ministry of Finance",
        ),
    ],
)
def test_a_body_of_many_lands_is_no_place(text: str, place: str | None) -> None:
    assert _place_with(text, "Luis Soto") == place
