"""Home side, round 29: a royal named with no side holds a monarchy's title, so the article's home
side is theirs only when it is a monarchy; else the one monarchy the article names as a side."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import sides

PUBLISHED = date(2024, 3, 5)


_VISIT = (
    "Foreign Minister Dalia Romero met {title} Rahim Faisal on Monday. Peru{others} signed two accords, "
    "Romero said. Peru will host the next round."
)


@pytest.mark.parametrize(
    ("title", "others", "side"),
    [
        ("King", " and Morocco", "Morocco"),
        ("Crown Prince", ", Chile and Bahrain", "Bahrain"),
        ("Sultan", " and Oman", "Oman"),
        # near misses: two monarchies leave it open; an office no royal holds keeps the home side
        ("King", ", Norway and Bahrain", None),
        ("Senator", " and Bahrain", "Peru"),
    ],
)
def test_royal_takes_the_monarchy_named(title: str, others: str, side: str | None) -> None:
    found = sides(_VISIT.format(title=title, others=others), PUBLISHED)
    assert found["Dalia Romero"] == "Peru"
    assert found["Rahim Faisal"] == side


def test_royal_of_a_monarchy_home_keeps_it() -> None:
    text = (
        "Foreign Minister Hana Sato met Prince Rahim Faisal on Monday. Japan and Peru signed two "
        "accords, Sato said. Japan will host the next round."
    )
    assert sides(text, PUBLISHED)["Rahim Faisal"] == "Japan"
