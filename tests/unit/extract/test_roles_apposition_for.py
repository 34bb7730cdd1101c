"""Stage roles: a body after "for" in a described person's apposition is where they work
("X, a spokesman for the UN Secretary-General,")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import side_of

PUBLISHED = date(2023, 10, 24)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "According to Jean Morel, a spokesman for the UN Secretary-General, Ban Lee \u201cpraised\u201d the pact.",
            "Jean Morel",
            "United Nations",
        ),
        (
            "Jean Morel, a spokesman for the World Health Organization, said the talks went well.",
            "Jean Morel",
            "World Health Organization",
        ),
        (
            "The talks went well, said Jean Morel, a spokesman for the African Union.",
            "Jean Morel",
            "African Union",
        ),
        # negative: no body named in the apposition
        ("According to Jean Morel, a spokesman for the family, the talks went well.", "Jean Morel", None),
    ],
)
def test_body_after_for(text: str, name: str, expected: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == expected
