"""Stage mentions: places, policies, plural abbreviations and region adjectives are not people."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.clean import clean
from briefing_tui.extract.document import Document
from briefing_tui.extract.mentions import find
from briefing_tui.extract.sentences import split


def people(text: str) -> list[str]:
    doc = Document(text, clean(text), date(2023, 10, 24))
    split(doc)
    find(doc)
    return [doc.text[m.head_start : m.head_end] for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tourists crowded the old Meiji Shrine on Sunday.", []),
        ("The delegation toured the Natural History Museum.", []),
        ("Pilgrims filled the Grand Mosque.", []),
        ("Frank Church spoke on Monday.", ["Frank Church"]),
        ("The talks covered the Digital Deal and the Migration Pact.", []),
        ("The embassy sits on Jalan Sudirman, Jakarta.", []),
        ("Both MPs have met in Sydney.", []),
        ("Three Nordic states agreed to the plan.", []),
        # negatives: people are still found
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
