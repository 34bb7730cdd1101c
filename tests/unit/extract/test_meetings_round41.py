"""Meetings, round 41: sittings with one party named, counted across the open articles.

A named person who meets a side's unnamed people or head ("met with the Peruvian president", "meets with
heads of state") holds a sitting, as one who meets "families of" did; so does one met by a speaker who says
"I" ("Today I have met with Minister X") or by an unnamed delegation ("The delegation met with X"); a
nickname in quotation marks inside a name ('Rafael "Rafa" Duval') does not end the list of those met; a visit
read as made by a person of the land it goes to is the one made by the person of another land beside them.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 8)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the other side told by its unnamed head or its people: a sitting of the one named
        (
            "Foreign Minister Clara Vent met with the Peruvian president on Tuesday.",
            [("meeting", ["Clara Vent"])],
        ),
        (
            "President Omar Talib meets with heads of state and government on Monday.",
            [("meeting", ["Omar Talib"])],
        ),
        (
            "Envoy Dana Kroll met with the ambassadors of five countries in Doha.",
            [("meeting", ["Dana Kroll"])],
        ),
        (
            "Trade Minister Ivo Pesic met with the Hungarian leadership in Budapest on Wednesday.",
            [("meeting", ["Ivo Pesic"])],
        ),
        # near misses: officials and reporters are a routine or the press; praise is no sitting
        ("Foreign Minister Clara Vent met with officials on Tuesday.", []),
        ("Foreign Minister Clara Vent met reporters on Tuesday.", []),
        ("Foreign Minister Clara Vent met with business leaders on Tuesday.", []),
        ("Foreign Minister Clara Vent praised the Peruvian president on Tuesday.", []),
        # a head named by his title and name is a party of his own, as before
        (
            "Foreign Minister Clara Vent met with President Ruiz Soto on Tuesday.",
            [("meeting", ["Clara Vent", "Ruiz Soto"])],
        ),
    ],
)
def test_one_named_person_meets_a_side_unnamed(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker ("I") met, talked with or held a sitting with the one person named
        (
            "I met Trade Minister Lena Ostrova this morning, and grain was our first topic.",
            [("meeting", ["Lena Ostrova"])],
        ),
        (
            "Last week I held talks on fisheries with Minister Tomas Ek in Bergen.",
            [("talks", ["Tomas Ek"])],
        ),
        ("Yesterday I had a long video meeting with Chancellor Peter Brandt.", [("call", ["Peter Brandt"])]),
        # near misses: a letter, a hope, another's words about the speaker; "we" may be the speaker's side
        ("I have written to Minister Lena Ostrova about grain exports.", []),
        ("I hope to meet Minister Lena Ostrova one day.", []),
        ("Minister Lena Ostrova said I had been wrong about the harvest.", []),
        ("We had met with Minister Lena Ostrova before the vote.", []),
    ],
)
def test_first_person_sitting_with_one_named(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nickname in quotation marks between a name's words: the list of those met goes on
        (
            'Prime Minister Ines Kappel held talks on Monday with President Rafael "Rafa" Duval and his trade '
            "minister Mark Lee.",
            [("talks", ["Ines Kappel", "Mark Lee", 'Rafael "Rafa" Duval'])],
        ),
        (
            'Minister Anna Berg met President Joao "Jota" Ferreira and Foreign Minister Luis Mota in Lisbon.',
            [("meeting", ["Anna Berg", 'Joao "Jota" Ferreira', "Luis Mota"])],
        ),
        # near misses: quoted words after a name still end the list
        (
            'Minister Anna Berg met President Joao Ferreira "for the first time" and Luis Mota later.',
            [("meeting", ["Anna Berg", "Joao Ferreira"])],
        ),
        (
            'Minister Anna Berg met President Joao Ferreira and described the talks as "useful" to Luis Mota.',
            [("meeting", ["Anna Berg", "Joao Ferreira"])],
        ),
    ],
)
def test_nickname_inside_a_name(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a delegation, unnamed, that meets the one person named
        ("The delegation later held talks with Interior Minister Karim Nouri.", [("talks", ["Karim Nouri"])]),
        (
            "His delegation will also meet with President Lina Sorel on its last day.",
            [("meeting", ["Lina Sorel"])],
        ),
        (
            "In a meeting with a visiting delegation, President Lina Sorel spoke of closer ties.",
            [("meeting", ["Lina Sorel"])],
        ),
        # near misses: praise, a trip of the delegation, its leader's trip to meet officials
        ("The delegation praised Deputy Prime Minister Karim Nouri for his support.", []),
        ("Minister Karim Nouri said the delegation would visit the port.", []),
        (
            "A delegation led by Minister Karim Nouri arrived in Tunis on Monday to meet officials.",
            [("visit", ["Karim Nouri", "Tunisia"])],
        ),
    ],
)
def test_delegation_meets_one_named(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his visit" read as the host's: no one visits their own land, the guest of the other land does
        (
            "Austrian Chancellor Max Gruber met Czech Foreign Minister Jan Horak, who was in Vienna on his first "
            "visit to Austria as minister.",
            [("meeting", ["Jan Horak", "Max Gruber"]), ("visit", ["Austria", "Jan Horak"])],
        ),
        (
            "Austrian Chancellor Max Gruber spoke with Czech Foreign Minister Jan Horak during his working visit "
            "to Austria.",
            [("meeting", ["Jan Horak", "Max Gruber"]), ("visit", ["Austria", "Jan Horak"])],
        ),
        # near misses: a trip abroad keeps its traveller
        (
            "Kenyan President Peter Otieno will pay a state visit to Angola next week.",
            [("visit", ["Angola", "Peter Otieno"])],
        ),
        (
            "Kenyan President Peter Otieno began his visit to Angola, where he will meet President Jose Mbala.",
            [("visit", ["Angola", "Peter Otieno"]), ("meeting", ["Jose Mbala", "Peter Otieno"])],
        ),
    ],
)
def test_no_visit_to_ones_own_land(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", parties=sorted) == expected, text
