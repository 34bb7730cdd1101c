"""Web pages saved as one file by a browser ("Webpage, Single File": ``.mhtml``, ``.mht``).

Such a file is a MIME message: a few headers (Chrome's name the page's address in
``Snapshot-Content-Location``), then the page and its images and styles as parts, the
page's HTML in quoted-printable or base64. The page is what is read; the rest is
dropped. Read as text, the file would be stored as its MIME headers and encoded markup.
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
