"""Stage coref, round 19: an unnamed holder keeps the country written as its owner."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def unnamed(text: str) -> dict[str, str | None]:
    doc = build_document(text, date(2023, 5, 2))
    return {e.name: e.affiliation for e in doc.entities if e.kind == "person" and not e.named}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner names the holder, and two countries' holders stay two people
        (
            "She will meet Ghana's Foreign Minister and local chiefs. Togo's Foreign Minister will also attend.",
            {"Ghana's Foreign Minister": "Ghana", "Togo's Foreign Minister": "Togo"},
        ),
        # negative: a demonym is part of the description itself
        (
            "She will meet the Ghanaian Foreign Minister and local chiefs on Friday.",
            {"Ghanaian Foreign Minister": "Ghana"},
        ),
    ],
)
def test_owner_names_unnamed_holder(text: str, expected: dict[str, str | None]) -> None:
    assert unnamed(text) == expected


def people(text: str) -> dict[str, list[str]]:
    doc = build_document(text, date(2023, 5, 2))
    return {e.name: e.aliases for e in doc.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "holder", "alias", "joined"),
    [
        # another country's Foreign Minister is not a junior minister of unknown side
        (
            "Deputy Foreign Minister Ana Lopes spoke on Friday. She will meet Ghana's Foreign Minister.",
            "Ana Lopes",
            "Foreign Minister",
            False,
        ),
        (
            "Minister of State for Foreign Affairs Ana Lopes spoke. She will meet Ghana's Foreign Minister.",
            "Ana Lopes",
            "Foreign Minister",
            False,
        ),
        # negative: the full office still fits its holder
        (
            "Foreign Minister Ana Lopes spoke on Friday. Ghana's Foreign Minister said more.",
            "Ana Lopes",
            "Foreign Minister",
            True,
        ),
    ],
)
def test_junior_office_is_not_the_office(text: str, holder: str, alias: str, joined: bool) -> None:
    assert (alias in people(text)[holder]) == joined


@pytest.mark.parametrize(
    ("text", "holder", "alias", "joined"),
    [
        # "<body>'s leader" is the head of that body named before
        (
            "Director-General of the World Trade Organization Ana Lopes spoke. "
            "The World Trade Organization's leader then left.",
            "Ana Lopes",
            "World Trade Organization's leader",
            True,
        ),
        # negative: a deputy head is not the body's leader
        (
            "Deputy Director-General of the World Trade Organization Ana Lopes spoke. "
            "The World Trade Organization's leader then left.",
            "Ana Lopes",
            "World Trade Organization's leader",
            False,
        ),
    ],
)
def test_body_leader_is_its_head(text: str, holder: str, alias: str, joined: bool) -> None:
    assert (alias in people(text)[holder]) == joined
