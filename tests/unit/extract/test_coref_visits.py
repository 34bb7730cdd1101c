"""Stage coref: a visitor to the article's home country, or a host met during a visit abroad, does
not take the home side."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import side_of

PUBLISHED = date(2023, 10, 24)


HOME = "BRASILIA, May 2 (Wire) -- Brazil signed the accord on Monday, and Brazil will ratify it. "


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a visitor to the home country is a guest there
        (HOME + "Aides discussed President Ivan Petrov's planned visit to Brazil.", "Ivan Petrov", None),
        (HOME + "President Ivan Petrov will visit Brazil next month.", "Ivan Petrov", None),
        (
            HOME + "Petrov's office said President Ivan Petrov's Brazil trip will go ahead.",
            "Ivan Petrov",
            None,
        ),
        # his own visit, with "his" standing for the sentence's subject
        (
            HOME + "Foreign Minister Ivan Petrov told reporters about his plan to visit Brazil soon.",
            "Ivan Petrov",
            None,
        ),
        # negative: an official of the home side going abroad keeps it
        (HOME + "President Ana Costa will visit Chile next month.", "Ana Costa", "Brazil"),
        # negative: one who invites another to visit is the host, not the visitor
        (
            HOME + "President Ana Costa invited the premier-elect to visit Brazil soon.",
            "Ana Costa",
            "Brazil",
        ),
        # negative: "has been invited on a visit" abroad is the subject's own trip: still home
        (HOME + "Minister Ana Costa has been invited on a visit to Chile.", "Ana Costa", "Brazil"),
        # a host met during a home-side visitor's trip abroad is of the country visited
        (
            HOME + "President Ana Costa had an audience with King Olaf Berg during her visit to Norway.",
            "Olaf Berg",
            "Norway",
        ),
        # negative: one who goes along on the trip is of the home side
        (
            HOME + "President Ana Costa was accompanied by Minister Rui Lopes during her visit to Norway.",
            "Rui Lopes",
            "Brazil",
        ),
    ],
)
def test_visits_and_home_side(text: str, name: str, expected: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == expected
