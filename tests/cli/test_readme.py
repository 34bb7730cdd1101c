"""The README's Quick start and command-line reference say what the code does."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from briefing_tui.cli.parser import build_parser
from tests.cli.helpers import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = ("import", "extract", "export", "list", "info", "delete")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def _help(*args: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        build_parser().parse_args([*args, "--help"])
    return out.getvalue()


def test_quick_start_has_exactly_two_commands_and_ci_runs_the_second():
    blocks = re.findall(r"^```\n(.*?)^```", _section("Quick start"), re.M | re.S)
    commands = [line for block in blocks for line in block.splitlines() if line.strip()]
    assert len(commands) == 2, commands
    install_and_launch, install_and_test = commands
    assert install_and_launch.endswith(".venv/bin/briefing")
    assert install_and_test.endswith(".venv/bin/pytest") and "'.[test]'" in install_and_test
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert f'test_command="{install_and_test}"' in ci


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_reference_names_every_option(command):
    reference = _section("Command-line reference")
    text = _help(command) if command else _help()
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", text)) - {"--help"}
    if command:
        assert f"`briefing {command}" in reference
    missing = sorted(o for o in options if o not in reference)
    assert not missing, f"README's reference lacks {missing} of {command or 'briefing'}"
