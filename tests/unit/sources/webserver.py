"""A real HTTP server on 127.0.0.1 for source and importer tests: files from tests/fixtures/web plus trap endpoints.

Started and stopped by the ``web`` fixture; no test touches the internet.
"""

from __future__ import annotations

import gzip
import html
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

WEB = Path(__file__).resolve().parents[2] / "fixtures" / "web"
BOMB_DECODED_BYTES = 256 * 1024 * 1024
_TYPES = {".html": "text/html; charset=utf-8", ".rss": "application/rss+xml", ".atom": "application/atom+xml"}


def _gzip_bomb() -> bytes:
    """An HTML page of 256 MB of spaces, gzipped to about 250 KB, built in 1 MB steps so building it stays small."""
    compressor = zlib.compressobj(1, zlib.DEFLATED, 16 + zlib.MAX_WBITS, 9, zlib.Z_RLE)
    spaces = b" " * (1024 * 1024)
    parts = [compressor.compress(b"<!DOCTYPE html><html><body><p>")]
    parts += [compressor.compress(spaces) for _ in range(BOMB_DECODED_BYTES // len(spaces))]
    parts.append(compressor.flush())
    return b"".join(parts)


@dataclass
class WebServer:
    base: str
    requests: list[dict[str, str]] = field(default_factory=list)
    _bomb: bytes = b""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def bomb(self) -> bytes:
        """Built on first use (about 1.5 s), once per session."""
        with self._lock:
            if not self._bomb:
                self._bomb = _gzip_bomb()
            return self._bomb

    def url(self, path: str) -> str:
        return self.base + path


def _handler(state: WebServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            state.requests.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
            path = self.path.split("?", 1)[0]
            route = ROUTES.get(path)
            if route is not None:
                route(self, state)
            else:
                self.serve_file(path)

        def send(self, status: int, body: bytes, content_type: str = "text/html", **headers: str) -> None:
            self.send_response(status)
            if content_type:  # "" sends none, as some servers do
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", headers.pop("length", str(len(body))))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def redirect(self, location: str, status: int = 302) -> None:
            self.send_response(status)
            self.send_header("Location", location)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def serve_file(self, path: str) -> None:
            target = (WEB / path.lstrip("/")).resolve()
            if WEB not in target.parents or not target.is_file():
                self.send(404, b"<html><body>Not found</body></html>")
                return
            body = target.read_bytes()
            if target.suffix == ".atom":
                full_text = "".join(f"<p>{p}</p>" for p in (WEB / "kyiv.txt").read_text().split("\n\n"))
                body = (
                    body.decode().replace("{base}", state.base).replace("{full_text}", html.escape(full_text))
                )
                body = body.encode()
            self.send(200, body, _TYPES.get(target.suffix, "text/plain; charset=utf-8"))

    return Handler


def _trickle(h: BaseHTTPRequestHandler, state: WebServer) -> None:
    """Headers at once, then one byte every 0.2 s: no read ever times out."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    try:
        for _ in range(100_000):
            h.wfile.write(b"<")
            h.wfile.flush()
            time.sleep(0.2)
    except OSError:
        pass


def _slow_start(h: BaseHTTPRequestHandler, state: WebServer) -> None:
    """A server that thinks for 10.5 s before it answers (a busy government site), then sends the page."""
    time.sleep(10.5)
    h.send(200, (WEB / "article.html").read_bytes(), "text/html; charset=utf-8")


def _over_cap_chunked(h: BaseHTTPRequestHandler, state: WebServer) -> None:
    """An endless body with no Content-Length: only a running cap stops it."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b"<p>" + b"padding " * 8000 + b"</p>\n"
    try:
        for _ in range(10_000):
            h.wfile.write(chunk)
    except OSError:
        pass
    h.close_connection = True


def _redirect_to(location: str, h: BaseHTTPRequestHandler, state: WebServer) -> None:
    h.redirect(location)


def _strip_query(h: BaseHTTPRequestHandler, state: WebServer) -> None:
    """A site that sends a newsletter link's tracking parameters away: /tracked?utm_source=x -> /tracked."""
    if "?" in h.path:
        h.redirect("/tracked", 301)
    else:
        h.send(200, (WEB / "article.html").read_bytes(), "text/html; charset=utf-8")


def _cookie_check(h: BaseHTTPRequestHandler, state: WebServer) -> None:
    """A site that sets a cookie and sends the reader back to the same address, then serves the page."""
    if "seen=1" in (h.headers.get("Cookie") or ""):
        h.send(200, (WEB / "article.html").read_bytes(), "text/html; charset=utf-8")
        return
    h.send_response(302)
    h.send_header("Set-Cookie", "seen=1; Path=/cookie-check")
    h.send_header("Location", "/cookie-check")
    h.send_header("Content-Length", "0")
    h.end_headers()


def _xhtml_page() -> bytes:
    """The Kuwait page as XHTML with an XML declaration, as some sites still serve it."""
    page = (WEB / "kuwait.html").read_text().replace("<!DOCTYPE html>", "", 1)
    page = page.replace('<html lang="en">', '<html xmlns="http://www.w3.org/1999/xhtml" lang="en">', 1)
    page = page.replace('<meta charset="utf-8">', '<meta charset="utf-8"/>').replace("<br>", "<br/>")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + page).encode()


def _windows_1252_page(meta: str) -> bytes:
    """The Kerry page saved in Windows-1252 (curly quotes as bytes 0x91-0x94), declaring ``meta`` in its head."""
    return (WEB / "kerry.html").read_text().replace('<meta charset="utf-8">', meta).encode("cp1252")


def _home_canonical(name: str, h: BaseHTTPRequestHandler, state: WebServer) -> None:
    """A page whose canonical link names the site's home page, as misconfigured sites give every article."""
    home = f'<head><link rel="canonical" href="{state.base}/">'.encode()
    page = (WEB / name).read_bytes().replace(b"<head>", home, 1)
    h.send(200, page, "text/html; charset=utf-8")


def _with_head(name: str, head: bytes) -> bytes:
    """A fixture page with ``head`` added at the top of its <head>."""
    return (WEB / name).read_bytes().replace(b"<head>", b"<head>" + head, 1)


def _utf8_page() -> bytes:
    return (WEB / "utf8-no-meta.html").read_bytes()


def _noise(size: int) -> bytes:
    """Bytes as compressed or encrypted data has them, with no format's magic at the start and no NUL."""
    import random

    rng = random.Random(42)
    return b"\x5a\x01" + bytes(rng.randrange(1, 256) for _ in range(size))


def _as_download(name: str, content_type: str = "application/octet-stream") -> Callable[..., None]:
    """A fixture file served with a type that says nothing of it (or with none: ``content_type=""``)."""
    return lambda h, s: h.send(200, (WEB / name).read_bytes(), content_type)


ROUTES = {
    # Servers that do not say what they send: pages, feeds and text as downloads or with no type at all.
    "/download/page": _as_download("kerry.html"),
    "/download/page-after-blank-lines": lambda h, s: h.send(
        200, b"\xef\xbb\xbf\r\n\n  " + (WEB / "kuwait.html").read_bytes(), "binary/octet-stream"
    ),
    "/feed-as-download": _as_download("feed.rss"),  # at the top: its entries' links are relative
    "/download/text": _as_download("kyiv.txt", "application/unknown"),
    "/untyped/page": _as_download("kuwait.html", ""),
    "/untyped/text": _as_download("kyiv.txt", ""),
    "/download/report": lambda h, s: h.send(
        200, b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "application/octet-stream"
    ),
    "/download/archive": lambda h, s: h.send(
        200, b"PK\x03\x04\x14\x00" + bytes(64), "application/octet-stream"
    ),
    "/download/noise": lambda h, s: h.send(200, _noise(8192), "application/octet-stream"),
    "/untyped/noise": lambda h, s: h.send(200, _noise(8192), ""),
    "/page-as-image": _as_download("kerry.html", "image/png"),
    "/wrong-charset": lambda h, s: h.send(200, _utf8_page(), "text/html; charset=iso-8859-1"),
    "/gzip-article": lambda h, s: h.send(
        200, gzip.compress((WEB / "kerry.html").read_bytes()), Content_Encoding="gzip"
    ),
    "/gzip-cut-short": lambda h, s: h.send(  # whole as sent, but the compressed stream lacks its end
        200, gzip.compress((WEB / "kerry.html").read_bytes())[:-400], Content_Encoding="gzip"
    ),
    "/deflate-article": lambda h, s: h.send(
        200, zlib.compress((WEB / "kerry.html").read_bytes()), Content_Encoding="deflate"
    ),
    "/redirect-chain": lambda h, s: h.redirect("/hop/3"),
    "/hop/3": lambda h, s: h.redirect("/hop/2", 301),
    "/hop/2": lambda h, s: h.redirect(s.url("/hop/1"), 307),
    "/hop/1": lambda h, s: h.redirect("/article.html?utm_source=newsletter", 308),
    "/too-many-redirects": lambda h, s: h.redirect("/r/1"),
    **{f"/r/{n}": partial(_redirect_to, f"/r/{n + 1}") for n in range(1, 10)},
    "/moved-away": lambda h, s: h.redirect("/missing.html", 301),  # a page moved to one that is gone
    "/loop/a": lambda h, s: h.redirect("/loop/b"),
    "/loop/b": lambda h, s: h.redirect("/loop/a"),
    "/to-file": lambda h, s: h.redirect("file:///etc/passwd"),
    "/tracked": _strip_query,
    "/cookie-check": _cookie_check,
    "/server-error": lambda h, s: h.send(500, b"<html><body>Internal error</body></html>"),
    "/trickle": _trickle,
    "/slow-start": _slow_start,
    "/announced-too-big": lambda h, s: h.send(200, b"", length="900000000"),
    "/endless": _over_cap_chunked,
    "/gzip-bomb": lambda h, s: h.send(200, s.bomb, "text/html", Content_Encoding="gzip"),
    "/pdf-as-html": lambda h, s: h.send(
        200, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "text/html"
    ),
    "/report.pdf": lambda h, s: h.send(200, b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n", "application/pdf"),
    "/photo.png": lambda h, s: h.send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
    "/photo-as-html": lambda h, s: h.send(200, b"\xff\xd8\xff\xe0" + bytes(64), "text/html"),
    "/zstd": lambda h, s: h.send(200, b"(\xb5/\xfd" + bytes(40), "text/html", Content_Encoding="zstd"),
    "/brotli": lambda h, s: h.send(200, bytes(range(40)), "text/html", Content_Encoding="br"),
    "/plain-article": lambda h, s: h.send(200, (WEB / "kyiv.txt").read_bytes(), "text/plain; charset=utf-8"),
    "/empty": lambda h, s: h.send(200, b"<html><body></body></html>"),
    "/xhtml-article": lambda h, s: h.send(200, _xhtml_page(), "application/xhtml+xml"),
    # Link shorteners and moved pages that send a reader on with a refresh instead of a redirect.
    "/refresh": lambda h, s: h.send(
        200,
        b'<html><head><meta http-equiv="Refresh" content="0; URL=/hop/1"></head>'
        b'<body><noscript><a href="/hop/1">Continue</a></noscript></body></html>',
    ),
    "/refresh-loop": lambda h, s: h.send(  # two addresses that send the reader to each other
        200,
        b"<html><head><meta content='0;url=/refresh-loop%s' http-equiv='refresh'></head></html>"
        % (b"" if "?" in h.path else b"?again"),
    ),
    "/auto-reload": lambda h, s: h.send(
        200,
        (WEB / "kerry.html")
        .read_bytes()
        .replace(b"<head>", b'<head><meta http-equiv="refresh" content="300; url=/index.html">'),
    ),
    "/sitemap": lambda h, s: h.send(
        200,
        b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + b"<url><loc>https://example.org/news/talks.html</loc></url></urlset>",
        "application/xml",
    ),
    # ISO-8859-1 declared over Windows-1252 text, as legacy sites do: browsers read it as Windows-1252.
    "/latin1-meta": lambda h, s: h.send(200, _windows_1252_page('<meta charset="ISO-8859-1">')),
    "/latin1-header": lambda h, s: h.send(200, _windows_1252_page(""), "text/html; charset=iso-8859-1"),
    "/utf8-header-1252-meta": lambda h, s: h.send(  # a server's default header over the page's own
        200,
        _windows_1252_page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'),
        "text/html; charset=UTF-8",
    ),
    "/news/kerry": partial(_home_canonical, "kerry.html"),
    "/news/asean": partial(_home_canonical, "asean.html"),
    # Typing slips in addresses a page gives: a port that is no number, an unclosed IPv6 bracket.
    "/bad-canonical": lambda h, s: h.send(
        200, _with_head("kerry.html", b'<link rel="canonical" href="https://example.org:80a/kerry">')
    ),
    "/bad-refresh": lambda h, s: h.send(
        200, _with_head("kuwait.html", b'<meta http-equiv="refresh" content="0; url=http://[::1/moved">')
    ),
    "/utf16-article": lambda h, s: h.send(
        200, (WEB / "kerry.html").read_text().encode("utf-16"), "text/html; charset=utf-16"
    ),
}


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up on purpose (caps, deadlines) are expected here; anything else is still reported."""

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="session")
def web() -> Iterator[WebServer]:
    """The test web server, one per test session (it holds no per-test state but the request log)."""
    state = WebServer(base="")
    server = _QuietServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
