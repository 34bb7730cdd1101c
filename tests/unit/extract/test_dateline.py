"""Datelines: the place (and date and agency) a story is filed from, in the layouts wires use."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import dateline
from briefing_tui.extract.pipeline import build_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV, Ukraine (AP) — The talks began.", "KYIV"),
        ("BEIJING, April 16 (Reuters) - The talks began.", "BEIJING"),
        # the day before the month
        ("MINSK, 3 February (BelTA) - The talks began.", "MINSK"),
        # a colon in place of the dash, with or without date and agency
        ("NEW DELHI, March 3 (PTI): The talks began.", "NEW DELHI"),
        ("ISLAMABAD (APP): The talks began.", "ISLAMABAD"),
        ("KUALA LUMPUR: The talks began.", "KUALA LUMPUR"),
        # the dash glued to the story's first word after an agency
        ("MEXICO CITY (Reuters) -Mexican officials said so.", "MEXICO CITY"),
        # the place in ordinary case, with its date and agency, and no dash at all
        ("New Delhi, Mar 3 (IANS) The talks began.", "New Delhi"),
        # a capital in ordinary case before a colon, as many outlets file ("New Delhi: ")
        ("New Delhi: The talks began.", "New Delhi"),
        # a label with a colon is no place; nor a hyphenated heading; nor a country in ordinary case
        # alone (a headline may open on one)
        ("UPDATE: The talks began.", None),
        ("ASEAN-GCC summit opens in Riyadh", None),
        ("Kenya: The talks began.", None),
        ("The talks in Dhaka, March 3 (BSS) began.", None),
    ],
)
def test_find(text: str, expected: str | None) -> None:
    found = dateline.find(text)
    assert (found.group(1).strip() if found else None) == expected


@pytest.mark.parametrize(
    "opening",
    ["NEW DELHI, March 3 (PTI): ", "KUALA LUMPUR: ", "New Delhi, Mar 3 (IANS) "],
)
def test_a_dateline_is_no_word_said_and_no_event_date(opening: str) -> None:
    doc = build_document(
        opening + "Foreign Minister Anna Berg will visit Lima next week, the ministry said.", date(2024, 3, 3)
    )
    assert [s.text for s in doc.statements] == ["Foreign Minister Anna Berg will visit Lima next week"]
    assert [(m.kind, m.start) for m in doc.meetings] == [("visit", None)]
