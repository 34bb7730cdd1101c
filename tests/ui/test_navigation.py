"""Pilot tests: panes, focus keys, movement, detail, filter, actor narrowing, escape."""

from __future__ import annotations

import pytest
from textual.events import Paste
from textual.screen import ModalScreen

from briefing_tui.ui.widgets.detail_panel import DetailPanel
from tests.ui.conftest import make_app as app_for
from tests.ui.conftest import settle

KEY_NAMES = {"/": "slash", "?": "question_mark", "-": "minus", ":": "colon", ".": "full_stop", " ": "space"}


def type_at_once(app, *keys: str | Paste) -> None:
    """Queue ``keys`` (characters, key names such as "escape", or a paste) together, as the terminal
    driver queues the keys of one read: nothing is handled between them."""
    from textual import events

    for key in keys:
        if isinstance(key, Paste):
            app.post_message(key)
        elif len(key) == 1:
            app.post_message(events.Key(KEY_NAMES.get(key, key), key))
        else:
            app.post_message(events.Key(key, None))


async def press_then_type_at_once(pilot, before: list[str], burst: list[str | Paste]) -> None:
    """Once the board is shown, press ``before`` one key at a time, then send ``burst`` in one read."""
    await settle(pilot)
    await pilot.press(*before)
    await settle(pilot)
    type_at_once(pilot.app, *burst)
    await settle(pilot)


def detail_text(app) -> str:
    return app.screen.query_one(DetailPanel).plain


def pane_names(app, pane: str) -> list[str]:
    screen = app.screen
    return [row.key for row in screen.pane(pane).rows]


async def test_opens_with_all_panes_and_actors_focused(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.focused is screen.pane("actors")
        assert [screen.pane(p).border_title for p in ("actors", "statements", "meetings", "articles")] == [
            "1 Actors (8)",
            "2 Statements (2)",
            "3 Meetings (3)",
            "4 Articles (1)",
        ]
        names = [row.actor.name for row in screen.pane("actors").rows]
        assert names[0] == "Wang Yi"  # speaks twice and meets twice
        assert len(names) == 8
        assert "Wang Yi" in detail_text(app)


async def test_digits_jump_and_tab_cycles(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        for key, pane in (("2", "statements"), ("3", "meetings"), ("4", "articles"), ("1", "actors")):
            await pilot.press(key)
            assert screen.focused is screen.pane(pane), key
        await pilot.press("tab")
        assert screen.focused is screen.pane("statements")
        await pilot.press("tab", "tab")
        assert screen.focused is screen.pane("articles")
        await pilot.press("shift+tab")
        assert screen.focused is screen.pane("meetings")


async def test_vim_keys_move_the_cursor(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        actors = app.screen.pane("actors")
        await pilot.press("j", "j")
        assert actors.cursor == 2
        await pilot.press("k")
        assert actors.cursor == 1
        await pilot.press("G")
        assert actors.cursor == len(actors.rows) - 1
        await pilot.press("g")
        assert actors.cursor == 0
        await pilot.press("down")
        assert actors.cursor == 1
        assert actors.current_row.actor.name in detail_text(app)


async def test_meetings_upcoming_first_with_labels(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        rows = app.screen.pane("meetings").rows
        assert [(r.meeting.kind, r.label) for r in rows] == [
            ("visit", "in 2 days"),
            ("summit", "next month"),
            ("call", "yesterday"),
        ]


async def test_enter_on_statement_opens_detail_and_escape_returns(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "enter")
        assert isinstance(app.screen.focused, DetailPanel)
        text = detail_text(app)
        assert "direct quote" in text and "Evidence:" in text and "China's Wang Yi Calls" in text
        await pilot.press("escape")
        assert app.screen.focused is app.screen.pane("statements")
        await pilot.press("escape", "escape")
        assert app.is_running  # escape never quits


async def test_the_footer_offers_escape_back_while_the_detail_has_focus(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one("#footer")
        await pilot.press("2")
        await pilot.pause()
        assert "esc Back" not in str(footer.render())  # in a pane, Escape only clears a filter or a chip
        await pilot.press("enter")
        await pilot.pause()
        assert str(footer.render()).strip().startswith("esc Back")
        await pilot.click(footer, offset=(str(footer.render()).index("esc Back") + 1, 0))
        await pilot.pause()
        assert app.screen.focused is app.screen.pane("statements")


async def test_filter_is_incremental_case_insensitive_and_escape_clears(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("slash")
        assert screen.focused.id == "filter-input"
        await pilot.press("f", "o", "r")
        names = [r.actor.name for r in screen.pane("actors").rows]
        assert names == ["Wang Yi", "Eli Cohen", "Riyad al-Maliki"]  # role "Foreign Minister"
        await pilot.press("space", "I", "s", "r")
        assert [r.actor.name for r in screen.pane("actors").rows] == ["Eli Cohen"]
        assert screen.pane("actors").border_title == "1 Actors (1 of 8)"
        assert "filtered by actors: for Isr" in str(screen.query_one("#header").render())
        await pilot.press("enter")
        assert screen.focused is screen.pane("actors")
        assert len(screen.pane("actors").rows) == 1
        await pilot.press("escape")
        assert len(screen.pane("actors").rows) == 8
        assert "filtered" not in str(screen.query_one("#header").render())


async def test_while_typing_a_filter_the_footer_says_how_to_keep_or_clear_it(sample_db):
    """The placeholder that says so is gone once a character is typed: the footer keeps saying it."""
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        footer = screen.query_one("#footer")
        await pilot.press("slash", "w", "a")
        await pilot.pause()
        assert str(footer.render()).strip().startswith("⏎ Keep filter  esc Clear filter")
        await pilot.click(footer, offset=(str(footer.render()).index("esc Clear") + 1, 0))
        await pilot.pause()
        assert screen.focused is screen.pane("actors") and len(screen.pane("actors").rows) == 8
        await pilot.press("slash", "w", "a")
        await pilot.click(footer, offset=(str(footer.render()).index("Keep filter"), 0))
        await pilot.pause()
        assert screen.focused is screen.pane("actors") and len(screen.pane("actors").rows) == 1


async def test_digits_typed_in_filter_do_not_switch_panes(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("3", "slash", "2", "0", "2", "3", "-", "1", "1")
        screen = app.screen
        assert screen.focused.id == "filter-input"
        assert screen.query_one("#filter-input").value == "2023-11"
        assert [r.meeting.kind for r in screen.pane("meetings").rows] == ["summit"]
        await pilot.press("escape")
        assert screen.focused is screen.pane("meetings")
        assert len(screen.pane("meetings").rows) == 3


async def test_selecting_an_actor_narrows_statements_and_meetings(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("slash", *"cohen", "enter", "enter")
        assert screen.actor_id is not None
        assert [r.statement.speaker for r in screen.pane("statements").rows] == ["Wang Yi"]
        assert [r.meeting.kind for r in screen.pane("meetings").rows] == ["call"]
        assert "actor: Eli Cohen" in str(screen.query_one("#header").render())
        await pilot.press("a")
        assert len(screen.pane("statements").rows) == 2 and len(screen.pane("meetings").rows) == 3
        await pilot.press("enter")
        assert len(screen.pane("meetings").rows) == 1
        await pilot.press("escape")  # first escape clears the text filter
        assert screen.actor_id is not None
        await pilot.press("escape")  # then the actor narrowing
        assert screen.actor_id is None
        assert len(screen.pane("meetings").rows) == 3


async def test_an_empty_pane_says_what_hides_its_rows(sample_db):
    """Narrowed to an actor without meetings, the pane does not claim a text filter is to blame."""
    app = app_for(sample_db, as_of=None)  # months after the sample: every meeting is past
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("slash", *"maliki", "enter", "enter")
        assert screen.pane("meetings").rows == []
        assert (
            screen.pane("meetings").empty_text == "No meetings with Riyad al-Maliki. a shows every actor's."
        )
        await pilot.press("3", "slash", *"zzz", "enter")
        assert screen.pane("meetings").empty_text == "No matches. Escape clears the filter."
        await pilot.press("escape", "escape", "p")
        assert screen.pane("meetings").rows == []
        assert screen.pane("meetings").empty_text == "No upcoming meetings. p shows past ones too."


async def test_toggle_past_hides_past_meetings(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one("#footer")
        await pilot.press("3")
        await pilot.pause()
        assert "p Hide past" in str(footer.render())  # says what p will do, not just "Past"
        await pilot.press("p")
        await pilot.pause()
        assert [r.meeting.kind for r in app.screen.pane("meetings").rows] == ["visit", "summit"]
        assert "p Show past" in str(footer.render()) and "Hide past" not in str(footer.render())
        await pilot.press("p")
        assert len(app.screen.pane("meetings").rows) == 3
        app.set_keymap({"toggle-past": "P"})  # one id for the key, whichever way it turns
        await pilot.press("P")
        assert len(app.screen.pane("meetings").rows) == 2


async def test_maximize_and_escape_restores(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "m")
        assert app.screen.maximized is app.screen.pane("statements")
        await pilot.press("escape")
        assert app.screen.maximized is None
        assert app.is_running


async def test_keys_in_a_maximized_pane_never_act_out_of_sight(sample_db):
    """Before, Enter or a digit moved focus to a pane or the detail hidden behind the maximized
    pane, and / typed into a hidden filter line: the screen showed a pane no key reached, and
    no footer."""
    app = app_for(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("3", "m", "enter")
        await pilot.pause()
        assert screen.maximized is screen.query_one(DetailPanel)  # the opened item fills the screen
        await pilot.press("escape")
        await pilot.press("3", "m", "2")
        await pilot.pause()
        assert screen.maximized is screen.pane("statements")  # the pane jumped to is the one shown
        footer = screen.query_one("#footer")
        assert footer.region.height > 0 and "Filter" in str(footer.render())
        await pilot.press("slash", *"xi")
        await pilot.pause()
        filter_input = screen.query_one("#filter-input")
        assert screen.focused is filter_input and filter_input.region.height > 0  # typed in sight
        assert screen.maximized is screen.pane("statements")
        await pilot.press("escape")  # clears the filter, as the footer says, and stays maximized
        await pilot.pause()
        assert screen.pane_filters["statements"] == ""
        assert screen.maximized is screen.pane("statements")
        await pilot.press("escape")
        assert screen.maximized is None


async def test_clicking_a_row_moves_the_cursor(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        meetings = app.screen.pane("meetings")
        await pilot.click(meetings, offset=(3, 3))  # border, header, then rows 0 and 1
        assert app.screen.focused is meetings
        assert meetings.cursor == 1


async def test_a_maximized_detail_fills_the_screen(sample_db):
    """Before, it kept its 12 lines in the middle of an empty screen, with '↓ more' below."""
    for size in [(100, 30), (80, 24)]:
        app = app_for(sample_db)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press("2", "enter", "m")
            await pilot.pause()
            detail = app.screen.query_one("#detail")
            assert app.screen.maximized is detail
            assert detail.outer_size.height >= size[1] - 2, (size, detail.outer_size)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen.maximized is None


async def test_help_lists_live_bindings_and_closes(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        from briefing_tui.ui.screens.help_screen import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        for expected in ("Import", "Filter", "Export", "Quit", "As of", "Down"):
            assert expected in text
        assert "In the actors pane" in text and "ActorsPane" not in text  # words, not a class name
        box = app.screen.query_one("#help-box")
        await pilot.press("G")
        assert box.scroll_y == box.max_scroll_y > 0
        await pilot.press("g")
        assert box.scroll_y == 0
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert app.is_running and not isinstance(app.screen, HelpScreen)


async def test_help_lists_only_keys_that_do_something_there(sample_db):
    """Not Textual's own keys that do nothing here (copying a mouse selection nobody made, scrolling
    wrapped text sideways, paging a one-line input); each action once, its keys together."""
    from briefing_tui.ui.screens.help_screen import HelpScreen

    async def help_lines(pilot) -> list[str]:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text").render())
        await pilot.press("escape")
        return [line.strip() for line in text.splitlines()]

    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        lines = await help_lines(pilot)
        assert not any("Copy selected text" in line for line in lines)
        assert "^q q          Quit" in lines and "↓ j           Down" in lines
        assert "tab           Next pane or field" in lines and "^p            Command palette" in lines
        await pilot.press("4", "o")
        await settle(pilot)
        lines = await help_lines(pilot)
        assert not any(word in line for line in lines for word in ("Scroll Left", "Page Left", "Next pane"))
        assert "pgdn ^d space Page down" in lines
        await pilot.press("escape", "slash")
        lines = await help_lines(pilot)
        assert not any(word in line for line in lines for word in ("Scroll Up", "Page Up", "Page Left"))
        assert "home ^a       Go to start" in lines


async def test_the_palettes_keys_command_opens_briefings_help(sample_db):
    """Before, 'Keys' in the command palette opened Textual's own key panel, which lists keys that do
    nothing here (ctrl+c 'Copy selected text', the scroll keys) beside the dashboard's."""
    from briefing_tui.ui.screens.help_screen import HelpScreen

    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "ctrl+p", "k", "e", "y", "s")
        await settle(pilot)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        assert "In the statements pane" in str(app.screen.query_one("#help-text").render())
        assert not app.query("HelpPanel")


async def test_q_quits(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("q")
        assert not app.is_running


async def test_y_copies_the_detail_text(sample_db):
    app = app_for(sample_db)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "y")
        assert copied == [detail_text(app).rstrip()]
        assert "Every country has the right" in copied[0]
        await pilot.press("1", "y", "4", "y")  # an actor, an article: their facts, not the panel's key hints
        actor, article = copied[1:]
        assert actor.startswith("Wang Yi\n") and actor.endswith(
            "Articles: China's Wang Yi Calls Israeli and Palestinian Counterparts"
        )
        assert "Enter" not in actor and "Enter" not in article and "x deletes" not in article
        assert article.startswith("China's Wang Yi Calls Israeli and Palestinian Counterparts\n")


async def test_bindings_can_be_remapped_by_id(sample_db):
    from briefing_tui.ui.screens.import_dialog import ImportDialog

    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.set_keymap({"import": "ctrl+o", "focus-meetings": "M"})
        await pilot.press("M")
        assert app.screen.focused is app.screen.pane("meetings")
        await pilot.press("ctrl+o")
        assert isinstance(app.screen, ImportDialog)


async def test_clicking_a_key_in_the_footer_runs_it(sample_db):
    from briefing_tui.ui.screens.import_dialog import ImportDialog

    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one("#footer")
        text = str(footer.render())
        await pilot.click(footer, offset=(text.index(" i Import") + 2, 0))
        await pilot.pause()
        assert isinstance(app.screen, ImportDialog)


async def test_at_80x24_the_filtered_pane_stays_open_while_typing(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("2", "slash", *"every")
        assert screen.focused.id == "filter-input"
        statements = screen.pane("statements")
        assert statements.size.height >= 5  # the matches are on screen, not only the count in the title
        assert len(statements.rows) == 1
        await pilot.press("enter")
        assert screen.focused is statements and statements.size.height >= 5


async def test_at_80x24_the_focused_detail_takes_the_room_the_collapsed_panes_leave(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("2", "enter")
        detail = screen.query_one(DetailPanel)
        assert screen.focused is detail
        # header, four collapsed pane titles and the footer: everything else is the detail's
        assert detail.outer_size.height == 24 - 1 - 4 - 1
        await pilot.press("escape")
        assert screen.focused is screen.pane("statements")
        assert screen.pane("statements").size.height >= 5


async def test_footer_keeps_help_in_view_when_its_keys_do_not_fit(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 24)) as pilot:
        await settle(pilot)
        footer = app.screen.query_one("#footer")
        await pilot.press("4")  # the articles pane has the most keys
        await pilot.pause()
        assert str(footer.render()).rstrip().endswith("? Help")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        text = str(footer.render()).rstrip()
        assert len(text) <= 80
        assert text.startswith(" \u23ce Read") and text.endswith("? Help")  # Enter's meaning first, help last
        assert "x Delete" in text and "q Quit" not in text  # keys of every pane give way before this pane's
        await pilot.click(footer, offset=(text.index("? Help") + 1, 0))
        await pilot.pause()
        from briefing_tui.ui.screens.help_screen import HelpScreen

        assert isinstance(app.screen, HelpScreen)


async def test_clicking_a_pane_while_filtering_closes_the_filter_line(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("slash", *"wang")
        meetings = screen.pane("meetings")
        await pilot.click(meetings, offset=(3, 3))
        await pilot.pause()
        assert screen.focused is meetings
        assert not screen.has_class("-filtering")  # the filter line goes, its text stays applied
        assert not screen.pane("actors").has_class("-filter-target")
        assert screen.pane_filters["actors"] == "wang"


async def test_a_dialog_footer_shows_only_the_keys_that_work_in_it(sample_db):
    from briefing_tui.ui.screens.confirm_dialog import ConfirmDialog
    from briefing_tui.ui.screens.help_screen import HelpScreen
    from briefing_tui.ui.screens.import_dialog import ImportDialog
    from briefing_tui.ui.widgets.key_bar import KeyBar

    def bottom_line(app) -> str:
        widget, _ = app.screen.get_widget_at(1, app.size.height - 1)
        assert isinstance(widget, KeyBar) and widget.screen is app.screen  # the dialog's, not the one behind
        return str(widget.render()).strip()

    app = app_for(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for keys, dialog, expected in [
            (["i"], ImportDialog, "esc Close  ^r Import  ^l Clear  f1 Help"),  # ? is typed in its field
            (["4", "x"], ConfirmDialog, "esc No  y Yes  ? Help"),
            (["question_mark"], HelpScreen, "esc Close help"),
            (["t"], None, "⏎ Choose  esc Cancel  ? Help"),
            (["4", "d"], None, "⏎ OK  esc Cancel  f1 Help"),
        ]:
            await pilot.press(*keys)
            await pilot.pause()
            assert dialog is None or isinstance(app.screen, dialog)
            assert bottom_line(app) == expected
            await pilot.press("escape")
            await pilot.pause()
        assert "i Import" in bottom_line(app)

        await pilot.press("i")
        await pilot.pause()
        footer = app.screen.query_one(KeyBar)
        await pilot.click(footer, offset=(str(footer.render()).index("esc Close") + 1, 0))
        await pilot.pause()
        assert not isinstance(app.screen, ImportDialog)


async def test_the_header_shortens_its_counts_rather_than_cut_them(sample_db):
    app = app_for(sample_db)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        header = app.screen.query_one("#header")
        assert str(header.render()).rstrip().endswith("8 actors \u00b7 2 statements \u00b7 3 meetings")
        await pilot.press("slash", *"cohen", "enter", "enter")  # two filter chips: no room for long counts
        await settle(pilot)
        text = str(header.render()).rstrip()
        assert "filtered by actor: Eli Cohen" in text and len(text) <= 140
        assert text.endswith("1 art \u00b7 8 act \u00b7 2 stm \u00b7 3 mtg")
        await pilot.press("escape")  # the filter chip gone: the long form fits again
        await settle(pilot)
        text = str(header.render()).rstrip()
        assert "Eli Cohen" in text and text.endswith("8 actors \u00b7 2 statements \u00b7 3 meetings")
        await pilot.resize_terminal(110, 40)  # narrower with the actor chip: short again
        await settle(pilot)
        text = str(header.render()).rstrip()
        assert "Eli Cohen" in text and text.endswith("1 art \u00b7 8 act \u00b7 2 stm \u00b7 3 mtg")


async def test_a_wire_reprint_shows_each_quote_once_with_every_article_it_came_from(tmp_path):
    """Before, the statements pane listed each quote of a story stored from two outlets twice."""
    from tests.ui.briefing_fixture import build_store, reprint_of, wang_yi_extraction

    original = wang_yi_extraction()
    reprint = reprint_of(
        original,
        outlet="AP",
        url="https://ap.example/wang",
        lead="BEIJING (AP) \u2014 ",
        published="2023-10-25",
    )
    db = build_store(tmp_path / "briefing.json", original, reprint)
    app = app_for(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert len(screen.board.snapshot.statements) == 4  # the store keeps both outlets' copies
        statements = screen.pane("statements")
        assert statements.border_title == "2 Statements (2)"
        assert "2 articles \u00b7 8 actors \u00b7 2 statements" in str(screen.query_one("#header").render())
        assert [r.statement.text for r in statements.rows] == [s.text for s in original.statements]
        wang = next(r for r in screen.pane("actors").rows if r.actor.name == "Wang Yi")
        assert wang.statements == 2
        await pilot.press("2")
        assert statements.row_cells(statements.current_row)[-1] == f"{original.article.title} +1"
        detail = detail_text(app)
        assert "Read in 2 articles:\n" in detail
        assert (
            f"\u2022 {original.article.title}  \u00b7  2023-10-25  \u00b7  AP  \u00b7  https://ap.example/wang\n"
            in detail
        )
        assert (
            f"\u2022 {original.article.title}  \u00b7  2023-10-24  \u00b7  TIME  \u00b7  https://time.example/wang-yi\n"
            in detail
        )
        await pilot.press("1", "enter", "2")  # narrowed to Wang Yi: still once each
        assert screen.actor_id == wang.actor.id and len(statements.rows) == 2


async def test_help_opens_from_every_dialog_and_leaves_it_as_it_was(sample_db):
    """F1 (and ? where no field types it) did nothing in a dialog: Textual stops the app's keys at a modal."""
    from textual.widgets import Input, TextArea

    from briefing_tui.ui.screens.as_of_dialog import AsOfDialog
    from briefing_tui.ui.screens.confirm_dialog import ConfirmDialog
    from briefing_tui.ui.screens.date_dialog import DateDialog
    from briefing_tui.ui.screens.help_screen import HelpScreen
    from briefing_tui.ui.screens.import_dialog import ImportDialog

    app = app_for(sample_db)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        for keys, dialog, group, own_key in [
            (["i"], ImportDialog, "Importing articles", "^r            Import"),
            (["4", "x"], ConfirmDialog, "Confirming", "y             Yes"),
            (["t"], AsOfDialog, "Choosing the day", "esc           Cancel"),
            (["4", "d"], DateDialog, "Giving a date", "esc           Cancel"),
        ]:
            await pilot.press(*keys)
            await pilot.pause()
            opened = app.screen
            assert isinstance(opened, dialog)
            field = opened.focused
            typing = isinstance(field, Input | TextArea)
            if typing:
                await pilot.press("question_mark")  # typed, not taken for help
                assert app.screen is opened
                assert (field.value if isinstance(field, Input) else field.text).endswith("?")
            for key in ("f1", *(() if typing else ("question_mark",))):
                await pilot.press(key)
                await pilot.pause()
                assert isinstance(app.screen, HelpScreen), (dialog, key)
                help_text = str(app.screen.query_one("#help-text").render())
                assert (
                    f"\n{group}\n" in help_text and own_key in help_text
                )  # the dialog's keys, not the dashboard's
                assert "Dashboard" not in help_text
                await pilot.press("escape")
                await pilot.pause()
                assert app.screen is opened and opened.focused is field  # back where the person was
            await pilot.press("escape")
            await pilot.pause()
        assert not isinstance(app.screen, ModalScreen)


async def test_the_header_keeps_every_filter_in_sight_on_a_small_screen(sample_db):
    """An actor chosen and a pane filtered: before, at 80x24 and 100x30 the header ran out of room
    in the middle of the second chip ('filtered by statements:', the query itself cut off). Now the
    chips lose 'filtered by' and then the counts (the panes' titles have them) before any is cut."""
    for size in ((80, 24), (100, 30)):
        app = app_for(sample_db)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press("j", "enter", "2", "slash", *"protect", "enter")
            await settle(pilot)
            text = str(app.screen.query_one("#header").render()).rstrip()
            assert "actor: Antony Blinken" in text and "statements: protect" in text, (size, text)
            assert len(text) <= size[0], (size, text)


async def test_evidence_of_a_hard_wrapped_article_reads_as_one_line(tmp_path):
    """A text file wrapped at 60 columns: the detail shows the evidence sentence on one line, its
    quote highlighted, though the article keeps its line breaks as written."""
    from briefing_tui.core.models import Article
    from briefing_tui.extract import extract
    from tests.ui.briefing_fixture import build_store

    text = (
        "Foreign Minister Ana Lucia Vargas of Peru held talks with her\n"
        "Bolivian counterpart Marco Rojas in Lima on Monday, and the\n"
        "two agreed to reopen the border crossing at Desaguadero.\n\n"
        '"We have agreed to reopen the crossing before the harvest\n'
        'begins next month," Vargas told reporters after the meeting\n'
        "at the ministry, adding that customs officers would return.\n"
    )
    extraction = extract(Article(id="wrapped", title="Border talks", published="2024-05-14", text=text))
    app = app_for(build_store(tmp_path / "briefing.json", extraction))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("2", "enter")
        await settle(pilot)
        shown = detail_text(app)
        assert "We have agreed to reopen the crossing before the harvest begins next month" in shown
        assert "harvest\nbegins" not in shown


def screen_text(app) -> str:
    """What the terminal shows now (the last frame drawn, as a screenshot takes it), as plain text."""
    import html
    import re

    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\u00a0", " ")


async def test_a_pane_that_grows_draws_the_rows_its_new_room_shows(sample_db):
    """Before, a pane that grew (at 80x24, a collapsed pane jumped to; a terminal made taller)
    scrolled back to its first row but went on drawing the rows from its old top: the rows above
    the cursor out of sight, blank lines below, until a key moved the cursor."""
    app = app_for(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        meetings = screen.pane("meetings")
        await pilot.press("3", "G", "1")  # the cursor on the last meeting; the pane collapses to it
        await pilot.press("3")
        await pilot.pause()
        assert meetings.top == 0
        shown = screen_text(app)
        assert all(row.label in shown for row in meetings.rows), shown


async def test_at_60x20_a_filter_being_typed_shows_several_matches(sample_db):
    """Before, the filter line and the detail's seven lines left the filtered pane two rows."""
    app = app_for(sample_db)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("1", "slash", "n")  # most actors' names have an n
        await pilot.pause()
        actors = app.screen.pane("actors")
        assert len(actors.rows) >= 5
        assert actors.content_size.height - 1 >= 5  # below its header line: five matches in sight
        assert "Wang Yi" in detail_text(app)  # the detail still names the highlighted one


async def test_a_click_that_moves_into_a_pane_chooses_nothing(sample_db):
    """Before, clicking into another pane on the row its cursor rested on (its first row, as a
    rule) chose it: a click to go to Articles opened the reader, one to go to Actors narrowed the
    statements and meetings to that actor. A second click on the row still chooses it."""
    from briefing_tui.ui.screens.article_screen import ArticleScreen

    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("2")
        await pilot.click("#articles-pane", offset=(5, 2))  # border, header, then the first row
        await settle(pilot)
        assert app.screen is screen and screen.focused is screen.pane("articles")
        await pilot.click("#actors-pane", offset=(5, 2))
        await pilot.pause()
        assert screen.focused is screen.pane("actors") and screen.actor_id is None
        await pilot.click("#actors-pane", offset=(5, 2))  # clicked again, in the pane: chosen
        await pilot.pause()
        assert screen.actor_id == screen.pane("actors").rows[0].key
        await pilot.click("#articles-pane", offset=(5, 2))
        await pilot.click("#articles-pane", offset=(5, 2))
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)


# Reopening the filter line: what was kept is still there, the cursor after it, nothing selected,
# so the next keys add to it (as in a browser's or an editor's find box). Each case: the keys that
# set up a kept filter, the keys typed after '/' opens the line again, the text then in the line.
REOPENED_FILTERS = [
    ("kept with Enter, one letter added", ["slash", *"wan", "enter"], ["g"], "wang"),
    ("kept with Enter, a word added", ["slash", *"for", "enter"], [*" isr"], "for isr"),
    ("kept by a click elsewhere", ["slash", *"eli", "click-meetings", "1"], ["space", "c"], "eli c"),
    (
        "backspace takes the last letter, not the whole text",
        ["slash", *"wang", "enter"],
        ["backspace"],
        "wan",
    ),
    ("near miss: cleared with Escape, the line opens empty", ["slash", *"wang", "escape"], [*"eli"], "eli"),
    ("near miss: another pane's filter is not brought along", ["slash", *"wang", "enter", "2"], [*"x"], "x"),
]


@pytest.mark.parametrize(
    ("case", "setup", "typed", "expected"), REOPENED_FILTERS, ids=[c[0] for c in REOPENED_FILTERS]
)
async def test_a_reopened_filter_keeps_its_text_and_adds_what_is_typed(
    sample_db, case, setup, typed, expected
):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        for key in setup:
            if key == "click-meetings":
                await pilot.click(screen.pane("meetings"), offset=(3, 3))
                await pilot.pause()
            else:
                await pilot.press(key)
        await pilot.press("slash")
        filter_input = screen.query_one("#filter-input")
        assert filter_input.selection.is_empty, case  # nothing selected for the next key to replace
        assert filter_input.cursor_position == len(filter_input.value), case
        await pilot.press(*typed)
        assert filter_input.value == expected, case


# A dialog's footer names the key that answers it, as the dashboard's names Enter on a row. Each
# case: the keys that open the dialog (and move in it), then its footer.
DIALOG_FOOTERS = [
    ("a publication date being typed", ["4", "d"], "⏎ OK  esc Cancel  f1 Help"),
    ("the day's choices", ["t"], "⏎ Choose  esc Cancel  ? Help"),
    ("the day's choices, the cursor moved", ["t", "down"], "⏎ Choose  esc Cancel  ? Help"),
    ("a day being typed", ["t", "down", "down", "enter"], "⏎ OK  esc Cancel  f1 Help"),
    ("near miss: a yes/no question answers with y, not Enter", ["4", "x"], "esc No  y Yes  ? Help"),
    ("near miss: the import dialog imports with ctrl+r", ["i"], "esc Close  ^r Import  ^l Clear  f1 Help"),
]


@pytest.mark.parametrize(("case", "keys", "expected"), DIALOG_FOOTERS, ids=[c[0] for c in DIALOG_FOOTERS])
async def test_a_dialog_answered_with_enter_says_so_in_its_footer(sample_db, case, keys, expected):
    from briefing_tui.ui.widgets.key_bar import KeyBar

    app = app_for(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        footer = app.screen.query_one(KeyBar)
        assert str(footer.render()).strip() == expected, case


# Clicking the footer's Enter does what the key does.
CLICKED_ENTER = [
    (
        "the publication date",
        ["4", "d"],
        "2023-10-31",
        lambda app: app.screen.board.snapshot.articles[0].published,
    ),
    ("the day typed in", ["t", "down", "down", "enter"], "2023-10-27", lambda app: app.as_of.isoformat()),
]


@pytest.mark.parametrize(("case", "keys", "typed", "read"), CLICKED_ENTER, ids=[c[0] for c in CLICKED_ENTER])
async def test_clicking_the_footer_s_enter_answers_a_date_dialog(sample_db, case, keys, typed, read):
    from briefing_tui.ui.widgets.key_bar import KeyBar

    app = app_for(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        app.screen.focused.value = typed
        footer = app.screen.query_one(KeyBar)
        await pilot.click(footer, offset=(str(footer.render()).index("⏎ OK") + 1, 0))
        await settle(pilot)
        assert read(app) == typed, case


# Keys that reach the app in one read (typed fast over a slow link, or sent by a macro) are handled
# one after another with nothing in between: those after '/' must land in the filter line, not in
# the pane ('a' shows all actors, 'g' jumps to the top). Each case: the keys, the filter then.
TYPED_AT_ONCE = [
    ("a name", "/wang", "wang"),
    ("letters that are pane keys", "/gap", "gap"),
    ("digits that switch panes", "/2023", "2023"),
    ("near miss: a slash typed in the filter line is text", "/10/24", "10/24"),
    ("near miss: one key at a time, as before", None, "wang"),
]


@pytest.mark.parametrize(("case", "burst", "expected"), TYPED_AT_ONCE, ids=[c[0] for c in TYPED_AT_ONCE])
async def test_keys_typed_at_once_after_slash_go_to_the_filter(sample_db, case, burst, expected):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        if burst is None:
            await pilot.press("slash", *expected)
        else:
            type_at_once(app, *burst)
            await pilot.pause()
        assert screen.query_one("#filter-input").value == expected, case
        assert screen.focused.id == "filter-input" and screen.pane("actors").has_class("-filter-target"), case


# Keys that reach the app in the same read as q: the app quits cleanly and they act on nothing.
# Before, a dialog they opened mounted into the closing app and its first query failed: a
# traceback on the terminal and exit status 1. Each case: the keys after q, in one read.
KEYS_AFTER_Q = [
    ("the as-of dialog", "t"),
    ("the import dialog", "i"),
    ("help", "?"),
    ("a pane and its date dialog", "4d"),
    ("a filter", "/wang"),
]


@pytest.mark.parametrize(("case", "keys"), KEYS_AFTER_Q, ids=[c[0] for c in KEYS_AFTER_Q])
async def test_keys_typed_with_q_do_not_outlive_the_quit(sample_db, case, keys):
    app = app_for(sample_db)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        type_at_once(app, *"q" + keys)
        await pilot.pause()
    assert app.return_code == 0, case


# Keys typed right after the key that opens a dialog, before the dialog is on the screen (a path
# pasted after i by a macro, a date typed after d over a slow link): they were routed to the
# dashboard's pane, which had no use for them, and were lost. They go to the dialog, in order.
# Each case: keys pressed first (one at a time), the keys that come in one read, and what the
# field focused afterwards holds, or None when no dialog should be left open.
TYPED_INTO_A_DIALOG = [
    ("a URL after i", [], ["i", *"https://example.org/talks"], "https://example.org/talks"),
    ("two lines after i", [], ["i", *"a.example/1", "enter", *"b.example/2"], "a.example/1\nb.example/2"),
    ("a date after d on an article", ["4"], ["d", *"2023-10-30"], "2023-10-30"),
    ("near miss: Escape at once still closes the import dialog", [], ["i", "escape"], None),
    ("near miss: n at once still answers the delete question", ["4"], ["x", "n"], None),
    ("near miss: Escape at once still closes help", [], ["?", "escape"], None),
    ("near miss: the command palette, as before", [], ["ctrl+p", *"export"], "export"),
]


@pytest.mark.parametrize(
    ("case", "before", "burst", "expected"), TYPED_INTO_A_DIALOG, ids=[c[0] for c in TYPED_INTO_A_DIALOG]
)
async def test_keys_typed_as_a_dialog_opens_go_into_it(sample_db, case, before, burst, expected):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await press_then_type_at_once(pilot, before, burst)
        focused = app.screen.focused
        if expected is None:
            assert not isinstance(app.screen, ModalScreen), case
            assert len(app.screen.board.snapshot.articles) == 1, case
        else:
            assert (getattr(focused, "value", None) or getattr(focused, "text", None)) == expected, case


# Keys typed right after one that closes a text field (Enter keeps the filter, Escape closes the
# import dialog), in the same read: the field, still focused while that key went up to be acted on,
# took them as text ('wang2' as the filter, '2' at the end of the dialog's URL) and the pane never
# had them. They wait for that key, then act where the focus went. Each case: keys pressed first
# (one at a time), the keys that come in one read, the widget focused afterwards, how to read what
# the field kept, and what it should hold.
def actors_filter(app):
    return app.screen.pane_filters["actors"]


TYPED_AFTER_A_CLOSING_KEY = [
    (
        "a digit after Enter in the filter",
        ["slash"],
        [*"wang", "enter", "2"],
        "statements-pane",
        actors_filter,
        "wang",
    ),
    ("j after Enter in the filter", ["slash"], [*"an", "enter", "j"], "actors-pane", actors_filter, "an"),
    (
        "slash, a name, Enter and a digit",
        [],
        ["slash", *"wang", "enter", "2"],
        "statements-pane",
        actors_filter,
        "wang",
    ),
    (
        "a digit after Escape in the filter",
        ["slash"],
        [*"wang", "escape", "2"],
        "statements-pane",
        actors_filter,
        "",
    ),
    (
        "a digit after Enter in the date dialog",
        ["4", "d"],
        ["ctrl+u", *"2023-10-30", "enter", "2"],
        "statements-pane",
        lambda app: app.screen.board.snapshot.articles[0].published,
        "2023-10-30",
    ),
    (
        "a digit after Escape in the import dialog",
        ["i"],
        [*"a.example/1", "escape", "2"],
        "statements-pane",
        lambda app: app.screen.import_drafts[0].urls,
        "a.example/1",
    ),
    (
        "a date that is no day keeps the dialog: the digit after Enter is typed there",
        ["4", "d"],
        ["ctrl+u", *"2023-13-30", "enter", "2"],
        "date-input",
        lambda app: app.screen.focused.value,
        "2023-13-302",
    ),
    (
        "Backspace at once deletes the letter before it, not the one after",
        ["slash"],
        [*"wang", "backspace", "x"],
        "filter-input",
        actors_filter,
        "wanx",
    ),
    (
        "a paste after Backspace comes after the letter typed between them",
        ["slash"],
        [*"wang", "backspace", "x", Paste("yz")],
        "filter-input",
        actors_filter,
        "wanxyz",
    ),
    (
        "near miss: Enter in the import dialog's URLs starts a line",
        ["i"],
        [*"a.example/1", "enter", *"b.example/2"],
        "import-urls",
        lambda app: app.screen.focused.text,
        "a.example/1\nb.example/2",
    ),
    (
        "near miss: one key at a time",
        ["slash", *"wang", "enter", "2"],
        [],
        "statements-pane",
        actors_filter,
        "wang",
    ),
]


@pytest.mark.parametrize(
    ("case", "before", "burst", "focused", "read", "kept"),
    TYPED_AFTER_A_CLOSING_KEY,
    ids=[c[0] for c in TYPED_AFTER_A_CLOSING_KEY],
)
async def test_keys_typed_after_enter_or_escape_act_where_the_focus_went(
    sample_db, case, before, burst, focused, read, kept
):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await press_then_type_at_once(pilot, before, burst)
        assert app.screen.focused.id == focused, case
        assert read(app) == kept, case
        if focused == "actors-pane":
            assert app.screen.pane("actors").cursor == 1, case


# Keys typed right after one that moves the focus ('2' to the statements, Enter on a statement to
# its detail, Escape back to the pane), in the same read: the focus moved only after the keys
# already on their way had been handled where it was, so 'j' after '2' moved the actors' cursor and
# 'x' after '4' asked nothing (the actors pane has no article to delete). Each case: keys pressed
# first (one at a time), the keys that come in one read, and what should hold afterwards.
def cursors(app) -> tuple[int, int]:
    return app.screen.pane("actors").cursor, app.screen.pane("statements").cursor


TYPED_AFTER_A_FOCUS_KEY = [
    ("j after 2 moves down the statements", [], ["2", "j"], lambda app: cursors(app) == (0, 1)),
    ("x after 4 asks to delete the article", [], ["4", "x"], lambda app: isinstance(app.screen, ModalScreen)),
    (
        "j after Enter on a statement scrolls its detail",
        ["2"],
        ["enter", "j"],
        lambda app: cursors(app) == (0, 0) and app.screen.query_one(DetailPanel).top == 1,
    ),
    (
        "j after Escape from the detail moves down the statements",
        ["2", "enter"],
        ["escape", "j"],
        lambda app: cursors(app) == (0, 1) and app.screen.focused.id == "statements-pane",
    ),
    ("near miss: one key at a time", ["2", "j"], [], lambda app: cursors(app) == (0, 1)),
    ("near miss: j then 2 moves the actors first", [], ["j", "2"], lambda app: cursors(app) == (1, 0)),
]


@pytest.mark.parametrize(
    ("case", "before", "burst", "holds"), TYPED_AFTER_A_FOCUS_KEY, ids=[c[0] for c in TYPED_AFTER_A_FOCUS_KEY]
)
async def test_keys_typed_after_a_focus_key_act_where_the_focus_went(sample_db, case, before, burst, holds):
    app = app_for(sample_db)
    async with app.run_test(size=(120, 40)) as pilot:
        await press_then_type_at_once(pilot, before, burst)
        assert holds(app), case


# In a short terminal (a split of 12 to 19 lines) the header, the footer, the three folded panes'
# title lines and the detail's seven lines took every line: the pane in use showed its border and
# no row, so the cursor moved through rows no one could see. The detail gives way as the height
# drops, and while a filter is typed in the shortest ones it steps aside. Below 12 lines (a 24-line
# terminal split in two) the same happened again, and at 8 the articles pane was not drawn at all:
# there the detail shows only when Enter opens it, the filter line is one line, and below 9 the
# other panes' title lines step aside too. Each case: terminal size, keys, the pane in use (None:
# the detail), the rows it shows at least, and the lines of detail text kept at least.
SHORT_TERMINALS = [
    ("80x12, the actors", (80, 12), ["1"], "actors", 1, 1),
    ("80x14, the statements", (80, 14), ["2"], "statements", 3, 1),
    ("60x17, the meetings", (60, 17), ["3"], "meetings", 3, 3),
    ("40x12, a filter being typed", (40, 12), ["1", "slash", "n"], "actors", 1, 0),
    ("80x15, a filter being typed", (80, 15), ["1", "slash", "n"], "actors", 3, 0),
    ("80x11, the statements", (80, 11), ["2"], "statements", 3, 0),
    ("100x10, the meetings", (100, 10), ["3"], "meetings", 2, 0),
    ("80x9, the actors", (80, 9), ["1"], "actors", 1, 0),
    ("80x8, the articles", (80, 8), ["4"], "articles", 2, 0),
    ("80x11, a filter being typed", (80, 11), ["2", "slash", "w"], "statements", 2, 0),
    ("60x8, a filter being typed", (60, 8), ["1", "slash", "w"], "actors", 1, 0),
    ("80x11, Enter opens a statement's detail", (80, 11), ["2", "enter"], None, 0, 3),
    ("80x8, Enter opens a meeting's detail", (80, 8), ["3", "enter"], None, 0, 3),
    ("near miss: 80x24 keeps the detail's seven lines", (80, 24), ["1"], "actors", 5, 5),
]


def lines_in_sight(screen, widget) -> int:
    """The lines of the screen on which ``widget`` is drawn, its border's included."""
    return sum(screen.get_widget_at(2, y)[0] is widget for y in range(screen.size.height))


@pytest.mark.parametrize(
    ("case", "size", "keys", "pane", "rows", "detail_lines"),
    SHORT_TERMINALS,
    ids=[c[0] for c in SHORT_TERMINALS],
)
async def test_a_short_terminal_shows_rows_of_the_pane_in_use(
    sample_db, case, size, keys, pane, rows, detail_lines
):
    app = app_for(sample_db)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await settle(pilot)
        screen = app.screen
        if pane is not None:  # rows in sight: not the border's two lines nor the header line
            assert lines_in_sight(screen, screen.pane(pane)) - 3 >= rows, case
        detail = screen.query_one(DetailPanel)
        assert max(0, lines_in_sight(screen, detail) - 2) >= detail_lines, case
        if size == (80, 24):
            assert detail.outer_size.height == 7, case
