"""Pages that carry several articles: each story found, so that each is stored as its own article.

A news roundup or digest, a ministry's page of press releases given in full, a live page of
dated entries, a saved front page: the page's main text would run their statements and
meetings together, with one publication date for all. A page is taken as several stories when
it holds two or more that each have a headline and a body of at least ``MIN_STORY_WORDS`` words:
schema.org ``NewsArticle``/``BlogPosting`` items of its JSON-LD with an ``articleBody``, else
``<article>`` elements. Teasers, cards and "related stories" lists (a sentence each) stay part
of one page; an ``<article>`` inside a story (a comment, a related card) is part of that story;
one inside a page's furniture (``aside``, ``nav``, ``footer``, comments, related lists) is none;
and the stories must hold most of the page's main text, so that a single story that is not
marked up as an ``<article>`` is never traded for the long teasers beside it.

Runs in the web page reader's worker process, beside trafilatura (lxml is loaded there).
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from typing import Any

from briefing_tui.core.dates import iso_date_prefix
from briefing_tui.sources.feeds import html_fragment_text

MIN_STORY_WORDS = 60
MIN_COVERAGE = 0.5  # of the page's main text (its word runs) that the stories must hold
_STORY_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenews",
        "analysisnewsarticle",
        "backgroundnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "reportnewsarticle",
    }
)
_FURNITURE = frozenset({"aside", "nav", "footer"})  # a story inside one of these is the page's, not the page
_NOT_BODY = (
    "article",  # another story inside this one: its comments, a related card
    "aside",
    "nav",
    "footer",
    "header",  # headline, byline and date: read apart
    "form",
    "figure",
    "script",
    "style",
    "noscript",
    "template",
    "button",
    "iframe",
)
# Class or id words of page furniture: comment threads, related and recommended stories.
_NOISE_WORDS = frozenset(
    {
        "comment",
        "comments",
        "discussion",
        "disqus",
        "reply",
        "replies",
        "related",
        "recommended",
        "promo",
        "teaser",
        "teasers",
    }
)
_WORDS_OF_CLASS = re.compile(r"[^a-z0-9]+")
_HEADLINE_TAGS = ("h1", "h2", "h3")
_FRAGMENT = re.compile(r"[A-Za-z][\w.:-]{0,79}")
_SLUG_BREAK = re.compile(r"[^a-z0-9]+")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*>")
_BY = re.compile(r"^(?:by|from)\s+", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Story:
    """One article of a page of several (plain data: it crosses the reader's process boundary).

    ``part`` names it within the page (the fragment of its address): its element's ``id``,
    else its headline as a slug. ``date`` and ``author`` are what its own block states.
    """

    title: str
    text: str
    part: str
    date: str | None = None
    author: str | None = None


def page_stories(body: bytes | str, main_text: str | None = None) -> tuple[Story, ...]:
    """The independent articles of a page that holds two or more, in page order; () for one story.

    ``main_text`` is what the page reader took as the page's main text: the stories must hold
    most of it (when it is known).
    """
    root = _parse(body)
    if root is None:
        return ()
    try:
        for found in (_json_ld_stories(root), _element_stories(root)):
            stories = _distinct(found)
            if len(stories) >= 2 and _covers(stories, main_text):
                return _named_apart(stories)
    except RecursionError:  # JSON-LD nested past Python's limit: the page is read as one
        pass
    return ()


def _parse(body: bytes | str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            body = body.decode("cp1252", "replace")
    body = _XML_DECLARATION.sub("", body)
    if not body.strip():
        return None
    try:
        return lxml_html.document_fromstring(body)
    except (etree.ParserError, ValueError):
        return None


# --- JSON-LD ---------------------------------------------------------------------------------------


def _json_ld_stories(root: Any) -> list[Story]:
    stories: list[Story] = []
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stories += _stories_in(data)
    return stories


def _stories_in(node: Any) -> list[Story]:
    """The story items in a JSON-LD value; an item holding story items (a live page's updates, a
    list) counts by them, not by itself."""
    if isinstance(node, list):
        return [story for item in node for story in _stories_in(item)]
    if not isinstance(node, dict):
        return []
    inner = [story for key, value in node.items() if key != "@context" for story in _stories_in(value)]
    if inner:
        return inner
    story = _json_ld_story(node)
    return [story] if story is not None else []


def _json_ld_story(item: dict[str, Any]) -> Story | None:
    kinds = item.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if not any(isinstance(kind, str) and kind.lower() in _STORY_TYPES for kind in kinds):
        return None
    headline, text = item.get("headline") or item.get("name"), item.get("articleBody")
    if not isinstance(headline, str) or not isinstance(text, str):
        return None
    text = html_fragment_text(text) if "<" in text else _paragraphs(text)
    headline = _line(headline)
    if not headline or len(text.split()) < MIN_STORY_WORDS:
        return None
    address = next((v for v in (item.get("@id"), item.get("url")) if isinstance(v, str) and "#" in v), "")
    return Story(
        title=headline,
        text=text,
        part=address.rpartition("#")[2],
        date=_date(item.get("datePublished") or item.get("dateCreated")),
        author=_json_ld_author(item.get("author")),
    )


def _json_ld_author(value: Any) -> str | None:
    values = value if isinstance(value, list) else [value]
    names = [v.get("name") if isinstance(v, dict) else v for v in values]
    return _line(", ".join(name for name in names if isinstance(name, str) and name.strip())) or None


# --- <article> elements ----------------------------------------------------------------------------


def _element_stories(root: Any) -> list[Story]:
    """``<article>`` elements with a headline and a body of their own, outside the page's furniture
    and not inside another such story (whose comments or related cards they are)."""
    found: dict[Any, Story] = {}
    for element in root.iter("article"):
        if _in_furniture(element):
            continue
        story = _element_story(element)
        if story is not None:
            found[element] = story
    return [story for element, story in found.items() if not any(a in found for a in element.iterancestors())]


def _in_furniture(element: Any) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        if node.tag in _FURNITURE or _is_noise(node):
            return True
    return False


def _is_noise(node: Any) -> bool:
    words = set(_WORDS_OF_CLASS.split(f"{node.get('class') or ''} {node.get('id') or ''}".lower()))
    kind = f"{node.get('itemtype') or ''} {node.get('itemprop') or ''} {node.get('role') or ''}".lower()
    return bool(words & _NOISE_WORDS) or "comment" in kind


def _own(element: Any, node: Any) -> bool:
    """Whether ``node`` (inside ``element``) belongs to it, not to a story, aside or comment inside it."""
    for parent in node.iterancestors():
        if parent is element:
            return True
        if parent.tag in ("article", *_FURNITURE, "figure") or _is_noise(parent):
            return False
    return False


def _element_story(element: Any) -> Story | None:
    if _is_noise(element):
        return None
    headings = (
        node
        for node in element.iter()
        if isinstance(node.tag, str)
        and (node.tag in _HEADLINE_TAGS or node.get("itemprop") == "headline")
        and _own(element, node)
    )
    headline = next((text for node in headings if (text := _line(node.text_content()))), None)
    if headline is None or len(headline) > 300:
        return None
    text = _body_text(element, headline)
    if len(text.split()) < MIN_STORY_WORDS:
        return None
    return Story(
        title=headline,
        text=text,
        part=element.get("id") or "",
        date=_element_date(element),
        author=_element_author(element),
    )


def _body_text(element: Any, headline: str) -> str:
    from lxml import html as lxml_html

    body = copy.deepcopy(element)
    body.tail = None
    for node in list(body.iter()):
        if node is body or not isinstance(node.tag, str):
            continue
        if node.tag in _NOT_BODY or _is_noise(node) or node.get("itemprop") == "headline":
            node.drop_tree()
    lines = html_fragment_text(lxml_html.tostring(body, encoding="unicode")).split("\n\n")
    if lines and lines[0].casefold() == headline.casefold():
        lines = lines[1:]
    return "\n\n".join(line for line in lines if line.strip())


def _element_date(element: Any) -> str | None:
    """The date the block states for itself: marked as its publication date, else a ``<time>`` of
    its own that is not in its text (a date its paragraphs mention is an event's)."""
    found: list[tuple[int, str]] = []
    for node in element.iter():
        if not isinstance(node.tag, str) or not _own(element, node):
            continue
        if node.get("itemprop") in ("datePublished", "dateCreated"):
            rank = 0
        elif node.tag == "time" and not any(p.tag in ("p", "li", "blockquote") for p in node.iterancestors()):
            rank = 1
        else:
            continue
        values = (node.get("datetime"), node.get("content"), node.text_content())
        if date := next((d for d in map(_date, values) if d), None):
            found.append((rank, date))
    return min(found, key=lambda pair: pair[0])[1] if found else None


def _element_author(element: Any) -> str | None:
    for node in element.iter():
        if not isinstance(node.tag, str) or not _own(element, node):
            continue
        words = set(_WORDS_OF_CLASS.split((node.get("class") or "").lower()))
        if node.get("itemprop") == "author" or node.get("rel") == "author" or words & {"author", "byline"}:
            name = _line(_BY.sub("", _line(node.get("content") or node.text_content())))
            if name and len(name) <= 100:
                return name
    return None


# --- common ----------------------------------------------------------------------------------------


def _line(text: str | None) -> str:
    return " ".join((text or "").split())


def _paragraphs(text: str) -> str:
    return "\n\n".join(line for line in (_line(line) for line in text.splitlines()) if line)


def _date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    from briefing_tui.core.dates import date_line

    return iso_date_prefix(value) or date_line(value)


def _distinct(stories: list[Story]) -> list[Story]:
    """Each story once (a page may give one in its JSON-LD twice, or in a list and alone)."""
    seen: set[str] = set()
    kept = []
    for story in stories:
        key = _line(story.text).casefold()
        if key not in seen:
            seen.add(key)
            kept.append(story)
    return kept


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return {tuple(words[i : i + 4]) for i in range(len(words) - 3)}


def _covers(stories: list[Story], main_text: str | None) -> bool:
    """Whether the stories hold most of the page's main text (its runs of four words). A main text
    shorter than a story (a roundup's intro the page reader took) is no story they could lose."""
    if len((main_text or "").split()) < MIN_STORY_WORDS:
        return True
    main = _runs(main_text or "")
    held: set[tuple[str, ...]] = set()
    for story in stories:
        held |= _runs(f"{story.title}\n{story.text}")
    return len(main & held) >= MIN_COVERAGE * len(main)


def _slug(headline: str) -> str:
    return _SLUG_BREAK.sub("-", headline.casefold()).strip("-")[:60].rstrip("-") or "story"


def _named_apart(stories: list[Story]) -> tuple[Story, ...]:
    """Each story with a part of its own: its element's id when it is a plain name, else its
    headline's slug; a name given twice takes -2, -3."""
    from dataclasses import replace

    taken: set[str] = set()
    named = []
    for story in stories:
        base = story.part if _FRAGMENT.fullmatch(story.part) else _slug(story.title)
        part, number = base, 1
        while part in taken:
            number += 1
            part = f"{base}-{number}"
        taken.add(part)
        named.append(replace(story, part=part))
    return tuple(named)
