"""The one data type that flows through the extraction pipeline.

Each stage reads a :class:`Document` and adds to it: sentences, timexes,
mentions, entities (after coreference), statement and meeting candidates.
Cleaning is length-preserving, so every offset in ``doc.text`` is also an
offset in the article text as given (``doc.original``): provenance needs no
offset map.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

MentionKind = Literal["person", "organization", "country", "pronoun", "role"]


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    paragraph: int = 0


@dataclass(slots=True)
class Timex:
    """A date expression. ``value`` is ISO at the text's precision; ``end_value`` for ranges."""

    start: int
    end: int
    text: str
    value: str | None
    end_value: str | None = None
    sentence: int = -1


@dataclass(slots=True)
class Mention:
    """A stretch of text that refers to an actor.

    ``kind`` is the actor kind for names, or "pronoun"/"role" for he/she and
    "the minister"-style references; ``entity`` is set by coreference.
    ``role`` and ``affiliation`` are what this mention's context says
    ("Chinese Foreign Minister Wang Yi": role "Foreign Minister", affiliation "China").
    ``head_start``/``head_end`` delimit the name itself inside a longer span.
    ``name`` is a lexicon's canonical name (known countries and organizations);
    ``ref`` is the index in ``doc.mentions`` of the name a role description is
    in apposition with ("the U.S.'s top diplomat in China, Nicholas Burns").
    ``credit``: a person named in the page's credits (a byline, a photo or wire credit).
    """

    start: int
    end: int
    text: str
    kind: MentionKind
    sentence: int = -1
    role: str | None = None
    affiliation: str | None = None
    entity: int | None = None
    head_start: int | None = None
    head_end: int | None = None
    name: str | None = None
    ref: int | None = None
    credit: bool = False


@dataclass(slots=True)
class Entity:
    """One real actor: the result of coreference over mentions."""

    index: int
    kind: Literal["person", "organization", "country"]
    name: str
    role: str | None = None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    named: bool = True


@dataclass(slots=True)
class StatementCandidate:
    """A statement before ids are given: speaker and addressees are entity indexes."""

    text: str
    kind: Literal["direct", "indirect"]
    start: int
    end: int
    evidence_start: int
    evidence_end: int
    speaker: int | None = None
    speaker_text: str | None = None
    addressees: list[int] = field(default_factory=list)
    date: str | None = None


@dataclass(slots=True)
class MeetingCandidate:
    """A meeting before ids are given: participants are entity indexes."""

    kind: Literal["call", "visit", "meeting", "summit", "conference", "talks", "other"]
    status: Literal["past", "upcoming", "proposed"]
    evidence_start: int
    evidence_end: int
    participants: list[int] = field(default_factory=list)
    location: str | None = None
    start: str | None = None
    end: str | None = None
    date_text: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Document:
    original: str
    text: str
    published: date
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    statements: list[StatementCandidate] = field(default_factory=list)
    meetings: list[MeetingCandidate] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    # word tokens of each sentence (tokens.sentence_tokens fills it once for all stages)
    tokens: list = field(default_factory=list, repr=False)
    # (sentence count, title lines at the top): meetingmerge.leading_title_lines counts them once
    title_lines: tuple[int, int] = field(default=(-1, 0), repr=False)

    # -- lookups shared by the stages -------------------------------------------------

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing ``offset`` (the nearest one before it between sentences)."""
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        if not self.sentences:
            return -1
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside ``[start, end)``, in text order."""
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def acting(self) -> set[int]:
        """The entities that speak, are spoken to or meet: the story's actors whatever else they are."""
        found = {c.speaker for c in self.statements if c.speaker is not None}
        found.update(a for c in self.statements for a in c.addressees)
        found.update(p for g in self.meetings for p in g.participants)
        return found
