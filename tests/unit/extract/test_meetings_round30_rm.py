"""Meetings, round 30 review: a side told by its unnamed office holders is the article's one person who
holds that office now, at that rank: not a premier for the "leaders", not a former holder alone, not a
foreign minister for the "deputy foreign ministers"."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _participants(text: str) -> list[list[str]]:
    doc = build_document(text, date(2024, 3, 4))
    return [sorted(doc.entities[p].name for p in m.participants) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a premier is no side's "leader" (a head of government under a president, or a state's head)
        (
            "Premier Hu Lan of China spoke on Monday. Chinese and Japanese leaders met in Astana on Tuesday.",
            ["China", "Japan"],
        ),
        # a former foreign minister alone is not the one who met now
        (
            "Former Foreign Minister Anil Rao of India spoke on Monday. "
            "Indian and Pakistani foreign ministers met in Astana on Tuesday.",
            ["India", "Pakistan"],
        ),
        # a deputy rank is not the office
        (
            "Foreign Minister Anil Rao of India spoke on Monday. "
            "The deputy foreign ministers of India and Pakistan met in Astana on Tuesday.",
            ["India", "Pakistan"],
        ),
        (
            "Deputy Foreign Minister Anil Rao of India spoke on Monday. "
            "Indian and Pakistani foreign ministers met in Astana on Tuesday.",
            ["India", "Pakistan"],
        ),
        # kept: a president is the leader, a sitting foreign minister the foreign minister
        (
            "President Sam Oketch of Kenya spoke on Monday. Kenyan and Ugandan leaders met in Nairobi on Tuesday.",
            ["Sam Oketch", "Uganda"],
        ),
        (
            "Foreign Minister Anil Rao of India spoke on Monday. "
            "Indian and Pakistani foreign ministers met in Astana on Tuesday.",
            ["Anil Rao", "Pakistan"],
        ),
        (
            "Premier Hu Lan of China spoke on Monday. Chinese and Japanese premiers met in Astana on Tuesday.",
            ["Hu Lan", "Japan"],
        ),
    ],
)
def test_office_holder_is_the_one_holding_it_now(text: str, expected: list[str]) -> None:
    assert _participants(text)[-1:] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit received in person, then a post about it: still the meeting, and no platform in it
        (
            "President Ali Musa received Foreign Minister Jan Berg at the palace on Monday and posted "
            "pictures on Facebook.",
            [["Ali Musa", "Jan Berg"]],
        ),
        (
            "President Ali Musa welcomed Foreign Minister Jan Berg in Lusaka on Monday and later shared a "
            "video via Instagram.",
            [["Ali Musa", "Jan Berg"]],
        ),
        # kept: a greeting posted online is no meeting
        ("President Ali Musa greeted Foreign Minister Jan Berg on Twitter on Monday.", []),
        ("President Ali Musa welcomed Foreign Minister Jan Berg's election on Facebook.", []),
    ],
)
def test_a_post_after_a_reception_keeps_the_meeting(text: str, expected: list[list[str]]) -> None:
    assert _participants(text) == expected
