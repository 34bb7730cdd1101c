"""Meeting dates, round 43: the story's news day given to the undated sittings of its opening sentences (not
only to its lead); the year of a month told of a visit by a past or a future wish ("was glad to visit",
"looks forward to visiting")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

_FRIDAY = date(2022, 3, 4)
_MORE = "\n\nThe fish trade is worth ten million crowns a year."  # a second paragraph: the story goes on

_SHOOK_HANDS = (
    "Trade Minister Lena Dahl shook hands with her Danish counterpart Jens Holm in Bergen on Thursday."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sitting told past and undated a sentence or two from the one dating the story's news day: held on it
        (
            f"{_SHOOK_HANDS} The two ministers agreed to cut tariffs on fish. Dahl and Holm then held talks over "
            f"lunch at the harbour.{_MORE}",
            [("talks", "past", "2022-03-03")],
        ),
        (
            f"{_SHOOK_HANDS}\n\nTalks over lunch\n\nDahl and Holm held talks over lunch at the harbour.{_MORE}",
            [("talks", "past", "2022-03-03")],
        ),
        # ... or before it, under a headline (the lead), the day told after (a quote's "today")
        (
            "Joint news conference for Dahl and Holm\n\nPrime Minister Lena Dahl received President Jens Holm "
            "at her office in Bergen. The two sides hope to close a fishing deal by summer. "
            f'"We made real progress today," Holm said afterwards.{_MORE}',
            [("meeting", "past", "2022-03-04")],
        ),
        # near misses: another day told between; a stay of several days; a sitting told as earlier, too far
        # from the dated sentence, or still ahead
        (
            f"{_SHOOK_HANDS} On Tuesday the council had approved the plan. Dahl and Holm then held talks over "
            f"lunch at the harbour.{_MORE}",
            [("talks", "past", None)],
        ),
        (
            f"{_SHOOK_HANDS} The two ministers agreed to cut tariffs on fish. Dahl, who is in Norway on a "
            f"three-day visit, held talks with Holm over lunch at the harbour.{_MORE}",
            [("visit", "past", None), ("talks", "past", None)],
        ),
        (
            f"{_SHOOK_HANDS} The two ministers agreed to cut tariffs on fish. Dahl and Holm had held talks over "
            f"lunch in Oslo before.{_MORE}",
            [("talks", "past", None)],
        ),
        (
            f"{_SHOOK_HANDS} The two ministers agreed to cut tariffs on fish. The harbour was busy. Ships came "
            f"in. Dahl and Holm then held talks over lunch at the harbour.{_MORE}",
            [("talks", "past", None)],
        ),
        (
            f"{_SHOOK_HANDS} The two ministers agreed to cut tariffs on fish. Dahl and Holm will hold talks over "
            f"lunch at the harbour.{_MORE}",
            [("talks", "upcoming", None)],
        ),
    ],
)
def test_news_day_dates_the_opening_sittings(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert meetings_of(text, _FRIDAY, "kind", "status", "start") == expected, text


_IN_MARCH = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit done, glad of it, in a month after the page's: last year's; before it: this year's
        ("Mayor Anne Morel said she was delighted to visit Kyoto in April.", [("visit", "past", "2024-04")]),
        ("Mayor Anne Morel was honoured to visit Kyoto in April.", [("visit", "past", "2024-04")]),
        ("Mayor Anne Morel said she was glad to visit Kyoto in February.", [("visit", "past", "2025-02")]),
        # a visit looked forward to: this year's month still ahead, next year's one gone by
        (
            "Mayor Anne Morel said she is looking forward to visiting Kyoto in April.",
            [("visit", "upcoming", "2025-04")],
        ),
        (
            "Mayor Anne Morel is looking forward to visiting Kyoto in February.",
            [("visit", "upcoming", "2026-02")],
        ),
    ],
)
def test_year_of_a_glad_or_awaited_visit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert meetings_of(text, _IN_MARCH, "kind", "status", "start") == expected, text


_TALKS = "Prime Minister Lena Dahl held talks with President Jens Holm in Bergen"
_TOPICS = "They spoke about fishing quotas and ferries."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conference of the sitting's parties told as held after "the talks" / "the meeting": that day
        (
            f"{_TALKS} on Thursday. {_TOPICS} The two leaders also gave a joint press conference after the "
            f"talks.{_MORE}",
            "2022-03-03",
        ),
        (
            f"{_TALKS} on Thursday. {_TOPICS} After the meeting, Dahl and Holm held a news conference at the "
            f"harbour.{_MORE}",
            "2022-03-03",
        ),
        # near misses: not told as after the sitting; a sitting of two days or of no day; other parties
        (
            f"{_TALKS} on Thursday. {_TOPICS} The two leaders also gave a joint press conference in Oslo.{_MORE}",
            None,
        ),
        (
            f"{_TALKS} on Thursday and Friday. {_TOPICS} The two leaders also gave a joint press conference "
            f"after the talks.{_MORE}",
            None,
        ),
        (
            f"{_TALKS}. {_TOPICS} The two leaders also gave a joint press conference after the talks.{_MORE}",
            None,
        ),
        (
            f"{_TALKS} on Thursday. They spoke about fishing quotas. Dahl and Governor Eva Lind gave a joint "
            f"press conference after the talks.{_MORE}",
            None,
        ),
    ],
)
def test_conference_after_the_talks_is_of_their_day(text: str, expected: str | None) -> None:
    found = [start for kind, start in meetings_of(text, _FRIDAY, "kind", "start") if kind == "conference"]
    assert found == [expected], text
