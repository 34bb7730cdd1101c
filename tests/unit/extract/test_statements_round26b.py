"""Round 26, second pass: joint agendas after 'held talks', and other errors found on unseen news
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_statements import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Ministry of Trade": ("organization", ()),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz"},
)


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return run(text, CAST)


_AGENDA = "ways to expand trade between the two countries"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X held talks with Y and discussed Z': the agenda of a meeting, discussed jointly, like 'X met Y and ...'
        (f"Ruiz held talks with Berg on Monday and discussed {_AGENDA}.", []),
        (f"Ruiz held a meeting with Berg and discussed {_AGENDA}.", []),
        (f"Ruiz and Berg held talks in Lima and discussed {_AGENDA}.", []),
        (f'Ruiz held "regular consultations" with Berg and discussed {_AGENDA}.', []),
        (f"Ruiz holds talks with Berg today and discusses {_AGENDA}.", []),
        (f"Ruiz held a phone call with Berg and discussed {_AGENDA}.", []),
        # near misses: a press conference is no meeting with anyone; another verb reports her own words
        (
            f"Ruiz held a press conference and discussed {_AGENDA}.",
            [("indirect", "Ana Ruiz", _AGENDA)],
        ),
        (
            "Ruiz held talks with Berg and stressed that the port would open soon.",
            [("indirect", "Ana Ruiz", "the port would open soon")],
        ),
    ],
)
def test_discussed_after_held_talks_is_joint(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _said(text) == expected
