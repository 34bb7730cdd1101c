"""Stage mentions: places, policies, plural abbreviations and region adjectives are not people."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import heads, mentions_of


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
    assert heads(text, "person") == expected


def test_member_of_a_seat_is_an_office() -> None:
    text = "She met Jane Doe MP and Member for North Coast, Tom Kane MP, on Monday."
    assert "Member" not in heads(text, "person")


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
    assert heads(text, "person") == expected


def countries_of(text: str) -> list[str]:
    doc = mentions_of(text)
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
