"""Review of round 38 (second reviewer): costs and misreadings found in the round's commits.

Sentences here are our own, short, with invented names unless a rule reads a lexicon of real people.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import rolelists
from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 5, 7)


class _CountingGaps(frozenset[str]):
    """The list gaps, counting how often a gap is looked up."""

    looked_up = 0

    def __contains__(self, item: object) -> bool:
        type(self).looked_up += 1
        return super().__contains__(item)


@pytest.mark.parametrize("names", [100, 400])
def test_a_long_list_of_names_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch, names: int) -> None:
    """One sentence listing n people ("Pompeo and Lavrov and ..."; well-known surnames are people since
    this round) looked each list back from every name: n * n look-ups, seconds on a page of 40,000
    characters. The list's start is carried along instead."""
    monkeypatch.setattr(rolelists, "_LIST_GAPS", _CountingGaps(rolelists._LIST_GAPS))
    _CountingGaps.looked_up = 0
    build_document("Pompeo and Lavrov and " * (names // 2) + "Blinken met.", PUBLISHED)
    assert _CountingGaps.looked_up < 8 * names
