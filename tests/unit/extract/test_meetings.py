"""Stage meetings on hand-built documents: the actors are given, the stage finds the events."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import meetings
from briefing_tui.extract.document import Document, Sentence
from tests.unit.extract.helpers import build_meetings, meeting_summary

PUBLISHED = date(2023, 10, 24)  # a Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calls
        (
            "Wang told Eli Cohen in a telephone call Monday that war must end.",
            [("call", "past", {"Wang Yi", "Eli Cohen"})],
        ),
        (
            "Blinken spoke by phone with Lavrov on Friday.",
            [("call", "past", {"Antony Blinken", "Sergei Lavrov"})],
        ),
        ("Macron held a phone call with Scholz.", [("call", "past", {"Emmanuel Macron", "Olaf Scholz"})]),
        (
            "In a separate call, Wang told Eli Cohen that peace matters.",
            [("call", "past", {"Wang Yi", "Eli Cohen"})],
        ),
        # meetings
        ("Blinken met with Lavrov in Geneva.", [("meeting", "past", {"Antony Blinken", "Sergei Lavrov"})]),
        (
            "Wang will meet with Antony Blinken and Jake Sullivan.",
            [("meeting", "upcoming", {"Wang Yi", "Antony Blinken", "Jake Sullivan"})],
        ),
        ("Macron and Scholz met on Monday.", [("meeting", "past", {"Emmanuel Macron", "Olaf Scholz"})]),
        (
            "In a meeting with Hun Sen, Sherman stressed the U.S. commitment to democracy.",
            [("meeting", "past", {"Hun Sen", "Wendy Sherman"})],
        ),
        # visits: the traveller and the place reached
        (
            "Sherman led a delegation to Phnom Penh on Tuesday.",
            [("visit", "past", {"Wendy Sherman", "Cambodia"})],
        ),
        ("Blinken visited Kyiv yesterday.", [("visit", "past", {"Antony Blinken", "Ukraine"})]),
        (
            "Kerry will travel to France and Germany next week.",
            [("visit", "upcoming", {"John Kerry", "France", "Germany"})],
        ),
        (
            "Modi is expected to visit Washington this week.",
            [("visit", "upcoming", {"Narendra Modi", "United States"})],
        ),
        # proposed
        (
            "They declined to say whether it would lay the groundwork for a meeting between Biden and Xi.",
            [("meeting", "proposed", {"Joe Biden", "Xi Jinping"})],
        ),
        ("Macron invited Scholz to visit France.", [("visit", "proposed", {"Olaf Scholz", "France"})]),
        ("Xi proposed talks with Biden.", [("talks", "proposed", {"Xi Jinping", "Joe Biden"})]),
        # single actor: only a named event with a date or a place
        ("The ECOWAS Summit was held on July 3.", [("summit", "past", {"ECOWAS"})]),
        # a body meeting on its own: a dated session in a place
        (
            "ECOWAS will hold a ministerial session in Abuja on July 10.",
            [("meeting", "upcoming", {"ECOWAS"})],
        ),
        ("Leaders of NATO gathered in Kyiv on Monday.", [("meeting", "past", {"NATO", "Ukraine"})]),
    ],
)
def test_events(text: str, expected: list[tuple[str, str, set[str]]]) -> None:
    assert meeting_summary(build_meetings(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Travel restrictions on Ukraine remain.",  # no destination: not a visit
        "Blinken said the talks were useful.",  # talks with nobody named
        "Washington is a city of monuments.",
        "The U.S. commitment to Ukraine is firm.",
        "Biden wrote a letter to Xi.",
        "Visitors from France met nobody.",
        "France said the proposal met resistance from Germany.",
        "The demands of Israel were met by China.",
        "Qatar hosts the NATO base.",
        # negated events are not reported
        "Israel was not planning any talks with Qatar.",
        "Macron did not meet Scholz.",
        "China has no plans to visit Thailand.",
        "",
    ],
)
def test_no_event(text: str) -> None:
    assert build_meetings(text).meetings == []


def test_one_visit_over_two_sentences() -> None:
    doc = build_meetings(
        "The crisis is on the agenda when Wang makes an expected visit to Washington this week. "
        "Wang will be in Washington Thursday to Saturday and will meet with Antony Blinken."
    )
    visits = [m for m in doc.meetings if m.kind == "visit"]
    assert len(visits) == 1
    visit = visits[0]
    assert (visit.start, visit.end, visit.date_text, visit.status) == (
        "2023-10-26",
        "2023-10-28",
        "Thursday to Saturday",
        "upcoming",
    )
    assert visit.location == "Washington"
    assert {doc.entities[i].name for i in visit.participants} == {"Wang Yi", "United States"}
    meeting = [m for m in doc.meetings if m.kind == "meeting"]
    assert [{doc.entities[i].name for i in m.participants} for m in meeting] == [
        {"Wang Yi", "Antony Blinken"}
    ]


def test_distinct_calls_stay_distinct() -> None:
    doc = build_meetings(
        "Wang told Eli Cohen in a phone call Monday that war is bad. In a separate call, Wang told Blinken the same."
    )
    assert [{doc.entities[i].name for i in m.participants} for m in doc.meetings] == [
        {"Wang Yi", "Eli Cohen"},
        {"Wang Yi", "Antony Blinken"},
    ]
    assert doc.meetings[0].start == "2023-10-23"
    assert doc.meetings[1].start is None


def test_pronoun_subject_and_location() -> None:
    doc = build_meetings(
        "Blinken arrived on Monday. In Kyiv, he met with Lavrov.", pronoun_for={"he": "Antony Blinken"}
    )
    meeting = [m for m in doc.meetings if m.kind == "meeting"]
    assert len(meeting) == 1
    assert {doc.entities[i].name for i in meeting[0].participants} == {"Antony Blinken", "Sergei Lavrov"}
    assert meeting[0].location == "Kyiv"


@pytest.mark.parametrize(
    ("text", "status", "start"),
    [
        ("Biden and Xi could meet at a summit in San Francisco next month.", "proposed", "2023-11"),
        ("Blinken will meet Lavrov on November 2.", "upcoming", "2023-11-02"),
        ("Blinken met Lavrov on October 2.", "past", "2023-10-02"),
        ("Blinken and Lavrov are to meet on Friday.", "upcoming", "2023-10-27"),
        ("Blinken and Lavrov are set to meet.", "upcoming", None),
        ("Blinken has postponed a visit to Kyiv.", "proposed", None),
        ("Lavrov said he was ready to meet Blinken.", "proposed", None),
        ("Macron declined to meet Scholz.", "proposed", None),
        ("Macron and Scholz agreed to hold talks next month.", "upcoming", "2023-11"),
        # the trigger's own auxiliary decides, not a participle further left
        ("The delegation, led by Kerry, will meet Lavrov.", "upcoming", None),
        # a condition after the trigger: only proposed
        ("Blinken said he would also visit Kyiv if invited.", "proposed", None),
        # a date still to come is not past, even after "said ... was"
        (
            "Blinken said a deal was unlikely before Biden and Xi hold talks on November 15, 2023.",
            "upcoming",
            "2023-11-15",
        ),
        # dates of something else: "since" spans and datelines do not date the event
        ("Macron will visit Germany for the first time since he took office in May.", "upcoming", None),
        ("WASHINGTON, Oct. 24 (Reuters) - Blinken will meet Lavrov.", "upcoming", None),
        # the day something was said does not date the event
        ("Blinken said on Monday that Xi and Biden will hold talks.", "upcoming", None),
        # a bare verb after "and" shares the earlier verb's future
        (
            "Kerry will call on the Crown Prince of the Kingdom of Fiji, Bainimarama, and hold talks with Lavrov.",
            "upcoming",
            None,
        ),
    ],
)
def test_status_and_date(text: str, status: str, start: str | None) -> None:
    doc = build_meetings(text)
    assert doc.meetings, text
    assert (doc.meetings[0].status, doc.meetings[0].start) == (status, start)


def test_evidence_is_the_sentence() -> None:
    text = "Nothing happened. Blinken met with Lavrov. Then rain."
    doc = build_meetings(text)
    m = doc.meetings[0]
    assert text[m.evidence_start : m.evidence_end].strip() == "Blinken met with Lavrov."


def test_no_mentions_means_no_meetings() -> None:
    doc = Document(original="They met.", text="They met.", published=PUBLISHED)
    doc.sentences = [Sentence(0, 0, 9)]
    meetings.find(doc)
    assert doc.meetings == []


def names(doc: Document, m) -> set[str]:  # noqa: ANN001 - a MeetingCandidate
    return {doc.entities[i].name for i in m.participants}


def test_dated_stop_on_a_trip_is_a_visit() -> None:
    doc = build_meetings(
        "In Fiji on February 12, Blinken will meet with Bainimarama.", published=date(2022, 2, 4)
    )
    visit = [m for m in doc.meetings if m.kind == "visit"]
    assert [(names(doc, m), m.location, m.start, m.status) for m in visit] == [
        ({"Antony Blinken", "Fiji"}, "Fiji", "2022-02-12", "upcoming")
    ]
    meeting = [m for m in doc.meetings if m.kind == "meeting"]
    assert [(names(doc, m), m.start) for m in meeting] == [
        ({"Antony Blinken", "Frank Bainimarama"}, "2022-02-12")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In Kyiv, Blinken met with Zelensky.",  # no date: a place, not a trip stop
        "In Fiji on February 12 the weather was fine.",  # nobody named
    ],
)
def test_no_trip_stop(text: str) -> None:
    doc = build_meetings(text, published=date(2022, 2, 4))
    assert not [m for m in doc.meetings if m.kind == "visit"]


def test_meeting_during_a_visit_takes_its_date_and_place() -> None:
    doc = build_meetings("Blinken visited Kyiv yesterday. While there, Blinken met with Zelensky.")
    meeting = [m for m in doc.meetings if m.kind == "meeting"][0]
    assert (meeting.start, meeting.location) == ("2023-10-23", "Kyiv")


def test_separate_events_do_not_share_dates() -> None:
    doc = build_meetings("Blinken met with Lavrov on Monday. Blinken met with Scholz.")
    assert [(names(doc, m), m.start) for m in doc.meetings] == [
        ({"Antony Blinken", "Sergei Lavrov"}, "2023-10-23"),
        ({"Antony Blinken", "Olaf Scholz"}, None),
    ]


def test_place_is_not_a_participant_and_sides_count() -> None:
    doc = build_meetings("Kerry held talks with senior Taliban representatives in Doha, Qatar.")
    assert [(m.kind, names(doc, m), m.location) for m in doc.meetings] == [
        ("talks", {"John Kerry", "Taliban"}, "Doha, Qatar")
    ]


def test_subject_countries_meet_and_named_event_gives_kind() -> None:
    doc = build_meetings("Delegations of Germany and Thailand met on May 9 for the Strategic Dialogue.")
    assert [(m.kind, names(doc, m), m.start, m.title) for m in doc.meetings] == [
        ("talks", {"Germany", "Thailand"}, "2023-05-09", "Strategic Dialogue")
    ]


def test_modifier_year_is_not_the_date() -> None:
    doc = build_meetings("In a meeting with Hun Sen, Sherman recalled the 1991 Paris accords.")
    assert [(names(doc, m), m.start) for m in doc.meetings] == [({"Hun Sen", "Wendy Sherman"}, None)]


def test_trigger_inside_quotes_is_not_an_event() -> None:
    assert build_meetings('Blinken asked: "Have you traveled to France or met with Macron?"').meetings == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trailing reporter is not a participant
        ("Kerry met with Lavrov in Geneva, Blinken said.", {"John Kerry", "Sergei Lavrov"}),
        # a lowercase clause after a comma ends the object list
        ("Blinken met with Lavrov, a close ally of Scholz.", {"Antony Blinken", "Sergei Lavrov"}),
        # lists of names go on over commas
        (
            "Kerry met with Lavrov, Scholz, and Macron.",
            {"John Kerry", "Sergei Lavrov", "Olaf Scholz", "Emmanuel Macron"},
        ),
        ("Kerry met with Lavrov, as well as Scholz.", {"John Kerry", "Sergei Lavrov", "Olaf Scholz"}),
    ],
)
def test_object_lists(text: str, expected: set[str]) -> None:
    doc = build_meetings(text)
    assert [names(doc, m) for m in doc.meetings] == [expected]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Kyiv, Blinken met with Zelensky.", "Kyiv"),
        ("Blinken met with Lavrov in Geneva on Monday.", "Geneva"),
        ("Blinken met with Lavrov in Honolulu, Hawaii on Monday.", "Honolulu, Hawaii"),
        ("While in Kyiv, Blinken met with Zelensky.", "Kyiv"),
    ],
)
def test_location(text: str, place: str) -> None:
    assert [m.location for m in build_meetings(text).meetings] == [place]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi proposed an Israel-China peace conference.", {"Xi Jinping", "Israel", "China"}),
        ("The France-Germany Strategic Dialogue opened in Paris on Monday.", {"France", "Germany"}),
    ],
)
def test_sides_named_in_front_of_the_event(text: str, expected: set[str]) -> None:
    doc = build_meetings(text)
    assert [names(doc, m) for m in doc.meetings] == [expected]


def test_a_relative_clause_keeps_its_own_date() -> None:
    doc = build_meetings("Blinken, who arrived in Kyiv late Tuesday, met with Zelensky on Wednesday.")
    meeting = [m for m in doc.meetings if m.kind == "meeting"]
    assert [(m.start, names(doc, m)) for m in meeting] == [
        ("2023-10-18", {"Antony Blinken", "Volodymyr Zelensky"})
    ]


def test_as_ends_the_object_list() -> None:
    doc = build_meetings("Blinken met Lavrov in Geneva as Scholz watched.")
    assert [names(doc, m) for m in doc.meetings] == [{"Antony Blinken", "Sergei Lavrov"}]


def test_reference_article_end_to_end() -> None:
    """The whole pipeline on the reference article (published Tuesday 2023-10-24): the events the issue lists."""
    from pathlib import Path

    from briefing_tui.extract.pipeline import build_document

    sample = Path(__file__).resolve().parents[3] / "sample_data" / "wang-yi-calls.txt"
    doc = build_document(sample.read_text(encoding="utf-8"), PUBLISHED)
    events = {(m.kind, frozenset(names(doc, m))): m for m in doc.meetings}
    visit = next(m for (kind, who), m in events.items() if kind == "visit" and "Wang Yi" in who)
    assert (visit.start, visit.end, visit.status, visit.location) == (
        "2023-10-26",
        "2023-10-28",
        "upcoming",
        "Washington",
    )
    meeting = next(
        m for (kind, who), m in events.items() if kind == "meeting" and {"Wang Yi", "Antony Blinken"} <= who
    )
    assert (meeting.start, meeting.end, meeting.status) == ("2023-10-26", "2023-10-28", "upcoming")
    summit = next(
        m for (kind, who), m in events.items() if kind == "meeting" and "Xi Jinping" in who and len(who) == 2
    )
    assert (summit.start, summit.status, summit.location) == ("2023-11", "proposed", "San Francisco")
    call = next(m for (kind, who), m in events.items() if kind == "call" and "Eli Cohen" in who)
    assert (call.start, call.status) == ("2023-10-23", "past")
    assert sum(1 for m in doc.meetings if m.kind == "visit") == 1  # one visit, told twice


def test_the_dateline_place_takes_no_part() -> None:
    """ "ABUJA, Nigeria — ...": where the story was filed is not a participant of the events in it."""
    from briefing_tui.extract.pipeline import build_document

    named = build_document(
        "ABUJA, Nigeria — Foreign Minister Wang Yi will travel to Niamey next week.", PUBLISHED
    )
    assert [sorted(names(named, m)) for m in named.meetings] == [["Niger", "Wang Yi"]]
    unnamed = build_document(
        "ABUJA, Nigeria — Mediators will travel to Niamey next week for talks.", PUBLISHED
    )
    assert not any("Nigeria" in names(unnamed, m) for m in unnamed.meetings)


def test_a_call_that_plans_a_meeting_gives_two_events() -> None:
    doc = build_meetings(
        "Blinken spoke by phone with Lavrov on Monday and agreed to hold a summit in Geneva next month."
    )
    events = sorted((m.kind, m.status, m.start, m.location) for m in doc.meetings)
    assert events == [("call", "past", "2023-10-23", None), ("summit", "upcoming", "2023-11", "Geneva")]
