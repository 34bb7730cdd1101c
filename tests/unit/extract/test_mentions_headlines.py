"""Stage mentions: a title-case headline's capitals name no one unless the body or a lexicon does."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline verb in title case is no name
        (
            "Canadian Trade Minister to Visit South Korea and Japan\n\nThe minister leaves on Monday.",
            [],
        ),
        ("Leaders Gather for Climate Summit in Dubai\n\nThey met on Monday.", []),
        # a name the body uses keeps its capitals in the headline
        (
            "Tanaka to Visit Seoul Next Week\n\nForeign Minister Hiro Tanaka will travel.",
            ["Tanaka", "Hiro Tanaka"],
        ),
        # negatives: an ordinary sentence, and a line with a lowercase word, are read as before
        ("Maria Lopez will visit Seoul next week.", ["Maria Lopez"]),
        ("Maria Lopez meets with Korean partners\n\nShe arrived.", ["Maria Lopez"]),
    ],
)
def test_title_case_headline(text: str, expected: list[str]) -> None:
    assert heads(text, "person") == expected
