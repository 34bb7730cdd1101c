"""Round 38: statements missed on unseen real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_SADC = "The Southern African Development Community summit ended in Maputo on Friday.\n\n"
_FORUM = "The Pacific Islands Forum summit closed in Apia on Thursday.\n\n"
_ECOWAS = "An extraordinary summit of ECOWAS was held in Abuja on Sunday.\n\n"
_PAIR = "Kenyan President Amani Mwangi met Tanzanian President Neema Juma"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a communique speaks through the body's members: 'Leaders welcomed ...' is the body's statement
        (
            _SADC + "Leaders welcomed the new trade corridor between the two ports.",
            [
                (
                    "indirect",
                    "Southern African Development Community",
                    "the new trade corridor between the two ports",
                )
            ],
        ),
        (
            _SADC + "1. Leaders expressed their concern over the drought in the region.",
            [
                (
                    "indirect",
                    "Southern African Development Community",
                    "their concern over the drought in the region",
                )
            ],
        ),
        (
            _FORUM + "Forum leaders expressed concern over rising sea levels.",
            [("indirect", "Pacific Islands Forum", "concern over rising sea levels")],
        ),
        (
            _FORUM + "In their final communique, the leaders noted that fish stocks had recovered.",
            [("indirect", "Pacific Islands Forum", "fish stocks had recovered")],
        ),
        # the body named in the members' phrase, with or without a summit told
        (
            "SADC leaders stressed the need for calm along the disputed border.",
            [
                (
                    "indirect",
                    "Southern African Development Community",
                    "the need for calm along the disputed border",
                )
            ],
        ),
        (
            "The leaders of the African Union called for a ceasefire in the region.",
            [("indirect", "African Union", "a ceasefire in the region")],
        ),
        # near misses: two leaders after their talks speak jointly, for no body, even beside a summit;
        # bare 'Leaders' in a story of no summit, and 'Officials', name nobody
        (
            _PAIR
            + " on the sidelines of the African Union summit.\n\nThe leaders welcomed the new railway deal.",
            [],
        ),
        (
            _PAIR
            + " on the sidelines of the African Union summit.\n\nThe two leaders welcomed the railway deal.",
            [],
        ),
        (_PAIR + " in Nairobi on Monday.\n\nLeaders welcomed the new railway deal.", []),
        (_SADC + "Officials welcomed the new trade corridor between the two ports.", []),
    ],
)
def test_members_speak_for_their_forum(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the communique' (or 'the document') of the summit told, with no issuer named: the body's
        (
            _ECOWAS + "The communique said the sanctions on the junta would stay in place.",
            [
                (
                    "indirect",
                    "Economic Community of West African States",
                    "the sanctions on the junta would stay in place",
                )
            ],
        ),
        (
            _ECOWAS + "The document says the borders with the country will reopen in March.",
            [
                (
                    "indirect",
                    "Economic Community of West African States",
                    "the borders with the country will reopen in March",
                )
            ],
        ),
        # near misses: a statement of no summit's; a communique issued by someone named stays his
        (
            "The World Bank said on Sunday that the loan for the port was approved. "
            "The statement said the tariffs would stay in place.",
            [
                ("indirect", "World Bank", "the loan for the port was approved"),
                ("indirect", "World Bank", "the tariffs would stay in place"),
            ],
        ),
        (
            _ECOWAS + "The African Union issued a communique on Monday. "
            "The communique said the mission would stay in the capital.",
            [("indirect", "African Union", "the mission would stay in the capital")],
        ),
    ],
)
def test_summit_communique_speaks_for_its_forum(text: str, expected: list) -> None:
    assert built(text) == expected
