"""Meetings, round 32: general patterns of news writing found missed on unseen articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 3, 15)  # a Friday


def _meetings(text: str) -> list[tuple[str, str, list[str]]]:
    doc = build_document(text, PUBLISHED)
    return [(m.kind, m.status, sorted(doc.entities[i].name for i in m.participants)) for m in doc.meetings]


# -- "X meets Y": the present of headlines and photo captions -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Austrian Chancellor Karl Brenner meets Danish Prime Minister Ida Holm in Vienna on March 4, 2024.",
            [("meeting", "past", ["Ida Holm", "Karl Brenner"])],
        ),
        (
            "Finance Minister Olga Petrova meets her Latvian counterpart Juris Ozols.",
            [("meeting", "past", ["Juris Ozols", "Olga Petrova"])],
        ),
        (
            "The talks open as President Tomas Varga meets Prime Minister Elin Berg next Tuesday.",
            [("meeting", "upcoming", ["Elin Berg", "Tomas Varga"])],
        ),
        # near misses: a plan that meets a standard, a team that meets its target
        ("The new budget meets European rules, Finance Minister Olga Petrova said.", []),
        ("The programme meets its targets each year, President Tomas Varga said on Monday.", []),
    ],
)
def test_meets_present(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _meetings(text) == expected
