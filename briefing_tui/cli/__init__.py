"""The ``briefing`` command line: the dashboard, import, extract, export, info, delete.

``main`` turns every user error into one line on stderr and exit status 2
(no traceback), Ctrl+C into a quiet exit 130. Only the parser is imported
up front; each command imports what it needs, so ``briefing --help`` never
loads textual, httpx or trafilatura.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import NoReturn

from briefing_tui.cli.parser import UsageError, parse_args

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _user_error_types() -> tuple[type[BaseException], ...]:
    """Errors that mean "you pointed briefing at something wrong", from modules already loaded.

    Looking them up in ``sys.modules`` keeps this from importing the store or
    the fetchers just to name their exceptions.
    """
    types: list[type[BaseException]] = [UsageError]
    for module_name, attr in (
        ("briefing_tui.store.errors", "StoreError"),
        ("briefing_tui.sources.errors", "SourceError"),
    ):
        found = getattr(sys.modules.get(module_name), attr, None)
        if isinstance(found, type) and issubclass(found, BaseException):
            types.append(found)
    return tuple(types)


def _one_line(message: object) -> str:
    return " ".join(str(message).split()) or "failed"


def exit_now(code: int) -> NoReturn:
    """Leave without joining threads: an import worker blocked on stdin or a slow server would
    otherwise hold the exit after Ctrl+C. The store was closed on the way out of the command."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a closed or broken stream
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    try:
        args = parse_args(argv)  # --help and --version end here, before any domain module loads
        from briefing_tui.cli.commands import run_command

        return run_command(args)
    except KeyboardInterrupt:
        exit_now(EXIT_INTERRUPTED)
    except BrokenPipeError:
        # The reader went away (``briefing export | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:
        if isinstance(exc, _user_error_types()):
            print(f"briefing: error: {_one_line(exc)}", file=sys.stderr)
            return EXIT_USAGE
        if isinstance(exc, OSError):
            where = f": {exc.filename}" if exc.filename else ""
            print(f"briefing: error: {exc.strerror or exc}{where}", file=sys.stderr)
            return EXIT_USAGE
        if os.environ.get("BRIEFING_DEBUG"):
            raise
        print(
            f"briefing: internal error: {type(exc).__name__}: {_one_line(exc)} "
            "(run with BRIEFING_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 1


__all__ = ["exit_now", "main"]
