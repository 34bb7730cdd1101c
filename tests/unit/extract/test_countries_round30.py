"""Countries, round 30: a demonym two states share goes to the state the article names."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _countries(text: str) -> list[str]:
    doc = build_document(text, date(2024, 3, 5))
    return sorted(e.name for e in doc.entities if e.kind == "country")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # the article names the Dominican Republic and never Dominica: "Dominican" is the former's
        (
            "Officials of the Dominican Republic and Haiti met at the border. The Dominican "
            "delegation asked for more patrols.",
            ["Dominican Republic", "Haiti"],
        ),
        ("Santo Domingo agreed to talk. Dominican troops stayed at the border.", ["Dominican Republic"]),
        # near misses: with Dominica named, or with neither state named, "Dominican" stays Dominica's
        (
            "Leaders of Dominica and Grenada met on Monday. The Dominican premier spoke first.",
            ["Dominica", "Grenada"],
        ),
        ("The Dominican prime minister chaired the regional meeting on Monday.", ["Dominica"]),
        (
            "Dominica and the Dominican Republic signed a fisheries pact. The Dominican minister praised it.",
            ["Dominica", "Dominican Republic"],
        ),
    ],
)
def test_shared_demonym_follows_the_named_state(text: str, countries: list[str]) -> None:
    assert _countries(text) == countries
