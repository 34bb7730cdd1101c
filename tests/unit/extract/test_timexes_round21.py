"""Round 21: a dateline in ordinary case on a line after a caption or headline."""

from __future__ import annotations

import pytest

from briefing_tui.extract import dateline
from tests.unit.extract.helpers import timex_pairs


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # year first with slashes, as on many East Asian and Middle Eastern pages
        ("Posted 2023/10/20 09:15:00 by staff.", [("2023/10/20", "2023-10-20")]),
        ("2023/09/03 | 11:02 - Source: desk", [("2023/09/03", "2023-09-03")]),
        ("The plan was filed on 2023-10-02.", [("2023-10-02", "2023-10-02")]),
        # negative: mixed separators or a month over 12 are no date
        ("The 2023/10-20 code was printed.", None),
        ("The 2023/2024 season began.", None),
        ("Form 2023/13/05 was printed.", None),
    ],
)
def test_year_first_slash_date(text: str, expected: list[tuple[str, str | None]] | None) -> None:
    found = timex_pairs(text)
    if expected is None:
        assert not [v for _, v in found if v and len(v) == 10]
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after an abbreviated month's dot the space before the day may be missing
        ("The fair runs from Oct. 2 to Oct.4, staff said.", [("Oct. 2 to Oct.4", "2023-10-02")]),
        ("The vote was held on Sept.5 in Lagos.", [("Sept.5", "2023-09-05")]),
        # negative: a full month name before a dot ends a sentence; the number is no day
        ("Sales fell in March.3 million cars were sold.", [("March", "2023-03")]),
    ],
)
def test_abbreviated_month_glued_to_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected
