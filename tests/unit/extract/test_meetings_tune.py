"""Meetings on short sentences of our own: past events beside upcoming ones, dates, places and kinds."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import build_meetings, meeting_summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit still to come and an earlier one to the same place are two events
        (
            "Wang will visit Kyiv soon. Wang made his last visit to Kyiv in March 2015.",
            [
                ("visit", "upcoming", {"Wang Yi", "Ukraine"}),
                ("visit", "past", {"Wang Yi", "Ukraine"}),
            ],
        ),
        # the same visit named twice is one
        (
            "Wang will visit Kyiv on Friday. Wang will visit Kyiv to meet officials.",
            [("visit", "upcoming", {"Wang Yi", "Ukraine"})],
        ),
    ],
)
def test_events_kept_apart(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected


@pytest.mark.parametrize(
    ("text", "status", "start"),
    [
        # a date with its year written out before publication is past, whatever wish or verb is near
        ("Wang went to Kyiv in March 2015 to attend a meeting with Blinken.", "past", "2015-03"),
        ("Xi hopes to repay Biden's trip to Kyiv in May 2019.", "past", "2019-05"),
        # a wish without such a date stays a wish
        ("Xi hopes to repay Biden's trip to Kyiv.", "proposed", None),
        # a date right before the speech verb dates the saying
        ("Blinken on Monday said he had a meeting with Lavrov.", "past", None),
        ("Blinken had a meeting with Lavrov on Monday.", "past", "2023-10-23"),
    ],
)
def test_status_and_date(text: str, status: str, start: str | None) -> None:
    doc = build_meetings(text)
    assert doc.meetings, text
    assert (doc.meetings[-1].status, doc.meetings[-1].start) == (status, start)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "discussed by phone": a call; what follows is the topic, not a participant
        (
            "Blinken and Lavrov discussed by phone Biden's trip to Kyiv.",
            [
                ("call", "past", {"Antony Blinken", "Sergei Lavrov"}),
                ("visit", "past", {"Joe Biden", "Ukraine"}),
            ],
        ),
        (
            "Macron discussed the war with Scholz by phone.",
            [("call", "past", {"Emmanuel Macron", "Olaf Scholz"})],
        ),
        # received by a named host: a meeting
        (
            "Lavrov was received by Macron in Paris.",
            [("meeting", "past", {"Sergei Lavrov", "Emmanuel Macron"})],
        ),
        ("Lavrov was warmly welcomed by Scholz.", [("meeting", "past", {"Sergei Lavrov", "Olaf Scholz"})]),
        # a letter received: nobody met
        ("The letter was received by Macron.", []),
        # a date still to be set: proposed
        (
            "Paris and Berlin are working to determine the date for Xi's visit to Kyiv.",
            [("visit", "proposed", {"Xi Jinping", "Ukraine"})],
        ),
        (
            "Aides are working out dates for Xi's trip to Kyiv.",
            [("visit", "proposed", {"Xi Jinping", "Ukraine"})],
        ),
    ],
)
def test_kinds_and_status(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected


def test_arrival_dates_its_day_and_a_meeting_that_day_lasts_it() -> None:
    # (round 27: an arrival told with its day is an event of that day, as readers date it)
    doc = build_meetings("Wang arrived in Kyiv on Monday. Wang was received by Blinken at the palace.")
    dates = [(m.kind, m.start, m.end) for m in doc.meetings]
    assert dates == [("visit", "2023-10-23", "2023-10-23"), ("meeting", "2023-10-23", "2023-10-23")]


def test_a_visit_over_days_keeps_its_end() -> None:
    doc = build_meetings("Wang visited Kyiv from Monday to Wednesday.")
    assert [(m.start, m.end) for m in doc.meetings] == [("2023-10-23", "2023-10-25")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a possessive names an owner, not a place
        ("Blinken met with Lavrov in Kyiv, Ukraine's capital.", "Kyiv"),
        ("Blinken met with Lavrov at the Kremlin's guest house in Geneva.", "Geneva"),
        # "the Swiss city Geneva": the name after the common noun
        ("Blinken met with Lavrov in the Swiss city Geneva.", "Geneva"),
        ("Blinken met with Lavrov in Geneva.", "Geneva"),
        # a place in quoted words before the trigger is the quote's
        ('"Leaders will gather in Geneva soon," Blinken said after a meeting with Lavrov.', None),
    ],
)
def test_place(text: str, place: str | None) -> None:
    assert [m.location for m in build_meetings(text).meetings] == [place]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the people a body sends, with an adjective before them
        (
            "NATO foreign ministers will hold a meeting in Geneva next week.",
            [("meeting", "upcoming", {"NATO"})],
        ),
        # told twice (a summary, then the story): one event
        (
            "NATO defence ministers will gather in Geneva soon. NATO defence ministers will gather in Geneva.",
            [("meeting", "upcoming", {"NATO"})],
        ),
        # a body that met somewhere, undated: not enough to report
        ("NATO foreign ministers held a meeting in Geneva.", []),
        ("NATO foreign ministers will hold a meeting.", []),
    ],
)
def test_a_body_meets(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected


def test_a_dateline_opening_a_later_paragraph_dates_nothing() -> None:
    doc = build_meetings(
        "Talks ahead. \n\nGENEVA (Agency / Wire - 5th October, 2023) Blinken will meet Lavrov."
    )
    assert [(m.kind, m.start) for m in doc.meetings] == [("meeting", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for discussions on X": a topic, not a party
        (
            "Blinken and Lavrov will meet again in Geneva for discussions on Ukraine and Israel.",
            [("meeting", "upcoming", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        # ", Scholz also had ...": a name opening a new clause ends the object list; the lunch shared with
        # Macron is a sitting of its own (round 27), apart from the one the opening phrase names
        (
            "Aside from his meeting with Lavrov, Scholz also had lunch with Macron.",
            [
                ("meeting", "past", {"Olaf Scholz", "Sergei Lavrov"}),
                ("meeting", "past", {"Emmanuel Macron", "Olaf Scholz"}),
            ],
        ),
        # "their meeting" is the meeting just told: one event, with the later sentence's date
        (
            "Blinken hosted Lavrov. During their meeting on Monday, the two discussed Ukraine.",
            [("meeting", "past", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        (
            "Blinken met with Lavrov. Following the meeting held on Monday, aides spoke.",
            [("meeting", "past", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        # ... but not a meeting with other parties or another status
        (
            "Blinken met with Lavrov. Biden will hold talks with Xi.",
            [
                ("meeting", "past", {"Antony Blinken", "Sergei Lavrov"}),
                ("talks", "upcoming", {"Joe Biden", "Xi Jinping"}),
            ],
        ),
        # words before "that" are the saying's: the trip is still to come
        (
            "Blinken's office said earlier that his trip to Kyiv will go ahead.",
            [("visit", "upcoming", {"Antony Blinken", "Ukraine"})],
        ),
    ],
)
def test_clauses_and_anaphora(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    owner = "Olaf Scholz" if "Scholz" in text else "Antony Blinken"
    doc = build_meetings(text, pronoun_for={"his": owner})
    assert meeting_summary(doc) == expected


def test_their_meeting_takes_the_later_date() -> None:
    doc = build_meetings("Blinken hosted Lavrov. During their meeting on Monday, the two discussed Ukraine.")
    assert [(m.start, len(m.participants)) for m in doc.meetings] == [("2023-10-23", 2)]


def test_hosting_a_visitor_is_the_visit() -> None:
    doc = build_meetings("Biden will host Macron for a state visit to Washington next week.")
    assert meeting_summary(doc) == [("visit", "upcoming", {"Joe Biden", "Emmanuel Macron", "United States"})]


def test_a_host_and_an_unrelated_visit_stay_apart() -> None:
    doc = build_meetings("Biden hosted Macron on Monday, and Scholz will visit Kyiv.")
    assert [m.kind for m in doc.meetings] == ["meeting", "visit"]


def test_a_summit_among_leaders_and_a_dated_meeting_beside_it() -> None:
    doc = build_meetings(
        "Blinken and Lavrov will meet on Friday to prepare the envisioned summit among Biden, Xi and Macron."
    )
    found = [
        (m.kind, m.status, m.start, {doc.entities[i].name for i in m.participants}) for m in doc.meetings
    ]
    assert found == [
        ("meeting", "upcoming", "2023-10-27", {"Antony Blinken", "Sergei Lavrov"}),
        ("summit", "upcoming", None, {"Joe Biden", "Xi Jinping", "Emmanuel Macron"}),
    ]


def test_a_date_after_a_call_does_not_date_the_visit_discussed() -> None:
    doc = build_meetings("Blinken and Lavrov discussed by phone on Monday Biden's trip to Kyiv.")
    assert [(m.kind, m.start) for m in doc.meetings] == [("call", "2023-10-23"), ("visit", None)]


def test_a_date_between_two_triggers_without_a_preposition_goes_to_the_nearest() -> None:
    doc = build_meetings("Biden will visit Kyiv and Friday will also bring talks with Xi.")
    assert [(m.kind, m.start) for m in doc.meetings] == [("visit", "2023-10-27"), ("talks", "2023-10-27")]


def test_a_summit_told_again_with_other_attendees_is_one() -> None:
    doc = build_meetings(
        "Blinken will attend the summit in Geneva. Macron will take part in the summit in Geneva on Friday."
    )
    assert [(m.kind, m.start, len(m.participants)) for m in doc.meetings] == [("summit", "2023-10-27", 2)]


def test_summits_in_two_places_stay_two() -> None:
    doc = build_meetings("Blinken will attend the summit in Geneva. Macron will attend the summit in Rome.")
    assert [m.location for m in doc.meetings] == ["Geneva", "Rome"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the wish before "ahead of" is another event's
        (
            "Xi will visit Kyiv at the invitation of Blinken ahead of a summit with Macron next month.",
            "upcoming",
        ),
        ("Xi invited Macron to a summit with Biden.", "proposed"),
    ],
)
def test_a_landmark_event_is_not_proposed(text: str, status: str) -> None:
    assert [m.status for m in build_meetings(text).meetings if m.kind == "summit"] == [status]


@pytest.mark.parametrize(
    ("text", "summits"),
    [
        ("Blinken said Macron and Scholz will hold not an informal EU summit but a dinner.", 0),
        ("Blinken said Macron and Scholz will hold an informal EU summit.", 1),
    ],
)
def test_not_a_summit(text: str, summits: int) -> None:
    assert sum(m.kind == "summit" for m in build_meetings(text).meetings) == summits


def test_two_trips_to_two_places_in_one_sentence_stay_two() -> None:
    doc = build_meetings(
        "He and Xi would visit Kyiv at a time to be agreed, and he was invited on a return visit to China.",
        pronoun_for={"he": "Antony Blinken", "He": "Antony Blinken"},
    )
    assert [(m.kind, m.location) for m in doc.meetings] == [("visit", "Kyiv"), ("visit", "China")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after "said that" the subject is the embedded clause's
        (
            "Blinken said that Macron will host Scholz next week.",
            [("meeting", "upcoming", {"Emmanuel Macron", "Olaf Scholz"})],
        ),
        ("Blinken said that the leaders will meet with Scholz.", []),
        # without "that" the nearest subject is kept
        (
            "Blinken, who spoke briefly, will meet with Scholz.",
            [("meeting", "upcoming", {"Antony Blinken", "Olaf Scholz"})],
        ),
    ],
)
def test_the_subject_after_said_that(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Xi will visit Kyiv at a time to be agreed on.", "proposed"),
        ("Xi will visit Kyiv on a date yet to be set.", "proposed"),
        ("Xi will visit Kyiv at a time that suits him.", "upcoming"),
    ],
)
def test_a_time_still_to_be_agreed(text: str, status: str) -> None:
    assert [m.status for m in build_meetings(text).meetings] == [status]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Blinken had a great discussion with Lavrov.",
            [("meeting", "past", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        ("Macron had an audience with Scholz.", [("meeting", "past", {"Emmanuel Macron", "Olaf Scholz"})]),
        (
            "Blinken conferred on Monday with Lavrov.",
            [("talks", "past", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        (
            "Macron discussed with Scholz the state of the war.",
            [("talks", "past", {"Emmanuel Macron", "Olaf Scholz"})],
        ),
        (
            "Macron and Scholz exchanged views on the war.",
            [("talks", "past", {"Emmanuel Macron", "Olaf Scholz"})],
        ),
        # discussing a topic is no meeting
        ("Macron discussed the war in a speech.", []),
        ("Blinken had a discussion paper ready.", []),
    ],
)
def test_talking_with(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected


def test_a_placeless_visit_dates_the_visit_told_before() -> None:
    doc = build_meetings("Biden will visit Kyiv soon. Biden's visit, planned for November 13, will go ahead.")
    assert [(m.kind, m.start, m.location) for m in doc.meetings] == [("visit", "2023-11-13", "Kyiv")]


@pytest.mark.parametrize(
    "text",
    [
        "Biden's visit, planned for November 13, will go ahead.",  # nothing told before: no event
        "Blinken will visit Kyiv soon. Biden's visit, planned for November 13, will go ahead.",  # another traveller
    ],
)
def test_a_placeless_visit_is_no_event_of_its_own(text: str) -> None:
    assert [(m.participants and m.start) for m in build_meetings(text).meetings if m.start] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a courtesy call is a meeting
        (
            "Lavrov will also call on President Macron.",
            [("meeting", "upcoming", {"Sergei Lavrov", "Emmanuel Macron"})],
        ),
        (
            "Lavrov will call on Macron to discuss trade.",
            [("meeting", "upcoming", {"Sergei Lavrov", "Emmanuel Macron"})],
        ),
        # an appeal is not
        ("Blinken called on Lavrov to withdraw the troops.", []),
        ("Blinken called on the Taliban to free the hostages.", []),
    ],
)
def test_call_on(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected
