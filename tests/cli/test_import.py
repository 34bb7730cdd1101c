"""``briefing import``: the reference article end to end, idempotency, failures, progress and Ctrl+C."""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tests.cli.helpers import (
    REPO,
    SAMPLE,
    SAMPLE_PUBLISHED,
    assert_one_line_error,
    assert_valid,
    closed_port_url,
    run_briefing,
    run_piped,
)

ITEM_KINDS = {"articles": "article", "actors": "actors", "statements": "statements", "meetings": "meetings"}


def export() -> dict:
    proc = run_briefing("export")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def ids(data: dict) -> dict[str, list[str]]:
    return {key: sorted(item["id"] for item in data[key]) for key in ITEM_KINDS}


def test_import_sample_then_export_is_schema_shaped():
    proc = run_briefing("import", str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "imported" in proc.stdout
    assert "China's Wang Yi Calls Israeli and Palestinian Counterparts" in proc.stdout
    assert "added: +1 article, +23 actors" in proc.stdout  # one article, not "1 articles"
    assert "store now: 1 article, 23 actors, 18 statements, 7 meetings" in proc.stdout
    data = export()
    assert set(data) == {"schema", *ITEM_KINDS}
    for key, definition in ITEM_KINDS.items():
        for item in data[key]:
            assert_valid(item, definition)
    (article,) = data["articles"]
    assert article["published"] == SAMPLE_PUBLISHED and article["published_assumed"] is False
    assert data["actors"] and data["statements"] and data["meetings"]
    names = {actor["name"] for actor in data["actors"]}
    assert "Wang Yi" in names


def test_importing_again_changes_no_counts():
    assert run_briefing("import", str(SAMPLE)).returncode == 0
    first = export()
    again = run_briefing("import", str(SAMPLE), "--published", SAMPLE_PUBLISHED)
    assert again.returncode == 0, again.stderr
    assert "replaced" in again.stdout
    assert "added: 0 articles, 0 actors, 0 statements, 0 meetings" in again.stdout
    assert ids(export()) == ids(first)


def _answer(handler: BaseHTTPRequestHandler, body: bytes, content_type: str) -> None:
    """A 200 answer of ``body``, its length announced."""
    handler.send_response(200)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class _ImportsMeanwhile(BaseHTTPRequestHandler):
    """Serves an article only after another ``briefing import`` into the same store has finished."""

    other_source = ""

    def do_GET(self) -> None:
        assert run_briefing("import", self.other_source).returncode == 0
        body = b"Talks in Rome\n\nForeign Minister Ann Lee met the Italian envoy in Rome on Monday.\n"
        _answer(self, body, "text/plain; charset=utf-8")

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_the_articles_another_import_adds_meanwhile_are_not_counted_as_added():
    """Before, 'added:' was the store's counts after the import less those before it: an import in
    another terminal at the same time inflated it (here +2 articles for the one stored)."""
    _ImportsMeanwhile.other_source = str(SAMPLE)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ImportsMeanwhile)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        # (the page waits for a whole second import: a loaded machine may need more than the default 20 s)
        url = f"http://127.0.0.1:{server.server_address[1]}/talks.txt"
        proc = run_briefing("import", url, "--timeout", "180", timeout=240)
    finally:
        server.shutdown()
        server.server_close()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    report = " ".join(proc.stdout.split())
    assert "added: +1 article, +" in report
    assert "store now: 2 articles" in report


def test_db_after_the_command(tmp_path, isolated_store):
    db = tmp_path / "x.json"
    assert run_briefing("import", str(SAMPLE), "--db", str(db)).returncode == 0
    assert db.exists() and not isolated_store.exists()
    proc = run_briefing("export", "--db", str(db))
    assert len(json.loads(proc.stdout)["articles"]) == 1


def test_some_sources_fail_exit_1_and_the_rest_is_stored():
    url = closed_port_url()
    proc = run_briefing("import", str(SAMPLE), url)
    assert proc.returncode == 1, proc.stderr
    rows = {line.split()[1] for line in proc.stdout.splitlines() if line.strip().startswith(("/", "http"))}
    assert rows >= {"imported", "failed"}, proc.stdout
    assert "could not connect" in proc.stdout
    assert len(export()["articles"]) == 1


def test_all_sources_fail_exit_1_store_untouched(isolated_store):
    proc = run_briefing("import", closed_port_url())
    assert proc.returncode == 1
    assert "failed" in proc.stdout
    assert export()["articles"] == []


def test_from_file_of_urls(tmp_path):
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# reading list\n{closed_port_url()}\n", encoding="utf-8")
    proc = run_briefing("import", "--from", str(urls))
    assert proc.returncode == 1  # the only URL cannot be reached
    assert "could not connect" in proc.stdout


@pytest.mark.skipif(not Path("/dev/stdin").exists(), reason="needs /dev/stdin")
def test_from_a_pipe(isolated_store):
    # --from <(grep ... list.txt) and --from /dev/stdin name a pipe: there, though not a regular file.
    proc = run_briefing("import", "--from", "/dev/stdin", input=f"{closed_port_url()}\n")
    assert proc.returncode == 1, proc.stderr
    assert "could not connect" in proc.stdout


def test_from_a_folder_says_so(tmp_path):
    proc = run_briefing("import", "--from", str(tmp_path))
    assert proc.returncode == 2
    assert "is a folder" in proc.stderr and "no such file" not in proc.stderr


def test_stdin_with_title_shown_literally():
    title = "Pasted [bold red]note[/] [link=file:///etc/passwd]x[/link]"
    text = "Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken on Monday."
    proc = run_briefing("import", "-", "--title", title, "--published", SAMPLE_PUBLISHED, input=text)
    assert proc.returncode == 0, proc.stderr
    assert "[bold red]note[/]" in proc.stdout and "[link=file:///etc/passwd]x[/link]" in proc.stdout
    assert "\x1b" not in proc.stdout
    assert export()["articles"][0]["title"] == title


def _read_all(fd: int, sink: bytearray) -> None:
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            return
        if not chunk:
            return
        sink.extend(chunk)


def test_progress_bar_on_a_terminal():
    """On a terminal, stderr shows done / failed / remaining while the table goes to stdout."""
    master, slave = pty.openpty()
    captured = bytearray()
    reader = threading.Thread(target=_read_all, args=(master, captured), daemon=True)
    reader.start()
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "import", str(SAMPLE), closed_port_url()],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
        cwd=REPO,
        env={**os.environ, "TERM": "xterm-256color", "COLORTERM": "truecolor", "COLUMNS": "120"},
        timeout=60,
    )
    os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    shown = captured.decode("utf-8", "replace")
    assert proc.returncode == 1
    assert "remaining" in shown and "failed 1" in shown and "done 1" in shown, shown
    assert b"failed" in proc.stdout
    # The bar in the dashboard theme's blue, not Rich's default pink-red (which reads as an error).
    assert "38;2;1;120;212m" in shown and "38;2;249;38;114m" not in shown, shown


def _reading_stdin(pid: int) -> bool:
    for wchan in Path(f"/proc/{pid}/task").glob("*/wchan"):
        try:
            if "pipe" in wchan.read_text():
                return True
        except OSError:
            pass
    return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to see the process wait")
@pytest.mark.parametrize("command", ["import", "extract"])
def test_ctrl_c_exits_130_quietly(command):
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", command, "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    try:
        deadline = time.monotonic() + 30
        while not _reading_stdin(proc.pid):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "never started reading stdin"
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)  # stdin stays open: the exit must not wait for it (60 s: a loaded machine)
        err = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
    assert proc.returncode == 130
    assert b"Traceback" not in err and err.strip() == b"", err


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to see the process wait")
def test_ctrl_c_after_some_articles_went_in_says_how_many(isolated_store):
    """Before, Ctrl+C ended a long import without a word: the table of outcomes is printed at
    the end, so what had gone in and what had not was left to guess. Now one line says so."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", "import", str(SAMPLE), "-"],
        stdin=subprocess.PIPE,  # left open: '-' waits for the article, as a slow source would
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    articles = Path(f"{isolated_store}.d") / "articles"
    try:
        deadline = time.monotonic() + 60
        while not (articles.is_dir() and any(articles.glob("*.json"))):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the sample was never stored"
            time.sleep(0.05)
        time.sleep(1.0)  # the file is written; its outcome is reported a moment later
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
        err = proc.stderr.read().decode()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdin.close()
    assert proc.returncode == 130
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert "interrupted" in err and "1 article imported" in err and "1 not imported" in err, err
    assert "briefing list" in err


def test_an_assumed_date_is_shown_with_advice(tmp_path):
    """A text file without metadata: its dateline is only a guess, and the report says so."""
    bare = tmp_path / "bare.txt"
    bare.write_text(SAMPLE.read_text("utf-8"), encoding="utf-8")
    proc = run_briefing("import", str(bare))
    assert proc.returncode == 0, proc.stderr
    flat = " ".join(proc.stdout.split())
    assert "(assumed)" in flat and "--published YYYY-MM-DD" in flat
    (article,) = export()["articles"]
    assert article["published_assumed"] is True
    proc = run_briefing("import", str(SAMPLE))
    assert "(assumed)" not in proc.stdout and "published 2023-10-24" in " ".join(proc.stdout.split())


def test_a_metadata_file_named_beside_its_article_is_skipped_not_imported(tmp_path):
    """``briefing import folder/*`` names the ``.meta.json`` sidecars too: they describe an article, they are none."""
    for path in (SAMPLE, SAMPLE.with_name(SAMPLE.name + ".meta.json")):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    proc = run_briefing("import", *sorted(str(p) for p in tmp_path.iterdir()))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    flat = " ".join(proc.stdout.split())
    assert "skipped" in flat and "metadata of wang-yi-calls.txt" in flat
    (article,) = export()["articles"]
    assert article["published"] == SAMPLE_PUBLISHED


def test_a_json_file_is_refused_with_a_reason_not_stored_as_an_article(tmp_path):
    """A briefing export (or any JSON data) given to import is no article text."""
    assert run_briefing("import", str(SAMPLE)).returncode == 0
    exported = tmp_path / "briefing-export.json"
    assert run_briefing("export", "--out", str(exported)).returncode == 0
    proc = run_briefing("import", str(exported))
    assert proc.returncode == 1
    assert "JSON data" in " ".join(proc.stdout.split())
    assert len(export()["articles"]) == 1


def test_utf16_text_and_pages_with_a_byte_order_mark_import_as_text(tmp_path):
    """Windows editors save 'Unicode' as UTF-16 with a BOM: text, not a binary file."""
    article = "Foreign Minister Wang Yi met Secretary Antony Blinken in Paris on Thursday. " * 3 + "\n"
    (tmp_path / "note.txt").write_text("Talks in Paris \u2014 \u00e9t\u00e9\n\n" + article, encoding="utf-16")
    page = f'<html><head><meta charset="utf-16"><title>Talks in Rome</title></head><body><p>{article}</p></body></html>'
    (tmp_path / "page.html").write_bytes(page.encode("utf-16-be").join([b"\xfe\xff", b""]))
    proc = run_briefing(
        "import", str(tmp_path / "note.txt"), str(tmp_path / "page.html"), "--published", "2024-03-04"
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    titles = sorted(a["title"] for a in export()["articles"])
    assert titles == ["Talks in Paris \u2014 \u00e9t\u00e9", "Talks in Rome"]


def test_utf16_text_and_pages_without_a_byte_order_mark_import_as_text(tmp_path):
    """Some tools save UTF-16 without its mark: before, its NULs made it 'a binary file'."""
    article = "Foreign Minister Wang Yi met Secretary Antony Blinken in Paris on Thursday. " * 3 + "\n"
    (tmp_path / "note.txt").write_bytes(
        ("Talks in Paris \u2014 \u00e9t\u00e9\n\n" + article).encode("utf-16-le")
    )
    page = f'<html><head><meta charset="utf-16"><title>Talks in Rome</title></head><body><p>{article}</p></body></html>'
    (tmp_path / "page.html").write_bytes(page.encode("utf-16-be"))
    (tmp_path / "table.txt").write_bytes(b"".join(n.to_bytes(2, "little") for n in range(1, 200)) * 10)
    sources = [str(tmp_path / name) for name in ("note.txt", "page.html", "table.txt")]
    proc = run_briefing("import", *sources, "--published", "2024-03-04")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = " ".join(proc.stdout.split())
    assert "failed a binary file cannot be imported" in report and "Traceback" not in proc.stderr
    titles = sorted(a["title"] for a in export()["articles"])
    assert titles == ["Talks in Paris \u2014 \u00e9t\u00e9", "Talks in Rome"]


def test_a_text_file_with_stray_nuls_imports_without_them_and_a_binary_is_refused(tmp_path):
    """Some Windows tools leave NULs in a .txt (inside, or a run at the end): it is text all the same."""
    article = "Foreign Minister Wang Yi met Secretary Antony Blinken in Paris on Thursday. " * 3 + "\n"
    body = f"Talks in Paris\n\n{article}".encode()
    (tmp_path / "note.txt").write_bytes(body[:40] + b"\x00" + body[40:] + b"\x00" * 2048)
    (tmp_path / "data.txt").write_bytes(bytes(range(256)) * 40)
    proc = run_briefing(
        "import", str(tmp_path / "note.txt"), str(tmp_path / "data.txt"), "--published", "2024-03-04"
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    report = " ".join(proc.stdout.split())
    assert "failed a binary file cannot be imported" in report and "Traceback" not in proc.stderr
    (stored,) = export()["articles"]
    assert stored["title"] == "Talks in Paris"
    assert "\x00" not in json.dumps(stored) and "\\u0000" not in json.dumps(stored)


def test_an_address_without_its_scheme_is_a_usage_error_that_says_how_to_write_it():
    proc = run_briefing("import", "www.example.org/news/talks.html")
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "briefing: error: no such file: www.example.org/news/talks.html "
        "(for a web page, give the whole address: https://www.example.org/news/talks.html)"
    )


@pytest.mark.parametrize("command", ["import", "extract"])
def test_standard_input_from_a_terminal_says_how_to_end_it(command):
    """``briefing import -`` typed at a terminal waits for the article: it says so, instead of a silent spinner."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui", command, "-", "--published", SAMPLE_PUBLISHED],
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=slave,
        cwd=REPO,
        env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "120"},
    )
    os.close(slave)
    shown = bytearray()
    try:
        deadline = time.monotonic() + 30
        while b"Ctrl+D" not in shown and time.monotonic() < deadline and proc.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                shown.extend(os.read(master, 4096))
        assert b"Ctrl+D" in shown, shown
        assert b"remaining" not in shown  # no progress bar drawn over what is being typed
        os.write(master, b"Foreign Minister Wang Yi met Secretary Antony Blinken in Paris on Thursday.\n\x04")
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    assert proc.returncode == 0
    assert b"Wang Yi" in out


def test_the_report_at_80_columns_leaves_sources_and_titles_room():
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "import", str(SAMPLE)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "COLUMNS": "80", "NO_COLOR": "1"},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert all(len(line.rstrip()) <= 80 for line in lines)
    (heading,) = [line for line in lines if "status" in line]
    assert heading.split()[-3:] == ["act", "stm", "mtg"]  # short headings at 80 columns
    (row,) = [line for line in lines if " imported " in line]
    assert len(row.split()[0]) >= 18  # the source is not cut every dozen characters
    assert "China's Wang Yi Calls" in row


def test_a_saved_page_of_a_stored_article_is_skipped_and_says_where_it_is():
    assert run_briefing("import", str(SAMPLE)).returncode == 0
    page = SAMPLE.parent / "saved-page" / "wang-yi-calls.html"
    proc = run_briefing("import", str(page))
    assert proc.returncode == 0, proc.stderr
    assert "skipped" in proc.stdout
    assert "the same text is already in the store as" in " ".join(proc.stdout.split())
    assert "added: 0 articles" in proc.stdout
    assert len(export()["articles"]) == 1


def test_an_updated_version_of_a_stored_article_replaces_it_and_says_which(tmp_path):
    assert run_briefing("import", str(SAMPLE)).returncode == 0
    (earlier,) = export()["articles"]
    update = tmp_path / "wang-yi-update.txt"
    update.write_text(
        SAMPLE.read_text("utf-8") + "\n\nOn Wednesday Wang Yi said China would send a special envoy to "
        "Cairo next week to press for a humanitarian corridor into Gaza.",
        "utf-8",
    )
    proc = run_briefing("import", str(update), "--published", "2023-10-25")
    assert proc.returncode == 0, proc.stderr
    shown = " ".join(proc.stdout.split())
    assert "replaced" in shown and f"an updated version: replaces \u201c{earlier['title']}\u201d" in shown
    assert "added: 0 articles" in shown
    (stored,) = export()["articles"]
    assert stored["id"] != earlier["id"] and stored["published"] == "2023-10-25"


def test_a_title_for_several_sources_is_refused_before_anything_is_read(tmp_path):
    """Every article would get the same title: one line and exit 2, nothing stored."""
    other = tmp_path / "other.txt"
    other.write_text("The minister said the talks in Geneva went well.\n", encoding="utf-8")
    for args in ((str(SAMPLE), str(other)), (str(tmp_path),), ("--from", str(other), str(SAMPLE))):
        proc = run_briefing("import", *args, "--title", "Talks")
        assert_one_line_error(proc, "--title names one article")
    assert not export()["articles"]
    assert run_briefing("import", str(other), "--title", "Talks").returncode == 0
    assert [a["title"] for a in export()["articles"]] == ["Talks"]


def test_a_feed_read_again_says_in_one_line_that_its_entries_are_stored():
    """A feed imported daily has dozens of known entries: one line, not a table row each."""
    feed = SAMPLE.parent / "state-department.rss"
    assert run_briefing("import", str(feed)).returncode == 0
    proc = run_briefing("import", str(feed), str(SAMPLE))
    assert proc.returncode == 0, proc.stderr
    assert "skipped 3 feed entries already in the store" in proc.stdout
    assert "state.gov" not in proc.stdout and "already imported" not in proc.stdout
    assert "imported" in proc.stdout and "China's Wang Yi" in proc.stdout  # the new article keeps its row


ROUNDUP = "tests/fixtures/web/roundup.html"  # relative to the repository, where run_briefing runs


def test_a_page_of_several_articles_is_reported_as_such_and_imported_once(isolated_store):
    proc = run_briefing("import", str(ROUNDUP))
    assert proc.returncode == 0, proc.stderr
    lines = [" ".join(line.split()) for line in proc.stdout.splitlines()]
    assert f"{ROUNDUP} read 3 articles from one page, each stored as its own - - -" in lines
    for part, title in (
        ("lisbon-water-talks", "Ministers from Portugal and Morocco agree to talk about shared water"),
        ("baltic-ferry-dispute", "Estonia summons Latvian envoy over ferry inspections"),
        ("andes-trade-visit", "Chile's president to visit Peru for trade talks"),
    ):
        assert any(line.startswith(f"{ROUNDUP}#{part} imported {title}") for line in lines), lines
    assert "added: +3 articles, " in proc.stdout  # (what is read in them is the extractor's)
    first = export()
    assert sorted(a["url"] for a in first["articles"]) == [
        f"https://gazette.example/diplomacy/daily-roundup#{part}"
        for part in ("andes-trade-visit", "baltic-ferry-dispute", "lisbon-water-talks")
    ]
    again = run_briefing("import", str(ROUNDUP))
    assert again.returncode == 0 and "added: 0 articles, 0 actors, 0 statements, 0 meetings" in again.stdout
    assert ids(export()) == ids(first)


@pytest.mark.parametrize("columns", [None, "80"])
def test_the_report_piped_on_keeps_each_source_and_reason_on_one_line(isolated_store, tmp_path, columns):
    """``briefing import --from list.txt >> import.log``, then ``grep failed import.log``: the report
    was laid out for 80 columns in a pipe, so an address was folded over four lines and grep found
    'http://127.0.0.1:8' and the reason's first words. Piped on without $COLUMNS, as ``list`` is,
    every cell is whole; with $COLUMNS the table fits that width, as before."""
    folder = tmp_path / "clippings from the ministry of foreign affairs, november"
    folder.mkdir()
    saved = folder / "talks-between-the-foreign-ministers-in-geneva.txt"
    saved.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    refused = closed_port_url().replace("/article.html", "/news/2024/01/05/talks-in-geneva.html")
    proc = run_piped("import", str(saved), refused, columns=columns)
    assert proc.returncode == 1, proc.stderr
    (failed,) = [line for line in proc.stdout.splitlines() if " failed " in line]
    (imported,) = [line for line in proc.stdout.splitlines() if " imported " in line]
    whole = columns is None
    assert (refused in failed and "Connection refused" in failed) is whole, failed
    assert (str(saved) in imported and "Wang Yi reiterated that Israel must protect" in imported) is whole
    if columns:
        assert max(len(line) for line in proc.stdout.splitlines()) <= 80


class _PageOfSize(BaseHTTPRequestHandler):
    """Serves a page of as many bytes as its path says ('/7040'), its length announced."""

    def do_GET(self) -> None:
        _answer(self, b"<p>" + b"x" * (int(self.path.strip("/")) - 8) + b"</p>\n", "text/html; charset=utf-8")

    def log_message(self, format: str, *args: object) -> None:
        pass


WIDE = {"COLUMNS": "1000"}  # each reason whole on its line


@pytest.mark.parametrize(
    ("size", "limit", "said"),
    [
        # A small limit said in megabytes read '0.0 MB', whatever the source's size.
        (7_040, "1000", "is 7,040 bytes, over the import limit of 1,000 bytes"),
        (2_500, "2048", "is 2,500 bytes, over the import limit of 2,048 bytes"),
        (1_200_000, "999999", "is 1.2 MB, over the import limit of 999,999 bytes"),
        # Near misses: a megabyte and more reads as before, but for a whole number's '.0'.
        (2_400_000, "1000000", "is 2.4 MB, over the import limit of 1 MB"),
        (3_000_000, "1500000", "is 3 MB, over the import limit of 1.5 MB"),
    ],
)
def test_a_source_over_the_limit_says_both_sizes_readably(tmp_path, size, limit, said):
    """'briefing import page.html --max-bytes 1000' said 'is 0.0 MB, over the 0.0 MB import limit',
    a URL 'larger than the 0.001 MB download limit (0.0 MB)', standard input 'over the 0.001 MB'."""
    page = tmp_path / "page.html"
    page.write_bytes(b"<p>" + b"x" * (size - 8) + b"</p>\n")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _PageOfSize)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/{size}"
        proc = run_briefing("import", str(page), url, "--max-bytes", limit, env=WIDE)
    finally:
        server.shutdown()
        server.server_close()
    piped = run_briefing("import", "-", "--max-bytes", limit, input=page.read_bytes(), env=WIDE)
    assert proc.returncode == piped.returncode == 1, proc.stdout + proc.stderr
    size_said, limit_said = said.removeprefix("is ").split(", over the import limit of ")
    assert f"{page} {said}" in proc.stdout
    assert f"{url} is larger than the download limit of {limit_said} ({size_said})" in proc.stdout
    assert f"standard input is over the import limit of {limit_said}" in piped.stdout
