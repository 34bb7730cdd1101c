"""Article text -> actors, statements, meetings and dates. Pure and deterministic.

Importing this package must stay cheap: no textual, httpx, trafilatura or
other heavy import happens here or in any stage module.

``pipeline.build_document`` runs the stages in order over one :class:`Document`. Each
stage's entry module comes first below; the modules after it hold its parts:

- clean, sentences (+ tokens): text normalised with offsets kept, sentences, word tokens
- timexes: timexpatterns, timexcontext, timexrules, timexassembly (+ datewords, dateline, tense)
- mentions: mentionwords, personnames, titledpeople, rolenouns, nonpeople
- roles: roletitles, affiliationsources, roleappositions, rolelists, rolecredits
- coref: offices, personregistry, homeside, contextaffiliations, roledescriptions (+ namewords, knownpeople)
- statements: statementcontext, speakersubjects, quoteattribution, reportedclauses, reportedspeech (+ quotes, speech)
- meetings: meetingfound, meetingmerge, meetingparticipants, meetingsentences (+ meetingcues, meetingactors,
  meetingdates, spans)

Word lists live in ``lexicon/``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from briefing_tui.core.models import Article, Extraction


def extract(article: Article) -> Extraction:
    """Read ``article.text`` (resolving relative dates against ``article.published``)."""
    from briefing_tui.extract.pipeline import run_pipeline

    with _cycle_collector_paused():
        return run_pipeline(article)


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Hold off Python's cycle collector while one article is read.

    The stages allocate hundreds of thousands of short-lived tuples (tokens, spans), and every
    few hundred allocations wake the collector to walk the young objects, now and then the
    lexicons' as well: about a tenth of extraction time, spent finding no cycles. Reference
    counting still frees everything at once; the few cycles made meanwhile go at the next
    collection after. A collector the caller had switched off stays off.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


__all__ = ["extract"]
