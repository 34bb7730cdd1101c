"""Local text and Markdown files (and stdin): decoding, front matter, sidecar metadata, datelines."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping
from pathlib import Path

from briefing_tui.core.dates import feed_date
from briefing_tui.core.titles import dateline_and_rest, stated_date, title_from
from briefing_tui.sources.detect import (
    binary_kind,
    browser_encoding,
    iso_2022_jp,
    undeclared_text,
    utf16_as_utf8,
    without_stray_nuls,
)
from briefing_tui.sources.errors import SourceError, size_phrase
from briefing_tui.sources.loaded import LoadedArticle

SIDECAR_SUFFIX = ".meta.json"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_META_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
_BLOCK_SCALAR = re.compile(r"[>|][+-]?")  # YAML: the value is on the indented lines that follow
_META_KEYS = {
    "title": "title",
    "headline": "title",
    "published": "published",
    "date": "published",
    "pubdate": "published",
    "source": "source",
    "outlet": "source",
    "site": "source",
    "site_name": "source",
    "publisher": "source",
    "url": "url",
    "link": "url",
    "canonical": "url",
    "author": "author",
    "by": "author",
    "language": "language",
    "lang": "language",
}


def read_file_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing folders, missing files and files over the cap (before reading them when they state a size)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceError(f"no such file: {path}") from None
    except OSError as error:
        raise SourceError(f"cannot read {path}: {error.strerror or error}") from None
    if path.is_dir():
        raise SourceError(f"{path} is a folder, not a file")
    if size > max_bytes:
        raise SourceError(f"{path} is {size_phrase(size)}, over the import limit of {size_phrase(max_bytes)}")
    try:
        with path.open("rb") as handle:  # a device or pipe states no size: read no more than the cap
            body = handle.read(max_bytes + 1)
    except OSError as error:
        raise SourceError(f"cannot read {path}: {error.strerror or error}") from None
    if len(body) > max_bytes:
        raise SourceError(f"{path} is over the import limit of {size_phrase(max_bytes)}")
    return body


def decode_text(body: bytes, charset: str | None = None) -> str:
    """UTF-8 first (it never decodes wrong text by accident), then the declared charset, then
    Windows-1252 or another code page the bytes are plainly in (``undeclared_text``); UTF-16
    ("Unicode" in Notepad, PowerShell's ``>``) by its byte-order mark or its NUL bytes."""
    body = without_stray_nuls(utf16_as_utf8(body))
    kind = binary_kind(body[:16])
    if kind is not None or b"\x00" in body[:4096]:
        raise SourceError(f"{kind or 'a binary file'} cannot be imported as text")
    if (japanese := iso_2022_jp(body)) is not None:
        return japanese
    for encoding in ("utf-8-sig", charset and browser_encoding(charset)):
        if not encoding:
            continue
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return undeclared_text(body)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """A leading ``---`` block of ``key: value`` lines (or Hugo's ``+++`` block of TOML), as a dict,
    and the text after it."""
    if toml := _TOML_FRONT_MATTER.match(text):
        import tomllib

        try:
            table = tomllib.loads(toml.group(1))
        except tomllib.TOMLDecodeError:
            return {}, text  # not front matter after all: the text as it is
        meta = {key.lower(): _toml_text(value) for key, value in table.items()}
        return meta, text[toml.end() :].lstrip("\n")
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta: dict[str, str] = {}
    lines = match.group(1).splitlines()
    for index, line in enumerate(lines):
        kv = _META_LINE.match(line)
        if not kv:
            continue
        value = kv.group(2).strip()
        if _BLOCK_SCALAR.fullmatch(value):  # "title: >" and the indented lines below it
            block = itertools.takewhile(
                lambda more: not more.strip() or more[:1].isspace(), lines[index + 1 :]
            )
            value = " ".join(part.strip() for part in block if part.strip())
        meta[kv.group(1).lower()] = value.strip("'\"")
    return meta, text[match.end() :].lstrip("\n")


def _toml_text(value: object) -> str:
    """A TOML value as front matter's text: dates in ISO form, a list of names joined."""
    if isinstance(value, list):
        return ", ".join(_toml_text(item) for item in value)
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def read_sidecar(path: Path) -> dict[str, str]:
    """Metadata kept next to a file as ``<name>.meta.json`` (so the file itself can stay verbatim)."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        data = json.loads(decode_text(sidecar.read_bytes()))  # as Notepad saves it: a BOM, UTF-16
    except (OSError, SourceError, json.JSONDecodeError) as error:
        raise SourceError(f"cannot read the metadata file {sidecar}: {error}") from None
    if not isinstance(data, dict):
        raise SourceError(f"the metadata file {sidecar} must hold a JSON object")
    meta: dict[str, str] = {}
    for key, value in data.items():
        if value is None or str(key).lower() not in _META_KEYS:
            continue  # keys briefing does not read may hold anything
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            value = ", ".join(value)  # several authors
        elif isinstance(value, list | dict):
            kind = "list" if isinstance(value, list) else "JSON object"
            raise SourceError(f"the metadata file {sidecar} gives {key} as a {kind}: it must be text")
        meta[str(key).lower()] = str(value)
    return meta


def metadata_fields(meta: Mapping[str, str], origin: str) -> dict[str, str]:
    """Front-matter or sidecar keys mapped to ``LoadedArticle`` fields, the date checked."""
    out: dict[str, str] = {}
    for key, value in meta.items():
        field = _META_KEYS.get(key.lower())
        if field and value and field not in out:
            out[field] = value
    if "published" in out:
        published = feed_date(out["published"])  # "May 6, 2024 10:00 AM" as well as "2024-05-06"
        if not published:
            raise SourceError(f"the date {out['published']!r} in the metadata of {origin} is not a date")
        out["published"] = published
    return out


def text_article(text: str, origin: str, meta: Mapping[str, str] | None = None) -> LoadedArticle:
    """An article from plain or Markdown text, with front matter and ``meta`` (sidecar) merged in.

    A first line that is only a date ("Sat. Jun 22nd, 2024") is kept only as a
    guess at the date, since saved pages often carry the day they were saved
    rather than published; a line near the top that says it is the date
    ("Published: 10 February 2024") is the date. Both stay in the body: the body is the text as
    given, so extracted offsets point into the file, and a dateline that is
    the real date remains on the article's timeline.
    """
    front, body = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))
    fields = metadata_fields({**front, **(meta or {})}, origin)
    guess, title_lines = dateline_and_rest(body)
    return LoadedArticle(
        text=body,
        origin=origin,
        title=fields.get("title") or title_from(title_lines),
        title_guessed=not fields.get("title"),
        published=fields.get("published") or stated_date(body),
        published_guess=guess,
        url=fields.get("url"),
        source=fields.get("source"),
        author=fields.get("author"),
        language=fields.get("language"),
    )


def load_text_file(path: Path, max_bytes: int) -> LoadedArticle:
    body = read_file_bytes(path, max_bytes)
    return text_article(decode_text(body), str(path), read_sidecar(path))
