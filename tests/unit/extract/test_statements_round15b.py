"""Stage statements, round 15 (quotes): a quote that opens with its own speech verb ('X also "praised
..."'), paragraphs of speech set off by dialogue dashes ('-We will act – said X.'), a dashed sentence
that is no epigraph's signature, and 'The <Title> Secretary' naming the speaker who holds that title."""

from __future__ import annotations

import pytest

from briefing_tui.extract import statements
from tests.unit.extract.helpers import RUIZ_BERG_UN as CAST
from tests.unit.extract.helpers import make_doc, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quote opens with a finite speech verb: the subject before the mark said it
        (
            "In his call with the president, Berg also \u201cexpressed sorrow for the loss of lives in the war.\u201d",
            [("direct", "Tom Berg", "expressed sorrow for the loss of lives in the war.")],
        ),
        (
            'Ruiz "praised the role which Berg plays in the fight against graft."',
            [("direct", "Ana Ruiz", "praised the role which Berg plays in the fight against graft.")],
        ),
        # a plan, not a statement
        ('Berg will "urge calm on all sides of the conflict."', []),
        # after a subordinator the quote belongs to what someone else reports
        (
            'Ruiz said it was late after the UN "recommended it two years ago."',
            [("indirect", "Ana Ruiz", 'it was late after the UN "recommended it two years ago."')],
        ),
        # a quoted noun phrase is no speech
        ('Berg opened the "expressed wishes of the people" show.', []),
    ],
)
def test_quote_opening_with_its_verb(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph opened by a dash and closed by '– said X.'
        (
            "Berg met Ruiz on Monday.\n\n-The vote was a wind in our sails. We shall do all it takes \u2013 said Berg.\n",
            [("direct", "Tom Berg", "The vote was a wind in our sails. We shall do all it takes")],
        ),
        (
            "Berg met Ruiz on Monday.\n\n\u2013 Our two peoples have been friends for a long time now \u2013 Ruiz said.",
            [("direct", "Ana Ruiz", "Our two peoples have been friends for a long time now")],
        ),
        # a dashed aside, no attribution closing the paragraph
        (
            "Berg met Ruiz on Monday.\n\n- Talks on trade went on for hours \u2013 and then on into the night.",
            [],
        ),
        # more than the attribution after the dash: no dialogue dash
        (
            "Berg met Ruiz on Monday.\n\n- Talks on trade went on for hours and hours \u2013 said Berg, who left early.",
            [],
        ),
    ],
)
def test_dialogue_dash_paragraphs(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


def test_dashed_sentence_is_no_epigraph_signature() -> None:
    text = "We will never give up on peace in the region, whatever comes.\n\n- Talks with Berg went on into the night."
    assert run(text, CAST) == []
    signed = "We will never give up on peace in the region, whatever comes.\n\n- Tom Berg, May 2, 2021"
    assert run(signed, CAST) == [
        ("direct", "Tom Berg", "We will never give up on peace in the region, whatever comes")
    ]


@pytest.mark.parametrize(
    ("role", "text", "expected_speaker"),
    [
        # 'The Prime Cabinet Secretary' right after the Cabinet Secretary spoke: the same person
        (
            "Cabinet Secretary for Trade",
            "The Prime Cabinet Secretary underscored the value of trade.",
            "Tom Berg",
        ),
        # a title he does not hold names someone else, left unnamed
        ("Prime Minister", "The Foreign Minister underscored the value of trade.", "The Foreign Minister"),
    ],
)
def test_title_of_the_last_speaker(role: str, text: str, expected_speaker: str) -> None:
    doc = make_doc("Berg said that the port would stay open. " + text, CAST)
    doc.entities[1].role = role
    statements.find(doc)
    last = doc.statements[-1]
    who = doc.entities[last.speaker].name if last.speaker is not None else last.speaker_text
    assert (who, last.text) == (expected_speaker, "the value of trade")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause ending in a quote, attributed after it: the whole clause is reported, partly quoted
        (
            'Peru will host the next round of talks "in the coming days," Berg said.',
            [
                ("indirect", "Tom Berg", 'Peru will host the next round of talks "in the coming days,"'),
                ("direct", "Tom Berg", "in the coming days"),
            ],
        ),
        # a quote opening its sentence is all there is
        (
            '"We will host the talks in the coming days," Berg said.',
            [("direct", "Tom Berg", "We will host the talks in the coming days")],
        ),
        # joint subjects speak for no one; a dateline with a colon is no clause
        (
            'Both ministers agreed on closer ties in defence "and joint work on planes," Berg said.',
            [("direct", "Tom Berg", "and joint work on planes")],
        ),
        (
            'LIMA, May 2, ANDINA: "Talks on trade will resume in Lima next week," Berg said.',
            [("direct", "Tom Berg", "Talks on trade will resume in Lima next week")],
        ),
    ],
)
def test_partly_quoted_clause(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
