"""Meeting dates, round 34: general rules found on unseen articles (which day a found event was)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document

PUBLISHED = date(2025, 3, 15)  # a Saturday


def _visit_days(text: str) -> list[tuple[str | None, str | None]]:
    doc = build_document(text, PUBLISHED)
    return [(m.start, m.end) for m in doc.meetings if m.kind == "visit"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a visit told with no time of its own, in a story of the traveller's sitting with the land's
        # leader on the news day
        (
            "Chilean President Rosa Vidal met Finnish President Aku Lehto in Helsinki on Friday. "
            "The two discussed Arctic research and trade. "
            "Vidal's stop in Finland comes after a summit of Nordic leaders in Oslo.",
            [("2025-03-14", "2025-03-14")],
        ),
        (
            "Kenyan Foreign Minister Amos Kiprono held talks with Portuguese Prime Minister Rui Matos "
            "in Lisbon on Saturday. It was Kiprono's first official visit to Portugal.",
            [("2025-03-15", "2025-03-15")],
        ),
        # near miss: a visit under way began on a day the story does not tell
        (
            "Chilean President Rosa Vidal met Finnish President Aku Lehto in Helsinki on Friday. "
            "Vidal is on an official visit to Finland to deepen ties.",
            [(None, None)],
        ),
        # near miss: a trip of several days, its first day untold
        (
            "Chilean President Rosa Vidal met Finnish President Aku Lehto in Helsinki on Friday. "
            "Vidal's four-day visit to Finland comes after a summit of Nordic leaders in Oslo.",
            [(None, None)],
        ),
        # near miss: a trip before the story's
        (
            "Chilean President Rosa Vidal met Finnish President Aku Lehto in Helsinki on Friday. "
            "Lehto recalled Vidal's previous visit to Finland as a senator.",
            [(None, None)],
        ),
        # near miss: the sitting was with someone of another land, no host of the land visited
        (
            "Chilean President Rosa Vidal met Brazilian President Paulo Reis in Helsinki on Friday. "
            "Vidal's stop in Finland comes after a summit of Nordic leaders in Oslo.",
            [(None, None)],
        ),
        # near miss: a sitting well before the story's day dates no visit of it
        (
            "Chilean President Rosa Vidal met Finnish President Aku Lehto in Helsinki on March 2. "
            "Vidal's stop in Finland came after a summit of Nordic leaders in Oslo.",
            [(None, None)],
        ),
    ],
)
def test_a_visit_with_no_day_of_its_own_takes_the_day_of_its_sitting(
    text: str, days: list[tuple[str | None, str | None]]
) -> None:
    assert _visit_days(text) == days


def _days(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = build_document(text, PUBLISHED)
    return [(m.kind, m.start, m.end) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a sitting with the land's people told after a dated trip of one day is held on that day
        (
            "Ghanaian President Kofi Mensah arrived in Togo on Friday for a day-long working visit. "
            "Mensah and Togolese President Yao Adjo are expected to hold talks at the presidential palace.",
            [("visit", "2025-03-14", "2025-03-14"), ("talks", "2025-03-14", "2025-03-14")],
        ),
        # ... and a trip of one day under way is on the day of its sitting, told in the same sentence
        (
            "Kenyan Foreign Minister Amos Kiprono, who is on a day-long visit to Portugal, also held talks "
            "with Portuguese Prime Minister Rui Matos on Saturday.",
            [("visit", "2025-03-15", "2025-03-15"), ("talks", "2025-03-15", "2025-03-15")],
        ),
        # near miss: a trip of several days gives no day to its later sittings
        (
            "Ghanaian President Kofi Mensah arrived in Togo on Friday for a three-day working visit. "
            "Mensah and Togolese President Yao Adjo are expected to hold talks at the presidential palace.",
            [("visit", "2025-03-14", "2025-03-16"), ("talks", None, None)],
        ),
        # near miss: a sitting with someone of another land, elsewhere, is no sitting of the trip
        (
            "Ghanaian President Kofi Mensah arrived in Togo on Friday for a day-long working visit. "
            "Mensah will also meet Nigerian President Musa Bello in Abuja.",
            [("visit", "2025-03-14", "2025-03-14"), ("meeting", None, None)],
        ),
        # near miss: a stay of several days under way began on a day untold
        (
            "Kenyan Foreign Minister Amos Kiprono, who is on a four-day visit to Portugal, also held talks "
            "with Portuguese Prime Minister Rui Matos on Saturday.",
            [("visit", None, None), ("talks", "2025-03-15", "2025-03-15")],
        ),
    ],
)
def test_a_trip_of_one_day_and_its_sittings_share_its_day(
    text: str, days: list[tuple[str, str | None, str | None]]
) -> None:
    assert _days(text) == days


_LEDE = (
    "Japanese Prime Minister Ken Mori met Chinese President Li Wen in Osaka on {day} and discussed the "
    "state of trade between the two neighbours. "
    "The two spoke ahead of a two-day summit of Asian leaders in the city from {next}. "
)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # "earlier in the day", "later in the day": the story's news day (its lede's), not the page's
        (
            _LEDE.format(day="Friday", next="Saturday")
            + "Li, who arrived in Osaka earlier in the day, is making his first visit to Japan.",
            [("meeting", "2025-03-14", "2025-03-14"), ("visit", "2025-03-14", "2025-03-14")],
        ),
        (
            _LEDE.format(day="Friday", next="Saturday")
            + "Later in the day, Mori held talks with Indian Prime Minister Raj Mehta.",
            [("meeting", "2025-03-14", "2025-03-14"), ("talks", "2025-03-14", "2025-03-14")],
        ),
        # near miss: with no day told in the lede, the day is the page's
        (
            "Japanese Prime Minister Ken Mori met Chinese President Li Wen in Osaka. "
            "Later in the day, Mori held talks with Indian Prime Minister Raj Mehta.",
            [("meeting", None, None), ("talks", "2025-03-15", "2025-03-15")],
        ),
    ],
)
def test_a_day_told_as_the_storys_own_is_its_news_day(
    text: str, days: list[tuple[str, str | None, str | None]]
) -> None:
    assert _days(text) == days
