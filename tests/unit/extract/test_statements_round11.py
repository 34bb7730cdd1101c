"""Stage statements, round 11: courtesies voiced, verbs that report only a 'that' clause,
titles, and receptions that are no words said."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import statements
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import RUIZ_BERG_PERU as CAST
from tests.unit.extract.helpers import Cast, make_doc, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy conveyed, offered or extended is voiced to someone
        (
            "Ruiz conveyed Peru's gratitude to Berg for his help with the floods.",
            [("indirect", "Ana Ruiz", "Peru's gratitude to Berg for his help with the floods")],
        ),
        (
            "Ruiz conveyed a message of thanks to Berg for the warm welcome.",
            [("indirect", "Ana Ruiz", "a message of thanks to Berg for the warm welcome")],
        ),
        (
            "Ruiz offered the condolences of her nation to the families of the victims.",
            [("indirect", "Ana Ruiz", "the condolences of her nation to the families of the victims")],
        ),
        (
            "Berg also extended his best wishes to the people of Peru.",
            [("indirect", "Tom Berg", "his best wishes to the people of Peru")],
        ),
        # offering or extending anything else is no speech
        ("Ruiz offered help to the farmers of the north.", []),
        ("Berg extended the deadline for thanks to the staff.", []),
        ("Ruiz conveyed the documents to the court in May.", []),
    ],
)
def test_courtesy_objects(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'disclosed'/'revealed' report with a 'that' clause, after an adverb too
        (
            "Ruiz disclosed that the two sides had agreed on a date.",
            [("indirect", "Ana Ruiz", "the two sides had agreed on a date")],
        ),
        (
            "Berg revealed that the plan was ready.",
            [("indirect", "Tom Berg", "the plan was ready")],
        ),
        # without one they report nothing
        ("Ruiz disclosed the figures of the new budget.", []),
        ("Berg revealed his plans for the port on Monday.", []),
    ],
)
def test_that_only_disclosures(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's verbs name the story, whatever their tense
        ("Ruiz, Berg discuss trade and fishing rights\n\nThe two met in Lima.", []),
        ("Berg welcomed to Peru on a state visit\n\nThe visit lasts two days.", []),
        ("This is what Ruiz said after Berg invited her to Oslo in May\n\nThe trip is set.", []),
        # a standfirst with 'said' reports
        (
            "Ruiz said she hoped the talks would end the dispute\n\nThe talks began on Monday.",
            [("indirect", "Ana Ruiz", "she hoped the talks would end the dispute")],
        ),
    ],
)
def test_headline_verbs(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # welcoming a person, or someone to a place, is a reception
        ("Berg warmly welcomed the Peruvian head of state at the palace.", []),
        ("Ruiz welcomed him to the capital on Monday.", []),
        ("Berg welcomed Ruiz at the airport.", []),
        # welcoming a thing voices a judgement
        (
            "Berg welcomed the decision of the president to reopen the border.",
            [("indirect", "Tom Berg", "the decision of the president to reopen the border")],
        ),
        (
            "Berg welcomed Ruiz's decision to reopen the border.",
            [("indirect", "Tom Berg", "Ruiz's decision to reopen the border")],
        ),
    ],
)
def test_welcome_receives_guest(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adverb between the verb and 'that'
        (
            "Ruiz said recently that the border would stay open.",
            [("indirect", "Ana Ruiz", "the border would stay open")],
        ),
        (
            "Berg said, however, that the deal was not final.",
            [("indirect", "Tom Berg", "the deal was not final")],
        ),
        # 'on his part', 'in turn' between a subject and its verb
        (
            "Berg on his part thanked Ruiz for the visit.",
            [("indirect", "Tom Berg", "thanked Ruiz for the visit")],
        ),
        (
            "Ruiz in turn said that the talks had gone well.",
            [("indirect", "Ana Ruiz", "the talks had gone well")],
        ),
        # 'used the opportunity to inform': done, not planned; an object pronoun is its own phrase
        (
            "Ruiz used the opportunity to inform them of her bid for the post.",
            [("indirect", "Ana Ruiz", "of her bid for the post")],
        ),
        ("Ruiz will use the opportunity to inform them of her bid for the post.", []),
        (
            "Berg told them the port would reopen in May.",
            [("indirect", "Tom Berg", "the port would reopen in May")],
        ),
    ],
)
def test_verb_surroundings(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., adding, "..."': the quote is its own statement, not part of the thanks
        (
            'Berg thanked Ruiz for the visit, adding, "We are very glad you came to see us."',
            [
                ("indirect", "Tom Berg", "thanked Ruiz for the visit"),
                ("direct", "Tom Berg", "We are very glad you came to see us."),
            ],
        ),
        # '..., while saying that ...: "..."': the speaker of the sentence goes on
        (
            'Ruiz praised the talks with Berg, while saying that some issues were left: "We still have work to do."',
            [
                ("indirect", "Ana Ruiz", "the talks with Berg"),
                ("indirect", "Ana Ruiz", "some issues were left"),
                ("direct", "Ana Ruiz", "We still have work to do."),
            ],
        ),
        # 'said that "..." and that X': the quote, then the second clause in the writer's words
        (
            'Ruiz said that "the port is our lifeline" and that a new road is needed to reach it.',
            [
                ("direct", "Ana Ruiz", "the port is our lifeline"),
                ("indirect", "Ana Ruiz", "a new road is needed to reach it"),
            ],
        ),
    ],
)
def test_clauses_around_quotes(text: str, expected: list) -> None:
    assert sorted(run(text, CAST), key=lambda s: text.find(s[2])) == expected


DOC_CAST = Cast(actors={"Ana Ruiz": ("person", ("Ruiz",)), "Peru": ("country", ())})


def test_document_named_again() -> None:
    """'A ministry statement reads ... "...," the document also mentioned': the same document speaks."""
    text = (
        'A Lima ministry statement reads that the two sides "will meet again in April to sign the deal".\n\n'
        'The ministers also agreed to work on defense, "favoring joint development," the document also mentioned.'
    )
    assert run(text, DOC_CAST) == [
        (
            "indirect",
            "A Lima ministry statement",
            'the two sides "will meet again in April to sign the deal"',
        ),
        ("direct", "A Lima ministry statement", "will meet again in April to sign the deal"),
        ("direct", "A Lima ministry statement", "favoring joint development"),
    ]


def test_dateline_before_coordinated_subject() -> None:
    """'LIMA - Ruiz arrived in Oslo and says ...': the dateline is not the subject."""
    text = "LIMA - Ana Ruiz has been welcomed to Oslo and says her government wants closer ties."
    assert run(text, CAST) == [("indirect", "Ana Ruiz", "her government wants closer ties")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote paragraph with no speaker, then a paragraph opening 'He says': his words
        (
            "Tom Berg arrived in Lima on Friday.\n\n"
            '"We are here to build on a long friendship between our two nations."\n\n'
            "He says the visit is also about trade.",
            [
                ("direct", "Tom Berg", "We are here to build on a long friendship between our two nations."),
                ("indirect", "Tom Berg", "the visit is also about trade"),
            ],
        ),
        # the paragraph after it names nobody speaking on: the quote stays unattributed
        (
            "Tom Berg arrived in Lima on Friday.\n\n"
            '"We are here to build on a long friendship between our two nations."\n\n'
            "He met Ruiz at the palace.",
            [],
        ),
    ],
)
def test_quote_paragraph_then_pronoun_says(text: str, expected: list) -> None:
    """The whole pipeline: the harness's splitter does not cut after a closing quote mark."""
    doc = build_document(text, date(2023, 10, 24))
    found = [
        (c.kind, doc.entities[c.speaker].name if c.speaker is not None else None, c.text)
        for c in doc.statements
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a media release's header names who speaks the quote under it
        (
            "Berg will travel to Lima.\n\nQuotes attributable to Tom Berg:\n\n"
            '"It is a privilege to visit Peru for these talks."',
            [("direct", "Tom Berg", "It is a privilege to visit Peru for these talks.")],
        ),
        # any other header line does not
        (
            "Berg will travel to Lima.\n\nNotes for the editors of this release:\n\n"
            '"It is a privilege to visit Peru for these talks."',
            [],
        ),
    ],
)
def test_quotes_attributable_header(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


def test_trailing_attribution_with_setting() -> None:
    """'..., X said during a briefing after his meeting with Y.': a long setting after the verb."""
    text = "These talks are part of regular consultations between the two countries, Berg said during a briefing following his meeting with Ruiz."
    assert run(text, CAST) == [
        ("indirect", "Tom Berg", "These talks are part of regular consultations between the two countries")
    ]


# coreference took 'the minister' for the last minister named (Ruiz)
MINISTERS = Cast(
    actors={
        "Tom Berg": ("person", ("Berg",)),
        "Ana Ruiz": ("person", ("Ruiz", "the minister", "the president")),
    },
)


def _with_roles(text: str, roles: dict[str, str]) -> list[tuple[str, str | None, str]]:
    doc = make_doc(text, MINISTERS)
    for e in doc.entities:
        e.role = roles.get(e.name)
    statements.find(doc)
    return [
        (c.kind, doc.entities[c.speaker].name if c.speaker is not None else None, c.text)
        for c in doc.statements
    ]


@pytest.mark.parametrize(
    ("text", "roles", "expected"),
    [
        # 'the minister' right after a minister's report: the one who spoke goes on
        (
            "Berg met Ruiz in Rabat. The talks in Rabat were fruitful and open, Berg said on Monday. "
            '"We agreed on many topics of common interest," the minister noted.',
            {},
            [
                ("indirect", "Tom Berg", "The talks in Rabat were fruitful and open"),
                ("direct", "Tom Berg", "We agreed on many topics of common interest"),
            ],
        ),
        # unless the one who spoke holds another office: 'the president' is someone else
        (
            "Berg met Ruiz in Rabat. The talks in Rabat were fruitful and open, Berg said on Monday. "
            '"We agreed on many topics of common interest," the president noted.',
            {"Tom Berg": "party leader"},
            [
                ("indirect", "Tom Berg", "The talks in Rabat were fruitful and open"),
                ("direct", "Ana Ruiz", "We agreed on many topics of common interest"),
            ],
        ),
    ],
)
def test_role_speaks_on(text: str, roles: dict[str, str], expected: list) -> None:
    assert _with_roles(text, roles) == expected


OFFICE_CAST = Cast(
    actors={
        "Tom Berg": ("person", ("Berg", "Minister of Trade and Industry Tom Berg")),
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Peru": ("country", ()),
    },
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an 'and' inside an office's complement joins one name, not two speakers
        (
            '"We see the ties growing again," Peru\'s Minister of Trade and Industry Tom Berg said in Lima.',
            [("direct", "Tom Berg", "We see the ties growing again")],
        ),
        # two people: a joint statement, each one's (round 43)
        (
            '"We see the ties growing again," Tom Berg and Ana Ruiz said in Lima.',
            [
                ("direct", "Tom Berg", "We see the ties growing again"),
                ("direct", "Ana Ruiz", "We see the ties growing again"),
            ],
        ),
    ],
)
def test_and_inside_office(text: str, expected: list) -> None:
    assert run(text, OFFICE_CAST) == expected


def test_quote_attribution_stays_in_its_sentence() -> None:
    """'X said the plan is "well under way" for the visit. X said he ...': the second 'said' reports
    a sentence of its own, it is no attribution of the quote before it."""
    text = (
        'Berg said the plan is "well under way" for the visit to Peru. '
        "Berg said he saw the meeting with Ruiz as a chance to talk."
    )
    assert run(text, CAST) == [
        ("indirect", "Tom Berg", 'the plan is "well under way" for the visit to Peru'),
        ("direct", "Tom Berg", "well under way"),
        ("indirect", "Tom Berg", "he saw the meeting with Ruiz as a chance to talk"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., adding he had ...': a clause without 'that', opened by its subject and a verb
        (
            '"We have spoken at last," Berg told the crowd in Lima, adding he had asked for new talks.',
            [
                ("direct", "Tom Berg", "We have spoken at last"),
                ("indirect", "Tom Berg", "he had asked for new talks"),
            ],
        ),
        # 'adding it to ...': an object, no clause
        (
            '"We have spoken at last," Berg told the crowd in Lima, adding it to his list of wins.',
            [
                ("direct", "Tom Berg", "We have spoken at last"),
            ],
        ),
    ],
)
def test_adding_bare_clause(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Saying that X, he told ...': X is the main clause subject's
        (
            "Saying that his talks with Ruiz in Lima were positive, Berg told reporters that a deal was near.",
            [
                ("indirect", "Tom Berg", "his talks with Ruiz in Lima were positive"),
                ("indirect", "Tom Berg", "a deal was near"),
            ],
        ),
        # 'Saying goodbye' reports no clause
        (
            "Saying goodbye to Ruiz, Berg told reporters that a deal was near.",
            [("indirect", "Tom Berg", "a deal was near")],
        ),
        # no comma before the subject: no participle clause to read
        ("Saying that is easy for Berg who told reporters nothing.", []),
    ],
)
def test_leading_participle(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


BODY_CAST = Cast(
    actors={"Department of Trade": ("organization", ()), "Tom Berg": ("person", ("Berg",))},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parenthesised acronym between a body's name and its verb; a dateline is no word said
        (
            "LIMA - Tom Berg will visit the port next week, the Department of Trade (DOT) said on Tuesday.",
            [("indirect", "Department of Trade", "Tom Berg will visit the port next week")],
        ),
        (
            "The Department of Trade (DOT) said that the port would reopen in May.",
            [("indirect", "Department of Trade", "the port would reopen in May")],
        ),
    ],
)
def test_acronym_and_dateline(text: str, expected: list) -> None:
    assert run(text, BODY_CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '"...," X told the agency adding there has been ...': no comma, still X going on
        (
            '"Yes, the meeting took place," Berg told the agency adding there has been progress on trade.',
            [
                ("direct", "Tom Berg", "Yes, the meeting took place"),
                ("indirect", "Tom Berg", "there has been progress on trade"),
            ],
        ),
        # 'adding' an object, no clause: nothing more
        (
            '"Yes, the meeting took place," Berg told the agency adding more details later.',
            [("direct", "Tom Berg", "Yes, the meeting took place")],
        ),
    ],
)
def test_adding_without_comma(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
