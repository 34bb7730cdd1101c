"""Stage roles: two offices joined by "and" before one name; the first (with its nationality) leads."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def person(text: str, name: str) -> tuple[str | None, str | None, int]:
    doc = build_document(text, date(2024, 3, 5))
    people = [e for e in doc.entities if e.kind == "person"]
    for e in people:
        if e.name == name:
            return e.role, e.affiliation, len(people)
    raise AssertionError(f"{name!r} not among {[e.name for e in people]}")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a capitalised office, then a body's lowercase one: one person, the first office
        (
            "The talks were led by Thai Prime Minister and ASEAN chair Anan Sook on Monday.",
            "Anan Sook",
            "Prime Minister",
            "Thailand",
        ),
        (
            "Talks were chaired by Kenyan President and AU envoy Tom Berg on Friday.",
            "Tom Berg",
            "President",
            "Kenya",
        ),
        # one office alone keeps its body
        (
            "Talks were chaired by ASEAN chair Anan Sook on Friday.",
            "Anan Sook",
            "chair",
            "Association of Southeast Asian Nations",
        ),
        # two capitalised offices already were one
        (
            "He met Prime Minister and Foreign Minister Tom Berg.",
            "Tom Berg",
            "Prime Minister and Foreign Minister",
            None,
        ),
    ],
)
def test_first_of_two_offices_leads(text: str, name: str, role: str, affiliation: str | None) -> None:
    got_role, got_aff, count = person(text, name)
    assert (got_role, got_aff, count) == (role, affiliation, 1)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # an office with its body's short form in brackets before the apposed name
        (
            "Ali met the Chairperson of the African Union (AU), Musa Kone, in Addis Ababa.",
            "Musa Kone",
            "Chairperson of the African Union",
            "African Union",
        ),
        # an envoy of a body's chief serves the body; a peace process completes the office
        (
            "Abbas received the UN Secretary-General's Special Envoy for the Peace Process, Tom Berg, on Monday.",
            "Tom Berg",
            "Special Envoy for the Peace Process",
            "United Nations",
        ),
        # a plain bracketed remark is no short form: the office is not the name's
        ("Ali met the Chairperson of the board (retired), Tom Berg, on Monday.", "Tom Berg", None, None),
    ],
)
def test_apposed_offices(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    got_role, got_aff, _ = person(text, name)
    assert (got_role, got_aff) == (role, affiliation)
