"""Timexes, round 19: a long complement after "looking forward to" still looks ahead."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import timex_pairs

# published Tuesday 2023-10-24


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date ends a long complement of "looking forward to"; a past reply follows it
        (
            "She said she was looking forward to meeting the ministers on the sidelines of the summit of"
            " leaders in Lima on November 15-17, to which he replied warmly.",
            [("November 15-17", "2023-11-15")],
        ),
        # a recollection: the past stands
        (
            "She said she was recalling meeting the ministers on the sidelines of the summit of"
            " leaders in Lima on November 15-17, to which he replied warmly.",
            [("November 15-17", "2022-11-15")],
        ),
    ],
)
def test_looking_forward_reaches_far(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle aside ", mediated by X," is no past verb of the clause: the main verb decides
        ("The two sides are to hold talks, mediated by Oman, on Saturday.", [("Saturday", "2023-10-28")]),
        ("The two sides will hold talks, hosted by Oman, on Saturday.", [("Saturday", "2023-10-28")]),
        # a past main verb still places the day back
        ("The two sides held talks, mediated by Oman, on Saturday.", [("Saturday", "2023-10-21")]),
        # a past verb with "by" and no comma before it is the clause's own
        ("The talks were mediated by Oman on Saturday.", [("Saturday", "2023-10-21")]),
    ],
)
def test_participle_aside_has_no_tense(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attribution followed by a participle clause still only tells when it was said
        (
            "Kyiv is preparing to welcome the outgoing French President Jean Paul Dupont for a long state visit on November 29,"
            " officials said, marking the first such visit in years.",
            [("November 29", "2023-11-29")],
        ),
        # the attribution at the sentence's end, as before
        (
            "Kyiv is preparing to welcome the outgoing French President Jean Paul Dupont for a long state visit on November 29,"
            " officials said.",
            [("November 29", "2023-11-29")],
        ),
        # a past clause stays past
        (
            "Kyiv welcomed the outgoing French President for a long state visit on October 9, officials said,"
            " marking the first such visit in years.",
            [("October 9", "2023-10-09")],
        ),
    ],
)
def test_attribution_before_participle(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timex_pairs(text) == expected
