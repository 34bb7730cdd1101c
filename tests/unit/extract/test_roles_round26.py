"""Roles, round 26: people named in credit lines (a photo's "Photo:"/"Credit:" line, a wire's
"(Reporting by X, editing by Y)", a caption opening "X / AGENCY"), an occupation apposed after
"the" ("the editor of the Gazette, X"), and an office whose lowercase scope names places ("envoy
for dialogue between Belgrade and Pristina, X")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "The two leaders met in Riga.\n\nPhoto: Anna Kalnina\n\nThe talks lasted an hour.",
            "Anna Kalnina",
            "photographer",
            None,
        ),
        (
            "The president spoke on Friday. Credit: Belga/Jean Dumont/ POOL / AFP\n\nThe talks went on.",
            "Jean Dumont",
            "photographer",
            "Agence France-Presse",
        ),
        (
            "The prime minister arrived. (Photo: ANP/Press Office/Piet de Vries)",
            "Piet de Vries",
            "photographer",
            "ANP",
        ),
        (
            "The leaders shook hands. Image: Tom Reed/PA Wire/PA Images\n\nThey spoke.",
            "Tom Reed",
            "photographer",
            "PA Wire",
        ),
        (
            "Dan Levi / GPO Israel's President meets the prime minister in Jerusalem.",
            "Dan Levi",
            "photographer",
            "GPO",
        ),
        (
            "The leaders met in Riga. Photo: Anna Kalnina\n\nThe leaders met in Riga. Photo: Anna Kalnina\n\nThey spoke.",
            "Anna Kalnina",
            "photographer",
            None,
        ),
        (
            "SEOUL (Reuters) - The talks will resume, officials said.\n\n(Reporting by Mina Cho, editing by Paul Grant)",
            "Mina Cho",
            "reporter",
            "Reuters",
        ),
        (
            "SEOUL (Reuters) - The talks will resume, officials said.\n\n(Reporting by Mina Cho; Editing by Paul Grant)",
            "Paul Grant",
            "editor",
            "Reuters",
        ),
        (
            "The talks will resume, officials said.\n\n(Reporting by Mina Cho and Lee Park; Writing by Sam Hill)",
            "Lee Park",
            "reporter",
            None,
        ),
    ],
)
def test_a_credit_line_gives_the_role(text: str, name: str, role: str, affiliation: str | None) -> None:
    got = people(text, PUBLISHED)[name]
    assert got[0] == role
    if affiliation is not None:
        assert got[1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # near misses: the person the story is about, credited as the picture's source; a reporter's verb
        (
            "Photo: Volodymyr Zelenskyy/Telegram\n\nPresident Volodymyr Zelenskyy met the minister in Kyiv.",
            "Volodymyr Zelenskyy",
            "President",
        ),
        ("The minister met reporters on Monday, Maria Lopez said.", "Maria Lopez", None),
    ],
)
def test_no_credit_where_the_line_is_no_credit(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "The editor of The Gazette, Ruth Mbeki, also called on the president.",
            "Ruth Mbeki",
            "editor",
            "The Gazette",
        ),
        ("He met the editor of the Guardian, Jane Smith, on Monday.", "Jane Smith", "editor", "The Guardian"),
        (
            "The chief economist of the World Bank, Ana Ruiz, said growth slowed.",
            "Ana Ruiz",
            "chief economist",
            "World Bank",
        ),
        ("The editor, Jane Smith, declined to comment.", "Jane Smith", "editor", None),
    ],
)
def test_an_occupation_apposed_after_the(text: str, name: str, role: str, affiliation: str | None) -> None:
    assert people(text, PUBLISHED)[name] == (role, affiliation)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a clause, not a description, before the name
        "After the talks, the President met the press, Jane Smith said.",
        "The Gazette reported the visit, Jane Smith said.",
    ],
)
def test_no_occupation_without_one(text: str) -> None:
    assert people(text, PUBLISHED)["Jane Smith"][0] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The EU's special envoy for dialogue between Belgrade and Pristina, Miro Novak, said talks go on.",
            "Miro Novak",
            "special envoy for dialogue between Belgrade and Pristina",
        ),
        (
            "Russia's envoy for peace in the Middle East, Ivan Petrov, arrived in Cairo.",
            "Ivan Petrov",
            "envoy for peace in the Middle East",
        ),
        (
            "The US special envoy on relations with Iran, Tom Hale, spoke on Monday.",
            "Tom Hale",
            "special envoy on relations with Iran",
        ),
    ],
)
def test_an_office_with_a_lowercase_scope_is_apposed(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


def test_a_time_is_no_scope() -> None:
    # near miss: "the Greek minister on Monday, X said" is no apposition
    assert (
        people("The Greek minister on Monday, Nikos Dendias said, was ill.", PUBLISHED)["Nikos Dendias"][0]
        is None
    )


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "Jamaica's Foreign and CARICOM Affairs Minister Amy Brown will attend.",
            "Amy Brown",
            "Jamaica",
        ),
        ("EU Affairs Minister Anna Berg of Sweden spoke in Brussels.", "Anna Berg", "Sweden"),
    ],
)
def test_a_body_in_a_portfolio_is_not_the_side(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED)[name][1] == side


def test_a_body_before_an_office_is_the_side() -> None:
    # near miss: "ASEAN Secretary General": the body's own officer
    assert (
        people("ASEAN Secretary General Kao Lim spoke.", PUBLISHED)["Kao Lim"][1]
        == "Association of Southeast Asian Nations"
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The Prime Minister, along with the Minister with responsibility for External Affairs, Hon Mary Pierre, "
            "will attend the meeting.",
            "Mary Pierre",
            "Minister with responsibility for External Affairs",
        ),
        (
            "In his absence, the Minister for Agriculture, Fisheries, Physical Planning and Co-operatives, "
            "Hon Ezra Joseph, will serve as acting prime minister.",
            "Ezra Joseph",
            "Minister for Agriculture, Fisheries, Physical Planning and Co-operatives",
        ),
        # near misses: a list of holders, each after their own office
        (
            "He met the Minister for Agriculture, Tom Bell, and the Minister for Health, Mary Jones.",
            "Mary Jones",
            "Minister for Health",
        ),
        (
            "He met the Minister for Agriculture, Tom Bell, and the Minister for Health, Mary Jones.",
            "Tom Bell",
            "Minister for Agriculture",
        ),
    ],
)
def test_an_office_with_its_whole_portfolio_is_apposed(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        (
            "Hungarian PM Viktor Orban will meet the Slovak leader on Tuesday, Mr. Orban's press chief - "
            "Bela Toth - told the agency.",
            "Bela Toth",
            "press chief",
            "Hungary",
        ),
        (
            "Hungarian PM Viktor Orban will meet the Slovak leader on Tuesday, Orban's spokesman \u2013 "
            "Bela Toth \u2013 told the agency.",
            "Bela Toth",
            "spokesman",
            "Hungary",
        ),
    ],
)
def test_an_office_set_off_by_dashes(text: str, name: str, role: str, side: str) -> None:
    assert people(text, PUBLISHED)[name] == (role, side)


def test_a_dash_after_a_clause_gives_no_office() -> None:
    # near miss: dashes around a name with no office before them
    assert people("The meeting went well - Tom Bell - said on Monday.", PUBLISHED)["Tom Bell"][0] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The ties are strong, said minister in the presidency Lindiwe Dube on Thursday.",
            "Lindiwe Dube",
            "minister in the presidency",
        ),
        (
            "The head of the delegation Tom Bell said the talks went well.",
            "Tom Bell",
            "head of the delegation",
        ),
        (
            "She thanked the minister of the interior Ana Ruiz for her help.",
            "Ana Ruiz",
            "minister of the interior",
        ),
    ],
)
def test_a_lowercase_office_with_its_scope(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


def test_a_scope_before_a_place_names_no_one() -> None:
    # near miss: "the minister in the capital Nairobi": a place, no holder named
    assert people("He met the minister in the capital Nairobi on Friday.", PUBLISHED) == {}
