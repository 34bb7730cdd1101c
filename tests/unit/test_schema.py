"""``briefing extract --format json`` prints exactly the object extract.schema.json describes."""

from __future__ import annotations

import json

import pytest

from tests.cli.helpers import (
    SAMPLE,
    SAMPLE_PUBLISHED,
    SHARED_SCHEMA,
    VENDORED_SCHEMA,
    assert_one_line_error,
    assert_valid,
    run_briefing,
)

SYNTHETIC = {
    "one-quote": 'U.S. Secretary of State Antony Blinken said on Monday: "We will keep talking." '
    "He will visit Beijing next month.",
    "markup-and-escapes": '[bold]Wang[/bold] said \x1b[31m"red"\x1b[0m [@click=app.quit]x[/] \x1b]52;c;aGk=\x07 '
    "on Oct. 7.",
    "unbalanced": '"She said it \u201cwithout end. Thursday to Saturday. ' * 20,
    "non-latin": "\u738b\u6bc5\u8bf4\u3002 \u041b\u0430\u0432\u0440\u043e\u0432 \u0437\u0430\u044f\u0432\u0438\u043b. "
    "Wang Yi met Sergei Lavrov in Moscow on Tuesday.",
    "all-caps": "PRESIDENT BIDEN WILL MEET PRESIDENT XI NEXT WEEK IN SAN FRANCISCO, THE WHITE HOUSE SAID.",
}


def extract_json(*args: str, input: str | None = None) -> dict:
    proc = run_briefing("extract", *args, "--format", "json", input=input)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def article_text(source: str, published: str, stdin: bytes | None = None) -> str:
    """The text the extractor read (offsets point into it): the importer's loader, run in-process."""
    import io

    from briefing_tui.importer import load_article

    stream = io.BytesIO(stdin) if stdin is not None else None
    return load_article(source, published=published, stdin=stream).text


def assert_contract(data: dict, text: str) -> None:
    assert_valid(data)
    assert set(data) == {"schema", "article", "actors", "statements", "meetings", "timexes"}
    actor_ids = [a["id"] for a in data["actors"]]
    assert len(actor_ids) == len(set(actor_ids)), "one actor per id"
    known = set(actor_ids)
    for statement in data["statements"]:
        assert statement["actor_id"] is None or statement["actor_id"] in known
        assert set(statement["addressee_ids"]) <= known
    for meeting in data["meetings"]:
        assert set(meeting["participant_ids"]) <= known
    for timex in data["timexes"]:
        assert 0 <= timex["start"] <= timex["end"] <= len(text)
        assert text[timex["start"] : timex["end"]] == timex["text"], timex


def test_vendored_schema_is_the_shared_one():
    if not SHARED_SCHEMA.exists():
        pytest.skip(f"{SHARED_SCHEMA} is not beside this checkout")
    assert json.loads(VENDORED_SCHEMA.read_text("utf-8")) == json.loads(SHARED_SCHEMA.read_text("utf-8"))


def test_sample_article():
    data = extract_json(str(SAMPLE), "--published", SAMPLE_PUBLISHED)
    assert_contract(data, article_text(str(SAMPLE), SAMPLE_PUBLISHED))
    assert data["article"]["published"] == SAMPLE_PUBLISHED
    assert data["article"]["published_assumed"] is False


def test_output_is_deterministic():
    args = (str(SAMPLE), "--published", SAMPLE_PUBLISHED)
    first = run_briefing("extract", *args, "--format", "json")
    second = run_briefing("extract", *args, "--format", "json")
    assert first.returncode == 0 and first.stdout == second.stdout


@pytest.mark.parametrize("name", sorted(SYNTHETIC))
def test_synthetic_texts_from_stdin(name):
    text = SYNTHETIC[name]
    data = extract_json("-", "--published", "2023-10-24", "--title", f"Synthetic {name}", input=text)
    assert_contract(data, article_text("-", "2023-10-24", stdin=text.encode()))
    assert data["article"]["title"] == f"Synthetic {name}"


@pytest.mark.parametrize("text", ["", " \n\n\t \n", "\x1b[2J\x1b]52;c;aGk=\x07"])
def test_no_article_text_is_a_usage_error(text):
    proc = run_briefing("extract", "-", "--format", "json", input=text)
    assert_one_line_error(proc, "no article text")
    assert proc.stdout == ""


def test_without_published_today_is_assumed():
    from datetime import date

    data = extract_json("-", input="Wang Yi spoke on Monday.")
    assert_valid(data)
    assert data["article"]["published_assumed"] is True
    assert data["article"]["published"] == date.today().isoformat()
