"""Every dashboard action in the command palette, shown only where it applies."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

if TYPE_CHECKING:
    from briefing_tui.ui.app import BriefingApp

# (action, title, help): the screen's check_action decides whether each one applies now.
DASHBOARD_COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("focus_pane('actors')", "Go to Actors", "Focus the Actors pane (1)"),
    ("focus_pane('statements')", "Go to Statements", "Focus the Statements pane (2)"),
    ("focus_pane('meetings')", "Go to Meetings", "Focus the Meetings pane (3)"),
    ("focus_pane('articles')", "Go to Articles", "Focus the Articles pane (4)"),
    ("filter", "Filter this pane", "Type to narrow the focused pane (/)"),
    ("show_all", "Show all actors", "Undo narrowing to one actor (a)"),
    ("import", "Import articles", "URLs, a file or pasted text (i)"),
    ("load_sample", "Load the sample briefing", "Import the bundled TIME article (s)"),
    ("cancel_import", "Cancel the import", "Stop after the current article (c)"),
    ("open_article", "Open the article", "Read the text with extracted items highlighted (o)"),
    ("correct_date", "Correct the publication date", "Re-read the article's dates from a new date (d)"),
    ("delete_article", "Delete the article", "Remove it and its items, after confirming (x)"),
    ("hide_past", "Hide past meetings", "Show only upcoming and proposed meetings (p)"),
    ("show_past", "Show past meetings", "Show every meeting again (p)"),
    ("change_as_of", "Change the as-of day", "Read the briefing as of another day (t)"),
    ("export", "Export the store to JSON", "Write every article and item to a file (e)"),
    ("copy_item", "Copy the selected item", "Put the detail text on the clipboard (y)"),
    ("maximize_pane", "Maximize the pane", "Fill the screen with the focused pane (m)"),
    ("reload", "Reload the store", "Read the store again (r)"),
)

RESTORE_PANE = ("Restore the pane", "Show every pane again (m or escape)")


def _parse(action: str) -> tuple[str, tuple[object, ...]]:
    name, _, rest = action.partition("(")
    args = tuple(a.strip().strip("'") for a in rest.rstrip(")").split(",") if a.strip()) if rest else ()
    return name, args


def briefing_commands(app: BriefingApp, screen: Screen) -> Iterable[SystemCommand]:
    from briefing_tui.ui.screens.main_screen import MainScreen

    if not isinstance(screen, MainScreen):
        return
    for action, title, help_text in DASHBOARD_COMMANDS:
        name, args = _parse(action)
        if screen.check_action(name, args) is False:
            continue

        async def run(action: str = action) -> None:
            await screen.run_action(action)

        if name == "maximize_pane" and screen.maximized is not None:
            title, help_text = RESTORE_PANE
        yield SystemCommand(title, help_text, run)
    yield SystemCommand(
        "As of the newest article",
        "Read the briefing as its newest article's readers did",
        lambda: _as_of_newest(screen),
    )
    yield SystemCommand(
        "As of today", "Read the briefing as of the real today", lambda: screen.set_as_of(app.today())
    )


def _as_of_newest(screen) -> None:
    from briefing_tui.dashboard.rows import newest_published

    if screen.board is not None:
        screen.set_as_of(newest_published(screen.board.snapshot) or screen.briefing.today())
