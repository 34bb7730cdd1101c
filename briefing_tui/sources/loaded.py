"""What every source adapter hands the importer: an article's text and what its source says about it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    """Raw, unsanitised reading of one source; the importer turns it into an ``Article``.

    ``published`` is a date the source states (page or feed metadata, front
    matter); ``published_guess`` one it only suggests (a dateline at the top
    of a saved text), which the article keeps as assumed.
    """

    text: str
    origin: str
    title: str | None = None
    published: str | None = None
    published_guess: str | None = None
    url: str | None = None
    source: str | None = None
    author: str | None = None
    language: str | None = None
    partial: bool = False
    title_guessed: bool = False  # the title is only the text's first line or words, not one the source gives
    # ``url`` is the address the page gives for itself (its canonical link), not the one it was read
    # from (``read_from``, None for a saved page): the importer believes it unless the store holds
    # another article there (some sites name their home page on every article).
    url_claimed: bool = False
    read_from: str | None = None
    # One of several articles on one page (a roundup, a list of press releases): the fragment that
    # names it there (its block's id or its headline's slug), added to ``url`` for its own address.
    part: str | None = None
