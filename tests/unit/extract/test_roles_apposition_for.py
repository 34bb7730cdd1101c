"""Stage roles: a body after "for" in a described person's apposition is where they work
("X, a spokesman for the UN Secretary-General,")."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_coref_affiliation import affiliation


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
    assert affiliation(text, name) == expected
