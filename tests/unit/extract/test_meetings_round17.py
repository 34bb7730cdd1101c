"""Meetings, round 17: a later sentence telling the traveller's return on a day ends the trip told before."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2022, 7, 12)  # a Tuesday


def visits(text: str) -> list[tuple[str | None, str | None]]:
    """(start, end) of each visit the whole pipeline finds."""
    doc = build_document(text, PUBLISHED)
    return [(m.start, m.end) for m in doc.meetings if m.kind == "visit"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the return told in a sentence of its own ends the upcoming trip
        (
            "President Jon Keta will travel to Ghana on Wednesday, 13 July for a summit in Accra. "
            "It will be his first trip to the region. The President will return to Kenya on Friday, 15 July.",
            [("2022-07-13", "2022-07-15")],
        ),
        (
            "Minister Anna Berg will visit Chile on 13 July. She will return home on 16 July.",
            [("2022-07-13", "2022-07-16")],
        ),
        # a return months later is another journey
        (
            "Minister Anna Berg will visit Chile on 13 July. She will return home on 20 November.",
            [("2022-07-13", "2022-07-13")],
        ),
        # a past trip is not ended by a return to come
        (
            "Minister Anna Berg visited Chile on 11 July. She will return to Chile on 16 July.",
            [("2022-07-11", "2022-07-11")],
        ),
        # the return deep in a long clause is someone else's
        (
            "Minister Anna Berg will visit Chile on 13 July. Officials of the ministry of trade in Santiago said "
            "the ambassador will return home on 16 July.",
            [("2022-07-13", "2022-07-13")],
        ),
    ],
)
def test_return_told_later_ends_the_trip(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    got = visits(text)
    assert [v for v in got if v[0] == expected[0][0]][:1] == expected


_BODY_LEAD = "President Jon Keta will attend the summit of the Southern African Development Community in Accra on 20 July. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leaders alone: a summit of the body just told
        (
            _BODY_LEAD + "The regional leaders last met in August 2021 in Lilongwe, Malawi.",
            ("summit", frozenset({"Southern African Development Community"}), "2021-08"),
        ),
        # its ministers: a meeting of that body
        (
            _BODY_LEAD + "Its foreign ministers met in March 2022 in Lusaka, Zambia.",
            ("meeting", frozenset({"Southern African Development Community"}), "2022-03"),
        ),
    ],
)
def test_members_meeting_is_the_bodys(text: str, expected: tuple[str, frozenset[str], str | None]) -> None:
    assert expected in meetings_of(text, PUBLISHED, "kind", "participants", "start")


@pytest.mark.parametrize(
    "text",
    [
        # no body told before: nobody to name
        "President Jon Keta met Omar Sala in Accra on 12 July. The leaders last met in August 2021 in Lilongwe, Malawi.",
        # a subject that is not the members by rank
        _BODY_LEAD + "The two teams last met in August 2021 in Lilongwe, Malawi.",
    ],
)
def test_no_body_no_members_meeting(text: str) -> None:
    assert not [e for e in meetings_of(text, PUBLISHED, "kind", "participants", "start") if e[2] == "2021-08"]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        # a country after "on" in the object phrase is the topic
        (
            "President Jon Keta held talks on Niger with minister Omar Sala in Accra on Monday.",
            frozenset({"Jon Keta", "Omar Sala"}),
        ),
        (
            "President Jon Keta met minister Omar Sala in Accra on Monday for talks on Niger.",
            frozenset({"Jon Keta", "Omar Sala"}),
        ),
        # a country met is still a party
        (
            "President Jon Keta held talks with Niger in Accra on Monday.",
            frozenset({"Jon Keta", "Niger"}),
        ),
    ],
)
def test_country_after_on_is_a_topic(text: str, parties: frozenset[str]) -> None:
    assert [e[1] for e in meetings_of(text, PUBLISHED, "kind", "participants", "start")] == [parties]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the dated dateline gives the lead's undated past meeting its day
        (
            "Accra, July 11: Ghana has offered more trade to Kenya.\n\n"
            "Minister Omar Sala paid a courtesy call on President Jon Keta at the palace in Accra.",
            "2022-07-11",
        ),
        # a date of its own wins
        (
            "Accra, July 11: Ghana has offered more trade to Kenya.\n\nMinister Omar Sala met President Jon Keta in Accra on Sunday.",
            "2022-07-10",
        ),
        # no dateline: no day
        (
            "Ghana has offered more trade to Kenya.\n\n"
            "Minister Omar Sala paid a courtesy call on President Jon Keta at the palace in Accra.",
            None,
        ),
        # an event to come is not held on the day the story was filed
        (
            "Accra, July 11: Ghana has offered more trade to Kenya.\n\nMinister Omar Sala will meet President Jon Keta at the palace in Accra.",
            None,
        ),
    ],
)
def test_dated_dateline_dates_the_lead(text: str, start: str | None) -> None:
    assert [e[2] for e in meetings_of(text, PUBLISHED, "kind", "participants", "start")] == [start]
