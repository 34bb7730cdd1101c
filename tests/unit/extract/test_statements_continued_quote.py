"""Stage statements: a bare quote right after a speaker's reported speech continues that speaker."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz spoke on the crisis. Finally, she said that it is vital that there is no war. "
            '"We call on all sides to show restraint and calm."',
            [
                ("indirect", "Ana Ruiz", "it is vital that there is no war"),
                ("direct", "Ana Ruiz", "We call on all sides to show restraint and calm."),
            ],
        ),
        (
            'Berg said the vote was fair.\n\n"A month is a long time to stay silent on a matter like this."',
            [
                ("indirect", "Tom Berg", "the vote was fair"),
                ("direct", "Tom Berg", "A month is a long time to stay silent on a matter like this."),
            ],
        ),
        # a quote with its own attribution keeps it
        (
            'Berg said the vote went well. "Ruiz has lost the seat," Ruiz said.',
            [
                ("indirect", "Tom Berg", "the vote went well"),
                ("direct", "Ana Ruiz", "Ruiz has lost the seat"),
            ],
        ),
        # a short phrase in quotes after reported speech is no continued statement
        (
            'Berg said that the vote went well and the count was fair. "A new era"',
            [("indirect", "Tom Berg", "the vote went well and the count was fair")],
        ),
        # a sentence in between breaks the run
        (
            'Berg said the vote went well. The hall was full. "We call on all sides to show restraint."',
            [("indirect", "Tom Berg", "the vote went well")],
        ),
        # the emphatic 'did' stands between a subject and its speech verb
        ("Berg did say that the vote went well.", [("indirect", "Tom Berg", "the vote went well")]),
        ("Berg did not say that the vote went well.", []),
    ],
)
def test_bare_quote_continues_reported_speech(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
