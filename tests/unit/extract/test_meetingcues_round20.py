"""Meeting cues, round 20: an invitation accepted is no longer a wish."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.meetingcues import PROPOSED
from briefing_tui.extract.pipeline import build_document


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("She has accepted an invitation from her counterpart to visit the capital.", False),
        ("He accepted the invitation to visit the capital.", False),
        ("She accepted his invitation to come to the capital.", False),
        ("He accepted an official invitation to visit the capital.", False),
        # still a wish: an invitation extended, or turned down
        ("He has an invitation from his counterpart to visit the capital.", True),
        ("She declined an invitation to visit the capital.", True),
        ("The minister invited her to visit the capital.", True),
    ],
)
def test_accepted_invitation_is_not_proposed(text: str, proposed: bool) -> None:
    assert (PROPOSED.search(text) is not None) is proposed


def test_accepted_invitation_is_the_visit_told_before() -> None:
    """The trip announced, then the invitation it answers: one visit, not two."""
    doc = build_document(
        "Minister Anna Berg will travel to Moscow for talks in the coming weeks. Berg has accepted an "
        "invitation from Minister Jon Keta to visit Moscow in the coming weeks.",
        date(2024, 8, 13),
    )
    assert [m.kind for m in doc.meetings] == ["visit"]
