"""Coref, round 25: a relative written as "his wife, X" / "X's wife Y" / "joined by wife Y", and a
First Lady sharing an office holder's family name, take the side of whose relative they are, not
the side of the country the sentence is set in."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        (
            "Kenyan President Tom Obara and his wife, Grace Wanjiru, arrived in Beijing on a state visit to China.",
            "Grace Wanjiru",
            "Kenya",
        ),
        (
            "Chilean President Mario Vela met officials in Tokyo. Vela's wife Ana Ruiz toured Japan's capital.",
            "Ana Ruiz",
            "Chile",
        ),
        (
            "Swedish Prime Minister Anna Berg, joined by her husband Olof Lind, landed in Ottawa, Canada.",
            "Olof Lind",
            "Sweden",
        ),
        (
            "Ghanaian President Kofi Mensah and his daughter, Ama Serwaa, arrived in Nigeria for talks.",
            "Ama Serwaa",
            "Ghana",
        ),
        (
            "Peruvian President Luis Ortega is joined by wife Rosa Delgado as he leaves for Mexico.",
            "Rosa Delgado",
            "Peru",
        ),
        (
            "First Lady Rosa Ortega will travel with her husband to Washington, where she meets US officials. "
            "Peruvian President Luis Ortega will hold talks with the United States.",
            "Rosa Ortega",
            "Peru",
        ),
    ],
)
def test_a_relative_takes_the_side_of_whose_relative(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED)[name][1] == side


def test_a_relative_named_by_possessive_is_described_by_the_office() -> None:
    text = "Chilean President Mario Vela met officials in Tokyo. Vela's wife Ana Ruiz toured Japan's capital."
    assert people(text, PUBLISHED)["Ana Ruiz"][0] == "wife of the President"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # near misses: an own stated side, an aide, one relative named beside no principal
        (
            "Kenyan President Tom Obara and his wife, French envoy Marie Duval, arrived in Beijing.",
            "Marie Duval",
            "France",
        ),
        ("Kenyan President Tom Obara and Chinese Premier Li Wen met in Beijing.", "Li Wen", "China"),
    ],
)
def test_an_own_side_is_kept(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED)[name][1] == side


def _names(text: str) -> dict[str, list[str]]:
    doc = build_document(text, PUBLISHED)
    return {e.name: list(e.aliases) for e in doc.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Prime Minister Karim Hassan met the ruler. Later, King Hassan hosted a banquet.", "King Hassan"),
        ("President Omar Faisal opened the fair. Prince Faisal toured it afterwards.", "Prince Faisal"),
        ("Foreign Minister Rania Aziz spoke first. Queen Aziz then addressed the guests.", "Queen Aziz"),
    ],
)
def test_a_ruler_is_not_an_office_holder_sharing_a_name(text: str, alone: str) -> None:
    names = _names(text)
    holder = next(n for n in names if " " in n)
    assert alone not in names[holder]
    assert len(names) == 2


@pytest.mark.parametrize(
    ("text", "full", "alone"),
    [
        # near misses: the same ruler under another royal title, and a holder under a ranked title
        (
            "Qatari Emir Tamim bin Hamad arrived on Monday. Emir Tamim then met the prime minister.",
            "Tamim bin Hamad",
            "Emir Tamim",
        ),
        (
            "Crown Prince Salim al-Nasser arrived. Prince Salim met the envoy.",
            "Salim al-Nasser",
            "Prince Salim",
        ),
        ("Prime Minister Karim Hassan arrived. Mr Hassan met the envoy.", "Karim Hassan", "Mr Hassan"),
    ],
)
def test_the_same_ruler_still_links(text: str, full: str, alone: str) -> None:
    assert alone in _names(text)[full]


def _count(text: str) -> int:
    return len(_names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian President Abdel Fattah Sisi met the envoy. Egyptian President Abdel Fattah al-Sisi then left.",
        "President Abdel Fattah al-Sisi met the envoy. Later, President Abdel Fattah Sisi spoke to reporters.",
        "Foreign Minister Sameh Hassan el-Shoukry arrived. Sameh Hassan Shoukry said talks went well.",
        "Egyptian President Abdel Fattah Sisi met the envoy. Later al-Sisi said talks went well.",
        "Egyptian President Abdel Fattah al-Sisi met the envoy. Later Sisi said talks went well.",
    ],
)
def test_a_surname_with_and_without_its_article_is_one_person(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # near misses: only the surname shared
        "Foreign Minister Riyad al-Maliki met Iraqi Prime Minister Nouri Maliki in Baghdad.",
        "Iraqi President Barham Salih met Saudi Foreign Minister Faisal al-Salih.",
    ],
)
def test_only_a_shared_surname_keeps_two_people(text: str) -> None:
    assert _count(text) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Stanley Kabwe arrived. Foreign Minister Stenly Kabwe said the visit matters.",
        "Finance Minister Stephen Otieno spoke. Later Finance Minister Steven Otieno left for Nairobi.",
        "Health Minister Katherine Ruto met doctors. Health Minister Katharine Ruto thanked them.",
    ],
)
def test_a_given_name_misspelt_under_the_same_office_is_one_person(text: str) -> None:
    assert _count(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        # near misses: another office, or a one-word title only
        "Foreign Minister Stanley Kabwe arrived. Defence Minister Stenly Kabwe said so.",
        "Senator Marta Ruiz arrived. Senator Marco Ruiz said so.",
    ],
)
def test_a_given_name_two_letters_off_under_another_office_is_another_person(text: str) -> None:
    assert _count(text) == 2


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        (
            "South Korean President Yoon Suk Yeol will visit Paris. The talks will be held there, "
            "Mr. Yoon's deputy national security adviser, Kim Tae-hyo, said.",
            "Kim Tae-hyo",
            "deputy national security adviser",
            "South Korea",
        ),
        (
            "Chilean President Mario Vela will visit Japan. Vela's deputy foreign minister, Ana Ruiz, said so in Tokyo.",
            "Ana Ruiz",
            "deputy foreign minister",
            "Chile",
        ),
        (
            "Kenyan President Tom Obara arrived in Beijing with his deputy chief of staff, Grace Wanjiru, for talks in China.",
            "Grace Wanjiru",
            None,
            "Kenya",
        ),
    ],
)
def test_an_aide_named_after_a_principal_takes_the_office_and_side(
    text: str, name: str, role: str | None, side: str
) -> None:
    got_role, got_side = people(text, PUBLISHED)[name]
    assert got_side == side
    if role:
        assert got_role == role


def test_a_rank_alone_stays_the_noun() -> None:
    # near miss: "his deputy, X" is the deputy; "the chief executive" no new office description
    assert (
        people("President Tom Obara met his deputy, Ruth Kamau, on Monday.", PUBLISHED)["Ruth Kamau"][0]
        == "deputy"
    )


def _bodies(text: str) -> list[tuple[str, str | None]]:
    doc = build_document(text, PUBLISHED)
    return sorted((e.name, e.affiliation) for e in doc.entities if e.kind == "organization")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran's Ministry of Foreign Affairs said talks went well, and Oman's Ministry of Foreign Affairs agreed.",
            [("Ministry of Foreign Affairs", "Iran"), ("Ministry of Foreign Affairs", "Oman")],
        ),
        (
            "Japan's Foreign Ministry said so on Monday. China's Foreign Ministry rejected it.",
            [("Foreign Ministry", "China"), ("Foreign Ministry", "Japan")],
        ),
        (
            "Nepal's Ministry of Foreign Affairs issued a statement.",
            [("Ministry of Foreign Affairs", "Nepal")],
        ),
    ],
)
def test_a_body_a_country_possesses_is_that_countrys(text: str, expected: list[tuple[str, str]]) -> None:
    assert _bodies(text) == expected


def test_a_later_unpossessed_mention_joins_the_first() -> None:
    # near miss: "the Ministry of Foreign Affairs" alone adds no third body
    text = "Iran's Ministry of Foreign Affairs said so. The Ministry of Foreign Affairs later added details."
    assert _bodies(text) == [("Ministry of Foreign Affairs", "Iran")]
