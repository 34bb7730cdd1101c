"""Review of round 27 (actors, meetings, dates): rules that misfired on text the round never saw."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _people(text: str) -> set[str]:
    doc = build_document(text, date(2024, 3, 5))
    return {e.name for e in doc.entities if e.kind == "person"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a closing single quote after a name, then another name: two people, no ayn
        (
            "Lindqvist 'open to talks with Moreau' Okafor says, after the call in Oslo.",
            {"Okafor"},
            {"Moreau' Okafor"},
        ),
        (
            "Tanaka \u2018will back Alvarez\u2019 Kowalski tells reporters in Warsaw.",
            {"Kowalski"},
            {"Alvarez\u2019 Kowalski", "Alvarez' Kowalski"},
        ),
        # the ayn that ends a name word, with no quote opened before it, stays inside the name
        (
            "Iraqi Prime Minister Ahmed Shia' Al Mansour will visit Tehran next week.",
            {"Ahmed Shia' Al Mansour"},
            set(),
        ),
        (
            "The delegation was led by Karim Shia\u2019 Al Hadi, the minister, officials said.",
            {"Karim Shia' Al Hadi"},  # (the clean stage writes a straight apostrophe)
            set(),
        ),
    ],
)
def test_a_closing_single_quote_is_no_ayn(text: str, present: set[str], absent: set[str]) -> None:
    people = _people(text)
    assert present <= people
    assert not absent & people
