"""Stage statements, round 11: courtesies voiced, verbs that report only a 'that' clause,
titles, and receptions that are no words said."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_statements import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy conveyed, offered or extended is voiced to someone
        (
            "Ruiz conveyed Peru's gratitude to Berg for his help with the floods.",
            [("indirect", "Ana Ruiz", "Peru's gratitude to Berg for his help with the floods")],
        ),
        (
            "Ruiz conveyed a message of thanks to Berg for the warm welcome.",
            [("indirect", "Ana Ruiz", "a message of thanks to Berg for the warm welcome")],
        ),
        (
            "Ruiz offered the condolences of her nation to the families of the victims.",
            [("indirect", "Ana Ruiz", "the condolences of her nation to the families of the victims")],
        ),
        (
            "Berg also extended his best wishes to the people of Peru.",
            [("indirect", "Tom Berg", "his best wishes to the people of Peru")],
        ),
        # offering or extending anything else is no speech
        ("Ruiz offered help to the farmers of the north.", []),
        ("Berg extended the deadline for thanks to the staff.", []),
        ("Ruiz conveyed the documents to the court in May.", []),
    ],
)
def test_courtesy_objects(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'disclosed'/'revealed' report with a 'that' clause, after an adverb too
        (
            "Ruiz disclosed that the two sides had agreed on a date.",
            [("indirect", "Ana Ruiz", "the two sides had agreed on a date")],
        ),
        (
            "Berg revealed that the plan was ready.",
            [("indirect", "Tom Berg", "the plan was ready")],
        ),
        # without one they report nothing
        ("Ruiz disclosed the figures of the new budget.", []),
        ("Berg revealed his plans for the port on Monday.", []),
    ],
)
def test_that_only_disclosures(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's verbs name the story, whatever their tense
        ("Ruiz, Berg discuss trade and fishing rights\n\nThe two met in Lima.", []),
        ("Berg welcomed to Peru on a state visit\n\nThe visit lasts two days.", []),
        ("This is what Ruiz said after Berg invited her to Oslo in May\n\nThe trip is set.", []),
        # a standfirst with 'said' reports
        (
            "Ruiz said she hoped the talks would end the dispute\n\nThe talks began on Monday.",
            [("indirect", "Ana Ruiz", "she hoped the talks would end the dispute")],
        ),
    ],
)
def test_headline_verbs(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # welcoming a person, or someone to a place, is a reception
        ("Berg warmly welcomed the Peruvian head of state at the palace.", []),
        ("Ruiz welcomed him to the capital on Monday.", []),
        ("Berg welcomed Ruiz at the airport.", []),
        # welcoming a thing voices a judgement
        (
            "Berg welcomed the decision of the president to reopen the border.",
            [("indirect", "Tom Berg", "the decision of the president to reopen the border")],
        ),
        (
            "Berg welcomed Ruiz's decision to reopen the border.",
            [("indirect", "Tom Berg", "Ruiz's decision to reopen the border")],
        ),
    ],
)
def test_welcome_receives_guest(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
