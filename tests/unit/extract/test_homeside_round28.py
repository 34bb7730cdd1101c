"""Home side, round 28: one received or met on a visitor's arrival abroad is of the country visited,
also when the visitor is written only as "her"/"his" ("Upon her arrival in X, she was welcomed by
Minister Y"), not of the article's home side; one brought along stays the visitor's."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.contextaffiliations import _posted_to
from tests.unit.extract.helpers import side_of

PUBLISHED = date(2024, 3, 5)


_OPEN = "Ghanaian President Ama Mensah began a three-day state visit on Monday. "


@pytest.mark.parametrize(
    ("text", "side"),
    [
        (
            _OPEN
            + "Upon her arrival in Kenya, she was welcomed by Trade Minister Amos Tembo at the airport.",
            "Kenya",
        ),
        (_OPEN + "During her visit to Kenya, she met Trade Minister Amos Tembo.", "Kenya"),
        (_OPEN + "On his arrival in Kenya, he was received by Trade Minister Amos Tembo.", "Kenya"),
        # near misses: an official brought along on the trip keeps the visitor's side
        (_OPEN + "Upon her arrival in Kenya, she was accompanied by Trade Minister Amos Tembo.", "Ghana"),
        (_OPEN + "Before her arrival in Kenya, she joined Trade Minister Amos Tembo.", "Ghana"),
    ],
)
def test_one_met_on_arrival_is_of_the_country_visited(text: str, side: str) -> None:
    assert side_of(text, PUBLISHED, "Amos Tembo") == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # the country an envoy is posted to is neither the sentence's side nor the envoy's own
        (
            "The talks were attended by Deputy Director Carlos Soto and the Mexican ambassador to Chile, Ana Ruiz.",
            "Carlos Soto",
            None,
        ),
        (
            "HANOI - Vietnamese Deputy Minister Le Van Tam met Korean Ambassador to Vietnam Park Min Ho.",
            "Park Min Ho",
            None,
        ),
        # near misses: a country named as a side stays one; the envoy's stated country stays theirs
        (
            "The talks were attended by Deputy Director Carlos Soto and a delegation from Chile.",
            "Carlos Soto",
            "Chile",
        ),
        (
            "The talks were attended by Deputy Director Carlos Soto and the Mexican ambassador to Chile, Ana Ruiz.",
            "Ana Ruiz",
            "Mexico",
        ),
        (
            "HANOI - Vietnamese Deputy Minister Le Van Tam met Trade Minister Park Min Ho.",
            "Park Min Ho",
            "Vietnam",
        ),
    ],
)
def test_the_country_an_envoy_is_posted_to_is_no_side(text: str, name: str, side: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == side


@pytest.mark.parametrize(
    ("role", "posted"),
    [
        ("Ambassador to Vietnam", "Vietnam"),
        ("Ambassador To Vietnam", "Vietnam"),  # a title-case "To" (headline style) still posts
        ("Special Envoy to the United States", "United States"),
        ("Foreign Minister", None),
        ("Ambassador", None),
    ],
)
def test_the_country_an_office_posts_to(role: str, posted: str | None) -> None:
    assert _posted_to(role) == posted
