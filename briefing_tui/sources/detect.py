"""What kind of source something is: from its URL or file name, content type and first bytes.

Flags are not trusted alone: a PDF served as text/html or a feed saved as
``.txt`` is recognised by its content.
"""

from __future__ import annotations

import json
import re
from typing import Literal

from briefing_tui.sources.errors import SourceError
from briefing_tui.sources.urls import listed_url

ContentKind = Literal["html", "mhtml", "email", "feed", "text", "urls", "shortcut"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MHTML_SUFFIXES = (".mhtml", ".mht")  # a page saved as one file ("Webpage, Single File")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
URL_LIST_SUFFIXES = (".urls",)

# Leading bytes of formats that hold no article text we can read (RTF is text, but its control
# words would be read as the article's: "{\rtf1\ansi" was stored as a title).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"{\\rtf", "an RTF document (save it as plain text to import it)"),  # TextEdit's and WordPad's
    (b"bplist00", "a binary property list (such as a Safari web archive)"),  # a saved link's read first
)
UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_LE_BOM = b"\xff\xfe\x00\x00"
_UTF16_SAMPLE = 4096  # bytes looked at for UTF-16 without a byte-order mark
_UTF16_NUL_SHARE = 0.3  # at least this share of one byte column is NUL (Latin text: nearly all)
_UTF16_STRAY_SHARE = 0.02  # and at most this share of the other
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")
_XML_TYPES = ("application/xml", "text/xml")
# Types a server gives when it does not know what it sends (a page or feed served as a download). Such a
# body is read by its content, as browsers sniff it (WHATWG MIME Sniffing): markup is a page or a feed,
# text is text, and a binary is refused by its magic bytes or its control bytes (``_is_binary``).
_UNKNOWN_TYPES = frozenset(
    {"application/octet-stream", "binary/octet-stream", "application/unknown", "unknown/unknown", "*/*"}
)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"<(?:!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
# BOM, blank space, an XML declaration and comments may come before the root element.
_XML_DECLARATION = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*<\?xml[\s?]")
_LEADING_JUNK = re.compile(rb"\A(?:\xef\xbb\xbf|\s+|<\?xml[^>]*\?>|<!--.*?-->)+", re.DOTALL)
EMAIL_SUFFIXES = (".eml",)  # an e-mail saved by a mail program
# An e-mail's headers at the very start: "Name: value" lines (folded ones too) up to a blank line.
_HEADER_BLOCK = re.compile(rb"\A(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n")
_HEADER_NAME = re.compile(rb"^([!-9;-~]+):", re.MULTILINE)
# A link saved as a file (dragged from a browser to a folder): Windows' .url, macOS's .webloc.
SHORTCUT_SUFFIXES = (".url", ".webloc")
_URL_SHORTCUT = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*\[InternetShortcut\][ \t]*\r?\n", re.IGNORECASE)
_URL_SHORTCUT_TARGET = re.compile(rb"^[ \t]*URL[ \t]*=[ \t]*(\S+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_BINARY_PLIST = b"bplist00"
_SAVED_LINK_MAX_BYTES = 65536
_WEBLOC = re.compile(rb"<plist[\s>].*?<key>\s*URL\s*</key>\s*<string>\s*([^<]*?)\s*</string>", re.DOTALL)
# A MIME message whose leading headers (folded lines included) declare multipart/related: a saved page.
# Each line is read one way only ("[^\n]*\n", its "\r" in it): with ".*\r?\n" a CRLF line could end two
# ways, and a text of 30 "Key: value" lines that is no archive took minutes to turn away.
_MHTML_HEAD = re.compile(
    rb"\A(?:[!-9;-~]+:[^\n]*\n(?:[ \t][^\n]*\n)*)*?content-type:[ \t]*multipart/related", re.IGNORECASE
)


def media_type(content_type: str | None) -> str:
    """``text/html; charset=x`` -> ``text/html``."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type header, if any."""
    for param in (content_type or "").split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("'\"") or None
    return None


# Labels a browser reads as Windows-1252 (WHATWG Encoding): text that declares them uses its curly quotes.
_WINDOWS_1252 = frozenset(
    {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819"}
    | {"ibm819", "windows-1252", "cp1252", "x-cp1252"}
)


def browser_encoding(label: str) -> str:
    """The codec for a declared charset as browsers read it: ISO-8859-1 and ASCII are Windows-1252.

    Servers and pages that say ISO-8859-1 send Windows-1252's curly quotes and dashes (bytes
    0x80-0x9f), which Latin-1 turns into control characters that are then removed.
    """
    name = label.strip().lower()
    return "cp1252" if name in _WINDOWS_1252 else name


# A Windows-1252 reading is no Western text when most letters of its words that hold a letter past
# ASCII are past ASCII: Cyrillic, Greek, Hebrew, Arabic, Thai and the CJK code pages read so give
# words of such letters alone (0.8-1.0 of them), where French, Swedish or Portuguese accent a word
# here and there (0.1-0.25), and Czech, Turkish or Vietnamese too (up to 0.35). Markup and scripts
# count for nothing: their words are ASCII. A few such letters (a lone 'à') say nothing.
_FOREIGN_SHARE = 0.5
_FOREIGN_LEAST = 8
_WORD = re.compile(r"[^\W\d_]+")
_DETECTION_SAMPLE = 65536  # bytes of a long body's text weighed: enough, and quick
_TAG_EDGE = re.compile(rb"[<>]")


# ISO-2022-JP (Japanese e-mail, older Japanese pages and text files) is 7-bit: it reads as ASCII, and so
# as UTF-8, its kanji and kana as pairs of ASCII letters between escape sequences (which the sanitiser
# then removes, leaving "$B302" for a word). Its switch into JIS X 0208 (ESC $ B, or ESC $ @ for the
# older edition) tells it; the switch back (ESC ( B, ESC ( J) alone says nothing. ISO-2022-JP-2 adds
# escapes into other sets (ESC $ A, ESC $ ( C, ESC $ ( D ...): tried when the plain codec cannot read it.
_ISO_2022_JP_SWITCH = re.compile(rb"\x1b\$[@B]")


def iso_2022_jp(body: bytes) -> str | None:
    """The text of a 7-bit body in ISO-2022-JP, decoded; None for any other body (a declared charset
    does not matter: such a body is ASCII to every other codec)."""
    if b"\x1b$" not in body or not body.isascii() or not _ISO_2022_JP_SWITCH.search(body):
        return None
    for codec in ("iso2022_jp", "iso2022_jp_2"):
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue
    return None


def undeclared_text(body: bytes) -> str:
    """Text that is not UTF-8 and names no charset (a text file, a page without one), decoded.

    Windows-1252, the code page of Western Europe and the Americas, unless its reading is plainly
    another Latin code page's (Central European, Baltic, Turkish, Vietnamese: ``latin_code_page``,
    which tells them by their languages' letters), or no Western text (``_FOREIGN_SHARE``), or it
    cannot read the bytes: then charset-normalizer tells the code page (Windows-1251, KOI8-R,
    Shift-JIS, GBK, Big5, EUC-KR, Windows-1253, -1255, -1256 ...). It is not asked about Latin
    text: on news-length samples it took Italian and Spanish in Windows-1252 for Windows-1250.
    """
    sample = _words_past_ascii(body)
    try:
        western: str | None = body.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    reading = sample.decode("cp1252", "replace")
    if western is None or not _foreign(reading):
        from briefing_tui.sources.latin import latin_code_page

        page = latin_code_page(sample, reading if western is not None else None)
        if page is not None:
            try:
                return body.decode(page)
            except UnicodeDecodeError:  # a byte past the sample that code page lacks
                pass
        if western is not None:
            return western
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is not None:
        try:
            return body.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    return western if western is not None else body.decode("latin-1")


def _words_past_ascii(body: bytes) -> bytes:
    """What is weighed: the runs between tags that hold a byte past ASCII, one a line, up to about
    ``_DETECTION_SAMPLE`` bytes, wherever they stand (a page's head of scripts can be longer). The
    markup, all ASCII, would lead the library astray (a Windows-1251 page read as Windows-1250); no
    code page's characters hold a '<', '>', space or line-end byte, so no cut splits one."""
    runs: list[bytes] = []
    room = _DETECTION_SAMPLE
    for run in _TAG_EDGE.split(body):
        if run.isascii():
            continue
        if len(run) > room:  # cut at a space or line end, where one is: never inside a character
            cut = max(run.rfind(b" ", 0, room), run.rfind(b"\n", 0, room))
            run = run[: cut if cut > 0 else room]
        runs.append(run.strip())
        room -= len(run) + 1
        if room <= 0:
            break
    return b"\n".join(runs)


def _foreign(reading: str) -> bool:
    """Whether a Windows-1252 reading is no Western text (see ``_FOREIGN_SHARE``)."""
    past_ascii = letters = 0
    for word in _WORD.findall(reading):
        if not word.isascii():
            past_ascii += sum(not char.isascii() for char in word)
            letters += len(word)
    return past_ascii >= _FOREIGN_LEAST and past_ascii >= _FOREIGN_SHARE * letters


def utf16_as_utf8(body: bytes) -> bytes:
    """A body saved as UTF-16 ("Unicode" in Windows editors), as UTF-8 with its mark.

    With a byte-order mark, or without one when ``_utf16_order`` says so and the whole
    body decodes to text. Every later step (sniffing, HTML parsing, text decoding)
    reads UTF-8 and honours its mark; other bodies are returned as they are.
    """
    encoding = _utf16_encoding(body)
    if encoding is None:
        return body
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        return body
    if encoding != "utf-16" and not _reads_as_text(text):  # NUL columns by chance: a binary
        return body
    return UTF8_BOM + text.encode("utf-8")


def _utf16_encoding(body: bytes) -> str | None:
    if body.startswith(_UTF32_LE_BOM):
        return None
    if body.startswith(_UTF16_BOMS):
        return "utf-16"
    return _utf16_order(body[:_UTF16_SAMPLE])


def _utf16_order(sample: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` when ``sample`` looks like UTF-16 saved without a byte-order mark.

    Every character of Latin text has a NUL high byte, so one column of bytes (odd
    positions in little-endian, even in big-endian) is mostly NUL and the other
    almost never is; a text in one byte per character has no NUL column at all.
    """
    units = len(sample) // 2
    if units < 2:
        return None
    even = sample[0 : 2 * units : 2].count(0)
    odd = sample[1 : 2 * units : 2].count(0)
    for nuls, others, order in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if nuls >= units * _UTF16_NUL_SHARE and others <= units * _UTF16_STRAY_SHARE:
            return order
    return None


def _reads_as_text(text: str) -> bool:
    """Few control characters: a table of small numbers read as UTF-16 is mostly controls."""
    sample = text[:_UTF16_SAMPLE]
    return len(_TEXT_CONTROLS.findall(sample)) <= len(sample) * _CONTROL_SHARE


def binary_kind(head: bytes) -> str | None:
    """A description of a binary format recognised by its magic bytes, else None.

    NULs that may be UTF-16's are not called binary here: only the whole body tells
    (``utf16_as_utf8``, then ``sniff`` refuses what did not read as UTF-16).
    """
    kind = _format_of(head)
    if kind is None and b"\x00" in head[:16] and not _is_utf16(head):
        return "a binary file"
    return kind


def _is_utf16(head: bytes) -> bool:
    """Text saved as UTF-16, whose NUL bytes are half of its ASCII letters: with its byte-order mark,
    or looking like it without one."""
    if head.startswith(_UTF32_LE_BOM):
        return False
    return head.startswith(_UTF16_BOMS) or _utf16_order(head[:16]) is not None


def _format_of(head: bytes) -> str | None:
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(b"RIFF") and len(head) >= 12:
        return _RIFF_KINDS.get(head[8:12], "a RIFF media file")
    if head[4:8] == b"ftyp":
        return "a video or image file (ISO media)"
    return None


_STRAY_NULS = 0.01  # at most this share of a text's bytes (padding at its end aside) may be NUL
_CONTROLS = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_CONTROL_SHARE = 0.01
_TEXT_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # C0 and C1, but tab, line ends, form feed
_HIGH_SHARE = 0.3  # bytes >= 0x80 in text that is not UTF-8: accented letters, not half the file


def without_stray_nuls(body: bytes) -> bytes:
    """Text with stray NUL bytes, without them; any other body as it is (a binary is refused later).

    Some Windows tools leave NULs in a text file: a run of them at its end (a file
    preallocated or cut short) or a few inside. Such a file is text: its NULs are
    dropped when the rest reads as text, NULs inside are rare, and it is no known
    binary format. UTF-16 with a byte-order mark is not touched (``utf16_as_utf8``).
    """
    if b"\x00" not in body or body.startswith(_UTF16_BOMS) or _format_of(body[:16]) is not None:
        return body
    text = body.rstrip(b"\x00")
    inside = text.count(b"\x00")
    if not text.strip() or inside > len(text) * _STRAY_NULS:
        return body
    text = text.replace(b"\x00", b"")
    sample = text[:65536]
    if len(_CONTROLS.findall(sample)) > len(sample) * _CONTROL_SHARE:
        return body
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        cut_at_end = error.start >= len(sample) - 4  # only a character cut by the sample's end
        if not cut_at_end and sum(1 for byte in sample if byte >= 0x80) > len(sample) * _HIGH_SHARE:
            return body
    return text


def refuse_binary(head: bytes, content_type: str | None = None) -> None:
    """Raise a SourceError naming the type when the content is not text we can read."""
    kind = binary_kind(head[:16])
    mtype = media_type(content_type)
    if kind is None and mtype:
        kind = _binary_media_type(mtype)
    if kind is not None:
        _refuse(kind, mtype)


def _refuse(kind: str, mtype: str) -> None:
    served = f" (served as {mtype})" if mtype else ""
    raise SourceError(f"{kind}{served} cannot be imported: only web pages, feeds and text are supported")


def _binary_media_type(mtype: str) -> str | None:
    """A description of a declared binary media type, None for types that can hold text (and for
    ``_UNKNOWN_TYPES``, which say nothing: the content tells)."""
    if mtype.startswith("text/") or mtype in _HTML_TYPES + _FEED_TYPES + _XML_TYPES + tuple(_UNKNOWN_TYPES):
        return None
    if mtype == "application/pdf":
        return "a PDF document"
    if mtype == "application/json":
        return "JSON data"  # an API's answer or a briefing export, not an article
    for prefix, name in (
        ("image/", "an image"),
        ("audio/", "an audio file"),
        ("video/", "a video"),
        ("font/", "a font"),
    ):
        if mtype.startswith(prefix):
            return name
    if mtype.startswith("application/") and not mtype.endswith(("+xml", "+json")):
        return "a binary file"
    return None


def sniff(body: bytes, content_type: str | None = None, name: str = "") -> ContentKind:
    """The kind of ``body``: its content first, then the declared type, then the file suffix.

    A body read as UTF-16 reaches here as UTF-8 (``utf16_as_utf8``): NULs that still look
    like UTF-16's are a binary's.
    """
    if binary_plist_url(body) is not None:
        return "shortcut"  # (a binary property list is refused below unless it is a saved link)
    refuse_binary(body[:16], content_type)
    if b"\x00" in body[:16] and not body.startswith(_UTF16_BOMS):
        _refuse("a binary file", media_type(content_type))
    if _MHTML_HEAD.match(body[:8192]):
        return "mhtml"
    if _URL_SHORTCUT.match(body) or _WEBLOC.search(body[:8192]):
        return "shortcut"
    if _is_mail(body[:16384]):
        return "email"
    head = _LEADING_JUNK.sub(b"", body[:4096])
    if head.startswith(b"<") and _FEED_ROOT.search(head[:2048]) and not _HTML_START.match(head):
        return "feed"
    if _HTML_START.match(head):
        return "html"
    mtype = media_type(content_type)
    if mtype in _FEED_TYPES:
        return "feed"
    if mtype in _HTML_TYPES:
        return "html"
    if _XML_DECLARATION.match(body) or (mtype in _XML_TYPES and head.startswith(b"<")):
        return "feed"  # XML that is no page is read as a feed, or refused as none (a sitemap, OPML)
    if is_json_data(body):
        raise SourceError("JSON data cannot be imported: only web pages, feeds and text are supported")
    if (not mtype or mtype in _UNKNOWN_TYPES) and _is_binary(body):
        _refuse("a binary file", mtype)
    by_name = path_kind(name)
    if by_name is not None:
        return by_name
    if is_url_list(body):
        return "urls"
    return "text"


_BINARY_SAMPLE = 65536
_BINARY_LEAST = 4  # a Word text's manual line breaks, a stray DEL: a few such bytes say nothing


def _is_binary(body: bytes) -> bool:
    """Whether a body that named no type (or an unknown one) and has no magic bytes is a binary all the
    same: compressed, encrypted or packed data holds control bytes all through (about one in ten), text
    (UTF-16 read as UTF-8 by now, stray NULs dropped) next to none."""
    sample = body[:_BINARY_SAMPLE]
    found = sample.count(0) + len(_CONTROLS.findall(sample))
    return found >= _BINARY_LEAST and found > len(sample) * _CONTROL_SHARE


def _is_mail(head: bytes) -> bool:
    """Whether ``head`` opens with an e-mail's headers: a sender, and a subject or a date."""
    block = _HEADER_BLOCK.match(head)
    if block is None:
        return False
    names = {name.lower() for name in _HEADER_NAME.findall(block[0])}
    return b"from" in names and bool(names & {b"subject", b"date"})


def binary_plist_url(body: bytes) -> str | None:
    """The "URL" of a small binary property list, else None: macOS saves a dragged link (.webloc) in
    either form of property list, XML (``_WEBLOC``) or binary, and the binary one was refused as a binary
    file. Only small ones are parsed: a saved link is a few hundred bytes, a Safari web archive far more."""
    if not body.startswith(_BINARY_PLIST) or len(body) > _SAVED_LINK_MAX_BYTES:
        return None
    import plistlib

    try:
        found = plistlib.loads(body, fmt=plistlib.FMT_BINARY)
    except Exception:  # noqa: BLE001 - a malformed list raises one of many kinds; it is then no saved link
        return None
    url = found.get("URL") if isinstance(found, dict) else None
    return url.strip() if isinstance(url, str) and url.strip() else None


def shortcut_target(body: bytes) -> str | None:
    """The address a saved link (.url, .webloc) names, None when it names none."""
    from html import unescape

    if (url := binary_plist_url(body)) is not None:
        return url
    found = _URL_SHORTCUT_TARGET.search(body) if _URL_SHORTCUT.match(body) else _WEBLOC.search(body)
    return unescape(found[1].decode("utf-8", "replace")).strip() if found else None


def is_json_data(body: bytes) -> bool:
    """True when the whole body is a JSON object or array (a briefing export, an API answer).

    Parsed in full, so text that only opens with a bracket ("[Reuters] ...") stays text.
    """
    if body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] not in (b"{", b"["):
        return False
    try:
        return isinstance(json.loads(body.decode("utf-8-sig")), dict | list)
    except (UnicodeDecodeError, ValueError):
        return False


def is_url_list(body: bytes) -> bool:
    """True when most lines that are not blank or ``#`` comments are http(s) URLs (the others get reported)."""
    try:
        text = body[:200_000].decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    lines = [line.strip() for line in text.splitlines()]
    entries = [line for line in lines if line and not line.startswith("#")]
    urls = sum(1 for line in entries if listed_url(line) is not None)
    return urls > 0 and urls * 2 > len(entries)


def path_kind(name: str) -> ContentKind | None:
    """The kind a file suffix announces, or None when only the content can tell."""
    lowered = name.lower()
    if lowered.endswith(HTML_SUFFIXES):
        return "html"
    if lowered.endswith(MHTML_SUFFIXES):
        return "mhtml"
    if lowered.endswith(SHORTCUT_SUFFIXES):
        return "shortcut"
    if lowered.endswith(EMAIL_SUFFIXES):
        return "email"
    if lowered.endswith(URL_LIST_SUFFIXES):
        return "urls"
    if lowered.endswith(FEED_SUFFIXES):
        return "feed"
    return None
