"""A hand-built briefing (two articles) so UI tests and snapshots do not depend on the extractor."""

from __future__ import annotations

from pathlib import Path

from briefing_tui.core import ids
from briefing_tui.core.models import Actor, Article, Extraction, Meeting, Statement

WANG_TEXT = (
    "Chinese Foreign Minister Wang Yi reiterated that Israel must protect civilians.\n\n"
    "\u201cEvery country has the right to self-defense,\u201d Wang told Israeli counterpart Eli Cohen "
    "in a telephone call Monday.\n\n"
    "In a separate call, Wang told Palestinian Foreign Minister Riyad al-Maliki that China "
    "\u201cdeeply sympathizes with the difficult situation of the Palestinian side.\u201d\n\n"
    "Wang will be in Washington Thursday to Saturday and will meet with Secretary of State "
    "Antony Blinken and National Security Advisor Jake Sullivan.\n\n"
    "They declined to say whether it would lay the groundwork for a meeting between Biden and Xi "
    "at a summit in San Francisco next month.\n"
)


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _actor(kind: str, name: str, role: str | None, affiliation: str | None, article_id: str) -> Actor:
    return Actor(
        id=ids.actor_id(kind, name),
        name=name,
        kind=kind,  # type: ignore[arg-type]
        role=role,
        affiliation=affiliation,
        article_ids=(article_id,),
    )


def wang_yi_extraction() -> Extraction:
    article_id = ids.article_id_for_text(WANG_TEXT)
    article = Article(
        id=article_id,
        title="China's Wang Yi Calls Israeli and Palestinian Counterparts",
        published="2023-10-24",
        source="TIME",
        url="https://time.example/wang-yi",
        text=WANG_TEXT,
    )
    wang = _actor("person", "Wang Yi", "Foreign Minister", "China", article_id)
    cohen = _actor("person", "Eli Cohen", "Foreign Minister", "Israel", article_id)
    maliki = _actor("person", "Riyad al-Maliki", "Foreign Minister", "Palestine", article_id)
    blinken = _actor("person", "Antony Blinken", "Secretary of State", "United States", article_id)
    sullivan = _actor("person", "Jake Sullivan", "National Security Advisor", "United States", article_id)
    biden = _actor("person", "Biden", None, "United States", article_id)
    xi = _actor("person", "Xi Jinping", "President", "China", article_id)
    china = _actor("country", "China", None, None, article_id)
    actors = (wang, cohen, maliki, blinken, sullivan, biden, xi, china)

    def statement(speaker: Actor, words: str, kind: str, sentence: str, to: tuple[Actor, ...]) -> Statement:
        start, end = _span(WANG_TEXT, sentence)
        return Statement(
            id=ids.statement_id(article_id, speaker.id, words, start),
            actor_id=speaker.id,
            speaker=speaker.name,
            text=words,
            kind=kind,  # type: ignore[arg-type]
            evidence=sentence,
            addressee_ids=tuple(a.id for a in to),
            date="2023-10-23",
            article_id=article_id,
            evidence_start=start,
            evidence_end=end,
        )

    s1 = statement(
        wang,
        "Every country has the right to self-defense,",
        "direct",
        "\u201cEvery country has the right to self-defense,\u201d Wang told Israeli counterpart Eli Cohen "
        "in a telephone call Monday.",
        (cohen,),
    )
    s2 = statement(
        wang,
        "China deeply sympathizes with the difficult situation of the Palestinian side",
        "indirect",
        "In a separate call, Wang told Palestinian Foreign Minister Riyad al-Maliki that China "
        "\u201cdeeply sympathizes with the difficult situation of the Palestinian side.\u201d",
        (maliki,),
    )

    def meeting(kind: str, status: str, sentence: str, who: tuple[Actor, ...], **more: str) -> Meeting:
        start, end = _span(WANG_TEXT, sentence)
        participant_ids = tuple(a.id for a in who)
        return Meeting(
            id=ids.meeting_id(article_id, kind, participant_ids, start),
            kind=kind,  # type: ignore[arg-type]
            status=status,  # type: ignore[arg-type]
            evidence=sentence,
            participant_ids=participant_ids,
            article_id=article_id,
            evidence_start=start,
            evidence_end=end,
            **more,
        )

    visit_sentence = (
        "Wang will be in Washington Thursday to Saturday and will meet with Secretary of State "
        "Antony Blinken and National Security Advisor Jake Sullivan."
    )
    summit_sentence = (
        "They declined to say whether it would lay the groundwork for a meeting between Biden and Xi "
        "at a summit in San Francisco next month."
    )
    call_sentence = s1.evidence
    meetings = (
        meeting("call", "past", call_sentence, (wang, cohen), start="2023-10-23", date_text="Monday"),
        meeting(
            "visit",
            "upcoming",
            visit_sentence,
            (wang, blinken, sullivan),
            location="Washington",
            start="2023-10-26",
            end="2023-10-28",
            date_text="Thursday to Saturday",
        ),
        meeting(
            "summit",
            "proposed",
            summit_sentence,
            (biden, xi),
            location="San Francisco",
            start="2023-11",
            date_text="next month",
        ),
    )
    return Extraction(article=article, actors=actors, statements=(s1, s2), meetings=meetings)


HOSTILE_TEXT = (
    "[@click=app.quit]click me[/] said the [link=file:///etc/passwd]minister[/] today [/]\n"
    "\x1b]52;c;SGVsbG8=\x07clipboard \x1b[2J cleared \x9b31m red\n"
)


def hostile_extraction(text: str = HOSTILE_TEXT) -> Extraction:
    """An article whose every string is markup or escapes (as if sanitize() had missed nothing)."""
    article_id = ids.article_id_for_text(text)
    article = Article(
        id=article_id,
        title="[@click=app.quit]Quit[/] [link=file:///etc/passwd]passwd[/] [/]",
        published="2023-10-20",
        published_assumed=True,
        source="[b]Outlet[/b]",
        text=text,
    )
    actor = _actor(
        "person", "[@click=app.quit]Mallory[/]", "[link=file:///etc/passwd]Envoy[/]", "[/]", article_id
    )
    words = "[@click=app.quit]quit[/] and [link=file:///etc/passwd]open[/] [/]"
    statement = Statement(
        id=ids.statement_id(article_id, actor.id, words, 0),
        actor_id=actor.id,
        speaker=actor.name,
        text=words,
        kind="direct",
        evidence=words,
        article_id=article_id,
    )
    meeting = Meeting(
        id=ids.meeting_id(article_id, "talks", (actor.id,), 0),
        kind="talks",
        status="upcoming",
        evidence=words,
        participant_ids=(actor.id,),
        location="[@click=app.quit]Geneva[/]",
        start="2023-10-30",
        article_id=article_id,
    )
    return Extraction(article=article, actors=(actor,), statements=(statement,), meetings=(meeting,))


def build_store(path: Path, *extractions: Extraction) -> Path:
    """A real store at ``path`` holding ``extractions``."""
    from briefing_tui.store import open_store

    store = open_store(path)
    try:
        for extraction in extractions:
            store.put_extraction(extraction)
    finally:
        store.close()
    return path


def reprint_of(extraction: Extraction, *, outlet: str, url: str, lead: str, published: str) -> Extraction:
    """Another outlet's copy of ``extraction``'s story (a wire reprint): ``lead`` added before the
    same text, so every item is read again from the new article, at offsets shifted by the lead."""
    from dataclasses import replace

    shift = len(lead)
    text = lead + extraction.article.text
    article = replace(
        extraction.article,
        id=ids.article_id_for_url(url),
        url=url,
        source=outlet,
        published=published,
        text=text,
    )
    statements = tuple(
        replace(
            s,
            id=ids.statement_id(article.id, s.actor_id, s.text, (s.evidence_start or 0) + shift),
            article_id=article.id,
            evidence_start=(s.evidence_start or 0) + shift,
            evidence_end=(s.evidence_end or 0) + shift,
        )
        for s in extraction.statements
    )
    meetings = tuple(
        replace(
            m,
            id=ids.meeting_id(article.id, m.kind, m.participant_ids, (m.evidence_start or 0) + shift),
            article_id=article.id,
            evidence_start=(m.evidence_start or 0) + shift,
            evidence_end=(m.evidence_end or 0) + shift,
        )
        for m in extraction.meetings
    )
    actors = tuple(replace(a, article_ids=(article.id,)) for a in extraction.actors)
    return Extraction(article=article, actors=actors, statements=statements, meetings=meetings)
