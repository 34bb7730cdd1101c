"""Round 35: reported speech missed on fresh real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from briefing_tui.extract import speech
from tests.unit.extract.helpers import built

_LEAD = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one who reports another's words speaks the whole clause: an office, a person, 'that' or not;
        # the one reported speaks her own words too (round 40)
        (
            _LEAD + "The Danish embassy said Quispe praised the new ferry link between the two ports.",
            [
                ("indirect", "Danish embassy", "Quispe praised the new ferry link between the two ports"),
                ("indirect", "Rosa Quispe", "the new ferry link between the two ports"),
            ],
        ),
        (
            _LEAD + "Holm said that Quispe voiced hope for a fishing accord before the winter.",
            [
                ("indirect", "Lars Holm", "Quispe voiced hope for a fishing accord before the winter"),
                ("indirect", "Rosa Quispe", "hope for a fishing accord before the winter"),
            ],
        ),
        # near miss: a news outlet reporting someone passes on that person's words
        (
            _LEAD + "Reuters reported that Quispe stressed that the tariffs would stay in place.",
            [("indirect", "Rosa Quispe", "the tariffs would stay in place")],
        ),
    ],
)
def test_a_report_of_anothers_words_is_the_reporters(text: str, expected: list) -> None:
    assert built(text) == expected


def test_after_an_office_relays_a_person_he_is_that_person() -> None:
    """'The embassy said Quispe stressed ... He added ...': 'he' names no embassy; the person relayed
    speaks on; after a person relays another, 'he' is still the reporter."""
    text = (
        "Danish Trade Minister Lars Holm met Peruvian Foreign Minister Jorge Soto in Lima on Monday.\n\n"
        "The Danish embassy said Soto praised the new ferry link between the two ports.\n\n"
        "He also said that the fishing fleet would grow."
    )
    assert built(text)[-1] == ("indirect", "Jorge Soto", "the fishing fleet would grow")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'told <audience> <clause>' without 'that': the clause's own subject ends the addressee
        (
            _LEAD + "Holm told reporters the port fees would stay until the spring.",
            [("indirect", "Lars Holm", "the port fees would stay until the spring")],
        ),
        (
            _LEAD + "Holm told reporters he had come to seek a fishing accord with Peru.",
            [("indirect", "Lars Holm", "he had come to seek a fishing accord with Peru")],
        ),
        (
            _LEAD + "Quispe told lawmakers afterwards they would vote on the accord in May.",
            [("indirect", "Rosa Quispe", "they would vote on the accord in May")],
        ),
        # near misses: a determiner inside one addressee ('the head of the port authority'), and 'told
        # about what ...' that names no one told and reports no clause
        (
            _LEAD + "Holm told the head of the port authority that the fees would stay.",
            [("indirect", "Lars Holm", "the fees would stay")],
        ),
        (_LEAD + "Holm told about what the two ministers had discussed.", []),
    ],
)
def test_a_bare_clause_after_told_and_its_audience(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("reporters the talks went well", "reporters"),
        ("journalists he would return", "journalists"),
        ("the head of the mission said", "the head of the mission"),
        ("talks between the two sides", "talks between the two sides"),
        ("Reuters the plan was", "Reuters"),
    ],
)
def test_noun_phrase_stops_where_a_clause_subject_begins(text: str, phrase: str) -> None:
    span = speech.noun_phrase_after(text, 0, len(text))
    assert span is not None and text[span.start : span.end] == phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named by a common noun speaks: 'the bloc' for the organisation named before it
        (
            "Mercosur foreign ministers met in Asuncion on Monday.\n\n"
            "The next summit will be held in Lima in May, the regional bloc said.",
            [("indirect", "Mercosur", "The next summit will be held in Lima in May")],
        ),
        (
            "Mercosur foreign ministers met in Asuncion on Monday.\n\n"
            "The next summit will be held in Lima in May, said the bloc.",
            [("indirect", "Mercosur", "The next summit will be held in Lima in May")],
        ),
        # a council named before, then 'the council'
        (
            "The African Union Peace and Security Council met in Addis Ababa on Monday.\n\n"
            "The council also called on member states to send more observers to the border.",
            [
                (
                    "indirect",
                    "African Union Peace and Security Council",
                    "member states to send more observers to the border",
                )
            ],
        ),
        # an army or the police speak unnamed, as 'the ministry' does
        (
            _LEAD + "The Peruvian army said on Thursday that the border crossing would reopen.",
            [("indirect", "Peruvian army", "the border crossing would reopen")],
        ),
        # near miss: a bloc that is only an object
        (
            _LEAD + "Holm said Denmark would leave the trade bloc next year.",
            [("indirect", "Lars Holm", "Denmark would leave the trade bloc next year")],
        ),
    ],
)
def test_a_body_called_by_a_common_noun_speaks(text: str, expected: list) -> None:
    assert built(text) == expected
