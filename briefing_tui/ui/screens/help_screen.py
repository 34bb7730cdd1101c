"""Every key that works where help was asked for, read from the live bindings (keymaps included)."""

from __future__ import annotations

import re
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing_tui.ui.widgets.key_bar import KeyBar
from briefing_tui.ui.widgets.keys import text_scroll_bindings

INTRO = (
    "briefing lists the actors, statements and meetings read from imported articles.\n"
    "Tab / shift+tab move between panes; ctrl+p opens the command palette with every action.\n"
)


SCREEN_GROUP = "On this screen"


def _owner(binding: ActiveBinding) -> str:
    node = binding.node
    if node is node.app:
        return "Everywhere"
    if node is node.screen:
        return getattr(node, "HELP_GROUP", SCREEN_GROUP)  # "Dashboard", "Reading an article"
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", type(node).__name__).lower()  # ActorsPane -> actors pane
    return f"In the {words}"


# Textual's own bindings, in words that say what they do here.
_DESCRIPTIONS = {
    "app.focus_next": "Next pane or field",
    "app.focus_previous": "Previous pane or field",
    "app.command_palette": "Command palette",
    "command_palette": "Command palette",
}
# Scroll keys every scrolling widget inherits from Textual, by the direction they scroll.
_HORIZONTAL_SCROLLS = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})
_VERTICAL_SCROLLS = frozenset(
    {"scroll_up", "scroll_down", "page_up", "page_down", "scroll_home", "scroll_end"}
)


def does_something(active: ActiveBinding) -> bool:
    """Whether the key does anything for the person where help was asked for.

    Textual gives every screen and scrolling widget keys of its own: copying a
    mouse selection (none is made), moving focus on a screen with one stop,
    scrolling a widget sideways that wraps its lines, or up and down in a one-line
    input. Those are left out of help; every binding briefing declares is kept.
    """
    node, action = active.node, active.binding.action
    if active.binding.id is not None:
        return True  # one of briefing's (each has an id, Textual's own have none)
    if action == "screen.copy_text":
        return bool(node.screen.get_selected_text())
    if action in ("app.focus_next", "app.focus_previous"):
        return len(node.screen.focus_chain) > 1
    if action in _HORIZONTAL_SCROLLS:
        return node.allow_horizontal_scroll
    if action in _VERTICAL_SCROLLS:
        return node.allow_vertical_scroll
    return True


def help_text(bindings: dict[str, ActiveBinding], styles: dict[str, Style]) -> Text:
    """One line per action (its keys together), grouped by where it applies; unavailable ones marked.

    ``styles`` maps "key", "group" and "muted" to styles (from the screen's TCSS).
    """
    lines: dict[tuple[str, str, str], tuple[list[str], bool]] = {}
    for key, active in bindings.items():
        if not does_something(active):
            continue
        binding = active.binding
        what = (
            _DESCRIPTIONS.get(binding.action)
            or binding.description
            or binding.tooltip
            or binding.action.replace("_", " ")
        )
        display_key = active.node.app.get_key_display(binding) or key
        keys, enabled = lines.setdefault((_owner(active), binding.action, what), ([], active.enabled))
        if display_key not in keys:
            keys.append(display_key)
    groups: dict[str, list[tuple[str, str, bool]]] = {}
    for (group, _action, what), (keys, enabled) in lines.items():
        groups.setdefault(group, []).append((" ".join(keys), what, enabled))
    text = Text(INTRO)
    screen_groups = {_owner(a) for a in bindings.values() if a.node is a.node.screen}
    for group in sorted(groups, key=lambda g: (g not in screen_groups, g != "Everywhere", g)):
        text.append(f"\n{group}\n", style=styles["group"])
        for keys, what, enabled in groups[group]:
            text.append(f"  {keys:<14}", style=styles["key"])
            if len(keys) >= 14:
                text.append(" ")
            text.append(what)
            if not enabled:
                text.append("  (not available now)", style=styles["muted"])
            text.append("\n")
    return text


class HelpScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "close", "Close help", id="help-close"),
        *text_scroll_bindings("help", line="scroll_lines", page="scroll_pages", edge="scroll_edge"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {"help-screen--key", "help-screen--group", "help-screen--muted"}

    def __init__(self, bindings: dict[str, ActiveBinding]) -> None:
        super().__init__()
        self.bindings = bindings

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="dialog") as box:
            box.border_title = "Keys"
            yield Static(id="help-text")
        yield KeyBar(id="footer", app_keys=False)  # this dialog's keys, over the screen's

    def on_mount(self) -> None:
        styles = {
            part: self.get_component_rich_style(f"help-screen--{part}") for part in ("key", "group", "muted")
        }
        self.query_one("#help-text", Static).update(help_text(self.bindings, styles))

    def _box(self) -> VerticalScroll:
        return self.query_one("#help-box", VerticalScroll)

    def action_scroll_lines(self, lines: int) -> None:
        self._box().scroll_relative(y=lines, animate=False)

    def action_scroll_pages(self, pages: int) -> None:
        self.action_scroll_lines(pages * max(1, self._box().size.height - 1))

    def action_scroll_edge(self, end: int) -> None:
        box = self._box()
        box.scroll_to(y=box.max_scroll_y if end > 0 else 0, animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
