"""Stage coref: officials travelling with a visitor take the visitor's side, officials met
"where" a visit goes take that country's, and a spokesperson placed by a state body does not
make that body's country the article's home."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import side_of

PUBLISHED = date(2023, 10, 24)


ABROAD = "LIMA, May 2 (Wire) -- Peru will host the talks. "


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the visitor's ministers are on the visitor's side, not the dateline's
        (
            ABROAD + "Chilean President Ana Costa arrives at 9.30 pm and will be accompanied by "
            "Foreign Minister Luis Vidal and Trade Minister Marta Rojas.",
            "Luis Vidal",
            "Chile",
        ),
        (
            ABROAD + "Chilean President Ana Costa arrives at 9.30 pm and will be accompanied by "
            "Foreign Minister Luis Vidal and Trade Minister Marta Rojas.",
            "Marta Rojas",
            "Chile",
        ),
        (
            ABROAD + "Chilean President Ana Costa flew in, with a delegation including "
            "Finance Minister Luis Vidal.",
            "Luis Vidal",
            "Chile",
        ),
        # negative: no one accompanied: the dateline's country stays
        (
            ABROAD + "Chilean President Ana Costa arrives at 9.30 pm and will meet "
            "Foreign Minister Luis Vidal.",
            "Luis Vidal",
            "Peru",
        ),
    ],
)
def test_escorts_take_the_visitors_side(text: str, name: str, expected: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == expected


HQ = "The bloc's envoy set out on Monday. "


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            HQ + "On Monday the envoy will be in Tirana, Albania where he will have meetings with "
            "President Ilir Meta and Prime Minister Edi Rama.",
            "Edi Rama",
            "Albania",
        ),
        (
            HQ + "She will travel to Lisbon, Portugal, where she will meet President Rui Soares.",
            "Rui Soares",
            "Portugal",
        ),
        # negative: an ambassador met there serves another country
        (
            HQ + "She will travel to Lisbon, Portugal, where she will meet Ambassador Rui Soares.",
            "Rui Soares",
            None,
        ),
        # negative: no meeting after "where"
        (
            HQ + "She will travel to Lisbon, Portugal, where President Rui Soares spoke last year.",
            "Rui Soares",
            None,
        ),
    ],
)
def test_officials_met_where_a_visit_goes(text: str, name: str, expected: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the one unmarked person is a spokesperson placed by a U.S. body: Kenya, named most, is home
        (
            "Kenya hosted the talks. Kenya and Ethiopia signed a pact. Kenya will chair the council. "
            "Cabinet Secretary Jane Wanjiru met the envoy. "
            '"We welcome it," Ned Parker, the State Department spokesperson, said.',
            "Jane Wanjiru",
            "Kenya",
        ),
    ],
)
def test_body_apposed_spokesperson_is_marked(text: str, name: str, expected: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == expected
