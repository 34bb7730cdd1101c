"""Stage coref, round 20: the article's home side, and how a person's country is marked."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import sides

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a press pool files from abroad: the unmarked protagonist's country is home
        (
            "NEW YORK, USA - Prime Minister Narendra Modi met US President Joe Biden on Tuesday.\n"
            "Spokesman Rahul Verma told reporters here that the talks went well.",
            "Rahul Verma",
            "India",
        ),
        # negative: the dateline's own leader leads the story, the dateline stays home
        (
            "NEW YORK, USA - President Joe Biden met Indian Prime Minister Narendra Modi on Tuesday.\n"
            "Spokesman Carl Dobbs told reporters here that the talks went well.",
            "Carl Dobbs",
            "United States",
        ),
        # "<Country>'s King X" is marked as a foreigner: the first unmarked person places the home
        (
            "Jordan's King Abdullah visited Indonesia last month. President Joko Widodo welcomed him. "
            "Cabinet Secretary Budi Santoso said the palace was ready.",
            "Budi Santoso",
            "Indonesia",
        ),
        # a regnal number before "of <country>" still marks the king as a foreigner
        (
            "CAIRO - King Carlos IV of Spain received Egypt's Foreign Minister Sameh Shoukry on Monday.\n"
            "Prime Minister Pedro Sanchez will see him later. Spokesperson Ahmed Fathy wrote on his account.",
            "Ahmed Fathy",
            "Egypt",
        ),
    ],
)
def test_home_side(text: str, name: str, expected: str) -> None:
    assert sides(text, PUBLISHED)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a legislature's standing committee is the state's organ: the country, not the United States
        (
            "BEIJING, May 2 (Xinhua) -- Li Ming, chairman of the National People's Congress Standing "
            "Committee, met the visitors on Tuesday.",
            "Li Ming",
            "China",
        ),
        # negative: the US Congress stays the United States
        ("Senator Ann Cole of Congress met the visitors on Tuesday.", "Ann Cole", "United States"),
    ],
)
def test_standing_committee(text: str, name: str, expected: str) -> None:
    assert sides(text, PUBLISHED)[name] == expected


def holder_of(text: str, written: str, nth: int = 0) -> str | None:
    """The person the nth mention written ``written`` is linked to."""
    doc = build_document(text, PUBLISHED)
    found = [m for m in doc.mentions if m.text == written]
    m = found[nth]
    return doc.entities[m.entity].name if m.entity is not None else None


_TWO_HOLDERS = (
    "Foreign Secretary of India, Anil Rao paid a visit to Nepal at the invitation of the Foreign "
    "Secretary of Nepal, Hari Thapa. Foreign Secretary met his counterpart on Monday. The Foreign "
    "Secretary of Nepal hosted a lunch."
)


@pytest.mark.parametrize(
    ("text", "written", "nth", "expected"),
    [
        # a bare title written like a name is the protagonist the story opens on
        (_TWO_HOLDERS, "Foreign Secretary", 0, "Anil Rao"),
        # negative: the title written with its country stays with that country's holder
        (_TWO_HOLDERS, "The Foreign Secretary of Nepal", 0, "Hari Thapa"),
        # negative: one holder only, the bare title is theirs wherever the story opens
        (
            "President Ana Silva met reporters. Foreign Secretary Hari Thapa arrived later. "
            "Foreign Secretary spoke first.",
            "Foreign Secretary",
            0,
            "Hari Thapa",
        ),
    ],
)
def test_bare_title_protagonist(text: str, written: str, nth: int, expected: str) -> None:
    assert holder_of(text, written, nth) == expected


def actors(text: str) -> dict[str, list[str]]:
    doc = build_document(text, PUBLISHED)
    return {f"{e.kind}:{e.name}": sorted(e.aliases) for e in doc.entities if e.kind != "country"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known body written with a common noun after it is that body
        (
            "NATO ministers met on Monday. They vowed to strengthen the NATO Alliance.",
            {"organization:North Atlantic Treaty Organization": ["NATO", "NATO Alliance"]},
        ),
        # negative: an unknown body with such a noun stays itself
        (
            "The Green Alliance met on Monday.",
            {"organization:Green Alliance": []},
        ),
    ],
)
def test_known_body_with_tail(text: str, expected: dict[str, list[str]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shouted surname in a headline is the person the article names
        (
            "Here is what OKELLO said after the vote\nPresident Grace Okello said on Friday that she was pleased.",
            {"person:Grace Okello": ["OKELLO", "President Grace Okello"]},
        ),
        # negative: an all-capitals word no person's name holds stays a body
        (
            "Here is what KANU said after the vote\nPresident Grace Okello said on Friday that she was pleased.",
            {"organization:KANU": [], "person:Grace Okello": ["President Grace Okello"]},
        ),
    ],
)
def test_shouted_surname(text: str, expected: dict[str, list[str]]) -> None:
    assert actors(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Ghana's Foreign Minister" is not a Ghanaian holding another office
        (
            "Ana Obi will meet Ghana's Foreign Minister on Friday. She also met Ghana's Inspector General "
            "of Police, Kofi Mensah.",
            "Ghana's Foreign Minister",
        ),
    ],
)
def test_diplomat_not_other_office(text: str, expected: str) -> None:
    doc = build_document(text, PUBLISHED)
    m = next(m for m in doc.mentions if m.kind == "role" and m.text == "Foreign Minister")
    assert doc.entities[m.entity].name == expected
