"""Stage statements, round 20: a second act of speech after ', and expressed hope that', and a reply
'..., to which Y replied that ...' that is Y's statement, not the first speaker's."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG_UN as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz conveyed the position of Peru on new tariffs, and expressed hope that the talks would succeed.",
            [
                ("indirect", "Ana Ruiz", "the position of Peru on new tariffs"),
                ("indirect", "Ana Ruiz", "hope that the talks would succeed"),
            ],
        ),
        (
            "Ruiz said the visit went well, and voiced concern that the border stayed shut.",
            [
                ("indirect", "Ana Ruiz", "the visit went well"),
                ("indirect", "Ana Ruiz", "concern that the border stayed shut"),
            ],
        ),
        # without the comma the clause may go on: left whole
        (
            "Ruiz said the visit went well and expressed hope for more.",
            [("indirect", "Ana Ruiz", "the visit went well and expressed hope for more")],
        ),
    ],
)
def test_feeling_voiced_after_comma_and_is_its_own_statement(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz said she hoped to meet him soon, to which Berg replied that he hoped so too.",
            [
                ("indirect", "Ana Ruiz", "she hoped to meet him soon"),
                ("indirect", "Tom Berg", "he hoped so too"),
            ],
        ),
        (
            "Ruiz said she hoped to meet him soon, to which Berg agreed.",
            [("indirect", "Ana Ruiz", "she hoped to meet him soon")],
        ),
        # 'to which' with no reply verb is part of what was said
        (
            "Ruiz said the plan, to which Peru objected, was fair.",
            [("indirect", "Ana Ruiz", "the plan, to which Peru objected, was fair")],
        ),
    ],
)
def test_reply_after_to_which_is_the_replier_s(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berg greeted the delegation with Ruiz expressing her joy to be in Peru, the agency reported.",
            [("indirect", "Ana Ruiz", "her joy to be in Peru")],
        ),
        (
            "Berg greeted the delegation, with Ruiz praising the work of the UN in Peru.",
            [("indirect", "Ana Ruiz", "the work of the UN in Peru")],
        ),
        # 'with' after a meeting verb names who was met: who spoke is unclear
        ("Berg met with Ruiz praising the work of the UN in Peru.", []),
        # a courtesy verb with no courtesy reports nothing
        ("Berg greeted the delegation with Ruiz offering help to the flood victims.", []),
    ],
)
def test_with_someone_voicing_is_their_statement(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May, Lima will host the UN chief on his first trip to the region, as revealed by Berg this week.",
            [("indirect", "Tom Berg", "In May, Lima will host the UN chief on his first trip to the region")],
        ),
        (
            "The border will reopen on Monday, as announced by Ruiz.",
            [("indirect", "Ana Ruiz", "The border will reopen on Monday")],
        ),
        # not a speech verb: no attribution
        ("The tree was planted long ago, as shown by the records of Peru.", []),
    ],
)
def test_as_revealed_by_attributes_the_clause_before(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected
