"""What each ``briefing`` command does. Heavy modules are imported inside the command that needs them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from briefing_tui import __version__
from briefing_tui.cli.parser import UsageError
from briefing_tui.core.models import Article, Counts, Snapshot
from briefing_tui.paths import resolve_db_path
from briefing_tui.store.repository import Repository

STDIN = "-"


def run_command(args: argparse.Namespace) -> int:
    commands = {
        "app": run_app,
        "import": run_import_command,
        "extract": run_extract,
        "export": run_export,
        "info": run_info,
        "delete": run_delete,
    }
    return commands[args.command](args)


@contextmanager
def opened_store(path: Path, *, create: bool = False) -> Iterator[Repository]:
    from briefing_tui.store import open_store

    repo = open_store(path, create=create)
    try:
        yield repo
    finally:
        repo.close()


def run_app(args: argparse.Namespace) -> int:
    from briefing_tui.ui.app import create_app

    as_of = date.fromisoformat(args.as_of) if args.as_of else None
    app = create_app(resolve_db_path(args.db), as_of=as_of)
    app.run()
    return app.return_code or 0


def _is_url(source: str) -> bool:
    return source.partition("://")[0].lower() in {"http", "https"}


def load_source(source: str, *, published: str | None, title: str | None) -> Article:
    """One article from a file or stdin, read as text (until the importer's loader lands)."""
    from briefing_tui.core.ids import article_id_for_text
    from briefing_tui.core.text import sanitize, sanitize_line

    if source == STDIN:
        raw = sys.stdin.buffer.read()
    elif _is_url(source):
        raise UsageError(f"cannot fetch {source}: URLs need the importer")
    else:
        raw = _read_file(Path(source))
    text = sanitize(raw.decode("utf-8", errors="replace"))
    return Article(
        id=article_id_for_text(text),
        title=sanitize_line(title),
        published=published or date.today().isoformat(),
        published_assumed=published is None,
        text=text,
    )


def _read_file(path: Path) -> bytes:
    if not path.exists():
        raise UsageError(f"no such file: {path}")
    if path.is_dir():
        raise UsageError(f"is a folder, not a file: {path}")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from None


def run_extract(args: argparse.Namespace) -> int:
    from briefing_tui.extract import extract

    article = load_source(args.source, published=args.published, title=args.title)
    extraction = extract(article)
    if args.format == "json":
        from briefing_tui.export import dumps

        write_stdout(dumps(extraction.to_dict()))
    else:
        from briefing_tui.cli.render import console, extraction_summary

        console().print(extraction_summary(extraction))
    return 0


def write_stdout(text: str) -> None:
    """UTF-8 whatever the locale says, so a pipe or a file gets the same bytes."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def run_export(args: argparse.Namespace) -> int:
    from briefing_tui.export import dumps, export_snapshot, export_store, write_export

    path = resolve_db_path(args.db)
    if path.exists():
        with opened_store(path) as repo:
            data = export_store(repo)
    else:  # looking never creates a store
        data = export_snapshot(Snapshot())
    if args.out:
        out = Path(args.out)
        if not out.parent.is_dir():
            raise UsageError(f"no such folder: {out.parent}")
        write_export(data, out)
        print(
            f"exported {len(data['articles'])} articles, {len(data['actors'])} actors, "
            f"{len(data['statements'])} statements, {len(data['meetings'])} meetings to {out}",
            file=sys.stderr,
        )
    else:
        write_stdout(dumps(data))
    return 0


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


def run_delete(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    if not path.exists():
        raise UsageError(f"no store at {path}")
    with opened_store(path) as repo:
        if not repo.delete_article(args.article_id):
            raise UsageError(f"no article {args.article_id!r} in {path}")
        counts = repo.counts()
    print(
        f"deleted {args.article_id}; the store now holds {counts.articles} articles, {counts.actors} actors, "
        f"{counts.statements} statements, {counts.meetings} meetings"
    )
    return 0


def import_sources(args: argparse.Namespace) -> tuple[str, ...]:
    """The SOURCE arguments plus the lines of ``--from``; local files must exist (else a usage error)."""
    sources = list(args.sources)
    if args.from_file:
        if args.from_file == STDIN and STDIN in sources:
            raise UsageError("standard input can be read once: use '-' or '--from -', not both")
        raw = sys.stdin.buffer.read() if args.from_file == STDIN else _read_file(Path(args.from_file))
        for line in raw.decode("utf-8", errors="replace").splitlines():
            line = line.split("#", 1)[0].strip() if line.lstrip().startswith("#") else line.strip()
            if line:
                sources.append(line)
    if not sources:
        raise UsageError("nothing to import: give one or more SOURCE arguments or --from FILE")
    if sources.count(STDIN) > 1:
        raise UsageError("standard input can be read once: '-' is given twice")
    for source in sources:
        if source != STDIN and not _is_url(source):
            path = Path(source)
            if not path.is_file():
                raise UsageError(f"no such file: {source}" if not path.exists() else f"not a file: {source}")
    return tuple(dict.fromkeys(sources))


def run_import_command(args: argparse.Namespace) -> int:
    from briefing_tui.cli.render import console, import_report
    from briefing_tui.importer import ImportProgress, ImportRequest, run_import

    request = ImportRequest(
        sources=import_sources(args),
        published=args.published,
        title=args.title,
        max_bytes=args.max_bytes,
        timeout=args.timeout,
        concurrency=args.concurrency,
    )
    progress = ImportProgress()
    path = resolve_db_path(args.db)
    with opened_store(path, create=True) as repo:
        before = repo.counts()
        events = run_import(request, repo)
        try:
            with _progress_display(progress) as show:
                for event in events:
                    progress.update(event)
                    show()
        finally:
            close = getattr(events, "close", None)
            if close:
                close()  # on Ctrl+C: let the importer stop its fetches and release the store
        after = repo.counts()
    console().print(import_report(progress.outcomes, before, after))
    return 1 if progress.failed else 0


@contextmanager
def _progress_display(progress):
    """A transient Rich progress bar on stderr (only on a terminal) with done, failed and remaining."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

    from briefing_tui.cli.render import console

    bar = Progress(
        SpinnerColumn(),
        TextColumn("importing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn(
            "done {task.fields[done]}  failed {task.fields[failed]}  remaining {task.fields[remaining]}"
        ),
        console=console(stderr=True),
        transient=True,
        disable=not sys.stderr.isatty(),
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
