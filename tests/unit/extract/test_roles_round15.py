"""Stage roles (round 15): portfolio words and joined portfolios in front of an office, offices
written with hyphens, an office's subject running to a courtesy before the holder."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_roles_round9 import people


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # two portfolios joined by "and" stay in the office
        (
            "Aoun received Energy and Water Minister Karim Haddad on Monday.",
            "Karim Haddad",
            "Energy and Water Minister",
        ),
        ("She met Foreign and Trade Secretary Ana Ruiz in Rome.", "Ana Ruiz", "Foreign and Trade Secretary"),
        # more portfolio words in front of an office
        ("The PM's Press Secretary Omar Saleh briefed reporters.", "Omar Saleh", "Press Secretary"),
        ("He met Water Resources Minister Ana Ruiz in Rome.", "Ana Ruiz", "Water Resources Minister"),
        # a hyphenated office is the office, not part of the name
        ("The PM's Ambassador-at-Large Omar Saleh attended.", "Omar Saleh", "Ambassador-at-Large"),
        # negative: one portfolio, one office
        ("He met Energy Minister Karim Haddad on Monday.", "Karim Haddad", "Energy Minister"),
    ],
)
def test_portfolios_before_an_office(text: str, name: str, expected: str) -> None:
    assert people(text)[name][0] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the subject runs to a word no name has; a courtesy or the full name follows
        (
            "The group includes Chair of the Green Youth Caucus Hon Mere Tapu and two aides.",
            "Mere Tapu",
            "Chair of the Green Youth Caucus",
        ),
        (
            "The group includes Chair of the Labour Pacific Caucus Mere Tapu and two aides.",
            "Mere Tapu",
            "Chair of the Labour Pacific Caucus",
        ),
        # negative: a body's name the lexicon of heads knows is read as before
        ("CEO of the Refugee Council Ana Ruiz said it.", "Ana Ruiz", "CEO of the Refugee Council"),
    ],
)
def test_office_subject_up_to_the_holder(text: str, name: str, expected: str) -> None:
    assert people(text)[name][0] == expected
