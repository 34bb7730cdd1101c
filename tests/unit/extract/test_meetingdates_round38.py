"""Meeting dates and status, round 38: general rules found on unseen articles (a relative clause closed
before a date is an aside, not the date's clause; "since" looks back; what is looked ahead or forward
to is ahead; "plans a visit" and "agreed to send X" look ahead; "said his visit in May would ..." takes
the reported clause's verb; a deadline set for an aim is not the sitting's day; a caption stamped with
its date after its full stop tells what was done; a standfirst printed again is one meeting; an
accented dateline places the lead; an event named as what is discussed takes no date of the discussion;
a sentence's first cue tells the tense of an event its names put beyond the words read near it; a wire's
dateline with a full stop before its agency places the lead; a long "since" clause keeps its date; a
date with a purpose after it takes the tense of a verb before "after an X in A, B,"; a hyphened compound
tells no tense)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of, timexes_of

PUBLISHED = date(2023, 4, 21)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause closed by its comma before the date: the main verb after the date decides
        (
            "Kumar, who is here on a three-day visit, on Thursday met the country's leaders.",
            [("Thursday", "2023-04-20")],
        ),
        (
            "Kumar, who is in town for the fair, on Tuesday held talks with the mayor.",
            [("Tuesday", "2023-04-18")],
        ),
        (
            "The envoy, who was received with honours, will on Monday meet the cabinet.",
            [("Monday", "2023-04-24")],
        ),
        # near misses: a date inside the relative clause is read with its verb, as before
        ("The fair, which runs until November 30, drew large crowds.", [("November 30", "2023-11-30")]),
        ("Kumar, who arrived on Thursday, met the country's leaders.", [("Thursday", "2023-04-20")]),
        ("Kumar, who will leave on Monday, met the mayor.", [("Monday", "2023-04-24")]),
    ],
)
def test_closed_relative_clause_is_an_aside(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since" looks back, whatever the verb of the clause
        ("The trip would be her first since taking office in March.", [("March", "2023-03")]),
        ("It will be his first visit abroad since becoming minister in December.", [("December", "2022-12")]),
        ("The summit would be their first since December.", [("December", "2022-12")]),
        # near misses: "since" giving a reason, with its own verb ahead; a month with no "since"
        ("Since he will be in Rome in May, the talks will wait.", [("May", "2023-05")]),
        ("The trip would be her first in May.", [("May", "2023-05")]),
    ],
)
def test_since_looks_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is looked ahead or forward to is ahead, whatever the tense of "look"
        (
            "The ministers looked ahead to the army chiefs' meeting in Oslo on Tuesday.",
            [("Tuesday", "2023-04-25")],
        ),
        ("She looked forward to the talks in Oslo on Monday.", [("Monday", "2023-04-24")]),
        # a plan told with its object, and a sending agreed, are still ahead
        ("The premier plans a visit to Peru on Monday.", [("Monday", "2023-04-24")]),
        ("The premier is planning talks with the rebels on Tuesday.", [("Tuesday", "2023-04-25")]),
        ("She agreed to send her trade envoy to Quito on Monday.", [("Monday", "2023-04-24")]),
        # near misses: no "to" after "ahead"; looking back; a sending that failed; "plans" as a noun
        ("The ministers looked ahead on Tuesday.", [("Tuesday", "2023-04-18")]),
        ("He looked back to the talks in March.", [("March", "2023-03")]),
        ("He failed to send his envoy to Lima on Monday.", [("Monday", "2023-04-17")]),
        ("Under the plans the ministers signed on Monday, trade will grow.", [("Monday", "2023-04-17")]),
    ],
)
def test_looked_to_and_planned_are_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "said" then the reported clause's subject, no "that": the reported clause's verb decides
        (
            "The president on Monday said his state visit to Chile in early May would focus on trade.",
            [("Monday", "2023-04-17"), ("early May", "2023-05")],
        ),
        ("The aide said the talks in May will be crucial.", [("May", "2023-05")]),
        # near misses: the reported verb is past; the date is the saying's
        ("The aide said the talks in March were useful.", [("March", "2023-03")]),
        ("The aide said in March the talks would resume.", [("March", "2023-03")]),
    ],
)
def test_said_then_the_reported_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a deadline set for an aim told in an infinitive after the trigger is the aim's
        (
            "President Ana Rojas met Prime Minister Ravi Sharma to discuss a plan to cut emissions by 2030.",
            None,
        ),
        (
            "President Ana Rojas will meet Prime Minister Ravi Sharma to talk about ending hunger by 2030.",
            None,
        ),
        # near misses: the sitting's own day told besides; a deadline for the meeting itself
        (
            "President Ana Rojas met Prime Minister Ravi Sharma on Monday to discuss a plan to cut emissions "
            "by the end of 2030.",
            "2023-04-17",
        ),
        ("President Ana Rojas agreed to meet Prime Minister Ravi Sharma by June.", "2023-06"),
    ],
)
def test_deadline_of_an_aim(text: str, start: str | None) -> None:
    assert [m[0] for m in meetings_of(text, PUBLISHED, "start")] == [start], text


CAPTION_DAY = date(2023, 4, 23)  # a Sunday


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a caption in the present, its date stamped after its full stop: what was done
        (
            "Foreign Minister Ana Rojas meets with Secretary of State Ravi Sharma in Lima Sunday. "
            "Apr. 23, 2023 | Photo: Reuters",
            "past",
        ),
        (
            "Foreign Minister Ana Rojas meets with Secretary of State Ravi Sharma in Lima Sunday. April 23, 2023",
            "past",
        ),
        # near miss: no stamp, the present of a day's schedule
        (
            "Foreign Minister Ana Rojas meets with Secretary of State Ravi Sharma in Lima Sunday. "
            "Aides expect a short meeting.",
            "upcoming",
        ),
    ],
)
def test_caption_stamped_after_its_full_stop(text: str, status: str) -> None:
    assert meetings_of(text, CAPTION_DAY, "status")[:1] == [(status,)], text


_STANDFIRST = "The meeting took place on Sunday at the margins of the Mercosur summit due on Monday"


def test_standfirst_printed_again_is_one_meeting() -> None:
    # the standfirst under the headline, printed again with its full stop in the body: one summit
    text = (
        f"All news\n\nPeru and Chile talk trade\n\n{_STANDFIRST}\n"
        "Peru's Foreign Minister Ana Rojas REUTERS/Photographer\n\n"
        "LIMA, April 21. /TASS/. The foreign ministers of Peru and Chile talked about tariffs. "
        f"{_STANDFIRST}.\n\nThe talks were friendly, Rojas said."
    )
    assert meetings_of(text, PUBLISHED, "kind", "status", "start") == [("summit", "upcoming", "2023-04-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "due on" a day: expected then
        ("The summit due on Monday will open in Lima.", [("Monday", "2023-04-24")]),
        (
            "The report, drafted on Tuesday, is due on Monday.",
            [("Tuesday", "2023-04-18"), ("Monday", "2023-04-24")],
        ),
        # near miss: a plan told from the past keeps its past reading
        ("The vote was due on Monday but was put off.", [("Monday", "2023-04-17")]),
    ],
)
def test_due_on_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a dateline's place in capitals may bear accents: the lead's sitting was held there
        ("HÀ NỘI — President Ana Rojas on Tuesday held talks with Prime Minister Ravi Sharma.", "Hà Nội"),
        ("BOGOTÁ (Reuters) — President Ana Rojas on Tuesday met Prime Minister Ravi Sharma.", "Bogotá"),
        ("ASUNCIÓN, April 18 (AP) — President Ana Rojas met Prime Minister Ravi Sharma.", "Asunción"),
        # near misses: the place in ordinary case with a bare dash; a label before a colon
        ("Hà Nội — President Ana Rojas on Tuesday met Prime Minister Ravi Sharma.", None),
        ("ÉLYSÉE TALKS: President Ana Rojas on Tuesday met Prime Minister Ravi Sharma.", None),
    ],
)
def test_accented_dateline_places_the_lead(text: str, place: str | None) -> None:
    assert meetings_of(text, PUBLISHED, "location")[:1] == [(place,)], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event named as what is discussed takes no date told before the verb of discussing
        (
            "President Ana Rojas met Prime Minister Ravi Sharma on Tuesday to discuss salvaging a cancelled summit "
            "meeting between Rojas and President Luis Vega.",
            [("meeting", "2023-04-18"), ("summit", None)],
        ),
        (
            "President Ana Rojas met Prime Minister Ravi Sharma on Tuesday and talked about Sharma's planned "
            "visit to Chile.",
            [("meeting", "2023-04-18"), ("visit", None)],
        ),
        # near misses: the event framed as where the discussing was done keeps the day; a trip told by
        # its verb is a predicate of its own
        (
            "President Ana Rojas met Prime Minister Ravi Sharma in Lima on Tuesday to discuss trade and then "
            "visited Chile.",
            [("meeting", "2023-04-18"), ("visit", "2023-04-18")],
        ),
        (
            "On Tuesday, President Ana Rojas and Prime Minister Ravi Sharma discussed trade in a phone call.",
            [("call", "2023-04-18")],
        ),
        (
            "President Ana Rojas on Tuesday discussed the crisis with Prime Minister Ravi Sharma during talks in Lima.",
            [("talks", "2023-04-18")],
        ),
    ],
)
def test_discussed_event_takes_no_date_of_the_discussion(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # names and phrases put the sentence's verb beyond the words read near the trigger: its first cue
        (
            "President Ana Rojas is expected to reach the palace in central Lima at 9 a.m. on the coast "
            "(3 p.m. in Madrid and Rome) for a first formal meeting with Prime Minister Ravi Sharma.",
            "upcoming",
        ),
        (
            "The visit of President Ana Rojas is to include a lecture at the National University of San Marcos "
            "in Lima, a tour of the old town and a meeting with Prime Minister Ravi Sharma.",
            "upcoming",
        ),
        # near misses: an event the main one is told after; a verb near the trigger decides
        (
            "The two presidents are scheduled to attend a ceremony marking the opening of a new bridge over the "
            "river in the old town after the talks between Ana Rojas and Ravi Sharma.",
            "past",
        ),
        (
            "President Ana Rojas, who flew into Lima at 9 a.m. on the coast (3 p.m. in Madrid and Rome), "
            "held a long meeting with Prime Minister Ravi Sharma.",
            "past",
        ),
    ],
)
def test_sentence_verb_beyond_the_words_read(text: str, status: str) -> None:
    assert meetings_of(text, PUBLISHED, "status")[-1:] == [(status,)], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a wire's dateline with a full stop between its day and its agency places the lead's sitting
        (
            "Ministers meet\n\nLIMA, April 18. /TASS/. President Ana Rojas held talks with "
            "Prime Minister Ravi Sharma.",
            "Lima",
        ),
        (
            "Ministers meet\n\nLIMA, April 18 /TASS/. President Ana Rojas held talks with Prime Minister Ravi Sharma.",
            "Lima",
        ),
        # near miss: the sitting's own place told in its sentence
        (
            "Ministers meet\n\nLIMA, April 18. /TASS/. President Ana Rojas held talks with Prime Minister Ravi "
            "Sharma in Cusco.",
            "Cusco",
        ),
    ],
)
def test_wire_dateline_with_a_full_stop(text: str, place: str | None) -> None:
    assert meetings_of(text, PUBLISHED, "location") == [(place,)], text


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date inside a long "since" clause is that clause's, not the visit's
        (
            "President Ana Rojas is in Peru on a state visit, the first trip abroad since she narrowly won the "
            "runoff in the south and was sworn in on April 1.",
            None,
        ),
        # near miss: the visit's own day after the clause closes
        (
            "President Ana Rojas, in office since April 1, began an official visit to Peru on Tuesday.",
            "2023-04-18",
        ),
    ],
)
def test_long_since_clause(text: str, start: str | None) -> None:
    assert [m[0] for m in meetings_of(text, PUBLISHED, "start")][:1] == [start], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a purpose after the date: the verb it hangs on is read past a noun's phrase opened by "after" and a
        # place set off by commas
        (
            "The paper was published after a special meeting of the union's ministers in Dakar, Senegal, on "
            "Sunday to discuss the unrest in the north.",
            [("Sunday", "2023-04-16")],
        ),
        # near misses: the verb ahead; "after" opening a clause with its own verb
        (
            "The ministers will see the mediator in Dakar, Senegal, on Sunday to discuss the unrest in the north.",
            [("Sunday", "2023-04-23")],
        ),
        (
            "The meeting will start after the ministers of the union land in Dakar, Senegal, on Sunday to discuss "
            "the unrest in the north.",
            [("Sunday", "2023-04-23")],
        ),
    ],
)
def test_purpose_after_a_placed_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hyphened compound tells no tense: its "-ed" part is an adjective's
        (
            "President Ana Rojas will hold closed-door talks with Prime Minister Ravi Sharma on Monday.",
            [("Monday", "2023-04-24")],
        ),
        (
            "President Ana Rojas will hold a long-awaited meeting with Prime Minister Ravi Sharma on Monday.",
            [("Monday", "2023-04-24")],
        ),
        ("The envoy will attend a UN-backed conference in Lima on Tuesday.", [("Tuesday", "2023-04-25")]),
        # near misses: a verb in the past beside the compound still tells it
        (
            "President Ana Rojas held closed-door talks with Prime Minister Ravi Sharma on Monday.",
            [("Monday", "2023-04-17")],
        ),
        ("The envoy attended a UN-backed conference in Lima on Tuesday.", [("Tuesday", "2023-04-18")]),
    ],
)
def test_hyphened_compound_tells_no_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, PUBLISHED) == expected, text
