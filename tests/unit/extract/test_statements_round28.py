"""Round 28: boundaries of reported clauses found wrong on a batch of real news
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import RUIZ_BERG_PERU as CAST
from tests.unit.extract.helpers import run

_FIRST = "the budget would be ready by spring"
_SECOND = "the tax office needed new staff"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '... and further said that ...': a sequencing adverb before the second speech verb still
        # starts the speaker's next report, so the first clause ends there
        (
            f"Ruiz said that {_FIRST} and further said that {_SECOND}.",
            [("indirect", "Ana Ruiz", _FIRST), ("indirect", "Ana Ruiz", _SECOND)],
        ),
        (
            f"Berg said that {_FIRST} and again stressed that {_SECOND}.",
            [("indirect", "Tom Berg", _FIRST), ("indirect", "Tom Berg", _SECOND)],
        ),
        (
            f"Ruiz noted that {_FIRST}, and subsequently added that {_SECOND}.",
            [("indirect", "Ana Ruiz", _FIRST), ("indirect", "Ana Ruiz", _SECOND)],
        ),
        # near misses: an adverb that is part of the reported clause, no second report
        (
            f"Ruiz said that {_FIRST} and further cuts would follow.",
            [("indirect", "Ana Ruiz", f"{_FIRST} and further cuts would follow")],
        ),
        (
            f"Berg said that {_FIRST} and again the office would hire staff.",
            [("indirect", "Tom Berg", f"{_FIRST} and again the office would hire staff")],
        ),
    ],
)
def test_second_report_after_a_sequencing_adverb(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


_NEED = "the need for closer cooperation in trade"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'underlined the need/importance of ...' urges a point, as 'underscored the need' does
        (f"Ruiz underlined {_NEED}.", [("indirect", "Ana Ruiz", _NEED)]),
        (
            "Berg underlined the critical and urgent importance of a ceasefire.",
            [("indirect", "Tom Berg", "the critical and urgent importance of a ceasefire")],
        ),
        (
            "Ruiz underlined that the talks had gone well.",
            [("indirect", "Ana Ruiz", "the talks had gone well")],
        ),
        # since round 33 any object a speaker underlines is a point made, as with 'underscored'
        # (real news writes 'underlined' of a speaker only so; a pen's underlining is no news)
        (
            "Ruiz underlined the limits of the accord in her speech.",
            [("indirect", "Ana Ruiz", "the limits of the accord in her speech")],
        ),
        # near misses: the passive, a subject that is no speaker, a pen stroke
        ("The point was underlined by the need for a new road.", []),
        ("The long delay underlined the limits of the accord.", []),
        ("Berg underlined his name on the list of the guests.", []),
    ],
)
def test_underlined_a_need(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_GROW = "trade between the two countries must grow"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X in talks with Y in Z stressed': the names after the prepositions are no subject
        (f"Berg in talks with Ruiz in Peru stressed that {_GROW}.", [("indirect", "Tom Berg", _GROW)]),
        (f"Berg in a meeting with Ruiz said that {_GROW}.", [("indirect", "Tom Berg", _GROW)]),
        # (found before as well: kept as a check that the opening name still wins)
        (f"Ruiz at a news conference in Peru said that {_GROW}.", [("indirect", "Ana Ruiz", _GROW)]),
        # near misses: a verb or a comma ends the chain, so the subject is found as before
        (f"Berg met Ruiz, and Peru said that {_GROW}.", [("indirect", "Peru", _GROW)]),
        (f"Ruiz said that {_GROW}.", [("indirect", "Ana Ruiz", _GROW)]),
    ],
)
def test_subject_before_prepositional_phrases(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected
