"""Meetings, round 12: a singular "telephone talk"; an opening "During his visit to X," phrase tells
one event and the main clause, whose subject follows the phrase, another held during it."""

from __future__ import annotations

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of
from tests.unit.extract.test_meetings_round11 import PUBLISHED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "held a telephone talk with": a call, as "telephone talks"
        (
            "On Monday, Foreign Minister Taro Kono held a telephone talk with Ahmad Zahid, the Malaysian minister.",
            [("call", frozenset({"Taro Kono", "Ahmad Zahid"}), None, "2022-09-19")],
        ),
        (
            "Foreign Minister Taro Kono held a phone talk with his counterpart Ahmad Zahid.",
            [("call", frozenset({"Taro Kono", "Ahmad Zahid"}), None, None)],
        ),
        # a talk given is no call
        ("Foreign Minister Taro Kono gave a talk to students on Monday.", []),
    ],
)
def test_telephone_talk(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the trip in the opening phrase, and the main clause's meeting held there, by the subject after it
        (
            "During his visit to France from October 17 to 20, Prime Minister Lee will call on President "
            "Emmanuel Macron.",
            [
                ("visit", frozenset({"Lee", "France"}), "France", "2022-10-17"),
                ("meeting", frozenset({"Lee", "Emmanuel Macron"}), "France", "2022-10-17"),
            ],
        ),
        # no trip in the opening phrase: one meeting, as before
        (
            "During the talks, Prime Minister Lee met President Emmanuel Macron in Paris.",
            [("meeting", frozenset({"Lee", "Emmanuel Macron"}), "Paris", None)],
        ),
    ],
)
def test_during_visit_opening(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "visiting" before a title: the guest of the clause's event, no trip of its own
        (
            "Foreign Minister Wang Lei started talks with visiting US Secretary of State John Kerr in Beijing.",
            [("talks", frozenset({"Wang Lei", "John Kerr"}), "Beijing", None)],
        ),
        ("Foreign Minister Ali Rezaei greeted his visiting Omani counterpart at the airport.", []),
        # "visiting" a place is a trip
        (
            "Foreign Minister Wang Lei is visiting Jakarta to meet ministers.",
            [("visit", frozenset({"Wang Lei", "Indonesia"}), "Jakarta", None)],
        ),
    ],
)
def test_visiting_before_a_title(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case title of a country, its holder named in the apposition (over an acronym)
        (
            "Minister Retno Sari had welcomed special envoy of the United Arab Emirates (UAE), Minister of State "
            "Khalid Nasser, to discuss the crisis.",
            [("meeting", frozenset({"Retno Sari", "Khalid Nasser", "United Arab Emirates"}), None, None)],
        ),
        (
            "Minister Retno Sari welcomed the special envoy of Oman, Khalid Nasser.",
            [("meeting", frozenset({"Retno Sari", "Khalid Nasser"}), None, None)],
        ),
        # a thing welcomed, or a speaker after the comma: no guest
        ("Minister Retno Sari welcomed the decision of Oman, Minister Khalid Nasser said.", []),
    ],
)
def test_welcomed_a_lower_case_title(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named body's gathering: of the kind its lower-case noun says
        (
            "Foreign Minister Ali Rezaei attended the Gulf Security Forum meeting on Monday.",
            [("meeting", frozenset({"Ali Rezaei"}), None, "2022-09-19")],
        ),
        (
            "Foreign Minister Ali Rezaei attended the Gulf Security Forum summit on Monday.",
            [("summit", frozenset({"Ali Rezaei"}), None, "2022-09-19")],
        ),
        # the forum alone: a conference, as before
        (
            "Foreign Minister Ali Rezaei attended the Gulf Security Forum on Monday.",
            [("conference", frozenset({"Ali Rezaei"}), None, "2022-09-19")],
        ),
    ],
)
def test_named_body_and_its_gathering_noun(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's meeting to come, dated but placeless
        (
            "There will be a meeting of the Forum Officials Committee on 22 February 2023.",
            [("meeting", frozenset({"Forum Officials Committee"}), None, "2023-02-22")],
        ),
        # undated, or past and placeless: not kept
        ("There will be a meeting of the Forum Officials Committee soon.", []),
        ("There was a meeting of the Forum Officials Committee on 22 February 2022.", []),
    ],
)
def test_dated_meeting_of_a_body_to_come(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a tour of X": the region toured
        (
            "Foreign Minister Marcelo Ruiz on Monday began a tour of the Middle East and India.",
            [("visit", frozenset({"Marcelo Ruiz", "India"}), "Middle East and India", "2022-09-19")],
        ),
        # a tour of a building is no trip abroad
        ("Foreign Minister Marcelo Ruiz on Monday began a tour of the factory.", []),
    ],
)
def test_tour_of_a_region(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "During X's visit, Y will hold talks": Y holds them with the traveller
        (
            "During Antony Blake's visit, Yusuf Tanko will hold bilateral talks with a focus on trade.",
            [("talks", frozenset({"Antony Blake", "Yusuf Tanko"}), None, None)],
        ),
        # his own visit: nobody else to hold them with
        ("During his visit, Yusuf Tanko will hold bilateral talks with a focus on trade.", []),
    ],
)
def test_during_someones_visit(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the Chinese capital, Beijing": the city after the comma, as without it
        (
            "Foreign Minister Ali Rezaei will soon travel to the Chinese capital, Beijing, for talks.",
            [("visit", frozenset({"Ali Rezaei", "China"}), "Beijing", None)],
        ),
        (
            "Foreign Minister Ali Rezaei will soon travel to the Chinese capital Beijing for talks.",
            [("visit", frozenset({"Ali Rezaei", "China"}), "Beijing", None)],
        ),
    ],
)
def test_capital_named_after_a_comma(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "at the official invitation of X": who asked, for a trip that took place
        (
            "Foreign Minister Badr Salim, who has traveled to Iran at the official invitation of Tehran, met with "
            "Ali Rezaei on Sunday.",
            ["past", "past"],
        ),
        # an invitation itself: only proposed
        ("Foreign Minister Badr Salim invited Ali Rezaei to visit Muscat.", ["proposed"]),
    ],
)
def test_at_the_official_invitation(text: str, expected: list[str]) -> None:
    assert [m.status for m in build_document(text, PUBLISHED).meetings] == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it will be her first visit to Europe": a record said of the trip told before, not a trip of its own
        (
            "President Meera Rao will travel to Serbia on Wednesday. It will be her first ever visit to Europe "
            "as president.",
            [("visit", frozenset({"Meera Rao", "Serbia"}), "Serbia", "2022-09-21")],
        ),
        # a trip told in its own right
        (
            "President Meera Rao will make her first visit to Europe on Wednesday.",
            [("visit", frozenset({"Meera Rao"}), "Europe", "2022-09-21")],
        ),
    ],
)
def test_first_visit_record_claim(
    text: str, expected: list[tuple[str, frozenset[str], str | None, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "participants", "location", "start") == expected, text
