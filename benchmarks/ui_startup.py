"""Launch to first paint of the dashboard, with a store of 1,000 articles (median of 5).

    python benchmarks/ui_startup.py [--articles 1000] [--runs 5]

Each run is a fresh process (as `briefing` would be): the figures are wall
time from just before the process starts to (a) the first paint (the
"Opening …" screen) and (b) the first full paint (panes filled from the
store). A bare Textual app is timed the same way in the same run, so the
ratio shows what briefing adds. Prints figures, asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from briefing_tui.core import ids
from briefing_tui.core.models import Actor, Article, Extraction, Meeting, Statement

NAMES = [
    f"{first} {last}"
    for first in ("Ana", "Wang", "Eli", "Riyad", "Jake", "Xi", "Olaf", "Lula", "Modi", "Kim")
    for last in ("Ruiz", "Yi", "Cohen", "Maliki", "Sullivan", "Park", "Berg", "Silva", "Rao", "Ito")
]
KINDS = ("call", "visit", "meeting", "summit", "talks")


def synthetic_extraction(index: int, statements: int, meetings: int = 2) -> Extraction:
    """One made-up article with ``statements`` statements and ``meetings`` meetings among a pool of actors."""
    published = date(2023, 1, 1) + timedelta(days=index % 365)
    sentences = [
        f"Sentence {n} of article {index}: the minister said talks would continue." for n in range(statements)
    ]
    text = " ".join(sentences)
    article_id = ids.article_id_for_text(text)
    cast = [NAMES[(index * 7 + k) % len(NAMES)] for k in range(5)]
    actors = tuple(
        Actor(
            ids.actor_id("person", name),
            name,
            "person",
            "Foreign Minister",
            "Country " + name[-2:],
            (),
            (article_id,),
        )
        for name in cast
    )
    out_statements = []
    position = 0
    for n, sentence in enumerate(sentences):
        speaker = actors[n % len(actors)]
        words = f"talks would continue ({index}.{n})"
        out_statements.append(
            Statement(
                id=ids.statement_id(article_id, speaker.id, words, position),
                actor_id=speaker.id,
                speaker=speaker.name,
                text=words,
                kind="direct" if n % 2 else "indirect",
                evidence=sentence,
                addressee_ids=(actors[(n + 1) % len(actors)].id,),
                date=published.isoformat(),
                article_id=article_id,
                evidence_start=position,
                evidence_end=position + len(sentence),
            )
        )
        position += len(sentence) + 1
    out_meetings = []
    for n in range(meetings):
        who = (actors[n].id, actors[n + 1].id)
        start = published + timedelta(days=3 + n * 20)
        out_meetings.append(
            Meeting(
                id=ids.meeting_id(article_id, KINDS[n % len(KINDS)], who, n),
                kind=KINDS[n % len(KINDS)],  # type: ignore[arg-type]
                status="upcoming",
                evidence=sentences[0],
                participant_ids=who,
                location="Geneva",
                start=start.isoformat(),
                article_id=article_id,
            )
        )
    article = Article(
        article_id, f"Talks continue, report {index}", published.isoformat(), source="Wire", text=text
    )
    return Extraction(article, actors, tuple(out_statements), tuple(out_meetings))


def build_store(path: Path, articles: int, statements_per_article: int) -> Path:
    """A real store at ``path`` (built with the store's own API)."""
    from briefing_tui.store import open_store

    store = open_store(path)
    try:
        for index in range(articles):
            store.put_extraction(synthetic_extraction(index, statements_per_article))
    finally:
        store.close()
    return path


CHILD = r"""
import sys, time
started = float(sys.argv[1]); db = sys.argv[2]; mode = sys.argv[3]
from pathlib import Path
if mode == "bare":
    from textual.app import App
    from textual.widgets import Static
    class Bare(App):
        def compose(self):
            yield Static("hello")
        def on_mount(self):
            self.call_after_refresh(self.done)
        def done(self):
            print(f"{time.time() - started:.4f} {time.time() - started:.4f}")
            self.exit()
    Bare().run(headless=True, size=(120, 40))
else:
    from briefing_tui.ui.app import create_app
    from briefing_tui.ui.screens.main_screen import MainScreen
    marks = {}
    app = create_app(Path(db))
    original_mount, original_show = MainScreen.on_mount, MainScreen.show_board
    def on_mount(self):
        original_mount(self)
        self.call_after_refresh(lambda: marks.setdefault("first", time.time() - started))
    def show_board(self, snapshot):
        original_show(self, snapshot)
        def done():
            print(f"{marks.get('first', float('nan')):.4f} {time.time() - started:.4f}")
            app.exit()
        self.call_after_refresh(done)
    MainScreen.on_mount, MainScreen.show_board = on_mount, show_board
    app.run(headless=True, size=(120, 40))
"""


def one_run(db: Path, mode: str) -> tuple[float, float]:
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, repr(started), str(db), mode],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[-2]), float(out[-1])


def where_the_full_paint_goes(db: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """In-process: reading the whole store (open_store + snapshot) and building the panes' rows."""
    from briefing_tui.dashboard.board import PANES, Board
    from briefing_tui.dashboard.filters import warm
    from briefing_tui.store import open_store

    snapshot_times, board_times, warm_times = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        store = open_store(db)
        snapshot = store.snapshot()
        store.close()
        snapshot_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        board = Board.build(snapshot, date(2023, 6, 1))
        board_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        for pane in PANES:
            warm(board.rows(pane))
        warm_times.append(time.perf_counter() - start)
    return snapshot_times, board_times, warm_times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--statements", type=int, default=10, help="statements per article")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "briefing.json"
        t = time.perf_counter()
        build_store(db, args.articles, args.statements)
        print(
            f"built a store of {args.articles} articles, {args.articles * args.statements} statements "
            f"in {time.perf_counter() - t:.1f} s"
        )
        one_run(db, "briefing")  # warm the OS file cache and .pyc files
        bare = [one_run(db, "bare")[1] for _ in range(args.runs)]
        runs = [one_run(db, "briefing") for _ in range(args.runs)]
        snapshot_times, board_times, warm_times = where_the_full_paint_goes(db, args.runs)
    first = statistics.median(r[0] for r in runs)
    full = statistics.median(r[1] for r in runs)
    bare_median = statistics.median(bare)
    print(
        f"bare Textual app, launch to first paint:      median {bare_median * 1000:6.0f} ms  (runs: "
        + ", ".join(f"{b * 1000:.0f}" for b in bare)
        + ")"
    )
    print(
        f"briefing, launch to first paint (Opening…):   median {first * 1000:6.0f} ms  "
        f"(+{(first - bare_median) * 1000:.0f} ms over bare, x{first / bare_median:.2f})"
    )
    print(
        f"briefing, launch to first full paint (panes): median {full * 1000:6.0f} ms  (runs: "
        + ", ".join(f"{r[1] * 1000:.0f}" for r in runs)
        + f"; x{full / bare_median:.2f} of bare)"
    )
    print(
        f"  of which, in-process: store open + snapshot median {statistics.median(snapshot_times) * 1000:.0f} ms, "
        f"rows for the panes median {statistics.median(board_times) * 1000:.0f} ms; "
        f"filter text, computed after the paint, median {statistics.median(warm_times) * 1000:.0f} ms"
    )
    print("target: first full paint under 1000 ms")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
