"""Stage coref (round 17): a bare title used as subject or object resolved to the person it names."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import people, roles

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "the minister" fits no titled person: the one person named before it with no office
        (
            "Carla Mendes opened the regional forum in Lisbon on Tuesday. "
            '"We must act together," the minister told the delegates.',
            "Carla Mendes",
            "minister",
        ),
        (
            "Tomas Berg arrived in Oslo on Monday. The ambassador later met local business leaders.",
            "Tomas Berg",
            "ambassador",
        ),
        # negative: a bare head of state is the story's own head, not the untitled person
        (
            "Jonas Keller toured the factory in Berlin. The president later praised the workers.",
            "Jonas Keller",
            None,
        ),
        # negative: the King of a state visit is not the untitled host
        (
            "Omar Haddad welcomed the guests during the first state visit of the King's reign.",
            "Omar Haddad",
            None,
        ),
        # negative: two people with no office: the title may be either's
        (
            "Carla Mendes and Pedro Alves opened the forum. The minister told the delegates to act.",
            "Carla Mendes",
            None,
        ),
        # negative: a loose word names no office
        (
            "Carla Mendes opened the forum. The official told the delegates to act.",
            "Carla Mendes",
            None,
        ),
    ],
)
def test_bare_office_names_the_untitled_person(text: str, name: str, role: str | None) -> None:
    got, aliases = people(text, PUBLISHED, "role", "aliases")[name]
    assert got == role
    if role:
        assert any(a.lower() == f"the {role}" for a in aliases)


@pytest.mark.parametrize(
    "text",
    [
        "Ada Obi met the minister on Monday in Abuja.",
        "Ada Obi arrived on Monday. Ada Obi thanked the minister for the welcome.",
    ],
)
def test_title_beside_the_person_is_someone_else(text: str) -> None:
    assert people(text, PUBLISHED, "role", "aliases")["Ada Obi"][0] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a bracketed desk between the title and the name, with or without the title's place
        (
            "India sent a team. Secretary (West) in the MEA Anil Rao said the visit was key.",
            "Anil Rao",
            "Secretary (West) in the MEA",
        ),
        (
            "India sent a team. Secretary (East) Anil Rao said the visit was key.",
            "Anil Rao",
            "Secretary (East)",
        ),
        # a place ending in what the office deals with
        (
            "After the talks, the EU special envoy for the Belgrade-Pristina dialogue Ana Kovac said she was glad.",
            "Ana Kovac",
            "special envoy for the Belgrade-Pristina dialogue",
        ),
        (
            "The UN envoy for the Korean peninsula Ana Kovac spoke.",
            "Ana Kovac",
            "envoy for the Korean peninsula",
        ),
        # negative: a verb after the place: the name is its object, not the title's holder
        ("The UN envoy in Kosovo met Ana Kovac on Monday.", "Ana Kovac", None),
        # negative: a lowercase aside in brackets is no desk
        ("India sent a team. The Secretary (pictured) Anil Rao said the visit was key.", "Anil Rao", None),
    ],
)
def test_bracketed_desk_title_before_name(text: str, name: str, role: str | None) -> None:
    assert roles(text, PUBLISHED)[name] == role


def test_title_side_outranks_a_known_name() -> None:
    doc = build_document(
        "On Monday the UN special envoy for the Korean peninsula Boris Johnson said he was glad.",
        date(2024, 3, 5),
    )
    e = next(e for e in doc.entities if e.name == "Boris Johnson")
    assert (e.role, e.affiliation) == ("special envoy for the Korean peninsula", "United Nations")


def test_stated_side_kept() -> None:
    # negative: a side a mention of the person states stays
    doc = build_document(
        "British minister Ana Kovac spoke. Later the UN envoy for the Korean peninsula Ana Kovac said more.",
        date(2024, 3, 5),
    )
    e = next(e for e in doc.entities if e.name == "Ana Kovac")
    assert e.affiliation == "United Kingdom"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no one of that side named: an unnamed person holding the subject's office abroad
        (
            "Iran's Foreign Minister Ali Rezai held talks in Moscow with his Russian counterpart on Monday.",
            {
                "Ali Rezai": ("Foreign Minister", "Iran"),
                "Russian counterpart": ("Foreign Minister", "Russia"),
            },
        ),
        # a counterpart written as "counterpart" alone: the office of the sentence's subject
        (
            "Mexico's Foreign Minister Luis Ortega arrived. Ortega will fly to Riyadh, where he will hold "
            "meetings with his Saudi counterpart.",
            {
                "Luis Ortega": ("Foreign Minister", "Mexico"),
                "Saudi counterpart": ("Foreign Minister", "Saudi Arabia"),
            },
        ),
        # negative: a subject of no stated office gives none
        (
            "Luis Ortega will fly to Riyadh, where he will hold meetings with his Saudi counterpart.",
            {"Luis Ortega": (None, None), "Saudi counterpart": (None, "Saudi Arabia")},
        ),
        # negative: the counterpart named right after is that person
        (
            "Iran's Foreign Minister Ali Rezai met his Russian counterpart Ivan Petrov on Monday.",
            {"Ali Rezai": ("Foreign Minister", "Iran"), "Ivan Petrov": ("Foreign Minister", "Russia")},
        ),
        # negative: no side written: no one to add
        (
            "Iran's Foreign Minister Ali Rezai met his counterpart on Monday.",
            {"Ali Rezai": ("Foreign Minister", "Iran")},
        ),
    ],
)
def test_unnamed_sided_counterpart(text: str, expected: dict[str, tuple[str | None, str | None]]) -> None:
    assert people(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "The city voted. Ken Sato, a critic of the base, was re-elected as Nago mayor on Sunday.",
            "Nago mayor",
        ),
        ("Ken Sato has been appointed governor of the province.", "governor"),
        # negative: elected to no office written
        ("Ken Sato was elected by a wide margin.", None),
        # negative: "named" in a report is no appointment
        ("Ken Sato was named in the report.", None),
    ],
)
def test_elected_office(text: str, role: str | None) -> None:
    assert roles(text, PUBLISHED)["Ken Sato"] == role
