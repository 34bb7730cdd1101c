"""Round 34: quote marks and attributions missed on a batch of real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.clean import clean
from tests.unit.extract.helpers import built, quote_bodies


def _bodies(original: str) -> list[tuple[str, bool]]:
    return quote_bodies(clean(original), original)


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        # a left mark glued to the last word or stop, before a comma or a space, closes the quote
        ("\u201cWe talked about trade\u201c, the envoy told the radio.", [("We talked about trade", True)]),
        ("\u201cThe talks were useful,\u201c said the minister.", [("The talks were useful", True)]),
        ("She said \u201cthe plan is ready\u201c. Then she left.", [("the plan is ready", True)]),
        ("\u201eWir sind bereit\u201c, sagte er.", [("Wir sind bereit", True)]),
        # near misses: a left mark before a word still opens; right marks as usual
        ("He said: \u201cWe are ready.\u201d", [("We are ready.", True)]),
        ("The word\u201cpeace\u201d came up.", [("peace", True)]),
        ("\u201cOne,\u201d she said, \u201ctwo.\u201d", [("One", True), ("two.", True)]),
    ],
)
def test_left_mark_glued_after_words_closes(original: str, expected: list[tuple[str, bool]]) -> None:
    assert _bodies(original) == expected


def test_left_mark_closing_gives_the_speaker() -> None:
    text = (
        "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"
        "\u201cWe spoke about fishing and ports\u201c, Holm told reporters after the talks."
    )
    assert ("direct", "Lars Holm", "We spoke about fishing and ports") in built(text, date(2024, 5, 1))
