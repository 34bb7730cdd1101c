"""Meetings, round 10: a stay's end told by the return, more precise dates of one event, later
mentions of an event told before, and the meeting that prepares another one."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import build_meetings, meeting_summary


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # the day the traveller goes back ends the stay
        (
            "Wang plans to travel to Fiji on February 7 and return home on February 9.",
            ("2024-02-07", "2024-02-09"),
        ),
        (
            "Wang will fly to Fiji on March 3 before returning to China on March 6.",
            ("2024-03-03", "2024-03-06"),
        ),
        # two days with no verb of going back between them: the second is not the end
        (
            "Wang will travel to Fiji on February 7 and sign a deal on February 9.",
            ("2024-02-07", "2024-02-07"),
        ),
        # an arrival alone is an event of its day (round 27)
        ("Wang will arrive in Fiji on February 7.", ("2024-02-07", "2024-02-07")),
    ],
)
def test_return_ends_the_stay(text: str, span: tuple[str, str | None]) -> None:
    doc = build_meetings(text)
    visits = [(m.start, m.end) for m in doc.meetings if m.kind == "visit"]
    assert visits == [span], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one visit told with its month, then with its day: one visit, on that day
        (
            "Wang will visit Fiji in November. Wang will visit Fiji on November 3 to meet officials.",
            [("visit", "2023-11-03", "2023-11-03")],
        ),
        # a day outside the month told first: two visits
        (
            "Wang will visit Fiji in November. Wang will visit Fiji on December 3.",
            [("visit", "2023-11", "2023-11"), ("visit", "2023-12-03", "2023-12-03")],
        ),
        # the day given in quoted words dates the visit told before, outside quotes
        (
            'Wang will make a visit to Fiji in November. "I thank Fiji for my visit to Fiji on November 3, 2023," said Wang.',
            [("visit", "2023-11-03", "2023-11-03")],
        ),
        # a quoted visit with no such visit told before is no event of its own
        (
            '"I thank Fiji for my visit to Fiji on November 3, 2023," said Wang.',
            [],
        ),
    ],
)
def test_more_precise_day_of_one_visit(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = build_meetings(text)
    assert [(m.kind, m.start, m.end) for m in doc.meetings] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "met this Friday ... to prepare the summit": the day is the meeting's, not the summit's
        (
            "Blinken and Kerry met this Friday in Kyiv to prepare the summit in November.",
            [("meeting", "past", "2023-10-20")],
        ),
        ("Blinken met this Monday with Kerry.", [("meeting", "past", "2023-10-23")]),
        # "met this target": no meeting
        ("Blinken met this target with Kerry's help.", []),
    ],
)
def test_met_this_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    doc = build_meetings(text)
    assert [(m.kind, m.status, m.start) for m in doc.meetings] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those who prepare a trip do not make it: the traveller is named after "of" or as its possessor
        (
            "Blinken and Kerry met on Friday to organize the visit of Biden to Kyiv.",
            [
                ("meeting", "past", {"Antony Blinken", "John Kerry"}),
                ("visit", "upcoming", {"Joe Biden", "Ukraine"}),
            ],
        ),
        (
            "Blinken and Kerry are preparing Biden's trip to Kyiv.",
            [("visit", "upcoming", {"Joe Biden", "Ukraine"})],
        ),
        # the subject of a plain trip still travels
        (
            "Blinken and Kerry made a trip to Kyiv.",
            [("visit", "past", {"Antony Blinken", "John Kerry", "Ukraine"})],
        ),
    ],
)
def test_prepared_trip(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sitting told after the dated lead, by its parties, is held on the lead's day
        (
            "Wang met Kerry and Blinken in Kyiv on Monday. Wang and Blinken held talks on trade.",
            [("meeting", "2023-10-23"), ("talks", "2023-10-23")],
        ),
        # ... and so is one by the only party a lead names (the others a group)
        (
            "Wang held talks with various leaders in Kyiv on Monday. Wang and Blinken held talks on trade.",
            [("talks", "2023-10-23")],
        ),
        # not one told as earlier
        (
            "Wang met Kerry and Blinken in Kyiv on Monday. Wang and Blinken had first held talks on trade.",
            [("meeting", "2023-10-23"), ("talks", None)],
        ),
        # nor a meeting with someone the lead does not name
        (
            "Wang met Kerry in Kyiv on Monday. Wang and Blinken held talks on trade.",
            [("meeting", "2023-10-23"), ("talks", None)],
        ),
        (
            "Wang met Blinken in Kyiv on Monday. Kerry and Lavrov held talks on trade.",
            [("meeting", "2023-10-23"), ("talks", None)],
        ),
    ],
)
def test_lead_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    doc = build_meetings(text)
    assert [(m.kind, m.start) for m in doc.meetings] == expected, meeting_summary(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the two ministers held a meeting on Thursday": the parties just told, and its day
        (
            "Wang and Blinken have held talks in Kyiv. The two ministers held a meeting in Kyiv on Thursday. "
            "It was the first meeting between Wang and Blinken.",
            [("talks", "2023-10-19", {"Wang Yi", "Antony Blinken"})],
        ),
        # named in the other order, the same two
        (
            "Wang will visit Kyiv for talks with Blinken. Blinken and Wang are to meet on Friday.",
            [("visit", None, {"Wang Yi", "Ukraine"}), ("talks", "2023-10-27", {"Wang Yi", "Antony Blinken"})],
        ),
        # talks and a meeting of other parties stay apart
        (
            "Wang and Blinken have held talks in Fiji. Kerry and Lavrov had a meeting there.",
            [
                ("talks", None, {"Wang Yi", "Antony Blinken"}),
                ("meeting", None, {"John Kerry", "Sergei Lavrov"}),
            ],
        ),
    ],
)
def test_one_sitting_told_twice(text: str, expected: list[tuple[str, str | None, set[str]]]) -> None:
    doc = build_meetings(text)
    got = [(m.kind, m.start, {doc.entities[i].name for i in m.participants}) for m in doc.meetings]
    assert got == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X and France's President Y will meet": the second one's title does not break the pair
        (
            "Wang and France's President Macron will meet in Kyiv on Friday.",
            [("meeting", "upcoming", {"Wang Yi", "Emmanuel Macron"})],
        ),
        (
            "Blinken and the acting President Zelensky met in Kyiv.",
            [("meeting", "past", {"Antony Blinken", "Volodymyr Zelensky"})],
        ),
        # a verb between: two clauses, only the nearer name meets
        (
            "Blinken arrived and France's President Macron met Zelensky in Kyiv.",
            [("meeting", "past", {"Emmanuel Macron", "Volodymyr Zelensky"})],
        ),
    ],
)
def test_pair_with_a_title_between(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Biden huddled Friday with Kerry.", [("meeting", "2023-10-20", {"Joe Biden", "John Kerry"})]),
        ("Biden will huddle privately with Kerry.", [("meeting", None, {"Joe Biden", "John Kerry"})]),
        # no one met: huddled against the cold
        ("Biden and Kerry huddled in the cold.", []),
    ],
)
def test_huddled_with(text: str, expected: list[tuple[str, str | None, set[str]]]) -> None:
    doc = build_meetings(text)
    got = [(m.kind, m.start, {doc.entities[i].name for i in m.participants}) for m in doc.meetings]
    assert got == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unresolved "his" in the opening phrase is the one who opens the main clause
        (
            "Speaking of his meeting with Kerry on Friday, Blinken said it went well.",
            [("meeting", "past", {"Antony Blinken", "John Kerry"})],
        ),
        # a comma before the pronoun: not the opening phrase, no one to point to
        ("Later on, his meeting with Kerry was praised, Blinken said.", []),
    ],
)
def test_possessive_before_the_subject(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date and place inside an opening "Prior to <event>" phrase are that event's
        (
            "Prior to the forum on November 22 in Kyiv, Wang is to meet with Blinken.",
            [("meeting", "upcoming", None, None)],
        ),
        # ... and the day given in quoted words then dates the meeting told before
        (
            "Prior to the forum on November 22, Wang is to meet with Blinken. "
            '"There will be a meeting between Wang and Blinken in Fiji on November 21," a spokesman said.',
            [("meeting", "upcoming", "2023-11-21", "Fiji")],
        ),
        # the trigger inside the phrase: "ahead of their meeting on Monday" dates the meeting
        (
            "Ahead of his meeting with Blinken on October 30, Wang arrived in Kyiv.",
            [("meeting", "upcoming", "2023-10-30", "Kyiv"), ("visit", "past", None, "Kyiv")],
        ),
    ],
)
def test_landmark_phrase(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    doc = build_meetings(text)
    got = [(m.kind, m.status, m.start, m.location) for m in doc.meetings]
    assert got == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stop on a tour is a stay there
        (
            "Wang will make his first stop from November 2 to 4 in Kyiv.",
            [("visit", "upcoming", "2023-11-02", "2023-11-04")],
        ),
        ("Wang made a brief stopover in Kyiv on Friday.", [("visit", "past", "2023-10-20", "2023-10-20")]),
        # a stop to the fighting is no stay
        ("Wang called for a stop in the fighting in Kyiv.", []),
    ],
)
def test_stop_on_a_tour(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    doc = build_meetings(text)
    assert [(m.kind, m.status, m.start, m.end) for m in doc.meetings] == expected, text
