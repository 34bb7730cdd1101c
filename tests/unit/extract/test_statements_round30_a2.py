"""Statements, round 30 (audit of unseen European and American stories): a statement's addressee is the
other side of the call or meeting it was made in, not someone the words themselves mention meeting."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _addressed(text: str) -> list[list[str]]:
    doc = build_document(text, date(2024, 5, 8))
    return [[doc.entities[i].name for i in s.addressees] for s in doc.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the meeting is inside what was said: nobody is addressed
        (
            "Secretary-General Maria Lind has said that she would be glad to hold a meeting with President"
            " Paul Roth in Geneva.",
            [[]],
        ),
        (
            '"My last meeting with President Paul Roth was a long one," Secretary-General Maria Lind said.',
            [[]],
        ),
        # a sitting before the words: not the one they were said in
        (
            "Prime Minister Anna Berg told a news conference after holding talks with President Paul Roth that"
            " trade was growing.",
            [[]],
        ),
        # near misses: the words said in the call or meeting itself
        (
            "In a phone call with President Paul Roth, Prime Minister Anna Berg said that trade was growing.",
            [["Paul Roth"]],
        ),
        (
            "Prime Minister Anna Berg said in a meeting with President Paul Roth that trade was growing.",
            [["Paul Roth"]],
        ),
    ],
)
def test_addressee_is_the_sittings_other_side(text: str, expected: list[list[str]]) -> None:
    assert _addressed(text) == expected


def _speakers(text: str) -> list[str | None]:
    doc = build_document(text, date(2024, 5, 8))
    return [doc.entities[s.speaker].name if s.speaker is not None else None for s in doc.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <body or land> leader/chief/head": its member who just spoke, not the body
        (
            "UN Secretary-General Maria Lind told reporters her schedule was full.\n\n"
            '"I will meet them all this week," Lind said.\n\nThe UN chief also said she plans to meet all'
            " heads of state.",
            ["Maria Lind", "Maria Lind", "Maria Lind"],  # 'told reporters her schedule ...' (round 35)
        ),
        (
            "Chile's President, Paul Roth, condemned on Tuesday the resolution.\n\n"
            'The Chilean leader also stated in response, "The talks will go on."',
            ["Paul Roth"],
        ),
        (
            "Army Chief Gen. Tomas Vela said the border was calm.\n\n"
            "The Peruvian chief added that more troops would arrive.",
            ["Tomas Vela", "Tomas Vela"],
        ),
        # a minister abroad, loosely 'the leader', when the story names no head of his land
        (
            "Chile's Foreign Minister, Paul Roth, condemned on Tuesday the resolution.\n\n"
            'The Chilean leader also stated in response, "The talks will go on."',
            ["Paul Roth"],
        ),
        # not him when the story names the head of his land, or of his body
        (
            "Chilean President Ana Soto has backed the plan.\n\n"
            "Chile's Foreign Minister, Paul Roth, condemned on Tuesday the resolution.\n\n"
            'The Chilean leader also stated in response, "The talks will go on."',
            ["Ana Soto"],
        ),
        (
            "UN Secretary-General Maria Lind arrived on Monday.\n\n"
            "UN spokesman Omar Haddad said the convoy had left.\n\n"
            "The UN chief said that aid would follow within days.",
            ["Omar Haddad", "United Nations"],
        ),
        # near miss: nobody of that land spoke before, the land speaks as before
        ("The Norwegian leader said that the talks would go on.", ["Norway"]),
    ],
)
def test_leader_of_a_body_is_its_member_who_spoke(text: str, expected: list[str | None]) -> None:
    assert _speakers(text) == expected
