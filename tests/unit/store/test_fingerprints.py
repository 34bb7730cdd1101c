"""The same article in another text (a saved page and its copy, a paste) is found; other articles are not."""

from __future__ import annotations

import json

import pytest

from briefing_tui.core.models import Article, Extraction
from briefing_tui.paths import sample_data_dir
from briefing_tui.store import open_store, tinydb_store
from briefing_tui.store.fingerprints import KIND as fingerprint_kind
from briefing_tui.store.fingerprints import added_sentences, fingerprint, same_article, same_names, unpack
from briefing_tui.store.layout import StoreLayout
from briefing_tui.store.shards import shard_fingerprint
from tests.cli.helpers import REPO

SAMPLE_TEXT = (sample_data_dir() / "wang-yi-calls.txt").read_text("utf-8")
HELDOUT = [
    json.loads(line)["text"]
    for line in (REPO / "benchmarks" / "heldout" / "heldout.jsonl").read_text("utf-8").splitlines()
]


def page_reading(text: str) -> str:
    """The text as a page reader gives it: no dateline, lines joined differently, a footer added."""
    body = text.split("\n", 2)[2]
    return (
        body.replace(" a statement", "\na statement")
        + "\n\nLeave a Reply\nYour email address will not be published."
    )


def test_the_same_article_in_another_reading_is_the_same():
    assert same_article(fingerprint(SAMPLE_TEXT), fingerprint(page_reading(SAMPLE_TEXT)))
    assert same_article(fingerprint(SAMPLE_TEXT), fingerprint(SAMPLE_TEXT.upper()))


def test_different_articles_are_not_the_same():
    prints = [fingerprint(text) for text in [SAMPLE_TEXT, *HELDOUT]]
    for i, first in enumerate(prints):
        for second in prints[i + 1 :]:
            assert not same_article(first, second)


def test_an_excerpt_or_a_short_note_is_not_the_article():
    paragraphs = SAMPLE_TEXT.split("\n\n")
    assert not same_article(fingerprint(SAMPLE_TEXT), fingerprint("\n\n".join(paragraphs[1:4])))
    note = "The minister said the talks went well."
    assert not same_article(fingerprint(note), fingerprint(note))  # too short to tell: ids decide


NOTICE = (
    "Envoy arrives for water talks\n\nSpecial envoy {a} of {state} arrived in {city} on {day} for two days of "
    "talks with officials of the host government on water sharing, officials said. The envoy is due to meet the "
    'prime minister and the speaker of parliament before flying home at the end of the week. "Our rivers do not '
    'stop at borders, and neither can our plans for them," the envoy told reporters at the airport. The talks '
    "are the third round this year, and both sides hope to agree on a joint commission to share data on floods "
    "and dry seasons. The envoy last came to the region in {month}."
)


def notice(a="Ruth Okafor", state="Ghana", city="Dhaka", day="Monday", month="March") -> str:
    return NOTICE.format(a=a, state=state, city=city, day=day, month=month)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        (notice(), True),  # read again
        (notice().upper(), True),  # shouted: the names are all there
        ("Updated\n\n" + notice() + " Officials said the visit was extended.", True),  # an update adds to it
        (notice(day="Tuesday"), True),  # a corrected day
        (notice(day="Tuesday", month="April"), True),  # two corrections
        (notice(a="Karl Brandt", state="Austria"), False),  # another envoy
        (notice(city="Kathmandu", day="Friday", month="June"), False),  # another visit
        (notice(a="Ruth Mensah", city="Colombo", month="May"), False),
    ],
)
def test_notices_from_one_template_are_told_apart_by_their_names(other, same):
    """The fingerprint takes two notices of one template for one article; their names do not."""
    assert same_article(fingerprint(notice()), fingerprint(other))
    assert same_names(notice(), other) is same
    assert same_names(other, notice()) is same


def test_the_sample_article_and_its_page_reading_name_the_same():
    assert same_names(SAMPLE_TEXT, page_reading(SAMPLE_TEXT))


def _put(store, article_id: str, text: str, **fields) -> None:
    store.put_extraction(
        Extraction(
            article=Article(id=article_id, title=article_id, published="2023-10-24", text=text, **fields)
        )
    )


def test_the_store_finds_a_stored_copy_across_processes(tmp_path):
    db = tmp_path / "briefing.json"
    with open_store(db) as store:
        _put(store, "art-file", SAMPLE_TEXT)
        _put(store, "art-other", HELDOUT[0])
        assert store.find_same_text(page_reading(SAMPLE_TEXT)).id == "art-file"
        assert store.find_same_text(SAMPLE_TEXT, exclude_id="art-file") is None
    with open_store(db) as later:  # another process: no fingerprint in memory
        assert later.find_same_text(page_reading(SAMPLE_TEXT)).id == "art-file"
        assert later.find_same_text(HELDOUT[1]) is None
        later.delete_article("art-file")
        assert later.find_same_text(page_reading(SAMPLE_TEXT)) is None


def _refuse_texts(patched) -> None:
    def refuse(self, name):
        raise AssertionError(f"read the text of {name} although its fingerprint is kept")

    patched.setattr(tinydb_store.TinyDBStore, "_body_of", refuse)


@pytest.mark.parametrize("summary", [True, False])
def test_a_search_in_another_process_reads_no_article_text(tmp_path, monkeypatch, summary):
    db = tmp_path / "briefing.json"
    with open_store(db) as store:
        for n, text in enumerate(HELDOUT[:4]):
            _put(store, f"art-{n}", text)
    if summary:
        with open_store(db) as store:
            store._write_summary(store._sync())
        assert StoreLayout(db).summary_path.exists()
    with monkeypatch.context() as patched:
        _refuse_texts(patched)
        with open_store(db) as store:
            assert store.find_same_text(HELDOUT[2]).id == "art-2"
            assert store.find_same_text(HELDOUT[6]) is None
    with open_store(db) as store:  # another process replaces an article: its old fingerprint no longer counts
        _put(store, "art-2", HELDOUT[5])
    with monkeypatch.context() as patched:
        _refuse_texts(patched)
        with open_store(db) as store:
            assert store.find_same_text(HELDOUT[2]) is None
            assert store.find_same_text(HELDOUT[5]).id == "art-2"


def test_article_files_without_a_fingerprint_are_read_once_then_the_summary_keeps_it(tmp_path, monkeypatch):
    monkeypatch.setattr(tinydb_store, "FINGERPRINTS_STALE_LIMIT", 1)
    db = tmp_path / "briefing.json"
    with open_store(db) as store:
        for n, text in enumerate(HELDOUT[:4]):
            _put(store, f"art-{n}", text)
    layout = StoreLayout(db)
    for path in layout.articles_dir.glob("*.json"):  # as earlier versions wrote them
        data = json.loads(path.read_bytes())
        del data["fingerprint"]
        path.write_text(json.dumps(data), "utf-8")
    layout.old_fingerprints_path.write_bytes(b"briefing-fingerprints 1 left by an earlier version")
    with open_store(db) as store:
        assert store.find_same_text(HELDOUT[6]) is None  # every text read
    assert layout.summary_path.exists()
    assert not layout.old_fingerprints_path.exists()
    with monkeypatch.context() as patched:
        _refuse_texts(patched)
        with open_store(db) as store:
            assert store.find_same_text(HELDOUT[1]).id == "art-1"


def test_an_article_file_keeps_the_fingerprint_of_its_text(tmp_path):
    db = tmp_path / "briefing.json"
    with open_store(db) as store:
        _put(store, "art-0", SAMPLE_TEXT)
    data = json.loads(StoreLayout(db).shard_path("art-0").read_bytes())
    assert unpack(shard_fingerprint(data)) == fingerprint(SAMPLE_TEXT)
    data["fingerprint"]["1"]["kind"] = "7/8"  # made another way: not used
    assert shard_fingerprint(data) is None
    data["fingerprint"]["1"] = {"kind": fingerprint_kind, "sample": "not base64!"}
    assert shard_fingerprint(data) is None


def test_another_reading_adds_no_sentence_an_update_does():
    from briefing_tui.importer import load_article

    page = load_article(str(sample_data_dir() / "saved-page" / "wang-yi-calls.html")).text
    assert added_sentences(page, SAMPLE_TEXT) == added_sentences(SAMPLE_TEXT, page) == []
    assert added_sentences(page_reading(SAMPLE_TEXT), SAMPLE_TEXT) == []
    paragraphs = HELDOUT[0].split("\n\n")
    new = "In an update on Friday, the foreign minister said the talks would resume in Geneva next week."
    corrected = paragraphs[1].replace(" said ", " told reporters ", 1)  # a word changed: no new sentence
    update = "\n\n".join([paragraphs[0], corrected, *paragraphs[2:-1], new])
    assert added_sentences(update, HELDOUT[0]) == [new]
    assert same_article(fingerprint(update), fingerprint(HELDOUT[0]))


def test_of_several_copies_the_preferred_one_is_found(tmp_path):
    """Two outlets' copies of one story: the search returns the one ``prefer`` accepts, whichever comes first."""
    with open_store(tmp_path / "briefing.json") as store:
        _put(store, "art-a", SAMPLE_TEXT)
        _put(store, "art-b", SAMPLE_TEXT + "\n\nOne more paragraph of the reprint, as another outlet ran it.")
        for wanted in ("art-a", "art-b"):
            found = store.find_same_text(
                page_reading(SAMPLE_TEXT), prefer=lambda a, wanted=wanted: a.id == wanted
            )
            assert found.id == wanted
        assert store.find_same_text(page_reading(SAMPLE_TEXT), prefer=lambda a: False).id in (
            "art-a",
            "art-b",
        )
