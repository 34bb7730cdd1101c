"""Name words, round 22: initials written without stops are no name words."""

from __future__ import annotations

import pytest

from briefing_tui.extract.namewords import name_words


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("KP Oli", {"oli"}),
        ("Retno LP Marsudi", {"retno", "marsudi"}),
        ("Khadga Prasad Oli", {"khadga", "prasad", "oli"}),
        ("LI KEQIANG", {"li", "keqiang"}),  # all in capitals: a shouted name keeps its short words
        ("Li Keqiang", {"li", "keqiang"}),
    ],
)
def test_bare_initials_are_no_name_words(name: str, words: set[str]) -> None:
    assert name_words(name) == words
