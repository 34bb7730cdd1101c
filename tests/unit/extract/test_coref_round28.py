"""Coref, round 28: one ministry written two ways ("Ministry of Defence" ~ "Defence Ministry",
"Chile's foreign ministry" ~ "Chilean Foreign Ministry") is one organization, and two countries'
bodies of the same name stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kenya's Foreign Ministry issued a note. The Ministry of Foreign Affairs called it routine.", 1),
        ("The Ugandan Ministry of Defence confirmed the drill. The Defence Ministry gave no figures.", 1),
        (
            "Chile's foreign ministry sent a note. A Chilean Foreign Ministry spokesman declined to comment.",
            1,
        ),
        (
            "A Chilean Foreign Ministry spokesman declined to comment. Chile's foreign ministry sent a note.",
            1,
        ),
        # near misses: two countries' ministries, and two different ministries
        (
            "The Iranian Foreign Ministry said it would reply. The Israeli Foreign Ministry said it would not.",
            2,
        ),
        ("Iran's foreign ministry said it would reply. The Israeli Foreign Ministry said it would not.", 2),
        ("The Foreign Ministry issued a note. The Ministry of Defence gave no figures.", 2),
    ],
)
def test_one_ministry_written_two_ways(text: str, count: int) -> None:
    assert len(sorted(names(text, PUBLISHED, "organization"))) == count, sorted(
        names(text, PUBLISHED, "organization")
    )


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The Ministry of Foreign Affairs hosted the talks. Kenya's Foreign Ministry said they went well.",
            1,
        ),
        # near miss: another country's ministry after a country's own
        (
            "The Kenyan Ministry of Foreign Affairs hosted the talks. Uganda's Foreign Ministry said little.",
            2,
        ),
    ],
)
def test_a_country_owned_ministry_after_its_bare_name(text: str, count: int) -> None:
    assert len(sorted(names(text, PUBLISHED, "organization"))) == count, sorted(
        names(text, PUBLISHED, "organization")
    )


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a seat of government as the place of a visit, or before an office: no acting body
        ("The premier was received at 10 Downing Street on Monday.", []),
        ("She welcomed her guest to the White House on Friday.", []),
        ("He later met Kremlin leader Ivan Sorokin in the capital.", []),
        ("Kremlin spokesman Pavel Orlov told reporters the talks went well.", []),
        # near misses: the seat that speaks or acts
        ("The Kremlin said the talks went well.", ["Kremlin"]),
        ("According to the White House, the visit is set for May.", ["White House"]),
        ("Sources close to the Kremlin said the visit is off.", ["Kremlin"]),
        # near misses: a seat holding a view or a decision after "in"/"to" is the body all the same
        ("In the Kremlin's view, the visit is off.", ["Kremlin"]),
        ("The guest list was sent to the White House's protocol office.", ["White House"]),
        ("It is up to the White House to decide on the visit.", ["White House"]),
    ],
)
def test_a_seat_of_government_as_a_place(text: str, bodies: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == bodies


def _org_sides(text: str) -> dict[str, str | None]:
    doc = build_document(text, PUBLISHED)
    return {e.name: e.affiliation for e in doc.entities if e.kind == "organization"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare ministry joined by a country's possessive later takes that country as its side
        (
            "The Ministry of Foreign Affairs hosted the talks. Kenya's Foreign Ministry said they went well.",
            {"Ministry of Foreign Affairs": "Kenya"},
        ),
        (
            "The Defence Ministry gave no figures. Uganda's Ministry of Defence confirmed the drill.",
            {"Defence Ministry": "Uganda"},
        ),
        # a demonym's body joining a bare one already carried the side: kept as it was
        (
            "The Foreign Ministry issued a note. The Israeli Foreign Ministry said it would reply.",
            {"Foreign Ministry": "Israel"},
        ),
    ],
)
def test_bare_ministry_takes_possessor_side(text: str, expected: dict[str, str | None]) -> None:
    assert _org_sides(text) == expected
