"""URL canonicalisation, so that the same article gets the same id however it was linked."""

from __future__ import annotations

import re
from urllib.parse import SplitResult, parse_qsl, quote, unquote_plus, urlencode, urljoin, urlsplit, urlunsplit

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


# How a line of a reading list may wrap its address: a list's bullet or number ("- ", "* ", "1. "),
# angle brackets (plain-text e-mail and chat: "<https://...>"), a Markdown link ("[Talks](https://...)").
_LIST_MARK = re.compile(r"(?:[-*+\u2022]|\d{1,3}[.)])\s+")
_WRAPPED = re.compile(r"<(?P<angled>[^<>\s]+)>|\[[^\]]*\]\((?P<linked>[^()\s]+)\)")
_COMMENT = re.compile(r"\s+#")


def without_comment(line: str) -> str:
    """A line of a list of URLs without the ``#`` comment after its entry, stripped."""
    return _COMMENT.split(line.strip(), maxsplit=1)[0]


def listed_url(line: str) -> str | None:
    """The address a line of a list of URLs gives, else None: the line is the address alone, maybe
    as a list item, in angle brackets or as a Markdown link, with a ``#`` comment after it."""
    entry = without_comment(line)
    if mark := _LIST_MARK.match(entry):
        entry = entry[mark.end() :]
    if wrapped := _WRAPPED.fullmatch(entry):
        entry = wrapped["angled"] or wrapped["linked"]
    return entry if is_http_url(entry) and " " not in entry else None


def missing_source_reason(source: str, *, typed_as_address: bool = False) -> str:
    """Why a source that is no URL and no existing path cannot be read, with the fix when it is an address.
    A line typed where addresses go (the import dialog's URLs tab) is said to be no address, not no file."""
    host = source.split("/", 1)[0]
    if _HOST_NAME.fullmatch(host) and (host.lower().startswith("www.") or "/" in source):
        return f"no such file: {source} (for a web page, give the whole address: https://{source})"
    if typed_as_address:
        return f"not a web address, nor a file: {source} (an address starts with https://)"
    return f"no such file: {source}"


def is_http_url(text: str) -> bool:
    """Whether ``text`` is a web address briefing can fetch. Never raises: a typing slip in an
    address ("http://[::1", "example.org:80a") is no web address, not an error."""
    return "://" in text and url_problem(text) is None


def url_problem(url: str) -> str | None:
    """Why ``url`` is no web address briefing can fetch, in a sentence; None when it is one.

    ``urlsplit`` raises on an unclosed IPv6 bracket and ``.port`` on a port that is no number
    (or over 65535): asked here once, so that no caller meets those errors as a crash.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return f"not a valid web address (the host's [ ] brackets do not match): {url}"
    try:
        parts.port  # noqa: B018 - the lookup is the check
    except ValueError:
        return f"not a valid web address (the port after ':' must be a number up to 65535): {url}"
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        return f"only http and https URLs can be imported, not {scheme or 'this'}: {url}"
    if not parts.hostname:
        return f"the URL has no host name: {url}"
    return None


def require_http_url(url: str) -> str:
    """The URL stripped, or a SourceError saying why it cannot be fetched (see ``url_problem``)."""
    if (problem := url_problem(url)) is not None:
        raise SourceError(problem)
    return url.strip()


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters, '/' for an empty path.

    The query keeps the other parameters as written: ``%2F`` and ``/``, ``+`` and ``%20``, a name
    without ``=`` are not the same to every server, so the address stored is one that fetches the
    page given. Only what RFC 3986 calls the same is spelled one way (``%7e`` is ``~``, ``%2f`` is
    ``%2F``), and characters a URL cannot hold (non-ASCII, spaces) are escaped, as a browser sends them.

    For a web address (``is_http_url``): anything else raises ValueError. An IPv6 host keeps
    its brackets, without which the address would not be one.
    """
    parts = urlsplit(url.strip())
    query = "&".join(
        _ESCAPE.sub(_normal_escape, quote(pair, safe=_QUERY_SAFE))
        for pair in parts.query.split("&")
        if pair and not _is_tracking(unquote_plus(pair.partition("=")[0]))
    )
    return urlunsplit((*_canonical_site(parts), parts.path or "/", query, ""))


def earlier_canonical_url(url: str) -> str:
    """``canonical_url`` as earlier versions wrote it: the query decoded and encoded again (``a/b``
    as ``a%2Fb``, ``%20`` as ``+``, ``flag`` as ``flag=``). The articles they stored have ids made
    from it; the importer finds them by it, so that importing one again replaces it."""
    parts = urlsplit(url.strip())
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)]
    )
    return urlunsplit((*_canonical_site(parts), parts.path or "/", query, ""))


# What a query may hold as written: RFC 3986's reserved characters but '#', and '%' of escapes.
_QUERY_SAFE = "!$&'()*+,;=:@/?[]%"
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def _normal_escape(escape: re.Match[str]) -> str:
    """An escape of an unreserved character as the character, any other in upper case."""
    char = chr(int(escape[0][1:], 16))
    return char if char in _UNRESERVED else escape[0].upper()


def _canonical_site(parts: SplitResult) -> tuple[str, str]:
    """Scheme and host in lower case, without credentials or the scheme's default port."""
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    port = parts.port if parts.port and parts.port != _DEFAULT_PORTS.get(scheme) else None
    netloc = host if port is None else f"{host}:{port}"  # credentials are never part of an article's identity
    return scheme, netloc


def resolve(base: str, link: str) -> str:
    """``link`` made absolute against ``base`` (relative links in feeds and canonical tags); a
    malformed one as written, for the caller's ``is_http_url`` or ``url_problem`` to refuse."""
    try:
        return urljoin(base, link.strip())
    except ValueError:  # an unclosed IPv6 bracket in either
        return link.strip()
