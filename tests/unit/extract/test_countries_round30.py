"""Countries, round 30: a demonym two states share goes to the state the article names; a country
named only in a news outlet's name, or a capital only in a body's name, is no side in the story;
a compound of two states' names ("India-Nepal ties") names both; "US$" and "South American" are
no mentions of the United States."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the article names the Dominican Republic and never Dominica: "Dominican" is the former's
        (
            "Officials of the Dominican Republic and Haiti met at the border. The Dominican "
            "delegation asked for more patrols.",
            ["Dominican Republic", "Haiti"],
        ),
        ("Santo Domingo agreed to talk. Dominican troops stayed at the border.", ["Dominican Republic"]),
        # near misses: with Dominica named, or with neither state named, "Dominican" stays Dominica's
        (
            "Leaders of Dominica and Grenada met on Monday. The Dominican premier spoke first.",
            ["Dominica", "Grenada"],
        ),
        ("The Dominican prime minister chaired the regional meeting on Monday.", ["Dominica"]),
        (
            "Dominica and the Dominican Republic signed a fisheries pact. The Dominican minister praised it.",
            ["Dominica", "Dominican Republic"],
        ),
    ],
)
def test_shared_demonym_follows_the_named_state(text: str, countries: list[str]) -> None:
    assert sorted(names(text, PUBLISHED, "country")) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a country only in the outlet's name: the credit line, a photo credit in capitals
        (
            "Denmark's premier will visit the island next week.\nSource: Norwegian Broadcasting Corporation",
            ["Denmark"],
        ),
        (
            "The premier met the visiting minister on Monday. (Photo: J. Doe / INDIA TIMES)",
            [],
        ),
        ("Kenya Times reported that the two ministers met on Monday.", []),
        # a capital in a body's name: the body is named after the city
        ("The co-chairs of the OSCE Vienna Group urged both sides to stop the fighting.", []),
        # near misses: the country named elsewhere too, a government body, a capital as metonym
        (
            "India and Nepal signed the deal, the Kathmandu Post reported. Kathmandu welcomed it.",
            ["India", "Nepal"],
        ),
        (
            "The Malaysian Broadcasting Corporation said Malaysia would host the talks.",
            ["Malaysia"],
        ),
        ("The Ghanaian Foreign Ministry said talks would resume.", ["Ghana"]),
        ("Moscow said the talks would resume on Monday.", ["Russia"]),
    ],
)
def test_country_only_in_a_namesake(text: str, countries: list[str]) -> None:
    assert sorted(names(text, PUBLISHED, "country")) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a compound of states' names, alone or inside a body's name, names each state
        ("The envoy praised Peru-Chile ties in a speech.", ["Chile", "Peru"]),
        (
            "Ministers opened the Kenya-Uganda Joint Permanent Commission in the capital.",
            ["Kenya", "Uganda"],
        ),
        ("The Ghanaian-Togolese border stayed open.", ["Ghana", "Togo"]),
        # near misses: a name too often something else alone, a compound with a non-country part
        ("The Georgia-Florida game drew a large crowd.", []),
        ("The envoy praised Peru-Harvard ties in a speech.", []),
    ],
)
def test_compound_of_state_names(text: str, countries: list[str]) -> None:
    assert sorted(names(text, PUBLISHED, "country")) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # a currency's sign, a region's adjective
        ("Exports to the bloc reached US$4 billion.", []),
        ("Ministers backed a common Central American market.", []),
        ("The South American leaders met in Quito.", []),
        # near misses: the state itself, its people, its currency named in words
        ("The US said it would pay $4 billion.", ["United States"]),
        ("The American envoy met the South African minister.", ["South Africa", "United States"]),
    ],
)
def test_not_the_united_states(text: str, countries: list[str]) -> None:
    assert sorted(names(text, PUBLISHED, "country")) == countries
