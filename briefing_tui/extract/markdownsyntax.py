"""Markdown's marks blanked out, so that a clipped note reads as the prose it marks up.

Articles saved by web clippers and note-taking tools come as Markdown: names are links
("[Antony Blinken](https://...) said"), words are emphasised ("**said**"), titles are headings
and quoted passages start with ">". The marks would split names from their verbs and titles from
names, so they become spaces, one for one: a link keeps its words and loses its brackets and
address, emphasis loses its asterisks or underscores, a heading or quote marker its hashes or ">".

Plain prose is left alone: a link needs "](" and an address, emphasis needs its marks on both
sides of a word run on one line and not inside a word ("snake_case", "2 * 3"), and a heading or
quote marker needs the start of a line and a space after it.
"""

from __future__ import annotations

import re

# [words](address "title") and ![alt](address): an address is a scheme, a path or an anchor
_LINK = re.compile(
    r"(!?)\[([^\[\]\n]{1,300})\]\((?:[a-z][a-z0-9+.-]*:|/|#|\.)[^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)",
    re.IGNORECASE,
)
# **strong**, *em*, __strong__, _em_: the same mark on both sides of a run of words on one line
# (a run of at most 200 characters: emphasis marks words, and an unbounded run would make a long line of
# underscores or stars cost the square of its length)
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*|__|_)(?=[^\s*_])([^\n]{0,200}?[^\s*_])\1(?![\w*])")
_LINE_MARK = re.compile(r"^(?:#{1,6}|>)[ \t]+", re.MULTILINE)
# a list item's marker: a bullet glyph, or Markdown's "*" or "+" (not "-": once cleaned, an en or em dash is
# "-" too, and a line opening on one is a signature ("- Secretary Blinken, February 25") or a line of dialogue)
_LIST_MARK = re.compile(
    r"^[ \t]*[*+\u2022\u00b7\u25aa\u25ab\u25e6\u2023\u2043\u25cf\u25a0\u25ba\u25b8\u27a2][ \t]+", re.MULTILINE
)


def blank_markdown(text: str) -> str:
    """``text`` with Markdown's link, emphasis, heading and quote marks as spaces (``len`` unchanged)."""
    if "](" in text:
        text = _LINK.sub(_link_words, text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_emphasised_words, text)
    if "#" in text or ">" in text:
        text = _LINE_MARK.sub(lambda m: " " * len(m.group(0)), text)
    return text


def blank_list_markers(text: str) -> str:
    """``text`` with each list item's bullet as spaces, so the item reads as the paragraph it is
    (a readout's "• The Secretary stressed ..."): its first words open it, as they would unbulleted."""
    return _LIST_MARK.sub(lambda m: " " * len(m.group(0)), text)


def _link_words(m: re.Match[str]) -> str:
    """A link's words where its "[" was, then spaces; an image, all spaces (its alt text is no prose)."""
    if m.group(1):
        return " " * len(m.group(0))
    words = m.group(2)
    return " " + words + " " * (len(m.group(0)) - len(words) - 1)


def _emphasised_words(m: re.Match[str]) -> str:
    mark = " " * len(m.group(1))
    return mark + m.group(2) + mark
