"""Stage mentions: names that are no persons — a party's plural member word, a carrier named for
its means of transport, a hyphenated region, a subnational region."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def kinds(text: str) -> dict[str, str]:
    """name -> kind of every entity in ``text``."""
    doc = build_document(text, date(2024, 3, 4))
    return {e.name: e.kind for e in doc.entities}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The pro-business Radical Democrats walked out.", "Radical Democrats", "organization"),
        ("Talks with Bus Eastway management resume today.", "Bus Eastway", "organization"),
        ("Pickets stood outside Rail Norland depots.", "Rail Norland", "organization"),
        # a person whose surname is no party word stays a person (negative case)
        ("Tom Democratis said he would resign.", "Tom Democratis", "person"),
    ],
)
def test_bodies_not_persons(text: str, name: str, kind: str) -> None:
    assert kinds(text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("They backed a Free and Open Indo-Pacific for all.", "Open Indo-Pacific"),
        ("Leaders praised a Secure Euro-Atlantic on Monday.", "Secure Euro-Atlantic"),
        ("Kerala's requests were heard by the minister.", "Kerala"),
        ("Farmers in Uttar Pradesh met the officials.", "Uttar Pradesh"),
    ],
)
def test_regions_not_persons(text: str, absent: str) -> None:
    assert kinds(text).get(absent) != "person"


def test_hyphenated_surname_stays_a_person() -> None:
    assert kinds("Ann Dlamini-Reid said the talks went well.").get("Ann Dlamini-Reid") == "person"
