"""URL canonicalisation, so that the same article gets the same id however it was linked."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from briefing_tui.sources.errors import SourceError

ALLOWED_SCHEMES = ("http", "https")
# "www.example.org", "news.example.co.uk": what a web address without its scheme starts with.
_HOST_NAME = re.compile(r"(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}")
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Query parameters that only say how a reader arrived, never which page it is.
_TRACKING_PREFIXES = ("utm_", "mtm_", "pk_", "hsa_")
_TRACKING_NAMES = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "ocid",
        "cmpid",
        "smid",
        "sref",
        "ref_src",
        "ref_url",
        "mkt_tok",
        "spm",
        "share",
        "guccounter",
    }
)


def looks_like_url(text: str) -> bool:
    """True for anything with a scheme (``http:``, ``file:``, ``ftp:``), so the caller can refuse non-http ones."""
    head, sep, _ = text.partition("://")
    return bool(sep) and head.isascii() and head.replace("+", "").replace("-", "").replace(".", "").isalnum()


def missing_source_reason(source: str) -> str:
    """Why a source that is no URL and no existing path cannot be read, with the fix when it is an address."""
    host = source.split("/", 1)[0]
    if _HOST_NAME.fullmatch(host) and (host.lower().startswith("www.") or "/" in source):
        return f"no such file: {source} (for a web page, give the whole address: https://{source})"
    return f"no such file: {source}"


def is_http_url(text: str) -> bool:
    return urlsplit(text.strip()).scheme.lower() in ALLOWED_SCHEMES and "://" in text


def require_http_url(url: str) -> str:
    """The URL stripped, or a SourceError naming the refused scheme."""
    url = url.strip()
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise SourceError(f"only http and https URLs can be imported, not {scheme or 'this'}: {url}")
    if not urlsplit(url).hostname:
        raise SourceError(f"the URL has no host name: {url}")
    return url


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters, '/' for an empty path."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port and parts.port != _DEFAULT_PORTS.get(scheme) else None
    netloc = host if port is None else f"{host}:{port}"  # credentials are never part of an article's identity
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def resolve(base: str, link: str) -> str:
    """``link`` made absolute against ``base`` (relative links in feeds and canonical tags)."""
    return urljoin(base, link.strip())
