"""Runs the extraction stages in order and turns the document into records."""

from __future__ import annotations

import re
from datetime import date

from briefing_tui.core.collector import collector_paused

# Importing the stages builds their lexicons and patterns, some 40,000 objects and no garbage: the
# collector walking them meanwhile costs about 20 ms of the import's 320, and walking them again as
# young while the first article is read another 25 ms.
with collector_paused():
    from briefing_tui.core import ids
    from briefing_tui.core.models import Actor, Article, Extraction, Meeting, Statement, Timex
    from briefing_tui.extract import (
        asciitwin,
        clean,
        coref,
        meetings,
        mentions,
        rolecredits,
        roledescriptions,
        roles,
        sentences,
        statements,
        timexes,
    )
    from briefing_tui.extract.document import Document

_ISO_PREFIX = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


# The rules count days, weeks, months and years from the reference date: one at the calendar's ends
# (year 1, year 9999) would count past them. No news is dated there; such a date is moved inside.
_EARLIEST_REFERENCE = date(100, 1, 1)
_LATEST_REFERENCE = date(9899, 12, 31)


def parse_published(value: str | None) -> date:
    """The reference date: a full ISO date, or the first day of a month or year.

    Anything else (missing, a timestamp's tail, garbage) falls back to today, as an
    import without a publication date does (``published_assumed``), instead of failing.
    A date before 0100-01-01 or after 9899-12-31 is read as that bound.
    """
    m = _ISO_PREFIX.match(value or "")
    if m:
        try:
            day = date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError:
            pass
        else:
            return min(max(day, _EARLIEST_REFERENCE), _LATEST_REFERENCE)
    return date.today()


def build_document(text: str, published: date) -> Document:
    doc = Document(original=text, text=clean.clean(text, published), published=published)
    asciitwin.declare(doc.text)  # every stage's twin patterns search this text with re.ASCII, if it is plain
    sentences.split(doc)
    timexes.find(doc)
    mentions.find(doc)
    roles.attach(doc)
    coref.resolve(doc)
    statements.find(doc)
    meetings.find(doc)
    return doc


def run_pipeline(article: Article) -> Extraction:
    doc = build_document(article.text, parse_published(article.published))
    return assemble(doc, article)


def assemble(doc: Document, article: Article) -> Extraction:
    """Give every entity and item its stable id and build the output records."""
    _squeeze_entities(doc)
    actor_ids = [ids.actor_id(e.kind, e.name) for e in doc.entities]
    # entity index -> actor id; ``.get`` gives None for a missing or out-of-range index
    id_of = dict(enumerate(actor_ids))
    # people named only in credits are page furniture: they stay entities, but no actors
    furniture = rolecredits.credited_only(doc)
    # an office told without its holder's name is no actor unless it speaks or meets
    furniture |= roledescriptions.idle_offices(doc)
    actors = _actors(doc, actor_ids, article.id, furniture)
    original = doc.original
    # the words as written: the cleaned text has normalised dashes and quote marks
    timexes = [
        Timex(text=original[t.start : t.end], value=t.value, start=t.start, end=t.end) for t in doc.timexes
    ]
    return Extraction(
        article=article,
        actors=tuple(actors.values()),
        statements=tuple(_statements(doc, id_of, actors, article.id)),
        meetings=tuple(_meetings(doc, id_of, article.id)),
        timexes=tuple(timexes),
    )


def _squeezed(words: str | None) -> str | None:
    """``words`` with each run of white space one space: a name, a role or a quote read across a line
    break, an indent or a blanked mark ("Secretary for the  Bureau") reads as one line of words."""
    return " ".join(words.split()) if words else words


def _squeeze_entities(doc: Document) -> None:
    """Names, roles and affiliations as single-spaced words, before the names make the actors' ids."""
    for e in doc.entities:
        e.name = _squeezed(e.name) or e.name
        e.role = _squeezed(e.role)
        e.affiliation = _squeezed(e.affiliation)
        e.aliases = [_squeezed(a) or a for a in e.aliases]


def _actors(doc: Document, actor_ids: list[str], article_id: str, left_out: set[int]) -> dict[str, Actor]:
    """One actor per id, in order of first entity, but for those ``left_out``; entities with one
    canonical name merge."""
    actors: dict[str, Actor] = {}
    for entity, aid in zip(doc.entities, actor_ids, strict=True):
        if entity.index in left_out:
            continue
        prev = actors.get(aid)
        if prev is not None:
            actors[aid] = prev.evolve(
                role=prev.role or entity.role,
                affiliation=prev.affiliation or entity.affiliation,
                aliases=tuple(dict.fromkeys((*prev.aliases, *entity.aliases))),
            )
            continue
        name = entity.name
        actors[aid] = Actor(
            id=aid,
            name=name,
            kind=entity.kind,
            role=entity.role,
            affiliation=entity.affiliation,
            aliases=tuple(a for a in dict.fromkeys(entity.aliases) if a != name) if entity.aliases else (),
            article_ids=(article_id,),
        )
    return actors


def _statements(
    doc: Document, id_of: dict[int, str], actors: dict[str, Actor], article_id: str
) -> list[Statement]:
    out: list[Statement] = []
    original = doc.original
    for c in doc.statements:
        speaker_id = id_of.get(c.speaker)  # type: ignore[arg-type]
        addressees = (
            tuple(dict.fromkeys(a for a in map(id_of.get, c.addressees) if a and a != speaker_id))
            if c.addressees
            else ()
        )
        out.append(
            Statement(
                id=ids.statement_id(article_id, speaker_id, c.text, c.start),
                actor_id=speaker_id,
                speaker=actors[speaker_id].name if speaker_id else (_squeezed(c.speaker_text) or "unknown"),
                text=_squeezed(c.text) or c.text,
                kind=c.kind,
                evidence=original[c.evidence_start : c.evidence_end].strip(),
                addressee_ids=addressees,
                date=c.date,
                article_id=article_id,
                evidence_start=c.evidence_start,
                evidence_end=c.evidence_end,
            )
        )
    return out


def _meetings(doc: Document, id_of: dict[int, str], article_id: str) -> list[Meeting]:
    out: list[Meeting] = []
    original = doc.original
    for m in doc.meetings:
        participants = tuple(dict.fromkeys(filter(None, map(id_of.get, m.participants))))
        out.append(
            Meeting(
                id=ids.meeting_id(article_id, m.kind, participants, m.evidence_start),
                kind=m.kind,
                status=m.status,
                evidence=original[m.evidence_start : m.evidence_end].strip(),
                participant_ids=participants,
                title=_squeezed(m.title),
                location=_squeezed(m.location),
                start=m.start,
                end=m.end,
                date_text=m.date_text,
                article_id=article_id,
                evidence_start=m.evidence_start,
                evidence_end=m.evidence_end,
            )
        )
    return out
