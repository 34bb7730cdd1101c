"""Stage statements, round 9: unnamed officials, 'Commission on X', office phrases, settings before 'said'."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Commission on Audit": ("organization", ()),
        "Trade Office": ("organization", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'a/an <role>' is one person the writer does not name: a speaker all the same
        (
            "Ruiz will fly to Oslo on Friday for two days of talks, a senior administration official said.",
            [
                (
                    "indirect",
                    "a senior administration official",
                    "Ruiz will fly to Oslo on Friday for two days of talks",
                )
            ],
        ),
        (
            "The tour is the longest the minister has made so far, an official from the ministry said.",
            [("indirect", "an official", "The tour is the longest the minister has made so far")],
        ),
        # 'the official' later on is the same informant
        (
            "Berg met the envoy on Monday, a senior official said. The port stayed shut.\n\n"
            '"They spoke at length about the port and agreed to meet again soon," the official said.',
            [
                ("indirect", "a senior official", "Berg met the envoy on Monday"),
                (
                    "direct",
                    "a senior official",
                    "They spoke at length about the port and agreed to meet again soon",
                ),
            ],
        ),
        # no unnamed official before: 'the official' names nobody
        ('"They spoke at length about the port and agreed to meet again soon," the official said.', []),
    ],
)
def test_unnamed_official_speaks(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'on' inside a body's name: 'the Commission on Audit'
        (
            "Travel costs for the office rose by a third last year, the Commission on Audit reported.",
            [("indirect", "Commission on Audit", "Travel costs for the office rose by a third last year")],
        ),
        # 'on' after an ordinary noun starts a phrase of its own: no speaker
        ("Travel costs for the office rose by a third last year, the talks on audit said.", []),
    ],
)
def test_body_named_with_on(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office phrase with a parenthesis and no closing comma: the named person speaks
        (
            '"The main task of the ministers is to review what was agreed," Ana Ruiz, secretary (trade) '
            "at the ministry of external affairs told reporters.",
            [("direct", "Ana Ruiz", "The main task of the ministers is to review what was agreed")],
        ),
        (
            '"The main task of the ministers is to review what was agreed," Ana Ruiz, deputy head of the '
            "press department said.",
            [("direct", "Ana Ruiz", "The main task of the ministers is to review what was agreed")],
        ),
        # the person is an object, not the head of an apposition: nobody named speaks
        (
            '"The main task of the ministers is to review what was agreed," he told Ana Ruiz, the minister.',
            [("direct", "Tom Berg", "The main task of the ministers is to review what was agreed")],
        ),
    ],
)
def test_office_phrase_after_quote(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a setting phrase ('in her press conference') before a place: the person before it speaks
        (
            "Ana Ruiz in her press conference at the Trade Office said that tariffs would fall.",
            [("indirect", "Ana Ruiz", "tariffs would fall")],
        ),
        # a long phrase is not stepped over (at most five words): the place is read as the subject
        (
            "Ana Ruiz in a long and very tense press conference at the Trade Office said that tariffs would fall.",
            [("indirect", "Trade Office", "tariffs would fall")],
        ),
    ],
)
def test_setting_phrase_before_verb(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase after a sentence-final 'said' ends at the sentence end, even without a blank line
        (
            'Talks ended.\n\n"Berg raised the need for action on the port," said the note issued by the '
            "authorities.\nThe foreign minister spoke later.",
            [("direct", "the note issued by the authorities", "Berg raised the need for action on the port")],
        ),
        (
            'Talks ended.\n\n"Berg raised the need for action on the port," said the note issued by the '
            "authorities. The foreign minister spoke later.",
            [("direct", "the note issued by the authorities", "Berg raised the need for action on the port")],
        ),
        # an initial inside the phrase does not end it
        (
            '"We will reopen the port next month," said Tom R. Berg.',
            [("direct", "Tom Berg", "We will reopen the port next month")],
        ),
    ],
)
def test_phrase_after_verb_ends_with_sentence(text: str, expected: list) -> None:
    cast = Cast(actors={"Tom Berg": ("person", ("Tom R. Berg",))})
    assert run(text, cast) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the office of a role ('the premier's office') speaks as the office
        (
            "The Thai premier's office said the talks would be held in Kuala Lumpur.",
            [("indirect", "The Thai premier's office", "the talks would be held in Kuala Lumpur")],
        ),
        # a possessive name is not a role: 'Ruiz's office' is still read as before (nobody)
        ("The port's office said the talks would be held in Kuala Lumpur.", []),
    ],
)
def test_office_of_a_role(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'underlined that': a speech verb
        (
            "Ruiz also underlined that the bloc would put hunger first during its term.",
            [("indirect", "Ana Ruiz", "the bloc would put hunger first during its term")],
        ),
        # without 'that' it is the pen stroke
        ("Ruiz underlined the title of the report in red ink.", []),
        # verbs of emphasis close a report, before or after the speaker
        (
            "Oslo sees the port as a key partner for trade, stressed the ambassador Tom Berg, adding that "
            "ties were old.",
            [
                ("indirect", "Tom Berg", "Oslo sees the port as a key partner for trade"),
                ("indirect", "Tom Berg", "ties were old"),
            ],
        ),
        (
            "Oslo sees the port as a key partner for trade, Ruiz emphasised.",
            [("indirect", "Ana Ruiz", "Oslo sees the port as a key partner for trade")],
        ),
        # no speaker after the verb: no statement
        ("The port is a key partner for the whole region, stressed beams notwithstanding.", []),
    ],
)
def test_emphasis_verbs(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., expressing hope that ...': the subject of the sentence voices the clause
        (
            "Ruiz received the new envoy on Friday, expressing hope that trade between the two will grow.",
            [("indirect", "Ana Ruiz", "trade between the two will grow")],
        ),
        # 'noting that' with no statement before it in the sentence: the subject speaks
        (
            "Ruiz received the new envoy on Friday, noting that trade between the two will grow.",
            [("indirect", "Ana Ruiz", "trade between the two will grow")],
        ),
        # a feeling without a that-clause reports nothing
        ("Ruiz received the new envoy on Friday, expressing her views.", []),
    ],
)
def test_participle_with_that_clause(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'he' right after an unnamed person's statement is that person
        (
            "The Prime Minister said the tide had turned in the war. He called on allies to send more aid soon.",
            [
                ("indirect", "The Prime Minister", "the tide had turned in the war"),
                ("indirect", "The Prime Minister", "allies to send more aid soon"),
            ],
        ),
        # after an unnamed group, 'he' is nobody known
        (
            "Senior officials said the tide had turned in the war. He called on allies to send more aid.",
            [("indirect", "Senior officials", "the tide had turned in the war")],
        ),
    ],
)
def test_pronoun_after_unnamed_role(text: str, expected: list) -> None:
    assert run(text, Cast()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rejecting or dismissing what others said is a statement, the verb included
        (
            "The Trade Office firmly rejected the statement by the envoy about the port deal.",
            [("indirect", "Trade Office", "rejected the statement by the envoy about the port deal")],
        ),
        (
            "Ruiz dismissed the media reports about a rift in the cabinet.",
            [("indirect", "Ana Ruiz", "dismissed the media reports about a rift in the cabinet")],
        ),
        # rejecting a bill, dismissing staff: no speech
        ("The Trade Office rejected the bill on Tuesday by a wide margin.", []),
        ("Ruiz dismissed the staff of the embassy on Friday.", []),
    ],
)
def test_rejecting_what_was_said(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'described X as Y' reports a judgement, the verb included
        (
            "Ruiz described the vote in the north as the fairest in its history.",
            [("indirect", "Ana Ruiz", "described the vote in the north as the fairest in its history")],
        ),
        (
            'Berg has described as "shameful" the strike that shut the port.',
            [("indirect", "Tom Berg", 'described as "shameful" the strike that shut the port')],
        ),
        # without 'as' it is an account, not a judgement
        ("Ruiz described how the vote in the north went.", []),
    ],
)
def test_described_as(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'conveyed his support': what one feels, passed on
        (
            "Ruiz conveyed her readiness to discuss every open issue between the two states.",
            [("indirect", "Ana Ruiz", "her readiness to discuss every open issue between the two states")],
        ),
        # goods conveyed: no speech
        ("The ships conveyed the grain to the port on Monday.", []),
    ],
)
def test_conveyed(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


ROLE_CAST = Cast(actors={"Ana Ruiz": ("person", ("Ruiz",))})


def test_sentence_subject_after_article() -> None:
    """'The new foreign minister called X and conveyed ...': the role after 'The new' is the subject."""
    text = "The new foreign minister called Berg to greet him and conveyed her wish to meet him soon in Oslo."
    doc_cast = Cast(actors={"Ana Ruiz": ("person", ("foreign minister",)), "Tom Berg": ("person", ("Berg",))})
    assert run(text, doc_cast) == [("indirect", "Ana Ruiz", "her wish to meet him soon in Oslo")]


OFFICE_CAST = Cast(actors={"Ana Ruiz": ("person", ("Ruiz",)), "Norway": ("country", ("Norway",))})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain nouns before an office belong to its name: "Norway's trade ministry", "the trade ministry"
        (
            "Ruiz will fly to Oslo next week for talks, Norway's trade ministry said on Monday.",
            [("indirect", "Norway", "Ruiz will fly to Oslo next week for talks")],
        ),
        (
            "Ruiz spoke on Monday. Later, the trade ministry said the port would reopen in May.",
            [("indirect", "the trade ministry", "the port would reopen in May")],
        ),
        # an apposition after the date ('..., the first such trip in years') still closes the report
        (
            "Ruiz will fly to Oslo next week for talks, Norway's trade ministry said on Monday, the first "
            "such trip in years.",
            [("indirect", "Norway", "Ruiz will fly to Oslo next week for talks")],
        ),
        # a lower-case word that is no modifier (a verb) is not taken into the office's name
        ("Ruiz will fly to Oslo next week for talks, which pleased ministry said.", []),
    ],
)
def test_office_with_noun_modifiers(text: str, expected: list) -> None:
    assert run(text, OFFICE_CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lost paragraph break ('markets.The'): the report ends at the full stop (the sentence
        # splitter cuts there, so this runs the whole pipeline)
        (
            "According to Ana Ruiz, power from the north still enters the local markets.The envoy will "
            "also attend the talks in Oslo.",
            [("indirect", "Ana Ruiz", "power from the north still enters the local markets")],
        ),
        # an abbreviation is no sentence end
        (
            "According to Ana Ruiz, power from the U.S.A. still enters the local markets.",
            [("indirect", "Ana Ruiz", "power from the U.S.A. still enters the local markets")],
        ),
    ],
)
def test_glued_sentence_end(text: str, expected: list) -> None:
    doc = build_document(text, date(2023, 10, 24))
    found = [
        (c.kind, doc.entities[c.speaker].name if c.speaker is not None else None, c.text)
        for c in doc.statements
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., urging X to ...', '..., updating X about ...': the subject speaks to X
        (
            "Ruiz met Berg on Monday, urging him to lift the tariffs on steel soon.",
            [("indirect", "Ana Ruiz", "him to lift the tariffs on steel soon")],
        ),
        (
            "Ruiz posted a note online, updating the minister about the border dispute and the court case.",
            [("indirect", "Ana Ruiz", "the border dispute and the court case")],
        ),
        # updating a thing, not a person: nothing said
        ("Ruiz met Berg on Monday, updating the software about the port.", []),
    ],
)
def test_addressing_participle(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '"...," she captioned the post': the quote's attribution
        (
            'Berg met Ruiz. "In Oslo with the envoy, who praised the progress of our reforms," Ruiz captioned '
            "the post.",
            [("direct", "Ana Ruiz", "In Oslo with the envoy, who praised the progress of our reforms")],
        ),
        # captioning a photo reports nothing
        ("Ruiz captioned the photo of the port with a short joke.", []),
        # 'appreciated the contribution of X': a judgement voiced
        (
            "Berg highly appreciated the contribution of the port to the peace efforts in the region.",
            [("indirect", "Tom Berg", "the contribution of the port to the peace efforts in the region")],
        ),
        # a currency appreciating says nothing
        ("The krone appreciated sharply against the euro on Monday.", []),
    ],
)
def test_caption_and_appreciate(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote inside a sentence that a trailing attribution closes: the source named at the end
        (
            'In a call on Monday, Ruiz thanked Berg and "noted her readiness to build ties on equal terms," '
            "the Trade Office said.",
            [("direct", "Trade Office", "noted her readiness to build ties on equal terms")],
        ),
        # the attribution after the quote goes on (no sentence end): the speaker before the quote
        (
            'Ruiz said that ties were "built on equal terms and on trust," Berg noted, with a smile at '
            "the press.",
            [("direct", "Ana Ruiz", "built on equal terms and on trust")],
        ),
    ],
)
def test_trailing_source_of_inner_quote(text: str, expected: list) -> None:
    assert [s for s in run(text, CAST) if s[0] == "direct"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '... and called on X to ...' after a that-clause: the speaker turns to X, a second statement
        (
            "Ruiz stressed that Oslo stands with its partner and called on Berg to respect the ruling.",
            [
                ("indirect", "Ana Ruiz", "Oslo stands with its partner"),
                ("indirect", "Ana Ruiz", "Berg to respect the ruling"),
            ],
        ),
        # 'called on' a thing, not a named party, stays inside the clause
        (
            "Ruiz stressed that the port stays open and called on ships to slow down near it.",
            [("indirect", "Ana Ruiz", "the port stays open and called on ships to slow down near it")],
        ),
    ],
)
def test_and_called_on_ends_clause(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph opens with a quote; the next sentence names its writer at its end
        (
            "Ruiz met Berg in Oslo.\n\n"
            '"A long talk with my counterpart on our ties. The focus stays on the border and on trade". '
            "The two also discussed the port and the rail line, Ruiz tweeted.",
            [
                (
                    "direct",
                    "Ana Ruiz",
                    "A long talk with my counterpart on our ties. The focus stays on the border and on trade",
                ),
                ("indirect", "Ana Ruiz", "The two also discussed the port and the rail line"),
            ],
        ),
        # the sentence after the quote names nobody at its end: the quote stays unattributed
        (
            "Ruiz met Berg in Oslo.\n\n"
            '"A long talk with my counterpart on our ties. The focus stays on the border and on trade". '
            "The two also discussed the port and the rail line in Oslo.",
            [],
        ),
    ],
)
def test_opening_quote_named_later(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
