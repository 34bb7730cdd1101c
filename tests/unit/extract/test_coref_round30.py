"""Coreference, round 30 (audit of unseen articles): a naval rank before a surname ("Commodore X")
is a title like "General X", so the surname joins the full name told before."""

from __future__ import annotations

from datetime import date

from tests.unit.extract.helpers import names

PUBLISHED = date(2011, 9, 6)


def test_a_commodore_is_a_rank_before_a_surname() -> None:
    text = "Fiji's military leader Tomas Vidal will hold elections. Commodore Vidal has let the forum down."
    assert names(text, PUBLISHED, "person") == ["Tomas Vidal"]
    # near miss: the rank before a full name keeps the full name
    assert names("Commodore Tomas Vidal met envoys on Monday.", PUBLISHED, "person") == ["Tomas Vidal"]
