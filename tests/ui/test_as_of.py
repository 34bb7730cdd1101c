"""The as-of day: the factory argument, the key, the palette, and stale announcements."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.dashboard.dates import PASSED_UNCONFIRMED
from briefing_tui.ui.screens.as_of_dialog import AsOfDialog
from tests.ui.conftest import make_app, settle


def header(app) -> str:
    return str(app.screen.query_one("#header").render())


def labels(app) -> dict[str, str]:
    return {r.meeting.kind: r.label for r in app.screen.pane("meetings").rows}


async def test_header_shows_as_of_only_when_not_today(sample_db):
    app = make_app(sample_db, as_of=None, today=lambda: date(2023, 10, 24))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert "as of" not in header(app)
        assert labels(app)["visit"] == "in 2 days"


async def test_after_the_dates_an_upcoming_visit_is_not_confirmed(sample_db):
    app = make_app(sample_db, as_of=date(2023, 10, 30))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "as of 2023-10-30" in header(app)
        assert labels(app)["visit"] == PASSED_UNCONFIRMED
        visit = next(r for r in app.screen.pane("meetings").rows if r.meeting.kind == "visit")
        assert not visit.upcoming
        assert app.screen.pane("meetings").rows[0].meeting.kind == "summit"
        await pilot.press("3")
        drawn = [app.screen.pane("meetings").render_line(y).text for y in range(4)]
        assert any("date passed, not confirmed" in line for line in drawn)  # never cut short


async def test_an_unconfirmed_meeting_hides_no_column_of_the_others_in_the_two_column_layout(sample_db):
    """At 100x30 the meetings pane is half the screen. Before, one 'date passed, not confirmed'
    row widened When to 26 cells for every row, which hid Kind and Status (upcoming, past,
    proposed) from all of them; now the long labels are cut in their own rows only."""
    app = make_app(sample_db, as_of=date(2023, 10, 30))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert labels(app)["visit"] == PASSED_UNCONFIRMED
        pane = app.screen.pane("meetings")
        heading = pane.render_line(0).text.split()
        assert heading == ["When", "Kind", "Participants", "Status"], heading
        drawn = [pane.render_line(y).text for y in range(1, 1 + len(pane.rows))]
        assert any("date passed" in line and "visit" in line and "not con" in line for line in drawn), drawn
        assert any("7 days ago" in line for line in drawn), drawn  # the other rows' labels whole


async def test_t_changes_the_day_to_the_newest_article_or_a_typed_date(sample_db):
    app = make_app(sample_db, as_of=None)  # the real today is 2024-01-15
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert labels(app)["visit"] == PASSED_UNCONFIRMED
        await pilot.press("t")
        assert isinstance(app.screen, AsOfDialog)
        await pilot.press("down", "enter")  # "As of the newest article"
        assert app.as_of == date(2023, 10, 24)
        assert labels(app)["visit"] == "in 2 days"
        await pilot.press("t", "down", "down", "enter")  # "Another date…"
        field = app.screen.query_one("#as-of-input")
        field.value = "2023-10-27"
        await pilot.press("enter")
        assert labels(app)["visit"] == "under way"
        assert "as of 2023-10-27" in header(app)
        await pilot.press("t", "enter")  # today
        assert app.as_of is None
        assert "as of" not in header(app)


async def run_from_palette(pilot, search: str) -> None:
    """Open the command palette, type ``search`` and run the first match."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*search)
    await pilot.pause(0.5)
    await pilot.press("enter")
    await settle(pilot)


async def test_palette_offers_as_of_the_newest_article(sample_db):
    app = make_app(sample_db, as_of=None)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await run_from_palette(pilot, "newest")
        assert app.as_of == date(2023, 10, 24)


async def test_palette_lists_only_actions_that_apply(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Import articles" in titles and "Filter this pane" in titles
        assert "Delete the article" not in titles  # the Actors pane has focus
        assert "Load the sample briefing" not in titles  # the store is not empty
        await pilot.press("4")
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Delete the article" in titles and "Correct the publication date" in titles


async def test_palette_has_one_entry_to_maximize_the_pane_and_one_to_restore_it(sample_db):
    """Textual's own "Maximize"/"Minimize" stood beside the dashboard's, which keeps the footer in sight."""
    app = make_app(sample_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)

        def sizing() -> list[str]:
            titles = [c.title for c in app.get_system_commands(app.screen)]
            return [t for t in titles if t.split()[0] in ("Maximize", "Minimize", "Restore")]

        assert sizing() == ["Maximize the pane"]
        await run_from_palette(pilot, "maximize the pane")
        assert app.screen.maximized is app.screen.pane("actors")
        assert sizing() == ["Restore the pane"]
        await run_from_palette(pilot, "restore the pane")
        assert app.screen.maximized is None
        assert sizing() == ["Maximize the pane"]


async def test_palette_runs_a_dashboard_action(sample_db):
    app = make_app(sample_db)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await run_from_palette(pilot, "go to meetings")
        assert app.screen.focused is app.screen.pane("meetings")


async def _import_file(pilot, path, published: str) -> None:
    from tests.ui.conftest import open_import_dialog

    dialog = await open_import_dialog(pilot, "file")
    dialog.query_one("#import-path").value = str(path)
    dialog.query_one("#import-date").value = published
    await pilot.press("ctrl+r")
    await settle(pilot)


async def test_the_first_import_after_the_sample_reads_dates_as_of_the_day_before_it(empty_db):
    """Before, the sample's day (2023-10-24) stayed after the person imported news of their own:
    talks this Friday were listed 'in 3 years', after every one of the sample's meetings."""
    from tests.ui.conftest import DATA, record_notifications

    today = date(2026, 11, 25)
    app = make_app(empty_db, as_of=None, today=lambda: today)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        await pilot.press("s")
        await settle(pilot)
        assert app.as_of == date(2023, 10, 24) and "as of 2023-10-24" in header(app)
        await _import_file(pilot, DATA / "summit.html", "2026-11-24")  # talks in Lisbon on Friday
        assert app.as_of is None and "as of" not in header(app)
        soonest = app.screen.pane("meetings").rows[0]
        assert (soonest.meeting.location, soonest.label) == ("Lisbon", "in 2 days")
        assert shown[-1][0].endswith(
            "Dates are read as of 2026-11-25 again, not the sample's 2023-10-24 (t changes the day)."
        )


async def test_a_day_chosen_after_the_sample_stays_through_imports(empty_db):
    from tests.ui.conftest import DATA

    app = make_app(empty_db, as_of=date(2024, 5, 1), today=lambda: date(2026, 11, 29))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await _import_file(pilot, DATA / "visit.txt", "2024-04-22")
        assert app.as_of == date(2024, 5, 1)  # the --as-of day it had before the sample
        app.screen.set_as_of(date(2023, 10, 24))  # chosen (t, the palette): kept
        await _import_file(pilot, DATA / "summit.html", "2024-04-23")
        assert app.as_of == date(2023, 10, 24)


async def test_opened_as_of_the_sample_s_day_an_import_after_it_says_nothing_of_the_day(empty_db):
    from tests.ui.conftest import DATA, record_notifications

    app = make_app(empty_db, as_of=date(2023, 10, 24), today=lambda: date(2026, 11, 25))
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        shown = record_notifications(app)
        await pilot.press("s")
        await settle(pilot)
        await _import_file(pilot, DATA / "summit.html", "2023-10-24")
        assert app.as_of == date(2023, 10, 24)
        assert "Dates are read as of" not in shown[-1][0]


# A date typed as soon as t has opened the dialog: the digits went to the list of choices, which
# has no use for them, and Enter then chose its first line, today, where the person had typed
# another day. Typed on the list, a digit starts the date in the field below it. Each case: the
# keys after t, whether they come in one read, and the day the dashboard is read as of then
# (None: today), or the dialog still open.
TYPED_DAYS = [
    ("a date and Enter", [*"2023-10-27", "enter"], False, date(2023, 10, 27)),
    ("a date and Enter in one read with t", [*"2023-10-27", "enter"], True, date(2023, 10, 27)),
    ("a day of another year", [*"2022-02-03", "enter"], False, date(2022, 2, 3)),
    ("a date that is no day keeps the dialog open", [*"2023-13-40", "enter"], False, "open"),
    ("near miss: Enter alone still chooses today", ["enter"], False, None),
    (
        "near miss: down and Enter still choose the newest article",
        ["down", "enter"],
        False,
        date(2023, 10, 24),
    ),
    (
        "near miss: Another date, then the date",
        ["down", "down", "enter", *"2023-10-26", "enter"],
        False,
        date(2023, 10, 26),
    ),
]


@pytest.mark.parametrize(("case", "keys", "at_once", "expected"), TYPED_DAYS, ids=[c[0] for c in TYPED_DAYS])
async def test_a_date_typed_on_the_choices_is_the_day_chosen(sample_db, case, keys, at_once, expected):
    from tests.ui.test_navigation import type_at_once

    app = make_app(sample_db, as_of=None)  # today is 2024-01-15
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        if at_once:
            type_at_once(app, "t", *keys)
        else:
            await pilot.press("t")
            await settle(pilot)
            await pilot.press(*keys)
        await settle(pilot)
        if expected == "open":
            assert isinstance(app.screen, AsOfDialog), case
            assert "2023-13-40" in str(app.screen.query_one("#as-of-error").render()), case
        else:
            assert not isinstance(app.screen, AsOfDialog), case
            assert app.as_of == expected, case
