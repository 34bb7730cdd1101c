"""Review round 40: defects of the rule-based extractor the last two reviews left open, each mended by a
general rule.

- an unnamed office holder ("Chad's interior minister", "the Dutch trade minister") ends before a phrase
  of where they are or go ("in Accra", "to Lisbon"): "in" or "to" a country or its capital stays in the
  office only after a post held abroad or in the field ("the Danish ambassador to Chile", "the UN envoy in
  Yemen", "Fiji's high commissioner in India").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place where an unnamed office holder is met or speaks is no part of the office
        (
            "Chad's interior minister met Niger's interior minister in Niamey on Friday.",
            {
                "Chad's interior minister": ("interior minister", "Chad"),
                "Niger's interior minister": ("interior minister", "Niger"),
            },
        ),
        (
            "Niger's interior minister in Niamey said the border would reopen.",
            {"Niger's interior minister": ("interior minister", "Niger")},
        ),
        (
            "Pedro Sanz met Oman's finance minister in Muscat on Friday.",
            {"Pedro Sanz": (None, None), "Oman's finance minister": ("finance minister", "Oman")},
        ),
        (
            "Pedro Sanz met Oman's finance minister in Qatar on Friday.",
            {"Pedro Sanz": (None, None), "Oman's finance minister": ("finance minister", "Oman")},
        ),
        (
            "Pedro Sanz met the Dutch trade minister in Lisbon on Friday.",
            {"Pedro Sanz": (None, None), "Dutch trade minister": ("trade minister", "Netherlands")},
        ),
        # the second of a list, and a destination after "to"
        (
            "Pedro Sanz met Oman's finance minister and Qatar's finance minister in Doha.",
            {
                "Pedro Sanz": (None, None),
                "Oman's finance minister": ("finance minister", "Oman"),
                "Qatar's finance minister": ("finance minister", "Qatar"),
            },
        ),
        (
            "Pedro Sanz welcomed Oman's finance minister to Madrid on Friday.",
            {"Pedro Sanz": (None, None), "Oman's finance minister": ("finance minister", "Oman")},
        ),
        # near misses: a post abroad keeps its place, a portfolio its "for", a capitalised office its "of"
        (
            "Pedro Sanz met Oman's ambassador to Spain on Friday.",
            {"Pedro Sanz": (None, None), "Oman's ambassador to Spain": ("ambassador to Spain", "Oman")},
        ),
        (
            "The Danish ambassador in Santiago said the embassy would stay open.",
            {"Danish ambassador in Santiago": ("ambassador in Santiago", "Denmark")},
        ),
        (
            "Fiji's high commissioner in India said the visa rules would change.",
            {"Fiji's high commissioner in India": ("high commissioner in India", "Fiji")},
        ),
        (
            "Pedro Sanz met Oman's Minister of Foreign Affairs in Muscat.",
            {
                "Pedro Sanz": (None, None),
                "Oman's Minister of Foreign Affairs": ("Minister of Foreign Affairs", "Oman"),
            },
        ),
    ],
)
def test_unnamed_office_ends_before_its_place(text: str, expected: dict[str, tuple]) -> None:
    assert people(text, PUBLISHED) == expected
