"""How much concurrent fetching speeds up importing URLs.

Serves N distinct article pages from a local server that waits a little on
every request (standing in for network latency), imports them all into a
fresh temporary store at 1 and at 8 connections, and prints pages/second and
the ratio. Then runs the real command line, `briefing import URL... --db x.json`,
on the same pages and checks that all of them were imported.

    .venv/bin/python benchmarks/import_urls.py [--pages 50] [--delay 0.2] [--no-cli]

Figures are for reading, not asserting: the target is at least 3x at 8
connections on a 2-core machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import briefing_tui.extract as extract_module  # noqa: E402
from briefing_tui.importer import ArticleStored, ImportRequest, ImportSummary, run_import, warm_up  # noqa: E402
from briefing_tui.store import open_store  # noqa: E402

PAGE = (ROOT / "sample_data" / "saved-page" / "wang-yi-calls.html").read_text(encoding="utf-8")


def page_for(number: int) -> bytes:
    """A distinct page per URL (its own headline), so each import is its own article."""
    return PAGE.replace("Counterparts</h1>", f"Counterparts (copy {number})</h1>", 1).encode()


def serve(delay: float) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            time.sleep(delay)
            number = int(self.path.strip("/").split("-")[-1].split(".")[0])
            body = page_for(number)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


class WriterClock:
    """Time spent in the single writer (extraction + store write), which no connection count can overlap."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu = 0.0
        self._extract = extract_module.extract

    def extract(self, article):
        started = time.perf_counter()
        try:
            return self._extract(article)
        finally:
            self.seconds += time.perf_counter() - started

    def wrap_store(self, store):
        put = store.put_extraction

        def timed_put(extraction):
            started = time.perf_counter()
            try:
                return put(extraction)
            finally:
                self.seconds += time.perf_counter() - started

        store.put_extraction = timed_put
        return store


def timed_import(urls: list[str], connections: int) -> tuple[float, int, int, WriterClock]:
    clock = WriterClock()
    extract_module.extract = clock.extract
    with tempfile.TemporaryDirectory() as folder:
        store = clock.wrap_store(open_store(Path(folder) / "bench.json"))
        try:
            started, cpu_started = time.perf_counter(), time.process_time()
            events = list(run_import(ImportRequest(sources=tuple(urls), concurrency=connections), store))
            elapsed = time.perf_counter() - started
            clock.cpu = time.process_time() - cpu_started
            summary = events[-1]
            assert isinstance(summary, ImportSummary)
            stored = sum(isinstance(e, ArticleStored) for e in events)
            return elapsed, stored, store.counts().articles, clock
        finally:
            store.close()
            extract_module.extract = clock._extract


def cli_import(urls: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "x.json"
        command = [
            sys.executable,
            "-m",
            "briefing_tui",
            "import",
            *urls,
            "--db",
            str(db),
            "--concurrency",
            "8",
        ]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        exported = subprocess.run(
            [sys.executable, "-m", "briefing_tui", "export", "--db", str(db)], capture_output=True, text=True
        )
        articles = len(json.loads(exported.stdout)["articles"]) if exported.returncode == 0 else "?"
        print(
            f"briefing import (CLI, 8 connections): exit {done.returncode}, {articles}/{len(urls)} articles "
            f"in the store, {elapsed:.2f} s including start-up"
        )
        if done.returncode != 0:
            print(done.stderr.strip()[-2000:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--delay", type=float, default=0.2, help="seconds the server waits per request")
    parser.add_argument("--no-cli", action="store_true", help="skip the command-line run")
    args = parser.parse_args()
    server, base = serve(args.delay)
    urls = [f"{base}/article-{n}.html" for n in range(args.pages)]
    warm_up()  # page reader loaded before timing, as the app does after its first paint
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"{args.pages} local pages, {args.delay * 1000:.0f} ms server delay per request; "
        f"{os.cpu_count()} cores, load average {load} (other processes slow the single writer down)"
    )
    rates = {}
    for connections in (1, 8):
        elapsed, stored, in_store, writer = timed_import(urls, connections)
        rates[connections] = stored / elapsed
        print(
            f"{connections} connection(s): {stored}/{args.pages} stored ({in_store} in store) "
            f"in {elapsed:.2f} s = {rates[connections]:.1f} pages/s; "
            f"writer (extract + store) busy {writer.seconds:.2f} s = "
            f"{writer.seconds / max(stored, 1) * 1000:.0f} ms/page; this process used {writer.cpu:.2f} s of CPU"
        )
    print(f"speed-up at 8 connections: {rates[8] / rates[1]:.1f}x (target >= 3x)")
    if not args.no_cli:
        cli_import(urls)
    server.shutdown()


if __name__ == "__main__":
    main()
