"""Score the extractor in-process on our own held-out set (benchmarks/heldout/heldout.jsonl).

    python benchmarks/eval_heldout.py                 # held-out set only
    python benchmarks/eval_heldout.py --with-dev      # held-out, then news-dev, same code, same minute
    python benchmarks/eval_heldout.py --verbose

Reuses benchmarks/eval_dev.py's run_set (extraction in-process, one JSON per
article in out/heldout/, then ../shared/eval/score.py).  run_set looks for
<EVAL>/<name>.jsonl and <EVAL>/score.py, so this script points it at a
temporary folder holding links to our gold file and to the shared scorer.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_dev  # noqa: E402  (benchmarks/eval_dev.py)

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "benchmarks" / "heldout" / "heldout.jsonl"


def run_heldout(out_root: Path, verbose: bool, gold: Path = HELDOUT) -> None:
    shared_eval = eval_dev.EVAL
    with tempfile.TemporaryDirectory(prefix="heldout-eval-") as tmp:
        tmp_eval = Path(tmp)
        (tmp_eval / "heldout.jsonl").symlink_to(gold.resolve())
        (tmp_eval / "score.py").symlink_to((shared_eval / "score.py").resolve())
        eval_dev.EVAL = tmp_eval
        try:
            eval_dev.run_set("heldout", out_root, verbose)
        finally:
            eval_dev.EVAL = shared_eval


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "out"))
    ap.add_argument("--gold", default=str(HELDOUT), help="gold JSONL in score.py's format")
    ap.add_argument("--with-dev", action="store_true", help="also score news-dev for comparison")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    run_heldout(Path(args.out), args.verbose, Path(args.gold))
    if args.with_dev:
        eval_dev.run_set("news-dev", Path(args.out), args.verbose)


if __name__ == "__main__":
    main()
