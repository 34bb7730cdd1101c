"""Pure source helpers: URLs, dates, detection, text files, feeds and page heuristics."""

from __future__ import annotations

import os
import re
import time
import zlib
from pathlib import Path

import pytest

from briefing_tui.core.dates import date_line, feed_date, iso_date_prefix, labelled_date_line, normalize_date
from briefing_tui.sources.detect import binary_kind, is_url_list, sniff
from briefing_tui.sources.errors import SourceError
from briefing_tui.sources.feeds import html_fragment_text, parse_feed
from briefing_tui.sources.files import (
    decode_text,
    metadata_fields,
    read_file_bytes,
    read_sidecar,
    split_front_matter,
    text_article,
)
from briefing_tui.sources.html import is_consent_wall, is_partial
from briefing_tui.sources.http import _Inflater
from briefing_tui.sources.urls import (
    canonical_url,
    is_http_url,
    listed_url,
    looks_like_url,
    require_http_url,
    resolve,
)


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://News.Example.COM:443/a?utm_source=x&id=3&fbclid=y#part", "https://news.example.com/a?id=3"),
        ("http://example.com", "http://example.com/"),
        ("http://user:secret@example.com:8080/p?gclid=1", "http://example.com:8080/p"),
        ("https://example.com/p?b=2&a=1", "https://example.com/p?b=2&a=1"),
        ("http://[2001:DB8::1]:8080/p", "http://[2001:db8::1]:8080/p"),  # before: 'http://2001:db8::1:8080/p'
        ("http://[::1]:80/p", "http://[::1]/p"),
    ],
)
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


# A query's parameters stay as the person wrote them: a server may read '%2F' and '/', or '+' and
# '%20', differently, and the stored address must fetch the page that was given. What RFC 3986
# counts as one spelling is written one way, and what a URL cannot hold is escaped.
QUERIES_AS_GIVEN = [
    (
        "an escaped slash stays escaped",
        "https://a.example/s?path=docs%2Fnote",
        "https://a.example/s?path=docs%2Fnote",
    ),
    ("a bare slash stays bare", "https://a.example/s?path=docs/note", "https://a.example/s?path=docs/note"),
    (
        "an escaped space stays %20",
        "https://a.example/s?q=trade%20talks",
        "https://a.example/s?q=trade%20talks",
    ),
    ("a plus stays a plus", "https://a.example/s?q=trade+talks", "https://a.example/s?q=trade+talks"),
    ("a flag keeps no '='", "https://a.example/s?print&id=9", "https://a.example/s?print&id=9"),
    ("a time keeps its colon", "https://a.example/s?at=09:30", "https://a.example/s?at=09:30"),
    ("brackets stay", "https://a.example/s?tag[]=eu", "https://a.example/s?tag[]=eu"),
    ("order is kept", "https://a.example/s?z=1&a=2", "https://a.example/s?z=1&a=2"),
    ("lower-case escapes in upper case", "https://a.example/s?p=x%2fy", "https://a.example/s?p=x%2Fy"),
    ("an escaped tilde is a tilde", "https://a.example/s?u=%7eann", "https://a.example/s?u=~ann"),
    (
        "accents escaped as a browser sends them",
        "https://a.example/s?q=Bogotá",
        "https://a.example/s?q=Bogot%C3%A1",
    ),
    ("a space escaped", "https://a.example/s?q=peace talks", "https://a.example/s?q=peace%20talks"),
    (
        "tracking still removed around them",
        "https://a.example/s?utm_medium=x&p=a/b&fbclid=z",
        "https://a.example/s?p=a/b",
    ),
    ("an escaped tracking name too", "https://a.example/s?utm%5Fcampaign=x&id=4", "https://a.example/s?id=4"),
    ("an empty pair dropped", "https://a.example/s?id=4&&x=1&", "https://a.example/s?id=4&x=1"),
]


@pytest.mark.parametrize(("case", "url", "canonical"), QUERIES_AS_GIVEN, ids=[c[0] for c in QUERIES_AS_GIVEN])
def test_canonical_url_keeps_a_query_as_given(case, url, canonical):
    assert canonical_url(url) == canonical, case


def test_scheme_checks():
    assert looks_like_url("file:///etc/passwd") and not looks_like_url("notes/today.txt")
    with pytest.raises(SourceError, match="not file"):
        require_http_url("file:///etc/passwd")
    with pytest.raises(SourceError, match="no host"):
        require_http_url("http:///path")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://example.org:80a/news", "the port after ':' must be a number up to 65535"),
        ("https://example.org:99999/news", "the port after ':' must be a number up to 65535"),
        ("http://[::1/news", "the host's [ ] brackets do not match"),
    ],
)
def test_a_malformed_address_is_no_web_address_and_says_why(url, reason):
    """Before, is_http_url and canonical_url raised ValueError from urllib for these."""
    assert not is_http_url(url)
    with pytest.raises(SourceError, match=f"not a valid web address \\({re.escape(reason)}\\): "):
        require_http_url(url)
    assert resolve("https://example.org/", url) == url  # left for the caller to refuse


@pytest.mark.parametrize(
    ("line", "url"),
    [
        ("https://example.org/a", "https://example.org/a"),
        ("  https://example.org/a   # for Monday", "https://example.org/a"),
        ("- https://example.org/a", "https://example.org/a"),
        ("* <https://example.org/a?b=1>", "https://example.org/a?b=1"),  # as e-mail and chat write them
        ("12. [Talks in Geneva](https://example.org/geneva) # later", "https://example.org/geneva"),
        ("\u2022 https://example.org/a", "https://example.org/a"),
        ("- see https://example.org/a", None),
        ("[Talks](https://example.org/a) and more", None),
        ("-https://example.org/a", None),
        ("notes.txt", None),
    ],
)
def test_a_line_of_a_reading_list_gives_its_address(line, url):
    assert listed_url(line) == url


def test_a_markdown_list_of_links_is_a_url_list():
    """Before, only bare addresses counted: a reading list kept as a Markdown list was read as an
    article titled '- https://...' with nothing in it."""
    assert is_url_list(b"# Reading, Monday\n\n- <https://example.org/a>\n- [B](https://example.org/b)\n")
    assert not is_url_list(b"The minister spoke.\n\n- https://example.org/a\n- He left.\n- She stayed.\n")


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Sat. Jun 22nd, 2024", "2024-06-22"),
        ("Tuesday, October 24, 2023", "2023-10-24"),
        ("24 October 2023", "2023-10-24"),
        ("2023-10-24", "2023-10-24"),
        ("Feb 30, 2024", None),
        ("Chinese Foreign Minister Wang Yi reiterated on Oct 24, 2023", None),
    ],
)
def test_date_line(line, value):
    assert date_line(line) == value


@pytest.mark.parametrize(
    "raw",
    [
        "Thu, 26 Oct 2023",
        "October 26, 2023",
        "Thursday, October 26, 2023 - 10:00",
        "26 Oct 2023 10:00 am EDT",
    ],
)
def test_feed_dates_that_are_not_rfc_822_are_still_read(raw):
    """Feeds written by hand or by small tools leave out the time or spell the date out: before,
    such an entry lost its date and was dated today, as assumed."""
    assert feed_date(raw) == "2023-10-26"


def test_feed_dates_keep_the_publishers_day():
    assert feed_date("Thu, 26 Oct 2023 00:30:00 +0200") == "2023-10-26"
    assert feed_date("2023-10-26T00:30:00+02:00") == "2023-10-26"
    assert feed_date("2023-10-25T23:30:00-04:00") == "2023-10-25"
    assert feed_date("garbage") is None and feed_date(None) is None


@pytest.mark.parametrize(
    ("stated", "published"),
    [
        ("May 6, 2024 10:00 AM", "2024-05-06"),  # before: the whole file failed, 'is not a date'
        ("6 May 2024, 10:00", "2024-05-06"),
        ("Mon, 06 May 2024 10:00:00 GMT", "2024-05-06"),
        ("2024/05/06", "2024-05-06"),  # before: '2024', the month and day lost
        ("2024.05.06", "2024-05-06"),
        ("2024-05-06 10:00:00 +0200", "2024-05-06"),
        ("2024/05", "2024-05"),
    ],
)
def test_a_date_in_front_matter_is_read_as_feeds_state_theirs(stated, published):
    assert metadata_fields({"date": stated}, "note.md") == {"published": published}
    with pytest.raises(SourceError, match="is not a date"):
        metadata_fields({"date": "06/05/2024"}, "note.md")  # day or month first: not guessed


def test_date_normalisation():
    assert normalize_date("2023-10") == "2023-10"
    assert iso_date_prefix("2023-10-24T09:00:00-04:00") == "2023-10-24"
    for bad in ("2023-13-01", "24/10/2023", "2023-02-30"):
        with pytest.raises(ValueError):
            normalize_date(bad)


@pytest.mark.parametrize(
    ("body", "content_type", "name", "kind"),
    [
        (b"<?xml version='1.0'?><rss version='2.0'><channel/></rss>", None, "x.txt", "feed"),
        (b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>', "text/html", "", "feed"),
        (b"\xef\xbb\xbf<!-- saved -->\n<!DOCTYPE html><html></html>", None, "page.txt", "html"),
        (b"<div>fragment</div>", "text/html", "", "html"),
        (b"Plain prose.\n", None, "a.html", "html"),
        (b"# list\nhttps://a.example/1\nhttps://a.example/2\n", None, "list.txt", "urls"),
        (b"The envoy said https://a.example/1 was wrong.\n", None, "a.txt", "text"),
        (b"[2023-10-24] Talks in Paris.\n", None, "a.txt", "text"),  # a bracket alone is no JSON
        (b"{Reuters} Talks in Paris.\n", None, "a.txt", "text"),
    ],
)
def test_sniff(body, content_type, name, kind):
    assert sniff(body, content_type, name) == kind


def test_lines_like_mime_headers_are_sniffed_in_linear_time():
    """The saved-page (MHTML) test read a CRLF line two ways: a note of 26 "Key: value" lines with
    Windows line ends, no archive, took over a minute to be turned away (doubling with each line)."""
    note = b"".join(b"Point%d: agreed in Lima\r\n" % i for i in range(26)) + b"\r\nThe envoys met.\r\n"
    started = time.perf_counter()
    assert sniff(note, None, "notes.txt") == "text"
    assert time.perf_counter() - started < 2.0
    archive = (
        b"From: <Saved by Blink>\r\nSubject: Talks\r\nContent-Type: multipart/related;\r\n\ttype=x\r\n\r\n"
    )
    assert sniff(archive, None, "") == "mhtml"


def test_json_data_is_refused_with_a_reason():
    for body in (b'{"schema": 1, "articles": []}', b"\xef\xbb\xbf [1, 2]\n"):
        with pytest.raises(SourceError, match="JSON data cannot be imported"):
            sniff(body, None, "export.json")
    with pytest.raises(SourceError) as served:  # a URL that answers JSON is no "binary file"
        sniff(b'{"status": "ok"}', "application/json; charset=utf-8", "")
    assert str(served.value) == (
        "JSON data (served as application/json) cannot be imported: only web pages, feeds and text are supported"
    )


def test_binary_kinds():
    assert binary_kind(b"%PDF-1.7") == "a PDF document"
    assert binary_kind(b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "a WebP image"
    assert binary_kind(b"<html>") is None
    with pytest.raises(SourceError, match="a gzip archive"):
        sniff(b"\x1f\x8b\x08\x00rest")
    assert not is_url_list(b"just text\nmore text\n")


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n\\f0\\fs24 The minister said.}", "an RTF document"),
        (b"bplist00\xd4\x01\x02\x03\x04WebMainResource", "a binary property list"),
    ],
)
def test_rtf_and_a_safari_web_archive_are_refused_by_name(tmp_path, body, kind):
    """TextEdit's .rtf was read as text: an article titled '{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709' whose
    text was control words (its quotes, '\\u8220', no statements); a .webarchive was 'a binary file'."""
    with pytest.raises(SourceError, match=f"^{re.escape(kind)}"):
        sniff(body)
    saved = tmp_path / "clipping.txt"
    saved.write_bytes(body)
    with pytest.raises(SourceError, match=f"^{re.escape(kind)}"):
        decode_text(saved.read_bytes())


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        (b"From: Desk <d@example.org>\r\nSubject: Talks\r\nMIME-Version: 1.0\r\n\r\nThe envoy.", "", "email"),
        (b"From: The desk\nDate: 5 May 2024\n\nThe minister spoke.", "", "email"),
        (b"From the desk: notes\nThe minister spoke.", "", "text"),
        (b"From: The desk\n\nThe minister spoke.", "", "text"),  # a sender alone: a note's first line
        (b"Return-Path: <x@example.org>\nThe minister spoke.", "saved.eml", "email"),
    ],
)
def test_an_e_mail_is_known_by_its_headers_or_its_name(body, name, kind):
    assert sniff(body, None, name) == kind


def test_text_decoding_prefers_utf8_then_the_declared_charset():
    assert decode_text("caf\u00e9 \u2019".encode()) == "caf\u00e9 \u2019"
    assert decode_text("caf\u00e9".encode("cp1252"), "iso-8859-1") == "caf\u00e9"
    # Windows-1252 served as ISO-8859-1 (legacy servers' default): its curly quotes, not control characters
    quoted = "Biden\u2019s \u201cgood\u201d talks"
    assert decode_text(quoted.encode("cp1252"), "ISO-8859-1") == quoted
    assert decode_text(quoted.encode("cp1252"), "us-ascii") == quoted
    with pytest.raises(SourceError, match="binary"):
        decode_text(b"abc\x00\x00def")


def test_stray_nuls_are_dropped_from_text_and_binaries_still_refused():
    from briefing_tui.sources.detect import without_stray_nuls

    text = "Foreign Minister Wang Yi met Antony Blinken in Paris on Thursday. \u00e9t\u00e9\n".encode() * 20
    assert without_stray_nuls(text) is text  # no NUL: untouched
    padded = text + b"\x00" * 8192  # a file preallocated or cut short
    assert without_stray_nuls(padded) == text
    stray = text[:100] + b"\x00" + text[100:500] + b"\x00\x00" + text[500:]
    assert without_stray_nuls(stray) == text
    assert decode_text(stray) == text.decode()
    assert (
        without_stray_nuls("caf\u00e9 ".encode("cp1252") * 50 + b"\x00") == "caf\u00e9 ".encode("cp1252") * 50
    )
    for binary in [
        bytes(range(256)) * 40,  # every byte value: control characters and NULs throughout
        b"abc\x00\x00def",  # NULs a quarter of it
        b"\x00" * 100,  # nothing but NULs
        b"%PDF-1.7\n" + text + b"\x00",  # a known format keeps its NULs (and is refused by name)
        "text".encode("utf-16-le") * 100,  # every other byte NUL
    ]:
        assert without_stray_nuls(binary) is binary
    with pytest.raises(SourceError, match="a binary file cannot be imported as text"):
        decode_text(bytes(range(256)) * 40)


NOTE = (
    "Foreign Minister Wang Yi met Antony Blinken in Paris on Thursday \u2014 \u201cgood talks\u201d, \u00e9t\u00e9.\n"
    * 20
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_text(encoding):
    """Some tools save "Unicode" text without its mark: before, its NULs made it a binary file."""
    from briefing_tui.sources.detect import utf16_as_utf8

    body = NOTE.encode(encoding)
    assert binary_kind(body[:16]) is None
    assert utf16_as_utf8(body) == b"\xef\xbb\xbf" + NOTE.encode()
    assert sniff(utf16_as_utf8(body), None, "note.txt") == "text"


@pytest.mark.parametrize(
    "binary",
    [
        b"".join(n.to_bytes(2, "little") for n in range(1, 200)) * 10,  # a table of small numbers
        b"A\x00B\x00" + bytes(range(256)) * 8,  # two letters, then every byte value
        NOTE.encode("utf-16-le")[:-1],  # cut in half a character: not UTF-16 after all
    ],
)
def test_nul_columns_that_do_not_read_as_utf16_stay_a_binary_file(binary):
    from briefing_tui.sources.detect import utf16_as_utf8

    assert utf16_as_utf8(binary) is binary
    with pytest.raises(SourceError, match="a binary file cannot be imported"):
        sniff(binary, None, "data.txt")


def test_front_matter_and_title():
    meta, body = split_front_matter("---\ntitle: 'Quoted'\nDate: 2023-10-24\n---\nBody line\n")
    assert meta == {"title": "Quoted", "date": "2023-10-24"} and body == "Body line\n"
    article = text_article("---\npublished: Oct 24, 2023\n---\n# The Heading\n\nText.", "x.md")
    assert (article.title, article.published) == ("The Heading", "2023-10-24")
    with pytest.raises(SourceError, match="is not a date"):
        text_article("---\ndate: soon\n---\nText", "x.md")
    long_first = text_article("One two three four five six seven eight nine ten eleven twelve thirteen.", "t")
    assert long_first.title == "One two three four five six seven eight nine ten eleven twelve\u2026"


_TALKS_JA = "外相は火曜日、北京で中国の外相と会談した。両氏は来月東京で再び会うことで合意した。"
_TALKS_ZH = (
    "外交部长周三在北京会见了越南外长，双方讨论了贸易和边境问题。两国同意明年继续磋商，并将签署新的合作协议。"
)


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        (_TALKS_JA, "外相は火曜日、北京で中国の外相と会談した。"),  # two sentences, no space: the first
        (_TALKS_ZH * 3, "外交部长周三在北京会见了越南外长，双方讨论了贸易和边境问题。"),  # a long paragraph
        ("外相会談、来月東京で再開へ", "外相会談、来月東京で再開へ"),  # a headline stays whole
        (
            "外相は火曜日、北京で中国の外相と会談した。",
            "外相は火曜日、北京で中国の外相と会談した。",
        ),  # one sentence
        ("会談" * 100, "会談" * 30 + "\u2026"),  # no sentence end in sight: cut
        ("Talks resume in Geneva after a pause of a year", "Talks resume in Geneva after a pause of a year"),
        (
            "The envoy arrived in Geneva on Monday. She met the minister for two hours on trade.",
            "The envoy arrived in Geneva on Monday. She met the minister for\u2026",
        ),
    ],
    ids=[
        "ja-two-sentences",
        "zh-paragraph",
        "ja-headline",
        "ja-one-sentence",
        "no-stop",
        "en-headline",
        "en-text",
    ],
)
def test_a_text_in_a_script_without_spaces_is_named_by_its_first_sentence(first_line, title):
    """Twelve words of Chinese or Japanese are a paragraph: before, a whole paragraph (and more) was
    the title of a text file with none stated."""
    assert text_article(first_line + "\n\nMore text follows here.", "note.txt").title == title


def test_front_matter_values_written_as_yaml_blocks_are_read_whole():
    """A long title folded over lines (``title: >``), as Jekyll and Hugo notes have them: before,
    the title was stored as ">"."""
    article = text_article(
        "---\ntitle: >\n  Talks resume\n  in Geneva\nauthor: |-\n  Ann Lee\ntags:\n  - diplomacy\n"
        "date: 2023-10-24\n---\n\nMinister Ann Lee said talks resume.\n",
        "note.md",
    )
    assert (article.title, article.author, article.published) == (
        "Talks resume in Geneva",
        "Ann Lee",
        "2023-10-24",
    )
    assert article.text == "Minister Ann Lee said talks resume.\n"


def test_hugos_toml_front_matter_is_read_as_front_matter():
    """Hugo writes front matter as TOML between +++ lines: before, it stayed in the text, titled "+++"."""
    article = text_article(
        '+++\ntitle = "Talks resume"\ndate = 2023-10-24T10:00:00+02:00\ndraft = false\n+++\n\nMinister said.\n',
        "note.md",
    )
    assert (article.title, article.published, article.text) == (
        "Talks resume",
        "2023-10-24",
        "Minister said.\n",
    )


def test_a_metadata_file_saved_with_a_byte_order_mark_is_read(tmp_path):
    """Notepad and other Windows editors start a UTF-8 file with a byte-order mark."""
    article = tmp_path / "note.txt"
    article.write_text("The envoy arrived.\n", "utf-8")
    sidecar = tmp_path / "note.txt.meta.json"
    sidecar.write_bytes(b'\xef\xbb\xbf{"title": "Envoy", "published": "2023-10-24"}')
    assert read_sidecar(article) == {"title": "Envoy", "published": "2023-10-24"}


def test_a_metadata_file_with_values_that_are_no_text_or_date_says_so(tmp_path):
    """Nothing half-read: not a list's repr as the title, nor the year alone of 20231024."""
    article = tmp_path / "note.txt"
    article.write_text("The envoy arrived.\n", "utf-8")
    sidecar = tmp_path / "note.txt.meta.json"
    sidecar.write_text('{"title": {"en": "Envoy"}, "tags": [1, {"a": 2}]}', "utf-8")
    with pytest.raises(
        SourceError, match=r"note.txt.meta.json gives title as a JSON object: it must be text"
    ):
        read_sidecar(article)
    sidecar.write_text('{"title": "Envoy", "author": ["Ann Lee", "Bo Park"], "tags": [1, {"a": 2}]}', "utf-8")
    assert read_sidecar(article) == {"title": "Envoy", "author": "Ann Lee, Bo Park"}  # tags: not read
    sidecar.write_text('{"title": "Envoy", "published": 20231024}', "utf-8")  # the whole day, as feeds'
    assert metadata_fields(read_sidecar(article), "note.txt") == {"title": "Envoy", "published": "2023-10-24"}
    sidecar.write_text('{"title": "Envoy", "published": 1698105600}', "utf-8")  # a timestamp: no date
    with pytest.raises(SourceError, match="the date '1698105600' in the metadata of note.txt is not a date"):
        metadata_fields(read_sidecar(article), "note.txt")
    assert iso_date_prefix("20231024") is None and iso_date_prefix("2023-10-24T08:00:00Z") == "2023-10-24"


def test_dateline_is_only_a_guess_and_stays_in_the_body():
    article = text_article("\nSat. Jun 22nd, 2024\n\nThe envoy arrived.\n", "saved.txt")
    assert (article.published, article.published_guess, article.text, article.title) == (
        None,
        "2024-06-22",
        "\nSat. Jun 22nd, 2024\n\nThe envoy arrived.\n",
        "The envoy arrived.",
    )


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published: 10 February 2024", "2024-02-10"),
        ("Published 2024-02-10", "2024-02-10"),
        ("*Posted on Feb 10, 2024 at 10:00*", "2024-02-10"),
        ("_First published Saturday 10 February 2024 14:32 GMT_", "2024-02-10"),
        ("Date: 2024-02-10", "2024-02-10"),
        ("> Publication date - March 3, 2023", "2023-03-03"),
        # near misses: no label, another label, or more than a date after it
        ("10 February 2024", None),
        ("Updated: 10 February 2024", None),
        ("Published by the ministry of health", None),
        ("Posted in World News", None),
        ("Published 2024-02-10 figures show a fall in exports", None),
        ("The date was 10 February 2024", None),
    ],
)
def test_a_line_that_names_itself_a_publication_date(line, value):
    assert labelled_date_line(line) == value


def test_a_long_line_opening_like_a_date_label_is_turned_away_at_once():
    """A line opening "Posted" and then a long run of spaces took time growing with the square of the
    run (200,000 spaces: minutes) as the label's lazy match tried each end."""
    started = time.perf_counter()
    assert labelled_date_line("Posted x" + " " * 200_000 + "x") is None
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    ("text", "published", "guess", "title"),
    [
        (
            "# Talks in Lisbon\n\nPublished 2024-02-10\n\nThe envoy arrived.\n",
            "2024-02-10",
            None,
            "Talks in Lisbon",
        ),
        (
            "Talks in Lisbon\nPublished: February 10, 2024\n\nThe envoy arrived.\n",
            "2024-02-10",
            None,
            "Talks in Lisbon",
        ),
        (
            "Posted on 10 Feb 2024\nTalks in Lisbon\n\nThe envoy arrived.\n",
            "2024-02-10",
            None,
            "Talks in Lisbon",
        ),
        # a bare first line stays a guess (a page's save date); the labelled line is the date
        (
            "Mon. Mar 4th, 2024\n# Talks in Lisbon\n*Published 10 February 2024*\n\nThe envoy arrived.\n",
            "2024-02-10",
            "2024-03-04",
            "Talks in Lisbon",
        ),
        # near misses: too far down, or said in a sentence
        ("Talks\n\none.\n\ntwo.\n\nthree.\n\nfour.\n\nfive.\n\nPublished 2024-02-10\n", None, None, "Talks"),
        ("Talks in Lisbon\n\nThe report was published on 10 February 2024.\n", None, None, "Talks in Lisbon"),
    ],
    ids=["heading", "under-title", "first-line", "after-a-save-date", "too-far-down", "in-a-sentence"],
)
def test_a_stated_publication_date_near_the_top_is_the_date_and_no_title(text, published, guess, title):
    """A Markdown or text file saved with "Published ..." under its headline: before, only a first
    line that was a bare date was read, so such a file got today's date, assumed."""
    article = text_article(text, "saved.md")
    assert (article.published, article.published_guess, article.title, article.text) == (
        published,
        guess,
        title,
        text,
    )


def test_a_saved_feeds_relative_links_are_resolved_against_its_site():
    """A feed file has no address to resolve links against, but names its site: before, an entry
    linking to "news/talks.html" counted as linking nowhere and was stored as its teaser alone."""
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <link>https://site.example/</link>
    <item><title>A</title><link>news/talks.html</link><description>A teaser.</description></item>
    </channel></rss>"""
    (entry,) = parse_feed(body, None, "saved.rss").entries
    assert entry.link == "https://site.example/news/talks.html"
    (entry,) = parse_feed(body, "https://feeds.example/world.rss", "feed").entries  # its address first
    assert entry.link == "https://feeds.example/news/talks.html"


def test_feed_parsing_resolves_links_and_reads_full_text():
    words = " ".join(["word"] * 160)
    body = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>A</title><link>/a.html</link><pubDate>Thu, 26 Oct 2023 00:30:00 +0200</pubDate></item>
    <item><title>B</title><description>&lt;p&gt;{words}&lt;/p&gt;</description></item>
    </channel></rss>""".encode()
    feed = parse_feed(body, "https://site.example/feeds/main.rss", "feed")
    first, second = feed.entries
    assert first.link == "https://site.example/a.html" and first.published == "2023-10-26"
    assert not first.has_full_text() and second.has_full_text() and second.link is None
    with pytest.raises(SourceError, match="not a readable RSS or Atom feed"):
        parse_feed(b"<html><body>no feed</body></html>", None, "page")


def test_html_fragment_text_keeps_paragraphs_and_drops_scripts():
    html = "<p>One &amp; two.</p><script>alert(1)</script><p>Three<br>four</p>"
    assert html_fragment_text(html) == "One & two.\n\nThree\n\nfour"


def test_page_heuristics():
    assert is_consent_wall("We and our partners use cookies. Accept all or Reject all.")
    assert not is_consent_wall("The minister said the cookie factory would reopen on Monday. " * 40)
    assert is_partial(b'<meta itemprop="isAccessibleForFree" content="false">', "text")
    assert is_partial(b'{"wordCount": "900"}', "only a few words here")
    assert not is_partial(b'{"wordCount": 4}', "four words are here")


def test_inflater_never_holds_more_than_the_cap():
    bomb = zlib.compressobj(1, zlib.DEFLATED, 31)
    compressed = bomb.compress(b" " * 50_000_000) + bomb.flush()
    out = bytearray()
    inflater = _Inflater("gzip", "http://x/")
    for start in range(0, len(compressed), 16_384):
        inflater.feed(compressed[start : start + 16_384], out, 100_000)
        assert len(out) <= 100_001
        if len(out) > 100_000:
            break
    assert len(out) == 100_001


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_file_with_no_size_is_read_only_up_to_the_cap():
    # A device or pipe reports size 0: reading it whole would never end (or fill memory).
    with pytest.raises(SourceError, match="over the import limit of"):
        read_file_bytes(Path("/dev/zero"), 1000)


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="needs /dev/fd")
def test_a_pipe_named_as_a_file_is_read():
    # briefing import <(curl ...) names a pipe such as /dev/fd/63.
    read_end, write_end = os.pipe()
    os.write(write_end, b"Talks went on.\n")
    os.close(write_end)
    try:
        assert read_file_bytes(Path(f"/dev/fd/{read_end}"), 1000) == b"Talks went on.\n"
    finally:
        os.close(read_end)
