"""The English word list: ordinary words in any case, names and foreign words not."""

from __future__ import annotations

import pytest

from briefing_tui.extract.lexicon.english import is_english_word


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("zone", True),
        ("Zone", True),
        ("TANKS", True),
        ("Infrastructure", True),
        ("price", True),  # a surname too: callers pair the list with given names
        ("Tokayev", False),
        ("Lemonnier", False),
        ("Bhavan", False),
        ("", False),
        ("e-mail", False),  # only letters: hyphenated forms are split by callers
    ],
)
def test_is_english_word(word: str, expected: bool) -> None:
    assert is_english_word(word) is expected


def test_importing_the_lexicon_does_not_read_the_list() -> None:
    import subprocess
    import sys

    code = (
        "import briefing_tui.extract as e, briefing_tui.extract.lexicon.english as m;"
        "print(m._words.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
