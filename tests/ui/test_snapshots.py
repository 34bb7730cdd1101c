"""How the dashboard looks: SVG snapshots (pytest-textual-snapshot), reviewed by a person.

Stores are hand-built (tests/ui/briefing_fixture.py) and the clock is fixed,
so the pictures change only when the UI does. Regenerate with
``pytest tests/ui/test_snapshots.py --snapshot-update`` and review the SVGs.
"""

from __future__ import annotations

from textual.widgets import Input

from tests.ui.conftest import make_app, settle


async def ready(pilot) -> None:
    await settle(pilot)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False


def test_sample_briefing_80x24(snap_compare, sample_db):
    assert snap_compare(make_app(sample_db), terminal_size=(80, 24), run_before=ready)


def test_sample_briefing_160x48(snap_compare, sample_db):
    assert snap_compare(make_app(sample_db), terminal_size=(160, 48), run_before=ready)


def test_sample_briefing_200x60_meetings_focused(snap_compare, sample_db):
    assert snap_compare(make_app(sample_db), terminal_size=(200, 60), run_before=ready, press=["3"])


def test_sample_briefing_80x24_statement_detail(snap_compare, sample_db):
    assert snap_compare(make_app(sample_db), terminal_size=(80, 24), run_before=ready, press=["2", "enter"])


def test_actor_narrowing_and_filter_chips_120x40(snap_compare, sample_db):
    async def narrowed(pilot) -> None:
        await ready(pilot)
        await pilot.press("slash", *"cohen", "enter", "enter", "2")

    assert snap_compare(make_app(sample_db), terminal_size=(120, 40), run_before=narrowed)


def test_light_theme_120x40(snap_compare, sample_db):
    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await ready(pilot)

    assert snap_compare(make_app(sample_db), terminal_size=(120, 40), run_before=light)


def test_empty_store_welcome_80x24(snap_compare, empty_db):
    assert snap_compare(make_app(empty_db, as_of=None), terminal_size=(80, 24), run_before=ready)


def test_help_screen_80x24(snap_compare, sample_db):
    async def help_open(pilot) -> None:
        await ready(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(sample_db), terminal_size=(80, 24), run_before=help_open)


def test_import_dialog_80x24(snap_compare, sample_db):
    async def dialog_open(pilot) -> None:
        await ready(pilot)
        await pilot.press("i")
        await pilot.pause()
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False

    assert snap_compare(make_app(sample_db), terminal_size=(80, 24), run_before=dialog_open)


def test_article_reader_100x30(snap_compare, sample_db):
    async def article_open(pilot) -> None:
        await ready(pilot)
        await pilot.press("4", "enter")
        await settle(pilot)

    assert snap_compare(make_app(sample_db), terminal_size=(100, 30), run_before=article_open)


def test_delete_confirmation_80x24(snap_compare, sample_db):
    async def confirm_open(pilot) -> None:
        await ready(pilot)
        await pilot.press("4", "x")
        await pilot.pause()

    assert snap_compare(make_app(sample_db), terminal_size=(80, 24), run_before=confirm_open)
