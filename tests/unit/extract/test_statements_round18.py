"""Stage statements, round 18: a page menu under a headline signs no epigraph."""

from __future__ import annotations

from tests.unit.extract.test_statements import run
from tests.unit.extract.test_statements_round15b import CAST


def test_menu_entry_under_a_headline_is_no_signature() -> None:
    text = "LEADERS GATHER AHEAD OF THE SPRING SUMMIT IN LIMA\n\n- Details\n\n- Category: Media"
    assert run(text, CAST) == []
    signed = "We will never give up on peace in the region, whatever comes.\n\n- Tom Berg, May 2, 2021"
    assert run(signed, CAST) == [
        ("direct", "Tom Berg", "We will never give up on peace in the region, whatever comes")
    ]
