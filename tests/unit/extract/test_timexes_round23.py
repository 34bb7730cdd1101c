"""Timexes, round 23: numeric dates with dashes ("08-02-2019"); a month's day with the year after a
comma and no space ("Nov 25,2015"); a participle clause ("before returning home on Monday") takes the
time of the verb it hangs on."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import timexes_of


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # dashes read as slashes: the reading near publication, or the plain one
        ("Posted 08-02-2019 by the desk.", date(2019, 2, 8), [("08-02-2019", "2019-02-08")]),
        ("The talks were held on 7-2-2019.", date(2019, 2, 9), [("7-2-2019", "2019-02-07")]),
        ("He met her on 12-25-2018 in Rome.", date(2019, 1, 3), [("12-25-2018", "2018-12-25")]),
        ("Ruto flew home on 25-12-2018.", date(2019, 1, 3), [("25-12-2018", "2018-12-25")]),
        # no comma's space before the year
        ("Updated: Nov 25,2015 7:37 AM", date(2015, 11, 25), [("Nov 25,2015", "2015-11-25")]),
        ("He met Kim on Feb 4,2019 in Hanoi.", date(2019, 2, 8), [("Feb 4,2019", "2019-02-04")]),
        ("He met Kim on March 14,2019 in Hanoi.", date(2019, 3, 18), [("March 14,2019", "2019-03-14")]),
    ],
)
def test_written_dates(text: str, published: date, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Call 020-555-2019 today for details.",  # a phone number
        "Ref. 440-06-03-2024, issued in Moscow.",  # a document's number ending in a date's digits
        "The score was 3-1 at half time.",
        "Sold 1,2019 units last year.",  # not after a month
        "The budget rose to March 3,500 more than planned.",
    ],
)
def test_not_written_dates(text: str) -> None:
    found = timexes_of(text, date(2019, 2, 8))
    assert not any(any(c.isdigit() for c in span) and len(value or "") == 10 for span, value in found), found


SUNDAY = date(2015, 9, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The President is also expected to meet members of the community in Ghana and traders"
            " before returning to Abuja on Monday evening.",
            "2015-09-07",
        ),
        (
            "The minister is scheduled to hold talks with the leaders of several regional groups"
            " after arriving in the capital on Tuesday.",
            "2015-09-08",
        ),
        (
            "The envoy will see several members of the local business community in the capital"
            " while visiting the region on Friday.",
            "2015-09-11",
        ),
        # near misses: a past main verb; a subordinate clause with its own subject and verb
        (
            "The minister met members of the business community and local traders in the capital"
            " before flying to Rome on Monday.",
            "2015-08-31",
        ),
        (
            "The minister met members of the business community and local traders in the capital"
            " after the parliament voted on Thursday.",
            "2015-09-03",
        ),
    ],
)
def test_participle_clause_takes_main_verb_time(text: str, expected: str) -> None:
    values = [t.value for t in build_document(text, SUNDAY).timexes]
    assert values == [expected]


TUESDAY = date(2016, 11, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event looked forward to, or one the clause (with no tense of its own) comes ahead of
        ("It comes ahead of a meeting of the regional council in Armagh on Friday.", "2016-11-18"),
        ("The talks come prior to a vote in parliament on Thursday.", "2016-11-17"),
        ("We look forward to our meeting for the third time on Friday in Armagh.", "2016-11-18"),
        ("She said she looked forward to the final on Sunday.", "2016-11-20"),
        # near misses: a past verb in the clause keeps "ahead of" from deciding
        ("Police were deployed ahead of the protest on Friday.", "2016-11-11"),
        ("It came ahead of the vote on Monday.", "2016-11-14"),
        ("The minister met officials in Rome on Monday.", "2016-11-14"),
    ],
)
def test_looked_forward_to_or_ahead_of(text: str, expected: str) -> None:
    values = [t.value for t in build_document(text, TUESDAY).timexes]
    assert values == [expected]
