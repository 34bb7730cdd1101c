"""Meeting dates, round 19: a stay begun on one day and told to last "until" a later one."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import first_meeting

# published Tuesday 2023-10-24 (build_meetings in helpers.py)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a later day after "until" in the same clause ends the stay
        (
            "Wang arrived in Kyiv on Friday for a working visit at the palace until Sunday.",
            "2023-10-20",
            "2023-10-22",
        ),
        ("Wang will visit Kyiv from Monday till Wednesday next week.", "2023-10-30", "2023-11-01"),
        # no "until": the day alone (an arrival is an event of its day, round 27)
        (
            "Wang arrived in Kyiv on Friday for a working visit, and Blinken left on Sunday.",
            "2023-10-20",
            "2023-10-20",
        ),
        # "until" a day weeks later: another matter, not the stay's end
        (
            "Wang met Blinken on Friday about a truce that holds until December 20.",
            "2023-10-20",
            "2023-10-20",
        ),
    ],
)
def test_until_ends_the_stay(text: str, start: str, end: str | None) -> None:
    m = first_meeting(text)
    assert (m.start, m.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a relative clause at the previous sentence's end does not reach into the next one
        (
            "Blinken came to Rome, which he last saw long ago as a student. In April, Wang will meet Blinken.",
            "2024-04",
        ),
        ("Blinken left Rome, who knows why. On Friday, Wang will meet Blinken.", "2023-10-27"),
        # a relative clause closed by the sentence's end still holds its own date
        ("Wang met Blinken, who was named minister in 2011.", None),
        # a "where" clause closed by a comma is an aside; one ending the sentence is not
        ("Wang met Blinken in Rome, where he arrived on Monday, for talks.", None),
    ],
)
def test_aside_stays_in_its_sentence(text: str, start: str | None) -> None:
    m = first_meeting(text, "meeting")
    assert m.start == start


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "looking forward to" an event, however long its object: still ahead
        (
            "Wang said that he is looking forward to meeting his peers from France, Germany and the United"
            " States at the Asia Europe Summit in Rome.",
            "upcoming",
        ),
        ("Wang said he looks forward to the summit with Blinken.", "upcoming"),
        # no such wish: the past verb decides
        (
            "Wang said that he met his peers from France, Germany and Ukraine at the Asia Europe Summit in Rome.",
            "past",
        ),
    ],
)
def test_looking_forward_is_ahead(text: str, status: str) -> None:
    assert first_meeting(text).status == status


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a date inside quoted words is the quote's, not that of a trigger outside them
        ('"I hope to go there in December," Wang said while he met Blinken in Rome.', None),
        ('Wang met Blinken in Rome, saying "we will talk again in December".', None),
        # a short quoted name between the two does not part them; a date outside quotes stays
        ('On Friday, Wang met Blinken at the "Quad" summit.', "2023-10-20"),
        ('"We are friends," Wang said as he met Blinken on Friday.', "2023-10-20"),
    ],
)
def test_date_in_quote_is_the_quotes(text: str, start: str | None) -> None:
    assert first_meeting(text, "meeting").start == start
