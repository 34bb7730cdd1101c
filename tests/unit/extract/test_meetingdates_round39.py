"""Meeting dates, status and places, round 39: general rules found on unseen articles (what a report
"follows" or "comes after" came before it; a sitting held at a dated summit, told with no day, has the
summit's; "the Luanda peace talks" are held in Luanda; a capital hosting talks is their place; a venue
set off by commas inside a receiving names the city; a place's apposition set off by commas, "in Goma, the
capital of North Kivu, on Monday", opens no clause; a date before "welcomed" dates the welcome when the
welcome is the meeting, not a reaction)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of, timexes_of

PUBLISHED = date(2023, 4, 21)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event a report follows, or comes after, is before it, whatever the report's tense
        ("The ruling follows a vote in the senate in September.", [("September", "2022-09")]),
        ("It follows talks between the two leaders in May.", [("May", "2022-05")]),
        ("The ruling comes after a vote in September.", [("September", "2022-09")]),
        # near misses: what follows at a time of its own, what comes before, a plain future
        ("A second round follows in September.", [("September", "2023-09")]),
        ("The ruling comes before a vote in September.", [("September", "2023-09")]),
        ("Talks will follow in July.", [("July", "2023-07")]),
    ],
)
def test_what_is_followed_came_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sitting at a dated summit or conference, with no day of its own: the gathering's days
        (
            "The port deal follows President Ana Lopez's talks with Prime Minister John Hale on the fringes of "
            "an ASEAN summit in Jakarta in July.",
            [("talks", "past", "2022-07"), ("summit", "past", "2022-07")],
        ),
        (
            "President Ana Lopez met Prime Minister John Hale on the sidelines of the G20 summit in Rome in "
            "October.",
            [("meeting", "past", "2022-10"), ("summit", "past", "2022-10")],
        ),
        (
            "President Ana Lopez will meet Prime Minister John Hale at the G20 summit in Rome on October 30.",
            [("meeting", "upcoming", "2023-10-30"), ("summit", "upcoming", "2023-10-30")],
        ),
        # near misses: a sitting with its own day; a summit only agreed on, not where the two met
        (
            "President Ana Lopez met Prime Minister John Hale on Friday and they agreed to attend the G20 "
            "summit in Rome in October.",
            [("meeting", "past", "2023-04-21"), ("summit", "upcoming", "2023-10")],
        ),
        (
            "President Ana Lopez met Prime Minister John Hale in Lima to prepare the G20 summit in October.",
            [("meeting", "past", None), ("summit", "upcoming", "2023-10")],
        ),
    ],
)
def test_sitting_at_a_dated_gathering_has_its_days(text: str, expected: list[tuple]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital naming the talks, with their topic's word between: where they are held
        ("The Nairobi peace talks between Ethiopia and Eritrea resumed on Monday.", [("talks", "Nairobi")]),
        (
            "The Vienna nuclear talks between Iran and the United States resumed on Monday.",
            [("talks", "Vienna")],
        ),
        # a capital or country hosting talks told with no determiner
        ("Nairobi is currently hosting talks between Ethiopia and Eritrea.", [("talks", "Nairobi")]),
        ("Cairo hosted mediation talks between Israel and Hamas on Monday.", [("talks", "Cairo")]),
        # a venue set off by commas inside the receiving: the city it names
        (
            "Interior Minister Omar Saleh received, at the Ministry's headquarters in Muscat, his Peruvian "
            "counterpart Ana Lopez.",
            [("meeting", "Muscat")],
        ),
        # near misses: a topic place, not a capital; talks hosted by a person
        ("The Gaza peace talks between Israel and Hamas resumed on Monday.", [("talks", None)]),
        ("President Ana Lopez hosted talks between Israel and Hamas on Monday.", [("talks", None)]),
    ],
)
def test_place_of_talks_named_hosted_or_set_off(text: str, expected: list[tuple]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's apposition set off by commas before the date: the verb before it still decides
        (
            "The president will hold talks with the governor of the eastern region in Goma, the capital of "
            "North Kivu province, on Monday.",
            [("Monday", "2023-04-24")],
        ),
        (
            "The envoy is expected to chair the yearly consultations with the two delegations in Mombasa, the "
            "port city of the coast, on Tuesday.",
            [("Tuesday", "2023-04-25")],
        ),
        # near misses: a past verb before the apposition; a clause of its own after a comma
        (
            "The president held talks with the governor of the eastern region in Goma, the capital of North "
            "Kivu province, on Monday.",
            [("Monday", "2023-04-17")],
        ),
        (
            "The envoy will visit Goma, the capital of North Kivu, but he left on Monday.",
            [("Monday", "2023-04-17")],
        ),
    ],
)
def test_place_apposition_opens_no_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a host welcoming a named guest: the day before the verb is the meeting's
        (
            "President Lena Park on Thursday welcomed Prime Minister Omar Diallo of Senegal at the palace.",
            [("meeting", "past", "2023-04-20")],
        ),
        (
            "King Hamad Tuesday welcomed Japanese Prime Minister Taro Sato at the Sakhir Palace.",
            [("meeting", "past", "2023-04-18")],
        ),
        # near misses: welcoming a decision or reports is a reaction, its day not the event's
        (
            "President Lena Park on Thursday welcomed the decision to hold talks with Senegal in May.",
            [("talks", "upcoming", "2023-05")],
        ),
        (
            "President Lena Park on Thursday welcomed reports that Omar Diallo will visit Seoul.",
            [("visit", "upcoming", None)],
        ),
        (
            "Foreign Minister Jun Ito on Wednesday greeted his Indian counterpart Ravi Rao at the airport.",
            [("meeting", "past", "2023-04-19")],
        ),
    ],
)
def test_day_before_a_welcome_is_its_own(text: str, expected: list[tuple]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "start") == expected, text
