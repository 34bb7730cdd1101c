"""Timexes, round 25: a participle opening an aside (", accompanied by X,") does not set the tense of
the clause it sits in; irregular past participles ("drawn up on Saturday") look back."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import timexes_of

MONDAY = date(2022, 11, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Wednesday, Cyril Ramaphosa, accompanied by his wife, will attend a banquet.",
            [("Wednesday", "2022-11-23")],
        ),
        ("On Friday, the minister, joined by his deputy, will visit Kyiv.", [("Friday", "2022-11-25")]),
        (
            "On Thursday, the president, flanked by aides, is to open the summit.",
            [("Thursday", "2022-11-24")],
        ),
        ("On Friday, the envoy, escorted by police, will leave the city.", [("Friday", "2022-11-25")]),
        # near misses: the main verb in the past; a participle with no aside comma
        (
            "On Wednesday, Cyril Ramaphosa, accompanied by his wife, attended a banquet.",
            [("Wednesday", "2022-11-16")],
        ),
        ("On Friday, the bill approved by parliament was signed.", [("Friday", "2022-11-18")]),
    ],
)
def test_participle_aside_leaves_the_verb_to_decide(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, the leaders are expected to accept proposals drawn up on Saturday by ministers.",
            [("Monday", "2022-11-21"), ("Saturday", "2022-11-19")],
        ),
        ("The leaders will adopt the decision taken on Friday by the council.", [("Friday", "2022-11-18")]),
        ("They will study a letter written on Thursday by the king.", [("Thursday", "2022-11-17")]),
        ("The body will review the oath sworn on Friday by the judges.", [("Friday", "2022-11-18")]),
        # near misses: a passive after "be" looks ahead with its auxiliary
        ("A speech will be given on Friday by the king.", [("Friday", "2022-11-25")]),
        ("The decision is to be taken on Thursday.", [("Thursday", "2022-11-24")]),
    ],
)
def test_irregular_past_participle_looks_back(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, MONDAY) == expected


MAY_30 = date(2024, 5, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They will prepare June\u2019s G7 summit in Bari.", [("June", "2024-06")]),
        ("They will prepare June's summit in Bari.", [("June", "2024-06")]),
        ("The vote comes before October's presidential election.", [("October", "2024-10")]),
        (
            "The talks come ahead of the October European Council, where leaders will meet.",
            [("October", "2024-10")],
        ),
        ("Leaders will meet at the June G7 summit.", [("June", "2024-06")]),
        ("They will discuss the November COP29 conference.", [("November", "2024-11")]),
        # near misses: a month that is a surname, before other words; a name; no event noun
        ("Theresa May's first official visit to China began.", []),
        ("It was May's EU strategy.", []),
        ("He praised June's courage.", []),
        ("They studied the fall of the October Revolution.", []),
    ],
)
def test_month_before_named_event_or_as_possessive(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, MAY_30) == expected


JULY_30 = date(2025, 7, 30)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cho Hyun met Shigeru Ishiba on Wednesday. Cho Hyun will fly to Washington on Thursday for talks"
            " with Marco Rubio. Cho held talks with Takeshi Iwaya the previous day.",
            ("the previous day", "2025-07-29"),
        ),
        (
            "The minister arrived in Rome on Tuesday. She will fly to Paris on Friday. She had seen the pope a"
            " day earlier.",
            ("a day earlier", "2025-07-28"),
        ),
        # near misses: told ahead, the day ahead counts; told in the past after a past day
        (
            "Cho Hyun met Shigeru Ishiba on Wednesday. Cho Hyun will fly to Washington on Friday for talks"
            " with Marco Rubio. He will meet Takeshi Iwaya the previous day.",
            ("the previous day", "2025-07-31"),
        ),
        (
            "Cho Hyun met Shigeru Ishiba on Monday. He had met Takeshi Iwaya a day earlier.",
            ("a day earlier", "2025-07-27"),
        ),
    ],
)
def test_day_shift_told_in_past_skips_day_ahead(text: str, expected: tuple[str, str]) -> None:
    assert timexes_of(text, JULY_30)[-1] == expected


FRIDAY_MAY_5 = date(2023, 5, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moussa Faki and Olaf Scholz discussed today, Thursday, a number of issues.",
            [("today, Thursday", "2023-05-04")],
        ),
        (
            "Moussa Faki and Olaf Scholz discussed today (Thursday) a number of issues.",
            [("today (Thursday)", "2023-05-04")],
        ),
        (
            "Moussa Faki will meet Olaf Scholz tomorrow, Friday, in Addis.",
            [("tomorrow, Friday", "2023-05-05")],
        ),
        ("Moussa Faki met Olaf Scholz today, Thursday 4 May.", [("today, Thursday 4 May", "2023-05-04")]),
        # near misses: the two agree (kept as they were); a weekday further off is another day
        (
            "Moussa Faki and Olaf Scholz discussed today, Friday, a number of issues.",
            [("today", "2023-05-05"), ("Friday", "2023-05-05")],
        ),
        (
            "Moussa Faki and Olaf Scholz discussed today, Monday, a number of issues.",
            [("today", "2023-05-05"), ("Monday", "2023-05-01")],
        ),
        ("Moussa Faki met Olaf Scholz today, 1 May.", [("today", "2023-05-05"), ("1 May", "2023-05-01")]),
    ],
)
def test_day_word_beside_a_day_a_day_off(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, FRIDAY_MAY_5) == expected


TUESDAY_MAR_18 = date(2025, 3, 18)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They agreed to convene the next dialogue in Manila later this year. Earlier in the day, Enrique"
            " Manalo met Christopher Landau.",
            ("Earlier in the day", "2025-03-18"),
        ),
        (
            "They will meet in Kuala Lumpur from July 8 to 11. Later in the day, Enrique Manalo met Christopher"
            " Landau.",
            ("Later in the day", "2025-03-18"),
        ),
        # near misses: a day told before is the one meant; no day word at all
        (
            "Marco Rubio met Enrique Manalo on Monday. Earlier in the day, Enrique Manalo met Christopher Landau.",
            ("Earlier in the day", "2025-03-17"),
        ),
        (
            "Marco Rubio met Enrique Manalo in 2024. Earlier, Enrique Manalo met Christopher Landau.",
            ("2024", "2024"),
        ),
    ],
)
def test_in_the_day_skips_a_year_or_range(text: str, expected: tuple[str, str]) -> None:
    assert timexes_of(text, TUESDAY_MAR_18)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Antony Blinken is due in Beijing on Sunday for talks with Wang Yi.", [("Sunday", "2025-08-03")]),
        ("On Sunday, Antony Blinken is due in Beijing.", [("Sunday", "2025-08-03")]),
        ("The minister is due back home on Friday.", [("Friday", "2025-08-01")]),
        ("Leaders are due at the palace on Monday.", [("Monday", "2025-08-04")]),
        # near misses: told from the past; a cause
        ("The minister was due in Paris on Monday.", [("Monday", "2025-07-28")]),
        ("The delay is due in part to the storm on Monday.", [("Monday", "2025-07-28")]),
        ("On Monday, the delay is due in part to the storm.", [("Monday", "2025-07-28")]),
    ],
)
def test_due_somewhere_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, JULY_30) == expected


FRIDAY_NOV_15 = date(2024, 11, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two-day summit opens on Monday in Lima.", [("Monday", "2024-11-18")]),
        ("Parliament convenes on Tuesday.", [("Tuesday", "2024-11-19")]),
        ("The forum resumes Wednesday in Geneva.", [("Wednesday", "2024-11-20")]),
        # near misses: told in the past; the noun after a determiner
        ("The summit opened Monday in Lima.", [("Monday", "2024-11-11")]),
        ("His opens on Monday were cheered.", [("Monday", "2024-11-11")]),
    ],
)
def test_event_opening_in_simple_present_is_a_schedule(text: str, expected: list[tuple[str, str]]) -> None:
    assert timexes_of(text, FRIDAY_NOV_15) == expected
