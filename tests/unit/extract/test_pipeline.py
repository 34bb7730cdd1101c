"""Pipeline: stage order, and the assembly of entities into actor records."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.core import ids
from briefing_tui.core.models import Article
from briefing_tui.extract import extract
from briefing_tui.extract.document import Document, Entity, Mention, Sentence
from briefing_tui.extract.pipeline import assemble, build_document, parse_published


def article(text: str, published: str = "2023-10-24") -> Article:
    return Article(id=ids.article_id_for_text(text), title=None, published=published, text=text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-10-24", date(2023, 10, 24)),
        ("2023-10", date(2023, 10, 1)),
        ("2023", date(2023, 1, 1)),
        ("2023-10-24T08:00:00Z", date(2023, 10, 24)),
        ("2023-02-30", None),
        ("", None),
        (None, None),
        ("yesterday", None),
        ("0001-01-01", date(100, 1, 1)),  # the rules count years from it: kept off the calendar's ends
        ("0099-12-31", date(100, 1, 1)),
        ("0100-01-01", date(100, 1, 1)),
        ("9899-12-31", date(9899, 12, 31)),
        ("9999-12-31", date(9899, 12, 31)),
        ("9999", date(9899, 12, 31)),
    ],
)
def test_parse_published(value: str | None, expected: date | None) -> None:
    assert parse_published(value) == (expected or date.today())


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-07", "9999-12-25", "9999-12-31"])
def test_a_reference_date_at_the_calendars_ends_reads_without_error(published: str) -> None:
    """Weekdays, next week, next year and days of the year, counted from year 1 or year 9999."""
    text = (
        "Foreign Minister Ana Diaz will visit Lima next Tuesday, a week after she met Marco Rojas on "
        "Dec. 30. Talks resume next year, she said on Monday; the summit is on Jan. 2 and lasts three days."
    )
    ex = extract(article(text, published))
    assert ex.timexes and all(t.value is None or t.value[:4].isdigit() for t in ex.timexes)


def test_cleaning_keeps_offsets_into_the_original() -> None:
    text = "Sat. Jun 22nd, 2024\n\n\u201cWe will act,\u201d Chinese Foreign Minister Wang Yi said.\nRead More: elsewhere\n"
    doc = build_document(text, date(2023, 10, 24))
    assert len(doc.text) == len(doc.original)
    wang = next(m for m in doc.mentions if m.kind == "person")
    assert doc.original[wang.head_start : wang.head_end] == "Wang Yi"
    assert all("Read More" not in doc.sentence_text(s.index) for s in doc.sentences)


def test_actors_carry_role_affiliation_aliases_and_stable_ids() -> None:
    text = "Chinese Foreign Minister Wang Yi spoke on Monday. Wang said China would help."
    out = extract(article(text))
    by_name = {a.name: a for a in out.actors}
    wang = by_name["Wang Yi"]
    assert (wang.kind, wang.role, wang.affiliation) == ("person", "Foreign Minister", "China")
    assert "Wang" in wang.aliases and "Wang Yi" not in wang.aliases
    assert wang.id == ids.actor_id("person", "Wang Yi")
    assert by_name["China"].kind == "country"
    assert extract(article(text)).actors == out.actors  # deterministic


def test_an_affiliation_written_as_an_alias_takes_the_full_name() -> None:
    # "EU" and "European Union" are one affiliation: filtering by it must find both people
    text = "Vieira spoke with the EU's trade commissioner, Pieter Jansen, on Wednesday. GCC Secretary General Jasem Albudaiwi attended."
    by_name = {a.name: a for a in extract(article(text)).actors}
    assert by_name["Pieter Jansen"].affiliation == "European Union"
    assert by_name["Jasem Albudaiwi"].affiliation == "Gulf Cooperation Council"


def test_entities_with_one_canonical_name_merge_into_one_actor() -> None:
    doc = Document("x", "x", date(2023, 1, 1), sentences=[Sentence(0, 0, 1)])
    doc.mentions = [Mention(0, 1, "x", "person", 0)]
    doc.entities = [
        Entity(0, "person", "Wang Yi", role="Foreign Minister", aliases=["Wang"]),
        Entity(1, "person", "wang yi", affiliation="China", aliases=["Chinese Foreign Minister Wang Yi"]),
    ]
    out = assemble(doc, article("x"))
    assert len(out.actors) == 1
    actor = out.actors[0]
    assert (actor.role, actor.affiliation) == ("Foreign Minister", "China")
    assert set(actor.aliases) == {"Wang", "Chinese Foreign Minister Wang Yi"}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "\x00\x01\x02 binary \ufffd\ufffd noise \x7f",
        "NO PUNCTUATION AT ALL AND ALL CAPS PRESIDENT BIDEN XI",
        '"unbalanced quote that never ends ' * 50,
        "He said. She said. They said. " * 200,
        "Mr. " * 500,
        "al- bin van de von la " * 200,
        "'s 's 's , , , " * 300,
    ],
)
def test_any_text_gives_well_formed_output(text: str) -> None:
    out = extract(article(text))
    for a in out.actors:
        assert a.name and a.kind in ("person", "organization", "country")
    for s in out.statements:
        assert 0 <= (s.evidence_start or 0) <= (s.evidence_end or 0) <= len(text)


def test_sample_article_actors() -> None:
    from briefing_tui.paths import sample_data_dir

    text = (sample_data_dir() / "wang-yi-calls.txt").read_text(encoding="utf-8")
    out = extract(article(text))
    people = {a.name: (a.role, a.affiliation) for a in out.actors if a.kind == "person"}
    assert people["Wang Yi"] == ("Foreign Minister", "China")
    assert people["Antony Blinken"] == ("Secretary of State", "United States")
    assert people["Riyad al-Maliki"] == ("Foreign Minister", "Palestine")
    assert "Washington" not in people and "Sat" not in people
    countries = {a.name for a in out.actors if a.kind == "country"}
    assert {"China", "Israel", "United States", "Saudi Arabia", "Iran"} <= countries


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("pass", "gc.isenabled() and gc.get_freeze_count() == 0"),
        ("gc.disable()", "not gc.isenabled()"),
        ("gc.freeze(); n = gc.get_freeze_count()", "gc.isenabled() and gc.get_freeze_count() > n // 2"),
    ],
)
def test_importing_the_stages_leaves_the_collector_as_it_found_it(before: str, after: str) -> None:
    """The stage imports run with the collector off (core.collector.collector_paused): it is on after them
    again, unless it was off before; objects someone froze stay frozen (frees during the import may
    drop a few). A fresh interpreter each, as the package may be imported already here."""
    import subprocess
    import sys

    code = f"import gc\n{before}\nimport briefing_tui.extract.pipeline\nassert {after}\n"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


_ROLE_AND_QUOTE = (
    "Assistant Secretary for the{gap}Bureau of European Affairs Karen Doe met Serbian officials in Belgrade "
    'on Monday. "We want a{gap}lasting settlement," Doe told reporters.'
)


@pytest.mark.parametrize(
    "text",
    [
        _ROLE_AND_QUOTE.format(gap="  "),
        _ROLE_AND_QUOTE.format(gap=" \t "),
        "Assistant Secretary for the [Bureau of European Affairs](https://example.org/eur) Karen Doe met Serbian "
        'officials in Belgrade on Monday. "We want a lasting settlement," Doe told reporters.',
    ],
)
def test_roles_and_quotes_read_as_single_spaced_words(text: str) -> None:
    """Names, roles and quote text are words: a gap of white space inside them is one space, so that the
    same role or body written with a double space, a tab or a link reads the same."""
    ex = extract(Article(id="a", title=None, published="2024-05-14", text=text))
    doe = next(a for a in ex.actors if a.name == "Karen Doe")
    assert doe.role == "Assistant Secretary for the Bureau of European Affairs"
    quote = next(s for s in ex.statements if s.kind == "direct")
    assert quote.text == "We want a lasting settlement"


@pytest.mark.parametrize("enabled_before", [True, False])
@pytest.mark.parametrize("fails", [False, True])
def test_extract_leaves_the_cycle_collector_as_it_found_it(
    monkeypatch: pytest.MonkeyPatch, enabled_before: bool, fails: bool
) -> None:
    """The collector is off while an article is read, and back as it was after, even on an error; what
    the reading made is not promoted to the oldest generation (it is garbage, not keepers)."""
    import gc

    from briefing_tui.extract import pipeline

    seen: list[bool] = []
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))

    def run(art: Article) -> object:
        seen.append(gc.isenabled())
        if fails:
            raise RuntimeError("stage failed")
        return "read"

    monkeypatch.setattr(pipeline, "run_pipeline", run)
    was = gc.isenabled()
    try:
        if enabled_before:
            gc.enable()
        else:
            gc.disable()
        if fails:
            with pytest.raises(RuntimeError):
                extract(article("Anything."))
        else:
            assert extract(article("Anything.")) == "read"
        assert gc.isenabled() is enabled_before
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
    assert seen == [False]
    assert frozen == []
