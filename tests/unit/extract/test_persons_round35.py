"""Persons, round 35 (fresh unseen articles): a capitalised name written right before a site's
noun ("his Karoo residence", "the Nordhaven complex") is the site's, and one before an outlet's
noun ("the Tageblatt newspaper", "the Kora news agency") is the outlet, a body, not a person;
a person named before other nouns ("a Lee news conference", "a Ruiz news conference") stays."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Ana Ruiz said she would receive the envoy at her Karoo Vale residence on Friday.", "Karoo Vale"),
        ("Ana Ruiz met the delegation at his Wasbank offices in the capital.", "Wasbank"),
        ("Tomas Berg spoke to reporters at his Sipho Vale residence on Sunday.", "Sipho Vale"),
    ],
)
def test_a_name_before_a_site_noun_is_no_person(text: str, site: str) -> None:
    assert site not in names(text, PUBLISHED, "person")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Germany's Tageblatt Rundschau newspaper on Monday reported that the team had left.",
            "Tageblatt Rundschau",
        ),
        ("According to the state's official Kora news agency, the two men met in the capital.", "Kora"),
        ("The pro-government Vadi Sabah daily said the talks would resume in June.", "Vadi Sabah"),
    ],
)
def test_a_name_before_an_outlet_noun_is_the_outlet(text: str, outlet: str) -> None:
    assert outlet not in names(text, PUBLISHED, "person")
    assert outlet in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # near misses: other nouns after a person's name
        ("Ana Ruiz held a news conference in the capital on Monday.", "Ana Ruiz"),
        ("The talks were hosted by Ana Ruiz at a Lima hotel. Ruiz news conferences are rare.", "Ana Ruiz"),
        ("Ana Ruiz residences were searched, Ana Ruiz said.", "Ana Ruiz"),
        ("Ana Ruiz told the newspaper that she would stay.", "Ana Ruiz"),
    ],
)
def test_a_person_before_other_nouns_stays(text: str, person: str) -> None:
    assert person in names(text, PUBLISHED, "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a title-case headline's "To" before its verb ends the name
        ("New Borland Leader Kofi Mensah To Hold Talks With Ruiz\n\nThe two met on Monday.", "Kofi Mensah"),
        ("Kenyan President Ruto To Visit China Next Week\n\nRuto leaves on Sunday.", "Ruto"),
    ],
)
def test_a_headline_to_is_no_part_of_a_name(text: str, person: str) -> None:
    found = names(text, PUBLISHED, "person")
    assert person in found
    assert f"{person} To" not in found
