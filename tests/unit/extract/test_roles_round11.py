"""Stage roles (round 11): a style before a name that an office precedes, counterparts of a
described office, the US style abbreviations."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = build_document(text, date(2024, 3, 5))
    return {e.name: (e.role, e.affiliation) for e in doc.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the apposed office is the role; the title word before the name is a style
        (
            "Kenya's Minister of Trade, Ambassador Jane Wambui, met the team.",
            "Jane Wambui",
            "Minister of Trade",
        ),
        (
            "The talks were led by the Secretary to the Cabinet, Sen. Musa Bello.",
            "Musa Bello",
            "Secretary to the Cabinet",
        ),
        # negatives: a two-word office before the name stays; one word before one word stays
        ("The country's top diplomat, Foreign Minister Ann Lee, spoke.", "Ann Lee", "Foreign Minister"),
        ("The spokesman, Senator Bob Hale, spoke.", "Bob Hale", "Senator"),
    ],
)
def test_style_before_name_yields_to_office(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("The talks were led by the Secretary to the Cabinet, Sen. Musa Bello.", "Musa Bello", None),
        ("Sen. Chuck Harlan said no.", "Chuck Harlan", "United States"),
    ],
)
def test_us_style_only_for_us_offices(text: str, name: str, affiliation: str | None) -> None:
    assert people(text)[name][1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a counterpart holds the office described before it, with no name of its own
        (
            "Earlier, the Spanish foreign minister held talks with his Polish counterpart, Adam Nowak.",
            "Adam Nowak",
            "foreign minister",
        ),
        ("Foreign Minister Wang Yi met his Israeli counterpart Eli Cohen.", "Eli Cohen", "Foreign Minister"),
        # the other side's office unstated: "counterpart" is no role
        ("Peru's Rosa Diaz met her Chilean counterpart Juan Soto in Lima.", "Juan Soto", None),
    ],
)
def test_counterpart_role(text: str, name: str, role: str | None) -> None:
    assert people(text)[name][0] == role
