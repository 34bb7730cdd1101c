"""Running ``briefing`` as a user would, and checking output against the JSON contract."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "sample_data" / "wang-yi-calls.txt"
SAMPLE_PUBLISHED = "2023-10-24"
VENDORED_SCHEMA = REPO / "tests" / "fixtures" / "extract.schema.json"
SHARED_SCHEMA = REPO.parent / "shared" / "extract.schema.json"


def run_briefing(
    *args: str,
    input: str | bytes | None = None,
    cwd: Path | None = None,
    timeout: float = 60,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python -m briefing_tui ARGS`` in a subprocess, with the test's environment ($BRIEFING_DB)."""
    data = input.encode() if isinstance(input, str) else input
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_tui", *args],
        input=data if data is not None else b"",
        capture_output=True,
        cwd=cwd or REPO,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1", **(env or {})},
        timeout=timeout,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def run_piped(*args: str, columns: str | None = None) -> subprocess.CompletedProcess[str]:
    """``briefing ARGS | ...``: standard output a pipe, and $COLUMNS set only when ``columns`` is given."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"} | {"NO_COLOR": "1"}
    if columns:
        env["COLUMNS"] = columns
    return subprocess.run(
        [sys.executable, "-m", "briefing_tui", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )


@cache
def schema() -> dict[str, Any]:
    return json.loads(VENDORED_SCHEMA.read_text(encoding="utf-8"))


def validator(definition: str | None = None):
    """A Draft 2020-12 validator for the whole extract object, or for one item kind (``"actors"``)."""
    from jsonschema import Draft202012Validator

    whole = schema()
    if definition is None:
        target = whole
    elif definition == "article":
        target = {"$defs": whole["$defs"], **whole["properties"]["article"]}
    else:
        target = {"$defs": whole["$defs"], **whole["properties"][definition]["items"]}
    Draft202012Validator.check_schema(target)
    return Draft202012Validator(target)


def assert_valid(instance: Any, definition: str | None = None) -> None:
    errors = sorted(validator(definition).iter_errors(instance), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    """Exit status 2, one line on stderr that names what went wrong, and no traceback."""
    assert proc.returncode == 2, (proc.returncode, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens: a connection refused, no internet involved."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/article.html"
