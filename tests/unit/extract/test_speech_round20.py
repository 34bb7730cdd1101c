"""Speech lexicon, round 20: praise verbs ('lauded', 'applauded'), 'apprised X of Y' (and its
misspelling 'appraised X about Y'), 'extended thankfulness', and hearsay 'was said to have thanked'."""

from __future__ import annotations

import pytest

from briefing_tui.extract import speech
from tests.unit.extract.helpers import RUIZ_BERG_UN as CAST
from tests.unit.extract.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz lauded Berg for reforming the tax system of the country.",
            [("indirect", "Ana Ruiz", "Berg for reforming the tax system of the country")],
        ),
        (
            "Ruiz applauded the decision of the UN to send aid to Peru.",
            [("indirect", "Ana Ruiz", "the decision of the UN to send aid to Peru")],
        ),
        (
            "The plan was lauded by Ruiz as a turning point for the region.",
            [("indirect", "Ana Ruiz", "The plan was lauded by Ruiz as a turning point for the region")],
        ),
        # applause with nothing said
        ("The crowd applauded as Ruiz arrived in Lima.", []),
    ],
)
def test_praise_verbs(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz apprised Berg of the progress made in the trade talks.",
            [("indirect", "Ana Ruiz", "the progress made in the trade talks")],
        ),
        (
            "Ruiz apprised Berg about the progress made in the trade talks.",
            [("indirect", "Ana Ruiz", "the progress made in the trade talks")],
        ),
        (
            "Ruiz appraised the President about the help of the UN to Peru.",
            [("indirect", "Ana Ruiz", "the help of the UN to Peru")],
        ),
        # an appraisal of a thing reports nothing
        ("Ruiz appraised the house at two million dollars last year.", []),
    ],
)
def test_apprise_reports_what_was_told(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz extended thankfulness to Berg for sending vaccines to all countries.",
            [("indirect", "Ana Ruiz", "thankfulness to Berg for sending vaccines to all countries")],
        ),
        ("Ruiz extended the deadline for the tender to next month.", []),
    ],
)
def test_thankfulness_is_a_courtesy(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz was said to have thanked Berg for receiving her delegation at a busy time.",
            [("indirect", "Ana Ruiz", "thanked Berg for receiving her delegation at a busy time")],
        ),
        (
            "Ruiz is reported to have told Berg that the border would open soon.",
            [("indirect", "Ana Ruiz", "the border would open soon")],
        ),
        # a plan is still a plan
        ("Ruiz is said to have plans to urge Berg to act.", []),
        ("Ruiz was said to have visited Lima with her delegation.", []),
    ],
)
def test_said_to_have_reports_the_act(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


def test_hearsay_gap_is_no_modal() -> None:
    text = "Ruiz was said to have thanked him."
    end, modal, _passive = speech.preverbal_gap(text, 0, text.index("thanked"))
    assert (text[:end].strip(), modal) == ("Ruiz", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz indicated that she would use the talks to seek a deal on trade.",
            [("indirect", "Ana Ruiz", "she would use the talks to seek a deal on trade")],
        ),
        (
            "Ruiz hinted that she might run for office next year.",
            [("indirect", "Ana Ruiz", "she might run for office next year")],
        ),
        # without 'that', or with no one speaking, nothing is reported
        ("Ruiz indicated a route on the map to the reporters.", []),
        ("Ruiz hinted at a deal with Peru on trade.", []),
        ("The figures indicated that trade had grown by a third.", []),
    ],
)
def test_indicated_that_reports(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Earlier in the day, Ruiz gave a commitment to help the work of the trade unit.",
            [("indirect", "Ana Ruiz", "to help the work of the trade unit")],
        ),
        (
            "Ruiz gave assurances that the border would stay open to trade.",
            [("indirect", "Ana Ruiz", "the border would stay open to trade")],
        ),
        ("Ruiz gave a speech at the university on trade with Peru.", []),
        ("Ruiz made a commitment of five million dollars to the fund.", []),
    ],
)
def test_gave_a_commitment_is_a_promise_voiced(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz listed three demands to approve the loan, including a cap on risks.",
            [("indirect", "Ana Ruiz", "three demands to approve the loan, including a cap on risks")],
        ),
        ("Ruiz listed the shares of the company on the stock market.", []),
        (
            "Ruiz drew attention to the need for more aid to the region.",
            [("indirect", "Ana Ruiz", "the need for more aid to the region")],
        ),
        (
            "Ruiz drew the attention of Berg to the plight of the refugees.",
            [("indirect", "Ana Ruiz", "Berg to the plight of the refugees")],
        ),
        ("The plan drew attention from investors across the region.", []),
    ],
)
def test_listed_demands_and_drew_attention(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz will be in Lima on Thursday, a statement by the UN said.",
            [("indirect", "United Nations", "Ruiz will be in Lima on Thursday")],
        ),
        (
            "A statement issued by the UN said Ruiz will be in Lima on Thursday.",
            [("indirect", "United Nations", "Ruiz will be in Lima on Thursday")],
        ),
        # a passive agent is still no subject
        ("The report, seen by the UN, says trade fell last year.", []),
    ],
)
def test_statement_by_a_body_speaks_for_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A statement from the UN said Ruiz will be in Lima on Thursday.",
        "Ruiz will be in Lima on Thursday, a statement from the UN said.",
    ],
)
def test_statement_from_a_body_speaks_for_it(text: str) -> None:
    assert run(text, CAST) == [("indirect", "United Nations", "Ruiz will be in Lima on Thursday")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz wished Berg that Peru will have the strength to recover soon.",
            [("indirect", "Ana Ruiz", "Peru will have the strength to recover soon")],
        ),
        # a courtesy with no clause, or a wish of one's own, reports nothing
        ("Ruiz wished Berg a speedy recovery after the surgery.", []),
        ("Ruiz wished to visit Lima before the end of the year.", []),
    ],
)
def test_wished_someone_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected
