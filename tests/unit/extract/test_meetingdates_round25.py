"""Meeting dates and status, round 25: a wish word inside a closed relative aside (", who had urged X to
join him,") is that clause's, not the trigger's."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

TUESDAY = date(2020, 7, 7)


def _meetings(text: str, published: date = TUESDAY) -> list[tuple[str, str | None]]:
    doc = build_document(text, published)
    return [(m.status, m.start) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Andres Manuel Lopez Obrador, who had urged Justin Trudeau to join him, is due to meet Donald"
            " Trump at the White House on Wednesday.",
            [("upcoming", "2020-07-08")],
        ),
        (
            "Foreign Minister Sergei Lavrov, who has called for a ceasefire, will meet Antony Blinken on Friday.",
            [("upcoming", "2020-07-10")],
        ),
        (
            "Narendra Modi, whose government had sought closer ties, visited Paris on Monday.",
            [("past", "2020-07-06")],
        ),
        ("Sergei Lavrov, who invited Antony Blinken, will meet him next week.", [("upcoming", None)]),
        # the aside after a comma and two spaces is one all the same
        (
            "Andres Manuel Lopez Obrador,  who had urged Justin Trudeau to join him, is due to meet Donald"
            " Trump at the White House on Wednesday.",
            [("upcoming", "2020-07-08")],
        ),
        # near misses: the wish in the main clause, before or after an aside
        ("Andres Manuel Lopez Obrador urged Justin Trudeau to meet Donald Trump.", [("proposed", None)]),
        ("Sergei Lavrov, who arrived on Monday, hopes to meet Antony Blinken.", [("proposed", None)]),
    ],
)
def test_wish_inside_aside_is_not_the_triggers(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _meetings(text) == expected


THURSDAY_25 = date(2022, 3, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Before the talks with Wang Yi, Subrahmanyam Jaishankar on Thursday had said the ties were strained.",
            None,
        ),
        (
            "Before the talks with Wang Yi, Subrahmanyam Jaishankar on Thursday also told reporters the ties"
            " were strained.",
            None,
        ),
        # near misses: the auxiliary is the trigger's own
        ("Subrahmanyam Jaishankar on Thursday had talks with Wang Yi.", "2022-03-24"),
        ("Subrahmanyam Jaishankar on Thursday had met Wang Yi in Delhi.", "2022-03-24"),
    ],
)
def test_date_before_auxiliary_and_speech_verb_is_the_sayings(text: str, expected: str | None) -> None:
    assert _meetings(text, THURSDAY_25)[0][1] == expected


THURSDAY_OCT_4 = date(2018, 10, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leo Varadkar travels to Brussels today for talks with Donald Tusk.", "upcoming"),
        ("Leo Varadkar flies to Brussels on Thursday for talks with Donald Tusk.", "upcoming"),
        ("The summit of the African Union was set to open in the Ethiopian capital on Thursday.", "upcoming"),
        ("Leo Varadkar was due to meet Donald Tusk in Brussels on Thursday.", "upcoming"),
        # near misses: told in the past; a photo's caption with its full date; a plan in another clause
        ("Leo Varadkar travelled to Brussels today for talks with Donald Tusk.", "past"),
        ("Leo Varadkar met Donald Tusk in Brussels on Thursday.", "past"),
        ("In this photo, Leo Varadkar arrives in Brussels, Thursday, Oct. 4, 2018.", "past"),
        (
            "The plan was set to be signed later; Leo Varadkar met Donald Tusk in Brussels on Thursday.",
            "past",
        ),
    ],
)
def test_same_day_event_told_as_ahead(text: str, expected: str) -> None:
    assert _meetings(text, THURSDAY_OCT_4)[0][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leo Varadkar will meet Donald Tusk ahead of the October European Council.", None),
        ("Leo Varadkar will meet Donald Tusk before the November European Council.", None),
        (
            "Leo Varadkar will hold talks with Donald Tusk in the run-up to the December European Council.",
            None,
        ),
        # near misses: the event the meeting is held at; the trigger's own date
        ("Leo Varadkar will meet Donald Tusk at the October European Council.", "2018-10"),
        ("Leo Varadkar met Donald Tusk at the June G7 summit.", "2018-06"),
    ],
)
def test_month_of_named_landmark_event_is_its_own(text: str, expected: str | None) -> None:
    assert _meetings(text, THURSDAY_OCT_4)[0][1] == expected


SATURDAY_SEPT_30 = date(2017, 9, 30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Xi Jinping met Rex Tillerson on Saturday, discussing Donald Trump's visit to China later this year.",
            [("past", "2017-09-30"), ("upcoming", "2017")],
        ),
        ("Donald Trump's visit to China later this year was discussed.", [("upcoming", "2017")]),
        ("Officials praised the ASEAN summit in Manila later in the year.", [("upcoming", "2017")]),
        # near misses: told as behind; a verb already ahead
        ("Xi Jinping recalled Donald Trump's visit to China earlier this year.", [("past", "2017")]),
        ("Donald Trump will visit China later this year.", [("upcoming", "2017")]),
        ("Donald Trump visited China earlier this year.", [("past", "2017")]),
    ],
)
def test_time_told_from_the_report_sets_status(text: str, expected: list[tuple[str, str]]) -> None:
    assert _meetings(text, SATURDAY_SEPT_30) == expected


THURSDAY_NOV_11 = date(2021, 11, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Estonia and Russia held "regular political consultations" on Wednesday for the first time.',
            "2021-11-10",
        ),
        ("Estonia and Russia held \u201cstrategic talks\u201d on Wednesday in Tallinn.", "2021-11-10"),
        ('On Monday, Estonia and Russia held "frank talks" in Paris.', "2021-11-08"),
        # near miss: a quoted sentence between the date and the trigger
        ('"I plan on going in February," Joe Biden said while welcoming William Ruto for talks.', None),
    ],
)
def test_term_in_quote_marks_keeps_its_date(text: str, expected: str | None) -> None:
    assert _meetings(text, THURSDAY_NOV_11)[0][1] == expected


MONDAY_SEPT_1 = date(2025, 9, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi Jinping's visit to South Korea in October is very likely to be finalized.", "proposed"),
        ("Xi Jinping's visit to Nepal is yet to be announced formally.", "proposed"),
        ("The meeting between Joe Biden and Xi Jinping has not yet been confirmed.", "proposed"),
        ("Xi Jinping's visit to Seoul in October remains to be confirmed.", "proposed"),
        # near misses: confirmed; another noun's predicate; the event's dates not yet told
        ("Xi Jinping's visit to Seoul in October has been confirmed.", "upcoming"),
        ("Xi Jinping will visit Seoul in October, where a deal is yet to be finalized.", "upcoming"),
        (
            "The dates of the meeting between Narendra Modi and Joe Biden have not been announced but it will"
            " take place in October.",
            "upcoming",
        ),
    ],
)
def test_event_not_yet_final_is_proposed(text: str, expected: str) -> None:
    assert _meetings(text, MONDAY_SEPT_1)[0][0] == expected


TUESDAY_FEB_7 = date(2023, 2, 7)


def _spans(text: str) -> list[tuple[str | None, str | None]]:
    doc = build_document(text, TUESDAY_FEB_7)
    return [(m.start, m.end) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Emmerson Mnangagwa left the country this morning for Malabo \u2013 Equatorial Guinea for a"
            " three-day state visit.",
            [("2023-02-07", "2023-02-09")],
        ),
        (
            "President Emmerson Mnangagwa left the country on Tuesday for Malabo for a three-day state visit.",
            [("2023-02-07", "2023-02-09")],
        ),
        # near misses: a clause of its own between; no length
        (
            "President Emmerson Mnangagwa left on Tuesday for Malabo, where he met leaders at a two-day summit.",
            [("2023-02-07", "2023-02-07")],
        ),
        (
            "President Emmerson Mnangagwa left the country on Tuesday for Malabo for a state visit.",
            [("2023-02-07", "2023-02-07")],
        ),
    ],
)
def test_length_told_past_the_destination(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == expected


FRIDAY_NOV_15 = date(2024, 11, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Antony Blinken's three-day visit to China ends on Saturday.", [("2024-11-14", "2024-11-16")]),
        ("Antony Blinken's three-day visit to China ended on Thursday.", [("2024-11-12", "2024-11-14")]),
        ("Antony Blinken's three-day visit to China will end on Saturday.", [("2024-11-14", "2024-11-16")]),
        # near misses: the day a stay begins
        ("Antony Blinken began a three-day visit to China on Thursday.", [("2024-11-14", "2024-11-16")]),
        ("Antony Blinken's three-day visit to China starts on Saturday.", [("2024-11-16", "2024-11-18")]),
    ],
)
def test_stay_told_as_ending_on_a_day(text: str, expected: list[tuple[str, str]]) -> None:
    doc = build_document(text, FRIDAY_NOV_15)
    assert [(m.start, m.end) for m in doc.meetings] == expected


TUESDAY_JAN_31 = date(2017, 1, 31)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Benjamin Netanyahu accepted the invitation extended by U.S. President Donald Trump on Monday to"
            " visit Washington.",
            None,
        ),
        ("Donald Trump invited Benjamin Netanyahu on Monday to visit Washington.", None),
        ("Donald Trump on Monday invited Benjamin Netanyahu to visit Washington.", None),
        ("Donald Trump urged Benjamin Netanyahu on Monday to meet Mahmoud Abbas.", None),
        # near misses: the date after the trigger; a trip made at someone's invitation; a purpose
        ("Donald Trump invited Benjamin Netanyahu to visit Washington on February 15.", "2017-02-15"),
        (
            "On Monday, Benjamin Netanyahu traveled to Washington at the invitation of Donald Trump to meet him.",
            "2017-01-30",
        ),
        ("Benjamin Netanyahu flew to Washington on Monday to meet Donald Trump.", "2017-01-30"),
    ],
)
def test_date_of_the_asking_is_not_the_events(text: str, expected: str | None) -> None:
    assert _meetings(text, TUESDAY_JAN_31)[0][1] == expected


WEDNESDAY_SEPT_20 = date(2023, 9, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyriakos Mitsotakis expects to meet with Recep Tayyip Erdogan in the near future.", "proposed"),
        ("Kyriakos Mitsotakis said he expected to meet Recep Tayyip Erdogan soon.", "proposed"),
        ("Kyriakos Mitsotakis is expecting to hold talks with Recep Tayyip Erdogan.", "proposed"),
        # near misses: the passive (a schedule reported), also reduced; a date told
        ("Kyriakos Mitsotakis is expected to meet Recep Tayyip Erdogan.", "upcoming"),
        ("Qatar received an adviser to Ali Khamenei expected to meet the emir Tamim bin Hamad.", "upcoming"),
        ("Kyriakos Mitsotakis expects to meet Recep Tayyip Erdogan on Friday.", "upcoming"),
    ],
)
def test_subjects_own_expectation_undated_is_proposed(text: str, expected: str) -> None:
    assert _meetings(text, WEDNESDAY_SEPT_20)[0][0] == expected
