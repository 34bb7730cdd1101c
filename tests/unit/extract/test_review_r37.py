"""Review of round 37: rules that misfired, or grew too slow, on text the round never saw."""

from __future__ import annotations

import time
from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import built

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source after ", reported" is who told it, never the words told
        ("Fuel ran short across the north in March, reported the army chief.", []),
        ("Fuel ran short in three towns near Lima, reported the foreign minister on Friday.", []),
        ("Two ferries sank off the coast of Crete, reported the coast guard chief.", []),
        (
            "The navy shelled the old port overnight, reported a local official on Monday.",
            ["The navy shelled"],
        ),
        # a named source still reports the clause before the comma
        ("Bread prices doubled over the winter, reported Agence France-Presse.", ["Bread prices doubled"]),
    ],
)
def test_inverted_report_takes_the_clause_before_the_comma(text: str, expected: list[str]) -> None:
    told = [words for _kind, _who, words in built(text)]
    assert [words[: len(start)] for words, start in zip(told, expected, strict=False)] == expected
    assert len(told) == len(expected)
