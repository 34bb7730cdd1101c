"""Meetings: a stay's last day from a day pair or a told length; a month or weekday is no place."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import build_meetings

# published Wednesday 2023-10-25 (see test_meetings.PUBLISHED)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # two days joined by "and"/"through" are the first and last day of one stay
        ("Wang will visit Kyiv on Friday and Saturday.", "2023-10-27", "2023-10-28"),
        ("Blinken will meet Lavrov Thursday through Saturday.", "2023-10-26", "2023-10-28"),
        # a told length counts from the first day
        ("Wang will begin a three-day visit to Kyiv on Friday.", "2023-10-27", "2023-10-29"),
        ("Blinken opened on Thursday the 2-day summit with Lavrov in Rome.", "2023-10-19", "2023-10-20"),
        # a single day stays one day; a day of another clause far away is no end
        ("Wang will visit Kyiv on Friday.", "2023-10-27", "2023-10-27"),
        ("Wang will visit Kyiv on Friday and meet aides, who leave on Sunday.", "2023-10-27", "2023-10-27"),
        # a month has no day to count from
        ("Wang will make a three-day visit to Kyiv in December.", "2023-12", "2023-12"),
    ],
)
def test_span_of_a_stay(text: str, start: str, end: str) -> None:
    doc = build_meetings(text)
    assert doc.meetings, text
    m = doc.meetings[0]
    assert (m.start, m.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # "in January" after a visit is its date, not its place (the place is the capital it goes "to")
        ("Blinken prepared the visit in January of Wang to Kyiv.", "Kyiv"),
        ("Wang will make a visit in Kyiv in January.", "Kyiv"),
    ],
)
def test_calendar_word_is_no_place(text: str, location: str | None) -> None:
    doc = build_meetings(text)
    assert doc.meetings, text
    assert doc.meetings[0].location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a past meeting in the lead sentence, with no place of its own, was held where the story was filed
        ("ROME - Blinken and Lavrov met on Monday to discuss trade.", "Rome"),
        ("NEW YORK (AP) - Blinken held talks with Lavrov on Monday.", "New York"),
        # its own place wins; an upcoming meeting or one told later in the story takes no dateline
        ("ROME - Blinken and Lavrov met in Kyiv on Monday.", "Kyiv"),
        ("ROME - Blinken will meet Lavrov on Friday.", None),
        ("ROME - The two ministers spoke. Blinken and Lavrov met on Monday.", None),
    ],
)
def test_lead_meeting_takes_the_dateline_place(text: str, location: str | None) -> None:
    doc = build_meetings(text)
    assert doc.meetings, text
    assert doc.meetings[0].location == location


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # a meeting named as part of a visit is held where the visit goes
        ("Wang arrived in Kyiv on Monday. Wang will also meet Blinken during his visit.", "Kyiv"),
        # a meeting dated within a visit's days, by the visitor, with no place of its own
        (
            "Wang will visit Kyiv on Friday and Saturday. Aides said so. Wang and Blinken will meet on Friday.",
            "Kyiv",
        ),
        # another day, or another person's visit: no place taken
        (
            "Wang will visit Kyiv on Friday and Saturday. Aides said so. Wang and Blinken will meet on Tuesday.",
            None,
        ),
        ("Lavrov arrived in Kyiv on Monday. Wang will also meet Blinken during his visit.", None),
    ],
)
def test_meeting_within_a_visit_takes_its_place(text: str, location: str | None) -> None:
    doc = build_meetings(text)
    last = [m for m in doc.meetings if m.kind != "visit"]
    assert last, text
    assert last[-1].location == location


@pytest.mark.parametrize(
    ("text", "parties", "location", "start"),
    [
        # what follows "since" is another clause's: its person, place and date are not the meeting's
        (
            "It was the first meeting between Blinken and Lavrov since Wang took office in Kyiv last month.",
            {"Antony Blinken", "Sergei Lavrov"},
            None,
            None,
        ),
        # without "since", the place and date are the meeting's own
        (
            "It was the first meeting between Blinken and Lavrov in Kyiv last month.",
            {"Antony Blinken", "Sergei Lavrov"},
            "Kyiv",
            "2023-09",
        ),
    ],
)
def test_since_clause_is_another_clause(
    text: str, parties: set[str], location: str | None, start: str | None
) -> None:
    doc = build_meetings(text)
    assert doc.meetings, text
    m = doc.meetings[0]
    names = {doc.entities[i].name for i in m.participants}
    assert (names, m.location, m.start) == (parties, location, start)
