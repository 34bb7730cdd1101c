"""Stage statements: an unnamed informant ('a government source said') is a speaker without an entity."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(actors={"Tom Berg": ("person", ("Berg",))}, pronouns={"he": "Tom Berg"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Berg plans to meet his Danish counterpart next week, a government source said Tuesday.",
            [("indirect", "a government source", "Tom Berg plans to meet his Danish counterpart next week")],
        ),
        (
            "Berg will fly home on Friday, a diplomatic source told reporters.",
            [("indirect", "a diplomatic source", "Berg will fly home on Friday")],
        ),
        ("A senior source said the deal was close.", [("indirect", "A senior source", "the deal was close")]),
        # 'source' as an ordinary noun: the minister speaks, not the source
        (
            "The source of the leak was never found, Berg said.",
            [("indirect", "Tom Berg", "The source of the leak was never found")],
        ),
        ("The source of the river lies in the hills.", []),
    ],
)
def test_unnamed_source_speaks(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
