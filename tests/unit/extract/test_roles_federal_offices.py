"""Stages mentions and roles: "Federal" opens an office ("Federal Foreign Minister of X Y")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Federal Foreign Minister of Austria Ann Reid met him.",
            "Ann Reid",
            ("Federal Foreign Minister of Austria", "Austria"),
        ),
        ("He met Federal Chancellor Tom Hale on Monday.", "Tom Hale", ("Federal Chancellor", None)),
        # a lowercase office takes it in too
        ("Federal judge Tom Hale ruled on Monday.", "Tom Hale", ("Federal judge", None)),
        # a body's name that opens with it is not read into the office (negative case); the central
        # bank is a state organ: its chairman acts for the state
        ("Federal Reserve Chairman Tom Hale spoke on Monday.", "Tom Hale", ("Chairman", "United States")),
    ],
)
def test_federal_office(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert people(text, PUBLISHED)[name] == expected
