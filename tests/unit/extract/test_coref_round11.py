"""Stage coref (round 11): a title written before a person's handle is that person's."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import person_named

_CALL = "Ali Musa spoke with Jane Doe on Monday. “A good call with US Secretary of State, @{}, on trade,” Musa said."


@pytest.mark.parametrize(
    ("handle", "people"),
    [
        # the handle spells Jane Doe's name: the title is hers, no unnamed secretary of state
        ("janedoe", {"Ali Musa": [], "Jane Doe": ["US Secretary of State"]}),
        # negative: a handle that spells no one's name gives the title to no one (a bare title with
        # no owner or article is no person of its own either: round 34)
        ("statedept", {"Ali Musa": [], "Jane Doe": []}),
    ],
)
def test_title_before_handle(handle: str, people: dict[str, list[str]]) -> None:
    doc = build_document(_CALL.format(handle), date(2024, 3, 5))
    got = {e.name: [a for a in e.aliases if a != "Musa"] for e in doc.entities if e.kind == "person"}
    assert got == people


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office stated anywhere names the person better than a generic description
        (
            "French leader Ana Roy will host the summit. Later, French President Ana Roy spoke.",
            "Ana Roy",
            "President",
        ),
        (
            "Turkey's top diplomat Kemal Oz met Ali Reza. Foreign Minister Kemal Oz said it went well.",
            "Kemal Oz",
            "Foreign Minister",
        ),
        # and better than the office read off a counterpart
        (
            "The Trade Minister, Ali Reza, met his Greek counterpart, Nikos Pappas, on Monday."
            " Energy Minister Nikos Pappas said it went well.",
            "Nikos Pappas",
            "Energy Minister",
        ),
        # negatives: a generic description alone stays; the first of two offices stays
        ("French leader Ana Roy will host the summit.", "Ana Roy", "leader"),
        (
            "Trade Minister Ali Reza spoke. Later, Energy Minister Ali Reza left.",
            "Ali Reza",
            "Trade Minister",
        ),
    ],
)
def test_best_stated_role(text: str, name: str, role: str) -> None:
    assert person_named(text, date(2024, 3, 5), name).role == role


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # two swapped letters: a typo of the full name, not a second person
        ("Foreign Minister Luis Videragay spoke. Videgaray noted the progress.", ["Luis Videragay"]),
        # a short form of the given name: the same person
        ("Secretary of State Michael Pompeo called. Later, Mike Pompeo agreed.", ["Michael Pompeo"]),
        # negatives: other letters, another given name
        (
            "Foreign Minister Luis Videragay spoke. Vidergaya noted the progress.",
            ["Luis Videragay", "Vidergaya"],
        ),
        ("Senator Michael Pompeo called. Later, Mark Pompeo agreed.", ["Michael Pompeo", "Mark Pompeo"]),
    ],
)
def test_typos_and_short_forms(text: str, people: list[str]) -> None:
    doc = build_document(text, date(2024, 3, 5))
    assert [e.name for e in doc.entities if e.kind == "person"] == people
