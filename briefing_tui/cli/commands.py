"""What each ``briefing`` command does. Heavy modules are imported inside the command that needs them."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_tui import __version__
from briefing_tui.cli.parser import IMPORT_LIMITS, UsageError
from briefing_tui.core.models import Counts, Snapshot
from briefing_tui.dashboard.summary import counted, counts_phrase, upgrade_text
from briefing_tui.paths import resolve_db_path
from briefing_tui.store.repository import Repository

if TYPE_CHECKING:  # the importer is loaded only when an import runs, so --help stays quick
    from briefing_tui.importer import ImportProgress

STDIN = "-"


def run_command(args: argparse.Namespace) -> int:
    commands = {
        "app": run_app,
        "import": run_import_command,
        "extract": run_extract,
        "export": run_export,
        "list": run_list,
        "info": run_info,
        "delete": run_delete,
    }
    return commands[args.command](args)


@contextmanager
def opened_store(path: Path, *, create: bool = False) -> Iterator[Repository]:
    from briefing_tui.store import open_store

    repo = open_store(path, create=create)
    try:
        tell_migration(repo)
        yield repo
        warn_damaged_files(repo)
    finally:
        repo.close()


def tell_migration(repo: Repository) -> None:
    """Say on stderr, the one time it happens, that opening the store upgraded it and where its copy is:
    standard output stays the command's (a script reads it)."""
    migration = repo.migration()
    if migration is None:
        return
    print(f"briefing: {upgrade_text(migration)}", file=sys.stderr)


DAMAGED_SHOWN = 10


def warn_damaged_files(repo: Repository) -> None:
    """Say on stderr which article files the store skipped (they are left as they are)."""
    damaged = repo.damaged_files()
    if len(damaged) == 1:
        ((file, reason),) = damaged
        print(
            f"briefing: warning: skipped an article file that cannot be read, left as it is: {file}: {reason}",
            file=sys.stderr,
        )
    elif damaged:
        print(
            f"briefing: warning: skipped {len(damaged)} article files that cannot be read, left as they are:",
            file=sys.stderr,
        )
        for file, reason in damaged[:DAMAGED_SHOWN]:
            print(f"  {file}: {reason}", file=sys.stderr)
        if len(damaged) > DAMAGED_SHOWN:
            print(f"  and {len(damaged) - DAMAGED_SHOWN} more", file=sys.stderr)


def run_app(args: argparse.Namespace) -> int:
    from briefing_tui.ui.app import create_app

    as_of = date.fromisoformat(args.as_of) if args.as_of else None
    app = create_app(resolve_db_path(args.db), as_of=as_of)
    app.run()
    code = app.return_code or 0
    if _source_readers_left():
        # Quit during an import: its job has ended (app.run waits for it) and the store is
        # closed, but threads still reading pages or downloads would hold the exit for
        # seconds. They write nothing, so leave without joining them.
        from briefing_tui.cli import exit_now

        exit_now(code)
    return code


def _source_readers_left() -> bool:
    import threading

    main = threading.main_thread()
    return any(t is not main and not t.daemon and t.is_alive() for t in threading.enumerate())


def run_extract(args: argparse.Namespace) -> int:
    """One article's extraction; a page of several articles gives each (JSON: one object a line)."""
    from briefing_tui.extract import extract
    from briefing_tui.importer import load_articles

    announce_typed_input((args.source,))
    articles = load_articles(args.source, published=args.published, title=args.title)
    extractions = [extract(article) for article in articles]
    if args.format == "json":
        import json

        from briefing_tui.export import dumps

        if len(extractions) == 1:
            write_stdout(dumps(extractions[0].to_dict()))
        else:  # JSON Lines: each line the object extract.schema.json describes
            write_stdout("".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in extractions))
    else:
        from briefing_tui.cli.render import console, extraction_summary, unfold_if_piped

        out = console()
        piped = unfold_if_piped(out)  # to grep or a file: each name, quote and place whole on its line
        for number, extraction in enumerate(extractions, start=1):
            if len(extractions) > 1:
                heading = f"article {number} of {len(extractions)} from one page"
                if piped:  # a rule would be as wide as the unfolded console
                    out.print(f"── {heading} ──", style="dim")
                else:
                    out.rule(heading, style="dim")
            out.print(extraction_summary(extraction, unfolded=piped))
    return 0


def announce_typed_input(sources: tuple[str, ...]) -> bool:
    """When '-' reads a terminal, say on stderr that the article is awaited and how to end it."""
    if STDIN not in sources or not sys.stdin or not sys.stdin.isatty():
        return False
    end = "Ctrl+Z, then Enter" if os.name == "nt" else "Ctrl+D"
    print(
        f"briefing: reading the article from the terminal: paste or type it, then press {end} on a new line",
        file=sys.stderr,
    )
    return True


def write_stdout(text: str) -> None:
    """UTF-8 whatever the locale says, so a pipe or a file gets the same bytes."""
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None:  # stdout replaced by a text-only stream (an embedding, a capture)
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    binary.write(text.encode("utf-8"))
    sys.stdout.flush()


def run_export(args: argparse.Namespace) -> int:
    from briefing_tui.export import dumps, export_snapshot, export_store, write_export

    path = resolve_db_path(args.db)
    if args.out and is_part_of_store(Path(args.out), path):  # before anything is read
        raise UsageError(
            f"{args.out} is part of the store {path}: writing the export there would break it; "
            f"give another file, such as {path.parent / 'briefing-export.json'}"
        )
    if args.out and is_a_store(Path(args.out)):  # --out and --db swapped, or a team's store
        raise UsageError(
            f"{args.out} is another briefing store: writing the export there would break it; "
            f"give another file, such as {path.parent / 'briefing-export.json'}"
        )
    if path.exists():
        with opened_store(path) as repo:
            data = export_store(repo)
    else:  # looking never creates a store
        data = export_snapshot(Snapshot())
    if args.out:
        out = Path(args.out).expanduser()  # '--out=~/x.json' reaches us unexpanded, as --db and --from do
        if not out.parent.is_dir():
            raise UsageError(f"no such folder: {out.parent}")
        if out.is_dir():
            raise UsageError(f"{out} is a folder; give a file name such as {out / 'briefing-export.json'}")
        write_export(data, out)
        exported = Counts(*(len(data[key]) for key in ("articles", "actors", "statements", "meetings")))
        print(f"exported {counts_phrase(exported)} to {out}", file=sys.stderr)
    else:
        write_stdout(dumps(data))
    return 0


def is_part_of_store(file: Path, store: Path) -> bool:
    """Whether ``file`` is the store's own file, lock, backup, or a file in its folder."""
    from briefing_tui.store.layout import StoreLayout

    layout = StoreLayout(store.expanduser().resolve())
    target = file.expanduser().resolve()
    name = layout.path.name
    if target.parent == layout.path.parent and (
        target.name in (name, layout.lock_path.name) or target.name.startswith(f"{name}.bak-v")
    ):
        return True
    return layout.folder == target or layout.folder in target.parents


def is_a_store(file: Path) -> bool:
    """Whether ``file`` is the main file of a briefing store (its folder of articles is beside it)."""
    from briefing_tui.store.layout import StoreLayout

    return StoreLayout(file.expanduser()).articles_dir.is_dir()


def run_info(args: argparse.Namespace) -> int:
    from briefing_tui.cli.render import console, info_table

    path = resolve_db_path(args.db)
    exists = path.exists()
    counts = Counts()
    if exists:
        with opened_store(path) as repo:
            counts = repo.counts()
    console().print(info_table(path, exists, counts, __version__))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from briefing_tui.dashboard.rows import tallied_article_rows

    path = resolve_db_path(args.db)
    rows = []
    if path.exists():  # looking never creates a store
        with opened_store(path) as repo:
            rows = tallied_article_rows(repo.article_tallies())  # reads no statement or meeting
    if args.format == "json":
        from briefing_tui.export import dumps

        listed = [
            {
                "id": row.article.id,
                "title": row.article.title,
                "published": row.article.published,
                "published_assumed": row.article.published_assumed,
                "source": row.article.source,
                "url": row.article.url,
                "actors": row.actors,
                "statements": row.statements,
                "meetings": row.meetings,
            }
            for row in rows
        ]
        write_stdout(dumps(listed))
        return 0
    if not rows:
        print(f"no articles in {path}; 'briefing import SOURCE' adds some", file=sys.stderr)
        return 0
    from briefing_tui.cli.render import article_list, console, is_piped

    out = console()
    piped = is_piped(out)
    out.print(article_list(rows, width=None if piped else out.width), soft_wrap=piped)
    return 0


def run_delete(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    if not path.exists():
        raise UsageError(f"no store at {path}")
    with opened_store(path) as repo:
        if not repo.delete_article(args.article_id):
            wanted = f"{args.article_id}.json"
            for file, reason in repo.damaged_files():
                if Path(file).name == wanted:
                    raise UsageError(
                        f"{args.article_id}: its file cannot be read ({reason}) and is left as it is; "
                        f"move it aside or remove it: {file}"
                    )
            raise UsageError(f"no article {args.article_id!r} in {path} ('briefing list' shows the ids)")
        counts = repo.counts()
    print(f"deleted {args.article_id}; the store now holds {counts_phrase(counts)}")
    return 0


def import_sources(args: argparse.Namespace) -> tuple[str, ...]:
    """The SOURCE arguments, checked: a local file or folder that is not there is a usage error."""
    from briefing_tui.sources.urls import looks_like_url, missing_source_reason

    sources = tuple(dict.fromkeys(args.sources))
    if not sources and not args.from_file:
        raise UsageError("nothing to import: give one or more SOURCE arguments or --from FILE")
    if list(args.sources).count(STDIN) > 1:
        raise UsageError("standard input can be read once: '-' is given twice")
    for source in sources:
        if source != STDIN and not looks_like_url(source) and not Path(source).expanduser().exists():
            raise UsageError(missing_source_reason(source))
    if args.from_file:  # a pipe (--from <(grep ...), /dev/stdin) is there, though no regular file
        from_path = Path(args.from_file).expanduser()
        if not from_path.exists():
            raise UsageError(f"no such file: {args.from_file}")
        if from_path.is_dir():
            raise UsageError(f"{args.from_file} is a folder: --from takes a file of URLs, one per line")
    if args.title is not None and (
        len(sources) > 1 or args.from_file or Path(sources[0]).expanduser().is_dir()
    ):
        raise UsageError("--title names one article: import the other sources without it")
    return sources


def run_import_command(args: argparse.Namespace) -> int:
    from briefing_tui.cli.render import console, import_report, unfold_if_piped
    from briefing_tui.importer import ImportProgress, ImportRequest, run_import

    limits = {name: getattr(args, name) for name in IMPORT_LIMITS if getattr(args, name) is not None}
    request = ImportRequest(
        sources=import_sources(args),
        url_lists=(args.from_file,) if args.from_file else (),
        published=args.published,
        title=args.title,
        **limits,
    )
    progress = ImportProgress()
    path = resolve_db_path(args.db)
    with opened_store(path, create=True) as repo:
        check_writable = getattr(repo, "check_writable", None)
        if check_writable is not None:
            check_writable()  # a read-only store fails here, not once per source after reading it
        typed = announce_typed_input(request.sources)
        events = run_import(request, repo)
        try:
            with _progress_display(progress, shown=not typed) as show:  # no bar over what is typed
                for event in events:
                    progress.update(event)
                    show()
        except KeyboardInterrupt:
            if progress.done:  # the table comes at the end: say at least what went in
                print(f"briefing: {interrupted_phrase(progress)}", file=sys.stderr)
            raise
        finally:
            close = getattr(events, "close", None)
            if close:
                close()  # on Ctrl+C: let the importer stop its fetches and release the store
        after = repo.counts()
    out = console()
    if unfold_if_piped(out):  # to a log file or grep: each source's address and reason whole, on one line
        out.print(import_report(progress.outcomes, after, width=None))
    else:
        out.print(import_report(progress.outcomes, after, width=out.width))
    return 1 if progress.failed else 0


def interrupted_phrase(progress: ImportProgress) -> str:
    """'interrupted: 3 articles imported, 1 failed, 46 not imported; ...' for Ctrl+C mid-import."""
    parts = [f"{counted(progress.done, 'article')} imported"]
    if progress.failed:
        parts.append(f"{progress.failed} failed")
    if progress.skipped:
        parts.append(f"{progress.skipped} skipped")
    parts.append(f"{progress.remaining} not imported")
    return f"interrupted: {', '.join(parts)}; 'briefing list' shows what is stored"


@contextmanager
def _progress_display(progress, *, shown: bool = True):
    """A transient Rich progress bar on stderr (only on a terminal) with done, failed and remaining."""
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from briefing_tui.cli.render import PROGRESS_STYLE, console, progress_bar_column

    bar = Progress(
        SpinnerColumn(style=PROGRESS_STYLE),
        TextColumn("importing"),
        progress_bar_column(),
        MofNCompleteColumn(),
        TextColumn(
            "done {task.fields[done]}  failed {task.fields[failed]}  remaining {task.fields[remaining]}"
        ),
        console=console(stderr=True),
        transient=True,
        disable=not shown or not sys.stderr.isatty(),
    )
    task = bar.add_task("import", total=None, done=0, failed=0, remaining=0)

    def show() -> None:
        finished = progress.done + progress.failed + progress.skipped
        bar.update(
            task,
            total=progress.total or None,
            completed=finished,
            done=progress.done,
            failed=progress.failed,
            remaining=progress.remaining,
        )

    with bar:
        yield show
