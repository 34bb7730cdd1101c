"""Stages roles and coref: a party before an office is the holder's affiliation, and neither a
party's name nor a country named as a matter makes an article's home side."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2023, 11, 20)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a party the lexicon does not know, read into a lowercase office, is the holder's body
        (
            "National Party leader Ann Reid met reporters.",
            "Ann Reid",
            ("National Party leader", "National Party"),
        ),
        # a bracketed short form right before the office names the body
        ("Green Union (GU) leader Ann Reid spoke on Monday.", "Ann Reid", ("leader", "GU")),
        # a bracketed country is no body
        ("Pacific (US) envoy Ann Reid spoke on Monday.", "Ann Reid", ("envoy", "United States")),
    ],
)
def test_party_before_office(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert people(text, PUBLISHED)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a party's name is no evidence of the country the lexicon files it under
        (
            "Labour leader Ann Reid met caretaker Prime Minister Tom Hale in Auckland.",
            "Tom Hale",
            ("Prime Minister", None),
        ),
        # ... but still corroborates a country the text names
        (
            "Labour leader Ann Reid met Prime Minister Tom Hale in Manchester. Britain votes soon.",
            "Tom Hale",
            ("Prime Minister", "United Kingdom"),
        ),
        # a country before "conflict" is what is talked about, not the article's side
        (
            "Prime Minister Tom Hale spoke about the ongoing Israel conflict.",
            "Tom Hale",
            ("Prime Minister", None),
        ),
        # a list member does not take another member's party
        ("SPD leader Ann Reid and Tom Hale will meet on Monday.", "Tom Hale", (None, None)),
    ],
)
def test_no_home_country_from_a_party(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert people(text, PUBLISHED)[name] == expected
