"""Stage coref: one entity per person across spellings, and the offices descriptions stand for."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.document import Entity
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import person_named

PUBLISHED = date(2023, 10, 24)


def people(text: str) -> list[Entity]:
    doc = build_document(text, PUBLISHED)
    return [e for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # one name spelt with and without its accents
        ("Foreign Minister Mevlut Cavusoglu spoke. Later Çavuşoğlu said talks would go on.", 1),
        ("Minister Jiří Novák arrived. Novak said he was pleased.", 1),
        # a particle capitalised at the start of a sentence
        ("Commission head Ursula von der Leyen arrived. Von der Leyen said it went well.", 1),
        # different surnames stay apart
        ("Minister Peter Novak arrived. Nowak said he was pleased.", 2),
    ],
)
def test_spelling_variants_are_one_person(text: str, count: int) -> None:
    assert len(people(text)) == count


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a postpositive "general" belongs to the office; a body's possessive is not part of it
        ("The group's secretary general, Ana Ruiz, spoke on Monday.", "Ana Ruiz", "secretary general"),
        ("The agency's director general, Tom Berg, spoke on Monday.", "Tom Berg", "director general"),
        ("The union's secretary-general, Tom Berg, spoke on Monday.", "Tom Berg", "secretary-general"),
    ],
)
def test_office_of_a_described_person(text: str, name: str, role: str) -> None:
    assert person_named(text, PUBLISHED, name).role == role


@pytest.mark.parametrize(
    ("text", "description", "name"),
    [
        # "the secretary general" is not a Secretary of State
        (
            "Alliance head Secretary General Ana Ruiz met US Secretary of State Tom Berg. "
            "Later the secretary general said talks went well.",
            "the secretary general",
            "Ana Ruiz",
        ),
        (
            "US Secretary of State Tom Berg met Secretary General Ana Ruiz. "
            "Later the secretary general said talks went well.",
            "the secretary general",
            "Ana Ruiz",
        ),
        # every word of the office fits better than the head alone
        (
            "External Affairs Minister Raj Patel met Prime Minister Dev Rao. "
            'He wrote: "Thanks to the Indian Minister of External Affairs for the visit."',
            "Indian Minister of External Affairs",
            "Raj Patel",
        ),
        # where only the head fits, the latest person holding it still does
        (
            "Prime Minister Dev Rao met Finance Minister Raj Patel. Then the minister left.",
            "the minister",
            "Raj Patel",
        ),
    ],
)
def test_description_goes_to_the_office_it_names(text: str, description: str, name: str) -> None:
    e = person_named(text, PUBLISHED, name)
    aliases = [a.lower().removeprefix("the ") for a in [e.name, *e.aliases]]
    assert description.lower().removeprefix("the ") in aliases


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the foreigner apposed with "the <country>'s minister" is not the article's own side
        (
            "Foreign Minister Ali Kaya spoke at a press conference with Ana Diaz, the Central "
            "African Republic's minister of trade. President Omer Demir will travel next week.",
            "Omer Demir",
            None,
        ),
    ],
)
def test_apposed_nationality_marks_a_foreigner(text: str, name: str, expected: str | None) -> None:
    assert person_named(text, PUBLISHED, name).affiliation == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # after a determiner, an office and a one-word title joined by "and" are two people
        ("The plan was agreed by the Prime Minister and President Dupont on Monday.", "Dupont", "President"),
        # one person holding two offices
        (
            "Deputy Prime Minister and Foreign Minister Ali Raza met them.",
            "Ali Raza",
            "Deputy Prime Minister and Foreign Minister",
        ),
        (
            "They met the Deputy Prime Minister and Foreign Minister Ali Raza.",
            "Ali Raza",
            "Deputy Prime Minister and Foreign Minister",
        ),
    ],
)
def test_two_offices_joined_by_and(text: str, name: str, role: str) -> None:
    assert person_named(text, PUBLISHED, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a capital standing for the government a person leads
        (
            "It was the first meeting since the new cabinet in Tokyo under Prime Minister Ken Sato.",
            "Ken Sato",
            "Japan",
        ),
        ("The government of Kenya under President Ali Musa fell.", "Ali Musa", "Kenya"),
        # placed so, they are not the article's own side
        (
            "Foreign Minister Min Park met his Japanese counterpart, Ken Ota, in Lima. It was their first "
            "meeting since the new cabinet in Tokyo under Prime Minister Ken Sato. Seoul and Tokyo agreed.",
            "Min Park",
            None,
        ),
        # a capital under pressure from someone is not led by them
        ("The government in Lima under pressure from Prime Minister Ali Musa fell.", "Ali Musa", None),
    ],
)
def test_government_in_a_capital_under_a_leader(text: str, name: str, expected: str | None) -> None:
    assert person_named(text, PUBLISHED, name).affiliation == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a doubled letter added or dropped (a transliteration, a typo) is one name
        ("President Petro Marenkyy arrived. Later Marenky said talks would go on.", 1),
        ("UN chief Ana Ferrero spoke. Later Secretary General Fererro said it went well.", 1),
        ("Minister Mohammed Salah arrived. Mohamed Salah said he was pleased.", 1),
        # other letters still tell names apart
        ("Minister Peter Marek arrived. Marko said he was pleased.", 2),
    ],
)
def test_doubled_letters_are_one_spelling(text: str, count: int) -> None:
    assert len(people(text)) == count
