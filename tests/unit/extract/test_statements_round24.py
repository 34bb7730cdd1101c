"""Round 24: an infinitive has no subject for a later 'and VERBed'; '." Said X' after a quote
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Omar Haddad": ("person", ("Haddad",)),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Omar Haddad"},
)


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(kind, who) for kind, who, _t in run(text, CAST)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ruiz noted that her deputy will fly to Lima on Friday, June 20, to discuss the crisis,"
            " and welcomed the chance to work with Peru.",
            "Ana Ruiz",
        ),
        (
            "Haddad stressed that the envoys would meet on Monday, May 4, to discuss aid,"
            " and praised the new ceasefire.",
            "Omar Haddad",
        ),
        (
            "Ruiz said the delegates will travel to Cairo next week to discuss the plan,"
            " and welcomed the support of Peru.",
            "Ana Ruiz",
        ),
    ],
)
def test_and_verbed_after_an_infinitive_is_the_main_subjects(text: str, speaker: str) -> None:
    said = _said(text)
    assert said and all(who == speaker for _k, who in said)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Haddad met Ruiz in Lima. "We are committed to defeating terror in the region." Said Haddad',
            [("direct", "Omar Haddad")],
        ),
        (
            'Haddad met Ruiz in Lima. "We will keep working with our partners on trade." Added Ana Ruiz',
            [("direct", "Ana Ruiz")],
        ),
        (
            'Haddad met Ruiz. "Our talks went very well today, as expected." Says Ruiz',
            [("direct", "Ana Ruiz")],
        ),
        # near-misses: a capitalised 'Said' that opens a name, or no known actor after it
        ('The film is called "Blue River." Said Bakery, the shop on the corner, sells bread.', []),
        ('Haddad met Ruiz. "We are friends and allies." Says Who magazine ran the story.', []),
    ],
)
def test_capitalised_said_after_a_quotes_full_stop_names_its_speaker(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru and Chile held talks. A spokesman for the ministry said the talks would resume in May.",
            [("indirect", "A spokesman for the ministry")],
        ),
        (
            'Peru and Chile held talks. A spokesperson for the ministry said: "The talks will go on in May."',
            [("direct", "A spokesperson for the ministry")],
        ),
        (
            "Peru and Chile held talks. An adviser from the cabinet office said the deal was close.",
            [("indirect", "An adviser")],
        ),
        (
            "Peru and Chile held talks. A senior official at the embassy said the visit was off.",
            [("indirect", "A senior official")],
        ),
        # near-misses: a phrase whose head is no person's role speaks for nobody
        ("Peru and Chile held talks. A rise in prices said little about the deal.", []),
        ("Peru and Chile held talks. A letter of the ministry said the deal was close.", []),
    ],
)
def test_a_role_for_a_body_is_one_unnamed_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


def test_the_role_again_is_the_unnamed_speaker_before() -> None:
    text = (
        'Peru and Chile held talks. A spokesperson for the ministry said: "The talks will go on in May."'
        ' Asked about ties, the spokesperson told radio: "We want good ties with all our neighbours."'
    )
    assert _said(text) == [("direct", "A spokesperson for the ministry")] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Haddad met Ruiz in Lima.\n\nA statement from his spokesman, Ana Ruiz, on Monday read:"
            ' "The two held a long and useful talk on trade."',
            [("direct", "Ana Ruiz")],
        ),
        (
            'Haddad met Ruiz in Lima. A statement by Haddad read: "We had a long and useful talk on trade."',
            [("direct", "Omar Haddad")],
        ),
        (
            "Haddad met Ruiz in Lima. Haddad said in a statement that the talks went well."
            ' The statement read: "We had a long and useful talk on trade."',
            [("indirect", "Omar Haddad"), ("direct", "Omar Haddad")],
        ),
        (
            "Haddad met Ruiz in Lima.\n\nA statement from the presidency, late on Monday read:"
            ' "We welcome the deal and its terms."',
            [("direct", "the presidency")],  # the time after the issuer is no part of its name
        ),
        # near-misses: a person or a thing that 'read' is no document speaking
        ('Haddad met Ruiz. Haddad read: "The Old Man and the Sea" to the pupils in class.', []),
        ('Haddad met Ruiz. The sign on the door read: "Closed for the holidays until next week."', []),
    ],
)
def test_a_document_that_reads_out_a_quote_is_its_issuers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _said(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ruiz met Haddad, according to a release from the ministry.\n\n"
            'Haddad named several sectors, saying, "Peru can play a key role in copper mining," said the release.',
            "Omar Haddad",
        ),
        (
            "Ruiz met Haddad, according to a statement from the ministry.\n\n"
            'Ruiz praised the visit, noting, "Our ties have never been stronger than now," said the statement.',
            "Ana Ruiz",
        ),
        # near-miss: no one speaks before the quote, so the release itself (its issuer) speaks
        (
            "Ruiz met Haddad, according to a release from the ministry.\n\n"
            '"Peru can play a key role in copper mining," said the release.',
            "the ministry",
        ),
    ],
)
def test_a_document_after_a_quote_relays_the_one_saying_it(text: str, speaker: str) -> None:
    assert [who for kind, who in _said(text) if kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz spoke with Haddad. Ruiz noted that the children are at risk of abuse,"
            " and welcomed Peru's efforts to help them.",
            ["the children are at risk of abuse", "Peru's efforts to help them"],
        ),
        (
            "Ruiz spoke with Haddad. Ruiz said the envoy will fly to Rome, and praised the progress so far.",
            ["the envoy will fly to Rome", "the progress so far"],
        ),
        (
            "Ruiz spoke with Haddad. Ruiz said the deal protects farmers, and hailed Haddad's role in it.",
            ["the deal protects farmers", "Haddad's role in it"],
        ),
        # near-misses: a second act that is no speech stays inside the report
        (
            "Ruiz spoke with Haddad. Ruiz said the army had attacked villages, and burned Peru's crops.",
            ["the army had attacked villages, and burned Peru's crops"],
        ),
    ],
)
def test_and_welcomed_a_possessive_object_is_a_second_statement(text: str, expected: list[str]) -> None:
    assert [t for _k, _w, t in run(text, CAST)] == expected
