"""Organizations, round 27: the office that speaks for a leader or a state ("X's office said", "the
Ruritanian presidency announced", "according to the presidential office") is a body; a word in
capitals that is part of a person's name (a byline, a photo credit, a surname between a title and
a given name) or a dateline's place before its country is none."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("President Lee Jae Won will fly to Tokyo on Friday, Lee's office said.", "Lee's office"),
        ("The talks covered trade, the Chilean presidency said in a statement.", "Chilean presidency"),
        ("According to the Polish presidency, the bloc must act.", "Polish presidency"),
        ("The presidential office announced the visit on Monday.", "presidential office"),
        ('"The summit will go on," the Presidency said.', "Presidency"),
    ],
)
def test_a_speaking_office_is_a_body(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an office or a presidency that says nothing, or a term of office
        "Lee's office is on the third floor of the building.",
        "The Trump presidency said little about trade, critics wrote.",
        "He won the presidency in 2019.",
    ],
)
def test_an_office_that_says_nothing_is_no_body(text: str) -> None:
    assert not [
        o
        for o in names(text, PUBLISHED, "organization")
        if "office" in o.lower() or "presidency" in o.lower()
    ]


def test_the_presidential_office_is_the_office_of_the_president() -> None:
    text = (
        "Photo: Office of the President. The leaders met on Monday. "
        "The presidential office said the talks covered trade."
    )
    assert names(text, PUBLISHED, "organization") == ["Office of the President"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("March 3, 2024|By THOMAS R. WALKER Staff Writer\n\nThe senators met on Monday.", "THOMAS WALKER"),
        ("Leaders met in the capital. (c) AFP 2024 / MARTIN KOLAWOLE-Leaders met again.", "MARTIN"),
        ("President BATBAYAR Tsend met the envoy on Monday.", "BATBAYAR"),
        ("Talks resume\n\nKORVALA, Nepal, Feb. 6 (UPI) -- The two sides met.", "KORVALA"),
    ],
)
def test_capitals_in_names_and_datelines_are_no_body(text: str, words: str) -> None:
    assert not set(words.split()).intersection(names(text, PUBLISHED, "organization"))


def test_an_unknown_acronym_stays_a_body() -> None:
    # near miss: capitals that are no given name, beside no initial or title
    assert "KORVA" in names("The KORVA alliance said on Monday it would meet.", PUBLISHED, "organization")
