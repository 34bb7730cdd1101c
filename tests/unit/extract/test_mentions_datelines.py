"""Stage mentions: a dateline's shouted place or month is no acronym of a body."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Intro line.\n\nLYONVILLE \u2013 The two ministers met on Monday.", "LYONVILLE"),
        ("Intro line.\n\nKARVOSK, MAY 2, NORDPRESS: The talks ended.", "KARVOSK"),
        ("Intro line.\n\nKARVOSK, MAY 2, NORDPRESS: The talks ended.", "MAY"),
        ("The envoy left.\nDUNMERE - Officials met on Friday.", "DUNMERE"),
    ],
)
def test_dateline_words_are_no_bodies(text: str, absent: str) -> None:
    assert absent not in set(names(text, PUBLISHED, "organization"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an acronym opening a line before its sentence stays a body (negative cases)
        ("Intro line.\n\nKORFED, the dockers' union, met on Monday.", "KORFED"),
        ("Intro line.\n\nThe strike was called by KORFED - a union - on Monday.", "KORFED"),
        ("Intro line.\n\nKORFED said on Monday it would strike.", "KORFED"),
    ],
)
def test_acronyms_stay_bodies(text: str, name: str) -> None:
    assert name in set(names(text, PUBLISHED, "organization"))
