"""Meetings, round 19: courtesy calls on several office holders, events only referred back to, topics."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import meetings
from briefing_tui.extract.meetingfound import Found
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 8, 13)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call paid on two office holders: one meeting with each
        (
            "Minister Anna Berg called on President Omar Sala and Prime Minister Jon Keta on Monday.",
            [
                ("meeting", frozenset({"Anna Berg", "Omar Sala"})),
                ("meeting", frozenset({"Anna Berg", "Jon Keta"})),
            ],
        ),
        (
            "Minister Anna Berg also called on Deputy Minister Omar Sala, Finance Minister Jon Keta and "
            "Home Minister Ravi Dutt.",
            [
                ("meeting", frozenset({"Anna Berg", "Omar Sala"})),
                ("meeting", frozenset({"Anna Berg", "Jon Keta"})),
                ("meeting", frozenset({"Anna Berg", "Ravi Dutt"})),
            ],
        ),
        # one holder called on: one meeting
        (
            "Minister Anna Berg called on President Omar Sala at the palace.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # an appeal, or a day after "on": no meeting
        ("Minister Anna Berg called on President Omar Sala to resign.", []),
        ("Minister Anna Berg called on Monday for calm, Omar Sala said.", []),
    ],
)
def test_called_on_each_office_holder(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sitting just told, named again with where it was held: no event of its own
        (
            "Minister Anna Berg paid a courtesy call on President Omar Sala on Monday. During the meeting "
            "held at the Office of the President, Sala praised Minister Jon Keta for his work.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # told first that way, it is the event
        (
            "During the meeting held in Accra on Monday, Minister Anna Berg told President Omar Sala of her plans.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
    ],
)
def test_meeting_held_at_told_again(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the visiting Director General": a guest's title, no trip
        (
            "President Omar Sala received Jon Keta on Monday. Sala thanked the visiting WHO Director General "
            "Jon Keta for the vaccines.",
            [("meeting", frozenset({"Omar Sala", "Jon Keta"}))],
        ),
        # still a visit when a place is visited
        (
            "Jon Keta is visiting Ghana this week.",
            [("visit", frozenset({"Jon Keta", "Ghana"}))],
        ),
    ],
)
def test_visiting_with_a_title_is_a_guest(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks between two others, as what a meeting discusses: a topic
        (
            "Minister Anna Berg met President Omar Sala to discuss resuming peace talks between Ghana and Togo.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # held, not discussed: talks
        (
            "Peace talks between Ghana and Togo resumed in Accra on Monday.",
            [("talks", frozenset({"Ghana", "Togo"}))],
        ),
    ],
)
def test_talks_between_others_discussed(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a titled name after "sworn in" is a party, not a place
        (
            "President Anna Berg on Friday congratulated newly sworn in Prime Minister Omar Sala in a "
            "telephone call.",
            [("call", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # a place after "in" still is none
        (
            "President Anna Berg said in a telephone call from the residence in Carlton Gardens that talks "
            "would go on.",
            [],
        ),
    ],
)
def test_titled_name_after_in_joins_a_call(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "was received this afternoon by": the time between
        (
            "Minister Anna Berg was received this afternoon by the Prime Minister of Ghana, Omar Sala.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        (
            "Minister Anna Berg was welcomed on Monday by President Omar Sala.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # a thing received is no guest
        ("The letter was received this afternoon by the ministry.", []),
    ],
)
def test_received_with_a_time_between(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "made calls to A and B": one call each
        (
            "President Jon Keta made calls to President Anna Berg and President Omar Sala last month.",
            [("call", frozenset({"Jon Keta", "Anna Berg"})), ("call", frozenset({"Jon Keta", "Omar Sala"}))],
        ),
        (
            "President Jon Keta placed a phone call to President Anna Berg on Monday.",
            [("call", frozenset({"Jon Keta", "Anna Berg"}))],
        ),
        # a call to action is no phone call
        ("President Jon Keta made calls to end the war.", []),
    ],
)
def test_made_calls_to(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A and B will meet X respectively": two meetings
        (
            "Premier Jon Keta and Speaker Omar Sala will also meet with President Anna Berg respectively.",
            [
                ("meeting", frozenset({"Jon Keta", "Anna Berg"})),
                ("meeting", frozenset({"Omar Sala", "Anna Berg"})),
            ],
        ),
        # together: one
        (
            "Premier Jon Keta and Speaker Omar Sala will also meet with President Anna Berg.",
            [("meeting", frozenset({"Jon Keta", "Omar Sala", "Anna Berg"}))],
        ),
    ],
)
def test_meet_respectively(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's plain talks, then the phone talks of the same two: one call
        (
            "Minister Anna Berg talks with Secretary Omar Sala\n\n"
            "Minister Anna Berg and Secretary Omar Sala on Thursday held phone talks on trade.",
            [("call", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # talks with a place of their own are not the call
        (
            "Minister Anna Berg held talks with Secretary Omar Sala in Accra.\n\n"
            "Minister Anna Berg and Secretary Omar Sala on Thursday held phone talks on trade.",
            [
                ("talks", frozenset({"Anna Berg", "Omar Sala"})),
                ("call", frozenset({"Anna Berg", "Omar Sala"})),
            ],
        ),
    ],
)
def test_plain_talks_told_again_as_a_call(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


def test_leaders_gathered_for_a_summit() -> None:
    text = (
        "EU leaders have a packed agenda during their one-day summit on Thursday. "
        "European Union leaders have gathered in Brussels for a high-stakes summit."
    )
    assert [(k, p) for k, p in meetings_of(text, PUBLISHED, "kind", "participants")] == [
        ("summit", frozenset({"European Union"}))
    ]
    # gathered for something else: a meeting
    text = "European Union leaders have gathered in Brussels on Thursday for talks on energy."
    assert [k for k, _ in meetings_of(text, PUBLISHED, "kind", "participants")] in (
        [],
        ["meeting"],
        ["talks"],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # travellers with nowhere named: no visit
        (
            "Many officials, including Minister Anna Berg and Minister Omar Sala, have visited various "
            "African countries.",
            [],
        ),
        # a place reached, or a person visited: a visit
        (
            "Minister Anna Berg and Minister Omar Sala have visited Kenya.",
            [("visit", frozenset({"Anna Berg", "Omar Sala", "Kenya"}))],
        ),
        (
            "President Anna Berg visited President Omar Sala at his residence.",
            [("visit", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
    ],
)
def test_trip_with_nowhere_reached(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # office holders listed title first, each named after a comma: all met
        (
            "Minister Anna Berg met the President of Ghana, Omar Sala, the Speaker of the Parliament (Assembly), "
            "Jon Keta, and the Chair of the Defence Committee of the Parliament, Ravi Dutt.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala", "Jon Keta", "Ravi Dutt"}))],
        ),
        # a speaker told that way after the list is no party
        (
            "Minister Anna Berg met the President of Ghana, Omar Sala, the spokesman of the ministry, Jon Keta said.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
    ],
)
def test_list_of_office_holders_told_title_first(
    text: str, expected: list[tuple[str, frozenset[str]]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host welcoming an outgoing or visiting office holder: a meeting
        (
            "President Anna Berg also received the outgoing Ambassador of Togo, Omar Sala.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # welcomed for a visit: the guest's visit
        (
            "President Anna Berg will welcome outgoing President Omar Sala for a state visit on March 29.",
            [("visit", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # a visit's destination first, its traveller after "by"
        (
            "The trip returns the state visit to Ghana by President Omar Sala last year.",
            [("visit", frozenset({"Omar Sala", "Ghana"}))],
        ),
        # "by" and a thing: nobody travels
        ("The visit to Ghana by road took two days.", []),
    ],
)
def test_hosted_and_by_visits(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants") == expected


def test_people_over_their_countries() -> None:
    doc = build_document(
        "Ghana's President Anna Berg met Togo's President Omar Sala. Ghana and Togo are close.", PUBLISHED
    )
    ids = {e.name: i for i, e in enumerate(doc.entities)}
    names = lambda f: {doc.entities[i].name for i in meetings._people_over_their_countries(doc, f)}  # noqa: E731
    both = [ids["Anna Berg"], ids["Omar Sala"], ids["Ghana"], ids["Togo"]]
    # a sitting's countries told again by their own people: the people
    assert names(Found("talks", 0, 0, 10, both)) == {"Anna Berg", "Omar Sala"}
    # a visit keeps the country it goes to
    assert names(Found("visit", 0, 0, 10, both)) == {"Anna Berg", "Omar Sala", "Ghana", "Togo"}
    # a meeting keeps the sides it is told by
    assert names(Found("meeting", 0, 0, 10, both)) == {"Anna Berg", "Omar Sala", "Ghana", "Togo"}
    # one person only: a country may stand for the other side
    one = [ids["Anna Berg"], ids["Togo"], ids["Ghana"]]
    assert names(Found("talks", 0, 0, 10, one)) == {"Anna Berg", "Togo", "Ghana"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host receiving a guest to its place, or on the guest's trip: the guest's visit
        (
            "President Anna Berg spoke while welcoming Kenyan President Omar Sala to the White House.",
            [("visit", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        (
            "In April, President Anna Berg will host President Omar Sala on his first trip to Asia.",
            [("visit", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
        # welcomed on arrival somewhere: a meeting
        (
            "President Anna Berg welcomed President Omar Sala upon his arrival to Madrid.",
            [("meeting", frozenset({"Anna Berg", "Omar Sala"}))],
        ),
    ],
)
def test_hosted_guest_visit(text: str, expected: list[tuple[str, frozenset[str]]]) -> None:
    assert [(k, p) for k, p in meetings_of(text, PUBLISHED, "kind", "participants")][:1] == expected
