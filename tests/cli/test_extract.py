"""``briefing extract``: one article read and shown, nothing stored, untrusted text shown literally."""

from __future__ import annotations

import json

import pytest

from tests.cli.helpers import (
    REPO,
    SAMPLE,
    SAMPLE_PUBLISHED,
    assert_one_line_error,
    closed_port_url,
    run_briefing,
    run_piped,
)

HOSTILE = (
    'Chinese Foreign Minister Wang Yi said on Monday: "We [bold]insist[/bold] on '
    '[link=file:///etc/passwd]peace[/link] [@click=app.quit]now[/]." \x1b]52;c;aGk=\x07\x1b[2J'
    "He will visit Washington next week."
)


def test_text_summary_of_the_sample(isolated_store):
    proc = run_briefing("extract", str(SAMPLE), "--published", SAMPLE_PUBLISHED)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert out.startswith("China's Wang Yi Calls Israeli and Palestinian Counterparts\npublished 2023-10-24")
    for section in ("Actors", "Statements", "Meetings", "Dates"):
        assert section in out
    assert "Wang Yi" in out
    assert not isolated_store.exists(), "extract must not create or touch the store"


def test_text_summary_shows_markup_literally_and_no_escapes():
    title = "[red]Headline[/red] [link=https://example.org]here[/link]"
    proc = run_briefing("extract", "-", "--title", title, "--published", SAMPLE_PUBLISHED, input=HOSTILE)
    assert proc.returncode == 0, proc.stderr
    assert title in proc.stdout
    assert (
        "[bold]insist[/bold]" in proc.stdout.replace("\n", " ").replace("  ", " ") or "insist" in proc.stdout
    )
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout


def test_json_keeps_markup_as_data_and_strips_escapes():
    proc = run_briefing("extract", "-", "--format", "json", "--published", SAMPLE_PUBLISHED, input=HOSTILE)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert "\x1b" not in proc.stdout and "\\u001b" not in proc.stdout
    texts = [s["text"] for s in data["statements"]] + [s["evidence"] for s in data["statements"]]
    assert any("[bold]insist[/bold]" in t for t in texts), texts


def test_published_from_the_sources_metadata(tmp_path):
    """Without --published, the sample's metadata file gives the date; a bare text file gets today, assumed."""
    data = json.loads(run_briefing("extract", str(SAMPLE), "--format", "json").stdout)
    assert data["article"]["published"] == SAMPLE_PUBLISHED and not data["article"]["published_assumed"]
    bare = tmp_path / "bare.txt"
    bare.write_text(SAMPLE.read_text("utf-8"), encoding="utf-8")
    data = json.loads(run_briefing("extract", str(bare), "--format", "json").stdout)
    assert data["article"]["published_assumed"] is True


def test_a_feed_or_folder_is_not_one_article(tmp_path):
    (tmp_path / "a.txt").write_text("One article.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another article.", encoding="utf-8")
    said = f"{tmp_path} holds 2 articles (a folder): import it instead"
    assert_one_line_error(run_briefing("extract", str(tmp_path)), said)


def test_unreachable_url_is_one_line_exit_2():
    url = closed_port_url()
    assert_one_line_error(run_briefing("extract", url), url.split("/")[2])


def test_a_page_of_several_articles_gives_each_and_each_json_line_is_the_schemas_object(isolated_store):
    from tests.cli.helpers import REPO, validator

    roundup = REPO / "tests" / "fixtures" / "web" / "roundup.html"
    proc = run_briefing("extract", str(roundup), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    objects = [json.loads(line) for line in proc.stdout.splitlines()]
    for data in objects:
        validator().validate(data)
    assert [(o["article"]["title"], o["article"]["published"]) for o in objects] == [
        ("Ministers from Portugal and Morocco agree to talk about shared water", "2024-03-05"),
        ("Estonia summons Latvian envoy over ferry inspections", "2024-03-04"),
        ("Chile's president to visit Peru for trade talks", "2024-03-06"),
    ]
    text = run_briefing("extract", str(roundup))
    assert text.returncode == 0, text.stderr
    headings = [line.strip("─ ") for line in text.stdout.splitlines() if "from one page" in line]
    assert headings == [f"article {n} of 3 from one page" for n in (1, 2, 3)]
    assert not isolated_store.exists()


@pytest.mark.parametrize(
    "whole",
    [
        # Each of these stands whole on one line of the summary piped on, for grep.
        "Chinese Foreign Minister Wang Yi, Wang",
        "Palestinian Foreign Minister Riyad al-Maliki, his Palestinian counterpart",
        "Washington",
        "\u201cIt is imperative to prevent further escalation of the situation that could lead to a worse",
        "2023-10-26 to 2023-10-28 (Thursday to Saturday)",
        "Wang Yi, Antony Blinken, Jake Sullivan",
    ],
)
def test_the_summary_piped_on_keeps_each_value_on_one_line(whole):
    """'briefing extract article.txt | grep Washington' found nothing: piped on, the summary was laid
    out for 80 columns and folded words inside ('Washingto' / 'n', 'al-Malik' / 'i'), as the import
    report and 'briefing list' did before they were printed whole for a pipe."""
    proc = run_piped("extract", str(SAMPLE), "--published", SAMPLE_PUBLISHED)
    assert proc.returncode == 0, proc.stderr
    assert any(whole in line for line in proc.stdout.splitlines()), proc.stdout


def test_the_summary_piped_with_columns_still_fits_them_and_a_page_keeps_its_headings():
    """The near misses: $COLUMNS still sets the width, and a page of several articles still names each."""
    proc = run_piped("extract", str(SAMPLE), "--published", SAMPLE_PUBLISHED, columns="80")
    assert proc.returncode == 0, proc.stderr
    assert max(len(line) for line in proc.stdout.splitlines()) <= 80
    assert not any(
        "Palestinian Foreign Minister Riyad al-Maliki" in line for line in proc.stdout.splitlines()
    )
    roundup = run_piped("extract", str(REPO / "tests" / "fixtures" / "web" / "roundup.html"))
    headings = [line.strip("─ ") for line in roundup.stdout.splitlines() if "from one page" in line]
    assert headings == [f"article {n} of 3 from one page" for n in (1, 2, 3)]
    assert max(len(line) for line in roundup.stdout.splitlines()) < 1000  # no rule a million wide


FEED_OF_TWO = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
    "<item><title>One</title><link>https://example.org/one</link><description>Talks.</description></item>"
    "<item><title>Two</title><link>https://example.org/two</link><description>Visits.</description></item>"
    "</channel></rss>"
)


@pytest.mark.parametrize(
    ("piped", "options", "said"),
    [
        # What standard input holds is said of standard input, as its other errors are, not of '-'.
        (FEED_OF_TWO, (), "standard input holds 2 articles (a feed): import it instead"),
        (
            "https://example.org/a\nhttps://example.org/b\n",
            (),
            "standard input holds 2 URLs (a list of URLs)",
        ),
        (
            (REPO / "tests" / "fixtures" / "web" / "roundup.html").read_text(encoding="utf-8"),
            ("--title", "Desk notes"),
            "the title given names one article, and standard input holds 3 articles",
        ),
    ],
)
def test_several_articles_on_standard_input_are_said_to_be_there(piped, options, said):
    """'cat feed.xml | briefing extract -' said '- holds 2 articles ...', naming a dash."""
    proc = run_briefing("extract", "-", *options, input=piped)
    assert_one_line_error(proc, said)
    assert "- holds" not in proc.stderr


def test_several_articles_in_a_file_are_still_said_to_be_in_that_file(tmp_path):
    """The near miss: a file keeps its path in the sentence."""
    feed = tmp_path / "desk.xml"
    feed.write_text(FEED_OF_TWO, encoding="utf-8")
    assert_one_line_error(run_briefing("extract", str(feed)), f"{feed} holds 2 articles")
