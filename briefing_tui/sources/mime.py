"""MIME messages: web pages saved as one file by a browser, and e-mails saved as files.

A page saved as "Webpage, Single File" (``.mhtml``, ``.mht``) is a MIME message: a few
headers (Chrome's name the page's address in ``Snapshot-Content-Location``), then the page
and its images and styles as parts, the page's HTML in quoted-printable or base64. An
e-mail saved from a mail program (``.eml``: a newsletter, a ministry's press release) has
its subject, date and sender in its headers and its text as a plain or an HTML part. What
is read is the page or the text; the rest is dropped. Read as text, either file would be
stored as its headers and encoded markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing_tui.sources.errors import SourceError
from briefing_tui.sources.urls import is_http_url


@dataclass(frozen=True, slots=True)
class SavedPage:
    """The page inside a saved-page archive: its HTML (transfer encoding undone), its declared
    charset, and the address it was saved from (None when the archive names no web address)."""

    html: bytes
    charset: str | None
    address: str | None


def saved_page(body: bytes, origin: str) -> SavedPage:
    """The page an MHTML archive holds: the part its ``start`` parameter names, else its first HTML part."""
    import email
    from email.message import Message

    archive = email.message_from_bytes(body)
    parts = [part for part in archive.walk() if not part.is_multipart()]
    start = (archive.get_param("start") or "").strip("<>")
    root = next((p for p in parts if start and (p.get("Content-ID") or "").strip("<>") == start), None)
    page: Message | None = root or next((p for p in parts if p.get_content_type() == "text/html"), None)
    html = page.get_payload(decode=True) if page is not None else None
    if not isinstance(html, bytes) or not html.strip():
        raise SourceError(f"{origin} is a saved-page archive (MHTML) with no web page in it")
    address = next(
        (
            value.strip()
            for value in (archive.get("Snapshot-Content-Location"), page.get("Content-Location"))
            if value and is_http_url(value.strip())
        ),
        None,
    )
    return SavedPage(html=html, charset=page.get_content_charset(), address=address)


@dataclass(frozen=True, slots=True)
class Mail:
    """An e-mail's text (its HTML part, else its plain one, decoded) and what its headers state,
    as metadata keys (``title``, ``published``, ``source``) a sidecar would give."""

    text: str
    is_html: bool
    meta: dict[str, str]


def mail(body: bytes, origin: str) -> Mail:
    """The text and headers of an e-mail saved as a file."""
    import email
    import email.policy
    from email.utils import parseaddr

    message = email.message_from_bytes(body, policy=email.policy.default)  # an EmailMessage
    part = message.get_body(preferencelist=("html", "plain"))
    text = part.get_content() if part is not None else None
    if not isinstance(text, str) or not text.strip():
        raise SourceError(f"{origin} is an e-mail with no text in it")
    name, address = parseaddr(str(message.get("From", "")))
    headers = {"title": message.get("Subject"), "published": message.get("Date"), "source": name or address}
    meta = {
        key: " ".join(str(value).split()) for key, value in headers.items() if value and str(value).strip()
    }
    return Mail(text=text, is_html=part.get_content_type() == "text/html", meta=meta)
