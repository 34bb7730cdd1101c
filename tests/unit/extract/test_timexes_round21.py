"""Round 21: a dateline in ordinary case on a line after a caption or headline."""

from __future__ import annotations

import pytest

from briefing_tui.extract import dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # ordinary case after a caption line: the date and the agency mark it as a dateline
        ("A leader waves at the crowd. |\nLima, March 3 (XYZ)-- The minister met", "Lima"),
        ("Photo caption here.\nSan Jose, May 12 (Agency) - The two met on Monday", "San Jose"),
        # capitals still found as before
        ("Headline words here\nBEIJING, April 16 (Reuters) - Officials met", "BEIJING"),
    ],
)
def test_dateline_after_a_line(text: str, place: str) -> None:
    found = dateline.find(text)
    assert found is not None
    assert found.group(1).strip() == place


@pytest.mark.parametrize(
    "text",
    [
        # an ordinary line with no date and agency after the place is no dateline
        "A caption line.\nThe minister, who arrived on Monday, met the president.",
        "A caption line.\nOn March 3 the two leaders met in Lima.",
    ],
)
def test_no_dateline_in_ordinary_line(text: str) -> None:
    assert dateline.find(text) is None
