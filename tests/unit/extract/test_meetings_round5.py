"""Meetings, round 5: destinations after "the", received guests, a visit's own clause."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_meetings import build


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a destination opened by "the" follows the verb at once
        ("Scholz will visit the Czech Republic on Monday.", ("Czech Republic", "2023-10-30")),
        ("Macron visited the United States last week.", ("United States", None)),
        ("Blinken is visiting the Netherlands.", ("Netherlands", None)),
        # negative: a common noun after "the" is no place
        ("Scholz will visit the region on Monday.", None),
    ],
)
def test_visit_the_country(text: str, expected: tuple[str, str | None] | None) -> None:
    visits = [m for m in build(text).meetings if m.kind == "visit"]
    if expected is None:
        assert visits == [], text
    else:
        assert visits, text
        assert (visits[0].location, visits[0].start) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the Andean country of Peru": the name after the common noun is the place
        ("Scholz will visit the Andean country of Peru on Monday.", "Peru"),
        ("Macron will travel to the Baltic nation of Estonia.", "Estonia"),
        ("Blinken visited the Pacific island nation Fiji.", "Fiji"),
        # negative: a plain name stays as it is
        ("Scholz will visit Peru on Monday.", "Peru"),
    ],
)
def test_place_after_country_noun(text: str, place: str) -> None:
    visits = [m for m in build(text).meetings if m.kind == "visit"]
    assert visits, text
    assert visits[0].location == place


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host receiving a named guest is a meeting, whether a weekday or "the" comes between
        (
            "Macron received Tuesday the German chancellor, Scholz, in Paris.",
            {"Emmanuel Macron", "Olaf Scholz"},
        ),
        ("Scholz has received Blinken on Monday in Berlin.", {"Olaf Scholz", "Antony Blinken"}),
        ("Macron will receive Scholz on Friday.", {"Emmanuel Macron", "Olaf Scholz"}),
        # negative: a thing received from someone, or nobody named received
        ("Scholz received the Charlemagne Prize from Macron.", None),
        ("Scholz received French support for the plan.", None),
    ],
)
def test_received_guest(text: str, expected: set[str] | None) -> None:
    doc = build(text)
    found = [{doc.entities[i].name for i in m.participants} for m in doc.meetings if m.kind == "meeting"]
    assert found == ([expected] if expected else []), text
