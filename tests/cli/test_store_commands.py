"""export, info and delete on a real store, and what an unreadable store does to every command."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from briefing_tui.core.ids import article_id_for_text
from briefing_tui.core.models import Article
from briefing_tui.extract import extract
from tests.cli.helpers import SAMPLE, SAMPLE_PUBLISHED, assert_one_line_error, assert_valid, run_briefing
from tests.conftest import refuse_writes_under

EXPORT_KEYS = {"schema", "articles", "actors", "statements", "meetings"}
ITEM_KINDS = {"articles": "article", "actors": "actors", "statements": "statements", "meetings": "meetings"}


def store_articles(db: Path, *texts: str) -> list[str]:
    """Put extractions straight into the store (no importer involved) and return their article ids."""
    from briefing_tui.store import open_store

    ids = []
    with open_store(db) as repo:
        for n, text in enumerate(texts):
            article = Article(
                id=article_id_for_text(text), title=f"Article {n}", published=SAMPLE_PUBLISHED, text=text
            )
            repo.put_extraction(extract(article))
            ids.append(article.id)
    return ids


def export_json(*args: str) -> dict:
    proc = run_briefing("export", *args)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def assert_export_shape(data: dict) -> None:
    assert set(data) == EXPORT_KEYS
    assert data["schema"] == "briefing-extract-v1"
    for key, definition in ITEM_KINDS.items():
        for item in data[key]:
            assert_valid(item, definition)


def test_export_of_a_missing_store_is_empty_and_creates_nothing(isolated_store):
    data = export_json()
    assert_export_shape(data)
    assert all(data[k] == [] for k in ITEM_KINDS)
    assert not isolated_store.exists()


def test_export_lists_what_the_store_holds(isolated_store):
    (article_id,) = store_articles(isolated_store, SAMPLE.read_text("utf-8"))
    data = export_json()
    assert_export_shape(data)
    assert [a["id"] for a in data["articles"]] == [article_id]
    assert data["articles"][0]["title"] == "Article 0"
    for key in ("statements", "meetings"):
        assert all(item["article_id"] == article_id for item in data[key])
    assert all(article_id in actor["article_ids"] for actor in data["actors"])


def test_export_db_option_before_or_after_the_command(tmp_path, isolated_store):
    other = tmp_path / "other.json"
    store_articles(other, "First text.", "Second text.")
    assert len(export_json("--db", str(other))["articles"]) == 2
    proc = run_briefing("--db", str(other), "export")
    assert proc.returncode == 0 and len(json.loads(proc.stdout)["articles"]) == 2
    assert not isolated_store.exists()


def test_export_to_a_file(tmp_path, isolated_store):
    store_articles(isolated_store, "Some text.")
    out = tmp_path / "export.json"
    proc = run_briefing("export", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert "exported 1 article, " in proc.stderr and str(out) in proc.stderr
    assert_export_shape(json.loads(out.read_text("utf-8")))
    assert not list(tmp_path.glob(".export.json.*")), "temporary file left behind"


def test_export_to_a_missing_folder_is_a_usage_error(tmp_path):
    assert_one_line_error(run_briefing("export", "--out", str(tmp_path / "no" / "x.json")), "no such folder")


def test_export_to_a_folder_says_to_name_a_file(tmp_path, isolated_store):
    store_articles(isolated_store, "Some text.")
    proc = run_briefing("export", "--out", str(tmp_path))
    assert_one_line_error(proc, f"{tmp_path} is a folder")
    assert ".tmp" not in proc.stderr and not list(tmp_path.parent.glob(f".{tmp_path.name}.*"))


def test_export_onto_the_store_itself_is_refused_and_the_store_kept(tmp_path, isolated_store):
    """'briefing export --out briefing.json' (the store's own file) used to replace the store's main
    file with the export: every later command said 'JSON but not TinyDB tables'."""
    (article_id,) = store_articles(isolated_store, "Some text.")
    from briefing_tui.store.layout import StoreLayout

    layout = StoreLayout(isolated_store)
    before = {p: p.read_bytes() for p in (isolated_store, layout.shard_path(article_id))}
    for target in (isolated_store, layout.shard_path(article_id), layout.folder / "export.json"):
        proc = run_briefing("export", "--out", str(target))
        assert_one_line_error(proc, f"{target} is part of the store {isolated_store}")
        assert "briefing-export.json" in proc.stderr
    assert {p: p.read_bytes() for p in before} == before
    assert not (layout.folder / "export.json").exists()
    beside = tmp_path / "briefing.json-export.json"  # a name that only starts like the store's is fine
    assert run_briefing("export", "--out", str(beside)).returncode == 0
    assert run_briefing("list").returncode == 0


def test_export_that_cannot_be_written_names_the_file_not_a_temporary_one(tmp_path, monkeypatch):
    import briefing_tui.export as export_module

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", str(source))

    monkeypatch.setattr(export_module.os, "replace", refuse)
    out = tmp_path / "export.json"
    with pytest.raises(OSError) as raised:
        export_module.write_export({"articles": []}, out)
    assert (raised.value.strerror, raised.value.filename) == ("Permission denied", str(out))
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone


def test_info_of_a_missing_store(isolated_store):
    proc = run_briefing("info")
    assert proc.returncode == 0, proc.stderr
    assert str(isolated_store) in proc.stdout.replace("\n", "")
    assert "not created yet" in proc.stdout
    assert not isolated_store.exists()


def test_info_counts(isolated_store):
    from briefing_tui import __version__
    from briefing_tui.store import open_store

    store_articles(isolated_store, SAMPLE.read_text("utf-8"), "Another article.")
    with open_store(isolated_store) as repo:
        counts = repo.counts()
    proc = run_briefing("info")
    assert proc.returncode == 0, proc.stderr
    fields = dict(line.split(None, 1) for line in proc.stdout.splitlines() if line.strip())
    assert fields["articles"].strip() == "2"
    for name in ("actors", "statements", "meetings"):
        assert fields[name].strip() == str(getattr(counts, name))
    assert fields["version"].strip() == f"briefing {__version__}"


def store_dated(db: Path, *dated: tuple[str, str, str]) -> list[str]:
    """Store (title, published, text) articles; returns their ids."""
    from briefing_tui.store import open_store

    ids = []
    with open_store(db) as repo:
        for title, published, text in dated:
            article = Article(
                id=article_id_for_text(text), title=title, published=published, source="Desk", text=text
            )
            repo.put_extraction(extract(article))
            ids.append(article.id)
    return ids


def test_list_shows_one_line_per_article_newest_first_within_80_columns(isolated_store):
    long_title = "A very long title about talks between many delegations " * 4
    older, newer = store_dated(
        isolated_store,
        ("Older talks", "2023-10-20", SAMPLE.read_text("utf-8")),
        (long_title, "2024-01-05", "The minister said the talks went well."),
    )
    proc = run_briefing("list", env={"COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 3, proc.stdout  # a heading, then one line per article
    assert all(len(line) <= 80 for line in lines), proc.stdout
    assert lines[1].startswith(f"{newer}  2024-01-05") and "\u2026" in lines[1]
    assert lines[2].startswith(f"{older}  2023-10-20") and "Older talks" in lines[2]
    assert "Desk" in lines[2]
    assert lines[2].split()[-2:] == ["18", "7"]


@pytest.mark.parametrize(
    ("columns", "whole"),
    [(None, True), ("80", False), ("200", False)],  # only a pipe without $COLUMNS has no width to fit
)
def test_list_piped_on_keeps_whole_titles_unless_columns_set_a_width(isolated_store, columns, whole):
    import os
    import subprocess
    import sys

    long_title = "Talks between the delegations of many countries on the future of the region " * 3
    store_dated(
        isolated_store, (long_title.strip(), "2024-01-05", "Minister Ana Lopez said the talks went well.")
    )
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"} | {"NO_COLOR": "1"}
    if columns:
        env["COLUMNS"] = columns
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_tui", "list"], capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    heading, line = proc.stdout.splitlines()
    assert heading.split()[:4] == ["id", "published", "title", "source"]
    assert (long_title.strip() in line) is whole, line
    assert ("\u2026" in line) is not whole
    assert line.split()[-2:] == ["1", "0"]
    if columns:
        assert len(line) <= int(columns)


def test_list_as_json_for_scripts(isolated_store):
    (article_id,) = store_dated(isolated_store, ("Talks", "2023-10-24", SAMPLE.read_text("utf-8")))
    proc = run_briefing("list", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    (listed,) = json.loads(proc.stdout)
    assert listed["id"] == article_id and listed["title"] == "Talks"
    assert (listed["published"], listed["published_assumed"], listed["source"]) == (
        "2023-10-24",
        False,
        "Desk",
    )
    assert (listed["statements"], listed["meetings"]) == (18, 7)


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_list_reads_no_statement_or_meeting_and_prints_what_the_whole_store_gives(
    isolated_store, monkeypatch, capsys, fmt
):
    from briefing_tui.cli import main
    from briefing_tui.cli.render import article_list, console
    from briefing_tui.dashboard.rows import article_rows
    from briefing_tui.store import open_store, tinydb_store

    sample = SAMPLE.read_text("utf-8")
    store_dated(
        isolated_store,
        ("Older talks", "2023-10-20", sample),
        ("Later talks", "2023-11-02", sample.replace("Wang Yi", "Li Qiang")),
        ("A note", "2024-01-05", "The minister said the talks went well."),
    )
    with open_store(isolated_store) as repo:
        expected = article_rows(repo.snapshot())
    assert [row.statements for row in expected] == [0, 18, 18]

    def refuse(*args, **kwargs):
        raise AssertionError("briefing list read the statements or meetings")

    for name in ("snapshot", "statements", "meetings"):
        monkeypatch.setattr(tinydb_store.TinyDBStore, name, refuse)
    monkeypatch.setenv("COLUMNS", "120")
    assert main(["list", "--format", fmt]) == 0
    out = capsys.readouterr().out
    if fmt == "json":
        listed = json.loads(out)
        assert [(d["id"], d["actors"], d["statements"], d["meetings"]) for d in listed] == [
            (row.article.id, row.actors, row.statements, row.meetings) for row in expected
        ]
    else:
        console().print(article_list(expected, width=console().width))
        assert out == capsys.readouterr().out


def test_the_list_is_laid_out_as_rich_lays_out_its_table():
    """article_list formats its lines itself (a Rich table of 3,000 rows took seconds): the same text."""
    import random

    from rich.console import Console

    from briefing_tui.cli.render import _article_table, article_list
    from briefing_tui.dashboard.rows import ArticleRow

    rng = random.Random(7)
    words = [
        "talks",
        "Wang Yi",
        "\u05e9\u05dc\u05d5\u05dd",
        "\u4e2d\u56fd\u5916\u4ea4",
        "\U0001f1fa\U0001f1f8",
        "[bold]x[/]",
        "Ministry",
    ]

    def row(n: int) -> ArticleRow:
        title = " ".join(rng.choice(words) for _ in range(rng.randint(0, 14))) or None
        source = rng.choice([None, "TIME", "U.S. Department of State", "\u4eba\u6c11\u65e5\u62a5 " * 4])
        article = Article(
            id=rng.choice([f"art-{n:016x}", "h-" + "ab" * 20, "art-x"]),
            title=title,
            published=rng.choice(["2023-10-24", "2023-10", "2024"]),
            published_assumed=rng.random() < 0.3,
            source=source,
            text="",
        )
        counts = [rng.choice([0, 7, 12345]) for _ in range(3)]
        return ArticleRow(article, title or "", article.published, *counts, haystack="")

    def shown(renderable, width: int) -> str:
        out = Console(width=width, record=True, color_system=None, file=open("/dev/null", "w"))  # noqa: SIM115
        out.print(renderable)
        return out.export_text()

    for _ in range(12):
        rows = [row(n) for n in range(rng.randint(0, 6))]
        for width in (30, 50, 52, 60, 80, 100, 121, 200):
            new, old = (
                shown(article_list(rows, width=width), width),
                shown(_article_table(rows, width=width), width),
            )
            assert new == old, (width, new, old)


def test_list_of_an_empty_or_missing_store(isolated_store):
    proc = run_briefing("list")
    assert proc.returncode == 0 and proc.stdout == ""
    assert "no articles" in proc.stderr and "briefing import" in proc.stderr
    assert json.loads(run_briefing("list", "--format", "json").stdout) == []
    assert not isolated_store.exists()


def test_list_shows_article_text_literally(isolated_store):
    store_dated(isolated_store, ("[bold]Talks[/bold] \u05e9\u05dc\u05d5\u05dd", "2023-10-24", "Some text."))
    proc = run_briefing("list")
    assert "[bold]Talks[/bold] \u05e9\u05dc\u05d5\u05dd" in proc.stdout


def test_delete_of_an_unknown_id_points_to_list(isolated_store):
    store_articles(isolated_store, "First text.")
    assert_one_line_error(run_briefing("delete", "art-0"), "art-0", "briefing list")
    assert "briefing list" in run_briefing("delete", "--help").stdout


def test_delete(isolated_store):
    first, second = store_articles(isolated_store, "First text.", "Second text.")
    proc = run_briefing("delete", first)
    assert proc.returncode == 0, proc.stderr
    assert "the store now holds 1 article, " in proc.stdout
    assert [a["id"] for a in export_json()["articles"]] == [second]
    assert_one_line_error(run_briefing("delete", first), first)


def test_delete_without_a_store(isolated_store):
    assert_one_line_error(run_briefing("delete", "art-0"), "no store")
    assert not isolated_store.exists()


UNREADABLE = {
    "truncated": b'{"meta": {"1": {"schema_ver',
    "empty": b"",
    "binary": b"\x00\xff" * 100,
    "newer": b'{"meta": {"1": {"schema_version": 999}}}',
}
IMPORT_SAMPLE = ("import", str(SAMPLE), "--published", SAMPLE_PUBLISHED)


# Every kind of bad file against the command that writes, and every command against one bad file.
@pytest.mark.parametrize(
    ("kind", "args"),
    [(kind, IMPORT_SAMPLE) for kind in UNREADABLE]
    + [("truncated", args) for args in [("info",), ("export",), ("list",), ("delete", "art-0")]],
)
def test_unreadable_store_exit_2_and_left_unchanged(isolated_store, kind, args):
    content = UNREADABLE[kind]
    isolated_store.write_bytes(content)
    proc = run_briefing(*args)
    assert_one_line_error(proc, str(isolated_store))
    assert isolated_store.read_bytes() == content


def test_import_into_a_store_that_cannot_be_written_stops_before_reading_anything(
    isolated_store, monkeypatch, capsys
):
    """A read-only store folder: one line and exit 2 up front, not a download and a failure per source."""
    from briefing_tui.cli import main

    store_articles(isolated_store, "Some text.")
    refuse_writes_under(monkeypatch, isolated_store)
    fetched: list[str] = []
    monkeypatch.setattr("briefing_tui.sources.jobs.load_path", lambda path, ctx: fetched.append(path))
    assert main(["import", str(SAMPLE)]) == 2
    out, err = capsys.readouterr()
    assert fetched == [] and out == ""
    assert err.count("\n") == 1 and "cannot write to this store (Permission denied)" in err


def test_a_damaged_article_file_costs_that_article_only_and_is_named_once(isolated_store):
    first, second = store_articles(isolated_store, "First text of the desk.", "Second text of the desk.")
    from briefing_tui.store.layout import StoreLayout

    shard = StoreLayout(isolated_store).shard_path(first)
    damaged = shard.read_bytes()[:50]
    shard.write_bytes(damaged)
    for args in [("list", "--format", "json"), ("export",), ("info",)]:
        proc = run_briefing(*args)
        assert proc.returncode == 0, proc.stderr
        (warning,) = proc.stderr.splitlines()
        assert warning.startswith(
            "briefing: warning: skipped an article file that cannot be read, left as it is"
        )
        assert f"{shard}: not valid JSON" in warning
    assert [a["id"] for a in json.loads(run_briefing("list", "--format", "json").stdout)] == [second]
    assert shard.read_bytes() == damaged


def test_delete_of_an_article_whose_file_is_damaged_says_what_to_do(isolated_store):
    """Before, it said there was no such article, just under the warning that named its file."""
    (first,) = store_articles(isolated_store, "First text of the desk.")
    from briefing_tui.store.layout import StoreLayout

    shard = StoreLayout(isolated_store).shard_path(first)
    shard.write_bytes(b"garbage")
    proc = run_briefing("delete", first)
    assert proc.returncode == 2
    error = proc.stderr.splitlines()[-1]
    assert "no article" not in error and str(shard) in error and "move it aside or remove it" in error
    assert shard.read_bytes() == b"garbage"


def test_a_store_under_a_file_is_refused_with_why(tmp_path):
    """Before: 'briefing: error: .../notes.txt: File exists'."""
    blocking = tmp_path / "notes.txt"
    blocking.write_text("not a folder", encoding="utf-8")
    for db in (blocking / "briefing.json", blocking / "deeper" / "briefing.json"):
        proc = run_briefing(*IMPORT_SAMPLE, "--db", str(db))
        assert_one_line_error(proc, str(blocking))
        assert "is a file, not a folder" in proc.stderr and "File exists" not in proc.stderr
    assert blocking.read_text(encoding="utf-8") == "not a folder"


@pytest.mark.parametrize(
    ("args", "refused"),
    [
        (("import", str(SAMPLE), "--db", ""), "--db: the store path is empty"),
        (("--db", " ", "delete", "art-0123456789abcdef"), "--db: the store path is empty"),
        (("--db=", "list"), "--db: the store path is empty"),
        (("export", "--out", ""), "--out: the export file is empty"),
        (("import", str(SAMPLE), "--from", ""), "--from: the file of URLs is empty"),
    ],
)
def test_an_empty_path_is_refused_not_taken_for_no_option(tmp_path, args, refused):
    """``briefing import x --db "$STORE"`` with $STORE unset: an empty --db was taken as no --db,
    so the article went into the user's own store (here the data folder's), which the script had
    meant to keep apart; an empty --out printed the export on standard output, exit 0, and an
    empty --from was ignored. Now each is a usage error and no store is touched."""
    proc = run_briefing(*args, env={"BRIEFING_DB": ""})
    assert_one_line_error(proc, f"argument {refused}")
    assert not (tmp_path / "xdg-data").exists() and not proc.stdout


def test_export_out_expands_a_home_folder_as_db_and_from_do(tmp_path):
    """The shell leaves '--out=~/export.json' as written: before, 'no such folder: ~', while
    '--db=~/...' and '--from=~/...' were expanded."""
    home = tmp_path / "home"
    home.mkdir()
    proc = run_briefing("export", "--out=~/export.json", env={"HOME": str(home)})
    assert proc.returncode == 0, proc.stderr
    assert json.loads((home / "export.json").read_text(encoding="utf-8"))["articles"] == []
    assert not (tmp_path / "~").exists()


def test_export_onto_another_store_is_refused_and_that_store_kept(tmp_path):
    """'briefing export --db mine.json --out team.json' with team.json another briefing store (or
    --db and --out swapped) replaced that store's main file with the export: every later command
    on it said 'JSON but not TinyDB tables', its articles orphaned in team.json.d/."""
    team = tmp_path / "team" / "team.json"
    team.parent.mkdir()
    store_articles(team, "Some text the team keeps.")
    before = team.read_bytes()
    proc = run_briefing("export", "--out", str(team))
    assert_one_line_error(proc, f"{team} is another briefing store")
    assert team.read_bytes() == before
    assert json.loads(run_briefing("list", "--format", "json", "--db", str(team)).stdout)


@pytest.mark.parametrize("command", [("list",), ("info",), ("export",), ("import", str(SAMPLE))])
def test_a_store_file_moved_without_its_folder_says_so(tmp_path, isolated_store, command):
    """Copying briefing.json alone to another machine or folder: every command read the store as
    empty ('no articles in ...'), as if its articles were lost, and an import began a new store
    there. Now each says where the folder should be and leaves the file as it is."""
    store_articles(isolated_store, "Some text.")
    moved = tmp_path / "elsewhere" / "briefing.json"
    moved.parent.mkdir()
    moved.write_bytes(isolated_store.read_bytes())
    proc = run_briefing(*command, "--db", str(moved))
    assert_one_line_error(proc, f"its folder of articles, {moved}.d/articles, is missing")
    assert sorted(p.name for p in moved.parent.iterdir()) == ["briefing.json"]


def _export_through_a_pipe(fifo: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], str]:
    """Run 'briefing export --out FIFO' while 'cat' reads the pipe; what cat got, or '' if it got nothing."""
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    proc = run_briefing("export", "--out", *args)
    try:
        got, _ = reader.communicate(timeout=5)
    except subprocess.TimeoutExpired:  # the pipe was replaced by a plain file: cat waits for ever
        reader.kill()
        reader.communicate()
        got = ""
    return proc, got


@pytest.mark.parametrize(
    "how",
    [
        "a named pipe given as --out",  # what '--out >(gzip > x.gz)' and '--out /dev/stdout' name
        "a link to a named pipe",
    ],
)
def test_export_into_a_pipe_writes_into_it_and_leaves_it_a_pipe(tmp_path, isolated_store, how):
    """'briefing export --out /dev/stdout' (as root) replaced /dev/stdout with a plain file: the
    export was renamed over whatever --out named, so a pipe or device lost its place to a file and
    the reader at the other end got nothing."""
    store_articles(isolated_store, "Some text.")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    given = fifo
    if how == "a link to a named pipe":
        given = tmp_path / "link"
        given.symlink_to(fifo)
    proc, got = _export_through_a_pipe(fifo, str(given))
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(os.stat(given).st_mode), "the pipe was replaced by a file"
    assert_export_shape(json.loads(got))
    assert not list(tmp_path.glob(".*")), "temporary file left behind"


def test_export_onto_a_link_replaces_the_file_it_names_and_keeps_the_link(tmp_path, isolated_store):
    """A link to a shared export (latest.json -> team/export.json) was replaced by a file of its own:
    the team's file kept the old export."""
    store_articles(isolated_store, "Some text.")
    shared = tmp_path / "team" / "export.json"
    shared.parent.mkdir()
    shared.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.json"
    link.symlink_to(shared)
    proc = run_briefing("export", "--out", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and link.resolve() == shared
    assert_export_shape(json.loads(shared.read_text(encoding="utf-8")))


@pytest.mark.parametrize("exists", [False, True])
def test_export_onto_a_plain_file_still_replaces_it_whole(tmp_path, isolated_store, exists):
    """The near misses: a new file, or an old one, is written through a temporary file as before."""
    store_articles(isolated_store, "Some text.")
    out = tmp_path / "export.json"
    if exists:
        out.write_text("old", encoding="utf-8")
        out.chmod(0o640)
    proc = run_briefing("export", "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert not out.is_symlink() and out.is_file()
    assert_export_shape(json.loads(out.read_text(encoding="utf-8")))
    assert stat.S_IMODE(out.stat().st_mode) == (0o640 if exists else 0o644)
    assert not list(tmp_path.glob(".export.json.*")), "temporary file left behind"


def _write_version_0_store(db: Path, *texts: str) -> None:
    """A store as briefing kept it before article files: everything in the one main file, no meta table."""
    tables: dict[str, dict[str, dict]] = {"articles": {}, "actors": {}, "statements": {}, "meetings": {}}
    for n, text in enumerate(texts):
        article = Article(id=article_id_for_text(text), title=f"Note {n}", published="2024-03-05", text=text)
        found = extract(article)
        for table, records in (
            ("articles", [found.article]),
            ("actors", found.actors),
            ("statements", found.statements),
            ("meetings", found.meetings),
        ):
            for record in records:
                tables[table][str(len(tables[table]) + 1)] = record.to_dict()
    db.write_text(json.dumps(tables))


UPGRADED = "briefing: upgraded"  # (the test's folder has the word in it)
OLD_NOTES = (
    "The trade minister flew to Nairobi on Monday for talks with her Kenyan counterpart.",
    "The two envoys spoke by telephone on Tuesday, the foreign ministry said in Lima.",
)


@pytest.mark.parametrize(
    ("args", "read_stdout"),
    [
        (("list", "--format", "json"), lambda out: len(json.loads(out)) == 2),
        (("export",), lambda out: len(json.loads(out)["articles"]) == 2),
        (("list",), lambda out: "Note 0" in out and UPGRADED not in out),
        (("info",), lambda out: UPGRADED not in out),
        (
            ("import", "-", "--title", "A third note"),
            lambda out: "A third note" in out and UPGRADED not in out,
        ),
    ],
    ids=["list-json", "export", "list", "info", "import"],
)
def test_a_store_upgraded_from_an_old_format_is_said_once_on_stderr(isolated_store, args, read_stdout):
    """Any command that opens a store of version 0 upgrades it (keeping a copy): before, it said nothing."""
    _write_version_0_store(isolated_store, *OLD_NOTES)
    typed = (
        "The envoy met the mayor of Quito on Wednesday to discuss the summit." if "import" in args else None
    )
    first = run_briefing(*args, input=typed)
    assert first.returncode == 0, first.stderr
    assert read_stdout(first.stdout)  # standard output is the command's alone: JSON still parses
    backup = isolated_store.with_name("briefing.json.bak-v0")
    assert backup.is_file()
    notices = [line for line in first.stderr.splitlines() if UPGRADED in line]
    assert notices == [
        f"briefing: upgraded the store {isolated_store}, written by an older briefing (format version 0), "
        f"to format version 1: 2 articles, each now in a file of its own; the store as it was is kept in {backup}"
    ]
    again = run_briefing("list")
    assert again.returncode == 0 and UPGRADED not in again.stderr  # once: the store is upgraded now


def test_a_store_of_this_version_or_a_new_one_says_nothing_of_an_upgrade(isolated_store):
    assert UPGRADED not in run_briefing("list").stderr  # no store at all
    store_articles(isolated_store, OLD_NOTES[0])
    listed = run_briefing("list")
    assert listed.returncode == 0 and UPGRADED not in listed.stderr and "Article 0" in listed.stdout
    assert not isolated_store.with_name("briefing.json.bak-v0").exists()
