"""Runs the extraction stages in order and turns the document into records."""

from __future__ import annotations

import re
from datetime import date

from briefing_tui.core import ids
from briefing_tui.core.models import Actor, Article, Extraction, Meeting, Statement, Timex
from briefing_tui.extract import clean, coref, meetings, mentions, roles, sentences, statements, timexes
from briefing_tui.extract.document import Document

_ISO_PREFIX = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def parse_published(value: str | None) -> date:
    """The reference date: a full ISO date, or the first day of a month or year.

    Anything else (missing, a timestamp's tail, garbage) falls back to today, as an
    import without a publication date does (``published_assumed``), instead of failing.
    """
    m = _ISO_PREFIX.match(value or "")
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError:
            pass
    return date.today()


def build_document(text: str, published: date) -> Document:
    doc = Document(original=text, text=clean.clean(text, published), published=published)
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
    actor_ids = [ids.actor_id(e.kind, e.name) for e in doc.entities]
    actors: dict[str, Actor] = {}
    for entity, aid in zip(doc.entities, actor_ids, strict=True):
        if aid in actors:  # two entities with one canonical name: merge them
            prev = actors[aid]
            aliases = tuple(dict.fromkeys((*prev.aliases, *entity.aliases)))
            actors[aid] = prev.evolve(
                role=prev.role or entity.role,
                affiliation=prev.affiliation or entity.affiliation,
                aliases=aliases,
            )
            continue
        aliases = tuple(a for a in dict.fromkeys(entity.aliases) if a != entity.name)
        actors[aid] = Actor(
            id=aid,
            name=entity.name,
            kind=entity.kind,
            role=entity.role,
            affiliation=entity.affiliation,
            aliases=aliases,
            article_ids=(article.id,),
        )

    def aid_of(index: int | None) -> str | None:
        return actor_ids[index] if index is not None and 0 <= index < len(actor_ids) else None

    out_statements: list[Statement] = []
    for c in doc.statements:
        speaker_id = aid_of(c.speaker)
        speaker_name = actors[speaker_id].name if speaker_id else (c.speaker_text or "unknown")
        addressees = tuple(
            dict.fromkeys(a for a in (aid_of(i) for i in c.addressees) if a and a != speaker_id)
        )
        out_statements.append(
            Statement(
                id=ids.statement_id(article.id, speaker_id, c.text, c.start),
                actor_id=speaker_id,
                speaker=speaker_name,
                text=c.text,
                kind=c.kind,
                evidence=doc.original[c.evidence_start : c.evidence_end].strip(),
                addressee_ids=addressees,
                date=c.date,
                article_id=article.id,
                evidence_start=c.evidence_start,
                evidence_end=c.evidence_end,
            )
        )

    out_meetings: list[Meeting] = []
    for m in doc.meetings:
        participants = tuple(dict.fromkeys(a for a in (aid_of(i) for i in m.participants) if a))
        out_meetings.append(
            Meeting(
                id=ids.meeting_id(article.id, m.kind, participants, m.evidence_start),
                kind=m.kind,
                status=m.status,
                evidence=doc.original[m.evidence_start : m.evidence_end].strip(),
                participant_ids=participants,
                title=m.title,
                location=m.location,
                start=m.start,
                end=m.end,
                date_text=m.date_text,
                article_id=article.id,
                evidence_start=m.evidence_start,
                evidence_end=m.evidence_end,
            )
        )

    # the words as written: the cleaned text has normalised dashes and quote marks
    out_timexes = tuple(
        Timex(text=doc.original[t.start : t.end], value=t.value, start=t.start, end=t.end)
        for t in doc.timexes
    )
    return Extraction(
        article=article,
        actors=tuple(actors.values()),
        statements=tuple(out_statements),
        meetings=tuple(out_meetings),
        timexes=out_timexes,
    )
