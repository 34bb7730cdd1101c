"""Stage statements: speaker and layout rules added for recall on unseen news prose.

Built on the hand-made documents of test_statements (mentions resolved there by name).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_statements import Cast, run

MINISTRY = Cast(
    actors={
        "Lena Park": ("person", ("Park",)),
        "Norway's foreign ministry": ("organization", ("Oslo's foreign ministry",)),
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office speaks even when it is not named
        (
            "Lena Park will travel to Rome next week for talks, the foreign ministry here said.",
            [("indirect", "the foreign ministry", "Lena Park will travel to Rome next week for talks")],
        ),
        (
            '"We hope the visit will deepen our ties," the ministry said in a press release.',
            [("direct", "the ministry", "We hope the visit will deepen our ties")],
        ),
        # and it is the organisation named before, when there is one
        (
            "Park met her counterpart in Lima on Friday, Oslo's foreign ministry said. "
            "The two agreed to meet again in spring, according to the ministry.",
            [
                ("indirect", "Norway's foreign ministry", "Park met her counterpart in Lima on Friday"),
                ("indirect", "Norway's foreign ministry", "The two agreed to meet again in spring"),
            ],
        ),
        # a bare role noun is still nobody in particular
        ("The talks went well and will resume soon, the official said.", []),
    ],
)
def test_an_office_is_a_speaker(text: str, expected: list) -> None:
    assert run(text, MINISTRY) == expected
