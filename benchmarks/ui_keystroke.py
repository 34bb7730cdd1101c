"""Filter keystroke and pane switch latency with 10,000 statements in the store.

    python benchmarks/ui_keystroke.py [--articles 1000] [--statements 10] [--repeat 20]

Runs the real app headless (Pilot, 120x40) on a store built with the store's
API. Each figure is the median of ``--repeat`` key presses, measured from the
key press to the end of the repaint Pilot waits for. Pilot's own overhead is
measured in the same run with a key nothing is bound to, and subtracted for
the "net" figure; "work" times the handler plus drawing the visible lines,
without Pilot. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from textual.app import App, ComposeResult
from textual.widgets import Static
from ui_startup import build_store

from briefing_tui.ui.app import create_app


class FourBoxes(App[None]):
    """The floor: a bare Textual app whose focus moves between four bordered boxes."""

    CSS = "Static { border: round $border-blurred; height: 1fr; } Static:focus { border: round $border; }"

    def compose(self) -> ComposeResult:
        for number in range(4):
            yield Static(f"box {number}\n" * 8, id=f"box-{number}")

    def on_mount(self) -> None:
        for box in self.query(Static):
            box.can_focus = True


async def bare_focus_switch(repeat: int) -> list[float]:
    app = FourBoxes()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        return await timed_presses(pilot, ["tab"] * repeat)


async def timed_presses(pilot, keys: list[str]) -> list[float]:
    times = []
    for key in keys:
        start = time.perf_counter()
        await pilot.press(key)
        times.append(time.perf_counter() - start)
    return times


def draw_visible(widget) -> None:
    for y in range(widget.scrollable_content_region.height):
        widget.render_line(y)


def ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms  (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"


async def measure(db: Path, repeat: int) -> None:
    app = create_app(db, as_of=date(2023, 6, 1), today=lambda: date(2023, 6, 1))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(3):
            await app.workers.wait_for_complete()
            await pilot.pause()
        screen = app.screen
        print(f"store: {screen.board.snapshot.counts}")
        total_statements = screen.board.snapshot.counts.statements
        baseline = await timed_presses(pilot, ["z"] * repeat)  # bound to nothing
        switches = await timed_presses(pilot, ["2", "3", "4", "1"] * (repeat // 4 + 1))
        await pilot.press("2", "slash")
        typing = await timed_presses(pilot, ["t", "backspace"] * (repeat // 2 + 1))  # "t" matches every row
        narrowing = await timed_presses(pilot, list("talks would"))
        await pilot.press("escape")

        statements = screen.pane("statements")
        work_filter = []
        for query in ["t", "", "ta", "", "talks (5", ""] * (repeat // 6 + 1):
            start = time.perf_counter()
            screen.pane_filters["statements"] = query
            screen.refresh_pane("statements")
            draw_visible(statements)
            work_filter.append(time.perf_counter() - start)
        work_switch = []
        for name in ["actors", "statements", "meetings", "articles"] * (repeat // 4 + 1):
            start = time.perf_counter()
            pane = screen.pane(name)
            screen.show_detail(pane.current_row)
            draw_visible(pane)
            draw_visible(screen.query_one("#detail"))
            work_switch.append(time.perf_counter() - start)

    floor = await bare_focus_switch(repeat)
    base = statistics.median(baseline)

    def line(label: str, values: list[float]) -> None:
        net = (statistics.median(values) - base) * 1000
        print(f"{label:<44}{ms(values)}  net {net:6.1f} ms")

    print(f"{'Pilot key press with no binding (overhead)':<44}{ms(baseline)}")
    line("bare Textual app, focus switch (floor)", floor)
    line("pane switch (1-4)", switches)
    line(f"filter keystroke, all {total_statements:,} rows match", typing)
    line("filter keystroke, narrowing as you type", narrowing)
    print(f"{'work only: filter + draw visible lines':<44}{ms(work_filter)}")
    print(f"{'work only: pane switch detail + draw':<44}{ms(work_switch)}")
    print("target: under 50 ms per keystroke")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--statements", type=int, default=10, help="statements per article")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = build_store(Path(folder) / "briefing.json", args.articles, args.statements)
        asyncio.run(measure(db, args.repeat))


if __name__ == "__main__":
    main()
