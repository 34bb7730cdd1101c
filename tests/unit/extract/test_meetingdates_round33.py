"""Meeting dates, round 33: which date expression belongs to which meeting (rules found on unseen
articles)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 8, 17)  # a Saturday


def _sitting_days(text: str, kind: str = "meeting") -> list[tuple[str | None, str | None]]:
    doc = build_document(text, PUBLISHED)
    return [(m.start, m.end) for m in doc.meetings if m.kind == kind]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the lead sentence's own day (no dated dateline) dates the story's first sitting, told next
        (
            "Chile and Norway agreed Friday to widen their fisheries accord, officials said. "
            "Chilean Foreign Minister Ana Rojas told reporters after a meeting with Norwegian "
            "Foreign Minister Kari Dahl that the two sides had settled most of their differences.",
            [("2024-08-16", "2024-08-16")],
        ),
        # ... or told in the headline above it
        (
            "Rojas meets Norwegian counterpart Dahl\n\n"
            "Chilean Foreign Minister Ana Rojas on Friday pressed Norwegian Foreign Minister Kari Dahl "
            "for a quick deal on salmon tariffs, according to her ministry.",
            [("2024-08-16", "2024-08-16")],
        ),
        # near miss: a lead day days before publication is no news day
        (
            "Chile and Norway agreed on Tuesday to widen their fisheries accord, officials said. "
            "Chilean Foreign Minister Ana Rojas told reporters after a meeting with Norwegian "
            "Foreign Minister Kari Dahl that the two sides had settled most of their differences.",
            [(None, None)],
        ),
        # near miss: two days in the lead sentence give no one news day
        (
            "Chile and Norway agreed Friday to widen the fisheries accord signed on Tuesday, officials "
            "said. Chilean Foreign Minister Ana Rojas told reporters after a meeting with Norwegian "
            "Foreign Minister Kari Dahl that the two sides had settled most of their differences.",
            [(None, None)],
        ),
        # a page's stamp dates the lead only when the story's words tell no earlier day for it
        (
            "date 2024-08-17 Chilean Foreign Minister Ana Rojas meets Norwegian Foreign Minister Kari Dahl "
            "in Oslo\n\n"
            "Chilean Foreign Minister Ana Rojas on Friday urged Norwegian Foreign Minister Kari Dahl to "
            "speed up the salmon deal, her ministry said.",
            [("2024-08-16", "2024-08-16")],
        ),
        # near miss: the lede's day is another event's, told in the lede itself
        (
            "date 2024-08-17 Chilean Foreign Minister Ana Rojas meets Norwegian Foreign Minister Kari Dahl "
            "in Oslo\n\n"
            "At a meeting she held on Friday with business leaders, Rojas said the deal was close.",
            [("2024-08-17", "2024-08-17")],
        ),
        # near miss: a page's date line is no lead sentence
        (
            "2024-08-16 10:35\n\n"
            "Chilean Foreign Minister Ana Rojas told reporters after a meeting with Norwegian "
            "Foreign Minister Kari Dahl that the two sides had settled most of their differences.",
            [(None, None)],
        ),
    ],
)
def test_lede_day_dates_the_lead_sitting(text: str, days: list[tuple[str | None, str | None]]) -> None:
    assert _sitting_days(text) == days


@pytest.mark.parametrize(
    ("text", "kind", "days"),
    [
        # a dated retelling with fewer parties named (the headline's event, told again with its day)
        (
            "Rojas, Dahl to hold talks on fisheries\n\n"
            "Chilean Foreign Minister Ana Rojas will travel to Oslo to meet Norwegian Foreign Minister "
            "Kari Dahl. Rojas will hold talks there on Monday, her ministry said.",
            "talks",
            [("2024-08-19", "2024-08-19")],
        ),
        # ... the other party told by a role noun ("the minister")
        (
            "Chilean Foreign Minister Ana Rojas held talks with Norwegian Foreign Minister Kari Dahl in "
            "Oslo. Rojas said her meeting with the minister on Friday had been frank.",
            "talks",
            [("2024-08-16", "2024-08-16")],
        ),
        # near miss: a further sitting ("also") with people not named is another event
        (
            "Chilean Foreign Minister Ana Rojas met Norwegian Foreign Minister Kari Dahl in Oslo. "
            "Rojas also met with business leaders on Friday.",
            "meeting",
            [(None, None)],
        ),
        # near miss: an earlier sitting told later is no retelling
        (
            "Chilean Foreign Minister Ana Rojas held talks with Norwegian Foreign Minister Kari Dahl in "
            "Oslo. Rojas had first met the minister on Friday in Lima.",
            "talks",
            [(None, None)],
        ),
    ],
)
def test_dated_retelling_lends_its_day(
    text: str, kind: str, days: list[tuple[str | None, str | None]]
) -> None:
    assert _sitting_days(text, kind) == days
