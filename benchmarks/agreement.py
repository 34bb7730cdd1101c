"""How far two human annotations of the same articles agree, on the scorer's own terms.

    python benchmarks/agreement.py FIRST.jsonl SECOND.jsonl

Both files are gold in ../shared/eval/score.py's format, for the same article
ids. Each annotation is turned into the prediction files score.py reads
(``briefing extract --format json`` shape) and scored against the other, both
ways. The figures give the ceiling the extractor can be held to: where two
careful readers agree at 0.98, a tool at 0.89 is 9 points short for its own
reasons, not for the gold's.

Only required items become predictions: an item one annotator marked optional
would otherwise count against them wherever the other left it out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
ACTOR_KINDS = (("person", "persons"), ("organization", "organizations"), ("country", "countries"))


class _Actors:
    """The prediction's actor list, with each name and alias pointing at its actor id."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []
        self.by_name: dict[str, str] = {}

    def add(self, kind: str, item: dict[str, Any]) -> str:
        names = [item.get("name") or ""] + list(item.get("aliases") or [])
        known = self.find(names)
        if known is not None:
            return known
        actor_id = f"a{len(self.records)}"
        self.records.append(
            {
                "id": actor_id,
                "kind": kind,
                "name": names[0],
                "aliases": names[1:],
                "role": item.get("role"),
                "affiliation": item.get("affiliation"),
            }
        )
        for name in names:
            self.by_name.setdefault(name.lower(), actor_id)
        return actor_id

    def find(self, names: list[str]) -> str | None:
        return next((self.by_name[n.lower()] for n in names if n.lower() in self.by_name), None)


def as_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """One article's gold as the JSON ``briefing extract`` would print for it."""
    actors = _Actors()
    for kind, key in ACTOR_KINDS:
        for item in _required(gold.get(key)):
            actors.add(kind, item)
    statements = [
        {
            "speaker": s.get("speaker"),
            "actor_id": actors.find([s.get("speaker") or ""]),
            "text": s.get("text"),
            "kind": s.get("kind"),
        }
        for s in _required(gold.get("statements"))
    ]
    meetings = [
        {key: m.get(key) for key in ("kind", "status", "location", "start", "end", "evidence")}
        | {"participant_ids": [actors.add("other", p) for p in m.get("participants") or []]}
        for m in _required(gold.get("meetings"))
    ]
    timexes = [{"text": t.get("text"), "value": t.get("value")} for t in gold.get("timexes") or []]
    return {"actors": actors.records, "statements": statements, "meetings": meetings, "timexes": timexes}


def _required(items: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    return [i for i in items or [] if not i.get("optional")]


def _documents(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(gold_path: Path, other: list[dict[str, Any]]) -> None:
    """Score the annotation ``other`` as predictions against the gold file."""
    with tempfile.TemporaryDirectory(prefix="agreement-") as tmp:
        for doc in other:
            name = doc["id"].replace("/", "__") + ".json"
            prediction = as_prediction(doc.get("gold") or {})
            (Path(tmp) / name).write_text(json.dumps(prediction, ensure_ascii=False), encoding="utf-8")
        subprocess.run([sys.executable, str(SCORER), str(gold_path), tmp], check=False)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first", type=Path, help="one annotation (score.py gold JSONL)")
    ap.add_argument("second", type=Path, help="another annotation of the same articles")
    args = ap.parse_args()
    first, second = _documents(args.first), _documents(args.second)
    missing = {d["id"] for d in first} ^ {d["id"] for d in second}
    if missing:
        ap.error(f"the files annotate different articles: {sorted(missing)}")
    print(f"== {args.second.name} scored against {args.first.name}")
    score(args.first, second)
    print(f"== {args.first.name} scored against {args.second.name}")
    score(args.second, first)


if __name__ == "__main__":
    main()
