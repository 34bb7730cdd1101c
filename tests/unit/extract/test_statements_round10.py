"""Stage statements, round 10: reported speech after a quote whose closing mark is missing."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG as CAST
from tests.unit.extract.helpers import Cast, run


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


SOURCE_CAST = Cast(
    actors={"Dan Ortiz": ("person", ("Ortiz",)), "Tom Berg": ("person", ("Berg",))},
    pronouns={"he": "Tom Berg"},  # what coreference made of 'he': the last man named
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a briefing relayed over a few sentences, then '"...," he said': the source speaks on
        (
            "Ortiz said that the president may meet Berg on Friday. The two men last met in May. "
            'The president will also visit the port. "We will back the plan," he said.',
            [
                ("indirect", "Dan Ortiz", "the president may meet Berg on Friday"),
                ("direct", "Dan Ortiz", "We will back the plan"),
            ],
        ),
        # the man 'he' names has spoken before: he it is
        (
            "Berg said that the port is open. Ortiz said that the president may meet Berg on Friday. "
            'The two men last met in May. "We will back the plan," he said.',
            [
                ("indirect", "Tom Berg", "the port is open"),
                ("indirect", "Dan Ortiz", "the president may meet Berg on Friday"),
                ("direct", "Tom Berg", "We will back the plan"),
            ],
        ),
        # the report is too far back
        (
            "Ortiz said that the president may meet Berg on Friday. The two men last met in May. "
            "The port is open. The roads are shut. The rain went on. The river rose. "
            '"We will back the plan," he said.',
            [
                ("indirect", "Dan Ortiz", "the president may meet Berg on Friday"),
                ("direct", "Tom Berg", "We will back the plan"),
            ],
        ),
    ],
)
def test_he_said_after_a_relayed_briefing(text: str, expected: list) -> None:
    assert run(text, SOURCE_CAST) == expected
