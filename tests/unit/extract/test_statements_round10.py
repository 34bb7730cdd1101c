"""Stage statements, round 10: reported speech after a quote whose closing mark is missing."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_statements import Cast, run

CAST = Cast(
    actors={"Ana Ruiz": ("person", ("Ruiz",)), "Tom Berg": ("person", ("Berg",))},
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the narrative after a quote left open is read as narrative: Berg's report is found
        (
            'Ruiz said: "We are ready to talk. Berg said that the two sides would meet again in May.',
            [
                ("direct", "Ana Ruiz", "We are ready to talk."),
                ("indirect", "Tom Berg", "the two sides would meet again in May"),
            ],
        ),
        # her own words go on: no report of his
        (
            'Ruiz said: "We are ready to talk. I said that we would meet again in May.',
            [("direct", "Ana Ruiz", "We are ready to talk. I said that we would meet again in May.")],
        ),
    ],
)
def test_unclosed_quote_then_narrative(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
