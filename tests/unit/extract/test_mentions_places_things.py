"""Stage mentions: places, policies, plural abbreviations and region adjectives are not people."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.clean import clean
from briefing_tui.extract.document import Document
from briefing_tui.extract.mentions import find
from briefing_tui.extract.sentences import split
from tests.unit.extract.test_mentions import heads


def people(text: str) -> list[str]:
    return heads(text, "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tourists crowded the old Meiji Shrine on Sunday.", []),
        ("The delegation toured the Natural History Museum.", []),
        ("Pilgrims filled the Grand Mosque.", []),
        ("The talks covered the Digital Deal and the Migration Pact.", []),
        ("The embassy sits on Jalan Sudirman, Jakarta.", []),
        ("Both MPs have met in Sydney.", []),
        ("Three Nordic states agreed to the plan.", []),
        # negatives: people are still found ('Frank Church spoke on Monday.' is in test_mentions)
        ("Maria Templeton met both MPs.", ["Maria Templeton"]),
        ("Lavrov states that the talks went well.", ["Lavrov"]),
        ("Ali Rahman told reporters about the deal.", ["Ali Rahman"]),
    ],
)
def test_not_a_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def test_member_of_a_seat_is_an_office() -> None:
    text = "She met Jane Doe MP and Member for North Coast, Tom Kane MP, on Monday."
    assert "Member" not in people(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forum opened in Kota Baru, Bali, on Monday.", []),
        ("They met at Tanjung Priok, Jakarta.", []),
        # negatives: a person after "in" with a possessive, and a person without "in"/"at"
        ("Confidence in Joe Biden, America's leader, fell.", ["Joe Biden"]),
        ("He met Ann Lee, Australia, at noon.", ["Ann Lee"]),
    ],
)
def test_place_then_its_region(text: str, expected: list[str]) -> None:
    assert people(text) == expected


def countries_of(text: str) -> list[str]:
    doc = Document(text, clean(text), date(2023, 10, 24))
    split(doc)
    find(doc)
    return [m.text for m in doc.mentions if m.kind == "country"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She will visit Timor Leste next week.", ["Timor Leste"]),
        ("Guinea Bissau voted.", ["Guinea Bissau"]),
        ("Timor-Leste voted.", ["Timor-Leste"]),
    ],
)
def test_country_without_hyphen(text: str, expected: list[str]) -> None:
    assert countries_of(text) == expected
