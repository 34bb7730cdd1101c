"""Organizations, round 32: an online platform named as where words were posted is no actor."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2023, 10, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Anna Berg said on Twitter that the visit had been a success.",
        "In a Facebook post on Sunday, Prime Minister Anna Berg thanked her hosts.",
        "Prime Minister Anna Berg took to Twitter to congratulate the winner.",
        "The ministry wrote on its official Facebook page that the talks would resume.",
        "The Twitter account of the embassy shared photos of the visit.",
    ],
)
def test_a_platform_as_the_medium_is_no_organization(text: str) -> None:
    assert not set(names(text, PUBLISHED, "organization")) & {"Facebook", "Twitter"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: the platform acting, or acted on
        ("Facebook said on Monday that it had removed the accounts.", "Facebook"),
        ("The regulator fined Twitter for breaking the data law.", "Twitter"),
    ],
)
def test_a_platform_acting_stays_an_organization(text: str, name: str) -> None:
    assert name in set(names(text, PUBLISHED, "organization"))
