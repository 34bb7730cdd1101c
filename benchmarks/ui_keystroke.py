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
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from ui_startup import build_store

from briefing_tui.ui.app import create_app


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

    base = statistics.median(baseline)
    print(f"Pilot key press with no binding (overhead): {ms(baseline)}")
    print(
        f"pane switch (1-4):                         {ms(switches)}  net {(statistics.median(switches) - base) * 1000:.1f} ms"
    )
    print(
        f"filter keystroke, 10,000 rows match:       {ms(typing)}  net {(statistics.median(typing) - base) * 1000:.1f} ms"
    )
    print(
        f"filter keystroke, narrowing as you type:   {ms(narrowing)}  net {(statistics.median(narrowing) - base) * 1000:.1f} ms"
    )
    print(f"work only: filter + draw visible lines:    {ms(work_filter)}")
    print(f"work only: pane switch detail + draw:      {ms(work_switch)}")
    print("target: under 50 ms per keystroke")


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
