"""Stage statements, round 19: a block quote set under 'X said:' without quote marks."""

from __future__ import annotations

import pytest

from briefing_tui.extract.pipeline import build_document, parse_published
from tests.unit.extract.helpers import RUIZ_BERG_UN as CAST
from tests.unit.extract.helpers import Cast, run

BLOCK = (
    "Ana Ruiz will visit Lima next month.\n\n"
    "Ana Ruiz said:\n\n"
    "The minister has accepted an invitation to visit the capital.\n\n"
    "We have always said that talks are the only way forward.\n\n"
    "Related pages\n\n"
    "More news on the visit."
)
READOUT = (
    "After the talks, Ana Ruiz said:\n\n"
    "Minister Berg hosted his counterpart at the residence.\n\n"
    "The two ministers discussed trade and the border."
)
QUOTED = 'Ana Ruiz said:\n\n"We have always said that talks are the only way forward."'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BLOCK,
            [
                ("direct", "Ana Ruiz", "The minister has accepted an invitation to visit the capital"),
                ("direct", "Ana Ruiz", "We have always said that talks are the only way forward"),
            ],
        ),
        # a readout in the third person under the same line narrates: no block quote
        (READOUT, []),
    ],
)
def test_block_quote_under_said_colon(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [s for s in run(text, CAST) if s[0] == "direct"] == expected


def test_quoted_paragraph_after_colon_is_an_ordinary_quote() -> None:
    assert run(QUOTED, CAST) == [
        ("direct", "Ana Ruiz", "We have always said that talks are the only way forward.")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Berg spoke highly of the work done by the two countries on trade.",
            [("indirect", "Tom Berg", "the work done by the two countries on trade")],
        ),
        ("Berg spoke to the two delegations about trade.", []),
        (
            "Berg referred to the close ties of the two countries and hoped they would grow.",
            [("indirect", "Tom Berg", "the close ties of the two countries and hoped they would grow")],
        ),
    ],
)
def test_spoke_highly_of_reports_praise(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


RELAY = Cast(
    actors={"Tom Berg": ("person", ("Berg",)), "Ana Ruiz": ("person", ("Ruiz",))},
    pronouns={"he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Berg spoke to reporters.\n\n"We are glad to be here," he quoted Ruiz as saying.\n\n'
            '"The talks will go on next week," he added.',
            [
                ("direct", "Ana Ruiz", "We are glad to be here"),
                ("direct", "Tom Berg", "The talks will go on next week"),
            ],
        ),
        # no relay: 'he' right after the person quoted is that person speaking on
        (
            'Ruiz met Berg.\n\n"We are glad to be here," Ruiz said.\n\n"The talks will go on," he added.',
            [
                ("direct", "Ana Ruiz", "We are glad to be here"),
                ("direct", "Ana Ruiz", "The talks will go on"),
            ],
        ),
    ],
)
def test_he_after_a_relayed_quote_is_the_relayer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [s for s in run(text, RELAY) if s[0] == "direct"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ruiz spoke first.\n\n"Welcome to Lima, dear friend!" Berg wrote on X.',
            [("direct", "Tom Berg", "Welcome to Lima, dear friend!")],
        ),
        (
            'Ruiz spoke first.\n\n"We will not give up." Berg said in a statement.',
            [("direct", "Tom Berg", "We will not give up.")],
        ),
        # a sentence of its own with a clause after the verb is not the quote's attribution
        ('Ruiz spoke first.\n\n"We will not give up." Berg said that the talks went on.', []),
    ],
)
def test_attribution_sentence_with_short_setting(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [s for s in run(text, CAST) if s[0] == "direct"] == expected


DOCS = Cast(
    actors={"Tom Berg": ("person", ("Berg",)), "United Nations": ("organization", ("UN",))},
    pronouns={"he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Berg called on Monday.\n\n"The two sides discussed trade and security," said a readout from the UN.',
            [("direct", "United Nations", "The two sides discussed trade and security")],
        ),
        (
            'Berg called on Monday.\n\n"The two sides discussed trade and security," said a statement by the UN.',
            [("direct", "United Nations", "The two sides discussed trade and security")],
        ),
        # a document with no source named after it names nobody
        (
            'Berg called on Monday.\n\n"The two sides discussed trade and security," said a readout.',
            [],
        ),
    ],
)
def test_document_from_a_body_speaks_for_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [s for s in run(text, DOCS) if s[0] == "direct" and s[1] is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ruiz on her first day in Lima: "We have agreed on joint steps for the region"\n\nShe met Berg.',
            [("direct", "Ana Ruiz", "We have agreed on joint steps for the region")],
        ),
        (
            'Berg at the summit: "Our doors stay open to every partner in the region"\n\nHe left on Monday.',
            [("direct", "Tom Berg", "Our doors stay open to every partner in the region")],
        ),
        # the person is not the one opening the line: no speaker
        (
            'Talks with Ruiz in Lima: "We have agreed on joint steps for the region"\n\nShe met Berg.',
            [],
        ),
    ],
)
def test_headline_name_topic_colon_quote(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [s for s in run(text, CAST) if s[0] == "direct" and s[1] is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berg called on President Ruiz in Lima on Monday.", []),
        ("Berg called on the minister and the mayor during the visit.", []),
        # an appeal: 'called on X to ...'
        (
            "Berg called on President Ruiz to free the prisoners.",
            [("indirect", "Tom Berg", "President Ruiz to free the prisoners")],
        ),
    ],
)
def test_calling_on_a_person_is_a_visit_unless_an_appeal(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no trailing attribution; 'this' points back: the sentence before is Berg's (round 22)
        (
            "The Special Adviser to the Mayor on Media, Mr. Tom Berg, disclosed this in a statement.",
            [("indirect", "Tom Berg", "The leaders agreed to expand trade")],
        ),
        (
            "The Special Adviser to the Mayor on Media, Mr. Tom Berg, said this on Monday.",
            [("indirect", "Tom Berg", "The leaders agreed to expand trade")],
        ),
        # 'this week' is a time: the words before the comma are what was said
        (
            "Talks with Peru will resume in March, Tom Berg said this week.",
            [("indirect", "Tom Berg", "Talks with Peru will resume in March")],
        ),
    ],
)
def test_said_this_is_no_trailing_attribution(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = build_document("The leaders agreed to expand trade.\n\n" + text, parse_published("2023-01-01"))
    assert [(s.kind, doc.entities[s.speaker].name, s.text) for s in doc.statements] == expected


def _pipeline(text: str) -> list[tuple[str, str, str]]:
    doc = build_document(text, parse_published("2023-01-01"))
    return [(s.kind, s.speaker_text or "", s.text) for s in doc.statements]


def test_body_relaying_a_speaker_gives_the_words_to_the_speaker() -> None:
    relayed = (
        "Prime Minister Ana Ruiz and President Tom Berg on Friday discussed trade, Peru's Foreign Ministry said.\n\n"
        "During their phone talks, Ruiz conveyed Peru's position on tariffs, and expressed hope that the coming "
        "talks will be productive, the ministry said in a press release."
    )
    assert [s[1] for s in _pipeline(relayed)] == ["Peru's Foreign Ministry", "Ruiz", "Ruiz"]  # position, hope
    # nobody speaks inside the clause: the body's own report
    plain = "During their phone talks, the two sides agreed to meet again in Lima, the ministry said in a release."
    assert [s[1] for s in _pipeline(plain)] == ["the ministry"]
    # a person's own account keeps the clause, whoever acts in it
    own = "President Ana Ruiz invited Tom Berg to Lima for talks next year, Foreign Minister Eli Cohen said."
    assert (
        "indirect",
        "Foreign Minister Eli Cohen",
        "President Ana Ruiz invited Tom Berg to Lima for talks next year",
    ) in _pipeline(own)
