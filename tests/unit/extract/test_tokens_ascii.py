"""ASCII text is cut by the re.ASCII twin of the token pattern: it must cut as the Unicode one does."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from briefing_tui.extract.tokens import _ASCII_SPLIT, _SPLIT, tokenize

_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=40)
_WORDISH = st.text(alphabet="aS's.U-_ 1,\x1c\x1f\t\n'\"", max_size=30)


@given(st.one_of(_ASCII, _WORDISH))
def test_ascii_split_cuts_as_the_unicode_pattern(text: str) -> None:
    assert _ASCII_SPLIT.split(text) == _SPLIT.split(text)


def test_separators_are_white_space_for_both() -> None:
    text = "U.S.\x1cO'Brien's\x1fal-Maliki_x 3,5th \x1d-\x1e's"
    assert _ASCII_SPLIT.split(text) == _SPLIT.split(text)
    assert [t.text for t in tokenize(text)] == ["U.S.", "O'Brien", "'s", "al-Maliki_x", "3,5th", "-", "'s"]
