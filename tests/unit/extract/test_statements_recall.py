"""Stage statements: speaker and layout rules added for recall on unseen news prose.

Built on the hand-made documents of test_statements (mentions resolved there by name).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

MINISTRY = Cast(
    actors={
        "Lena Park": ("person", ("Park",)),
        "Norway's foreign ministry": ("organization", ("Oslo's foreign ministry",)),
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office speaks even when it is not named
        (
            "Lena Park will travel to Rome next week for talks, the foreign ministry here said.",
            [("indirect", "the foreign ministry", "Lena Park will travel to Rome next week for talks")],
        ),
        (
            '"We hope the visit will deepen our ties," the ministry said in a press release.',
            [("direct", "the ministry", "We hope the visit will deepen our ties")],
        ),
        # and it is the organisation named before, when there is one
        (
            "Park met her counterpart in Lima on Friday, Oslo's foreign ministry said. "
            "The two agreed to meet again in spring, according to the ministry.",
            [
                ("indirect", "Norway's foreign ministry", "Park met her counterpart in Lima on Friday"),
                ("indirect", "Norway's foreign ministry", "The two agreed to meet again in spring"),
            ],
        ),
        # a bare role noun is still nobody in particular
        ("The talks went well and will resume soon, the official said.", []),
    ],
)
def test_an_office_is_a_speaker(text: str, expected: list) -> None:
    assert run(text, MINISTRY) == expected


LAYOUTS = Cast(
    actors={
        "Tom Berg": ("person", ("Berg",)),
        "Ana Ruiz": ("person", ("Ruiz",)),
        "European Commission": ("organization", ()),
    },
    dates={"Jan. 27": "2022-01-27"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive quote attribution: the one quoted is the speaker
        (
            '"You are far too popular for your own good," Berg was quoted as saying.',
            [("direct", "Tom Berg", "You are far too popular for your own good")],
        ),
        # ... but one who was told something is not
        ('"The border stays closed," Berg was told.', []),
        # a body's press service speaks for it
        (
            '"The talks can then go on in other formats," the European Commission\'s press service said.',
            [("direct", "European Commission", "The talks can then go on in other formats")],
        ),
        # verbs in -y: 'clarified', with whom it was said to before 'that'
        (
            "Ruiz clarified to reporters that the meeting would not be a formal summit.",
            [("indirect", "Ana Ruiz", "the meeting would not be a formal summit")],
        ),
        (
            "Berg denied that the two sides had discussed sanctions at all.",
            [("indirect", "Tom Berg", "the two sides had discussed sanctions at all")],
        ),
        # a trailing attribution with an abbreviated date and a participle after it
        (
            "Both capitals are working on a date for the visit, Berg said on Jan. 27, pointing to the games.",
            [("indirect", "Tom Berg", "Both capitals are working on a date for the visit")],
        ),
        # a trailing attribution followed by a new clause of another kind is not one: the clause after
        # 'said on <date>' is what was said (round 30: 'said on Wednesday he would ...')
        (
            "Both capitals are working on a date for the visit, Berg said on Jan. 27 the talks ended.",
            [("indirect", "Tom Berg", "the talks ended")],
        ),
    ],
)
def test_attribution_layouts(text: str, expected: list) -> None:
    assert run(text, LAYOUTS) == expected


RELAY = Cast(
    actors={
        "Omar Nabil": ("person", ("Nabil",)),
        "Karim Aziz": ("person", ("President Aziz", "Aziz")),
        "Lea Stone": ("person", ("Stone",)),
        "Arab League": ("organization", ()),
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a spokesman relaying the president: the spokesman's report of the whole clause (round 35), and
        # the president's own words (round 40)
        (
            "Spokesman Omar Nabil said President Aziz stressed the strength of ties with Rome.",
            [
                ("indirect", "Omar Nabil", "President Aziz stressed the strength of ties with Rome"),
                ("indirect", "Karim Aziz", "the strength of ties with Rome"),
            ],
        ),
        # a possessive before an adjective in -ed is no relayed speaker
        (
            "Nabil said the Arab League's continued support would help both sides.",
            [("indirect", "Omar Nabil", "the Arab League's continued support would help both sides")],
        ),
        # 'with X stressing ...' names who stressed it
        (
            "Nabil said the two sides discussed the crisis, with Aziz stressing the need to end the war.",
            [
                ("indirect", "Omar Nabil", "the two sides discussed the crisis"),
                ("indirect", "Karim Aziz", "the need to end the war"),
            ],
        ),
        # a participle inside the reported words does not stop a trailing attribution
        (
            "Both sides looked at trade, as well as discussing security in the region, Nabil said.",
            [
                (
                    "indirect",
                    "Omar Nabil",
                    "Both sides looked at trade, as well as discussing security in the region",
                )
            ],
        ),
        # a sentence-final attribution relays the whole clause, and is no part of the inner one
        (
            "Stone noted that trade grew and the region was calm, Nabil said.",
            [
                ("indirect", "Omar Nabil", "Stone noted that trade grew and the region was calm"),
                ("indirect", "Lea Stone", "trade grew and the region was calm"),
            ],
        ),
    ],
)
def test_relayed_and_participle_speakers(text: str, expected: list) -> None:
    assert run(text, RELAY) == expected


def test_he_relaying_a_body_is_the_speaker_before_it() -> None:
    # coreference took 'he' for the wrong man; the speaker of the sentence before speaks on
    cast = Cast(actors=dict(RELAY.actors), pronouns={"he": "Omar Nabil"})
    text = (
        "Aziz said the visit would go ahead in spring. "
        "The Arab League has announced that a date will follow soon, he said."
    )
    assert run(text, cast) == [
        ("indirect", "Karim Aziz", "the visit would go ahead in spring"),
        ("indirect", "Karim Aziz", "The Arab League has announced that a date will follow soon"),
        ("indirect", "Arab League", "a date will follow soon"),
    ]


def test_a_pronoun_after_said_is_not_a_relayed_speaker() -> None:
    # even when coreference takes 'he' for another man, 'X said he outlined ...' stays X's words
    cast = Cast(actors=dict(RELAY.actors), pronouns={"he": "Karim Aziz"})
    text = "Nabil said he outlined the plan on trade to Stone."
    assert run(text, cast) == [("indirect", "Omar Nabil", "he outlined the plan on trade to Stone")]


REPORTS = Cast(
    actors={
        "Lea Stone": ("person", ("Stone",)),
        "Politico": ("organization", ()),
        "Xinhua": ("organization", ()),
    }
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report with a 'that' clause is a statement by whoever reports
        (
            "Earlier, Politico reported that the leaders will meet in Paris on Monday.",
            [("indirect", "Politico", "the leaders will meet in Paris on Monday")],
        ),
        (
            "Stone reports that she met the foreign minister in Kyiv.",
            [("indirect", "Lea Stone", "she met the foreign minister in Kyiv")],
        ),
        # a source merely passing words on reports nothing of its own
        ("Xinhua reported the visit in a short dispatch on its website.", []),
        ("Reports that the minister resigned were false.", []),
    ],
)
def test_reports_that(text: str, expected: list) -> None:
    assert run(text, REPORTS) == expected
