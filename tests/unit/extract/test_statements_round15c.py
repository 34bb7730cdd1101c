"""Stage statements, round 15 (speakers named apart from a verb): 'In his words, ...', 'X made the
statement as ...' after the words, 'According to X, "..."', and 'the <body> official' as the member
of that body who just spoke."""

from __future__ import annotations

import pytest

from briefing_tui.extract import statements
from tests.unit.extract.helpers import RUIZ_BERG_ANDEAN as CAST
from tests.unit.extract.helpers import make_doc, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'In his words, ...': the words of whom 'his' is
        (
            "Berg noted that they would talk about all of it. In his words, both sides were keen on a deal from the start.",
            [
                ("indirect", "Tom Berg", "they would talk about all of it"),
                ("indirect", "Tom Berg", "both sides were keen on a deal from the start"),
            ],
        ),
        # 'in his words' inside a sentence with its own verb is left to that verb
        ("In his words and deeds, Berg showed his support for Peru.", []),
    ],
)
def test_in_his_words(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence before is the words of who 'made the statement'
        (
            "The visit of the Peruvian envoy is going on in a good mood. Berg made the statement as he met her.",
            [("indirect", "Tom Berg", "The visit of the Peruvian envoy is going on in a good mood")],
        ),
        # the sentence before already has its speaker
        (
            "Ruiz said the visit was going well for both of them. Berg made the statement as he met her.",
            [("indirect", "Ana Ruiz", "the visit was going well for both of them")],
        ),
        # 'will make a statement' is a plan; 'a statement' is none said before
        (
            "The visit of the Peruvian envoy is going on in a good mood. Berg will make the statement later.",
            [],
        ),
        ("The visit of the Peruvian envoy is going on in a good mood. Berg made a statement later.", []),
    ],
)
def test_made_the_statement(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'According to X, "..."': the source before the quote said it
        (
            'According to Berg, "There are still issues to settle, but we look forward to a vote."',
            [("direct", "Tom Berg", "There are still issues to settle, but we look forward to a vote.")],
        ),
        # more than the source before the quote: no attribution from 'according to'
        ('According to Berg, the talks on trade were "a good start for us all".', []),
    ],
)
def test_according_to_before_a_quote(text: str, expected: list) -> None:
    assert [r for r in run(text, CAST) if r[0] == "direct"] == expected


@pytest.mark.parametrize(
    ("affiliation", "expected_speaker"),
    [
        # 'the senior AU official' right after an AU official spoke: that official
        ("Andean Union", "Tom Berg"),
        # he belongs elsewhere: the body named, as before
        ("Peru", "Andean Union"),
    ],
)
def test_official_of_a_body(affiliation: str, expected_speaker: str) -> None:
    text = "Berg said the vote was near. The talks will go on all week, the senior AU official said."
    doc = make_doc(text, CAST)
    doc.entities[1].affiliation = affiliation
    statements.find(doc)
    last = doc.statements[-1]
    who = doc.entities[last.speaker].name if last.speaker is not None else last.speaker_text
    assert (who, last.text) == (expected_speaker, "The talks will go on all week")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase of time after the one spoken to says when, not what
        ("Berg briefed reporters after the meeting.", []),
        ("Berg told envoys during the long talks on Monday.", []),
        # with a clause after it, the clause is what was said
        (
            "Berg told reporters after the meeting that Peru would sign the deal.",
            [("indirect", "Tom Berg", "Peru would sign the deal")],
        ),
    ],
)
def test_time_phrase_is_no_content(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'recalled' diplomats are called home
        ("Ruiz recalled her diplomats from Peru and ordered the embassy closed.", []),
        ("Ruiz recalled the ambassador to Peru for talks.", []),
        # 'recalled' a memory is said
        (
            "Ruiz recalled the long friendship between the two nations.",
            [("indirect", "Ana Ruiz", "the long friendship between the two nations")],
        ),
    ],
)
def test_recalled_staff_is_no_speech(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # first-person sentences right before 'We ..., Berg said.' in its paragraph are Berg's too
        (
            "Berg met Ruiz on Monday.\n\nWe had a very good meeting and agreed to work on trade. "
            "We will meet again soon, Berg said.",
            [
                ("indirect", "Tom Berg", "We had a very good meeting and agreed to work on trade"),
                ("indirect", "Tom Berg", "We will meet again soon"),
            ],
        ),
        # a report that is not in the first person claims no sentence before it
        (
            "Berg met Ruiz on Monday.\n\nWe had a very good meeting and agreed to work on trade. "
            "The talks will go on next week, Berg said.",
            [("indirect", "Tom Berg", "The talks will go on next week")],
        ),
        # nor across a paragraph break
        (
            "We had a very good meeting and agreed to work on trade.\n\nWe will meet again soon, Berg said.",
            [("indirect", "Tom Berg", "We will meet again soon")],
        ),
    ],
)
def test_first_person_run_before_a_report(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'The Heads of State' after their call: the two together, no single speaker
        ("The Heads of State noted the importance of closer ties between Peru and Chile.", []),
        ("The Ministers of Trade stressed the need for new ports.", []),
        # one head of state is a speaker
        (
            "The Head of State noted the importance of closer ties between Peru and Chile.",
            [("indirect", "The Head of State", "the importance of closer ties between Peru and Chile")],
        ),
    ],
)
def test_plural_offices_speak_jointly(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
