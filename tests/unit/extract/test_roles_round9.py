"""Stage roles (round 9): formal state names, "counterparts from A and B", an envoy's side,
portfolio words before an office."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = build_document(text, date(2024, 3, 5))
    return {e.name: (e.role, e.affiliation) for e in doc.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role_word", "affiliation"),
    [
        (
            "The Minister of Foreign Affairs of the Federative Republic of Brazil, Tomas Lemos, flew in.",
            "Tomas Lemos",
            "Minister",
            "Brazil",
        ),
        (
            "Ana Ruiz met the President of the Bolivarian Republic of Venezuela, Luis Mora, on Monday.",
            "Luis Mora",
            "President",
            "Venezuela",
        ),
        (
            "The Ambassador of the Hashemite Kingdom of Jordan, Omar Saleh, presented his letters.",
            "Omar Saleh",
            "Ambassador",
            "Jordan",
        ),
        (
            "The Prime Minister of the Kingdom of Thailand, Anan Sook, arrived on Friday.",
            "Anan Sook",
            "Prime Minister",
            "Thailand",
        ),
        # a known long form still works, and "State of" is not a style: Secretary of State
        (
            "Secretary of State of the United States Tom Reed met them.",
            "Tom Reed",
            "Secretary of State",
            "United States",
        ),
    ],
)
def test_formal_state_name_is_the_country(text: str, name: str, role_word: str, affiliation: str) -> None:
    got = people(text)
    assert name in got and not any(n.split()[0] in ("Federative", "Bolivarian", "Hashemite") for n in got)
    role, aff = got[name]
    assert role is not None and role.startswith(role_word)
    assert aff == affiliation


@pytest.mark.parametrize("style", ["Federative Republic", "Islamic Republic", "People's Republic", "Kingdom"])
def test_formal_style_makes_no_person(style: str) -> None:
    got = people(f"The Foreign Minister of the {style} of Ruritania, Tom Reed, said so.")
    assert "Federative" not in got and "Islamic" not in got
    assert all(not n.startswith(style.split()[0]) for n in got)
