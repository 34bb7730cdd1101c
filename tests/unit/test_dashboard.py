"""The dashboard's logic without the UI: dates, labels, rows, sorting, filters, narrowing, wrapping."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from briefing_tui.core.models import Actor, Article, Counts, Meeting, Snapshot, Statement
from briefing_tui.dashboard.board import Board
from briefing_tui.dashboard.dates import (
    PASSED_UNCONFIRMED,
    DaySpan,
    meeting_span,
    parse_day,
    parse_partial,
    relative_label,
)
from briefing_tui.dashboard.filters import filter_rows, narrow_to_actor, normalize_query
from briefing_tui.dashboard.highlight import (
    EVIDENCE,
    MEETING,
    QUOTE,
    item_highlights,
    quote_span,
    wrap_offsets,
)
from briefing_tui.dashboard.rows import (
    actor_rows,
    article_rows,
    date_range_label,
    meeting_rows,
    newest_published,
    published_label,
    statement_rows,
    statement_words,
)
from briefing_tui.dashboard.sample import sample_request, sample_sources

AS_OF = date(2023, 10, 24)


def day(text: str) -> DaySpan:
    span = parse_partial(text)
    assert span is not None
    return span


@pytest.mark.parametrize(
    ("value", "first", "last", "precision"),
    [
        ("2023-10-26", date(2023, 10, 26), date(2023, 10, 26), "day"),
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2023", date(2023, 1, 1), date(2023, 12, 31), "year"),
    ],
)
def test_parse_partial(value, first, last, precision):
    assert parse_partial(value) == DaySpan(first, last, precision)


@pytest.mark.parametrize("value", [None, "", "soon", "2023-13", "2023-02-30", "2023-1-2-3"])
def test_parse_partial_rejects(value):
    assert parse_partial(value) is None


def test_parse_day_explains_bad_input():
    assert parse_day(" 2023-10-24 ") == date(2023, 10, 24)
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_day("24/10/2023")


@pytest.mark.parametrize(
    ("when", "label"),
    [
        ("2023-10-24", "today"),
        ("2023-10-25", "tomorrow"),
        ("2023-10-23", "yesterday"),
        ("2023-10-26", "in 2 days"),
        ("2023-10-27", "in 3 days"),
        ("2023-11-06", "in 13 days"),
        ("2023-11-07", "in 2 weeks"),
        ("2023-10-10", "2 weeks ago"),
        ("2023-10-17", "7 days ago"),
        ("2024-01-24", "in 3 months"),
        ("2021-10-24", "2 years ago"),
        ("2023-10", "this month"),
        ("2023-11", "next month"),
        ("2023-09", "last month"),
        ("2024-01", "in 3 months"),
        ("2023-06", "4 months ago"),
        ("2021-11", "23 months ago"),
        ("2021-10", "2 years ago"),  # as a day two years off reads: not "24 months ago"
        ("2019-07", "4 years ago"),
        ("2026-01", "in 2 years"),
        ("2023", "this year"),
        ("2024", "next year"),
        ("2022", "last year"),
        ("2026", "in 3 years"),
    ],
)
def test_relative_label(when, label):
    assert relative_label(day(when), AS_OF) == label


def test_relative_label_of_a_multi_day_span():
    span = meeting_span("2023-10-26", "2023-10-28")
    assert relative_label(span, AS_OF) == "in 2 days"
    assert relative_label(span, date(2023, 10, 27)) == "under way"
    assert relative_label(span, date(2023, 10, 30)) == "2 days ago"
    assert relative_label(None, AS_OF) == "date unknown"


def test_meeting_span_takes_the_widest_reading():
    assert meeting_span("2023-10", None) == DaySpan(date(2023, 10, 1), date(2023, 10, 31), "month")
    assert meeting_span(None, "2023-10-02") == DaySpan(date(2023, 10, 2), date(2023, 10, 2), "day")
    assert meeting_span(None, None) is None


# --- rows -----------------------------------------------------------------------------------
def actor(name: str, kind: str = "person", **more) -> Actor:
    return Actor(id=f"a-{name}", name=name, kind=kind, article_ids=("art-1",), **more)  # type: ignore[arg-type]


def meeting(mid: str, status: str, start: str | None, end: str | None = None, who=("a-Wang",)) -> Meeting:
    return Meeting(
        id=mid,
        kind="visit",
        status=status,  # type: ignore[arg-type]
        evidence="...",
        participant_ids=tuple(who),
        start=start,
        end=end,
        article_id="art-1",
    )


def statement(sid: str, speaker: str, kind: str = "direct", to=(), start: int = 0) -> Statement:
    return Statement(
        id=sid,
        actor_id=f"a-{speaker}",
        speaker=speaker,
        text=f"words of {speaker} {sid}",
        kind=kind,  # type: ignore[arg-type]
        evidence="sentence",
        addressee_ids=tuple(f"a-{t}" for t in to),
        article_id="art-1",
        evidence_start=start,
    )


ARTICLE = Article(id="art-1", title="Calls", published="2023-10-24", source="TIME")


def snapshot(**items) -> Snapshot:
    items.setdefault("articles", (ARTICLE,))
    return Snapshot(counts=Counts(), **items)


def test_actors_sorted_by_appearances_then_name():
    snap = snapshot(
        actors=(actor("Zed"), actor("Bob"), actor("Wang"), actor("Amy")),
        statements=(statement("s1", "Wang"), statement("s2", "Zed")),
        meetings=(meeting("m1", "past", "2023-10-01", who=("a-Wang", "a-Bob")),),
    )
    rows = actor_rows(snap)
    assert [r.actor.name for r in rows] == ["Wang", "Bob", "Zed", "Amy"]
    assert (rows[0].statements, rows[0].meetings) == (1, 1)


def test_statement_words_mark_quotes_and_reported_speech():
    assert statement_words(statement("s", "Wang")) == "\u201cwords of Wang s\u201d"
    assert statement_words(statement("s", "Wang", kind="indirect")) == "(reported) words of Wang s"


def test_statement_rows_in_reading_order_with_names():
    snap = snapshot(
        actors=(actor("Wang"), actor("Cohen")),
        statements=(statement("late", "Wang", start=90), statement("early", "Wang", to=("Cohen",), start=5)),
    )
    rows = statement_rows(snap)
    assert [r.statement.id for r in rows] == ["early", "late"]
    assert rows[0].addressees == "Cohen"
    assert rows[0].date == "2023-10-24"  # the article's date when the statement has none
    assert rows[0].actor_ids == {"a-Wang", "a-Cohen"}


def test_meetings_upcoming_soonest_first_then_past_most_recent_first():
    snap = snapshot(
        actors=(actor("Wang"),),
        meetings=(
            meeting("past-old", "past", "2023-09-01"),
            meeting("summit", "proposed", "2023-11"),
            meeting("visit", "upcoming", "2023-10-26", "2023-10-28"),
            meeting("past-new", "past", "2023-10-23"),
            meeting("undated", "upcoming", None),
            meeting("stale", "upcoming", "2023-10-20"),
        ),
    )
    rows = meeting_rows(snap, AS_OF)
    assert [r.meeting.id for r in rows] == ["visit", "summit", "undated", "past-new", "stale", "past-old"]
    labels = {r.meeting.id: r.label for r in rows}
    assert labels["visit"] == "in 2 days"
    assert labels["summit"] == "next month"
    assert labels["stale"] == PASSED_UNCONFIRMED
    stale = next(r for r in rows if r.meeting.id == "stale")
    assert (stale.upcoming, stale.unconfirmed, stale.status) == (False, True, "not confirmed")
    assert rows[0].participants == "Wang"


def test_as_of_moves_meetings_between_groups():
    snap = snapshot(
        actors=(actor("Wang"),), meetings=(meeting("visit", "upcoming", "2023-10-26", "2023-10-28"),)
    )
    board = Board.build(snap, AS_OF)
    later = board.at(date(2023, 11, 1))
    assert board.meetings[0].label == "in 2 days"
    assert later.meetings[0].label == PASSED_UNCONFIRMED
    assert later.actors is board.actors  # only meetings are recomputed


def test_article_rows_count_items_and_mark_assumed_dates():
    assumed = Article(
        id="art-2", title=None, published="2023-10-20", published_assumed=True, url="https://x.test/a"
    )
    snap = snapshot(
        articles=(ARTICLE, assumed),
        actors=(actor("Wang"),),
        statements=(statement("s1", "Wang"),),
        meetings=(meeting("m", "past", "2023-10-01"),),
    )
    rows = article_rows(snap)
    assert [(r.title, r.published, r.actors, r.statements, r.meetings) for r in rows] == [
        ("Calls", "2023-10-24", 1, 1, 1),
        ("x.test/a", "2023-10-20*", 0, 0, 0),  # an untitled one is named by its address
    ]
    assert published_label(assumed) == "2023-10-20*"
    assert newest_published(snap) == date(2023, 10, 24)
    assert newest_published(snapshot(articles=())) is None


def test_date_range_label():
    assert date_range_label("2023-10-26", "2023-10-28") == "2023-10-26\u201328"
    assert date_range_label("2023-10-30", "2023-11-02") == "2023-10-30 \u2013 2023-11-02"
    assert date_range_label("2023-11", None) == "2023-11"
    assert date_range_label(None, None) == ""


# --- filters --------------------------------------------------------------------------------
def test_filter_is_case_insensitive_over_names_roles_and_text():
    snap = snapshot(
        actors=(
            actor("Wang Yi", role="Foreign Minister", affiliation="China"),
            actor("Jake Sullivan", role="National Security Advisor"),
        ),
    )
    rows = actor_rows(snap)
    assert [r.actor.name for r in filter_rows(rows, "FOREIGN")] == ["Wang Yi"]
    assert [r.actor.name for r in filter_rows(rows, "  security   sulli ")] == ["Jake Sullivan"]
    assert filter_rows(rows, "") == rows
    assert filter_rows(rows, "nobody") == []
    assert normalize_query("  A  b ") == "a b"


def test_filter_reads_typographic_quotes_and_dashes_as_typed_ones():
    """A keyboard types ' and -; articles print ’ and –: "kerry's" found no "Kerry’s Visit"."""
    snap = snapshot(
        actors=(
            actor("John Kerry", role="Special Presidential Envoy’s deputy"),
            actor("Amy O'Neil"),
            actor("Kim Jong–un"),
        ),
    )
    rows = actor_rows(snap)
    assert [r.actor.name for r in filter_rows(rows, "envoy's")] == ["John Kerry"]
    assert [r.actor.name for r in filter_rows(rows, "o’neil")] == ["Amy O'Neil"]
    assert [r.actor.name for r in filter_rows(rows, "jong-un")] == ["Kim Jong–un"]


def test_filter_finds_accented_names_typed_without_accents():
    snap = snapshot(
        actors=(actor("Pedro S\u00e1nchez"), actor("Mevl\u00fct \u00c7avu\u015fo\u011flu"), actor("Amy"))
    )
    rows = actor_rows(snap)
    assert [r.actor.name for r in filter_rows(rows, "sanchez")] == ["Pedro S\u00e1nchez"]
    assert [r.actor.name for r in filter_rows(rows, "cavusoglu")] == ["Mevl\u00fct \u00c7avu\u015fo\u011flu"]
    assert [r.actor.name for r in filter_rows(rows, "S\u00c1NCHEZ")] == ["Pedro S\u00e1nchez"]


def test_narrowing_keeps_speakers_addressees_and_participants():
    snap = snapshot(
        actors=(actor("Wang"), actor("Cohen"), actor("Xi")),
        statements=(statement("s1", "Wang", to=("Cohen",)), statement("s2", "Xi")),
        meetings=(
            meeting("m1", "past", "2023-10-01", who=("a-Wang", "a-Cohen")),
            meeting("m2", "past", None, who=("a-Xi",)),
        ),
    )
    board = Board.build(snap, AS_OF)
    assert [r.statement.id for r in narrow_to_actor(board.statements, "a-Cohen")] == ["s1"]
    assert [r.meeting.id for r in board.visible("meetings", actor_id="a-Xi")] == ["m2"]
    assert len(board.visible("statements", actor_id=None)) == 2
    assert [r.statement.id for r in board.visible("statements", query="xi", actor_id=None)] == ["s2"]
    assert len(board.visible("actors", actor_id="a-Xi")) == 3  # the actors pane itself is never narrowed


# --- highlighting and wrapping ---------------------------------------------------------------
def test_quote_span_inside_evidence():
    evidence = "\u201cEvery country has the right,\u201d Wang told Cohen."
    start, end = quote_span(evidence, "every country has the right,")
    assert evidence[start:end] == "Every country has the right,"
    assert quote_span(evidence, "not there") is None
    assert quote_span(evidence, "  ") is None


@pytest.mark.parametrize(
    ("evidence", "quote"),
    [
        ('He said: "We will not\naccept this," on Monday.', "We will not accept this,"),
        ('The minister said:\n"We will not accept this," on Monday.', "We will not accept this,"),
        ('He said: "We will not accept this," on Monday.', "We will not\naccept this,"),
    ],
)
def test_quote_span_reads_a_line_break_as_a_space(evidence: str, quote: str) -> None:
    """Hard-wrapped text: the quote was read across a line break the evidence keeps as written."""
    start, end = quote_span(evidence, quote)
    assert evidence[start:end].split() == quote.split()


def test_item_highlights_use_offsets_or_find_the_sentence():
    text = "Intro. Wang said \u201cpeace now\u201d to Cohen. They will meet Friday."
    said = "Wang said \u201cpeace now\u201d to Cohen."
    s = statement("s", "Wang").evolve(text="peace now", evidence=said, evidence_start=None)
    m = meeting("m", "upcoming", None).evolve(evidence="They will meet Friday.")
    marks = item_highlights(text, [s], [m])
    kinds = {(mark.kind, text[mark.start : mark.end]) for mark in marks}
    assert kinds == {(EVIDENCE, said), (QUOTE, "peace now"), (MEETING, "They will meet Friday.")}


def test_wrap_offsets_break_on_spaces_and_keep_paragraphs():
    text = "one two three four\n\nfive"
    lines = [text[a:b] for a, b in wrap_offsets(text, 9)]
    assert lines == ["one two", "three", "four", "", "five"]
    long_word = "abcdefghij"
    assert [long_word[a:b] for a, b in wrap_offsets(long_word, 4)] == ["abcd", "efgh", "ij"]


def test_wrap_offsets_give_wide_characters_two_cells():
    """Chinese, Japanese or Korean text filled a line with twice its width: the view cut off the
    second half of every such line."""
    from rich.cells import cell_len

    text = "\u738b\u6bc5" * 10  # 20 characters, 40 cells
    assert [text[a:b] for a, b in wrap_offsets(text, 10)] == [
        "\u738b\u6bc5\u738b\u6bc5\u738b",
        "\u6bc5\u738b\u6bc5\u738b\u6bc5",
    ] * 2
    mixed = "Foreign Minister Wang Yi (\u738b\u6bc5) told \u4ee5\u8272\u5217 counterparts \u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd today"
    for width in range(2, 30):
        lines = wrap_offsets(mixed, width)
        assert all(cell_len(mixed[a:b]) <= width for a, b in lines), width
        shown = {i for a, b in lines for i in range(a, b)}
        assert all(mixed[i] == " " for i in range(len(mixed)) if i not in shown), width  # nothing lost
    assert [mixed[a:b] for a, b in wrap_offsets(mixed, 24)][:2] == [
        "Foreign Minister Wang Yi",
        "(\u738b\u6bc5) told \u4ee5\u8272\u5217",
    ]


def test_wrap_offsets_is_linear_for_long_texts():
    text = "word " * 200_000
    assert len(wrap_offsets(text, 80)) == 12_500


# --- sample and purity ----------------------------------------------------------------------
def test_sample_sources_lists_article_files_only(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.html").write_text("x")
    (tmp_path / "a.html.meta.json").write_text("{}")
    (tmp_path / "README.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    assert [p.rsplit("/", 1)[1] for p in sample_sources(tmp_path)] == ["a.html", "b.txt"]
    with pytest.raises(FileNotFoundError):
        sample_request(tmp_path / "missing")


def test_shipped_sample_is_found():
    from briefing_tui.paths import sample_data_dir

    assert any(s.endswith("wang-yi-calls.txt") for s in sample_request(sample_data_dir()).sources)


def test_dashboard_modules_do_not_import_textual_or_rich():
    modules = ["board", "dates", "filters", "highlight", "rows", "sample", "summary"]
    code = (
        "import sys\n"
        + "".join(f"import briefing_tui.dashboard.{m}\n" for m in modules)
        + "bad = [m for m in ('textual', 'rich') if m in sys.modules]\n"
        + "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_summary_is_one_message_with_at_most_five_failures():
    from briefing_tui.dashboard.summary import import_summary_text
    from briefing_tui.importer import ArticleStored, ImportSummary, SourceFailed, SourceSkipped
    from briefing_tui.store.repository import StoreResult

    stored = ArticleStored("a.txt", ARTICLE, StoreResult("art-1", False, 1, 1, 1))
    failures = tuple(SourceFailed(f"https://x.test/{n}", "timed out") for n in range(7))
    found = "\u201cCalls\u201d: 1 actor, 1 statement, 1 meeting."
    assert import_summary_text(ImportSummary(stored=(stored,))) == (
        f"Imported 1 article.\n{found}",
        "information",
    )
    text, severity = import_summary_text(ImportSummary(stored=(stored,), failed=failures))
    assert severity == "warning"
    assert text.splitlines() == [
        "Imported 1 article.",
        found,
        "7 failed:",
        *[f"\u2022 https://x.test/{n}: timed out" for n in range(5)],
        "\u2026 and 2 more",
    ]
    text, severity = import_summary_text(
        ImportSummary(failed=failures[:1], skipped=(SourceSkipped("f", "already imported"),), cancelled=True)
    )
    assert severity == "error"
    assert text.splitlines()[:3] == ["Imported 0 articles.", "1 skipped.", "Cancelled."]


def test_import_summary_says_when_articles_were_already_stored():
    from briefing_tui.dashboard.summary import import_summary_text
    from briefing_tui.importer import ArticleStored, ImportSummary
    from briefing_tui.store.repository import StoreResult

    new = ArticleStored("a.txt", ARTICLE, StoreResult("art-1", False, 1, 1, 1))
    again = ArticleStored("b.txt", ARTICLE, StoreResult("art-2", True, 1, 1, 1))
    assert import_summary_text(ImportSummary(stored=(again,)))[0].splitlines()[0] == (
        "Read 1 article again, already stored: replaced."
    )
    assert import_summary_text(ImportSummary(stored=(new, again)))[0].splitlines()[0] == (
        "Imported 2 articles (1 already stored: replaced)."
    )
    update = ArticleStored(
        "c.txt",
        ARTICLE,
        StoreResult("art-3", True, 1, 1, 1),
        note="an updated version: replaces \u201cT\u201d (art-9)",
    )
    assert import_summary_text(ImportSummary(stored=(update,)))[0].splitlines() == [
        "Imported 1 article (1 updated version of stored ones).",
        "\u201cCalls\u201d: 1 actor, 1 statement, 1 meeting.",
        "\u2022 c.txt: an updated version: replaces \u201cT\u201d (art-9)",
    ]
    assert import_summary_text(ImportSummary(stored=(new, again, update)))[0].splitlines()[0] == (
        "Imported 3 articles (1 already stored: replaced; 1 updated version of stored ones)."
    )
    reprint = ArticleStored(
        "d.txt",
        ARTICLE,
        StoreResult("art-4", False, 1, 1, 1),
        note="the same story as \u201cT\u201d (art-9) from TIME, with more text: kept beside it",
    )
    assert import_summary_text(ImportSummary(stored=(reprint,)))[0].splitlines() == [
        "Imported 1 article (1 reprint of stored ones, kept beside them).",
        "\u201cCalls\u201d: 1 actor, 1 statement, 1 meeting.",
        "\u2022 d.txt: the same story as \u201cT\u201d (art-9) from TIME, with more text: kept beside it",
    ]


def test_counts_read_in_the_singular_for_one():
    from briefing_tui.core.models import Counts
    from briefing_tui.dashboard.summary import counted, counts_phrase

    assert counted(1, "meeting") == "1 meeting" and counted(0, "meeting") == "0 meetings"
    assert counts_phrase(Counts(1, 2, 1, 0)) == "1 article, 2 actors, 1 statement, 0 meetings"


def test_import_time_is_shown_in_local_time_to_the_minute(monkeypatch):
    import time

    from briefing_tui.dashboard.dates import local_time_label

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        assert local_time_label("2026-11-28T08:28:57+00:00") == "2026-11-28 17:28"
    finally:
        monkeypatch.undo()
        time.tzset()
    assert local_time_label("2026-11-28T08:28:57") == "2026-11-28 08:28"  # no zone: taken as it is
    assert local_time_label("yesterday") == "yesterday"
    assert local_time_label(None) is None


def test_a_reprints_statements_are_one_row_each_that_names_every_article():
    """A wire story stored from two outlets: each quote once, with both articles; the store keeps all four."""
    from dataclasses import replace

    from tests.ui.briefing_fixture import reprint_of, wang_yi_extraction

    original = wang_yi_extraction()
    reprint = reprint_of(
        original,
        outlet="AP",
        url="https://ap.example/wang",
        lead="BEIJING (AP) \u2014 ",
        published="2023-10-25",
    )
    told_cohen = original.statements[0]
    untold = replace(
        reprint.statements[0], addressee_ids=()
    )  # the reprint's reading missed whom it was told to
    snap = snapshot(
        articles=(reprint.article, original.article),  # the store's order: newest first
        actors=original.actors,
        statements=(*original.statements, untold, *reprint.statements[1:]),
    )
    board = Board.build(snap, AS_OF)
    rows = board.statements
    assert [r.statement.text for r in rows] == [s.text for s in original.statements]
    assert [len(r.statements) for r in rows] == [2, 2]
    assert rows[0].statement is untold  # the newest article's copy is shown, the other kept with it
    assert rows[0].copies == (told_cohen,)
    assert [a.source for a in rows[0].sources] == ["AP", "TIME"]
    assert rows[0].articles_label == f"{original.article.title} +1"
    assert rows[0].addressees == "Eli Cohen"  # whom any copy was told to
    assert rows[0].haystack.count("calls israeli and palestinian") == 1  # a title the copies share, once
    wang = next(r for r in board.actors if r.actor.name == "Wang Yi")
    assert wang.statements == 2  # what he said, not how often it was printed
    cohen_id = next(a.id for a in original.actors if a.name == "Eli Cohen")
    assert [r.statement.id for r in narrow_to_actor(rows, cohen_id)] == [untold.id]
    assert len(board.snapshot.statements) == 4  # the view folds them; the store keeps every copy
    assert board.counts.statements == 2  # and the header counts them as the pane lists them


def test_a_statement_read_once_names_its_one_article():
    (row,) = statement_rows(snapshot(actors=(actor("Wang"),), statements=(statement("s1", "Wang"),)))
    assert row.copies == () and [a.id for a in row.sources] == [ARTICLE.id]
    assert row.articles_label == row.article_title == "Calls"


def test_import_summary_says_which_dates_were_assumed():
    """A paste or a bare text file states no date: 'Thursday' was read against a guess. Before, the
    app said only 'Imported 1 article.', where the command line gives advice; now it says so too."""
    from briefing_tui.dashboard.summary import import_summary_text
    from briefing_tui.importer import ArticleStored, ImportSummary
    from briefing_tui.store.repository import StoreResult

    guessed = ArticleStored(
        "pasted text", ARTICLE.evolve(published_assumed=True), StoreResult("a", False, 1, 1, 1)
    )
    stated = ArticleStored("a.txt", ARTICLE, StoreResult("art-1", False, 1, 1, 1))
    assert import_summary_text(ImportSummary(stored=(stated,)))[0].splitlines()[0] == "Imported 1 article."
    assert "assumed" not in import_summary_text(ImportSummary(stored=(stated,)))[0]
    assert import_summary_text(ImportSummary(stored=(guessed, stated)))[0].splitlines() == [
        "Imported 2 articles.",
        "In them: 2 statements, 2 meetings; 0 actors new to the store.",
        "1 publication date was not stated and is assumed (marked *), and 'Thursday' or 'next month' "
        "were read against it: d on the article in Articles corrects it.",
    ]
    text = import_summary_text(ImportSummary(stored=(guessed, guessed)))[0]
    assert "2 publication dates were not stated and are assumed (marked *)" in text


def test_the_import_summary_says_what_was_read():
    """Before, the app said only 'Imported 1 article.': what the import found (or that a page gave
    no statement and no meeting, a paywall's teaser) had to be looked for in the Articles pane."""
    from briefing_tui.dashboard.summary import import_summary_text
    from briefing_tui.importer import ArticleStored, ImportSummary
    from briefing_tui.store.repository import StoreResult

    talks = ArticleStored("t.html", ARTICLE, StoreResult("art-1", False, 4, 2, 3, new_actors=2))
    teaser = ArticleStored(
        "u.html",
        Article(id="art-2", title=None, published="2023-10-24", url="https://example.org/news/u.html"),
        StoreResult("art-2", False, 1, 0, 0),
    )
    assert import_summary_text(ImportSummary(stored=(talks,)))[0].splitlines() == [
        "Imported 1 article.",
        "\u201cCalls\u201d: 4 actors, 2 statements, 3 meetings.",
    ]
    assert import_summary_text(ImportSummary(stored=(teaser,)))[0].splitlines()[1] == (
        "\u201cexample.org/news/u.html\u201d: 1 actor, 0 statements, 0 meetings."
    )
    assert import_summary_text(ImportSummary(stored=(talks, teaser)))[0].splitlines()[1] == (
        "In them: 2 statements, 3 meetings; 2 actors new to the store."
    )
    assert import_summary_text(ImportSummary())[0] == "Imported 0 articles."
