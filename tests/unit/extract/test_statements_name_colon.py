"""Stage statements: 'X: "..."' names the speaker; a possessive before a noun is no speaker."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "North Coast": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'demands' after a possessive is a noun: the person before the colon speaks
        (
            'When asked about the reply to North Coast\'s demands, Ms. Ruiz: "He said he will think and let us know."',
            [("direct", "Ana Ruiz", "He said he will think and let us know.")],
        ),
        (
            'Asked about the vote, Ruiz: "It was fair and free."',
            [("direct", "Ana Ruiz", "It was fair and free.")],
        ),
        # no person before the colon: no speaker
        ('The agenda: "Trade and growth in the region."', []),
        ("North Coast's demands were clear to all.", []),
    ],
)
def test_name_before_colon_speaks(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
