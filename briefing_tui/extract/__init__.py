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
- meetings: meetingfound, meetingmerge, meetingparticipants, meetingsentences, meetingplaces, meetingcities,
  meetingvisits, meetingtripdays, meetingstorydays, meetingattendees (+ meetingcues, meetingactors, meetingdates,
  meetingasides, meetingends, meetingstatus, meetingproposals, meetingtenses, spans)

Word lists live in ``lexicon/``.
"""

from __future__ import annotations

from briefing_tui.core.collector import collector_paused
from briefing_tui.core.models import Article, Extraction


def extract(article: Article) -> Extraction:
    """Read ``article.text`` (resolving relative dates against ``article.published``)."""
    from briefing_tui.extract.pipeline import run_pipeline

    # The stages make hundreds of thousands of short-lived tuples (tokens, spans) and no keepers:
    # the collector's walks meanwhile found no cycles and cost 3-11% of the time. Nothing is
    # promoted after: what the reading made is garbage but its result.
    with collector_paused(promote_above=None):
        return run_pipeline(article)


__all__ = ["extract"]
