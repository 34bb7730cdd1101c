"""Review of round 30 (actors): rules that misfired on text the round never saw."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import names

PUBLISHED = date(2025, 3, 5)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a given name in mixed case before a surname is no office written short: two people
        (
            "Senator Marcus Pell spoke first. Councillor JoAnn Pell replied on Tuesday. Pell said no.",
            {"Marcus Pell", "JoAnn Pell"},
        ),
        (
            "Mayor Tobias Brandt opened the fair. Councillor LeAnn Brandt spoke on Friday.",
            {"Tobias Brandt", "LeAnn Brandt"},
        ),
        # kept: a short office in mixed case before the surname of the one named in full
        (
            "Opposition leader Themba Ncube spoke on Monday. Later, LoP Ncube said the bill would fail.",
            {"Themba Ncube"},
        ),
    ],
)
def test_mixed_case_word_before_surname(text: str, present: set[str]) -> None:
    assert set(names(text, PUBLISHED, "person")) == present


@pytest.mark.parametrize(
    ("text", "body", "kept"),
    [
        # a headline in title case whose capitals happen to spell the acronym does not spell it out
        (
            "Italy And Egypt Agree To Hold Talks\nThe IAEA said on Monday that inspectors would travel to the plant.",
            "International Atomic Energy Agency",
            True,
        ),
        (
            "Warsaw Hosts Oslo Envoys\nThe WHO said its team would stay in the region until June.",
            "World Health Organization",
            True,
        ),
        # kept: the article writes another body out in running text; the lexicon's body is not meant
        (
            "Envoys of the Islamic Emirate of Afghanistan met in Doha. The IEA said the talks went well.",
            "International Energy Agency",
            False,
        ),
    ],
)
def test_acronym_spelt_out(text: str, body: str, kept: bool) -> None:
    assert (body in set(names(text, PUBLISHED, "organization"))) is kept


def _described(text: str) -> set[str]:
    doc = build_document(text, PUBLISHED)
    return {doc.mentions[i].text for e in doc.entities if e.kind == "person" for i in e.mentions}


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        # "official" before a verb in the present tense is the officer who acts
        ("Peru's official warns that the border talks with Chile will stall.", True),
        ("Norway's official insists the fishing quota stays, a ministry note shows.", True),
        ("Chile's official admits the deal with Peru came late.", True),
        # kept: before a plural noun it is the adjective
        ("Peru's official visits to Chile resumed on Monday.", False),
        ("Norway's official talks with Iceland ended on Monday.", False),
    ],
)
def test_official_before_present_verb(text: str, officer: bool) -> None:
    assert any(d.endswith("official") for d in _described(text)) is officer
