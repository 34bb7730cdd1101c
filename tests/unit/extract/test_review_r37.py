"""Review of round 37: rules that misfired, or grew too slow, on text the round never saw."""

from __future__ import annotations

import time
from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    "gap",
    [
        " " * 40_000,  # a run of blanks left by a stripped table or form
        "\t" * 40_000,
    ],
    ids=["spaces", "tabs"],
)
def test_delegation_cue_is_linear_on_a_long_gap(gap: str) -> None:
    # a delegation, a long blank gap and no "which includes" after it: the escort cue must fail fast
    text = f"Premier Joan Adler landed in Oslo. Her delegation{gap}greeted Mayor Piet Haas on Friday."
    began = time.perf_counter()
    build_document(text, PUBLISHED)
    assert time.perf_counter() - began < 5.0
