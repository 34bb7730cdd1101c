"""Timexes, round 24: a month's day told as an ordinal before "with", "in" or "at" ("met on the 17th
with X"); a passive infinitive or "likely to" ("is likely to be finalized in October") looks ahead."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import timexes_of


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The minister held talks on the 17th with her Chinese peer.",
            date(2025, 9, 18),
            [("the 17th", "2025-09-17")],
        ),
        ("Kim met the envoy on the 3rd in Seoul.", date(2025, 9, 5), [("the 3rd", "2025-09-03")]),
        ("The leaders spoke on the 28th at the palace.", date(2025, 10, 2), [("the 28th", "2025-09-28")]),
        ("She will fly out on the 21st with a delegation.", date(2025, 9, 18), [("the 21st", "2025-09-21")]),
    ],
)
def test_ordinal_day_before_preposition(
    text: str, published: date, expected: list[tuple[str, str | None]]
) -> None:
    assert timexes_of(text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "They marked the event on the 25th anniversary with a parade.",
        "He finished on the 17th hole in style.",
        "The office is on the 12th floor at the tower.",
    ],
)
def test_ordinal_not_a_day(text: str) -> None:
    assert timexes_of(text, date(2025, 9, 18)) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The visit to Seoul in October is likely to be finalized soon.", date(2025, 9, 18), "2025-10"),
        ("A trip to Paris in March is expected to be confirmed.", date(2025, 9, 18), "2026-03"),
        ("His visit in October is unlikely to be approved.", date(2025, 9, 18), "2025-10"),
        ("The deal in August was signed by both sides.", date(2025, 9, 18), "2025-08"),
        ("The summit in July ended without a statement.", date(2025, 9, 18), "2025-07"),
    ],
)
def test_passive_infinitive_looks_ahead(text: str, published: date, expected: str) -> None:
    assert [v for _, v in timexes_of(text, published)] == [expected]


_AGENDA = "The leaders' meetings at the palace are:\n\n{item}\n\n{after}"


@pytest.mark.parametrize(
    ("item", "after", "expected"),
    [
        (
            "- Thursday (noon): Talks with the French leader.",
            "Later, the premier will host a dinner.",
            "2022-11-17",
        ),
        (
            "\u2022 Friday: Talks with the Saudi prince.",
            "In the evening, he will meet the press.",
            "2022-11-18",
        ),
        ("* Monday: Signing of an accord.", "The host is expected to greet them at noon.", "2022-11-21"),
        (
            "- Tuesday: Talks with the Thai premier.",
            "Each session was held behind closed doors.",
            "2022-11-15",
        ),
        ("- Monday: Lunch with the king.", "He met them all after the ceremony.", "2022-11-14"),
    ],
)
def test_list_item_takes_neighbours_tense(item: str, after: str, expected: str) -> None:
    values = [
        v for t, v in timexes_of(_AGENDA.format(item=item, after=after), date(2022, 11, 16)) if "day" in t
    ]
    assert values == [expected]


def test_non_list_line_keeps_default() -> None:
    text = "Thursday: Talks with the French leader.\n\nLater, the premier will host a dinner."
    assert [v for _, v in timexes_of(text, date(2022, 11, 16))] == ["2022-11-10"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks are set for Friday at the palace.", "2022-06-17"),
        ("The meeting is set for Friday, 17 June, in Nicosia.", "2022-06-17"),
        ("Their summit has been set for Monday in Rome.", "2022-06-20"),
        ("The bill is due for a vote on Tuesday.", "2022-06-21"),
        ("The stage was set on Monday by the crew.", "2022-06-13"),
        ("He set off for Rome on Monday.", "2022-06-13"),
    ],
)
def test_set_for_looks_ahead(text: str, expected: str) -> None:
    assert [v for _, v in timexes_of(text, date(2022, 6, 15))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names between the date and the verb are read, not counted: the verb stays within reach
        (
            "On Friday the President of Cyprus, Mr Nicos Anastasiades and the Greek Prime Minister,"
            " Mr Kyriakos Mitsotakis, will hold talks.",
            "2022-06-17",
        ),
        (
            "On Friday the President of Cyprus, Mr Nicos Anastasiades and the Greek Prime Minister,"
            " Mr Kyriakos Mitsotakis, held talks.",
            "2022-06-10",
        ),
        # lowercase words still count: a verb far beyond them is another clause's
        (
            "On Friday the small delegation from the far northern region and its many aides and"
            " local guests and their friends will arrive.",
            "2022-06-10",
        ),
    ],
)
def test_names_not_counted_on_the_right(text: str, expected: str) -> None:
    assert [v for _, v in timexes_of(text, date(2022, 6, 15))] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Thursday: Talks with the French leader.\n\nIn the evening, he will host the Japanese premier.",
            [("Thursday", "2022-11-17"), ("In the evening", "2022-11-17")],
        ),
        (
            "She met the king on November 14. In the afternoon, she toured the port.",
            [("November 14", "2022-11-14"), ("In the afternoon", "2022-11-14")],
        ),
        (
            "He arrived on Monday. In the morning, he laid a wreath.",
            [("Monday", "2022-11-14"), ("In the morning", "2022-11-14")],
        ),
        # no full date just before: nothing to continue
        ("He arrived in March. In the evening, he met the press.", [("March", "2022-03")]),
        ("The talks went well. In the evening, he met the press.", []),
        # a date of its own
        (
            "He arrived on Monday. In the evening on Tuesday, he met the press.",
            [("Monday", "2022-11-14"), ("Tuesday", "2022-11-15")],
        ),
        # not at a sentence's start
        ("He arrived on Monday and met her in the evening, aides said.", [("Monday", "2022-11-14")]),
    ],
)
def test_part_of_day_continues_previous_day(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert timexes_of(text, date(2022, 11, 16)) == expected
