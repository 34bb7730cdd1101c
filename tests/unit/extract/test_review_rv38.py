"""Review of round 38 (second reviewer): costs and misreadings found in the round's commits.

Sentences here are our own, short, with invented names unless a rule reads a lexicon of real people.
"""

from __future__ import annotations

import time
from datetime import date
from types import SimpleNamespace

import pytest

from briefing_tui.core.models import Article
from briefing_tui.extract import meetingmerge, meetingtripdays, rolelists, timexes
from briefing_tui.extract.pipeline import build_document, run_pipeline
from tests.unit.extract.helpers import built, timexes_of

PUBLISHED = date(2024, 5, 7)


class _CountingGaps(frozenset[str]):
    """The list gaps, counting how often a gap is looked up."""

    looked_up = 0

    def __contains__(self, item: object) -> bool:
        type(self).looked_up += 1
        return super().__contains__(item)


@pytest.mark.parametrize("names", [100, 400])
def test_a_long_list_of_names_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch, names: int) -> None:
    """One sentence listing n people ("Pompeo and Lavrov and ..."; well-known surnames are people since
    this round) looked each list back from every name: n * n look-ups, seconds on a page of 40,000
    characters. The list's start is carried along instead."""
    monkeypatch.setattr(rolelists, "_LIST_GAPS", _CountingGaps(rolelists._LIST_GAPS))
    _CountingGaps.looked_up = 0
    build_document("Pompeo and Lavrov and " * (names // 2) + "Blinken met.", PUBLISHED)
    assert _CountingGaps.looked_up < 8 * names


_SUMMIT = "Prime Minister Ana Ruiz will attend the ASEAN summit in Jakarta next month.\n\n"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # ministers alone, in a story that names a summit, are as often the government's own: no body's
        (_SUMMIT + "At home, ministers said the budget would pass on Friday.", []),
        (_SUMMIT + "Ministers said the port strike would end soon.", []),
        # near misses: leaders alone are the summit's; ministers named as the body's members are its own
        (_SUMMIT + "Leaders welcomed the new trade corridor.", ["Association of Southeast Asian Nations"]),
        (
            _SUMMIT + "ASEAN ministers welcomed the new trade corridor.",
            ["Association of Southeast Asian Nations"],
        ),
    ],
)
def test_bare_ministers_speak_for_no_forum(text: str, speakers: list[str]) -> None:
    """06fad27 gave a summit's body every statement of a bare plural office, 'ministers' too."""
    assert [who for _kind, who, _words in built(text)] == speakers


TENSE_DAY = date(2023, 4, 21)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "since" phrase has a date of its own: the date after it is the main clause's (f4b1812 sent it back)
        ("The minister will make her first visit to China since 2019 on Monday.", "2023-04-24"),
        ("Ruiz will pay his first call on the mayor since March on Tuesday.", "2023-04-25"),
        ("The envoy will hold her first talks since Sunday's vote on Monday.", "2023-04-24"),
        # near misses: the date read is the "since" phrase's own, or no "since" at all
        ("The trip will be her first since taking office in March.", "2023-03"),
        ("The summit will be their first since Monday.", "2023-04-17"),
        ("The minister will make her first visit to China on Monday.", "2023-04-24"),
    ],
)
def test_since_with_a_date_of_its_own_leaves_the_next_date_to_its_clause(text: str, expected: str) -> None:
    assert timexes_of(text, TENSE_DAY)[-1][1] == expected, text


@pytest.mark.parametrize("lines", [200, 800])
def test_title_lines_are_counted_once_per_story(monkeypatch: pytest.MonkeyPatch, lines: int) -> None:
    """A page of lines with no full stop (a list of headlines, each a sitting): 5c77c0b asked for each
    headline whether every line above it is a title line, n * n checks (160,000 characters: 5.6 s)."""
    calls = 0
    real = meetingmerge.title_line

    def counted(doc: object, index: int) -> bool:
        nonlocal calls
        calls += 1
        return real(doc, index)  # type: ignore[arg-type]

    monkeypatch.setattr(meetingmerge, "title_line", counted)
    text = "Ana Ruiz meets Pedro Salas in Lima\n\n" * lines
    run_pipeline(Article(id="rv38", title=None, published="2024-05-07", text=text))
    assert calls < 4 * lines


@pytest.mark.parametrize("trips", [100, 400])
def test_undated_visits_are_weighed_in_linear_time(monkeypatch: pytest.MonkeyPatch, trips: int) -> None:
    """Each undated past visit looked again at every trip told for one under way or of several days,
    regex searches n * n times (a page of 80,000 characters of visits: 15 s). They are found once."""

    calls = 0
    real = meetingtripdays._several_days

    def counted(text: str, lo: int, hi: int) -> bool:
        nonlocal calls
        calls += 1
        return real(text, lo, hi)

    monkeypatch.setattr(meetingtripdays, "_several_days", counted)
    text = "Ana Ruiz to visit Lima\n\nAna Ruiz visited Lima\n\n" * (trips // 2)
    run_pipeline(Article(id="rv38", title=None, published="2024-05-07", text=text))
    assert calls < 4 * trips


def test_a_long_closing_list_of_dated_lines_is_weighed_in_linear_time() -> None:
    """d9bc598 looked for each date's line by walking all the closing list's lines: a page ending on
    thousands of dated lines (credit stamps, a timetable) cost their square (320,000 characters: 5.8 s).
    The line is found by bisection."""
    line = "01 December 2021 - 11:24 Ana Ruiz\n"
    text = line * 20_000
    cands = [SimpleNamespace(start=k * len(line), end=k * len(line) + 16) for k in range(20_000)]
    began = time.process_time()
    kept = timexes._story_timetable(text, 0, cands)  # type: ignore[arg-type]
    assert time.process_time() - began < 2.0
    assert kept  # every line carries a date in its own words
