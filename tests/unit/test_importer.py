"""run_import and load_article end to end: real store, real local web server, no internet."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from briefing_tui.core.ids import article_id_for_text, article_id_for_url
from briefing_tui.importer import (
    ArticleStored,
    ImportProgress,
    ImportRequest,
    ImportStarted,
    ImportSummary,
    SourceAdded,
    SourceError,
    SourceFailed,
    SourceSkipped,
    load_article,
    run_import,
)
from briefing_tui.paths import sample_data_dir
from briefing_tui.sources.http import Fetched
from briefing_tui.store import open_store
from tests.unit.sources import webserver

web = webserver.web  # the local test web server fixture

TODAY = date(2024, 1, 2)
SAMPLE = sample_data_dir()


@pytest.fixture
def store(isolated_store):
    repo = open_store(isolated_store)
    yield repo
    repo.close()


def run(store, *sources: str, **fields) -> list:
    options = {key: fields.pop(key) for key in ("fetch", "cancelled", "stdin") if key in fields}
    return list(run_import(ImportRequest(sources=sources, **fields), store, today=TODAY, **options))


def by_source(events: list) -> dict:
    return {e.source: e for e in events if isinstance(e, ArticleStored | SourceFailed | SourceSkipped)}


def stored_articles(events: list) -> list:
    return [e.article for e in events if isinstance(e, ArticleStored)]


def test_article_page_is_imported_with_its_metadata(web, store):
    events = run(store, web.url("/article.html?utm_source=mail#top"))
    assert isinstance(events[0], ImportStarted) and events[0].total == 1
    assert isinstance(events[-1], ImportSummary) and events[-1].ok
    (article,) = stored_articles(events)
    assert article.url == web.url("/article.html")
    assert article.id == article_id_for_url(web.url("/article.html"))
    assert article.title == "Deputy Secretary of State Wendy Sherman\u2019s Visit to Cambodia"
    assert (article.published, article.published_assumed) == ("2021-06-01", False)
    assert article.source == "U.S. Department of State"
    assert article.language == "en"
    assert "Hun Sen" in article.text and "Press releases" not in article.text
    assert store.article(article.id).text == article.text


def test_same_url_in_other_spellings_updates_one_article(web, store):
    first = stored_articles(run(store, web.url("/article.html")))[0]
    port = web.base.rsplit(":", 1)[1]
    again = run(store, web.url("/redirect-chain"), f"HTTP://127.0.0.1:{port}/article.html?fbclid=1#x")
    assert {a.id for a in stored_articles(again)} == {first.id}
    assert all(e.result.replaced for e in again if isinstance(e, ArticleStored))
    assert store.counts().articles == 1


# Addresses whose query the store of an earlier version wrote again (its ids made from that), and
# one it kept: imported again now, each replaces the one stored article, never adds a second.
EARLIER_STORES = [
    ("an escaped space, stored as '+'", "https://desk.example/read?q=Oslo%20accord", True),
    ("a bare slash, stored escaped", "https://desk.example/read?path=2024/talks", True),
    ("a flag, stored with '='", "https://desk.example/read?id=12&print", True),
    ("a time, its colon stored escaped", "https://desk.example/read?at=10:15", True),
    ("near miss: a plain query, its id never changed", "https://desk.example/read?id=12&page=2", False),
    ("near miss: no query at all", "https://desk.example/read/oslo-accord", False),
]


@pytest.mark.parametrize(("case", "url", "id_changes"), EARLIER_STORES, ids=[c[0] for c in EARLIER_STORES])
def test_an_article_stored_by_an_earlier_version_is_replaced_not_repeated(
    store, monkeypatch, case, url, id_changes
):
    import briefing_tui.importer as importer
    from briefing_tui.sources.urls import canonical_url, earlier_canonical_url

    pages = {url: b"Envoys from Oslo and Bogota met on Monday to talk about the accord."}
    with monkeypatch.context() as earlier:
        earlier.setattr(importer, "canonical_url", earlier_canonical_url)  # as the earlier version stored it
        (first,) = stored_articles(run(store, url, fetch=CountingFetch(pages), published="2024-05-01"))
    assert (first.id != article_id_for_url(canonical_url(url))) == id_changes, case
    (again,) = [e for e in run(store, url, fetch=CountingFetch(pages)) if isinstance(e, ArticleStored)]
    assert again.result.replaced, case
    assert [a.id for a in store.articles()] == [article_id_for_url(canonical_url(url))], case
    assert store.article(again.article.id).url == canonical_url(url), case  # the address as given
    assert store.article(again.article.id).published == "2024-05-01", case  # set by hand: kept


def test_a_feed_entry_stored_by_an_earlier_version_is_not_fetched_again(store, monkeypatch, tmp_path):
    import briefing_tui.importer as importer
    from briefing_tui.sources.urls import earlier_canonical_url

    link = "https://desk.example/read?q=Oslo%20accord"
    feed = tmp_path / "desk.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        f"<item><title>Accord</title><link>{link.replace('&', '&amp;')}</link></item></channel></rss>"
    )
    pages = {link: b"Envoys from Oslo and Bogota met on Monday to talk about the accord."}
    with monkeypatch.context() as earlier:
        earlier.setattr(importer, "canonical_url", earlier_canonical_url)
        assert len(stored_articles(run(store, str(feed), fetch=CountingFetch(pages)))) == 1
    offline = CountingFetch({})  # any fetch fails
    events = run(store, str(feed), fetch=offline)
    assert not stored_articles(events) and not [e for e in events if isinstance(e, SourceFailed)]
    assert store.counts().articles == 1


def test_wrong_charset_header_does_not_garble_the_text(web, store):
    (article,) = stored_articles(run(store, web.url("/wrong-charset")))
    assert "\u2019" in article.text and "\u00e2\u20ac" not in article.text


@pytest.mark.parametrize("path", ["/latin1-meta", "/latin1-header", "/utf8-header-1252-meta"])
def test_a_page_in_windows_1252_is_read_as_it_declares_itself(web, store, path):
    """Before, trafilatura guessed the encoding, reading a declared ISO-8859-1 as such: the curly
    apostrophes became control characters, removed, and "Biden’s" was stored as "Bidens"."""
    (article,) = stored_articles(run(store, web.url(path)))
    assert "Biden\u2019s" in article.text and "Bidens" not in article.text
    assert article.title.startswith("Special Presidential Envoy for Climate John Kerry\u2019s Visit")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/xhtml-article", "Kuwait"),
        ("/gzip-article", "Kerry"),
        ("/plain-article", "Kyiv"),
        ("/utf16-article", "Biden\u2019s"),  # UTF-16 with its byte-order mark: text, not a binary
    ],
)
def test_xhtml_compressed_and_plain_text_pages_are_accepted(web, store, path, expected):
    (article,) = stored_articles(run(store, web.url(path)))
    assert expected in article.text and article.url == web.url(path)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/download/page", "Kerry"),  # application/octet-stream
        ("/download/page-after-blank-lines", "Kuwait"),  # binary/octet-stream, a BOM and blank lines first
        ("/untyped/page", "Kuwait"),  # no Content-Type at all
        ("/download/text", "Kyiv"),  # application/unknown over plain text
        ("/untyped/text", "Kyiv"),
    ],
)
def test_a_page_or_text_served_with_no_type_or_as_a_download_is_read_by_its_content(
    web, store, path, expected
):
    """Servers that do not know what they send say application/octet-stream or nothing: browsers look at
    the first bytes, and so does the import. Before, the octet-stream ones were refused as a binary file."""
    (article,) = stored_articles(run(store, web.url(path)))
    assert expected in article.text and "<html" not in article.text


def test_a_feed_served_as_a_download_is_read_as_a_feed(web, store):
    events = run(store, web.url("/feed-as-download"))
    assert {a.url for a in stored_articles(events)} == {web.url("/kerry.html"), web.url("/kuwait.html")}


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/download/report", "a PDF document (served as application/octet-stream) cannot be imported"),
        ("/download/archive", "a ZIP archive (or an office document) (served as application/octet-stream)"),
        ("/download/noise", "a binary file (served as application/octet-stream) cannot be imported"),
        ("/untyped/noise", "a binary file cannot be imported"),  # was stored as an article of garbage
        ("/page-as-image", "an image (served as image/png) cannot be imported"),  # a stated type is believed
    ],
)
def test_a_binary_with_no_type_or_an_unknown_one_is_still_refused(web, store, path, reason):
    (event,) = by_source(run(store, web.url(path))).values()
    assert isinstance(event, SourceFailed) and event.reason.startswith(reason), event
    assert store.counts().articles == 0


@pytest.mark.parametrize(
    ("body", "refused"),
    [
        (webserver._noise(4000), True),  # packed data with no magic bytes and no NUL near its start
        (b"The minister spoke.\n" * 3 + bytes(range(1, 256)) * 8, True),  # a few lines, then a table
        (b"Talks in Geneva\x0bended on Friday.\n" * 40, False),  # a word processor's line breaks
        (b"Minutes\x0c of the meeting, page two. \x7f\n" * 3, False),  # a page break, a stray DEL
    ],
    ids=["noise", "text-then-table", "vertical-tabs", "form-feed-and-del"],
)
def test_a_file_of_control_bytes_is_refused_and_text_with_a_few_is_not(store, tmp_path, body, refused):
    saved = tmp_path / "saved"
    saved.write_bytes(body)
    (event,) = by_source(run(store, str(saved))).values()
    assert isinstance(event, SourceFailed if refused else ArticleStored), event
    if refused:
        assert (
            event.reason == "a binary file cannot be imported: only web pages, feeds and text are supported"
        )


def test_a_page_that_sends_the_reader_on_by_a_refresh_is_followed(web, store):
    """A shortened link or a moved page answering with <meta http-equiv="refresh" content="0; url=...">."""
    outcomes = by_source(run(store, web.url("/refresh"), web.url("/auto-reload"), web.url("/refresh-loop")))
    followed = outcomes[web.url("/refresh")]
    assert isinstance(followed, ArticleStored) and followed.article.url == web.url("/article.html")
    reloading = outcomes[web.url("/auto-reload")]  # an article page that reloads every five minutes is read
    assert isinstance(reloading, ArticleStored) and "Kerry" in reloading.article.text
    looping = outcomes[web.url("/refresh-loop")]
    assert isinstance(looping, SourceFailed) and "refresh" in looping.reason


MALFORMED_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<link>http://[::1/</link>
<item><title>Rossi in Madrid</title><link>https://example.org:80a/madrid</link>
<description>Foreign Minister Ana Rossi met Luis Ortega in Madrid on Tuesday. 'We agreed,' Rossi said.</description></item>
<item><title>Rossi in Rome</title><link>http://[::1/rome</link>
<description>Foreign Minister Ana Rossi met Luis Ortega in Rome on Monday. 'We talked,' Ortega said.</description></item>
</channel></rss>
"""


def test_a_malformed_address_fails_its_own_source_and_no_other(web, store, tmp_path):
    """An address with a port that is no number or an unclosed IPv6 bracket: before, Python's URL
    parser raised ValueError out of the import (typed as a source, a feed entry's link, a file's
    front matter: "internal error", nothing imported), or failed a page for its canonical link or
    refresh ("Port could not be cast to integer value as '80a'"). Now a typed one fails alone with
    a reason, and one a source gives is no address: the source is read without it."""
    feed = tmp_path / "desk.rss"
    feed.write_text(MALFORMED_FEED, encoding="utf-8")
    note = tmp_path / "note.md"
    note.write_text(
        "---\ntitle: Talks in Lisbon\nurl: https://example.org:80a/lisbon\n---\n"
        "Foreign Minister Ana Rossi met Luis Ortega in Lisbon on Friday. 'We agreed,' Rossi said.\n",
        encoding="utf-8",
    )
    typed = ("https://example.org:80a/x", "http://[::1/x")
    pages = tuple(web.url(path) for path in ("/bad-canonical", "/bad-refresh"))
    outcomes = by_source(run(store, *typed, *pages, str(feed), str(note)))
    assert "port after ':' must be a number" in outcomes[typed[0]].reason
    assert "brackets do not match" in outcomes[typed[1]].reason
    canonical, refresh = outcomes[pages[0]], outcomes[pages[1]]
    assert isinstance(canonical, ArticleStored) and canonical.article.url == pages[0]
    assert isinstance(refresh, ArticleStored) and refresh.article.url == pages[1]
    entries = {e.source: e for e in outcomes.values() if "entry" in e.source}  # a teaser is no article
    assert {type(e) for e in entries.values()} == {SourceFailed}
    assert "port after ':' must be a number" in entries[f"{feed} (entry 1: Rossi in Madrid)"].reason
    lisbon = outcomes[str(note)]
    assert isinstance(lisbon, ArticleStored) and (lisbon.article.title, lisbon.article.url) == (
        "Talks in Lisbon",
        None,
    )


KERRY_ADDRESS = "https://www.state.gov/special-presidential-envoy-for-climate-john-kerrys-visit/"


def saved_as_one_file(html: bytes, *, encoding: str, charset: str = "") -> bytes:
    """A page saved by a browser as one file: Chrome's MHTML (quoted-printable) or an old .mht (base64)."""
    import base64
    import quopri

    body = quopri.encodestring(html) if encoding == "quoted-printable" else base64.encodebytes(html)
    content_type = f"text/html; charset={charset}" if charset else "text/html"
    boundary = "----MultipartBoundary--q1w2e3----"
    lines = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {KERRY_ADDRESS}",
        "Subject: =?utf-8?Q?Special_Presidential_Envoy?=",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related;",
        '\ttype="text/html";',
        f'\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        f"Content-Type: {content_type}",
        "Content-ID: <frame-1@mhtml.blink>",
        f"Content-Transfer-Encoding: {encoding}",
        f"Content-Location: {KERRY_ADDRESS}",
        "",
        body.decode("ascii"),
        f"--{boundary}",
        "Content-Type: text/css",
        "Content-Location: cid:css-1@mhtml.blink",
        "",
        "body { color: red; }",
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(lines).encode("ascii")


def test_a_page_a_browser_saved_as_one_file_is_read_as_that_page(store, tmp_path):
    """Chrome's "Webpage, Single File" (.mhtml) was read as text: an article titled "From: <Saved by
    Blink>" whose text was MIME headers and quoted-printable markup, dated today (assumed), with none
    of the page's statements; a folder of them had "no articles, pages or feeds in it". Now the page
    inside is read as a saved .html is, and known by the address it was saved from."""
    kerry = (webserver.WEB / "kerry.html").read_bytes()
    chrome = tmp_path / "clippings" / "kerry.mhtml"
    chrome.parent.mkdir()
    chrome.write_bytes(saved_as_one_file(kerry, encoding="quoted-printable"))
    old = tmp_path / "kerry.mht"  # Internet Explorer and Word: base64, the charset declared on the part
    old.write_bytes(
        saved_as_one_file(kerry.decode().encode("cp1252"), encoding="base64", charset="windows-1252")
    )
    (from_folder,) = stored_articles(run(store, str(chrome.parent)))
    page = stored_articles(run(store, str(webserver.WEB / "kerry.html")))
    assert from_folder.title.startswith("Special Presidential Envoy for Climate John Kerry\u2019s Visit")
    assert (from_folder.url, from_folder.published, from_folder.published_assumed) == (
        KERRY_ADDRESS,
        "2021-06-16",
        False,
    )
    assert "Saved by Blink" not in from_folder.text and "=E2=80" not in from_folder.text
    assert page == [] and store.counts().articles == 1  # the saved .html of it: the same text
    (replaced,) = stored_articles(run(store, str(old)))
    assert replaced.id == from_folder.id and replaced.text == from_folder.text


def saved_mail(
    *, html: str | None, plain: str, subject: str = "Rossi and Ortega agree to meet in Rome"
) -> bytes:
    """An e-mail as a mail program saves it (.eml): quoted-printable parts, headers on top."""
    import email.policy
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Foreign Policy Daily <newsletter@fp.example.org>"
    message["To"] = "desk@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 05 Nov 2024 07:30:00 -0500"
    message.set_content(plain)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message.as_bytes(policy=email.policy.SMTP)


MAIL_TEXT = (
    "Foreign Minister Ana Rossi met her Spanish counterpart Luis Ortega in Madrid on Tuesday, "
    "their third meeting this year, to discuss migration and the fishing quotas off the coast.\n\n"
    "\u201cWe agreed to work closely together,\u201d Rossi told reporters after the talks. The two "
    "ministers will meet again next month in Rome, officials said.\n"
)


RELEASE_TEXT = (
    "The Ministry of Foreign Affairs announces that Deputy Minister Chen Wei will visit Lisbon on "
    "Thursday for consultations with Portugal's Secretary of State for Foreign Affairs.\n\n"
    "\u201cPortugal is a partner we work closely together with,\u201d Chen said before leaving. "
    "The talks will cover trade, maritime cooperation and the coming summit in Brussels.\n"
)


def test_an_e_mail_saved_as_a_file_is_read_as_its_text_with_its_subject_and_date(store, tmp_path):
    """A newsletter or a ministry's press release saved from a mail program (.eml) was read as text:
    an article titled 'From: Foreign Policy Daily <newsletter@...>', dated today (assumed), its text
    the headers, quoted-printable soft breaks ('Madrid =') and the HTML part's markup, each quote
    read twice; a folder of them had 'no articles, pages or feeds in it'. Now the HTML part (else
    the plain one) is the text, the subject its title, the date and the sender its date and outlet."""
    mails = tmp_path / "mail"
    mails.mkdir()
    html = "<html><body><h1>Rossi meets Ortega</h1>" + "".join(
        f"<p>{paragraph}</p>" for paragraph in MAIL_TEXT.split("\n\n")
    )
    (mails / "newsletter.eml").write_bytes(saved_mail(html=html + "</body></html>", plain=MAIL_TEXT))
    plain = tmp_path / "release.eml"
    plain.write_bytes(saved_mail(html=None, plain=RELEASE_TEXT, subject="Talks"))
    plain.with_name("release.eml.meta.json").write_text(json.dumps({"title": "Rossi in Lisbon"}))
    outcomes = by_source(run(store, str(mails), str(plain)))
    newsletter, release = (outcomes[str(path)].article for path in (mails / "newsletter.eml", plain))
    assert (newsletter.title, newsletter.published, newsletter.published_assumed, newsletter.source) == (
        "Rossi and Ortega agree to meet in Rome",
        "2024-11-05",
        False,
        "Foreign Policy Daily",
    )
    for article in (newsletter, release):
        assert "newsletter@" not in article.text and "<p>" not in article.text and "=\n" not in article.text
        assert article.text.count("closely together") == 1
    assert (release.title, release.published) == ("Rossi in Lisbon", "2024-11-05")  # its metadata file wins
    assert release.text == RELEASE_TEXT.strip()


def test_a_saved_page_archive_without_a_page_says_so(store, tmp_path):
    archive = tmp_path / "images.mhtml"
    archive.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n"
    )
    (failed,) = [e for e in run(store, str(archive)) if isinstance(e, SourceFailed)]
    assert failed.reason == f"{archive} is a saved-page archive (MHTML) with no web page in it"


def test_a_saved_feed_whose_links_are_relative_says_so_instead_of_storing_teasers(store, tmp_path):
    """A feed saved as a file (or piped in) whose entries link relatively ('kerry.html') has no
    address to read them against: each entry's one-line teaser ('A short teaser, not the article.')
    was stored as the article, 'imported' with nothing in it. Now each says why its page was not
    read; an entry that carries its whole text is still read from it."""
    feed = tmp_path / "press.rss"
    feed.write_bytes((webserver.WEB / "feed.rss").read_bytes())
    outcomes = by_source(run(store, str(feed)))
    assert {type(e) for e in outcomes.values()} == {SourceFailed}
    reason = outcomes[f"{feed} (entry 1: Special Presidential Envoy for Climate John Kerry's Visit)"].reason
    assert "links to 'kerry.html', relative to the feed's own address" in reason
    assert reason.endswith("import the feed by its URL")
    assert store.counts().articles == 0
    whole = (
        "<p>" + "Minister Ana Lopez met the envoy in Rome on Tuesday to discuss the harbour. " * 15 + "</p>"
    )
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item><title>Lopez in Rome'
        f"</title><link>rome.html</link><description><![CDATA[{whole}]]></description></item></channel></rss>"
    )
    (article,) = stored_articles(run(store, str(feed)))
    assert article.title == "Lopez in Rome"


def test_pages_that_all_claim_the_home_page_as_their_address_are_kept_apart(web, store, tmp_path):
    """A site whose canonical link names its home page on every article: before, each page took the
    stored one's place ("replaced"), a feed's second entry was skipped as "already imported", and a
    store kept one article of the site. A page's own claim to an address yields to a stored article
    of another text there; the page is then kept at the address it was read from."""
    first = stored_articles(run(store, web.url("/news/kerry")))[0]
    assert first.url == web.url("/")  # believed while nothing contradicts it
    events = run(store, web.url("/news/asean"))
    (second,) = stored_articles(events)
    assert second.url == web.url("/news/asean") and not events[-2].result.replaced
    saved = tmp_path / "kuwait.html"  # a saved page has no address of its own: it is known by its text
    saved.write_bytes(
        (webserver.WEB / "kuwait.html")
        .read_bytes()
        .replace(b"<head>", b'<head><link rel="canonical" href="' + web.url("/").encode() + b'">')
    )
    (third,) = stored_articles(run(store, str(saved)))
    assert third.url is None and third.id == article_id_for_text(third.text)
    assert store.counts().articles == 3 and "Kerry" in store.article_text(first.id)
    again = stored_articles(run(store, web.url("/news/kerry")))[0]  # the first page again replaces itself
    assert again.id == first.id and store.counts().articles == 3


def test_same_text_twice_is_one_article(store):
    text = "The two leaders spoke by phone on Friday and agreed to meet in Vienna next month."
    first = list(run_import(ImportRequest(pasted_text=text), store, today=TODAY))
    second = list(run_import(ImportRequest(pasted_text=text + "\n"), store, today=TODAY))
    assert stored_articles(first)[0].id == stored_articles(second)[0].id
    assert second[-2].result.replaced and store.counts().articles == 1


def test_paywalled_page_is_stored_as_partial(web, store):
    (article,) = stored_articles(run(store, web.url("/paywall.html")))
    assert article.partial and store.article(article.id).partial


FAILURES = {
    "/missing.html": "404 Not Found",
    "/server-error": "500",
    "/loop/a": "redirect loop",
    "/too-many-redirects": "too many redirects",
    "/to-file": "non-web address",
    "/announced-too-big": "download limit",
    "/endless": "download limit",
    "/gzip-bomb": "download limit",
    "/pdf-as-html": "a PDF document (served as text/html)",
    "/report.pdf": "a PDF document",
    "/photo.png": "a PNG image",
    "/zstd": "zstd-compressed",
    "/brotli": "br-compressed",
    "/consent.html": "cookie consent wall",
    "/index.html": "no article text found",
    "/empty": "no article text found",
    "/sitemap": "not a readable RSS or Atom feed",  # XML, but no feed: never its markup as an article
}


def test_an_xml_file_that_is_no_feed_is_refused_not_stored_as_text(store, tmp_path):
    """An OPML list of feeds, as feed readers export it: its markup is no article."""
    opml = tmp_path / "subscriptions.opml"
    opml.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0"><head><title>Feeds</title></head>'
        '<body><outline text="News" type="rss" xmlUrl="https://example.org/feed.xml"/></body></opml>\n'
    )
    (event,) = by_source(run(store, str(opml))).values()
    assert isinstance(event, SourceFailed) and "not a readable RSS or Atom feed" in event.reason
    assert store.counts().articles == 0


def test_every_failing_source_gets_a_reason_and_leaves_the_store_as_it_was(web, store):
    run(store, str(SAMPLE / "wang-yi-calls.txt"))
    before = store.snapshot()
    urls = [web.url(path) for path in FAILURES] + ["file:///etc/passwd", "/no/such/file.txt"]
    events = run(store, *urls, timeout=10.0, max_bytes=1_000_000)
    outcomes = by_source(events)
    trickled = run(store, web.url("/trickle"), timeout=1.0)
    assert "after 1 s: the server was too slow" in by_source(trickled)[web.url("/trickle")].reason
    for path, reason in FAILURES.items():
        event = outcomes[web.url(path)]
        assert isinstance(event, SourceFailed) and reason in event.reason, (path, event)
    assert "only http and https" in outcomes["file:///etc/passwd"].reason
    assert outcomes["/no/such/file.txt"].reason == "no such file: /no/such/file.txt"
    summary = events[-1]
    assert len(summary.failed) == len(urls) and not summary.ok
    assert store.snapshot() == before


def test_rss_feed_entries_are_fetched_by_resolved_links_and_keep_the_publishers_day(web, store):
    events = run(store, web.url("/feed.rss"))
    added = [e for e in events if isinstance(e, SourceAdded)]
    assert [a.total for a in added] == [2]
    articles = {a.url: a for a in stored_articles(events)}
    kerry, kuwait = articles[web.url("/kerry.html")], articles[web.url("/kuwait.html")]
    assert kerry.published == "2021-06-17"  # 00:30 +02:00 on Thursday, not Wednesday in UTC
    assert kuwait.published == "2021-07-28" and not kuwait.published_assumed
    assert "Kerry" in kerry.text and "teaser" not in kerry.text
    assert events[-1].ok and store.counts().articles == 2


def test_a_title_given_for_a_feed_of_several_articles_is_refused(web, store):
    """Before, every entry of the feed was stored under the one title given (--title names one
    article; the command line refuses it with several sources or a folder up front)."""
    events = run(store, web.url("/feed.rss"), title="Talks")
    (failure,) = [e for e in events if isinstance(e, SourceFailed)]
    assert failure.source == web.url("/feed.rss")
    assert "names one article" in failure.reason and "holds 2" in failure.reason
    assert not stored_articles(events) and store.counts().articles == 0


def test_feed_imported_twice_adds_only_new_entries(web, store):
    run(store, web.url("/feed.rss"))
    fetched_before = len(web.requests)
    again = run(store, web.url("/feed.rss"))
    assert [type(e) for e in again if not isinstance(e, ImportStarted | SourceAdded | ImportSummary)] == [
        SourceSkipped,
        SourceSkipped,
    ]
    assert {e.reason for e in again if isinstance(e, SourceSkipped)} == {"already imported"}
    assert len(web.requests) == fetched_before + 1  # the feed itself, no entry page
    assert store.counts().articles == 2


def test_atom_feed_uses_updated_dates_and_full_text_entries_without_fetching(web, store):
    events = run(store, web.url("/feed.atom"))
    articles = {a.url: a for a in stored_articles(events)}
    assert articles[web.url("/asean.html")].published == "2021-08-04"  # updated, publisher's day
    full = articles[web.url("/never-fetched.html")]
    assert full.published == "2022-04-25" and "Kyiv" in full.text
    assert not any(r["path"] == "/never-fetched.html" for r in web.requests)


def test_url_list_file_as_a_source_and_as_from(web, store, tmp_path):
    listing = tmp_path / "reading.txt"
    listing.write_text(
        f"# my reading list\n\n{web.url('/kerry.html')}\n  {web.url('/asean.html')}  # later\nnot a url\n"
    )
    events = run(store, str(listing))
    outcomes = by_source(events)
    assert isinstance(outcomes[web.url("/kerry.html")], ArticleStored)
    assert isinstance(outcomes[web.url("/asean.html")], ArticleStored)
    assert "line 5 of" in outcomes[f"{listing}:5"].reason
    from_events = list(run_import(ImportRequest(url_lists=(str(listing),)), store, today=TODAY))
    assert len([e for e in from_events if isinstance(e, ArticleStored)]) == 2
    assert store.counts().articles == 2


def test_a_reading_list_and_a_metadata_file_saved_as_utf16_are_read(web, store, tmp_path):
    """Notepad's "Unicode" and Windows PowerShell's ``>`` save UTF-16. Such a file named as a source
    was read, but given to --from it failed whole ("a binary file cannot be imported as text"), and
    a sidecar ``.meta.json`` in it could not be read: only the source path turned UTF-16 into text."""
    listing = tmp_path / "reading.txt"
    listing.write_bytes(f"{web.url('/kerry.html')}\r\n{web.url('/asean.html')}\r\n".encode("utf-16"))
    events = list(run_import(ImportRequest(url_lists=(str(listing),)), store, today=TODAY))
    assert {e.source for e in events if isinstance(e, ArticleStored)} == {
        web.url("/kerry.html"),
        web.url("/asean.html"),
    }
    note = tmp_path / "talks.txt"
    note.write_text("Minister Ana Lopez met the envoy in Rome on Tuesday. 'We agreed,' Lopez said.\n")
    meta = {"title": "Lopez in Rome", "published": "2024-05-06"}
    note.with_name("talks.txt.meta.json").write_bytes(json.dumps(meta).encode("utf-16"))
    (article,) = stored_articles(run(store, str(note)))
    assert (article.title, article.published, article.published_assumed) == (
        "Lopez in Rome",
        "2024-05-06",
        False,
    )


def test_a_reading_list_kept_as_a_markdown_list_is_read_as_its_urls(web, store, tmp_path):
    """'- https://...' lines (a Markdown note), '<https://...>' (copied from an e-mail or a chat) or
    '[title](https://...)': as a source such a list was stored as one empty article titled by its
    first line, and given to --from every line failed ('is not an http(s) URL')."""
    listing = tmp_path / "reading.md"
    listing.write_text(
        f"## Monday\n\n- {web.url('/kerry.html')}\n* <{web.url('/asean.html')}>\n"
        f"1. [Kuwait]({web.url('/kuwait.html')})  # later\n"
    )
    expected = {web.url(page) for page in ("/kerry.html", "/asean.html", "/kuwait.html")}
    events = run(store, str(listing))
    assert {e.source for e in events if isinstance(e, ArticleStored)} == expected
    assert not [e for e in events if isinstance(e, SourceFailed)]
    again = list(run_import(ImportRequest(url_lists=(str(listing),)), store, today=TODAY))
    assert {e.source for e in again if isinstance(e, ArticleStored)} == expected
    assert store.counts().articles == 3


WEBLOC = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
\t<key>URL</key>
\t<string>{url}</string>
</dict>
</plist>
"""


def test_a_link_saved_as_a_file_imports_the_page_it_names(web, store, tmp_path):
    """A link dragged from a browser into a folder: Windows' .url was stored as an empty article
    titled '[InternetShortcut]', macOS's .webloc failed as 'not a readable RSS or Atom feed', and a
    folder of them had 'no articles, pages or feeds in it'. Now each is the page it names."""
    links = tmp_path / "links"
    links.mkdir()
    (links / "Kerry.url").write_bytes(f"[InternetShortcut]\r\nURL={web.url('/kerry.html')}\r\n".encode())
    (links / "ASEAN.webloc").write_text(WEBLOC.format(url=web.url("/asean.html?a=1&amp;b=2")))
    empty = tmp_path / "Nothing.url"
    empty.write_text("[InternetShortcut]\nIconIndex=0\n")
    outcomes = by_source(run(store, str(links), str(empty)))
    assert isinstance(outcomes[web.url("/kerry.html")], ArticleStored)
    assert isinstance(outcomes[web.url("/asean.html?a=1&b=2")], ArticleStored)
    assert outcomes[str(empty)].reason == f"{empty} is a saved link that names no web address"
    assert store.counts().articles == 2
    extracted = load_article(str(links / "Kerry.url"), today=TODAY)  # briefing extract follows it too
    assert (extracted.url, extracted.published) == (web.url("/kerry.html"), "2021-06-16")


def test_a_link_saved_as_a_binary_property_list_imports_the_page_it_names(web, store, tmp_path):
    """macOS writes a .webloc as an XML or a binary property list: the binary one was refused as 'a
    binary property list (such as a Safari web archive)'. One that names no address says so; a large
    one (a web archive) is still refused."""
    import plistlib

    saved = tmp_path / "Kerry.webloc"
    saved.write_bytes(plistlib.dumps({"URL": web.url("/kerry.html")}, fmt=plistlib.FMT_BINARY))
    bare = tmp_path / "Nothing.webloc"
    bare.write_bytes(plistlib.dumps({"Title": "talks"}, fmt=plistlib.FMT_BINARY))
    outcomes = by_source(run(store, str(saved), str(bare)))
    assert isinstance(outcomes[web.url("/kerry.html")], ArticleStored)
    assert outcomes[str(bare)].reason.startswith("a binary property list")
    assert store.counts().articles == 1


def test_a_url_given_twice_in_one_import_is_read_once(web, store, tmp_path):
    """A reading list that names an article twice (appended to twice, once with a tracking
    parameter), or two overlapping feeds: before, both were fetched and stored, the second
    reported 'replaced' although nothing had been stored before this import."""
    listing = tmp_path / "reading.txt"
    listing.write_text(f"{web.url('/kerry.html')}\n{web.url('/kerry.html?utm_source=mail')}\n")
    events = run(store, str(listing), web.url("/kerry.html#top"))
    stored = [e for e in events if isinstance(e, ArticleStored)]
    assert len(stored) == 1 and not stored[0].result.replaced
    skipped = [e for e in events if isinstance(e, SourceSkipped)]
    assert len(skipped) == 2
    assert all("twice in this import" in e.reason for e in skipped), skipped
    assert events[-1].ok and store.counts().articles == 1


def test_a_file_named_twice_in_one_import_is_read_once(store, tmp_path, monkeypatch):
    """A folder and a file in it, or one file spelled two ways: before, it was read and stored
    again, and reported 'replaced' although nothing had been stored before this import."""
    shutil.copy(SAMPLE / "wang-yi-calls.txt", tmp_path)
    monkeypatch.chdir(tmp_path)
    events = run(store, str(tmp_path), "wang-yi-calls.txt", "./wang-yi-calls.txt")
    stored = [e for e in events if isinstance(e, ArticleStored)]
    assert len(stored) == 1 and not stored[0].result.replaced
    skipped = [e for e in events if isinstance(e, SourceSkipped)]
    assert len(skipped) == 2 and stored[0].source not in {e.source for e in skipped}
    assert all("twice in this import" in e.reason for e in skipped), skipped
    assert events[-1].ok and store.counts().articles == 1


def test_an_entry_lost_to_a_feed_cut_short_says_so(store, tmp_path):
    """A feed whose download stopped mid-entry: before, the entry failed with 'has no link and no
    text' alone, as if the publisher had left them out; now the reason says the feed is broken."""
    feed = tmp_path / "cut.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        "<item><title>Talks</title><link>https://news.example/talks</link></item>"
        "<item><title>Summit</title><link>https://news.exa"
    )
    events = run(store, str(feed), fetch=lambda url, **_: (_ for _ in ()).throw(SourceError("offline")))
    (cut,) = [e for e in events if isinstance(e, SourceFailed) and "Summit" in e.source]
    assert "has no link and no text" in cut.reason
    assert "not well-formed" in cut.reason and "cut short" in cut.reason, cut.reason


def test_an_entry_with_no_link_is_read_from_its_own_short_text(store, tmp_path):
    """A news brief carried whole by the feed, with no page to fetch: before, it failed with 'has
    no link and no text', its text being under the length of a full article."""
    feed = tmp_path / "briefs.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        "<item><title>Talks</title><pubDate>Tue, 24 Oct 2023 09:00:00 +0000</pubDate><description>"
        "Foreign Minister Wang Yi met Secretary of State Antony Blinken in Washington on Thursday. "
        "&quot;We must talk,&quot; Wang said.</description></item>"
        "<item><title>Empty</title></item></channel></rss>"
    )
    events = run(store, str(feed))
    (stored,) = stored_articles(events)
    assert stored.title == "Talks" and stored.published == "2023-10-24"
    assert stored.text.startswith("Foreign Minister Wang Yi met")
    (empty,) = [e for e in events if isinstance(e, SourceFailed)]
    assert "Empty" in empty.source and "has no link and no text" in empty.reason


def test_expansion_stops_after_two_levels(web, store, tmp_path):
    nested = tmp_path / "lists"
    nested.mkdir()
    (nested / "feeds.urls").write_text(web.url("/feed.atom") + "\n")
    events = run(store, str(nested))  # folder -> URL list -> feed: the feed is not opened
    assert "only two levels are followed" in by_source(events)[web.url("/feed.atom")].reason
    assert store.counts().articles == 0


def test_folder_imports_its_articles_pages_and_feeds(store, tmp_path):
    shutil.copy(SAMPLE / "wang-yi-calls.txt", tmp_path)
    shutil.copy(SAMPLE / "wang-yi-calls.txt.meta.json", tmp_path)
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "web" / "kerry.html", tmp_path / "page.html")
    (tmp_path / "README.md").write_text("# not an article\n")
    events = run(store, str(tmp_path))
    assert [e.total for e in events if isinstance(e, SourceAdded)] == [2]
    assert len(stored_articles(events)) == 2 and events[-1].ok


def test_sample_folder_imports_offline(store):
    events = run(store, str(SAMPLE))
    assert events[-1].ok
    articles = stored_articles(events)
    assert len(articles) == 4  # the reference article and the feed's three press releases
    assert {a.source for a in articles} == {"TIME", "U.S. Department of State"}


def test_pasted_text_is_one_article_dated_today_as_assumed(store):
    text = (
        "Foreign ministers met in Geneva on Monday.\n\nThey agreed to talk again next month, officials said."
    )
    events = list(run_import(ImportRequest(pasted_text=text), store, today=TODAY))
    (article,) = stored_articles(events)
    assert article.id == article_id_for_text(text)
    assert (article.published, article.published_assumed, article.url) == ("2024-01-02", True, None)
    assert article.title == "Foreign ministers met in Geneva on Monday."[:-1] + "." or article.title


def test_stdin_is_a_source(store):
    events = run(
        store, "-", stdin=io.BytesIO(b"The envoy arrived in Cairo on Tuesday for talks on the ceasefire.")
    )
    (article,) = stored_articles(events)
    assert "Cairo" in article.text and by_source(events)["-"].source == "-"


def test_publication_date_precedence(store, tmp_path):
    verbatim = tmp_path / "saved.txt"
    shutil.copy(SAMPLE / "wang-yi-calls.txt", verbatim)  # without its sidecar: only the dateline
    front = tmp_path / "front.md"
    front.write_text(
        "---\ntitle: Front matter title\npublished: 2023-10-24\nsource: Example\n---\n\n# Heading\n\nBody.\n"
    )
    plain = tmp_path / "plain.txt"
    plain.write_text("No date anywhere in this text.\n")
    guessed = stored_articles(run(store, str(verbatim)))[0]
    assert (guessed.published, guessed.published_assumed) == ("2024-06-22", True)
    assert guessed.text.startswith("Sat. Jun 22nd")  # kept: the body is the text as given
    from_meta = stored_articles(run(store, str(SAMPLE / "wang-yi-calls.txt")))[0]
    assert (from_meta.published, from_meta.published_assumed, from_meta.source) == (
        "2023-10-24",
        False,
        "TIME",
    )
    fronted = stored_articles(run(store, str(front)))[0]
    assert (fronted.published, fronted.published_assumed, fronted.title) == (
        "2023-10-24",
        False,
        "Front matter title",
    )
    today = stored_articles(run(store, str(plain)))[0]
    assert (today.published, today.published_assumed) == ("2024-01-02", True)
    forced = stored_articles(run(store, str(front), published="2020-05-06", title="Given"))[0]
    assert (forced.published, forced.published_assumed, forced.title) == ("2020-05-06", False, "Given")


def _saved_page(path: Path, before: str = "") -> Path:
    paragraphs = (webserver.WEB / "kyiv.txt").read_text().split("\n\n")
    path.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kyiv visit</title></head>'
        f"<body><article>{before}{''.join(f'<p>{p}</p>' for p in paragraphs)}</article></body></html>"
    )
    return path


def test_a_page_that_states_no_date_is_dated_only_by_a_guess(store, tmp_path):
    """Its text names "the Ukraine Supplemental Appropriations Act, 2022": a search of the whole page
    reads that as 2022-01-01, which must not pass for the publication date ('yesterday', 'April 24'
    would be read against it) but stay a guess to correct, like a dateline atop a text file."""
    undated = stored_articles(run(store, str(_saved_page(tmp_path / "undated.html"))))[0]
    assert undated.published_assumed
    dated = _saved_page(tmp_path / "dated.html", '<p class="date">April 25, 2022</p>')
    with open_store(tmp_path / "other.json") as other:  # a date the page shows as its date is stated
        shown = stored_articles(run(other, str(dated)))[0]
    assert (shown.published, shown.published_assumed) == ("2022-04-25", False)


def test_malformed_published_is_an_error_before_anything_happens(store):
    with pytest.raises(ValueError, match="must look like 2023-10-24"):
        run(store, str(SAMPLE / "wang-yi-calls.txt"), published="24/10/2023")
    assert store.counts().articles == 0


def test_escape_sequences_never_reach_the_store(store, tmp_path):
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        "---\ntitle: Breaking\x1b]52;c;ZXZpbA==\x07 news\x1b[2J\n---\n"
        "The minister\u202e said\x1b[31m nothing \x9b6n unusual at the summit in Oslo on Friday.\n"
    )
    (article,) = stored_articles(run(store, str(hostile)))
    kept = store.article(article.id)
    for value in (kept.title, kept.text):
        assert "\x1b" not in value and "\x9b" not in value and "\u202e" not in value and "\x07" not in value
    assert kept.title == "Breaking news"


class CountingFetch:
    """A fake fetch that records how many calls run at once and in which threads."""

    def __init__(self, pages: dict[str, bytes], hold: threading.Barrier | None = None) -> None:
        self.pages = pages
        self.hold = hold
        self.lock = threading.Lock()
        self.active = 0
        self.peak = 0

    def __call__(self, url: str, *, max_bytes: int, timeout: float) -> Fetched:
        with self.lock:
            self.active += 1
            self.peak = max(self.peak, self.active)
        try:
            if self.hold is not None:
                self.hold.wait(timeout=5)
            return Fetched(url=url, body=self.pages[url], content_type="text/plain; charset=utf-8")
        finally:
            with self.lock:
                self.active -= 1


def _pages(count: int) -> dict[str, bytes]:
    return {
        f"https://news.example/{n}": f"Story {n}: the envoy met the minister in Rome on Monday.".encode()
        for n in range(count)
    }


class ThreadRecordingStore:
    def __init__(self, inner) -> None:
        self.inner = inner
        self.write_threads: set[int] = set()

    def put_extraction(self, extraction, **options):
        self.write_threads.add(threading.get_ident())
        return self.inner.put_extraction(extraction, **options)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_fetches_run_concurrently_up_to_the_bound_and_writes_stay_in_the_callers_thread(store):
    pages = _pages(6)
    fetch = CountingFetch(pages, hold=threading.Barrier(3))
    recording = ThreadRecordingStore(store)
    events = run(recording, *pages, concurrency=3, fetch=fetch)
    assert fetch.peak == 3  # three at once (the barrier needs all three), never more
    assert len(stored_articles(events)) == 6
    assert recording.write_threads == {threading.get_ident()}


def test_cancelling_stops_the_import_and_says_so(store):
    pages = _pages(8)
    seen: list = []
    events = []
    for event in run_import(
        ImportRequest(sources=tuple(pages), concurrency=1),
        store,
        fetch=CountingFetch(pages),
        today=TODAY,
        cancelled=lambda: any(isinstance(e, ArticleStored) for e in seen),
    ):
        seen.append(event)
        events.append(event)
    summary = events[-1]
    assert summary.cancelled and not summary.ok
    assert 1 <= len(summary.stored) < 8 and store.counts().articles == len(summary.stored)


def test_an_extraction_error_costs_one_article_only(store, monkeypatch, tmp_path):
    import briefing_tui.extract as extract_module

    real = extract_module.extract

    def flaky(article):
        if "BOOM" in article.text:
            raise RuntimeError("stage exploded")
        return real(article)

    monkeypatch.setattr(extract_module, "extract", flaky)
    good, bad = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("The minister visited Paris on Monday.\n")
    bad.write_text("BOOM the minister visited Paris on Monday.\n")
    outcomes = by_source(run(store, str(good), str(bad)))
    assert isinstance(outcomes[str(good)], ArticleStored)
    assert outcomes[str(bad)].reason == "extraction failed (RuntimeError: stage exploded)"
    assert store.counts().articles == 1


def test_cancelling_during_an_extraction_stops_at_once_and_stores_nothing(store, monkeypatch, tmp_path):
    """The first extraction of a process takes seconds; a cancel (or quitting the app) must not wait for it."""
    import briefing_tui.extract as extract_module

    real = extract_module.extract
    started, finished = threading.Event(), threading.Event()

    def slow(article):
        started.set()
        time.sleep(1.5)
        try:
            return real(article)
        finally:
            finished.set()

    monkeypatch.setattr(extract_module, "extract", slow)
    note = tmp_path / "note.txt"
    note.write_text("The minister visited Paris on Monday.\n")
    begun = time.monotonic()
    events = run(store, str(note), cancelled=started.is_set)
    assert time.monotonic() - begun < 1.0
    summary = events[-1]
    assert summary.cancelled and not summary.stored and not summary.failed
    assert finished.wait(5)  # the abandoned extraction ends on its own ...
    time.sleep(0.1)
    assert store.counts().articles == 0  # ... and writes nothing


def test_without_cancelling_extraction_runs_in_the_importing_thread(store, monkeypatch, tmp_path):
    import briefing_tui.extract as extract_module

    real = extract_module.extract
    threads: list[int] = []
    monkeypatch.setattr(extract_module, "extract", lambda a: threads.append(threading.get_ident()) or real(a))
    note = tmp_path / "note.txt"
    note.write_text("The minister visited Paris on Monday.\n")
    assert stored_articles(run(store, str(note)))
    assert threads == [threading.get_ident()]


def test_slow_page_extraction_is_abandoned_and_the_next_page_still_works(store, tmp_path):
    huge = tmp_path / "huge.html"
    cells = "".join(f"<div><p>paragraph {n} with words</p><span>{n}</span></div>" for n in range(60_000))
    huge.write_text(f"<!DOCTYPE html><html><body><article>{cells}</article></body></html>")
    outcomes = by_source(run(store, str(huge), extract_timeout=0.05))
    assert "took longer than 0.05 s and was abandoned" in outcomes[str(huge)].reason
    page = SAMPLE / "saved-page" / "wang-yi-calls.html"
    assert isinstance(by_source(run(store, str(page)))[str(page)], ArticleStored)


def test_progress_counts_follow_the_events(web, store):
    progress = ImportProgress()
    for event in run(store, web.url("/feed.rss"), web.url("/missing.html"), timeout=2.0):
        progress.update(event)
    assert (progress.total, progress.done, progress.failed, progress.remaining) == (3, 2, 1, 0)


def test_saved_page_and_text_file_of_the_reference_article_extract_the_same():
    from briefing_tui.extract import extract

    def essence(article):
        e = extract(article)
        return (
            sorted(repr((a.name, a.kind, a.role, a.affiliation)) for a in e.actors),
            sorted(repr((s.speaker, s.text, s.kind, s.date)) for s in e.statements),
            sorted(
                repr((m.kind, m.status, m.location, m.start, m.end, len(m.participant_ids)))
                for m in e.meetings
            ),
            sorted(repr((t.text, t.value)) for t in e.timexes),
        )

    page = load_article(str(SAMPLE / "saved-page" / "wang-yi-calls.html"))
    text = load_article(str(SAMPLE / "wang-yi-calls.txt"))
    assert (page.title, page.published, page.source) == (text.title, text.published, text.source)
    assert essence(page) == essence(text)


def test_load_article_reads_one_source_without_a_store(web):
    article = load_article(web.url("/kerry.html"), published="2021-06-20")
    assert article.published == "2021-06-20" and "Kerry" in article.text
    piped = load_article("-", stdin=io.BytesIO(b"Sat. Jun 22nd, 2024\n\nThe envoy spoke."), today=TODAY)
    assert (piped.published, piped.published_assumed, piped.text) == (
        "2024-06-22",
        True,
        "Sat. Jun 22nd, 2024\n\nThe envoy spoke.",
    )
    with pytest.raises(SourceError, match="holds 2 articles"):
        load_article(web.url("/feed.rss"))
    with pytest.raises(SourceError, match="no such file"):
        load_article("missing.txt")
    with pytest.raises(SourceError, match="404"):
        load_article(web.url("/missing.html"))
    with pytest.raises(ValueError):
        load_article("missing.txt", published="yesterday")


def test_importing_the_importer_loads_no_heavy_module():
    heavy = ("httpx", "trafilatura", "feedparser", "lxml", "textual", "rich", "briefing_tui.sources.jobs")
    code = f"import sys, briefing_tui.importer; print(sorted(m for m in {heavy!r} if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd()
    )
    assert out.stdout.strip() == "[]"


def test_a_source_that_hangs_is_given_up_by_the_watchdog(store, monkeypatch):
    import briefing_tui.importer as importer_module

    monkeypatch.setattr(importer_module, "_WATCHDOG_GRACE", 0.2)
    release = threading.Event()

    def hanging_fetch(url: str, *, max_bytes: int, timeout: float) -> Fetched:
        release.wait(10)  # a fetch that ignores its own deadline
        raise SourceError("released")

    try:
        events = run(store, "https://stuck.example/", fetch=hanging_fetch, timeout=0.1, extract_timeout=0.1)
    finally:
        release.set()
    assert (
        by_source(events)["https://stuck.example/"].reason
        == "gave up on https://stuck.example/: no result within 0.4 s"
    )
    assert store.counts().articles == 0


def test_warm_up_leaves_a_ready_page_reader():
    from briefing_tui.importer import warm_up
    from briefing_tui.sources.html import pool

    warm_up()
    assert any(worker.ready and worker.alive() for worker in pool()._idle)


def test_a_page_reader_that_cannot_start_says_why(monkeypatch):
    from briefing_tui.sources import html

    monkeypatch.setattr(html, "_WORKER_MODULE", "briefing_tui.sources.no_such_worker")
    pool = html.ExtractorPool(size=1)
    try:
        with pytest.raises(SourceError, match="the web page reader did not start: .*No module named"):
            pool.extract(b"<html></html>", None, time_limit=5)
    finally:
        pool.shutdown()


def test_page_readers_stop_at_once_so_the_command_ends_with_its_report():
    """Every URL or page import ends by stopping the readers: the prompt must not wait seconds for it."""
    import time

    from briefing_tui.sources import html

    pool = html.ExtractorPool(size=2)
    pool.warm_up()
    workers = list(pool._idle)
    assert len(workers) == 2 and all(worker.alive() for worker in workers)
    started = time.monotonic()
    pool.shutdown()
    assert time.monotonic() - started < 0.6  # one reader took ~0.7 s to leave on its own, one after another
    assert not any(worker.alive() for worker in workers)


def test_reimport_with_only_a_guessed_date_keeps_the_known_date(store, tmp_path):
    """The same text again without its metadata: the article is replaced, its known date is not."""
    bare = tmp_path / "copy.txt"
    shutil.copy(SAMPLE / "wang-yi-calls.txt", bare)  # no sidecar: only the page-save dateline
    known = stored_articles(run(store, str(SAMPLE / "wang-yi-calls.txt")))[0]
    again = stored_articles(run(store, str(bare)))[0]
    assert again.id == known.id
    assert (again.published, again.published_assumed) == ("2023-10-24", False)
    assert (store.article(known.id).published, store.counts().articles) == ("2023-10-24", 1)


def test_reimport_as_pasted_text_keeps_the_known_title_and_source(store):
    """The text of a file imported with its metadata, pasted again: one article, its title and source kept."""
    known = stored_articles(run(store, str(SAMPLE / "wang-yi-calls.txt")))[0]
    pasted = (SAMPLE / "wang-yi-calls.txt").read_text("utf-8")
    events = list(run_import(ImportRequest(pasted_text=pasted), store, today=TODAY))
    (again,) = stored_articles(events)
    assert again.id == known.id and store.counts().articles == 1
    assert (
        (again.title, again.source)
        == (known.title, known.source)
        == (
            "China's Wang Yi Calls Israeli and Palestinian Counterparts",
            "TIME",
        )
    )
    titled = list(
        run_import(ImportRequest(pasted_text=pasted, title="A title of my own"), store, today=TODAY)
    )
    assert stored_articles(titled)[0].title == "A title of my own"  # one the person gives wins


def test_a_title_and_date_set_by_hand_survive_a_reimport_of_the_article(store, tmp_path):
    """Before, importing the file again put back the title and date its metadata states."""
    note = tmp_path / "talks.txt"
    note.write_text("Talks in Rome\n\nForeign Minister Ann Lee met the Italian envoy in Rome on Monday.\n")
    note.with_name("talks.txt.meta.json").write_text(json.dumps({"title": "Rome", "published": "2024-05-06"}))
    (mine,) = stored_articles(run(store, str(note), title="Lee in Rome", published="2024-05-07"))
    (again,) = stored_articles(run(store, str(note)))
    assert again.id == mine.id
    assert (again.title, again.published, again.published_assumed) == ("Lee in Rome", "2024-05-07", False)
    assert store.article(mine.id).user_set == ("title", "published")
    # Set by hand again: the new word is the person's.
    (retitled,) = stored_articles(run(store, str(note), title="Ann Lee's talks"))
    assert (retitled.title, retitled.published) == ("Ann Lee's talks", "2024-05-07")


def test_the_saved_page_of_a_stored_text_is_not_stored_twice(store):
    """The text file and the saved page of one article read differently, so their ids differ: one copy is kept."""
    (known,) = stored_articles(run(store, str(SAMPLE / "wang-yi-calls.txt")))
    page = str(SAMPLE / "saved-page" / "wang-yi-calls.html")
    events = run(store, page)
    skipped = by_source(events)[page]
    assert isinstance(skipped, SourceSkipped)
    assert skipped.reason == (
        f"the same text is already in the store as \u201c{known.title}\u201d ({known.id})"
    )
    assert store.counts().articles == 1 and events[-1].ok


def test_two_notices_from_one_template_are_two_articles(store, tmp_path):
    """Readouts written from one template share most of their words; before, the second was skipped
    as 'the same text' (or replaced the first when a line was added) and its people were lost."""
    frame = (
        "New clinic opens\n\nHealth Minister {a} opened a new clinic in {town} on {day}, the ministry said. "
        "The clinic has twenty beds and a maternity ward, and it will serve the villages around the town. "
        '"Care must be close to home, and this is where it starts," the minister said at the opening. The '
        "minister also met local nurses and the district council before returning to the capital. Two more "
        "clinics of the same design are to open in the region before the rainy season, the ministry added."
    )
    first, second = tmp_path / "one.txt", tmp_path / "two.txt"
    first.write_text(frame.format(a="Joy Banda", town="Mzuzu", day="Monday"))
    second.write_text(frame.format(a="Peter Mwale", town="Zomba", day="Friday"))
    events = by_source(run(store, str(first), str(second)))
    assert all(isinstance(event, ArticleStored) for event in events.values())
    assert store.counts().articles == 2
    assert {actor.name for actor in store.actors() if actor.kind == "person"} >= {"Joy Banda", "Peter Mwale"}


def test_the_saved_page_of_a_text_stored_with_a_guessed_title_gives_it_the_pages_title(store, tmp_path):
    """A bare text file is titled by its first line and dated by guess; its saved page states the
    title, date and outlet. Before, the page was skipped as the same text and the guess stayed."""
    bare = tmp_path / "bare.txt"
    shutil.copy(SAMPLE / "wang-yi-calls.txt", bare)  # no sidecar: a first-line title, an assumed date
    (guessed,) = stored_articles(run(store, str(bare)))
    assert guessed.title.startswith("Chinese Foreign Minister Wang Yi") and guessed.published_assumed
    page = str(SAMPLE / "saved-page" / "wang-yi-calls.html")
    read = by_source(run(store, page))[page]
    assert isinstance(read, ArticleStored) and read.result.replaced
    assert read.article.id == guessed.id and store.counts().articles == 1
    known = store.article(guessed.id)
    assert (known.title, known.title_guessed, known.source) == (
        "China's Wang Yi Calls Israeli and Palestinian Counterparts",
        False,
        "TIME",
    )
    assert (known.published, known.published_assumed) == ("2023-10-24", False)
    assert known.text == store.article_text(guessed.id) == guessed.text  # the stored text, offsets and all
    again = by_source(run(store, page))[page]  # nothing more to learn from it
    assert isinstance(again, SourceSkipped) and again.reason.startswith("the same text is already")


def test_a_stated_title_replaces_a_guessed_one_but_not_one_set_by_hand(store, tmp_path):
    note = tmp_path / "talks.txt"
    note.write_text("Talks in Rome\n\nForeign Minister Ann Lee met the Italian envoy in Rome on Monday.\n")
    (guessed,) = stored_articles(run(store, str(note)))
    assert (guessed.title, guessed.title_guessed) == ("Talks in Rome", True)
    note.with_name("talks.txt.meta.json").write_text(json.dumps({"title": "Lee meets envoy"}))
    (stated,) = stored_articles(run(store, str(note)))
    assert (stated.title, stated.title_guessed) == ("Lee meets envoy", False)
    note.with_name("talks.txt.meta.json").unlink()
    assert stored_articles(run(store, str(note)))[0].title == "Lee meets envoy"  # the first line again
    stored_articles(run(store, str(note), title="My title"))
    note.with_name("talks.txt.meta.json").write_text(json.dumps({"title": "Another stated title"}))
    assert stored_articles(run(store, str(note)))[0].title == "My title"


def test_a_feed_entrys_title_beats_the_first_line_of_its_text_page(store, tmp_path):
    """An entry whose link serves plain text: before, the text's first line was its title."""
    pages = _pages(1)
    feed = tmp_path / "desk.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
        "<item><title>Envoy in Rome</title><link>https://news.example/0</link></item></channel></rss>"
    )
    (article,) = stored_articles(run(store, str(feed), fetch=CountingFetch(pages)))
    assert article.title == "Envoy in Rome" and not article.title_guessed


UPDATE = (
    "\n\nIn a later call on Wednesday, Wang Yi told the Egyptian foreign minister that China would send "
    "a special envoy to Cairo next week to press for a humanitarian corridor into Gaza."
)


def _versions(tmp_path, first_published: str, second_published: str) -> tuple[str, str]:
    """The sample article as first filed, and an updated version with one more paragraph (other files)."""
    text = (SAMPLE / "wang-yi-calls.txt").read_text("utf-8")
    first, second = tmp_path / "first.txt", tmp_path / "update.txt"
    first.write_text(text, "utf-8")
    second.write_text(text + UPDATE, "utf-8")
    for path, published in ((first, first_published), (second, second_published)):
        meta = {"title": "Wang Yi calls", "published": published, "source": "TIME"}
        path.with_name(path.name + ".meta.json").write_text(json.dumps(meta), "utf-8")
    return str(first), str(second)


def test_an_updated_version_of_a_stored_article_replaces_it(store, tmp_path):
    """Most of its text is the stored article's, so it is no new article; but it says more: it is kept."""
    first, update = _versions(tmp_path, "2023-10-24", "2023-10-25")
    (earlier,) = stored_articles(run(store, first))
    events = run(store, update)
    stored = by_source(events)[update]
    assert isinstance(stored, ArticleStored) and stored.result.replaced
    assert stored.note == f"an updated version: replaces \u201cWang Yi calls\u201d ({earlier.id})"
    assert [a.id for a in store.articles()] == [stored.article.id] != [earlier.id]
    assert store.article_text(stored.article.id).endswith(UPDATE.strip())
    assert store.article(stored.article.id).published == "2023-10-25"
    assert any("special envoy" in s.text for s in store.statements()) or any(
        "Cairo" in (m.location or "") for m in store.meetings()
    )
    again = by_source(run(store, first))[first]  # the first text again, now older than the stored one
    assert isinstance(again, SourceSkipped)
    assert [a.id for a in store.articles()] == [stored.article.id]


@pytest.mark.parametrize(
    ("first_meta", "second_meta"),
    [
        ({"source": "TIME"}, {"source": "Reuters"}),
        ({"url": "https://time.example/wang-yi"}, {"url": "https://www.wire.example/world/wang-yi"}),
        ({"source": "TIME", "url": "https://time.example/a"}, {"url": "https://paper.example/b"}),
    ],
    ids=["outlet-names", "sites", "name-and-site"],
)
def test_a_reprint_by_another_outlet_with_more_text_is_kept_beside_the_first(
    store, tmp_path, first_meta, second_meta
):
    """A wire story another outlet ran with one more paragraph: the first outlet's copy stays."""
    text = (SAMPLE / "wang-yi-calls.txt").read_text("utf-8")
    first, second = tmp_path / "first.txt", tmp_path / "reprint.txt"
    first.write_text(text, "utf-8")
    second.write_text(text + UPDATE, "utf-8")
    for path, meta in ((first, first_meta), (second, second_meta)):
        meta = {"title": "Wang Yi calls", "published": "2023-10-24", **meta}
        path.with_name(path.name + ".meta.json").write_text(json.dumps(meta), "utf-8")
    (earlier,) = stored_articles(run(store, str(first)))
    reprint = by_source(run(store, str(second)))[str(second)]
    assert isinstance(reprint, ArticleStored) and not reprint.result.replaced
    outlet = first_meta.get("source") or "time.example"
    assert reprint.note == (
        f"the same story as \u201cWang Yi calls\u201d ({earlier.id}) from {outlet}, with more text: kept beside it"
    )
    assert {a.id for a in store.articles()} == {earlier.id, reprint.article.id}
    kept = store.article(earlier.id)
    assert (kept.source, kept.url) == (first_meta.get("source"), first_meta.get("url"))
    assert store.article_text(earlier.id) == text
    again = by_source(run(store, str(first)))[str(first)]  # the first outlet's text again: nothing new
    assert store.counts().articles == 2 and not isinstance(again, SourceFailed)


def test_an_update_replaces_its_own_outlets_copy_not_another_outlets_reprint(store, tmp_path):
    """With TIME's copy and a Reuters reprint both stored, TIME's updated version replaces TIME's."""
    text = (SAMPLE / "wang-yi-calls.txt").read_text("utf-8")
    later = (
        "\n\nOn Thursday the ministry said the envoy had reached Cairo and met the Egyptian foreign minister."
    )
    files = {}
    for name, body, source in [
        ("time.txt", text, "TIME"),
        ("reuters.txt", text + UPDATE, "Reuters"),
        ("time-update.txt", text + later, "TIME"),
    ]:
        path = tmp_path / name
        path.write_text(body, "utf-8")
        meta = {"title": f"Wang Yi calls ({source})", "published": "2023-10-24", "source": source}
        path.with_name(name + ".meta.json").write_text(json.dumps(meta), "utf-8")
        files[name] = str(path)
    (time_copy,) = stored_articles(run(store, files["time.txt"]))
    (reprint,) = stored_articles(run(store, files["reuters.txt"]))
    for _ in range(2):  # whichever the store meets first
        update = by_source(run(store, files["time-update.txt"]))[files["time-update.txt"]]
        assert isinstance(update, ArticleStored)
        assert update.note in (
            f"an updated version: replaces \u201cWang Yi calls (TIME)\u201d ({time_copy.id})",
            None,  # the second time: the same file again, replaced in place
        )
        assert {a.source for a in store.articles()} == {"TIME", "Reuters"}
        assert store.counts().articles == 2 and store.article(reprint.id) is not None


def test_an_update_from_the_same_site_replaces_the_stored_copy(store, tmp_path):
    """The same outlet's page at another address (an update, a new URL): it takes the stored one's place."""
    text = (SAMPLE / "wang-yi-calls.txt").read_text("utf-8")
    first, second = tmp_path / "first.txt", tmp_path / "update.txt"
    first.write_text(text, "utf-8")
    second.write_text(text + UPDATE, "utf-8")
    for path, url in ((first, "https://time.example/a"), (second, "https://www.time.example/a-updated")):
        meta = {"title": "Wang Yi calls", "published": "2023-10-24", "url": url}
        path.with_name(path.name + ".meta.json").write_text(json.dumps(meta), "utf-8")
    (earlier,) = stored_articles(run(store, str(first)))
    update = by_source(run(store, str(second)))[str(second)]
    assert isinstance(update, ArticleStored) and update.result.replaced
    assert update.note.startswith("an updated version: replaces")
    assert [a.id for a in store.articles()] == [update.article.id] != [earlier.id]


def test_an_earlier_version_imported_after_a_later_one_is_skipped_saying_so(store, tmp_path):
    first, update = _versions(tmp_path, "2023-10-24", "2023-10-25")
    (later,) = stored_articles(run(store, update))
    # The first version has no sentence the update lacks: nothing to add to what is stored.
    assert by_source(run(store, first))[first].reason == (
        f"a fuller version of this article is already in the store as \u201cWang Yi calls\u201d ({later.id})"
    )
    trimmed = tmp_path / "trimmed.txt"  # an older version with a sentence the later one dropped
    trimmed.write_text(
        (SAMPLE / "wang-yi-calls.txt").read_text("utf-8")
        + "\n\nThe ministry said on Monday that the minister would not travel to the region this month.",
        "utf-8",
    )
    trimmed.with_name("trimmed.txt.meta.json").write_text(json.dumps({"published": "2023-10-23"}), "utf-8")
    skipped = by_source(run(store, str(trimmed)))[str(trimmed)]
    assert isinstance(skipped, SourceSkipped)
    assert skipped.reason == (
        f"a later version of this article is already in the store as \u201cWang Yi calls\u201d "
        f"({later.id}), published 2023-10-25"
    )
    assert [a.id for a in store.articles()] == [later.id]


def test_a_pasted_update_of_an_article_imported_from_its_url_keeps_the_url(web, store):
    url = web.url("/article.html")
    (from_url,) = stored_articles(run(store, url))
    page_text = store.article_text(from_url.id)
    events = list(run_import(ImportRequest(pasted_text=page_text + UPDATE), store, today=TODAY))
    (updated,) = stored_articles(events)
    assert (updated.id, updated.url) == (from_url.id, url)
    assert updated.title == from_url.title  # the paste's first line is only a guess
    assert store.article_text(from_url.id).endswith(UPDATE.strip())
    assert [a.id for a in store.articles()] == [from_url.id]


def test_an_article_pasted_then_imported_from_its_url_is_kept_once_with_its_url(web, store, isolated_store):
    url = web.url("/article.html")
    with open_store(isolated_store.with_name("scratch.json")) as scratch:  # the text as the page gives it
        (read,) = stored_articles(run(scratch, url))
        page_text = scratch.article_text(read.id)
    pasted_events = list(
        run_import(ImportRequest(pasted_text="Pasted from the browser\n\n" + page_text), store, today=TODAY)
    )
    (pasted,) = stored_articles(pasted_events)
    (from_url,) = stored_articles(run(store, url))
    assert from_url.url == url and from_url.id != pasted.id
    assert [a.id for a in store.articles()] == [from_url.id]
    assert store.counts().articles == 1


def test_a_full_disk_stops_the_import_at_the_first_article_it_cannot_write(store, monkeypatch, tmp_path):
    """Every later article would fail the same way, each after its reading and extraction: they are not tried."""
    import errno

    import briefing_tui.extract as extract_module

    real = extract_module.extract
    extracted: list[str] = []
    monkeypatch.setattr(extract_module, "extract", lambda a: extracted.append(a.id) or real(a))

    def full(extraction, **options):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "store.d" / ".art-1.json.tmp"))

    monkeypatch.setattr(store, "put_extraction", full)
    notes = []
    for n in range(5):
        note = tmp_path / f"note{n}.txt"
        note.write_text(f"Minister {n} said the talks in Geneva went well on Monday.\n")
        notes.append(str(note))
    events = run(store, *notes, concurrency=1)
    summary = events[-1]
    assert len(extracted) == 1 and not summary.stored
    assert len(summary.failed) == 5
    first, *rest = summary.failed
    assert first.reason == f"could not write to the store in {tmp_path / 'store.d'}: No space left on device"
    assert all(f.reason == f"not imported: {first.reason}" for f in rest)


def _as_written_before_title_guessed(db: Path) -> None:
    """Every article file of the store at ``db`` as briefing wrote it before round 38: no title_guessed."""
    from briefing_tui.store.layout import StoreLayout

    layout = StoreLayout(db)
    for shard in layout.articles_dir.glob("*.json"):
        data = json.loads(shard.read_text("utf-8"))
        for doc in data["articles"].values():
            del doc["title_guessed"]
        shard.write_text(json.dumps(data), "utf-8")
    layout.summary_path.unlink(missing_ok=True)


def test_a_first_line_title_stored_before_title_guessed_was_kept_gives_way_to_a_stated_one(
    isolated_store, tmp_path
):
    """A store written before round 38 has no title_guessed: a title that is the text's first line
    (after a dateline) or first heading is read as the guess it was; a stated or hand-set one is not."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "rome.txt").write_text(
        "May 6, 2024\n\nTalks in Rome\n\nForeign Minister Ann Lee met the Italian envoy in Rome on Monday.\n"
    )
    (folder / "oslo.md").write_text("# Envoy in Oslo\n\nForeign Minister Ann Lee met the envoy in Oslo.\n")
    (folder / "paris.txt").write_text("Talks in Paris\n\nAnn Lee met the French envoy in Paris.\n")
    (folder / "paris.txt.meta.json").write_text(json.dumps({"title": "Lee in Paris"}))
    (folder / "lima.txt").write_text("Talks in Lima\n\nAnn Lee met the Peruvian envoy in Lima.\n")
    with open_store(isolated_store) as store:
        run(store, str(folder))
        run(store, str(folder / "lima.txt"), title="Mine")
    _as_written_before_title_guessed(isolated_store)
    for _ in range(2):  # read from the article files, then from the summary written from them
        with open_store(isolated_store) as store:
            guessed = {a.title: a.title_guessed for a in store.articles()}
        assert guessed == {"Talks in Rome": True, "Envoy in Oslo": True, "Lee in Paris": False, "Mine": False}
    for name in ("rome.txt", "oslo.md", "lima.txt"):
        (folder / f"{name}.meta.json").write_text(json.dumps({"title": f"Stated for {name}"}))
    (folder / "paris.txt.meta.json").unlink()
    with open_store(isolated_store) as store:
        titles = {a.title for a in stored_articles(run(store, str(folder)))}
    assert titles == {"Stated for rome.txt", "Stated for oslo.md", "Lee in Paris", "Mine"}


def test_a_version_0_store_infers_title_guessed_when_migrated(isolated_store):
    from briefing_tui.core.models import Article

    def record(article_id: str, title: str, text: str) -> dict:
        doc = Article(id=article_id, title=title, published="2024-05-06", text=text).to_dict()
        del doc["title_guessed"]
        return doc

    old = {
        "articles": {
            "1": record("art-1", "Talks in Rome", "Talks in Rome\n\nAnn Lee met the envoy in Rome."),
            "2": record("art-2", "Lee in Rome", "Talks in Rome\n\nAnn Lee met the envoy in Rome again."),
        }
    }
    isolated_store.write_text(json.dumps(old))
    with open_store(isolated_store) as store:
        assert {a.id: a.title_guessed for a in store.articles()} == {"art-1": True, "art-2": False}


ROUNDUP = Path(__file__).resolve().parents[1] / "fixtures" / "web" / "roundup.html"
ROUNDUP_PAGE = "https://gazette.example/diplomacy/daily-roundup"  # the address it gives for itself
ROUNDUP_PARTS = ("lisbon-water-talks", "baltic-ferry-dispute", "andes-trade-visit")


def test_a_page_of_several_articles_is_stored_as_each_of_them(store):
    """A roundup of three stories: three articles, each with its title, date, author and address."""
    events = run(store, str(ROUNDUP))
    (page,) = [e for e in events if isinstance(e, SourceAdded)]
    assert (page.source, page.page_articles, page.total) == (str(ROUNDUP), 3, 3)
    summary = events[-1]
    assert summary.ok and summary.pages == (page,) and len(summary.stored) == 3
    stored = {e.source: e.article for e in summary.stored}
    assert sorted(stored) == sorted(f"{ROUNDUP}#{part}" for part in ROUNDUP_PARTS)
    water, ferry, trade = (stored[f"{ROUNDUP}#{part}"] for part in ROUNDUP_PARTS)
    assert [a.url for a in (water, ferry, trade)] == [f"{ROUNDUP_PAGE}#{part}" for part in ROUNDUP_PARTS]
    assert [a.id for a in (water, ferry, trade)] == [
        article_id_for_url(f"{ROUNDUP_PAGE}#{part}") for part in ROUNDUP_PARTS
    ]
    assert [(a.published, a.published_assumed) for a in (water, ferry, trade)] == [
        ("2024-03-05", False),
        ("2024-03-04", False),
        ("2024-03-06", False),
    ]
    # Bylines are each story's own: the third has none (the page reader's author was the first's).
    assert [a.author for a in (water, ferry, trade)] == ["Ines Calvo", "Mart Kask", None]
    assert water.title == "Ministers from Portugal and Morocco agree to talk about shared water"
    assert water.source == "Harbour Gazette" and not water.title_guessed
    assert water.text.startswith("Portuguese Foreign Minister Rui Teles said on Tuesday")
    assert "Estonia" not in water.text and "Chile" not in water.text and "Most read" not in water.text
    # Each story is read on its own: its relative dates against its own day, its own people.
    talks = {m.article_id for m in store.meetings() if "Rabat" in (m.location or "")}
    assert talks == {water.id}
    assert {s.article_id for s in store.statements() if s.speaker == "Tomas Herrera"} == {trade.id}
    counts = store.counts()
    again = run(store, str(ROUNDUP))  # the same page again: the same three, replaced, nothing more
    assert [e.article.id for e in again[-1].stored] and all(e.result.replaced for e in again[-1].stored)
    assert {e.article.id for e in again[-1].stored} == {water.id, ferry.id, trade.id}
    assert store.counts() == counts


def test_a_page_of_several_articles_over_http_from_a_folder_and_a_feed(web, store, tmp_path):
    """Fetched from the local server: the page's stories. In a folder or behind a feed entry (one level
    deeper than a page named alone), its stories are still stored: they are read, not followed."""
    events = run(store, web.url("/releases.html"))
    articles = stored_articles(events)
    assert sorted(a.url for a in articles) == [
        "https://mfa.arcadia.example/press-releases#release-111",
        "https://mfa.arcadia.example/press-releases#release-112",
    ]
    assert {a.title: a.published for a in articles} == {
        "Foreign Minister Sora Elm receives the Ambassador of Norland": "2024-02-12",
        "Arcadia and Westmark hold consultations on consular matters": "2024-02-09",
    }
    assert events[-1].ok and events[-1].pages[0].page_articles == 2
    folder = tmp_path / "saved"
    folder.mkdir()
    shutil.copy(ROUNDUP, folder / "roundup.html")
    (folder / "list.txt").write_text(web.url("/roundup.html") + "\n")
    events = run(store, str(folder))
    assert events[-1].ok and [p.page_articles for p in events[-1].pages] == [3, 3]
    assert store.counts().articles == 5  # the saved page and the served one are one page: three stories
    skipped = [e for e in events if isinstance(e, SourceSkipped)]
    assert skipped == []


def test_a_title_given_for_a_page_of_several_articles_is_refused(store):
    events = run(store, str(ROUNDUP), title="My roundup")
    (failed,) = events[-1].failed
    assert failed.reason == (
        f"the title given names one article, and {ROUNDUP} holds 3 articles: import it without --title"
    )
    assert store.counts().articles == 0


def test_load_articles_reads_each_article_of_a_page():
    from briefing_tui.importer import load_articles

    articles = load_articles(str(ROUNDUP), today=TODAY)
    assert [a.url for a in articles] == [f"{ROUNDUP_PAGE}#{part}" for part in ROUNDUP_PARTS]
    with pytest.raises(SourceError, match="holds 3 articles"):
        load_article(str(ROUNDUP))
    with pytest.raises(SourceError, match="extract it without --title"):
        load_articles(str(ROUNDUP), title="Mine")
    assert len(load_articles(str(SAMPLE / "wang-yi-calls.txt"))) == 1


def test_the_import_report_and_notification_say_how_many_articles_one_page_gave(store):
    from rich.console import Console

    from briefing_tui.cli.render import import_report
    from briefing_tui.dashboard.summary import import_summary_text

    progress = ImportProgress()
    for event in run_import(ImportRequest(sources=(str(ROUNDUP),)), store, today=TODAY):
        progress.update(event)
        if isinstance(event, ImportSummary):
            summary = event
    assert progress.done == 3 and progress.remaining == 0
    out = Console(width=200)
    with out.capture() as captured:
        out.print(import_report(progress.outcomes, store.counts(), width=200))
    report = captured.get()
    assert "3 articles from one page, each stored as its own" in report
    assert "added: +3 articles" in report
    message, severity = import_summary_text(summary)
    lines = message.splitlines()
    assert lines[0] == "Imported 3 articles." and f"\u2022 {ROUNDUP}: 3 articles from one page" in lines
    assert severity == "information"


def test_a_page_stored_as_one_article_before_is_replaced_by_its_articles(store):
    """Imported before pages were read as several articles, a roundup is one article at the page's
    address; importing it again stores its three stories in its place, nothing twice."""
    from briefing_tui.core.models import Article, Extraction
    from briefing_tui.importer import load_articles

    stories = load_articles(str(ROUNDUP), today=TODAY)
    whole = Article(
        id=article_id_for_url(ROUNDUP_PAGE),
        title="Diplomacy Daily: Wednesday's roundup",
        published="2024-03-06",
        url=ROUNDUP_PAGE,
        text="\n\n".join(a.text for a in stories),
    )
    store.put_extraction(Extraction(article=whole))
    events = run(store, str(ROUNDUP))
    assert events[-1].ok and store.counts().articles == 3 and store.article(whole.id) is None
    notes = [e.note for e in events[-1].stored if e.note]
    assert notes == [
        f"one of the articles of \u201cDiplomacy Daily: Wednesday's roundup\u201d ({whole.id}), "
        "stored as one: replaces it"
    ]
    assert {a.id for a in store.articles()} == {a.id for a in stories}


# --- what a feed, a list of URLs or a folder holds, said when it is given to `extract` -------------------

TWO_ENTRY_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>'
    "<item><title>Port deal</title><link>https://desk.example/port</link>"
    "<description>The two ministers signed the port deal.</description></item>"
    "<item><title>Rail talks</title><link>https://desk.example/rail</link>"
    "<description>Rail talks resume next week.</description></item>"
    "</channel></rss>"
)
NOTE = "The envoy flew to Oslo on Monday and met the foreign minister there.\n"
URLS = "https://desk.example/one\nhttps://desk.example/two\n"


def _note(folder: Path, name: str) -> None:
    (folder / name).write_text(NOTE, encoding="utf-8")


def _feed(folder: Path, name: str) -> None:
    (folder / name).write_text(TWO_ENTRY_FEED, encoding="utf-8")


def _urls(folder: Path, name: str) -> None:
    (folder / name).write_text(URLS, encoding="utf-8")


def _pdf(folder: Path, name: str) -> None:
    (folder / name).write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")


def _blank(folder: Path, name: str) -> None:
    (folder / name).write_text("  \n\n ", encoding="utf-8")


def _roundup(folder: Path, name: str) -> None:
    shutil.copy(ROUNDUP, folder / name)


@pytest.mark.parametrize(
    ("files", "said"),
    [
        # A folder counts articles, and says how many files hold them where the two counts differ.
        ([(_note, "a.txt"), (_note, "b.txt")], "holds 2 articles (a folder)"),
        ([(_note, "a.txt"), (_feed, "desk.xml")], "holds 3 articles in 2 files (a folder)"),
        ([(_feed, "desk.xml")], "holds 2 articles in 1 file (a folder)"),
        ([(_note, "a.txt"), (_roundup, "roundup.html")], "holds 4 articles in 2 files (a folder)"),
        # The URLs of a list are not yet articles: each may be a page or a feed.
        ([(_note, "a.txt"), (_urls, "reading.txt")], "holds 1 article and 2 URLs in 2 files (a folder)"),
        (
            [(_note, "a.txt"), (_feed, "desk.xml"), (_pdf, "scan.txt")],
            "holds 3 articles in 3 files (a folder; 1 file with no article that can be read)",
        ),
        (
            [(_note, "a.txt"), (_blank, "empty.txt"), (_blank, "b.md")],
            "holds 1 article in 3 files (a folder; 2 files with no article that can be read)",
        ),
    ],
)
def test_a_folder_given_for_one_article_is_said_to_hold_its_articles_not_its_files(tmp_path, files, said):
    """Before, 'holds 2 articles' for a note and a feed of two entries: it counted the files."""
    from briefing_tui.importer import load_articles

    for write, name in files:
        write(tmp_path, name)
    with pytest.raises(SourceError) as raised:
        load_articles(str(tmp_path), today=TODAY)
    assert str(raised.value) == f"{tmp_path} {said}: import it instead"


@pytest.mark.parametrize(
    ("write", "said"),
    [
        (_feed, "holds 2 articles (a feed)"),
        (_urls, "holds 2 URLs (a list of URLs)"),
    ],
)
def test_a_feed_or_a_list_of_urls_given_for_one_article_says_what_it_holds(tmp_path, write, said):
    from briefing_tui.importer import load_articles

    write(tmp_path, "source.txt")
    with pytest.raises(SourceError) as raised:
        load_articles(str(tmp_path / "source.txt"), today=TODAY)
    assert str(raised.value) == f"{tmp_path / 'source.txt'} {said}: import it instead"


@pytest.mark.parametrize(
    ("write", "count"),
    [(_note, 1), (_roundup, 3)],
)
def test_a_folder_of_one_article_file_or_one_page_of_several_is_still_read(tmp_path, write, count):
    """The near misses: one file that is one article, or one page of several, is extracted as before."""
    from briefing_tui.importer import load_articles

    write(tmp_path, "only.html" if write is _roundup else "only.txt")
    assert len(load_articles(str(tmp_path), today=TODAY)) == count


@pytest.mark.parametrize(
    ("write", "name", "held"),
    [
        (_feed, "desk.xml", "holds 2 articles (a feed)"),
        (_urls, "reading.txt", "holds 2 URLs (a list of URLs)"),
        (_roundup, "roundup.html", "holds 3 articles"),
    ],
)
def test_a_title_given_for_a_feed_or_a_list_says_what_it_holds(store, tmp_path, write, name, held):
    """Before, 'desk.xml holds 2: import it without --title', the count without its noun."""
    write(tmp_path, name)
    source = str(tmp_path / name)
    (failed,) = run(store, source, title="My note")[-1].failed
    assert (
        failed.reason == f"the title given names one article, and {source} {held}: import it without --title"
    )


def test_a_title_given_for_a_folder_says_it_holds_files(store, tmp_path):
    _note(tmp_path, "a.txt")
    _note(tmp_path, "b.md")
    (failed,) = run(store, str(tmp_path), title="My note")[-1].failed
    assert failed.reason == (
        f"the title given names one article, and {tmp_path} holds 2 files (a folder): import it without --title"
    )


def test_a_title_given_for_one_article_still_names_it(store, tmp_path):
    """The near miss: one article takes the title given."""
    _note(tmp_path, "a.txt")
    (stored,) = stored_articles(run(store, str(tmp_path / "a.txt"), title="My note"))
    assert stored.title == "My note"


@pytest.mark.parametrize(
    ("files", "said"), [(25, "holds 25 articles (a folder)"), (26, "holds 26 files (a folder)")]
)
def test_a_large_folder_given_for_one_article_is_refused_without_reading_every_file(
    tmp_path, monkeypatch, files, said
):
    """Counting reads each file: a folder of 2,000 saved pages kept the user waiting a minute for the
    refusal. Past 25 files, the files are counted, and none is read."""
    from briefing_tui.importer import load_articles
    from briefing_tui.sources import jobs

    for number in range(files):
        (tmp_path / f"note{number:02}.txt").write_text(f"{NOTE} Note {number}.", encoding="utf-8")
    reads = []
    read = jobs.load_path
    monkeypatch.setattr(jobs, "load_path", lambda *args: reads.append(args) or read(*args))
    with pytest.raises(SourceError) as raised:
        load_articles(str(tmp_path), today=TODAY)
    assert str(raised.value) == f"{tmp_path} {said}: import it instead"
    assert len(reads) == (files if files <= 25 else 0)
