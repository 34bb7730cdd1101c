"""Stage mentions: a long office phrase is no person; the person is the name after it."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import mentions_of


def kinds_and_heads(text: str) -> list[tuple[str, str]]:
    doc = mentions_of(text)
    return [
        (m.kind, doc.text[m.head_start : m.head_end] if m.head_start is not None else m.text)
        for m in doc.mentions
        if m.kind in ("person", "organization")
    ]


def people(text: str) -> list[str]:
    return [h for k, h in kinds_and_heads(text) if k == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "and" + capitalised words + "of": more of the office's subject, not a name
        (
            "Omar Haddad, Minister of Foreign Affairs and Expatriates Abroad of Syria, arrived.",
            ["Omar Haddad"],
        ),
        ("The Minister of Trade and Overseas Investors of Peru arrived.", []),
        # a country's possessive inside an office: the body, then the holder
        ("Aide to the Chief of Staff of Japan's Cabinet Office Ken Sato left.", ["Ken Sato"]),
        ("The Deputy Head of Russia's Presidential Executive Office Ivan Petrov spoke.", ["Ivan Petrov"]),
        # negatives
        ("Minister of Health Ann Lee said it was fine.", ["Ann Lee"]),
        ("The Chief of Staff of Japan's Ken Sato arrived.", ["Ken Sato"]),
    ],
)
def test_office_phrase_is_not_a_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def test_body_in_possessed_office_is_an_organization() -> None:
    found = kinds_and_heads("The Deputy Head of Russia's Presidential Executive Office Ivan Petrov spoke.")
    assert ("organization", "Presidential Executive Office") in found


def spans(text: str) -> list[tuple[str, str]]:
    doc = mentions_of(text)
    return [
        (m.kind, doc.text[m.head_start : m.head_end]) for m in doc.mentions if m.kind in ("person", "role")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Charge d'Affaires ad interim in Oslo said so.", [("role", "Charge d'Affaires ad interim")]),
        ("The Chargé d'Affaires a.i. John Smith said so.", [("person", "John Smith")]),
        ("The Charge d'Affaires met him.", [("role", "Charge d'Affaires")]),
        # negative: "ad" alone after an office is no part of it
        ("The Minister ad hoc talks began.", [("role", "Minister")]),
    ],
)
def test_charge_d_affaires(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Ivanova, Head of the Finance Ministry's tax and customs department said so.",
            [
                ("person", "Anna Ivanova"),
                ("role", "Head of the Finance Ministry's tax and customs department"),
            ],
        ),
        # negatives: an office holder's possession, and a body's plain possession
        ("The Minister of Finance's office said so.", [("role", "Minister of Finance")]),
        (
            "The Director of the Foreign Ministry's plans were clear.",
            [("role", "Director of the Foreign Ministry")],
        ),
    ],
)
def test_unit_of_a_body_completes_the_office(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected
