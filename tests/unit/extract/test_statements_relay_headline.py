"""Stage statements: headlines, 'said this on <date>', documents named again, relaying outlets."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Lena Ortiz": ("person", ("Ortiz",)),
        "Tomas Berg": ("person", ("Berg",)),
        "Foreign Office": ("organization", ()),
    },
    pronouns={"she": "Lena Ortiz"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title line in the present tense names the story: no statement
        ("Ortiz criticizes council on opening day of trade forum\n\nThe forum opened in the port city.", []),
        ("Ortiz says forum will tackle hunger\n\nThe forum opened in the port city.", []),
        # a standfirst in the past tense reports what was said
        (
            "Ortiz said she hoped the forum would tackle hunger\n\nThe forum opened in the port city.",
            [("indirect", "Lena Ortiz", "she hoped the forum would tackle hunger")],
        ),
        # a sentence in the body keeps its present-tense report
        (
            "The forum opened on Monday. Ortiz says the forum will tackle hunger.",
            [("indirect", "Lena Ortiz", "the forum will tackle hunger")],
        ),
    ],
)
def test_headline_lines(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'said this/so' points at words given elsewhere
        ("Ortiz said this on Monday, when asked about the visit by Berg.", []),
        ("Ortiz said so at the press briefing in the capital.", []),
        # 'this' opening a clause is what was said
        (
            "Ortiz said this was the best offer the port had seen.",
            [("indirect", "Lena Ortiz", "this was the best offer the port had seen")],
        ),
    ],
)
def test_demonstrative_object(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document named again ('Friday's email') speaks for whoever issued it before
        (
            "The Foreign Office email said the talks went well. "
            "The visit by Berg was short. Berg left early. Ortiz stayed on. "
            "Friday's email said the two envoys would meet again in March.",
            [
                ("indirect", "Foreign Office", "the talks went well"),
                ("indirect", "Foreign Office", "the two envoys would meet again in March"),
            ],
        ),
    ],
)
def test_document_named_again(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


OUTLET = Cast(
    actors={
        "Lena Ortiz": ("person", ("Ortiz",)),
        "Radio Norte": ("organization", ()),
    },
    pronouns={"she": "Lena Ortiz"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet that quotes relays; the one quoted speaks
        (
            '"The port will reopen within a week," Ortiz was quoted by Radio Norte as saying.',
            [("direct", "Lena Ortiz", "The port will reopen within a week")],
        ),
        (
            "Radio Norte quoted Ortiz as saying the port would reopen within a week.",
            [("indirect", "Lena Ortiz", "the port would reopen within a week")],
        ),
        # 'the minister' right after her own statement is the same person
        (
            "Ortiz said the port would reopen soon. "
            '"We will not wait for the rains," the minister was quoted by Radio Norte as saying.',
            [
                ("indirect", "Lena Ortiz", "the port would reopen soon"),
                ("direct", "Lena Ortiz", "We will not wait for the rains"),
            ],
        ),
        # with nobody speaking before, 'the minister' names nobody
        ('"We will not wait for the rains," the minister was quoted by Radio Norte as saying.', []),
    ],
)
def test_relaying_outlet(text: str, expected: list) -> None:
    assert run(text, OUTLET) == expected


ACTS = Cast(
    actors={
        "Lena Ortiz": ("person", ("Ortiz",)),
        "Tomas Berg": ("person", ("Berg",)),
        "Chile": ("country", ()),
    },
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'by <speech verb>ing': how the subject spoke
        (
            "Lena Ortiz opened the forum by praising the work of the port staff.",
            [("indirect", "Lena Ortiz", "the work of the port staff")],
        ),
        (
            "Chile's Lena Ortiz opened the forum by criticizing the delays at the border.",
            [("indirect", "Lena Ortiz", "the delays at the border")],
        ),
        # 'by' before a verb that is no speech verb: nothing
        ("Lena Ortiz opened the forum by cutting a ribbon at the port.", []),
        # an invitation is addressed to its object
        (
            "The two envoys met in the spring and Ortiz invited Berg to visit the capital at an early date.",
            [("indirect", "Lena Ortiz", "Berg to visit the capital at an early date")],
        ),
        # being invited is no statement
        ("Ortiz was invited to the summit in the capital.", []),
    ],
)
def test_participle_after_by_and_invitations(text: str, expected: list) -> None:
    assert run(text, ACTS) == expected
