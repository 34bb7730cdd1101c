"""Countries, round 30 (audit of unseen European and American stories): a compact or format of talks
named after the capital it was made in ("the X agreements", "the X Accords") names no side."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 8)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The leaders backed the Minsk agreements and new sanctions on Russia.", ["Russia"]),
        ("The ministers met in the Astana format on Tuesday with Iran.", ["Iran"]),
        # near misses: the capital named on its own stays its country's, compact or not
        ("President Anna Berg visited Minsk on Monday and praised the Minsk agreements.", ["Belarus"]),
        ("Belarus still backs the Minsk agreements, its envoy said.", ["Belarus"]),
    ],
)
def test_compact_named_after_a_capital(text: str, countries: list[str]) -> None:
    assert sorted(names(text, PUBLISHED, "country")) == countries
