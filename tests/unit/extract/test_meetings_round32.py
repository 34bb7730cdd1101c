"""Meetings, round 32: general patterns of news writing found missed on unseen articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 15)  # a Friday


# -- "X meets Y": the present of headlines and photo captions -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Austrian Chancellor Karl Brenner meets Danish Prime Minister Ida Holm in Vienna on March 4, 2024.",
            [("meeting", "past", ["Ida Holm", "Karl Brenner"])],
        ),
        (
            "Finance Minister Olga Petrova meets her Latvian counterpart Juris Ozols.",
            [("meeting", "past", ["Juris Ozols", "Olga Petrova"])],
        ),
        (
            "The talks open as President Tomas Varga meets Prime Minister Elin Berg next Tuesday.",
            [("meeting", "upcoming", ["Elin Berg", "Tomas Varga"])],
        ),
        # near misses: a plan that meets a standard, a team that meets its target
        ("The new budget meets European rules, Finance Minister Olga Petrova said.", []),
        ("The programme meets its targets each year, President Tomas Varga said on Monday.", []),
    ],
)
def test_meets_present(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "participants", parties=sorted) == expected


# -- a delegation as the subject: its leader told before, or the side it comes from ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Chilean delegation led by Foreign Minister Rosa Vidal landed in Lima on Tuesday. "
            "The delegation on Thursday met with Peruvian Trade Minister Hugo Salas.",
            [
                ("visit", "past", ["Peru", "Rosa Vidal"], "Lima"),
                ("meeting", "past", ["Hugo Salas", "Rosa Vidal"], "Lima"),
            ],
        ),
        (
            "Irish Foreign Minister Sean Daly is leading a delegation of business people. "
            "The delegation will travel to Kenya next week.",
            [("visit", "upcoming", ["Kenya", "Sean Daly"], "Kenya")],
        ),
        (
            "A twelve-member delegation from Norway arrived in Tallinn on Monday.",
            [("visit", "past", ["Estonia", "Norway"], "Tallinn")],
        ),
        (
            "Speaker Ada Obi will on Monday lead a parliamentary delegation to Brazil.",
            [("visit", "upcoming", ["Ada Obi", "Brazil"], "Brazil")],
        ),
        # near misses: nobody leads the delegation told before, nor does it come from a side named
        ("The delegation will travel to Kenya next week.", []),
        (
            "Irish Foreign Minister Sean Daly praised the report. The delegation will travel to Kenya next week.",
            [],
        ),
    ],
)
def test_delegation_subject(text: str, expected: list[tuple[str, str, list[str], str | None]]) -> None:
    assert (
        meetings_of(text, PUBLISHED, "kind", "status", "participants", "location", parties=sorted) == expected
    )


# -- a list of people met goes on past an item whose title opens in lower case ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Envoy Tom Reyes met with Prime Minister Ana Costa, deputy prime minister Luis Mota and "
            "Finance Minister Rui Sousa in Lisbon.",
            [("meeting", "past", ["Ana Costa", "Luis Mota", "Rui Sousa", "Tom Reyes"])],
        ),
        (
            "Foreign Secretary Raj Mehta will also call on President Eva Lind, former Prime Ministers "
            "Jon Berg and Ola Dahl.",
            [
                ("meeting", "upcoming", ["Eva Lind", "Raj Mehta"]),
                ("meeting", "upcoming", ["Jon Berg", "Raj Mehta"]),
                ("meeting", "upcoming", ["Ola Dahl", "Raj Mehta"]),
            ],
        ),
        # near miss: a lower-case aside about the one met, with no name after it, ends the list
        (
            "Envoy Tom Reyes met with Prime Minister Ana Costa, former ally of the rebels, on Monday.",
            [("meeting", "past", ["Ana Costa", "Tom Reyes"])],
        ),
    ],
)
def test_list_title_in_lower_case(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "participants", parties=sorted) == expected


# -- a headline's event told again in the story is one event, whatever the headline's tense -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Irish Minister Sean Daly Visits Samoa\n\n"
            "Ireland's Foreign Minister Sean Daly will arrive in Samoa on Monday for a three-day visit.",
            [("visit", "upcoming", ["Samoa", "Sean Daly"])],
        ),
        # near misses: a dated earlier sitting in the headline, and two sittings told in the story itself
        (
            "Chancellor Karl Brenner met Swedish Prime Minister Ida Holm in May\n\n"
            "Austrian Chancellor Karl Brenner will meet Swedish Prime Minister Ida Holm in Vienna on Monday.",
            [
                ("meeting", "past", ["Ida Holm", "Karl Brenner"]),
                ("meeting", "upcoming", ["Ida Holm", "Karl Brenner"]),
            ],
        ),
        (
            "Austrian Chancellor Karl Brenner met Swedish Prime Minister Ida Holm in Vienna in May. "
            "Brenner will meet Holm again in Vienna on Monday.",
            [
                ("meeting", "past", ["Ida Holm", "Karl Brenner"]),
                ("meeting", "upcoming", ["Ida Holm", "Karl Brenner"]),
            ],
        ),
    ],
)
def test_headline_told_again(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "participants", parties=sorted) == expected
