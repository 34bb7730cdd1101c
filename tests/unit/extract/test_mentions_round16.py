"""Stage mentions (round 16): countries written with an elided particle, in compounds of
peoples, and peoples' names used for languages."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def countries(text: str) -> list[str]:
    doc = build_document(text, date(2023, 5, 2))
    return [m.affiliation for m in doc.mentions if m.kind == "country"]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an elided particle on a capitalised word stays inside the name
        ("The envoy toured Mali, Côte d\u2019Ivoire and Togo last week.", ["Mali", "Ivory Coast", "Togo"]),
        ("The envoy toured Côte d'Ivoire.", ["Ivory Coast"]),
        # a compound of two peoples names both countries
        ("Both sides praised Russian-Nigerian cooperation in trade.", ["Russia", "Nigeria"]),
        # negative: a compound with a part that is no people names none
        ("Both sides praised the Indo-Pacific strategy.", []),
        # a country's word before "Ocean"/"Sea" names a body of water
        ("She flew to the Indian Ocean Summit in Colombo with Nepal's envoy.", ["Nepal"]),
        ("Navies met in the Philippine Sea.", []),
        # negative: the same word before another noun is the country
        ("Indian ships met in the Arabian Sea.", ["India"]),
        # a people's name after a speaking word is a language
        ("The senator speaks fluent Spanish and met Mexico's envoy.", ["Mexico"]),
        ("She spoke French at the talks with Belgium.", ["Belgium"]),
        # negative: the people's name elsewhere is the country
        ("Spanish officials spoke to the press.", ["Spain"]),
    ],
)
def test_country_mentions(text: str, expected: list[str]) -> None:
    assert countries(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a known body's name with a "the" written in after "of" is the same body
        (
            "The Economic Community of the West African States met in Abuja.",
            ["Economic Community of West African States"],
        ),
        ("The Organization of the American States met in Lima.", ["Organization of American States"]),
        # negative: the name as listed is read as before
        ("The Organization of American States met in Lima.", ["Organization of American States"]),
    ],
)
def test_known_body_with_the(text: str, expected: list[str]) -> None:
    doc = build_document(text, date(2023, 5, 2))
    assert [m.name for m in doc.mentions if m.kind == "organization"] == expected
