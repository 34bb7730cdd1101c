"""Meetings, round 31: general patterns of news writing found missed on unseen articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 3, 15)  # a Friday


def _weekday_values(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in build_document(text, PUBLISHED).timexes]


# -- an infinitive of purpose after the date takes the time of the verb it hangs on ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb stands past a list of titled names: the purpose clause does not make the day ahead
        (
            "Garcia met with Prime Minister Lena Holt and Foreign Affairs Minister Arno Veldt in Oslo "
            "on Thursday to discuss fishing rights.",
            [("Thursday", "2024-03-14")],
        ),
        (
            "The envoy talked with Defence Minister Ivo Brandt, Interior Minister Kari Lund and "
            "army chief General Tor Moen in the capital on Tuesday to discuss the truce.",
            [("Tuesday", "2024-03-12")],
        ),
        (
            "Ministers Oda Rask and Per Falk received European Union Trade Commissioner Maria Solberg "
            "and Deputy Trade Commissioner Jan Eide in Bergen on Monday to sign the accord.",
            [("Monday", "2024-03-11")],
        ),
        # near misses: a verb ahead stays ahead; so does a short clause with the purpose clause alone
        (
            "Garcia will meet Prime Minister Lena Holt and Foreign Affairs Minister Arno Veldt in Oslo "
            "on Thursday to discuss fishing rights.",
            [("Thursday", "2024-03-21")],
        ),
        (
            "Garcia is set to travel with Prime Minister Lena Holt and Foreign Minister Arno Veldt to "
            "Oslo on Thursday to discuss fishing rights.",
            [("Thursday", "2024-03-21")],
        ),
        ("Garcia heads to Oslo on Thursday to discuss fishing rights.", [("Thursday", "2024-03-21")]),
    ],
)
def test_purpose_after_date(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _weekday_values(text) == expected
