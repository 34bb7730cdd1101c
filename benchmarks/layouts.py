"""Accuracy on the same articles as people save them: wrapped, indented, bulleted, clipped as Markdown.

    python benchmarks/layouts.py                  # news-dev and the held-out texts, every layout
    python benchmarks/layouts.py --sets heldout

Each article of a gold set is rewritten in a layout that changes how it is written, not what it
says, and scored with ../shared/eval/score.py against the same gold; the table prints the mean F1
(persons, quotes, meetings, dates) of each layout and its distance from the article as given.
A layout that reads much worse than "as given" is one the extractor does not yet see through.

- wrapped at 72: every paragraph hard-wrapped at 72 columns, a space made a line break (offsets kept)
- indented: every paragraph opens with four spaces
- bulleted: every paragraph opens with a bullet ("\u2022 ")
- Markdown clip: the first mention of each gold person and body a link, speech verbs in bold
- CRLF: Windows line ends
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefing_tui.core.models import Article
from briefing_tui.extract import extract

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SETS = {"news-dev": EVAL / "news-dev.jsonl", "heldout": ROOT / "benchmarks" / "heldout" / "heldout.jsonl"}
WRAP_WIDTH = 72


def wrapped_in_place(paragraph: str, width: int = WRAP_WIDTH) -> str:
    """``paragraph`` wrapped at ``width`` by turning spaces into line breaks: every offset stays."""
    chars = list(paragraph)
    line_start = 0
    for i, char in enumerate(paragraph):
        if char == " ":
            next_space = paragraph.find(" ", i + 1)
            word_end = next_space if next_space >= 0 else len(paragraph)
            if word_end - line_start > width:
                chars[i] = "\n"
                line_start = i + 1
    return "".join(chars)


def _per_paragraph(text: str, change: Callable[[str], str]) -> str:
    return "\n".join(change(p) if p.strip() else p for p in text.split("\n"))


def markdown_clip(doc: dict) -> str:
    """The article as a web clipper saves it: named actors linked, speech verbs emphasised."""
    text = doc["text"]
    gold = doc["gold"]
    for item in (*gold.get("persons", []), *gold.get("organizations", [])):
        name = item["name"]
        at = text.find(name)
        if at >= 0:
            link = f"[{name}](https://example.org/wiki/{name.replace(' ', '_')})"
            text = text[:at] + link + text[at + len(name) :]
    return re.sub(r"\b(said|told|added)\b", r"**\1**", text)


LAYOUTS: dict[str, Callable[[dict], str]] = {
    "as given": lambda d: d["text"],
    f"wrapped at {WRAP_WIDTH}": lambda d: _per_paragraph(d["text"], wrapped_in_place),
    "indented": lambda d: _per_paragraph(d["text"], lambda p: "    " + p),
    "bulleted": lambda d: _per_paragraph(d["text"], lambda p: "\u2022 " + p),
    "Markdown clip": markdown_clip,
    "CRLF": lambda d: d["text"].replace("\n", "\r\n"),
}


def score_layout(docs: list[dict], layout: Callable[[dict], str], work: Path) -> float:
    """Mean F1 of the set rewritten in ``layout``, scored against its own gold."""
    work.mkdir(parents=True)
    gold = work / "gold.jsonl"
    out = work / "out"
    out.mkdir()
    with gold.open("w", encoding="utf-8") as f:
        for d in docs:
            text = layout(d)
            f.write(json.dumps({**d, "text": text}, ensure_ascii=False) + "\n")
            result = extract(Article(id=d["id"], title=None, published=d["published"], text=text))
            (out / (d["id"].replace("/", "__") + ".json")).write_text(
                json.dumps(result.to_dict()), encoding="utf-8"
            )
    figures = work / "figures.json"
    subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold), str(out), "--json", str(figures)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(figures.read_text(encoding="utf-8"))["overall"]["f1_mean"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", nargs="+", choices=sorted(SETS), default=list(SETS))
    args = ap.parse_args()
    print(f"{'layout':16s}" + "".join(f"{name:>22s}" for name in args.sets))
    rows: dict[str, list[str]] = {name: [] for name in LAYOUTS}
    with tempfile.TemporaryDirectory(prefix="layouts-") as tmp:
        for set_name in args.sets:
            docs = [
                json.loads(line) for line in SETS[set_name].read_text(encoding="utf-8").splitlines() if line
            ]
            given = None
            for n, (name, layout) in enumerate(LAYOUTS.items()):
                f1 = score_layout(docs, layout, Path(tmp) / set_name / str(n))
                given = f1 if given is None else given
                rows[name].append(f"{f1:.3f} ({f1 - given:+.3f})")
    for name, cells in rows.items():
        print(f"{name:16s}" + "".join(f"{cell:>22s}" for cell in cells))


if __name__ == "__main__":
    main()
