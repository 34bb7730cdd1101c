"""Dateline, round 9: a story's dateline after its headline, byline or page date line."""

from __future__ import annotations

import pytest

from briefing_tui.extract import dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OSLO - The minister met her Danish peer.", "OSLO - "),
        ("Ministers meet in Oslo\n\nOSLO - The minister met her Danish peer.", "OSLO - "),
        ("Ministers meet in Oslo\n  * 2022-03-03\n  * Staff\n\nOSLO, Norway - They met.", "OSLO, Norway - "),
        # negative: no dash after the capitals, or a capitalised line far down the story
        ("Ministers meet in Oslo\n\nOSLO The minister met her Danish peer.", None),
        ("Ministers meet in Oslo\n\n" + "They talked. " * 40 + "\nOSLO - More talks followed.", None),
    ],
)
def test_dateline_after_headline(text: str, expected: str | None) -> None:
    found = dateline.find(text)
    assert (found.group(0) if found else None) == expected
