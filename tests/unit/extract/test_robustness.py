"""Any text in, schema-valid output out, in bounded time: extract() never raises and never hangs."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_tui.core.models import Article
from briefing_tui.extract import extract

SCHEMA_PATHS = (
    Path(__file__).resolve().parents[2] / "fixtures" / "extract.schema.json",
    Path(__file__).resolve().parents[3].parent / "shared" / "extract.schema.json",
)
SAMPLE = Path(__file__).resolve().parents[3] / "sample_data" / "wang-yi-calls.txt"


def _schema() -> dict:
    for path in SCHEMA_PATHS:
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
    raise FileNotFoundError("extract.schema.json: neither vendored in tests/fixtures nor in ../shared")


VALIDATOR = jsonschema.Draft202012Validator(_schema())

# Words that wake every stage up: names, titles, speech verbs, meeting triggers, dates, quotes.
_WORDS = (
    "Wang Yi Blinken Secretary of State Foreign Minister President Xi said told met with will meet visit "
    "to Washington Beijing China's U.S. Israel Palestinian telephone call talks summit conference in on "
    "Monday Thursday to Saturday next month Oct. 7 November 15, 2023 1991 yesterday last week the he she "
    "his her counterpart foreign ministry defence deputy according \" \u201c \u201d ' , . ; : ( ) - \u2014 \n \n\n Sen. Dr. a.m. al- bin"
)
VOCABULARY = _WORDS.split(" ")

PUBLISHED = st.sampled_from(["2023-10-24", "2015-05-18", "2000-02-29", "1999-12-31", "2024", "2023-01"])


def run(text: str, published: str = "2023-10-24") -> dict:
    result = extract(Article(id="robust", title=None, published=published, text=text)).to_dict()
    VALIDATOR.validate(result)
    for t in result["timexes"]:
        assert 0 <= t["start"] < t["end"] <= len(text)
        assert text[t["start"] : t["end"]] == t["text"] or t["text"] == text[t["start"] : t["end"]].strip()
    ids = [a["id"] for a in result["actors"]]
    assert len(ids) == len(set(ids))
    for m in result["meetings"]:
        assert set(m["participant_ids"]) <= set(ids)
    for s in result["statements"]:
        assert s["actor_id"] is None or s["actor_id"] in ids
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(max_size=400), published=PUBLISHED)
def test_any_unicode_text(text: str, published: str) -> None:
    run(text, published)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(VOCABULARY), max_size=200), published=PUBLISHED)
def test_news_like_word_salad(words: list[str], published: str) -> None:
    run(" ".join(words), published)


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=2000))
def test_binary_noise(data: bytes) -> None:
    run(data.decode("latin-1"))


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "\n\n\n",
        ".",
        '""""""\'\'\'',
        "no sentence punctuation at all just words going on and on " * 50,
        "UNBALANCED \u201cQUOTE HE SAID. AND ANOTHER \u201c ONE",
        "\u201cThe quote never closes, said Wang Yi, Chinese Foreign Minister.",
        'He said "yes. She said "no. They met with him "on Monday.',
        "\x1b[31mred\x1b[0m \x07 [bold]markup[/bold] \x00 nulls",
        "U.S. U.S. U.S. " * 300,
        "(((((((((((((((((((( ))))))))))))))))))",
        "Mr. " * 500,
        "The talks ended, said the foreign",
        # an article cut after "the U.S." with a sentence before it that opens on a role noun
        "Their leaders agreed to meet again this year, hoping to keep a truce strained by rows between "
        "North Korea and the U.S.\n\nSouth",
        "Officials at the defence",
    ],
    ids=lambda text: repr(text[:24]),
)
def test_awkward_inputs(text: str) -> None:
    run(text)


def test_all_caps_article() -> None:
    run(SAMPLE.read_text(encoding="utf-8").upper())


def test_sample_article_is_valid_and_finds_things() -> None:
    result = run(SAMPLE.read_text(encoding="utf-8"))
    assert result["timexes"] and result["actors"]


@pytest.mark.slow
def test_five_megabytes_in_bounded_time() -> None:
    """A 5 MB text (article prose and noise) finishes: a guard against blow-ups, not a speed figure
    (benchmarks/extract.py measures speed)."""
    rng = random.Random(7)
    prose = SAMPLE.read_text(encoding="utf-8")
    noise = "".join(chr(rng.randrange(32, 0x2FF)) for _ in range(200_000))
    unit = prose + "\n" + noise + "\n"
    text = (unit * (5_000_000 // len(unit) + 1))[:5_000_000]
    t0 = time.process_time()
    run(text)
    assert time.process_time() - t0 < 300


def test_long_single_line_without_sentences_in_bounded_time() -> None:
    text = ("Secretary Blinken met with Foreign Minister Wang Yi in Washington and said " * 1_600)[:120_000]
    t0 = time.process_time()
    run(text)
    assert time.process_time() - t0 < 120


REGRESSIONS = Path(__file__).resolve().parents[2] / "fixtures" / "extract" / "word_salad_regressions.jsonl"


@pytest.mark.parametrize(
    "case",
    [json.loads(line) for line in REGRESSIONS.read_text(encoding="utf-8").splitlines() if line.strip()],
    ids=lambda case: case["id"],
)
def test_word_salad_that_once_crashed_coreference(case: dict) -> None:
    """Texts that once raised KeyError in coref: a person listed with others whose affiliation was never
    stated; a shouted group office ("ASEAN LEADERS") before a pronoun."""
    run(case["text"], case["published"])
