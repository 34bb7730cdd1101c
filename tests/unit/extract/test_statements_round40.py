"""Round 40: statements missed or misattributed on unseen real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_VISIT = "Chilean President Tomas Vidal met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'during the talks', 'at their meeting' between the subject and its verb: when, not who
        (
            _VISIT + "Quispe during the talks stressed the need for a new water treaty.",
            [("indirect", "Rosa Quispe", "the need for a new water treaty")],
        ),
        (
            _VISIT + "Vidal at their meeting also voiced concern about the fishing quotas.",
            [("indirect", "Tomas Vidal", "concern about the fishing quotas")],
        ),
        (
            _VISIT + "Quispe in the phone call said that the rail link would open in June.",
            [("indirect", "Rosa Quispe", "the rail link would open in June")],
        ),
        # near misses: a statement's channel as before; a plan stays a plan
        (
            _VISIT + "Quispe in a statement said that the rail link would open in June.",
            [("indirect", "Rosa Quispe", "the rail link would open in June")],
        ),
        (
            _VISIT + "Quispe during the talks will stress the need for a new water treaty.",
            [],
        ),
    ],
)
def test_sitting_between_subject_and_verb(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition whose office holds its portfolio in brackets, commas and all: the name before it speaks
        (
            _VISIT
            + "Ivan Soto, adviser to the president (media and strategy), said that the vote went well.",
            [("indirect", "Ivan Soto", "the vote went well")],
        ),
        (
            _VISIT
            + "Ivan Soto, Special Adviser to the President (Media, Outreach & Strategy), noted that the vote went well.",
            [("indirect", "Ivan Soto", "the vote went well")],
        ),
        (
            _VISIT + "Ivan Soto, minister of state (mines), has stated that the copper price would rise.",
            [("indirect", "Ivan Soto", "the copper price would rise")],
        ),
        # near misses: an apposition with no brackets, as before
        (
            _VISIT + "Ivan Soto, adviser to the president, said that the vote went well.",
            [("indirect", "Ivan Soto", "the vote went well")],
        ),
    ],
)
def test_apposition_with_a_bracketed_portfolio(text: str, expected: list) -> None:
    assert built(text) == expected
