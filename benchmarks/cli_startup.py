"""How long the command line takes to answer, against a bare interpreter (best of N runs).

    python benchmarks/cli_startup.py [--runs 7]

Prints wall time per command, the time over a bare ``python -c pass``, and how
many modules each command loads (``briefing --help`` should load no fetcher,
parser or UI library). Figures only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "wang-yi-calls.txt"

COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "briefing --version": [sys.executable, "-m", "briefing_tui", "--version"],
    "briefing --help": [sys.executable, "-m", "briefing_tui", "--help"],
    "briefing import --help": [sys.executable, "-m", "briefing_tui", "import", "--help"],
    "briefing extract SAMPLE --format json": [
        sys.executable,
        "-m",
        "briefing_tui",
        "extract",
        str(SAMPLE),
        "--published",
        "2023-10-24",
        "--format",
        "json",
    ],
}


def best_of(cmd: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


def modules_loaded(cmd: list[str]) -> set[str]:
    proc = subprocess.run(
        [cmd[0], "-X", "importtime", *cmd[1:]], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return {
        line.rsplit("|", 1)[1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    base = None
    watched = ("textual", "httpx", "trafilatura", "feedparser", "tinydb", "rich")
    print(f"{'command':40} {'best s':>8} {'over bare':>10} {'modules':>8}  heavy libraries loaded")
    for name, cmd in COMMANDS.items():
        wall = best_of(cmd, args.runs)
        base = wall if base is None else base  # the first command is the bare interpreter
        loaded = modules_loaded(cmd)
        heavy = sorted({m.split(".")[0] for m in loaded} & set(watched))
        print(f"{name:40} {wall:8.3f} {wall - base:+10.3f} {len(loaded):8d}  {', '.join(heavy) or '-'}")


if __name__ == "__main__":
    main()
