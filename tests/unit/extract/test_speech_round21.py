"""Speech lexicon, round 21: 'was keen to stress', 'was quick to point out' report what was said
(the reporter's phrasing), unlike a plan ('will stress', 'wants to stress')."""

from __future__ import annotations

import pytest

from briefing_tui.extract import speech
from tests.unit.extract.helpers import RUIZ_BERG_UN as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz was keen to stress that the border would stay open.",
            [("indirect", "Ana Ruiz", "the border would stay open")],
        ),
        (
            "Ruiz was quick to say that Peru had no part in it.",
            [("indirect", "Ana Ruiz", "Peru had no part in it")],
        ),
        # a plan or a wish is no statement
        ("Ruiz will stress that the border would stay open.", []),
    ],
)
def test_keen_to_say_is_said(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "modal"),
    [("Ruiz was keen to stress", False), ("Ruiz was keen not to stress", True), ("Ruiz would stress", True)],
)
def test_keen_gap_is_no_modal(text: str, modal: bool) -> None:
    assert speech.preverbal_gap(text, 0, text.rindex("stress"))[1] is modal
