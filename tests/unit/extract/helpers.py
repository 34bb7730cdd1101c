"""Helpers shared by the extraction tests.

- The whole pipeline on a test text published on a given day (each test file keeps its own
  day): ``people``, ``roles``, ``sides``, ``person_named``, ``side_of`` and ``names`` read back
  the actors it found, ``meetings_of`` the meetings, ``timexes_of`` the dates and times.
- The first stages alone: ``sentences_of`` gives the sentences of a text; ``find_timexes`` the
  document after the timexes stage (``timex_pairs`` its dates); ``mentions_of`` the document
  after clean, sentences and mentions, ``heads`` the heads of the mentions of a kind;
  ``quote_bodies`` the quotes ``find_quotes`` finds, with whether each was closed.
- The meetings stage alone, on a hand-built document: ``build_meetings`` (actors from ``ACTORS``),
  read back by ``meeting_summary`` or ``first_meeting``.
- The statements stage alone, on a hand-built document: ``Cast`` says who is in a test text,
  ``make_doc`` builds the document (sentences, mentions resolved to entities, timexes) and
  ``run`` finds its statements, read back by ``said_in``; ``built`` reads them after the whole
  pipeline instead.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from briefing_tui.extract import meetings, mentions, sentences, statements, timexes
from briefing_tui.extract.clean import clean
from briefing_tui.extract.document import Document, Entity, MeetingCandidate, Mention, Sentence, Timex
from briefing_tui.extract.pipeline import build_document
from briefing_tui.extract.quotes import find_quotes

# The whole pipeline on a test text, published on a given day.


def _actors(text: str, published: date, kind: str) -> list[Entity]:
    return [e for e in build_document(text, published).entities if e.kind == kind]


def people(text: str, published: date, *fields: str) -> dict[str, tuple]:
    """Each person found: name -> (role, affiliation), or the tuple of ``fields`` when given
    (attributes of an actor: 'role', 'affiliation', 'aliases', ...)."""
    fields = fields or ("role", "affiliation")
    return {e.name: tuple(getattr(e, f) for f in fields) for e in _actors(text, published, "person")}


def roles(text: str, published: date) -> dict[str, str | None]:
    """Each person found: name -> role."""
    return {e.name: e.role for e in _actors(text, published, "person")}


def sides(text: str, published: date) -> dict[str, str | None]:
    """Each person found: name -> affiliation."""
    return {e.name: e.affiliation for e in _actors(text, published, "person")}


def person_named(text: str, published: date, name: str) -> Entity:
    """The person found with the name ``name``."""
    found = _actors(text, published, "person")
    for e in found:
        if e.name == name:
            return e
    raise AssertionError(f"{name!r} not among {[e.name for e in found]}")


def side_of(text: str, published: date, name: str) -> str | None:
    """The affiliation of the person found with the name ``name``."""
    return person_named(text, published, name).affiliation


def names(text: str, published: date, kind: str) -> list[str]:
    """The names of the actors of ``kind`` found ('person', 'organization', 'country'), in their order."""
    return [e.name for e in _actors(text, published, kind)]


def meetings_of(
    text: str, published: date, *fields: str, parties: Callable[[Iterable[str]], object] = frozenset
) -> list[tuple]:
    """Each meeting found, as the tuple of its ``fields`` ('kind', 'status', 'location', 'start',
    'end'). 'participants' gives their names, in their order, to ``parties``: a frozenset by
    default (equal to a set of the same names), ``sorted`` or ``list`` for a list."""
    doc = build_document(text, published)
    return [
        tuple(
            parties(doc.entities[i].name for i in m.participants) if f == "participants" else getattr(m, f)
            for f in fields
        )
        for m in doc.meetings
    ]


def timexes_of(text: str, published: date, *, ends: bool = False) -> list[tuple]:
    """Each date or time found: (its words, its resolved value), and the value of its end with
    ``ends`` (None for a single day)."""
    found = build_document(text, published).timexes
    if ends:
        return [(t.text, t.value, t.end_value) for t in found]
    return [(t.text, t.value) for t in found]


# The first stages alone.


def sentences_of(text: str) -> list[str]:
    """The sentences the sentences stage cuts ``text`` into, after clean (published 2023-10-24)."""
    doc = Document(text, clean(text), date(2023, 10, 24))
    sentences.split(doc)
    return [doc.text[s.start : s.end] for s in doc.sentences]


def find_timexes(text: str, published: date = date(2023, 10, 24)) -> Document:
    """The timexes stage alone on ``text`` as one sentence (published Tuesday 2023-10-24 unless told)."""
    doc = Document(original=text, text=text, published=published)
    doc.sentences = [Sentence(0, 0, len(text))] if text else []
    timexes.find(doc)
    return doc


def timex_pairs(text: str, published: date = date(2023, 10, 24)) -> list[tuple[str, str | None]]:
    """(words, value) of each timex ``find_timexes`` finds."""
    return [(t.text, t.value) for t in find_timexes(text, published).timexes]


def mentions_of(text: str, published: date = date(2023, 10, 24)) -> Document:
    """The document after the stages up to mentions: clean, sentences, mentions."""
    doc = Document(text, clean(text), published)
    sentences.split(doc)
    mentions.find(doc)
    return doc


def heads(text: str, kind: str, published: date = date(2023, 10, 24)) -> list[str]:
    """The head (the name, without an office before it) of each mention of ``kind``."""
    doc = mentions_of(text, published)
    return [doc.text[m.head_start : m.head_end] for m in doc.mentions if m.kind == kind]


def quote_bodies(text: str, original: str | None = None) -> list[tuple[str, bool]]:
    """Each quote found: (the text between its marks, whether it was closed)."""
    return [(text[q.start : q.end], q.closed) for q in find_quotes(text, original)]


# The meetings stage alone, on a hand-built document.
# surface form -> (kind, canonical name); a surface may be a pronoun or a role noun for a named actor
ACTORS: dict[str, tuple[str, str]] = {
    "Wang Yi": ("person", "Wang Yi"),
    "Wang": ("person", "Wang Yi"),
    "Eli Cohen": ("person", "Eli Cohen"),
    "Antony Blinken": ("person", "Antony Blinken"),
    "Blinken": ("person", "Antony Blinken"),
    "Jake Sullivan": ("person", "Jake Sullivan"),
    "Biden": ("person", "Joe Biden"),
    "Xi": ("person", "Xi Jinping"),
    "Hun Sen": ("person", "Hun Sen"),
    "Sherman": ("person", "Wendy Sherman"),
    "Kerry": ("person", "John Kerry"),
    "Lavrov": ("person", "Sergei Lavrov"),
    "Scholz": ("person", "Olaf Scholz"),
    "Macron": ("person", "Emmanuel Macron"),
    "Modi": ("person", "Narendra Modi"),
    "Washington": ("country", "United States"),
    "U.S.": ("country", "United States"),
    "Phnom Penh": ("country", "Cambodia"),
    "Kyiv": ("country", "Ukraine"),
    "Ukraine": ("country", "Ukraine"),
    "France": ("country", "France"),
    "Germany": ("country", "Germany"),
    "Israel": ("country", "Israel"),
    "China": ("country", "China"),
    "ECOWAS": ("organization", "ECOWAS"),
    "Taliban": ("organization", "Taliban"),
    "Fiji": ("country", "Fiji"),
    "Qatar": ("country", "Qatar"),
    "Thailand": ("country", "Thailand"),
    "Bainimarama": ("person", "Frank Bainimarama"),
    "Zelensky": ("person", "Volodymyr Zelensky"),
    "NATO": ("organization", "NATO"),
}
PRONOUNS = {"he": "person", "she": "person", "his": "person", "her": "person"}
_SURFACE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, ACTORS), key=len, reverse=True)) + r")(?!\w)")


def build_meetings(
    text: str, pronoun_for: dict[str, str] | None = None, published: date = date(2023, 10, 24)
) -> Document:
    """The meetings stage (and timexes) on a hand-built document: sentences split at '. ', actors
    from ACTORS, pronouns resolved as ``pronoun_for`` says; published on Tuesday 2023-10-24 unless
    told otherwise."""
    doc = Document(original=text, text=text, published=published)
    start = 0
    for i, m in enumerate(re.finditer(r"[^.!?]+(?:[.!?]+|$)", text)):
        doc.sentences.append(Sentence(i, m.start(), m.end()))
        start = m.end()
    assert start == len(text) or not text.strip()
    names: dict[str, int] = {}

    def entity(kind: str, name: str) -> int:
        if name not in names:
            names[name] = len(doc.entities)
            doc.entities.append(Entity(len(doc.entities), kind, name))  # type: ignore[arg-type]
        return names[name]

    for m in _SURFACE.finditer(text):
        kind, name = ACTORS[m.group(0)]
        doc.mentions.append(
            Mention(
                m.start(), m.end(), m.group(0), kind, doc.sentence_at(m.start()), entity=entity(kind, name)
            )  # type: ignore[arg-type]
        )
    for word, name in (pronoun_for or {}).items():
        for m in re.finditer(rf"\b{word}\b", text):
            doc.mentions.append(
                Mention(
                    m.start(),
                    m.end(),
                    word,
                    "pronoun",
                    doc.sentence_at(m.start()),
                    entity=entity("person", name),
                )
            )
    doc.mentions.sort(key=lambda m: m.start)
    timexes.find(doc)
    meetings.find(doc)
    return doc


def meeting_summary(doc: Document) -> list[tuple[str, str, set[str]]]:
    """(kind, status, participant names) of each meeting of ``doc``."""
    return [(m.kind, m.status, {doc.entities[i].name for i in m.participants}) for m in doc.meetings]


def first_meeting(text: str, kind: str | None = None) -> MeetingCandidate:
    """The first meeting ``build_meetings`` finds in ``text`` (of ``kind``, when given); fails when there is none."""
    found = [m for m in build_meetings(text).meetings if kind is None or m.kind == kind]
    assert found, text
    return found[0]


# The statements stage alone, on a hand-built document.
_BOUNDARY = re.compile(r"[.!?][\"\u201d]?\s+(?=[\"\u201cA-Z])|\n\s*\n")
_PRONOUN = re.compile(r"\b(?:he|she|He|She|they|They|it|It|we|We)\b")


@dataclass
class Cast:
    """Who is in a test text: canonical name -> (kind, aliases); pronoun -> canonical name."""

    actors: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    pronouns: dict[str, str] = field(default_factory=dict)
    dates: dict[str, str] = field(default_factory=dict)


def _sentences(text: str) -> list[Sentence]:
    inside = [(q.open, max(q.close, q.end)) for q in find_quotes(text)]
    opens = [a for a, _ in inside]
    cuts = [0]
    for m in _BOUNDARY.finditer(text):
        k = bisect.bisect_left(opens, m.start()) - 1
        if k < 0 or not inside[k][0] < m.start() < inside[k][1]:
            cuts.append(m.end())
    cuts.append(len(text))
    spans = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]
    return [Sentence(i, a, b) for i, (a, b) in enumerate(spans)]


def make_doc(text: str, cast: Cast | None = None) -> Document:
    cast = cast or Cast()
    doc = Document(original=text, text=text, published=date(2023, 10, 24))
    doc.sentences = _sentences(text)
    names = list(cast.actors)
    for i, (name, (kind, _aliases)) in enumerate(cast.actors.items()):
        doc.entities.append(Entity(index=i, kind=kind, name=name))  # type: ignore[arg-type]
    taken: list[tuple[int, int]] = []
    for i, (name, (kind, aliases)) in enumerate(cast.actors.items()):
        for form in sorted((name, *aliases), key=len, reverse=True):
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                doc.mentions.append(Mention(m.start(), m.end(), form, kind, entity=i))  # type: ignore[arg-type]
    for m in _PRONOUN.finditer(text):
        owner = cast.pronouns.get(m.group(0).lower())
        entity = names.index(owner) if owner else None
        doc.mentions.append(Mention(m.start(), m.end(), m.group(0), "pronoun", entity=entity))
    doc.mentions.sort(key=lambda m: m.start)
    for phrase, value in cast.dates.items():
        for m in re.finditer(re.escape(phrase), text):
            doc.timexes.append(Timex(m.start(), m.end(), phrase, value))
    doc.timexes.sort(key=lambda t: t.start)
    return doc


def said_in(doc: Document) -> list[tuple[str, str | None, str]]:
    """Each statement of ``doc`` as (kind, speaker's name or unresolved speaker text, text)."""
    return [
        (c.kind, doc.entities[c.speaker].name if c.speaker is not None else c.speaker_text, c.text)
        for c in doc.statements
    ]


def run(text: str, cast: Cast | None = None) -> list[tuple[str, str | None, str]]:
    doc = make_doc(text, cast)
    statements.find(doc)
    return said_in(doc)


def built(text: str, published: date = date(2024, 5, 1)) -> list[tuple[str, str | None, str]]:
    """The statements the whole pipeline reads in ``text`` (its own mentions, no cast)."""
    return said_in(build_document(text, published))


# Casts that more than one file of statements tests uses.
RUIZ_BERG = Cast(
    actors={"Ana Ruiz": ("person", ("Ruiz",)), "Tom Berg": ("person", ("Berg",))},
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)
RUIZ_BERG_PERU = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)
RUIZ_BERG_TRADE = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz", "Ana")),
        "Tom Berg": ("person", ("Berg",)),
        "Ministry of Trade": ("organization", ()),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg", "it": "Ministry of Trade"},
)
RUIZ_BERG_TRADE_SHE_ONLY = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Ministry of Trade": ("organization", ()),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz"},  # 'he' is left unresolved, as coreference sometimes leaves it
)
RUIZ_BERG_UN = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz", "Ana")),
        "Tom Berg": ("person", ("Berg",)),
        "United Nations": ("organization", ("UN",)),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)
RUIZ_BERG_ANDEAN = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz", "Ana")),
        "Tom Berg": ("person", ("Berg",)),
        "Andean Union": ("organization", ("AU",)),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


def parties_of(text: str, published: date) -> list[frozenset[str]]:
    """The participants' names of each meeting found, one set per meeting."""
    return [parties for (parties,) in meetings_of(text, published, "participants")]
