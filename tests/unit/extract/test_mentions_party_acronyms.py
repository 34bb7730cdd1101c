"""Stage mentions: the bracketed short form after a party's member word names the party."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def orgs(text: str) -> set[str]:
    """Names and aliases of the organizations found in ``text``."""
    doc = build_document(text, date(2024, 3, 4))
    found: set[str] = set()
    for e in doc.entities:
        if e.kind == "organization":
            found |= {e.name, *e.aliases}
    return found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Liberal Democrat (LDX) leader Anna Berg spoke on Monday.", "LDX"),
        ("Rival Social Democrats (SDQ) walked out. The SDQ later returned.", "SDQ"),
        ("She met the Green Socialist (GSV) chair. The GSV said nothing.", "GSV"),
    ],
)
def test_party_short_forms_are_bodies(text: str, name: str) -> None:
    assert name in orgs(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a short form of a thing that is no body stays no body (negative cases)
        ("They discussed Foreign Military Financing (FMF) on Monday. The FMF grew.", "FMF"),
        ("The External Affairs Minister (EAM) spoke. The EAM left.", "EAM"),
    ],
)
def test_other_short_forms_are_no_bodies(text: str, absent: str) -> None:
    assert absent not in orgs(text)


def entity_aliases(text: str) -> list[set[str]]:
    doc = build_document(text, date(2024, 3, 4))
    return [{e.name, *e.aliases} for e in doc.entities if e.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Talks with the Radical Democrats (RDP) failed. The RDP left.", {"Radical Democrats", "RDP"}),
        ("She called the Nordic Freight Agency (NOFA) on Monday.", {"Nordic Freight Agency", "NOFA"}),
    ],
)
def test_bracketed_short_form_joins_the_name_before_it(text: str, joined: set[str]) -> None:
    assert any(joined <= names for names in entity_aliases(text))


def test_acronym_not_bracketed_stays_apart() -> None:
    # not in brackets right after the name: two bodies (negative case)
    found = entity_aliases("The Radical Democrats met the RDP on Monday.")
    assert not any({"Radical Democrats", "RDP"} <= names for names in found)
