"""Meeting dates and status, round 22: a date another noun is "set for", an undated week's direction."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import first_meeting

# published Tuesday 2023-10-24 (build_meetings in helpers.py)


@pytest.mark.parametrize(
    ("text", "kind", "start"),
    [
        # a date after a noun and a participle of timing is that noun's, not the trigger's
        ("Wang will visit Kyiv next week to rally support for the summit set for May.", "visit", None),
        ("Wang will meet Blinken to discuss the vote scheduled for November.", None, None),
        ("Wang will hold talks with Blinken on the deal due in December.", "talks", None),
        (
            "Wang will travel to Kyiv to talk about the elections tentatively slated for January.",
            "visit",
            None,
        ),
        ("Wang met Blinken in Rome to review the accord signed in March.", None, None),
        # the trip made for that event, or with it, takes its date
        ("Wang will fly to Kyiv for the summit set for Friday.", "visit", "2023-10-27"),
        ("Wang will fly to Kyiv to attend the summit set for Friday.", "visit", "2023-10-27"),
        ("Wang will meet Blinken in Rome, with talks set for Friday.", None, "2023-10-27"),
        # the trigger's own participle, or the clause's own verb, keeps the date
        ("The summit set for Friday will bring Wang and Blinken together.", "summit", "2023-10-27"),
        ("Wang is scheduled to meet Blinken on Friday.", None, "2023-10-27"),
        ("Wang is expected in Kyiv on Friday for talks with Blinken.", "talks", "2023-10-27"),
        ("Wang met Blinken ahead of the summit which is also due to be held today.", None, "2023-10-24"),
    ],
)
def test_date_set_for_another_noun(text: str, kind: str | None, start: str | None) -> None:
    assert first_meeting(text, kind).start == start


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an undated week told right after an event noun places it before or after the report
        (
            "Both sides are preparing to resume negotiations after the talks between Wang and Blinken"
            " in Rome last week.",
            "past",
        ),
        ("Wang hopes to build on his talks with Blinken in Rome earlier this week.", "past"),
        ("Officials discussed Wang's visit to Kyiv next week.", "upcoming"),
        # verbs keep their tense; a week told before the trigger is another clause's; a wish stays one
        ("Wang will meet Blinken next week.", "upcoming"),
        ("Wang met Blinken last week.", "past"),
        ("Wang visited Kyiv and will return next week.", "past"),
        ("Last week Wang said he might visit Kyiv.", "proposed"),
        ("A possible visit by Wang to Kyiv next week was discussed.", "proposed"),
    ],
)
def test_status_from_an_undated_week(text: str, status: str) -> None:
    assert first_meeting(text).status == status


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date opening a clause of saying dates the saying, not the event in what was said
        ("On Monday, Blinken said Wang would visit Kyiv soon.", None),
        ("On Monday, the ministry announced that Wang will visit Kyiv.", None),
        ("Earlier in the day, Blinken told reporters that Wang might visit Kyiv.", None),
        ("On Friday, Blinken stressed in a statement that he met Wang in Rome.", None),
        # ... or closing the phrases of a verb of saying, right before "that"
        ("Wang said at a news conference on Wednesday that he will visit Kyiv.", None),
        ("Wang told a press briefing on Wednesday that he will visit Kyiv.", None),
        ("Wang said in Beijing on Monday that he met Blinken.", None),
        ("Wang said at a news conference on Wednesday that he will visit Kyiv on Friday.", "2023-10-27"),
        ("It was on Monday that Wang met Blinken.", "2023-10-23"),
        ("Wang said he met Blinken on Monday.", "2023-10-23"),
        # the event told before the saying, or with no saying, keeps the date
        ("On Monday, Blinken and Wang met in Kyiv.", "2023-10-23"),
        ("On Monday, Blinken met Wang in Kyiv, officials said.", "2023-10-23"),
        ("On Monday, Blinken met Wang and said they would keep in touch.", "2023-10-23"),
    ],
)
def test_date_of_saying_before_the_event(text: str, start: str | None) -> None:
    assert first_meeting(text).start == start


@pytest.mark.parametrize(
    ("text", "status", "start"),
    [
        # a trip's next stop told in the simple present after a word of sequence is ahead
        ("Wang then travels to Kyiv.", "upcoming", None),
        ("From there, Wang flies to Kyiv.", "upcoming", None),
        ("Afterwards, Wang heads to Kyiv.", "upcoming", None),
        # more verbs of a trip told as a schedule with a weekday
        ("Wang leaves for Kyiv on Sunday.", "upcoming", "2023-10-29"),
        # an undated present with no word of sequence (a headline's), or a past verb: reported
        ("Wang travels to Kyiv.", "past", None),
        ("Wang then travelled to Kyiv.", "past", None),
        ("Wang met Blinken, then flew to Kyiv.", "past", None),
    ],
)
def test_next_stop_in_the_present(text: str, status: str, start: str | None) -> None:
    m = first_meeting(text, "visit")
    assert (m.status, m.start) == (status, start)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the event noun's own relative clause or participle in the past: held, whatever the main verb
        ("Wang hopes to build on the talks with Blinken that lasted two hours.", "past"),
        ("Wang wants to repeat the summit with Blinken held in Kyiv.", "past"),
        ("Wang will recall the meeting with Blinken which took place in Kyiv.", "past"),
        # a clause ahead, a passive to come, or a past perfect of another verb: not held
        ("Wang will hold talks with Blinken that are expected to last two hours.", "upcoming"),
        ("Wang will attend the summit that Blinken will host in Kyiv.", "upcoming"),
        ("Wang will attend a summit with Blinken to be held in Kyiv.", "upcoming"),
        ("Wang will hold talks with Blinken that he had sought for months.", "upcoming"),
        ("The summit with Blinken will be held in Kyiv.", "upcoming"),
    ],
)
def test_status_from_the_nouns_own_clause(text: str, status: str) -> None:
    assert first_meeting(text).status == status


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a trigger told ahead and a past verb between it and a later date: the date is that verb's
        ("Wang will meet Blinken who arrived on Monday.", None),
        ("Wang will meet Blinken, elected in March, in Kyiv.", None),
        ("Wang will meet Blinken in Kyiv, a city bombed on Monday.", None),
        # no past verb between, or a trigger in the past: the date is the trigger's
        ("Wang will meet Blinken after his return from Rome on Monday.", "2023-10-30"),
        ("Wang is scheduled to meet Blinken in Washington on January 13.", "2024-01-13"),
        ("Wang met Blinken who arrived on Monday.", "2023-10-23"),
        # the past verb inside an aside closed before the date: the date is the trigger's
        ("Wang will hold talks with Blinken, who was elected in March, on Friday.", "2023-10-27"),
    ],
)
def test_date_of_a_past_clause_after_a_trigger_ahead(text: str, start: str | None) -> None:
    assert first_meeting(text).start == start
