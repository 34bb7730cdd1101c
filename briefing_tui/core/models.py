"""The records every part of briefing passes around.

Frozen dataclasses with ``to_dict``/``from_dict`` so the store, the command
line, the exporter and the UI share one shape. ``to_dict`` gives the shape of
``extract.schema.json`` (plus a few provenance keys the schema allows), so
export is a plain dump. Dates are ISO strings at the precision the text gives
("2023-10-26", "2023-11", "2023"), never ``datetime`` objects, because an
article that says "next month" does not name a day.
"""

from __future__ import annotations

from dataclasses import MISSING, asdict, dataclass, field, fields, replace
from typing import Any, Literal, Self, TypeVar

SCHEMA_ID = "briefing-extract-v1"

ActorKind = Literal["person", "organization", "country"]
StatementKind = Literal["direct", "indirect"]
MeetingKind = Literal["call", "visit", "meeting", "summit", "conference", "talks", "other"]
MeetingStatus = Literal["past", "upcoming", "proposed"]

ACTOR_KINDS: tuple[str, ...] = ("person", "organization", "country")
STATEMENT_KINDS: tuple[str, ...] = ("direct", "indirect")
MEETING_KINDS: tuple[str, ...] = ("call", "visit", "meeting", "summit", "conference", "talks", "other")
MEETING_STATUSES: tuple[str, ...] = ("past", "upcoming", "proposed")


_R = TypeVar("_R", bound=type)


def _quick_init(cls: _R) -> _R:
    """Give a frozen slotted dataclass an ``__init__`` that fills each slot through its descriptor.

    The generated one goes through ``object.__setattr__`` per field (frozen classes must),
    which costs about twice as much; records are built by the thousand (extraction,
    store loads). Same parameters, defaults, annotations and error messages.
    """
    namespace: dict[str, Any] = {}
    params: list[str] = []
    body: list[str] = []
    for f in fields(cls):
        if f.default_factory is not MISSING:
            raise TypeError(f"{cls.__name__}.{f.name}: default factories are not supported")
        if f.default is MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        namespace[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
        body.append(f"    _set_{f.name}(self, {f.name})\n")
    exec(f"def __init__(self, {', '.join(params)}):\n{''.join(body)}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = cls.__init__.__annotations__
    cls.__init__ = init
    return cls


class _Record:
    """to/from dict for flat dataclasses whose tuple fields travel as JSON lists."""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)  # type: ignore[call-overload]
        for key, value in out.items():
            if isinstance(value, tuple):
                out[key] = list(value)
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        """Build from a dict, ignoring unknown keys (annotation metadata, newer fields)."""
        known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue
            if isinstance(value, list):
                value = tuple(value)
            kwargs[key] = value
        return cls(**kwargs)

    def evolve(self, **changes: Any) -> Self:
        return replace(self, **changes)  # type: ignore[type-var]


USER_FIELDS = ("title", "published")  # the article's fields a person can set by hand


@_quick_init
@dataclass(frozen=True, slots=True)
class Article(_Record):
    """One imported article. ``text`` is the cleaned-up body the extractor read.

    ``title_guessed``: the title is only the text's first line or words, which a
    title the source states replaces. ``user_set`` names the fields the person set
    by hand (``USER_FIELDS``): a re-import keeps them, whatever its source states.
    """

    id: str
    title: str | None
    published: str
    url: str | None = None
    source: str | None = None
    published_assumed: bool = False
    author: str | None = None
    language: str | None = None
    partial: bool = False
    title_guessed: bool = False
    user_set: tuple[str, ...] = ()
    imported_at: str | None = None
    text: str = ""

    def set_by_user(self, **changes: Any) -> Article:
        """The article with ``changes`` the person made by hand (``--title``, ``--published``, the
        app's date correction), marked as theirs so that a re-import does not undo them."""
        unknown = set(changes) - set(USER_FIELDS)
        if unknown:
            raise ValueError(f"not a field set by hand: {', '.join(sorted(unknown))}")
        names = tuple(dict.fromkeys((*self.user_set, *changes)))
        flags = {"published": "published_assumed", "title": "title_guessed"}
        known = {flags[name]: False for name in changes}  # no longer a guess
        return self.evolve(**changes, **known, user_set=names)

    def schema_dict(self) -> dict[str, Any]:
        """The ``article`` object of extract.schema.json (without the body)."""
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published,
            "url": self.url,
            "source": self.source,
            "published_assumed": self.published_assumed,
            "partial": self.partial,
        }


@_quick_init
@dataclass(frozen=True, slots=True)
class Actor(_Record):
    """A real-world actor. ``id`` is stable: a hash of kind and canonical name.

    ``article_ids`` lists every article that mentions the actor; the store
    merges actors with the same id across articles.
    """

    id: str
    name: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()


@_quick_init
@dataclass(frozen=True, slots=True)
class Span(_Record):
    """Character offsets into the article text (``text[start:end]``)."""

    start: int
    end: int


@_quick_init
@dataclass(frozen=True, slots=True)
class Statement(_Record):
    """Something an actor said: a direct quote or reported speech.

    ``evidence`` is the sentence(s) it was read from; ``evidence_start`` and
    ``evidence_end`` locate them in the article text, so the UI can show the
    statement in place.
    """

    id: str
    actor_id: str | None
    speaker: str
    text: str
    kind: StatementKind
    evidence: str
    addressee_ids: tuple[str, ...] = ()
    date: str | None = None
    article_id: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None


@_quick_init
@dataclass(frozen=True, slots=True)
class Meeting(_Record):
    """A call, visit, meeting, summit, conference or talks between actors."""

    id: str
    kind: MeetingKind
    status: MeetingStatus
    evidence: str
    participant_ids: tuple[str, ...] = ()
    title: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    date_text: str | None = None
    article_id: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None


@_quick_init
@dataclass(frozen=True, slots=True)
class Timex(_Record):
    """A date expression as written, with its resolved value (None when it names no calendar date)."""

    text: str
    value: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything read from one article: the object ``briefing extract`` prints."""

    article: Article
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    timexes: tuple[Timex, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of extract.schema.json."""
        return {
            "schema": SCHEMA_ID,
            "article": self.article.schema_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "statements": [s.to_dict() for s in self.statements],
            "meetings": [m.to_dict() for m in self.meetings],
            "timexes": [t.to_dict() for t in self.timexes],
        }

    def for_article(self, article: Article) -> Extraction:
        """The same items, tied to ``article`` (its id set on every item)."""
        return Extraction(
            article=article,
            actors=tuple(a.evolve(article_ids=(article.id,)) for a in self.actors),
            statements=tuple(s.evolve(article_id=article.id) for s in self.statements),
            meetings=tuple(m.evolve(article_id=article.id) for m in self.meetings),
            timexes=self.timexes,
        )


@dataclass(frozen=True, slots=True)
class Counts:
    articles: int = 0
    actors: int = 0
    statements: int = 0
    meetings: int = 0

    def __add__(self, other: Counts) -> Counts:
        """Sums of writes' changes (``StoreResult.change``): what one import added."""
        return Counts(
            self.articles + other.articles,
            self.actors + other.actors,
            self.statements + other.statements,
            self.meetings + other.meetings,
        )

    def __sub__(self, other: Counts) -> Counts:
        return self + Counts(-other.articles, -other.actors, -other.statements, -other.meetings)


@dataclass(frozen=True, slots=True)
class ArticleTally:
    """An article (without body) and how many actors, statements and meetings it holds."""

    article: Article
    actors: int
    statements: int
    meetings: int


@dataclass(frozen=True, slots=True)
class Snapshot:
    """An immutable view of the whole store, handed to the UI and the exporter.

    Article bodies are left out (``text`` is empty): ask the repository for
    one body with ``article_text``.
    """

    articles: tuple[Article, ...] = ()
    actors: tuple[Actor, ...] = ()
    statements: tuple[Statement, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    counts: Counts = field(default_factory=Counts)
