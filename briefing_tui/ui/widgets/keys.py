"""Key bindings shared by the widgets that scroll text (detail panel, article reader)."""

from __future__ import annotations

from textual.binding import Binding


def text_scroll_bindings(prefix: str, *, line: str, page: str, edge: str) -> list[Binding]:
    """j/k, g/G and page keys; ``line``, ``page`` and ``edge`` are actions taking +1 or -1."""
    return [
        Binding("j,down", f"{line}(1)", "Down", show=False, id=f"{prefix}-down"),
        Binding("k,up", f"{line}(-1)", "Up", show=False, id=f"{prefix}-up"),
        Binding("g,home", f"{edge}(-1)", "Top", show=False, id=f"{prefix}-top"),
        Binding("G,end", f"{edge}(1)", "Bottom", show=False, id=f"{prefix}-bottom"),
        Binding("pagedown,ctrl+d,space", f"{page}(1)", "Page down", show=False, id=f"{prefix}-page-down"),
        Binding("pageup,ctrl+u", f"{page}(-1)", "Page up", show=False, id=f"{prefix}-page-up"),
    ]
