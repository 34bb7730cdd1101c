"""Organizations, round 31 (fresh unseen articles): a news site's section heading copied with
the page ("Breaking News", "Latest News") is no body; an outlet's own name still is."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Breaking News\n\nMinister opens the new port\n\nThe minister arrived on Monday.",
        "Latest News\n\nThe president met his guest on Saturday in the capital.",
        "Home Regional News\n\nTwo leaders meet at the border\n\nThey spoke for an hour.",
        "Top News | Politics\n\nThe envoy left for talks on Friday.",
    ],
)
def test_a_section_heading_is_no_body(text: str) -> None:
    assert not any(name.endswith("News") for name in names(text, PUBLISHED, "organization"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: an outlet named with a proper word or an acronym, a known outlet
        ("The interview was aired by Kavala News on Monday.", "Kavala News"),
        ("The interview was aired by KTN News on Monday.", "KTN News"),
        ("The interview was aired by Sky News on Monday.", "Sky News"),
    ],
)
def test_an_outlet_named_news_stays(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")
