"""The argument parser: every command, option and help text of ``briefing``.

Kept free of heavy imports so ``briefing --help`` and ``--version`` answer
at once; the commands themselves live in :mod:`briefing_tui.cli.commands`.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from datetime import date
from typing import NoReturn

from briefing_tui import __version__
from briefing_tui.paths import DB_ENV, default_db_path, resolve_db_path

_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class UsageError(Exception):
    """A mistake in how briefing was called or what it was pointed at: exit status 2, one line."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (``briefing import: error: ...``) instead of usage dumps."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def iso_day(value: str) -> str:
    """An argparse type: a real calendar day written YYYY-MM-DD."""
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (expected YYYY-MM-DD)") from None
    return value


def title_text(value: str) -> str:
    """An argparse type: a title with some text in it (an empty one would replace a known title)."""
    if not value.strip():
        raise argparse.ArgumentTypeError("the title is empty: give some text, or leave --title out")
    return value


def _given(what: str, instead: str):
    """An argparse type: a path with something in it. ``--db "$STORE"`` with the variable unset or
    empty would otherwise be taken as no option at all: the default store (the user's own), the
    export on standard output, no list of URLs."""

    def convert(value: str) -> str:
        if not value.strip():
            raise argparse.ArgumentTypeError(f"{what} is empty: {instead}")
        return value

    convert.__name__ = what
    return convert


store_path = _given("the store path", "give a file such as briefing.json, or leave --db out for the default")


def _bounded(kind: type, low: float, high: float, what: str):
    def convert(value: str):
        try:
            number = kind(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(
                f"{what} must be between {low:,.15g} and {high:,.15g}, not {value}"
            )
        return number

    convert.__name__ = what
    return convert


def _db_epilog(given: str | None) -> str:
    """The store a command would use (``given``: the --db on the command line), as help ends with it."""
    if given:
        path, origin = resolve_db_path(given), "from --db"
    else:
        path, origin = default_db_path(), f"from ${DB_ENV}" if os.environ.get(DB_ENV) else "the default"
    return f"store: {path} ({origin}; --db PATH or ${DB_ENV} choose another)"


def _given_db(argv: Sequence[str]) -> str | None:
    """The last --db on the command line (``--db PATH`` or ``--db=PATH``), before or after the command."""
    given = None
    for place, word in enumerate(argv):
        if word == "--":
            break
        if word == "--db" and place + 1 < len(argv):
            given = argv[place + 1]
        elif word.startswith("--db="):
            given = word.removeprefix("--db=")
    return given


def _add_db(parser: argparse.ArgumentParser, *, top: bool, used: bool = True) -> None:
    # The same option before or after the subcommand: the subcommand's copy only
    # sets a value when given, so it never hides one given before it.
    parser.add_argument(
        "--db",
        metavar="PATH",
        type=store_path,
        default=None if top else argparse.SUPPRESS,
        help=f"the store file (default: ${DB_ENV}, else the user data folder)"
        if used
        else "accepted like everywhere else, and ignored: this command uses no store",
    )


def _add_article_metadata(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        type=iso_day,
        help="the publication date, against which 'Thursday' or 'next month' are resolved "
        "(default: the source's own date, else today, marked as assumed)",
    )
    parser.add_argument(
        "--title",
        metavar="TEXT",
        type=title_text,
        help="the article's title, for one source only (default: the source's own)",
    )


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Prose lines of descriptions and epilogs wrapped to the terminal; indented lines (examples) kept as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        lines = []
        for line in text.splitlines():
            if not line or line[0].isspace():
                lines.append(indent + line)
            else:
                wrapped = textwrap.wrap(
                    line,
                    width,
                    initial_indent=indent,
                    subsequent_indent=indent,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
                lines.extend(wrapped)
        return "\n".join(lines)


_FORMATTER = _Formatter
IMPORT_LIMITS = ("max_bytes", "timeout", "concurrency")


class _ImportHelpFormatter(_FORMATTER):
    """Shows ImportRequest's defaults for the import limits, importing the importer only when help is printed."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        if action.dest in IMPORT_LIMITS:
            from briefing_tui.importer import ImportRequest

            default = getattr(ImportRequest(), action.dest)
            text = f"{text} (default: {default:,.15g})"
        return text


IMPORT_EPILOG = """\
examples:
  briefing import article.html
  briefing import https://example.org/news/talks.html --published 2023-10-24
  briefing import https://example.org/feed.xml        # every entry of a feed
  briefing import ~/clippings/                        # each file in a folder
  briefing import https://example.org/roundup.html    # each story of a page
  briefing import --from urls.txt --concurrency 4     # one URL per line
  pbpaste | briefing import - --title "Pasted note"

exit status: 0 all sources imported, 1 some failed, 2 usage error, 130 interrupted.
"""

EXTRACT_EPILOG = """\
examples:
  briefing extract article.txt --published 2023-10-24
  briefing extract article.txt --published 2023-10-24 --format json > out.json
  cat article.txt | briefing extract - --format text

--format json prints exactly the object that extract.schema.json describes.
A web page that holds several articles (a roundup, a page of press releases)
gives each in turn: as text one after another, as JSON one object a line.
"""

EXPORT_EPILOG = """\
examples:
  briefing export > briefing-export.json
  briefing export --out briefing-export.json --db team.json

The JSON has the keys schema, articles, actors, statements and meetings;
each item has the shape extract.schema.json gives it.
"""

LIST_EPILOG = """\
examples:
  briefing list
  briefing list --format json     # an array of objects, for scripts
  briefing delete art-0123456789abcdef
"""

MAIN_EPILOG = """\
examples:
  briefing --as-of 2023-10-24                 # the dashboard, as of a day
  briefing import https://example.org/a.html  # add an article
  briefing extract article.txt --format json  # read one, store nothing
  briefing list                               # the articles, newest first
  briefing export --out briefing-export.json  # the whole store as JSON
  briefing info                               # the store's path and counts

Run 'briefing COMMAND --help' for a command's options.
"""


def _command(
    sub: argparse._SubParsersAction,
    name: str,
    summary: str,
    description: str,
    epilog: str = "",
    *,
    store: str | None,
    formatter_class: type[argparse.HelpFormatter] = _FORMATTER,
) -> argparse.ArgumentParser:
    """One subcommand: its help texts (with ``store``, the store line, when it uses the store) and its own --db."""
    if store:
        epilog = f"{epilog}\n{store}" if epilog else store
    parser = sub.add_parser(
        name, help=summary, description=description, epilog=epilog, formatter_class=formatter_class
    )
    _add_db(parser, top=False, used=store is not None)
    # Accepted here only to be refused by parse_args with the reason, as before the command.
    parser.add_argument("--as-of", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.set_defaults(command=name)
    return parser


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The command line's parser; ``argv``, the words it will parse, only to name their store in help."""
    store = _db_epilog(_given_db(argv))
    parser = _Parser(
        prog="briefing",
        description="A terminal briefing dashboard for people who follow diplomacy: who the actors "
        "are, what they said, who meets whom and when. Without a command, opens the dashboard.",
        epilog=MAIN_EPILOG + "\n" + store,
        formatter_class=_FORMATTER,
    )
    parser.add_argument("--version", action="version", version=f"briefing {__version__}")
    _add_db(parser, top=True)
    parser.add_argument(
        "--as-of",
        metavar="YYYY-MM-DD",
        type=iso_day,
        help="the dashboard's 'today': meetings are upcoming or past relative to it (default: today); "
        "the dashboard's only: given with a command, it is an error",
    )
    parser.set_defaults(command="app")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    imp = _command(
        sub,
        "import",
        "add articles to the store",
        "Import articles into the store: article URLs, saved web pages (.html, or .mhtml saved as one file), "
        "e-mails saved as .eml, text or "
        "Markdown files, RSS/Atom feeds (by URL or file), folders of these (every file directly "
        "in them) and '-' for standard input. Several URLs "
        "are fetched at once; each article is extracted and stored in one batch. A page that "
        "holds several articles (a roundup) gives each as its own. Importing the "
        "same article again replaces it and never duplicates its items.",
        IMPORT_EPILOG,
        formatter_class=_ImportHelpFormatter,
        store=store,
    )
    imp.add_argument("sources", nargs="*", metavar="SOURCE", help="URL, file or folder path, or - for stdin")
    imp.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        type=_given("the file of URLs", "give a file with one URL a line"),
        help="also import the URLs listed in FILE, one per line, bare or as a Markdown list "
        "('- <https://...>', '[title](https://...)'); '#' starts a comment",
    )
    _add_article_metadata(imp)
    for flag, kind, low, high, metavar, what in (
        ("--max-bytes", int, 1, 2**40, "N", "largest download per source, after decompression"),
        ("--timeout", float, 0.1, 3600, "S", "seconds allowed per source, all included"),
        ("--concurrency", int, 1, 64, "N", "sources fetched at the same time"),
    ):
        # No default here: ImportRequest's own applies (the help shows it), so the
        # parser need not import the importer for `briefing --help`.
        imp.add_argument(flag, type=_bounded(kind, low, high, flag), metavar=metavar, help=what)

    ext = _command(
        sub,
        "extract",
        "show what briefing reads in one article (stores nothing)",
        "Extract actors, statements, meetings and dates from one article and print them, "
        "without touching the store.",
        EXTRACT_EPILOG,
        store=None,
    )
    ext.add_argument("source", metavar="SOURCE", help="URL, file path, or - for stdin")
    _add_article_metadata(ext)
    ext.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: a readable summary (default); json: the extract.schema.json object "
        "(one a line for a page of several articles)",
    )

    exp = _command(
        sub,
        "export",
        "print the whole store as JSON",
        "Export every article, actor, statement and meeting in the store as one JSON object.",
        EXPORT_EPILOG,
        store=store,
    )
    exp.add_argument("--format", choices=("json",), default="json", help="the output format (json)")
    exp.add_argument(
        "--out",
        metavar="FILE",
        type=_given(
            "the export file", "give a file such as briefing-export.json, or no --out for standard output"
        ),
        help="write to FILE (replaced atomically; a pipe such as /dev/stdout is written into) instead of stdout",
    )

    listing = _command(
        sub,
        "list",
        "list the stored articles, newest first",
        "List the stored articles, newest publication first, one per line: id, publication "
        "date ('?' when assumed), title, source, and the numbers of statements and meetings "
        "read from it.",
        LIST_EPILOG,
        store=store,
    )
    listing.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per article (default); json: an array of objects, for scripts",
    )

    _command(
        sub,
        "info",
        "show where the store is and what it holds",
        "Show the store's path, its counts of articles, actors, statements and meetings, "
        "and briefing's version.",
        store=store,
    )

    delete = _command(
        sub,
        "delete",
        "remove an article and its items",
        "Delete one article with its statements and meetings, and the actors that no "
        "other article mentions. 'briefing list' shows the articles' ids.",
        store=store,
    )
    delete.add_argument("article_id", metavar="ARTICLE_ID", help="the article's id (art-...)")
    return parser


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(words)
    args, extras = parser.parse_known_args(words)
    if extras:
        # Words after the command are the command's ('briefing list --bogus'): its error names it and
        # its help, which lists its options, instead of 'briefing --help', which does not.
        parser_of(parser, args.command, words, extras).error(f"unrecognized arguments: {' '.join(extras)}")
    if args.as_of is not None and args.command != "app":
        # Only the dashboard has a "today" to move; a command would run as if it had not been given.
        parser.error(f"--as-of is for the dashboard only; '{args.command}' does not use it")
    return args


def parser_of(
    parser: argparse.ArgumentParser, command: str, words: list[str], extras: list[str]
) -> argparse.ArgumentParser:
    """The parser whose words ``extras`` are: the command's when they all come after its name."""
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices
    if command not in commands or command not in words:
        return parser
    after = words[words.index(command) + 1 :]
    return commands[command] if all(word in after for word in extras) else parser
