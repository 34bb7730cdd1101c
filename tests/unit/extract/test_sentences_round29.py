"""Round 29: "Rt." in a style ("the Rt. Hon. X") never ends a sentence; "RT." (a broadcaster) may."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Deputy Premier, the Rt. Hon. Mara Lind, met the envoys on Monday.",
            ["The Deputy Premier, the Rt. Hon. Mara Lind, met the envoys on Monday."],
        ),
        (
            "Prayers were led by the Rt. Rev. Paul Otto. The service ended at noon.",
            ["Prayers were led by the Rt. Rev. Paul Otto.", "The service ended at noon."],
        ),
        # near-misses: the broadcaster's name in capitals ends a sentence; so does a longer word
        (
            "She gave an interview to RT. The minister left soon after.",
            ["She gave an interview to RT.", "The minister left soon after."],
        ),
        (
            "The talks took a turn for the art. Nobody expected it.",
            ["The talks took a turn for the art.", "Nobody expected it."],
        ),
    ],
)
def test_style_grade_abbreviation(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected
