"""Meeting dates and status, round 25: a wish word inside a closed relative aside (", who had urged X to
join him,") is that clause's, not the trigger's."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

TUESDAY = date(2020, 7, 7)


def _meetings(text: str, published: date = TUESDAY) -> list[tuple[str, str | None]]:
    doc = build_document(text, published)
    return [(m.status, m.start) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Andres Manuel Lopez Obrador, who had urged Justin Trudeau to join him, is due to meet Donald"
            " Trump at the White House on Wednesday.",
            [("upcoming", "2020-07-08")],
        ),
        (
            "Foreign Minister Sergei Lavrov, who has called for a ceasefire, will meet Antony Blinken on Friday.",
            [("upcoming", "2020-07-10")],
        ),
        (
            "Narendra Modi, whose government had sought closer ties, visited Paris on Monday.",
            [("past", "2020-07-06")],
        ),
        ("Sergei Lavrov, who invited Antony Blinken, will meet him next week.", [("upcoming", None)]),
        # near misses: the wish in the main clause, before or after an aside
        ("Andres Manuel Lopez Obrador urged Justin Trudeau to meet Donald Trump.", [("proposed", None)]),
        ("Sergei Lavrov, who arrived on Monday, hopes to meet Antony Blinken.", [("proposed", None)]),
    ],
)
def test_wish_inside_aside_is_not_the_triggers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _meetings(text) == expected
