"""Review round 40: defects of the rule-based extractor the last two reviews left open, each mended by a
general rule.

- an unnamed office holder ("Chad's interior minister", "the Dutch trade minister") ends before a phrase
  of where they are or go ("in Accra", "to Lisbon"): "in" or "to" a country or its capital stays in the
  office only after a post held abroad or in the field ("the Danish ambassador to Chile", "the UN envoy in
  Yemen", "Fiji's high commissioner in India"); so does a named holder's office set off by commas ("X, Chad's
  interior minister in Niamey,"), and before "since" ("X, Chad's interior minister since 2021,").
- a day with no year in a future clause ("will meet after the summit on June 12") is the next such day on or
  after publication, not one a few days before it; a span under way at publication ("runs from June 15 to
  June 20", read on the 18th) stays this year's, its first day taken in its last day's year. A page dated a
  day or two after the day it names (a time zone ahead, an update) still means this year's: "will meet on
  June 12" dated June 13 is not next year's June 12. A day naming an event by its noun ("will debate the
  June 30 attack", read on July 3) is the event's own, near publication, as in a past clause.
- a weekday that ends its line is no part of a date that opens the next ("talked on Tuesday\nMarch 5, 2024 -
  See also"): a weekday joins its date across a line break only after a comma, and never across a blank line.
- a memo, a memorandum, a draft or a cable an outlet saw speaks for the body its own phrase names ("an EU memo
  seen by Reuters says"), as a letter or a document did; one whose phrase names no body stays no one's.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import built, meetings_of, people, timexes_of

PUBLISHED = date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place where an unnamed office holder is met or speaks is no part of the office
        (
            "Chad's interior minister met Niger's interior minister in Niamey on Friday.",
            {
                "Chad's interior minister": ("interior minister", "Chad"),
                "Niger's interior minister": ("interior minister", "Niger"),
            },
        ),
        (
            "Niger's interior minister in Niamey said the border would reopen.",
            {"Niger's interior minister": ("interior minister", "Niger")},
        ),
        (
            "Pedro Sanz met Oman's finance minister in Muscat on Friday.",
            {"Pedro Sanz": (None, None), "Oman's finance minister": ("finance minister", "Oman")},
        ),
        (
            "Pedro Sanz met Oman's finance minister in Qatar on Friday.",
            {"Pedro Sanz": (None, None), "Oman's finance minister": ("finance minister", "Oman")},
        ),
        (
            "Pedro Sanz met the Dutch trade minister in Lisbon on Friday.",
            {"Pedro Sanz": (None, None), "Dutch trade minister": ("trade minister", "Netherlands")},
        ),
        # the second of a list, and a destination after "to"
        (
            "Pedro Sanz met Oman's finance minister and Qatar's finance minister in Doha.",
            {
                "Pedro Sanz": (None, None),
                "Oman's finance minister": ("finance minister", "Oman"),
                "Qatar's finance minister": ("finance minister", "Qatar"),
            },
        ),
        (
            "Pedro Sanz welcomed Oman's finance minister to Madrid on Friday.",
            {"Pedro Sanz": (None, None), "Oman's finance minister": ("finance minister", "Oman")},
        ),
        # near misses: a post abroad keeps its place, a portfolio its "for", a capitalised office its "of"
        (
            "Pedro Sanz met Oman's ambassador to Spain on Friday.",
            {"Pedro Sanz": (None, None), "Oman's ambassador to Spain": ("ambassador to Spain", "Oman")},
        ),
        (
            "The Danish ambassador in Santiago said the embassy would stay open.",
            {"Danish ambassador in Santiago": ("ambassador in Santiago", "Denmark")},
        ),
        (
            "Fiji's high commissioner in India said the visa rules would change.",
            {"Fiji's high commissioner in India": ("high commissioner in India", "Fiji")},
        ),
        (
            "Pedro Sanz met Oman's Minister of Foreign Affairs in Muscat.",
            {
                "Pedro Sanz": (None, None),
                "Oman's Minister of Foreign Affairs": ("Minister of Foreign Affairs", "Oman"),
            },
        ),
    ],
)
def test_unnamed_office_ends_before_its_place(text: str, expected: dict[str, tuple]) -> None:
    assert people(text, PUBLISHED) == expected


# the day each text is read on: a week after the day it names, and months before it
_AFTER = date(2025, 6, 18)
_BEFORE = date(2025, 2, 3)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a future clause's day with no year is the next one on or after publication, even a week after
        ("The two leaders will meet after the trade summit in Lima on June 12.", _AFTER, "2026-06-12"),
        ("Ruiz will meet Okafor after the forum in Accra on June 12.", _AFTER, "2026-06-12"),
        (
            "Ruiz is expected to hold talks with Okafor on the sidelines of the forum on June 12.",
            _AFTER,
            "2026-06-12",
        ),
        ("Ruiz plans to visit Accra following the forum on Jun 12.", _AFTER, "2026-06-12"),
        ("Ruiz will meet Okafor on June 12 after the forum.", _AFTER, "2026-06-12"),
        # the same texts read before the day: this year's
        ("The two leaders will meet after the trade summit in Lima on June 12.", _BEFORE, "2025-06-12"),
        ("Ruiz plans to visit Accra following the forum on Jun 12.", _BEFORE, "2025-06-12"),
        # near misses: a past clause, a day of publication itself, a written year
        ("Ruiz met Okafor after the forum in Accra on June 12.", _AFTER, "2025-06-12"),
        ("Ruiz will meet Okafor in Accra on June 18.", _AFTER, "2025-06-18"),
        ("Ruiz will meet Okafor in Accra on June 12, 2025.", _AFTER, "2025-06-12"),
    ],
)
def test_future_clause_day_is_on_or_after_publication(text: str, published: date, expected: str) -> None:
    assert [v for _, v in timexes_of(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span under way at publication (read on June 18) is this year's, whichever way it is written
        ("The tour, which runs from June 15 to June 20, takes in four cities.", ("2025-06-15", "2025-06-20")),
        ("The tour will run from June 15 to 20.", ("2025-06-15", "2025-06-20")),
        ("The tour will run from May 30 to June 19.", ("2025-05-30", "2025-06-19")),
        # near misses: a span over before publication is next year's, one with its year stays
        ("The tour will run from June 10 to 14.", ("2026-06-10", "2026-06-14")),
        ("The tour ran from June 10 to June 14.", ("2025-06-10", "2025-06-14")),
        ("The tour runs from June 15, 2025 to June 20.", ("2025-06-15", "2025-06-20")),
    ],
)
def test_future_span_under_way_is_this_years(text: str, expected: tuple[str, str]) -> None:
    assert [(v, e) for _, v, e in timexes_of(text, _AFTER, ends=True)] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Prime Minister Ana Ruiz will meet President John Okafor after the trade summit in Lima on June 12.",
            _AFTER,
            "2026-06-12",
        ),
        ("Leaders of the Group of Seven will meet in Lima on June 12.", _AFTER, "2026-06-12"),
        ("Leaders of the Group of Seven will meet in Lima on June 12.", _BEFORE, "2025-06-12"),
        ("Leaders of the Group of Seven met in Lima on June 12.", _AFTER, "2025-06-12"),
    ],
)
def test_future_meeting_on_a_day_is_on_or_after_publication(
    text: str, published: date, expected: str
) -> None:
    assert [s for (s,) in meetings_of(text, published, "start")] == [expected]


# published on Friday 2024-03-08: "Tuesday" alone is 2024-03-05, and so is "March 5"
_FRIDAY = date(2024, 3, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday ending its line is no part of a date opening the next one
        (
            "The envoys talked on Tuesday\nMarch 5, 2024 - See also: port talks resume.",
            [("Tuesday", "2024-03-05"), ("March 5, 2024", "2024-03-05")],
        ),
        (
            "The envoys talked on Wednesday\nMarch 5, 2024 - See also: port talks resume.",
            [("Wednesday", "2024-03-06"), ("March 5, 2024", "2024-03-05")],
        ),
        (
            "Filed by Ana Ruiz on Thursday\nMARCH 5, 2024 - The envoys talked in Lima.",
            [("Thursday", "2024-03-07"), ("MARCH 5, 2024", "2024-03-05")],
        ),
        (
            "The envoys talked on Wednesday\n5 March 2024\nSee also: port talks resume.",
            [("Wednesday", "2024-03-06"), ("5 March 2024", "2024-03-05")],
        ),
        (
            "The envoys talked on Wednesday\n05/03/2024 See also: port talks resume.",
            [("Wednesday", "2024-03-06"), ("05/03/2024", "2024-03-05")],
        ),
        # a paragraph break, even after a comma
        (
            "The envoys talked on Wednesday\n\nMarch 5, 2024 - See also: port talks resume.",
            [("Wednesday", "2024-03-06"), ("March 5, 2024", "2024-03-05")],
        ),
        (
            "The envoys talked on Tuesday,\n\nMarch 5, in Lima.",
            [("Tuesday", "2024-03-05"), ("March 5", "2024-03-05")],
        ),
        # near misses: a weekday with its date on one line, or wrapped after its comma, is one date
        ("The envoys talked on Tuesday, March 5, in Lima.", [("Tuesday, March 5", "2024-03-05")]),
        ("The envoys talked on Tuesday March 5 in Lima.", [("Tuesday March 5", "2024-03-05")]),
        ("The envoys talked on Tuesday,\nMarch 5, in Lima.", [("Tuesday,\nMarch 5", "2024-03-05")]),
        ("The envoys talked on Tuesday, 5 March, in Lima.", [("Tuesday, 5 March", "2024-03-05")]),
    ],
)
def test_weekday_ending_a_line_is_no_part_of_the_next_lines_date(text: str, expected: list[tuple]) -> None:
    assert timexes_of(text, _FRIDAY) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a memo, a draft or a cable seen by an outlet speaks for the body its own phrase names, as a letter does
        ("An EU memo seen by Reuters says the bloc will widen its fishing quotas.", ["European Union"]),
        ("An EU draft seen by Reuters says the bloc will widen its fishing quotas.", ["European Union"]),
        ("A Pentagon memorandum seen by the Post says two bases will close.", ["Pentagon"]),
        ("A Foreign Office draft, obtained by the BBC, says two consulates will close.", ["Foreign Office"]),
        ("A leaked Pentagon cable says two bases will close.", ["Pentagon"]),
        ("The Home Office memo, seen by the Guardian, says the visa fee will rise.", ["Home Office"]),
        # near misses: a document whose phrase names no body is no one's, the outlet never speaks
        ("The draft seen by Reuters says the bloc will widen its fishing quotas.", []),
        ("A leaked memo seen by the Guardian says the visa fee will rise.", []),
        ("The memo, obtained by the Post, says two bases will close.", []),
        ("Finance Minister Ana Ruiz spoke on Monday. The memo says the budget will be cut.", []),
        ("The draft law says fines for late filing will double.", []),
    ],
)
def test_leaked_document_speaks_for_the_body_it_names(text: str, speakers: list[str]) -> None:
    assert [speaker for _, speaker, _ in built(text, PUBLISHED)] == speakers


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a named holder's office set off by commas ends before where or since when they hold it
        (
            "Ines Duarte, Chad's interior minister in Niamey, said the border would reopen.",
            "Ines Duarte",
            ("interior minister", "Chad"),
        ),
        (
            "Ines Duarte, Chad's interior minister since 2021, said the border would reopen.",
            "Ines Duarte",
            ("interior minister", "Chad"),
        ),
        (
            "Pedro Sanz met Ines Duarte, Chad's interior minister in Niamey, on Friday.",
            "Ines Duarte",
            ("interior minister", "Chad"),
        ),
        # near misses: a post abroad keeps its place; a place that is no country or city stays
        (
            "Ines Duarte, the Danish ambassador in Santiago, said the embassy would stay open.",
            "Ines Duarte",
            ("ambassador in Santiago", "Denmark"),
        ),
        (
            "Ines Duarte, Chad's interior minister, said in Niamey that the border would reopen.",
            "Ines Duarte",
            ("interior minister", "Chad"),
        ),
        (
            "Ines Duarte, the minister in charge of ports, said the border would reopen.",
            "Ines Duarte",
            ("minister in charge of ports", None),
        ),
    ],
)
def test_named_holders_office_ends_before_its_place(text: str, name: str, expected: tuple) -> None:
    assert people(text, PUBLISHED)[name] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a page dated a day or two after the day its future clause names: this year's day, the page late
        ("The council will vote on the budget on March 3.", date(2025, 3, 4), "2025-03-03"),
        ("The council will vote on the budget on March 3.", date(2025, 3, 5), "2025-03-03"),
        ("Delegates are set to gather in Oslo on December 31.", date(2026, 1, 1), "2025-12-31"),
        ("Talks are scheduled to resume on Feb. 9 in Nairobi.", date(2025, 2, 10), "2025-02-09"),
        # near misses: three days or more after it is next year's; a past clause stays this year's
        ("The council will vote on the budget on March 3.", date(2025, 3, 6), "2026-03-03"),
        ("Delegates are set to gather in Oslo on December 28.", date(2026, 1, 1), "2026-12-28"),
        ("The council voted on the budget on March 3.", date(2025, 3, 5), "2025-03-03"),
    ],
)
def test_future_clause_day_allows_a_late_page(text: str, published: date, expected: str) -> None:
    assert [v for _, v in timexes_of(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day naming an event by its noun ("the June 30 attack") in a future clause: the event is its own,
        # not placed by the verb further left; a few days back, it is this year's (read on July 3)
        ("Lawmakers will debate the June 30 attack in a closed session.", "2025-06-30"),
        ("The panel will review the results of the June 29 vote.", "2025-06-29"),
        ("Officials say the city will miss its June 28 deadline.", "2025-06-28"),
        # near misses: no event noun after the day, an event still ahead, the day of the clause itself
        ("The ministers will meet on June 25.", "2026-06-25"),
        ("Leaders will attend the July 20 summit.", "2025-07-20"),
        ("The ministers will meet on June 25 for talks.", "2026-06-25"),
    ],
)
def test_future_clause_event_named_by_a_recent_day(text: str, expected: str) -> None:
    assert [v for _, v in timexes_of(text, date(2025, 7, 3))] == [expected]


def test_future_meeting_on_the_day_before_a_late_page() -> None:
    text = "Finance ministers of the Group of Twenty will meet in Quito on October 8."
    assert [s for (s,) in meetings_of(text, date(2025, 10, 9), "start")] == ["2025-10-08"]
