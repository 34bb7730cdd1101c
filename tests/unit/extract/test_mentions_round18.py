"""Stage mentions, round 18: a list of guests in title case still names its people."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy title before the name, on a bullet line with an office after it
        ("Guests arriving today:\n- Hon. Lisi Tavake, Prime Minister of Tonga", ["Lisi Tavake"]),
        ("Guests arriving today:\nH.E. Rosa Anand, President of Nauru", ["Rosa Anand"]),
        ("Guests arriving today:\nDr. Rosa Anand, Minister of Health", ["Rosa Anand"]),
        # a line opening on two words and ', <office>'
        ("Guests arriving today:\n- Lisi Tavake, Prime Minister of Tonga", ["Lisi Tavake"]),
        # negatives: headlines keep dropping their capitals
        ("Minister to Visit Papua New Guinea\n\nThe minister leaves on Monday.", []),
        ("Foreign Minister Meets Counterpart in Tokyo\n\nThey met on Monday.", []),
        ("Leaders Gather, Prime Minister of Tonga Says\n\nThey met on Monday.", []),
    ],
)
def test_listed_guest_in_title_case(text: str, expected: list[str]) -> None:
    assert heads(text, "person") == expected
