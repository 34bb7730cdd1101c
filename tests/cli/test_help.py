"""Help, version, start-up cost and usage errors of the command line."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from briefing_tui import __version__
from tests.cli.helpers import REPO, assert_one_line_error, run_briefing

SUBCOMMANDS = ("import", "extract", "export", "list", "info", "delete")
HEAVY = ("textual", "httpx", "trafilatura", "feedparser", "tinydb")


def test_version():
    proc = run_briefing("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"briefing {__version__}"


def test_main_help_lists_commands_and_the_store_path(isolated_store):
    proc = run_briefing("--help")
    assert proc.returncode == 0, proc.stderr
    for command in SUBCOMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", proc.stdout, re.M), command
    assert "--as-of" in proc.stdout and "--db" in proc.stdout
    assert str(isolated_store) in proc.stdout
    assert "$BRIEFING_DB" in proc.stdout


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help(command):
    proc = run_briefing(command, "--help")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"usage: briefing {command}")
    assert "--db" in proc.stdout
    description = proc.stdout.split("\n\n")[1]
    assert len(description.split()) >= 8, description


@pytest.mark.parametrize("command", [None, *SUBCOMMANDS])
def test_help_fits_80_columns(command, isolated_store):
    """Descriptions are wrapped to the terminal; examples are short enough not to be."""
    proc = run_briefing(*((command,) if command else ()), "--help", env={"COLUMNS": "80"})
    assert proc.returncode == 0, proc.stderr
    too_wide = [
        line for line in proc.stdout.splitlines() if len(line) > 80 and str(isolated_store) not in line
    ]
    assert not too_wide, too_wide


@pytest.mark.parametrize("command", ["import", "extract", "export", "list"])
def test_help_shows_examples(command):
    proc = run_briefing(command, "--help")
    assert "examples:" in proc.stdout
    assert f"  briefing {command} " in proc.stdout


def test_import_help_says_folders_are_sources_too():
    """The README imports a folder ('briefing import ~/clippings/'); the help did not say it could."""
    shown = " ".join(run_briefing("import", "--help").stdout.split())
    assert "folders of these" in shown and "SOURCE URL, file or folder path, or - for stdin" in shown
    assert "briefing import ~/clippings/" in shown


def _imported_modules(*args: str) -> set[str]:
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "briefing_tui", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    names = re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s+(\S+)", proc.stderr, re.M)
    assert names, "no -X importtime output"
    return {name.strip() for name in names}


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("import", "--help"), ("extract", "--help")])
def test_help_and_version_stay_cheap(args):
    loaded = {name.split(".")[0] for name in _imported_modules(*args)}
    assert "briefing_tui" in loaded
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


def test_version_and_main_help_load_no_domain_machinery():
    """Not even the records, importer or store: `briefing --help` only parses arguments."""
    allowed = {"briefing_tui", "briefing_tui.cli", "briefing_tui.cli.parser", "briefing_tui.paths"}
    for args in (("--version",), ("--help",)):
        ours = {name for name in _imported_modules(*args) if name.startswith("briefing_tui")}
        assert ours <= allowed, sorted(ours - allowed)


def test_bad_date_is_one_line_exit_2(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Some text.", encoding="utf-8")
    for command in ("import", "extract"):
        proc = run_briefing(command, str(article), "--published", "2023-02-30")
        assert_one_line_error(proc, "2023-02-30", "YYYY-MM-DD")
    assert_one_line_error(run_briefing("--as-of", "24/10/2023"), "24/10/2023")


@pytest.mark.parametrize(
    "command",
    [("list",), ("info",), ("export",), ("import", "x.txt"), ("extract", "x.txt"), ("delete", "art-1")],
)
def test_as_of_before_a_command_is_refused_not_ignored(command, isolated_store):
    """Only the dashboard has a 'today'; before, `briefing --as-of DAY list` listed as if it was not given."""
    from briefing_tui.cli.parser import parse_args

    with pytest.raises(SystemExit) as stopped:
        parse_args(["--as-of", "2023-10-24", *command])
    assert stopped.value.code == 2
    assert parse_args(["--as-of", "2023-10-24"]).as_of == "2023-10-24"  # the dashboard takes it
    assert parse_args(["--db", "x.json", *command]).as_of is None


@pytest.mark.parametrize("command", ["list", "export"])
def test_as_of_after_a_command_says_why_too(command, isolated_store):
    """Before, 'briefing list --as-of DAY' said only 'unrecognized arguments', while the same
    option before the command explains that only the dashboard has a 'today'."""
    proc = run_briefing(command, "--as-of", "2023-10-24")
    assert_one_line_error(proc, "--as-of is for the dashboard only", f"'{command}'")
    assert proc.stdout == "" and not isolated_store.exists()
    assert "--as-of" not in run_briefing(command, "--help").stdout  # not offered where it does nothing


def test_as_of_with_a_command_is_one_line_exit_2_and_help_says_so(isolated_store):
    proc = run_briefing("--as-of", "2023-10-24", "list")
    assert_one_line_error(proc, "--as-of is for the dashboard only", "'list'", "briefing --help")
    assert proc.stdout == "" and not isolated_store.exists()
    shown = " ".join(run_briefing("--help").stdout.split())
    assert "given with a command, it is an error" in shown


def test_missing_file_is_one_line_exit_2(tmp_path, isolated_store):
    missing = tmp_path / "nowhere.txt"
    assert_one_line_error(run_briefing("extract", str(missing)), "no such file", str(missing))
    assert_one_line_error(run_briefing("import", str(missing)), "no such file", str(missing))
    assert not isolated_store.exists()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("import",), "nothing to import"),
        (("import", "-", "-"), "standard input"),
        (("import", "x.txt", "--concurrency", "0"), "--concurrency"),
        (("import", "x.txt", "--max-bytes", "lots"), "lots"),
        (("extract",), "SOURCE"),
        (("extract", "x.txt", "--format", "yaml"), "yaml"),
        (("frobnicate",), "frobnicate"),
        (("delete",), "ARTICLE_ID"),
        (("import", "x.txt", "--title", "  "), "the title is empty"),  # it replaced a known title
        (("extract", "x.txt", "--title", ""), "the title is empty"),  # and was ignored when ''
    ],
)
def test_usage_errors(args, needle, isolated_store):
    assert_one_line_error(run_briefing(*args), needle)
    assert not isolated_store.exists()


@pytest.mark.parametrize("command", [None, "import", "extract", "export", "list"])
def test_help_examples_parse(command):
    """Every example in a help text is a command line the parser accepts."""
    import shlex

    from briefing_tui.cli.parser import build_parser

    args = (command, "--help") if command else ("--help",)
    text = run_briefing(*args).stdout
    examples = text.split("examples:\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert examples
    for line in examples:
        words = shlex.split(line.split("#", 1)[0].split("|")[-1].split(">")[0])
        assert words[0] == "briefing", line
        build_parser().parse_args(words[1:])  # exits (fails the test) on a bad example


# The help ends with the store a command would use: a --db given on the same line is that store,
# wherever it stands. Each case: the words before --help, the store line's path and its origin.
STORE_IN_HELP = [
    ("--db before the command", ["--db", "{tmp}/team.json", "list"], "{tmp}/team.json", "from --db"),
    ("--db after the command", ["list", "--db", "{tmp}/team.json"], "{tmp}/team.json", "from --db"),
    ("--db=PATH", ["import", "--db={tmp}/desk.json"], "{tmp}/desk.json", "from --db"),
    ("the main help", ["--db", "{tmp}/team.json"], "{tmp}/team.json", "from --db"),
    ("near miss: no --db, the environment's", ["list"], "{env}", "from $BRIEFING_DB"),
    ("near miss: a source named db", ["import", "db"], "{env}", "from $BRIEFING_DB"),
]


@pytest.mark.parametrize(
    ("case", "words", "path", "origin"), STORE_IN_HELP, ids=[c[0] for c in STORE_IN_HELP]
)
def test_help_names_the_store_the_command_would_use(isolated_store, tmp_path, case, words, path, origin):
    def fill(text: str) -> str:
        return text.format(tmp=tmp_path, env=isolated_store)

    proc = run_briefing(*map(fill, words), "--help", env={"COLUMNS": "400"})
    assert proc.returncode == 0, proc.stderr
    assert f"store: {fill(path)} ({origin};" in proc.stdout, case


@pytest.mark.parametrize(
    ("words", "named", "unknown"),
    [
        # A word a command does not take points at that command's help, which lists what it takes.
        (("list", "--bogus"), "briefing list", "--bogus"),
        (("info", "--format", "json"), "briefing info", "--format json"),
        (("extract", "one.txt", "two.txt"), "briefing extract", "two.txt"),
        (("delete", "art-0123456789abcdef", "extra"), "briefing delete", "extra"),
        (("import", "--bogus", "one.txt"), "briefing import", "--bogus"),
        (("--db", "list", "list", "--bogus"), "briefing list", "--bogus"),  # a store named like a command
        # Near misses: a word before the command, or with none, is the main parser's.
        (("--bogus",), "briefing", "--bogus"),
        (("--bogus", "list"), "briefing", "--bogus"),
    ],
)
def test_an_unknown_word_is_refused_by_the_parser_it_was_given_to(words, named, unknown, isolated_store):
    """'briefing list --bogus' said 'briefing: error: ... (see 'briefing --help')', whose page lists
    none of list's options, while a bad value ('list --format csv') named 'briefing list --help'."""
    proc = run_briefing(*words)
    assert_one_line_error(proc, f"{named}: error: unrecognized arguments: {unknown} (see '{named} --help')")
    assert proc.stdout == "" and not isolated_store.exists()
