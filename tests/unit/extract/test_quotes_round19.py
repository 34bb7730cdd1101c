"""Stage quotes, round 19: two apostrophes typed for a double quote mark."""

from __future__ import annotations

import pytest

from briefing_tui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("''We will sign the deal soon,'' Ruiz said.", ["We will sign the deal soon"]),
        ("Ruiz said: ''We are ready to talk.''", ["We are ready to talk."]),
        ("He called it a ''good first step'' on Monday.", ["good first step"]),
        # an empty pair of apostrophes quotes nothing
        ("The field read '' and nothing else.", []),
        # a plain apostrophe stays an apostrophe
        ("The ministers' talks went on until noon.", []),
    ],
)
def test_paired_apostrophes_quote(text: str, expected: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == expected


def test_paired_apostrophes_keep_offsets() -> None:
    text = "Lima, May 2. ''Talks went well,'' the envoy said."
    (q,) = find_quotes(text)
    assert text[q.open] == "'" and text[q.start : q.end] == "Talks went well"
