"""Timexes, round 30 (audit of unseen articles): a weekday governed by a try or a refusal ("failed to
attend the rally on Friday") falls at that verb's time, not ahead as a bare "to attend" would put it."""

from __future__ import annotations

from datetime import date

from tests.unit.extract.helpers import timexes_of

PUBLISHED = date(2023, 10, 16)


def _friday(text: str) -> str | None:
    return next(value for words, value, _ in timexes_of(text, PUBLISHED, ends=True) if words == "Friday")


def test_a_try_or_a_refusal_keeps_its_own_time() -> None:
    # published Monday 2023-10-16: the Friday just past is the 13th, the next one the 20th
    cases = [
        ("Lina Berg failed to attend the rally in Oslo on Friday.", "2023-10-13"),
        ("Lina Berg refused to meet the envoy on Friday.", "2023-10-13"),
        ("Lina Berg has signed the deal, even after failing to attend the rally on Friday.", "2023-10-13"),
        ("Lina Berg managed to visit the port on Friday.", "2023-10-13"),
        # near misses: an agreement or a plan still looks ahead; a try told in the future is ahead
        ("Lina Berg agreed to meet the envoy on Friday.", "2023-10-20"),
        ("Lina Berg will try to meet the envoy on Friday.", "2023-10-20"),
        ("Lina Berg is to attend the rally on Friday.", "2023-10-20"),
    ]
    assert [(text, _friday(text)) for text, _ in cases] == cases
