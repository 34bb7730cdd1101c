"""Roles, round 37.

- "the head of Iran's nuclear team" is no "head of Iran": a role noun's "of <country>" stops being
  its office when the country owns what follows.
- An apposed office told with an adverb saying it is held now ("X, currently the ambassador to
  Y,", "X, also the party's treasurer,") is the office without the adverb; "formerly" stays, since
  it says the office is no longer held.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import person_named

PUBLISHED = date(2024, 1, 10)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Jane Hartley, currently the U.S. Ambassador to Slovakia, said the talks went well.",
            "Jane Hartley",
            "Ambassador to Slovakia",
        ),
        (
            "Omar Saleh, now the chief negotiator for the talks, told reporters he was hopeful.",
            "Omar Saleh",
            "chief negotiator for the talks",
        ),
        (
            "Ines Moreau, presently the French ambassador to Mali, said the vote was fair.",
            "Ines Moreau",
            "ambassador to Mali",
        ),
        # near misses: an office held before keeps its adverb; an office with none is as told
        (
            "Mark Reed, formerly the British envoy to Oman, told reporters he was hopeful.",
            "Mark Reed",
            "formerly the British envoy to Oman",
        ),
        (
            "Omar Saleh, the chief negotiator for the talks, told reporters he was hopeful.",
            "Omar Saleh",
            "chief negotiator for the talks",
        ),
    ],
)
def test_an_apposed_office_held_now_goes_without_its_adverb(text: str, name: str, role: str) -> None:
    assert person_named(text, PUBLISHED, name).role == role


@pytest.mark.parametrize(
    ("text", "name", "wrong", "role"),
    [
        (
            "Ali Reza, the head of Iran's nuclear negotiating team, spoke to students in Tehran.",
            "Ali Reza",
            "the head of Iran",
            "head of Iran's nuclear negotiating team",
        ),
        (
            "The leader of Mali's junta, Assimi Kone, was invited to the summit in Accra.",
            "Assimi Kone",
            "The leader of Mali",
            "leader of Mali's junta",
        ),
        (
            "President Luc Marchand welcomed the leader of France's oldest ally to the palace on Monday.",
            "Luc Marchand",
            "the leader of France",
            "President",
        ),
    ],
)
def test_an_office_of_what_a_country_owns_is_not_an_office_of_the_country(
    text: str, name: str, wrong: str, role: str | None
) -> None:
    person = person_named(text, PUBLISHED, name)
    assert wrong not in person.aliases
    assert person.role == role


def test_an_office_of_the_body_itself_still_reads_as_its_holder() -> None:
    text = "The head of the European Commission, Ursula von der Leyen, said the plan was ready."
    person = person_named(text, PUBLISHED, "Ursula von der Leyen")
    assert "The head of the European Commission" in person.aliases
