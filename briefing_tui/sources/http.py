"""Fetching web pages and feeds with httpx, guarded against what real servers do.

Guards (each has a test against a local server): only http(s); redirects
followed by hand (at most five, an address at most twice, loops named); a
per-source deadline checked between chunks, since a server trickling a byte a second never trips a read
timeout; only identity/gzip/deflate asked for and anything else refused, since
undecodable zstd or brotli arrives as a 200 of compressed bytes; the body read
raw and inflated here with a running cap on the *decoded* size, so a gzip
bomb cannot balloon in memory; binaries refused by content type and magic bytes.
"""

from __future__ import annotations

import re
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing_tui import __version__
from briefing_tui.sources.detect import charset_of, refuse_binary
from briefing_tui.sources.errors import SourceError, size_phrase
from briefing_tui.sources.urls import require_http_url, resolve

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"briefing/{__version__} (news briefing importer; +https://pypi.org/project/briefing/)"
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)
ACCEPT_ENCODING = "gzip, deflate"
MAX_REDIRECTS = 5
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_MAX_VISITS = 2


@dataclass(frozen=True, slots=True)
class Fetched:
    """A response body, decoded from its transfer compression but not from its charset."""

    url: str
    body: bytes
    content_type: str | None = None

    @property
    def charset(self) -> str | None:
        return charset_of(self.content_type)


class HttpFetcher:
    """One shared httpx client for a whole import; call it from several threads at once."""

    def __init__(
        self,
        *,
        connections: int = 8,
        max_redirects: int = MAX_REDIRECTS,
        stop: threading.Event | None = None,
    ) -> None:
        import httpx

        self._httpx = httpx
        self.max_redirects = max_redirects
        self.stop = stop or threading.Event()
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING},
            limits=httpx.Limits(max_connections=connections, max_keepalive_connections=connections),
            follow_redirects=False,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __call__(self, url: str, *, max_bytes: int, timeout: float) -> Fetched:
        """GET ``url`` within ``timeout`` seconds overall and ``max_bytes`` decoded bytes."""
        deadline = time.monotonic() + timeout
        current = require_http_url(url)
        # Addresses as requested (a redirect that only drops tracking parameters goes somewhere
        # new), each visited at most twice: a site may set a cookie and send the reader back once.
        visits = Counter([_address(current)])
        for _ in range(self.max_redirects + 1):
            response = self._send(current, deadline, timeout)
            try:
                location = response.headers.get("location")
                if response.status_code in _REDIRECT_CODES and location:
                    target = resolve(current, location)
                    if not target.lower().startswith(("http://", "https://")):
                        raise SourceError(f"{current} redirects to a non-web address: {target}")
                    if visits[_address(target)] >= _MAX_VISITS:
                        raise SourceError(f"redirect loop: {current} redirects back to {target}")
                    visits[_address(target)] += 1
                    current = target
                    continue
                return self._read(response, current, max_bytes, deadline, timeout, asked=url.strip())
            finally:
                response.close()
        raise SourceError(f"too many redirects (more than {self.max_redirects}) starting at {url}")

    def _send(self, url: str, deadline: float, timeout: float) -> httpx.Response:
        httpx = self._httpx
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise SourceError(_too_slow(url, timeout))
        # Each wait for the server may take what is left of the source's time: a server that thinks
        # for 30 s before answering is waited for when --timeout allows it.
        request = self.client.build_request("GET", url, timeout=httpx.Timeout(remaining))
        try:
            return self.client.send(request, stream=True)
        except httpx.TimeoutException:
            raise SourceError(_too_slow(url, timeout)) from None
        except httpx.UnsupportedProtocol:
            raise SourceError(f"only http and https URLs can be imported: {url}") from None
        except httpx.HTTPError as error:
            raise SourceError(f"could not connect to {_host(url)}: {_describe(error)}") from None

    def _read(
        self,
        response: httpx.Response,
        url: str,
        max_bytes: int,
        deadline: float,
        timeout: float,
        *,
        asked: str,
    ) -> Fetched:
        status = response.status_code
        # The reason stands beside the address asked for: it names one only when a redirect led elsewhere.
        where = f" for {url}" if url != asked else ""
        if status >= 400:
            raise SourceError(f"the server answered {status} {response.reason_phrase}".rstrip() + where)
        if status >= 300:
            raise SourceError(f"the server answered {status} without a redirect address{where}")
        content_type = response.headers.get("content-type")
        length = response.headers.get("content-length")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if length and length.isdigit() and int(length) > max_bytes:  # compressed or not, it only grows
            raise SourceError(_over_cap(url, max_bytes, announced=int(length)))
        inflater = _Inflater(encoding, url)
        body = bytearray()
        checked = False
        httpx = self._httpx
        try:
            for chunk in response.iter_raw():  # as the network delivers: no buffering up to a size
                inflater.feed(chunk, body, max_bytes)
                if not checked and len(body) >= 16:  # name a binary by its magic bytes, then stop
                    refuse_binary(bytes(body[:16]), content_type)
                    checked = True
                if len(body) > max_bytes:
                    raise SourceError(_over_cap(url, max_bytes))
                if self.stop.is_set():
                    raise SourceError("the import was cancelled")
                if time.monotonic() > deadline:
                    raise SourceError(_too_slow(url, timeout))
            inflater.finish(body, max_bytes)
        except httpx.TimeoutException:
            raise SourceError(_too_slow(url, timeout)) from None
        except httpx.HTTPError as error:
            raise SourceError(f"the download from {_host(url)} broke off: {_describe(error)}") from None
        if len(body) > max_bytes:
            raise SourceError(_over_cap(url, max_bytes))
        refuse_binary(bytes(body[:16]), content_type)
        return Fetched(url=str(response.url), body=bytes(body), content_type=content_type)


class _Inflater:
    """Content-Encoding undone incrementally, never producing more than the cap allows."""

    def __init__(self, encoding: str, url: str) -> None:
        self.encoding = encoding
        if encoding in ("", "identity"):
            self._z = None
        elif encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj()
        else:
            raise SourceError(
                f"the server at {_host(url)} sent {encoding}-compressed data, which briefing does not accept"
            )
        self._first = True

    def feed(self, data: bytes, out: bytearray, cap: int) -> None:
        if self._z is None:
            out += data
            return
        if self._first and self.encoding == "deflate":
            self._first = False
            try:
                zlib.decompressobj().decompress(data[:64])
            except zlib.error:  # some servers send raw deflate without the zlib header
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        try:
            while data and len(out) <= cap:
                out += self._z.decompress(data, cap + 1 - len(out))
                data = self._z.unconsumed_tail
        except zlib.error:
            raise SourceError(f"the {self.encoding} data from the server is corrupt") from None

    def finish(self, out: bytearray, cap: int) -> None:
        if self._z is not None and len(out) <= cap:
            out += self._z.flush()
            if not self._z.eof:  # the stream's end never came: what did is only part of the page
                raise SourceError(
                    f"the {self.encoding} data from the server ends early: the page is incomplete"
                )


def _address(url: str) -> str:
    """``url`` as the server is asked for it: without its fragment, scheme and host in lower case."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).netloc or url


_ERRNO = re.compile(r"^\[Errno -?\d+\]\s*")


def _describe(error: Exception) -> str:
    """The error in the words a person reads ('Connection refused', not '[Errno 111] Connection refused')."""
    text = _ERRNO.sub("", str(error).strip())
    return text or type(error).__name__


def _too_slow(url: str, timeout: float) -> str:
    return f"gave up on {url} after {timeout:g} s: the server was too slow"


def _over_cap(url: str, max_bytes: int, announced: int | None = None) -> str:
    size = f" ({size_phrase(announced)})" if announced else ""
    return f"{url} is larger than the download limit of {size_phrase(max_bytes)}{size}"
