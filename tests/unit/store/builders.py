"""Small, readable extractions for store tests (also imported by the subprocess workers)."""

from __future__ import annotations

from briefing_tui.core.ids import actor_id, meeting_id, statement_id
from briefing_tui.core.models import Actor, Article, Extraction, Meeting, Statement


def person(name: str, role: str | None = None, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(id=actor_id("person", name), name=name, kind="person", role=role, aliases=aliases)


def country(name: str) -> Actor:
    return Actor(id=actor_id("country", name), name=name, kind="country")


def said(
    speaker: Actor, text: str, to: tuple[Actor, ...] = (), article_id: str = "", at: int = 0
) -> Statement:
    return Statement(
        id=statement_id(article_id, speaker.id, text, at),
        actor_id=speaker.id,
        speaker=speaker.name,
        text=text,
        kind="direct",
        evidence=f'"{text}," {speaker.name} said.',
        addressee_ids=tuple(a.id for a in to),
        article_id=article_id or None,
        evidence_start=at,
    )


def met(*participants: Actor, article_id: str = "", at: int = 0, kind: str = "call") -> Meeting:
    ids = tuple(p.id for p in participants)
    return Meeting(
        id=meeting_id(article_id, kind, ids, at),
        kind=kind,  # type: ignore[arg-type]
        status="past",
        evidence=" and ".join(p.name for p in participants) + f" held a {kind}.",
        participant_ids=ids,
        article_id=article_id or None,
        evidence_start=at,
    )


def article(article_id: str, published: str = "2023-10-24", text: str = "Body.", **fields: object) -> Article:
    return Article(id=article_id, title=f"Title of {article_id}", published=published, text=text, **fields)  # type: ignore[arg-type]


def extraction(
    article_id: str,
    published: str = "2023-10-24",
    *,
    actors: tuple[Actor, ...] = (),
    statements: int = 2,
    meetings: int = 1,
    text: str | None = None,
) -> Extraction:
    """An article whose first actor speaks ``statements`` times to the others and meets them ``meetings`` times."""
    cast = actors or (person("Wang Yi", role="Foreign Minister"), person("Antony Blinken"), country("China"))
    speaker, others = cast[0], cast[1:]
    return Extraction(
        article=article(article_id, published, text=text if text is not None else f"Body of {article_id}."),
        actors=cast,
        statements=tuple(
            said(speaker, f"Statement {n} in {article_id}", others, article_id, at=n * 10)
            for n in range(statements)
        ),
        meetings=tuple(met(*cast, article_id=article_id, at=n * 10) for n in range(meetings)),
    )
