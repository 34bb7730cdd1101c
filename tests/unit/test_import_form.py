"""The import form after an import: what it holds again (what failed, with why) and what it asks for."""

from __future__ import annotations

import pytest

from briefing_tui.core.models import Article
from briefing_tui.dashboard.import_form import (
    PASTED_SOURCE,
    ImportForm,
    build_request,
    form_after_error,
    form_to_retry,
)
from briefing_tui.importer import ArticleStored, ImportSummary, SourceFailed, SourceSkipped
from briefing_tui.store.repository import StoreResult

A, B, FEED = "https://a.example/1", "https://b.example/2", "https://news.example/feed.xml"
ENTRY = "https://news.example/2023/talks.html"  # an article the feed led to


def stored(source: str) -> ArticleStored:
    article = Article(id=f"art-{abs(hash(source))}", title="T", published="2023-10-24")
    return ArticleStored(source, article, StoreResult(article.id, False, 0, 0, 0, 0))


def failed(source: str, reason: str = "could not connect") -> SourceFailed:
    return SourceFailed(source, reason)


def skipped(source: str) -> SourceSkipped:
    return SourceSkipped(source, "already imported")


FORM = ImportForm(
    urls=f"{A}\n  {B}  \n\n{FEED}\n", path="~/notes/talks.txt", pasted="", published="2023-10-20"
)


@pytest.mark.parametrize(
    ("summary", "urls", "path"),
    [
        # a typed URL failed: it stays, as typed; what went in (or was there already) goes
        (
            ImportSummary(
                stored=(stored(A), stored(ENTRY), stored("~/notes/talks.txt")), failed=(failed(B),)
            ),
            B,
            "",
        ),
        (
            ImportSummary(
                skipped=(skipped(A), skipped(ENTRY)), failed=(failed(B), failed("~/notes/talks.txt"))
            ),
            B,
            "~/notes/talks.txt",
        ),
        # an article the feed led to failed: the feed's line stays (read again, it adds what is new)
        (
            ImportSummary(
                stored=(stored(A), stored(B), stored("~/notes/talks.txt")), failed=(failed(ENTRY),)
            ),
            FEED,
            "",
        ),
        # the feed itself could not be read
        (
            ImportSummary(stored=(stored(A), stored(B), stored("~/notes/talks.txt")), failed=(failed(FEED),)),
            FEED,
            "",
        ),
        # cancelled: what it did not reach stays, with what failed
        (
            ImportSummary(stored=(stored(A),), failed=(failed(B),), cancelled=True),
            f"{B}\n{FEED}",
            "~/notes/talks.txt",
        ),
        (ImportSummary(stored=(stored(A),), cancelled=True), f"{B}\n{FEED}", "~/notes/talks.txt"),
    ],
)
def test_the_form_keeps_what_did_not_go_in(summary, urls, path):
    retry = form_to_retry(FORM, summary)
    assert retry is not None
    assert (retry.urls, retry.path, retry.pasted, retry.published) == (urls, path, "", "2023-10-20")
    for event in summary.failed:
        assert f"\u2022 {event.source}: {event.reason}" in retry.problem


def test_nothing_is_kept_when_everything_went_in():
    everything = ImportSummary(
        stored=(stored(A), stored(B), stored(ENTRY)), skipped=(skipped("~/notes/talks.txt"),)
    )
    assert form_to_retry(FORM, everything) is None


def test_pasted_text_that_failed_stays_whole():
    pasted = ImportForm(urls=A, pasted="  The minister said\n\nthe talks went well.  ")
    retry = form_to_retry(
        pasted, ImportSummary(stored=(stored(A),), failed=(failed(PASTED_SOURCE, "no text"),))
    )
    assert retry is not None and (retry.urls, retry.pasted) == ("", pasted.pasted)
    went_in = form_to_retry(pasted, ImportSummary(stored=(stored(PASTED_SOURCE),), failed=(failed(A),)))
    assert went_in is not None and (went_in.urls, went_in.pasted) == (A, "")


def test_the_pasted_text_is_named_as_the_importer_names_it():
    from briefing_tui.sources.jobs import pasted_job

    assert pasted_job("words").label == PASTED_SOURCE


@pytest.mark.parametrize(
    ("summary", "first_line"),
    [
        (ImportSummary(failed=(failed(A),)), "1 source failed: correct or retry them here."),
        (
            ImportSummary(stored=(stored(B),), failed=(failed(A), failed(FEED))),
            "2 sources failed (1 article imported): correct or retry them here.",
        ),
        (ImportSummary(cancelled=True), "The import was cancelled: what it did not take in is here."),
        (
            ImportSummary(failed=(failed(A),), cancelled=True),
            "1 source failed and the import was cancelled: what it did not take in is here.",
        ),
    ],
)
def test_the_problem_says_what_happened(summary, first_line):
    retry = form_to_retry(FORM, summary)
    assert retry is not None and retry.problem.splitlines()[0] == first_line


def test_the_problem_lists_the_first_failures_and_counts_the_rest():
    many = ImportForm(urls="\n".join(f"https://x.example/{n}" for n in range(5)))
    retry = form_to_retry(
        many, ImportSummary(failed=tuple(failed(f"https://x.example/{n}") for n in range(5)))
    )
    assert retry is not None and retry.urls == many.urls
    assert retry.problem.splitlines()[1:] == [
        *(f"\u2022 https://x.example/{n}: could not connect" for n in range(3)),
        "\u2026 and 2 more",
    ]


def test_an_import_that_stopped_before_reading_gives_the_whole_form_back():
    back = form_after_error(FORM, "cannot write to this store (Permission denied)")
    assert (back.urls, back.path, back.published) == (FORM.urls, FORM.path, FORM.published)
    assert back.problem == "The import stopped: cannot write to this store (Permission denied)"


def test_typed_and_empty():
    assert not ImportForm().typed and ImportForm().is_empty
    assert ImportForm(published="2023-10-20").typed and ImportForm(published="2023-10-20").is_empty
    assert ImportForm(urls=" \n").is_empty and not ImportForm(urls=" \n").typed
    assert ImportForm(problem="x").is_empty and not ImportForm(problem="x").typed


def test_build_request(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("The minister said the talks went well.", encoding="utf-8")
    request = build_request(ImportForm(urls=f" {A} \n\n", path=str(note), published="2023-10-20"))
    assert (request.sources, request.pasted_text, request.published) == ((A, str(note)), None, "2023-10-20")
    with pytest.raises(ValueError, match="at least one URL"):
        build_request(ImportForm(urls="  ", pasted=" \n", published="2023-10-20"))
    with pytest.raises(ValueError, match="No such file"):
        build_request(ImportForm(path=str(tmp_path / "missing.txt")))


@pytest.mark.parametrize(
    ("urls", "reason"),
    [
        (
            "talks in geneva",
            "Not a web address, nor a file: talks in geneva (an address starts with https://)",
        ),
        ("minutes", "Not a web address, nor a file: minutes"),
        (
            "news.example.org/talks",
            "No such file: news.example.org/talks (for a web page, give the whole address",
        ),
    ],
)
def test_a_line_of_the_urls_tab_that_is_no_address_is_called_so(urls, reason):
    """Before, a word typed in the URLs tab was refused as 'No such file', a tab the person had not used."""
    with pytest.raises(ValueError) as refused:
        build_request(ImportForm(urls=urls))
    assert str(refused.value).startswith(reason)


def test_an_address_pasted_as_text_imports_the_page_it_names():
    """Before, an address pasted in the Paste tab was stored as an article whose text was the
    address: no actors, no statements, and a title that was the URL."""
    request = build_request(ImportForm(pasted=f"  {A}\n{B}\n"))
    assert (request.sources, request.pasted_text) == ((A, B), None)
    text = build_request(ImportForm(pasted=f"Read {A} for the minister's remarks."))
    assert (text.sources, text.pasted_text) == ((), f"Read {A} for the minister's remarks.")
    form = ImportForm(pasted=f"{A}\n{B}")
    retry = form_to_retry(form, ImportSummary(stored=(stored(A),), failed=(failed(B),)))
    assert retry is not None and retry.pasted == B  # the address that failed stays, where it was


def test_a_pasted_address_with_a_typing_slip_is_asked_for_not_a_crash():
    """Pasting 'http://[::1/news' into the Paste tab raised ValueError from urllib while the dialog
    read its form; now it is no address, so it goes in as the pasted text it is (and a typed one
    fails alone with its reason: tests/unit/test_importer.py)."""
    form = ImportForm(pasted="http://[::1/news")
    assert form.pasted_urls == []
    assert build_request(form).pasted_text == "http://[::1/news"


def test_a_file_dropped_on_the_terminal_is_read_as_its_path(tmp_path):
    """Before, the File field took what a terminal pastes for a dragged file literally: a quoted
    or backslash-escaped path, or a file:// address copied from a browser, was 'No such file'."""
    folder = tmp_path / "My Notes"
    folder.mkdir()
    talks, notes = folder / "talks today.html", folder / "it's.txt"
    for file in (talks, notes):
        file.write_text("The minister said the talks went well.", encoding="utf-8")
    for typed in (
        f"'{talks}' ",  # GNOME Terminal, Konsole, iTerm
        f'"{talks}"',  # Windows Explorer's "Copy as path"
        str(talks).replace(" ", "\\ "),  # macOS Terminal
        "file://" + str(talks).replace(" ", "%20"),  # a saved page's address
    ):
        assert build_request(ImportForm(path=typed)).sources == (str(talks),), typed
    quoted_notes = "'" + str(notes).replace("'", "'\\''") + "'"  # an apostrophe, shell-quoted
    both = f"'{talks}' {quoted_notes}"  # two files dragged at once
    assert build_request(ImportForm(path=both)).sources == (str(talks), str(notes))
    assert build_request(ImportForm(path=str(talks))).sources == (str(talks),)  # a plain path as it is
    with pytest.raises(ValueError, match="No such file: 'nowhere.txt'"):
        build_request(ImportForm(path="'nowhere.txt'"))
    form = ImportForm(path=f"'{talks}'")
    retry = form_to_retry(form, ImportSummary(failed=(failed(str(talks), "no article text found"),)))
    assert retry is not None and retry.path == f"'{talks}'"  # what failed comes back as it was typed


@pytest.mark.parametrize(
    ("urls", "pasted", "sources"),
    [
        # a reading list kept in Markdown, pasted whole into either tab, reads as its addresses
        ("", f"- {A}\n* <{B}>\n", [A, B]),
        ("", f"1. [Talks in Rome]({A})\n", [A]),
        (f"- {A}\n[feed]({FEED})", "", [A, FEED]),
        (f"{A}  # the minister's speech", "", [A]),
        # prose that mentions an address is pasted text, and a line that is no address stays as typed
        ("", f"The ministry posted {A} today.\n- {B}", []),
        ("- not an address", "", ["- not an address"]),
    ],
)
def test_a_reading_list_reads_as_its_addresses(urls, pasted, sources):
    assert ImportForm(urls=urls, pasted=pasted).sources == sources


def test_a_listed_address_that_failed_stays_as_it_was_typed():
    form = ImportForm(urls=f"- {A}\n- {B}")
    retry = form_to_retry(form, ImportSummary(stored=(stored(B),), failed=(failed(A),)))
    assert retry is not None and retry.urls == f"- {A}"
