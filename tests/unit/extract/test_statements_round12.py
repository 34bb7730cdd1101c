"""Stage statements, round 12: settings between a subject and its verb ('in a statement'),
'told reporters here', and an aide named by whose aide he is ("Ana's spokesman")."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import RUIZ_BERG_TRADE as CAST
from tests.unit.extract.helpers import Cast, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the medium a subject spoke in sits between it and its verb
        (
            "The Ministry of Trade in a statement said the new tariffs would start in May.",
            [("indirect", "Ministry of Trade", "the new tariffs would start in May")],
        ),
        (
            "Ruiz in an interview on Monday said that the border would reopen soon.",
            [("indirect", "Ana Ruiz", "the border would reopen soon")],
        ),
        (
            "Berg in a joint press release announced that the two firms would merge.",
            [("indirect", "Tom Berg", "the two firms would merge")],
        ),
        # 'in' with no medium noun is no such setting: the place is not stepped over
        ("Ruiz in a hotel said the plan was good.", []),
        ("Ruiz in statements said the plan was good.", []),
    ],
)
def test_medium_between_subject_and_verb(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'told reporters here' closes a trailing attribution as 'told reporters' does
        (
            "The two sides also spoke about aid for the people of the north, Berg told reporters here.",
            [("indirect", "Tom Berg", "The two sides also spoke about aid for the people of the north")],
        ),
        # the owner of a role is not who speaks: "Ana's spokesman" is her aide, named by role
        (
            "The talks covered trade and the border with Peru, Ana's spokesman told reporters.",
            [("indirect", "Ana's spokesman", "The talks covered trade and the border with Peru")],
        ),
        (
            "Ruiz's chief spokeswoman said the visit had gone well for both sides.",
            [("indirect", "Ruiz's chief spokeswoman", "the visit had gone well for both sides")],
        ),
        # a name that is itself the speaker keeps its entity
        (
            "Peru's minister Ruiz said the visit had gone well for both sides.",
            [("indirect", "Ana Ruiz", "the visit had gone well for both sides")],
        ),
    ],
)
def test_told_reporters_here_and_owned_roles(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


def test_aide_speaks_on_in_bare_quote() -> None:
    """The whole pipeline (the harness's splitter does not cut after a closing quote mark): a quote
    paragraph right after the aide's report, and 'the spokesman' later, are the aide's words."""
    text = (
        "Tom Berg met Ana Ruiz in Lima on Monday.\n\n"
        "The two sides spoke about the flood relief for the north, Ruiz's spokesman told reporters here.\n\n"
        '"The minister thanked Berg for the help of his country."\n\n'
        "Talks on new roads in the south will go on in May, the spokesman said."
    )
    doc = build_document(text, date(2023, 10, 24))
    found = [(c.kind, c.speaker, c.speaker_text, c.text) for c in doc.statements]
    assert found == [
        ("indirect", None, "Ruiz's spokesman", "The two sides spoke about the flood relief for the north"),
        ("direct", None, "Ruiz's spokesman", "The minister thanked Berg for the help of his country."),
        ("indirect", None, "Ruiz's spokesman", "Talks on new roads in the south will go on in May"),
    ]


MISLINKED = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg", "The minister")),  # as if coreference linked the role to him
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report made with a participle ('..., saying ...') is the latest word of its speaker:
        # 'the minister' right after it is that speaker, whoever coreference linked it to
        (
            "Ruiz flew to Lima on Monday, saying the visit would deepen the ties of the two nations.\n\n"
            "The minister said she would meet the leaders of the region there.",
            [
                ("indirect", "Ana Ruiz", "the visit would deepen the ties of the two nations"),
                ("indirect", "Ana Ruiz", "she would meet the leaders of the region there"),
            ],
        ),
        # with no report just before, the link stands
        (
            "Ruiz flew to Lima on Monday for talks on trade.\n\n"
            "The minister said she would meet the leaders of the region there.",
            [("indirect", "Tom Berg", "she would meet the leaders of the region there")],
        ),
    ],
)
def test_participle_report_is_latest_word(text: str, expected: list) -> None:
    assert run(text, MISLINKED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence run on after a comma with its own subject and speech verb is a report of its own
        (
            "Ruiz thanked Peru for the help with the floods in the north, Minister Berg also stated "
            "his wish to visit Lima soon.",
            [
                ("indirect", "Ana Ruiz", "thanked Peru for the help with the floods in the north"),
                ("indirect", "Tom Berg", "his wish to visit Lima soon"),
            ],
        ),
        (
            "Ruiz said the talks had gone well, Berg added that more would follow in May.",
            [
                ("indirect", "Ana Ruiz", "the talks had gone well"),
                ("indirect", "Tom Berg", "more would follow in May"),
            ],
        ),
        # a name and verb set off by commas inside the clause are an aside: the clause goes on
        (
            "Ruiz said that the plan for the north, Berg noted, was good.",
            [("indirect", "Ana Ruiz", "the plan for the north, Berg noted, was good")],
        ),
    ],
)
def test_run_on_report_after_comma(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., X said, adding that ...': X's attribution closes the sentence's first clause even
        # with a participle after it; a report inside that clause stops before it
        (
            "Ruiz also discussed the need for new roads in the north, Berg said, adding that "
            "they exchanged views on the floods.",
            [
                ("indirect", "Tom Berg", "Ruiz also discussed the need for new roads in the north"),
                ("indirect", "Tom Berg", "they exchanged views on the floods"),
            ],
        ),
        # ', adding that ...' opens a report of its own, after a report as after an attribution
        (
            "Ruiz said the roads in the north would be rebuilt, adding that work would start in May.",
            [
                ("indirect", "Ana Ruiz", "the roads in the north would be rebuilt"),
                ("indirect", "Ana Ruiz", "work would start in May"),
            ],
        ),
        # a participle with no 'that' is part of the clause
        (
            "Ruiz said the plan, adding roads to the north, was good for the farmers.",
            [("indirect", "Ana Ruiz", "the plan, adding roads to the north, was good for the farmers")],
        ),
        # 'the spokesman' after an unnamed spokesman spoke is that one, not whoever spoke last
        (
            "A spokesman said the talks had gone well.\n\n"
            "Ruiz also discussed the need for new roads in the north, the spokesman said.",
            [
                ("indirect", "A spokesman", "the talks had gone well"),
                ("indirect", "A spokesman", "Ruiz also discussed the need for new roads in the north"),
            ],
        ),
    ],
)
def test_tail_attribution_adding_and_unnamed_role(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ', and announced/expressed/welcomed <object>' after a report: the speaker's next act
        (
            "Ruiz said the talks had gone well, and announced a new round of talks in May.",
            [
                ("indirect", "Ana Ruiz", "the talks had gone well"),
                ("indirect", "Ana Ruiz", "a new round of talks in May"),
            ],
        ),
        (
            "Berg said Peru was a close partner, and expressed his thanks for the help with the floods.",
            [
                ("indirect", "Tom Berg", "Peru was a close partner"),
                ("indirect", "Tom Berg", "his thanks for the help with the floods"),
            ],
        ),
        (
            "Ruiz praised the help of Peru with the floods, and also noted the role of the army in the north.",
            [
                ("indirect", "Ana Ruiz", "the help of Peru with the floods"),
                ("indirect", "Ana Ruiz", "the role of the army in the north"),
            ],
        ),
        # without the comma the verb may belong to the reported clause's own subject
        (
            "Ruiz said the two firms met and announced a deal on the roads.",
            [("indirect", "Ana Ruiz", "the two firms met and announced a deal on the roads")],
        ),
    ],
)
def test_comma_and_next_speech_act(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the foreign ministers' after their meeting speak jointly, as 'the ministers' do: each (round 43)
        (
            "Ruiz met Berg in Lima.\n\nThe foreign ministers reaffirmed their support for the farmers.",
            [
                ("indirect", "Ana Ruiz", "their support for the farmers"),
                ("indirect", "Tom Berg", "their support for the farmers"),
            ],
        ),
        # a named body of ministers is a speaker of its own
        (
            "The EU ministers reaffirmed their support for the farmers of the north.",
            [("indirect", "The EU ministers", "their support for the farmers of the north")],
        ),
    ],
)
def test_peer_group_with_modifier(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X and her counterpart, Y, ...': two subjects, a joint statement with no one speaker
        (
            "Ruiz and her Peruvian counterpart, Tom Berg have reaffirmed the close ties of the two nations.",
            [],
        ),
        (
            "Ruiz and his counterpart, Tom Berg, told reporters that they would meet again in May.",
            [],
        ),
        # an apposition with no 'and' before it names the one speaker
        (
            "Her counterpart, Tom Berg, said the ties of the two nations were close.",
            [("indirect", "Tom Berg", "the ties of the two nations were close")],
        ),
    ],
)
def test_joint_subject_with_apposition(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X met/received Y and discussed Z': the meeting's agenda, discussed jointly, not X's words
        ("Ruiz met Berg in Lima on Monday, and discussed the floods in the north.", []),
        ("Ruiz received Berg at the palace and discussed the floods in the north.", []),
        # after a verb of speech, 'and discussed' stays part of that report
        (
            "Ruiz praised the help of Peru and discussed the floods in the north.",
            [("indirect", "Ana Ruiz", "the help of Peru and discussed the floods in the north")],
        ),
    ],
)
def test_discussed_at_a_meeting(text: str, expected: list) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ', which X said was ..., ' : what X said ends with the relative clause
        (
            "The visit in May, which Berg said was a grave mistake, was meant to help the farmers.",
            [("indirect", "Tom Berg", "was a grave mistake")],
        ),
        # a main clause's report runs on past its commas
        (
            "Berg said the visit in May, a grave mistake, was meant to help the farmers.",
            [("indirect", "Tom Berg", "the visit in May, a grave mistake, was meant to help the farmers")],
        ),
    ],
)
def test_relative_clause_report(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
