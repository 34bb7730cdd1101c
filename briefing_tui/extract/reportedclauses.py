"""What a speech verb reports: the clause, where it ends, and the statement built from it.

`reported_clause` reads the words a verb reports ('said that ...', 'called on X to ...'),
`content_span` and `clause_cut` find where they stop (a new clause, an adjunct, a quoted
clause, a source tail), `needs_that`, `reports_that` and `states_as_noun` tell a report from
other uses of the verb, `tail_attribution` finds a speaker named after the clause, and
`reported_statement` makes the StatementCandidate.

Separate from reportedspeech.py, which holds the sentence patterns that find a verb and its
speaker and call into this module for the clause.
"""

from __future__ import annotations

import bisect
import re

from briefing_tui.extract import speech
from briefing_tui.extract.document import StatementCandidate
from briefing_tui.extract.gates import any_in
from briefing_tui.extract.speakersubjects import INFINITIVE_BEFORE, named_after, subject_of
from briefing_tui.extract.speech import VerbHit
from briefing_tui.extract.statementcontext import (
    ADDING,
    AS_SAYING,
    MAX_REACH,
    OBJECT_PARTICIPLES,
    THAT,
    TRAILING_LEMMAS,
    TRAILING_REST,
    UNNAMED_ROLES,
    VOICING_LEMMAS,
    WORD,
    Context,
    past_as_saying,
    past_date,
    quoted_share,
    span_statement,
    strip,
)

MIN_INDIRECT_WORDS = 3
# MIN_INDIRECT_WORDS words (runs of WORD): found without listing every word of the clause
_INDIRECT_WORDS = re.compile(rf"[A-Za-z0-9]+(?:[^A-Za-z0-9]+[A-Za-z0-9]+){{{MIN_INDIRECT_WORDS - 1}}}")
# a sequencing adverb between "and" and the next speech verb ("and further said that", "and again
# stressed that"): the speaker's next report all the same
_NEXT = r"(?:(?:also|later|then|further|again|additionally|subsequently|separately)\s+)?"
# where reported content stops: a new clause that is no longer the speaker's
_CUT = re.compile(
    r"(?=[,;:\s])(?:"
    r",\s*(?:according\s+to|while|whereas|but(?!\s+(?:also\s+|still\s+)?(?:can|could|will|would|may|might|must|should"
    r"|is|are|was|were|has|have|had|remains?|remained)\b)|although|though|(?:hours|days|weeks|shortly)\s+after"
    r"|with(?!\s+(?:a\s+view|an\s+eye|the\s+(?:aim|goal|objective|intention|purpose))\b))\b"
    r"|,\s*as\s+(?:she|he|they|we)\s+[a-z]+ed\b"
    r"|;\s|\s+-\s+|\s+\u2014\s*|:\s*[\"\u201c]"
    r"|,\s*(?:adding|saying|noting|stressing)\s*[,:]?\s*[\"\u201c]"  # '..., adding, "...': a quote of its own
    r"|,\s*(?:adding|noting|stressing|recalling|acknowledging|observing|remarking)\s+that\b"  # a report of its own
    r"|,?\s+(?:before|after|while)\s+(?:adding|saying|noting|stressing|stating|emphasi[sz]ing|underlining"
    r"|underscoring|reiterating|asserting|affirming|insisting|warning|arguing|explaining)\s+that\b"
    r"|,?\s+(?:before|after|while)\s+(?:describing|characteri[sz]ing|calling|terming|labell?ing)\b"
    r"|,\s*when\s+(?:asked|questioned|pressed)\b"  # '..., when asked if ...': the setting of the next answer
    r"|,\s*in\s+(?:an?\s+)?(?:indication|sign|signal|move)\s+that\b"  # '..., in a sign that ...': the writer's reading
    r"|,\s*(?:in\s+an?\s+)?(?:apparent\s+)?referr?(?:ing|ence)\s+to\b"  # '..., referring to X': the writer's gloss
    # ('the cuts, referring to the budget, would hurt ...': a gloss set off inside the clause, which goes on)
    r"(?![^,;:.\"\u201c\u201d]{1,80},\s+(?:would|will|was|were|is|are|had|has|have|could|should|must|may|might|can)\b)"
    r"|,?\s+and\s+" + _NEXT + r"(?:said|says|told|tells|added|adds)\b"
    r"|,?\s+and\s+" + _NEXT + r"(?:emphasi[sz]ed|stressed|underscored|noted|reaffirmed|reiterated"
    r"|warned|agreed|insisted|argued|stated|affirmed|explained|confirmed|announced|indicated|observed)\s+that\b"
    r"|,?\s+and\s+" + _NEXT + r"(?:called\s+(?:on|upon)|urged|thanked)\s+(?:the\s+)?[A-Z]"
    r"|,\s+and\s+" + _NEXT + r"(?:after|during|at|in|following|before)\s+(?:[\w'\u2019-]+\s+){1,4}?"
    r"(?:announced|confirmed|revealed|disclosed|explained|indicated|stated|said|added|stressed|noted)\s+that\b"
    r"|,\s+and\s+" + _NEXT + r"(?:announced|reaffirmed|reiterated|expressed|welcomed|noted"
    r"|stressed|emphasi[sz]ed|underscored|highlighted|praised|commended|hailed|lauded)\s+"
    r"(?:a|an|the|his|her|their|its|[A-Z][\w.-]*['\u2019]s)\b"
    r"|,\s+and\s+" + _NEXT + r"(?:expressed|voiced)\s+(?:hope|confidence|concern|optimism|satisfaction"
    r"|gratitude|appreciation|regret|readiness|willingness)\b"
    r"|,\s*to\s+which\s+(?=(?:[\w.'\u2019-]+\s+){1,4}(?:also\s+)?(?:replied|responded|agreed|answered|said)\b)"
    r"|,\s+and\s+(?:he|she|they|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+"
    + _NEXT
    + r"(?:said|says|told"
    r"|added|confirmed|stressed|noted|stated|announced|insisted|warned|argued|expressed|emphasi[sz]ed|reiterated"
    r"|reaffirmed|underlined|underscored|highlighted|voiced|welcomed|condemned|urged|called|asked|appealed|thanked"
    r"|pledged|vowed)\b"
    r"|,\s*(?:[A-Z][\w.'\u2019-]*\s+){1,4}(?:also\s+)?(?:said|stated|noted|added|stressed|expressed|reiterated)\s+"
    r"(?:that|his|her|their|its)\b)"
)  # '... and called on Beijing to ...': the speaker turns to someone, a statement of its own;
# '..., and announced a new round', '..., and welcomed Peru's efforts': the speaker's next act, own object;
# '..., Minister Sato also stated his ...': a new sentence run on after a comma, with its own subject;
# '..., and after the call announced that ...': the speaker's next report, set at another moment;
# '..., and expressed hope that ...': a feeling voiced, another statement; '..., to which Y replied ...': Y's turn
# '..., and Y confirmed it ...', '..., and he expressed hope that ...': a report of its own, with its own subject
# '..., with a view to ...', '..., with the aim of ...': a purpose, still the speaker's words (not a new clause);
# '..., but can serve a purpose': a 'but' with no subject of its own goes on with the same clause
_CUT_MARKS = (",", ";", ":")  # where a cut may start
_CUT_WORDS = ("-", "\u2014", "and", "before", "after", "while")  # what follows white space where a cut starts
# a prepositional phrase after a speech verb, before its 'that' clause
_ADJUNCT = re.compile(
    r"\s*,?\s*(?:on|in|at|to|with|during|from|via|through|over|after|before|late|early|earlier|later)\s+[^,.;:\"]{1,60}?"
    r"(?=\s*,?\s*that\b)"
    r"|\s*,?\s*(?:[a-z]{2,}ly|also|again|further|too|however)\b(?=\s*,?\s*that\b)"  # 'said recently that'
    r"|\s*,?\s*(?:while|when)\s+[a-z]{3,}ing\s+[^,.;:\"]{1,60}?(?=\s*,?\s*that\b)"  # 'said while visiting X that'
    r"|\s*the\s+fact\b(?=\s*,?\s*that\b)"  # 'mentioned the fact that ...': the clause is what was said
)
# two such phrases, longer than one may be: 'said at a news conference Thursday with Macron that ...';
# no comma between them ('said on Monday, in a sign that ...' is a comment of the writer's)
_ADJUNCTS = re.compile(
    r"\s*,?\s*(?:on|in|at|to|with|during|from|via|through|over|after|before)\s+[^,.;:\"]{1,60}?"
    r"\s+(?:on|in|at|to|with|during|from|via|through|over|after|before)\s+[^,.;:\"]{1,60}?(?=\s*,?\s*that\b)"
)
# 'briefed Berg of the talks', not 'briefed the head of state' nor 'the Minister of Trade'
_BRIEFED_OF = re.compile(
    r"\b[A-Z][\w'\u2019-]*\s+of\s+"
    r"(?=(?:the|a|an|his|her|their|its|our|recent|latest|[A-Z][\w.-]*['\u2019]s)\s+[a-z])"
)
_TOLD_OF = speech.word_set("brief assure reassure inform remind")  # 'assured Ruiz of his support'
_OWN = re.compile(r"\s*(?:their|his|her|its|our|my)\b")
_TO_INF = re.compile(r"\s+(?:not\s+)?to\s+[a-z]")
_INVITE_REACH = 40  # characters after the invited in which 'to <verb>' may stand ('and his wife to visit')
# 'to visit', 'to attend': an infinitive, not 'to the palace'
_TO_VERB = re.compile(r"\bto\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|my|your)\b)[a-z]")
_PREPOSITIONS = speech.word_set(
    "with without since in on at from by after before during into over under than as of"
)


# after 'welcomed': a guest ('him', 'them') or where they were received ('welcomed to India')
_GUEST_WORDS = speech.word_set("him her them us me to at in into back")
# who is received: 'welcomed the Kenyan head of state', 'welcomed his counterpart'
GUEST_HEADS = UNNAMED_ROLES | speech.word_set(
    "head counterpart counterparts guest guests delegation delegations visitor visitors leader leaders"
    " king queen prince emir pope ministers officials delegates"
)
_GUEST_KINDS = ("person", "role")


def _receives_guest(ctx: Context, pos: int, s_end: int) -> bool:
    """'welcomed the visiting president', 'welcomed him at the airport': 'welcome' receives a person;
    'welcomed the agreement' or 'welcomed Kenya's decision' voices a judgement of a thing."""
    np = ctx.noun_phrase(pos, s_end)
    if np is None:
        return False
    phrase = ctx.text[np.start : np.end]
    words = phrase.lower().split(" of ", 1)[0].split()  # 'the head of state', not 'the decision of X'
    if words[0] in _GUEST_WORDS:
        return True
    if "'s" in phrase or "\u2019s" in phrase:
        return False  # 'welcomed the president's decision'
    if any(w in GUEST_HEADS for w in words):
        return True
    return any(
        m.kind in _GUEST_KINDS and m.start == np.start for m in ctx.mentions_over(np.start, np.start + 1)
    )


# a phrase of the writer's set off after a sentence-final attribution: '..., she said on Saturday, amid
# calls for ...', '..., the ministry announced, for a summit that ...' (no clause the verb reports)
_WRITERS_PHRASE = re.compile(r",\s+(?:amid|amidst|despite|ahead|for)\b(?![^,.;:\"\u201c]{1,50},\s*that\b)")


def reports_that(ctx: Context, v: VerbHit, s_end: int) -> bool:
    """'Politico reported that ...', 'the president reports that he met ...': a report of its own."""
    return bool(THAT.match(ctx.text, _past_adjunct(ctx, v.end, s_end), s_end))


def states_as_noun(ctx: Context, v: VerbHit) -> bool:
    """'the three Sahel states that left', 'member states': the noun, not the verb; after a person or
    a pronoun ('Holm states that', 'He states that') the verb."""
    if v.form not in ("states", "state"):
        return False
    before = ctx.text[max(0, v.start - 20) : v.start].split()
    if not before or not (before[-1][:1].isupper() or before[-1].lower() in _STATE_MODIFIERS):
        return False
    return not any(
        m.end == v.start - 1 and m.kind in ("person", "pronoun")
        for m in ctx.mentions_over(v.start - 2, v.start)
    )


_STATE_MODIFIERS = speech.word_set(
    "member members island nation city two three four five six several many small other neighboring"
)


def reported_clause(
    ctx: Context, v: VerbHit, s_start: int, s_end: int, verbs: list[VerbHit]
) -> StatementCandidate | None:
    text = ctx.text
    subj = subject_of(ctx, v, s_start, verbs)
    if subj is None:
        return None
    wanted = speech.OBJECT_ONLY.get(v.lemma)
    if wanted is not None and not wanted.match(text, v.end, s_end):
        return None  # 'raised $5 million', 'listed the shares': no speech
    if v.lemma == "recall" and _RECALLED_STAFF.match(text, v.end, s_end):
        return None  # 'recalled its ambassador': called home, not remembered aloud
    if v.lemma == "welcome" and _receives_guest(ctx, v.end, s_end):
        return None  # 'welcomed the president at the palace': a reception, not a word said
    rejecting = v.lemma in speech.REJECTING
    if rejecting and not speech.REJECT_OBJECT.match(text, v.end, s_end):
        return None  # 'rejected the bill': no speech
    if text.startswith(",", v.end):
        rest = TRAILING_REST.match(text, v.end, s_end)
        if rest is not None and rest.group("relay"):
            return None  # '..., X said, the Times reported.': X's words come before, not after
    after = past_date(ctx, v.end, s_end)
    if (
        text.startswith(",", after)
        and _WRITERS_PHRASE.match(text, after, s_end)
        and text[s_start : subj.start].rstrip().endswith(",")
    ):  # '..., the ministry announced, for a summit that ...': the words said come before; not when the
        # verb opens the sentence ('X announced, for the first time, a ban on ...': an aside, then its object)
        return None
    tail = tail_attribution(ctx, s_start, s_end, verbs)
    if (
        tail is not None
        and s_start <= tail < subj.start
        and not v.participle
        and not _THAT_AFTER.match(text, v.end, s_end)
    ):
        return None  # '..., Ruiz told a news conference after the talks.': her words are before the comma
    speaker, name = ctx.actor(subj, subj.start)
    if name is None:
        return None
    # 'called it a success', 'rejected the claims' is what was said
    content_start = v.start if v.kind == "name" or rejecting else v.end
    as_saying = AS_SAYING.match(text, v.end, s_end)
    if as_saying and v.lemma == "quote":
        content_start = past_as_saying(ctx, as_saying, s_end)
    addressees: list[int] = []
    explicit_object = False
    if v.kind == "address":
        if v.lemma == "thank" and _FOR_AFTER.match(text, v.end, s_end):
            return None  # 'thanked for the warm reception': a courtesy, no one named, nothing stated
        if v.lemma in _CALL_ON and _NO_OBJECT.match(text, v.end, s_end):
            return None  # 'X called on and was hosted by Y', 'called on, and met, Y': a visit paid, no appeal
        # 'assured that ...': no one named as spoken to; the clause is no noun phrase
        np = None if THAT.match(text, v.end, s_end) else ctx.noun_phrase(v.end, s_end)
        if np is not None:
            explicit_object = True
            addressees = ctx.addressee_after(v.end, s_end)
            lemma = v.lemma
            if lemma == "apprise":  # 'apprised Berg of the progress': the noun phrase runs on past 'of'
                about = speech.ABOUT_OR_OF.match(text, np.end, s_end) or speech.ABOUT_OR_OF.search(
                    text, np.start, np.end
                )
            else:  # 'briefed/assured President Ruiz of the plans': the noun phrase runs on past 'of'
                about = _BRIEFED_OF.search(text, np.start, np.end) if lemma in _TOLD_OF else None
                if about is None and lemma in speech.BRIEFING:
                    about = speech.ABOUT.match(text, np.end, s_end)
            if lemma == "ask" and _ASKED_ABOUT.match(text, np.end, s_end):
                ctx.asked[ctx.sentence_index(v.start)] = (speaker, np)  # who answers in the next sentence
                return None  # 'asked the minister about the detainees': a question put, nothing stated
            spoken_to = addressees or text[np.start : np.end].split()[-1].lower() in speech.ROLE_HEADS
            if lemma in speech.INFORMING and (about is None or not spoken_to):
                return None  # 'updated its guidance': no one spoken to, nothing reported
            if lemma in _CALL_ON and spoken_to and not _TO_LATER.match(text, np.end, s_end):
                return None  # 'called on the President on Monday': a courtesy visit, no appeal made
            if lemma == "wish" and not THAT.match(text, np.end, s_end):
                return None  # 'wished him a speedy recovery', 'wished them well': a courtesy, no clause
            if lemma in speech.APPEAL_TO_ONLY and not _TO_INF.match(text, np.end, s_end):
                return None  # 'requested a meeting with X': a thing asked for, no appeal reported
            if lemma == "invite" and not _TO_VERB.search(text, np.end, min(s_end, np.end + _INVITE_REACH)):
                return None  # 'invited him to Lima', 'invited them to the palace': hospitality, nothing asked
            if about is not None:
                content_start = about.end()  # 'briefed X on the talks': the talks
            elif lemma in ("tell", "inform", "assure", "reassure", "remind", "brief", "warn", "wish"):
                content_start = np.end
            elif not _TO_INF.match(text, np.end, s_end):
                content_start = v.end
        elif v.lemma in speech.INFORMING or v.lemma == "wish" or v.lemma in speech.APPEAL_TO_ONLY:
            return None  # 'wished to visit', 'requested that ...': a wish, not words to anyone
    content_start = _past_adjunct(ctx, content_start, s_end)
    participle = (
        _COMMA_PARTICIPLE.match(text, content_start, s_end) if text.startswith(",", content_start) else None
    )
    if participle and (participle.group(1) in ADDING or _own_act(verbs, participle.start(1))):
        return None  # '..., Stalin said, adding that ...': what he said comes before; 'adding' has its own
    if _COMMA_AND.match(text, content_start, s_end):
        return None  # '..., Haddad said, and the border will reopen': what he said comes before the verb
    m = THAT.match(text, content_start, s_end)
    if m:
        content_start = _past_quoted_clause(ctx, m.end(), s_end)
    elif needs_that(v, text, content_start, s_end):
        return None
    relayed = _relayed_speaker(ctx, content_start, s_start, verbs)
    if relayed is not None and (v.kind == "relay" or ctx.is_medium(speaker)):
        return None  # 'Reuters reported that the president stressed ...': the president's words
    if (
        tail is not None
        and tail == v.start - 2
        and subj.end == tail
        and named_after(ctx, v.end, s_end) is not None
        and not any(m.kind == "person" for m in ctx.mentions_over(subj.start, subj.end))
    ):
        # '... and the EU, said President X on Tuesday.': no subject stands right before the comma of an
        # inverted attribution that names a person ('X, who backs the bill, said' and 'Her counterpart,
        # Tom Berg, said' keep their subjects)
        return None
    stop = tail if tail is not None and tail > content_start else s_end  # '..., he said.' is not hers
    # each pattern holds 'which' or 'who': str.find first, as most subjects and verbs have neither before them
    rel_lo, who_lo = max(s_start, subj.start - 10), max(s_start, v.start - 30)
    if (text.find("wh", rel_lo, subj.start) >= 0 and _RELATIVE_BEFORE.search(text, rel_lo, subj.start)) or (
        text.find("who", who_lo, v.start) >= 0 and _WHO_VERB_BEFORE.search(text, who_lo, v.start)
    ):
        comma = text.find(",", content_start, stop)
        stop = comma if comma > content_start else stop  # '..., which X said was a mistake, ...'
    span = content_span(ctx, content_start, stop, bool(m or v.kind == "address"))
    if span is None:
        return None
    span = _without_source_tail(ctx, span)
    if span is None:
        return None
    if text.find("and that", span[0], span[1]) >= 0:
        span = _before_quoted_clause(ctx, span)
    if text.find(" and ", span[0], span[1]) >= 0:
        span = _before_own_feeling(ctx, span)
    span = _before_next_report(ctx, v, span, verbs)
    if not m and any_in(text, _DOING_WORDS, span[0], span[1]):
        doing = _WHILE_DOING.search(text, span[0], span[1])
        if (
            doing is not None
            and doing.group("bid")
            and len(WORD.findall(text, span[0], doing.start())) > _AIMED_MAX
        ):
            doing = None  # 'said the talks were held in a bid to ...': the aim is part of the clause said
        if doing is not None and doing.group("while") and _FINITE.search(text, span[0], doing.start()):
            doing = None  # 'said the minister was injured while visiting X': the clause's own subject did it
        if doing is not None:  # 'announced a deal while visiting X': where it was said, not what
            span = strip(text, span[0], doing.start())
            if not says_something(ctx, *span):
                return None
    if v.lemma == "discuss" and not m:
        return None  # 'X discussed trade (with Y)': a topic of talks, held jointly; no words of X's reported
    if v.lemma in _OBJECT_VERBS and not m:
        contrast = _CONTRAST.search(text, span[0], span[1])
        if contrast is not None:  # 'welcomed the move while the opposition condemned it': others' act after
            span = strip(text, span[0], contrast.start())
            if not says_something(ctx, *span):
                return None
    if v.lemma in _COURTESY_VERBS and explicit_object and not m:
        span = (v.start, span[1])  # 'thanked X for Y', 'congratulated X on Y': the courtesy is the words
    addressees += [a for a in ctx.addressees_in(s_start, s_end, span) if a not in addressees]
    if explicit_object:
        ctx.addressed.add(span[0])
    if relayed is not None and (speaker is None or ctx.doc.entities[speaker].kind != "person"):
        # 'the ministry said the president stressed ...': the ministry's report, whose whole clause it
        # speaks; a 'he' after it is the president, as if he had spoken ('Ruiz said Berg stressed ...
        # He added': Ruiz speaks on)
        ctx.relayed[span[0]] = relayed
    return reported_statement(ctx, span, (s_start, s_end), speaker, name, addressees)


# a source named after the clause, lower-case or not: '..., state media reported', '..., officials said'
_SOURCE_TAIL = re.compile(
    r",?\s*(?!(?:which|who|whom|as|and|but|or|what|when|while|if)\b)(?:[\w'\u2019.-]+\s+){0,3}[\w'\u2019.-]+"
    r"\s+(?:reported|reports|said|says|informed|informs|wrote|writes)(?:\s+on\s+\w+day)?\s*[.!]?\s*"
)


def _without_source_tail(ctx: Context, span: tuple[int, int]) -> tuple[int, int] | None:
    """'told him the kingdom opposed it, state media reported': the source at the end is no part of what
    was said; a clause that is nothing but the source ('told X, state media reported') says nothing."""
    comma = ctx.text.rfind(",", span[0], span[1])
    if comma < 0:
        return None if _SOURCE_TAIL.fullmatch(ctx.text, span[0], span[1]) else span
    if not _SOURCE_TAIL.fullmatch(ctx.text, comma, span[1]):
        return span
    start, end = strip(ctx.text, span[0], comma)
    return (start, end) if end > start and says_something(ctx, start, end) else None


# 'After the talks, X said in Y that ...': a clause after the verb, before any comma
_THAT_AFTER = re.compile(r"[^,.;:\"\u201c]*?\bthat\b")
_CALL_ON = frozenset(("call on", "call upon"))
_FOR_AFTER = re.compile(r"\s+for\b")
# 'called on X (and Y) to act', 'called on X, as a member of Y, to act': an appeal, the 'to' right after
# the one called on; not 'called on X, during which ... problems related to cross-border ...' (a visit paid)
_TO_LATER = re.compile(r"(?:\s*,?\s+(?:and|or)\s+[^,.;:]{1,80}?|\s*,[^,.;:]{1,60},)?\s+to\s+[a-z]")
_NO_OBJECT = re.compile(r"\s*(?:[,.;]|(?:and|or|but)\b)")  # 'called on and ...': the verb has no object


# 'recalled (its) diplomats / the ambassador / all staff': people called home
_RECALLED_STAFF = re.compile(
    r"\s+(?:(?:the|its|his|her|their|all|some|[A-Z][\w.'\u2019-]*)\s+){0,3}"
    r"(?:ambassadors?|envoys?|diplomats?|diplomatic\s+staff|staff|troops|forces|personnel|delegation)\b"
    r"|\s+(?:its|their|his|her)\s+(?:Ambassadors?|Envoys?)\b"  # 'its Ambassador to X', titled in capitals
)
_COMMA_PARTICIPLE = re.compile(r",\s*([a-z]+ing)\b")
_OWN_ACTS = VOICING_LEMMAS | speech.word_set("express voice")


def _own_act(verbs: list[VerbHit], pos: int) -> bool:
    """Whether the participle at ``pos`` voices words of its own ('..., he said, expressing hope that',
    '..., she added, calling for talks'): what the verb before it reports comes before its comma."""
    return any(u.start == pos and u.lemma in _OWN_ACTS for u in verbs)


_COMMA_AND = re.compile(r",\s*(?:and|but)\s")
# '..., which Washington said was a mistake, ...': what was said ends with the relative clause
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who)\s+$")
# 'X, who described the visit as friendly, noted that ...': the relative clause ends at its comma
_WHO_VERB_BEFORE = re.compile(r",\s*who\s+(?:[a-z]+\s+){0,2}$")
# a second that-clause that is all quote: 'said it was a good meeting, and that it was "in the hands of ..."'
_AND_THAT = re.compile(r",?\s+and\s+that\s+")


# '... and expressed his pleasure with ...': a feeling of the speaker's own, run on without a comma
_OWN_FEELING = re.compile(
    r"\s+and\s+(?:also\s+)?(?:expressed|voiced)\s+(?:his|her|their)\s+"
    r"(?:pleasure|gratitude|thanks|appreciation|satisfaction)\b"
)


def _before_own_feeling(ctx: Context, span: tuple[int, int]) -> tuple[int, int]:
    """'noted that the meeting was important and expressed his pleasure': the clause reported ends
    before the speaker's next act, unless a person opens it ('said that X had called and expressed
    his thanks': X thanked, inside what was said)."""
    if not any_in(ctx.text, ("expressed", "voiced"), span[0], span[1]):
        return span  # the verbs every _OWN_FEELING match holds
    m = _OWN_FEELING.search(ctx.text, span[0], span[1])
    if m is None:
        return span
    if any(x.kind in ("person", "role", "pronoun") for x in ctx.mentions_over(span[0], m.start())):
        return span
    return strip(ctx.text, span[0], m.start())


def _past_quoted_clause(ctx: Context, pos: int, s_end: int) -> int:
    """'said that "..." and that X': the first clause is all quote (a direct statement of its own);
    what is reported in the writer's words is the second."""
    if not ctx.text.startswith(('"', "\u201c"), pos):
        return pos
    q = ctx.quote_at(pos + 1)
    if q is None or not q.closed or q.close >= s_end:
        return pos
    second = _AND_THAT.match(ctx.text, q.close + 1, s_end)
    return second.end() if second else pos


def _before_quoted_clause(ctx: Context, span: tuple[int, int]) -> tuple[int, int]:
    """Cut a reported clause before a second 'and that' clause that is mostly a quote (a direct statement)."""
    m = _AND_THAT.search(ctx.text, span[0], span[1])
    if m is None or m.start() <= span[0] or quoted_share(ctx, m.end(), span[1]) <= 0.7:
        return span
    return strip(ctx.text, span[0], m.start())


# what opens a second report of the same speaker right before its verb: '..., and (also)', ', ' or 'and'
_NEXT_REPORT_LEAD = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+|\s+)(?:also\s+|further\s+|then\s+|later\s+)?$")
# 'and has (also) said': a perfect after 'and'; with the auxiliary the speaker's own verb has, a parallel report
_AND_AUX = re.compile(r",?\s+and\s+(?:also\s+)?(has|have|had)\s+(?:also\s+|since\s+)?$")
_AUX_BEFORE = re.compile(r"\b(has|have|had)\s+(?:[a-z]+ly\s+|also\s+|since\s+)?$")
# a word before a verb form used as an adjective: 'in shared beliefs', 'the stated aim'
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:in|of|the|a|an|for|with|its|their|his|her|our)\s+$")
_NEXT_REPORT_WINDOW = 16  # characters before the verb that _NEXT_REPORT_LEAD reads
# verbs a clause's own (third-party) subject shares as often as the speaker does: not cut before
_JOINT_LEMMAS = speech.word_set("agree discuss say tell")
_IRREGULAR_PAST = speech.word_set("said told spoke wrote made gave")
# a verb in the past in a reported clause, which a verb after 'and' may go on from
_PAST_WORD = re.compile(
    r"\b(?:[a-z]{2,}(?<!e)ed|met|held|made|took|gave|went|came|said|told|had|was|were|did|got|saw|left|began|brought"
    r"|found|kept|led|paid|put|sent|set|spent|stood|won|wrote|spoke|signed)\b"
)
# what a participle reports: a that-clause or one opened by a pronoun ('adding he would ...'), or, for
# participles of emphasis, a determined noun phrase ('stressing the need')
_CLAUSE_OPENS = re.compile(r"\s+(?:that\b|(?:he|she|they|it|we|there)\s)")
_OBJECT_GOES_ON = re.compile(r"\s+(?:that\b|(?:he|she|they|it|we|there|the|his|her|their|its|our)\s)")


def _before_next_report(
    ctx: Context, v: VerbHit, span: tuple[int, int], verbs: list[VerbHit]
) -> tuple[int, int]:
    """'said he has a plan and pledged to ...', 'stressed X, emphasizing that Y', 'called X a friend
    saying Y': a second speech verb of the same speaker ends what the first verb reports; it makes a
    statement of its own (its subject is the first verb's). A finite verb after an earlier one of the
    clause's own ('said the envoys had stressed X and called for Y') is that clause's, not the speaker's."""
    text = ctx.text
    inner = False  # a speech verb of the reported clause's own before
    for u in verbs:
        if u.start <= span[0]:
            continue
        if u.start >= span[1]:
            break
        if ctx.quote_at(u.start) is not None or u.kind == "relay":
            continue
        lead = _NEXT_REPORT_LEAD.search(text, max(span[0], u.start - _NEXT_REPORT_WINDOW), u.start)
        words = lead.group() if lead is not None else ""
        if u.participle:
            voicing = u.lemma in VOICING_LEMMAS and "," in words  # 'praised X, accusing Y of ...'
            if not voicing and (
                (u.form not in ADDING and u.form not in OBJECT_PARTICIPLES)
                or not ("," in words or "and" in words)
            ):
                continue  # 'a plan stressing ...' without a comma: a participle of the noun
            goes_on = _OBJECT_GOES_ON if u.form in OBJECT_PARTICIPLES else _CLAUSE_OPENS
            if not voicing and u.form != "saying" and not goes_on.match(text, u.end, span[1]):
                return span  # 'praised X, noting his role': no report of its own follows
        elif (parallel := _AND_AUX.search(text, max(span[0], u.start - 24), u.start)) is not None and (
            (own := _AUX_BEFORE.search(text, max(0, v.start - 24), v.start)) is not None
            and own.group(1) == parallel.group(1)
            or (own is None and parallel.group(1) == "has" and text.startswith(",", parallel.start()))
        ):  # 'has rejected X and has said Y': the same auxiliary again, the speaker's second report; 'says
            # X, and has warned of Y': a comma, then the speaker's perfect (the clause said goes on after no comma)
            cut = strip(text, span[0], parallel.start())
            return cut if cut[1] > cut[0] and says_something(ctx, *cut) else span
        elif "and" not in words:
            if (other := _other_speaker_after_and(ctx, u, span[0])) is not None:
                cut = strip(text, span[0], other)  # 'X accused A of Y and B accused X of Z': B's own report
                return cut if cut[1] > cut[0] and says_something(ctx, *cut) else span
            inner = inner or not _ATTRIBUTIVE_BEFORE.search(text, max(span[0], u.start - 8), u.start)
            continue
        elif (
            inner
            or u.lemma in _JOINT_LEMMAS
            or u.form == u.lemma
            or _past_form(u.form) != _past_form(v.form)
            or (u.kind == "address" and " " in u.form)  # 'and called on X to ...': cut by who X is, elsewhere
        ):
            return (
                span  # a finite verb joins the speaker's by 'and', in the same tense, before any of its own
            )
        cut = strip(text, span[0], lead.start() if lead is not None else u.start)
        # the clause's own verbs: past the speaker's, which 'rejected X' and 'called it X' keep in the span
        if not u.participle and "," not in words and _PAST_WORD.search(text, max(cut[0], v.end), cut[1]):
            return span  # 'said the firms met and announced ...': without a comma, maybe the firms announced
        spoken_to = ctx.noun_phrase(v.end, span[1]) if v.kind == "address" else None
        if spoken_to is not None and cut[0] <= spoken_to.start and cut[1] <= spoken_to.end:
            return span  # 'thanked the minister and reiterated ...': the one spoken to is no report
        return cut if cut[1] > cut[0] and says_something(ctx, *cut) else span
    return span


_AND_THEN_SUBJECT = re.compile(r"(?:,\s*|\s)and\s+$")


def _other_speaker_after_and(ctx: Context, u: VerbHit, lo: int) -> int | None:
    """Where ', and' opens a clause whose own subject, an actor named, says ``u`` ('... and Israel
    accused Hamas of ...'); None when ``u`` has no such subject right after 'and'."""
    text = ctx.text
    if text.find("and", max(lo, u.start - 80), u.start) < 0:
        return None  # most verbs have no 'and' before them
    gap_end, modal, passive = ctx.gap(u.start, lo)
    subj = None if modal or passive else speech.subject_before(text, lo, gap_end)
    if subj is None or subj.start <= lo or text[subj.start : subj.end].lower() in speech.PRONOUNS:
        return None  # 'and Peru will urge': a plan; 'and we confirm': the speaker's own voice, maybe
    lead = _AND_THEN_SUBJECT.search(text, max(lo, subj.start - 6), subj.start)
    if lead is None or ctx.actor(subj, subj.start)[0] is None:
        return None
    before = text[max(lo, lead.start() - 30) : lead.start()].split()
    return None if not before or before[-1][:1].isupper() else lead.start()  # 'Peru and Chile agreed': both


def _past_form(form: str) -> bool:
    """Whether a verb form is in the past; a phrasal one ('called for', 'spoke of') by its verb."""
    verb = form.split(" ", 1)[0]
    return verb.endswith("ed") or verb in _IRREGULAR_PAST


_RELAY_REACH = 80  # characters from a reported clause's start to the speech verb of its own subject


def _relayed_speaker(
    ctx: Context, start: int, s_start: int, verbs: list[VerbHit]
) -> tuple[int, int | None, str] | None:
    """(offset, entity, phrase) of the speaker the reported clause at ``start`` opens with, when a speech
    verb of its own follows ('said the president stressed ...'); None when the clause opens otherwise."""
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    setting = _SETTING_LEAD.match(ctx.text, start)
    if setting is not None:
        start = setting.end()  # 'reported that, speaking in Tehran, the president stressed ...'
    inner = next((u for u in verbs if u.start > start), None)
    if inner is None or inner.start - start > _RELAY_REACH or inner.participle or inner.kind == "relay":
        return None
    if inner.lemma in speech.THAT_ONLY:
        return None  # "ECOWAS's continued engagement": an adjective, not 'she continued'
    if inner.lemma == "discuss":
        return None  # 'informed that the president discussed X with Y': a talk told of, the teller's report
    if INFINITIVE_BEFORE.search(ctx.text, max(start, inner.start - 4), inner.start):
        return None  # 'said Peru continues to speak of talks': an infinitive tells of a habit or plan
    if inner.kind == "address" and not _THAT_SOON.match(ctx.text, inner.end):
        return None  # 'told reporters X briefed Y on the talks': an act the speaker tells of, not X's words
    if ctx.gap(inner.start, s_start)[1]:
        return None  # 'said Beijing should condemn ...': what should be said is the speaker's demand
    subj = subject_of(ctx, inner, s_start, verbs)
    if subj is None or subj.start != start or ctx.text[subj.end - 2 : subj.end] in ("'s", "\u2019s"):
        return None
    if ctx.text[subj.start : subj.end].lower() in _PERSONAL:
        return None  # 'Putin said he outlined ...': 'he' is the speaker himself, not someone relayed
    entity, phrase = ctx.actor(subj, subj.start)
    return None if phrase is None else (subj.start, entity, phrase)


_ASKED_ABOUT = re.compile(r"\s*about\b")  # asked Y about Z: a topic raised as a question
_PERSONAL = frozenset(("he", "she", "they", "we", "i", "it"))
# an addressee, then 'that': 'told Y that ...', 'assured the envoy that ...' report words; 'briefed Y on' does not
_THAT_SOON = re.compile(r"[^,.;:\"]{0,60}?\bthat\b")
# a setting before the relayed speaker: 'speaking at a news conference in Tehran, ...', 'in a call on Monday, ...'
_SETTING_LEAD = re.compile(
    r",?\s*(?:speaking|addressing|talking|writing|responding|commenting|in|at|during|after|on|while)\b"
    r"[^,;:.\"\u201c]{1,120},\s*"
)
# the words between the comma and a sentence-final speaker: 'the newly elected president', or an
# owner's 'the country's / Peru's new president'
SPEAKER_LEAD = re.compile(
    r"(?:\s+(?:[a-z]+|[A-Z][a-z]+)){0,4}\s*|(?:\s+the)?\s+(?:[a-z]+|[A-Z][\w.-]*)['\u2019]s(?:\s+[a-z]+){0,4}\s*"
)


def tail_attribution(ctx: Context, s_start: int, s_end: int, verbs: list[VerbHit]) -> int | None:
    """The comma opening a sentence-final attribution ('..., he said.'), whose speaker relays the rest."""
    if s_start not in ctx.tails:
        ctx.tails[s_start] = _find_tail(ctx, s_start, s_end, verbs)
    return ctx.tails[s_start]


def _find_tail(ctx: Context, s_start: int, s_end: int, verbs: list[VerbHit]) -> int | None:
    k = len(verbs) - 1
    while k > 0 and verbs[k].participle:
        k -= 1  # '..., the spokesman said, adding that ...': the attribution is before the participle
    v = verbs[k]
    if v.lemma not in TRAILING_LEMMAS:
        return None
    if not TRAILING_REST.match(ctx.text, past_date(ctx, v.end, s_end), s_end):
        return _inverted_tail(ctx, v, s_start, s_end)
    subj = subject_of(ctx, v, s_start, verbs)
    if subj is None:
        return None
    comma = ctx.text.rfind(",", s_start, subj.start)
    if comma < 0:
        return None
    lead = comma + 2 if ctx.text.startswith(('"', "\u201d"), comma + 1) else comma + 1  # 'for "peace,'
    return comma if SPEAKER_LEAD.fullmatch(ctx.text, lead, subj.start) else None


def _inverted_tail(ctx: Context, v: VerbHit, s_start: int, s_end: int) -> int | None:
    """'..., said adviser Tom Berg.': the comma before a verb that ends the sentence with its speaker
    after it opens the attribution, as in '..., Tom Berg said.'"""
    comma = v.start - 2
    if comma <= s_start or ctx.text[comma] != "," or v.participle or v.kind == "address":
        return None
    np = named_after(ctx, v.end, s_end) or speech.noun_phrase_after(ctx.text, v.end, s_end)
    if np is None or not TRAILING_REST.match(ctx.text, past_date(ctx, np.end, s_end), s_end):
        return None
    return comma


def reported_statement(
    ctx: Context,
    span: tuple[int, int],
    sentence: tuple[int, int],
    speaker: int | None,
    name: str | None,
    addressees: list[int] | None = None,
) -> StatementCandidate:
    """An indirect statement: its text is ``span``, its evidence the sentence, its date one outside the span."""
    date = ctx.date_in(sentence[0], sentence[1], span)
    return span_statement(ctx, "indirect", span, sentence, speaker, name, date, addressees)


def needs_that(v: VerbHit, text: str, pos: int, s_end: int) -> bool:
    """'She tweeted' and 'they shared evidence' report nothing without a 'that' clause; 'offered help'
    nothing but a courtesy ('offered condolences', 'conveyed Canada's gratitude')."""
    lemma = v.lemma
    if lemma == "underline":
        return _PEN_STROKE.match(text, pos, s_end) is not None
    if lemma in speech.THAT_ONLY:
        if lemma == "mention" and _MENTIONED_TOPIC.match(text, pos, s_end):
            return False  # 'mentioned the possibility of ...', 'mentioned his support for ...': a point made
        return not (lemma in speech.BARE_CLAUSE_OK and speech.BARE_CLAUSE.match(text, pos, s_end))
    if lemma in speech.COURTESY_ONLY:
        return not speech.COURTESY_OBJECT.match(text, pos, s_end)
    return (
        lemma in speech.THAT_OR_OWN
        and not _OWN.match(text, pos, s_end)
        and not speech.COURTESY_OBJECT.match(text, pos, s_end)
        and not _STANCE_OBJECT.match(text, pos, s_end)
        and not (lemma == "convey" and _CONVEYED_STANCE.match(text, pos, s_end))
    )


# what 'mentioned' reports without 'that': a determined abstract topic ('the need for', 'the possibility of',
# 'his support for') or a deed told ('mentioned visiting the site'); a thing or a name ('mentioned the port',
# 'mentioned Paris') stays no report
_MENTIONED_TOPIC = re.compile(
    r"\s+(?:(?:the|his|her|their|its|our)\s+(?:[a-z-]+\s+)?"
    r"(?:[a-z]+(?:ity|ities|tion|tions|sion|sions|ment|ments|ance|ence|ness|ship)|needs?|support|wish|hope|desire|role)\b"
    r"|[a-z]{3,}ing\s+(?:the|a|an|in|with|on|to)\b)"
)


# 'underlined his name on the list', 'underlined the title in red ink': a pen stroke on a piece of writing;
# any other object a speaker underlines ('the close ties', 'the need for') is a point made, as 'underscored'
_PEN_STROKE = re.compile(
    r"\s+(?:the|a|his|her|their|its|each|every)\s+(?:[a-z]+\s+)?"
    r"(?:title|titles|name|names|word|words|line|lines|sentence|sentences|passage|passages|paragraph|heading)\b"
)


# 'conveyed Kenya's commitment to the talks', 'conveyed the president's readiness to meet': a message carried
# ('shared a commitment' is as often held in common, so only after 'convey')
_CONVEYED_STANCE = re.compile(
    r"\s+(?:(?!(?:for|to|of|on|in|at|with|by|from|and|that)\b)[\w'\u2019.-]+\s+){0,3}?"
    r"(?:commitment|support|readiness|willingness|desire|determination|resolve|wish|request|proposal)\b"
)


# 'conveyed Pakistan's strong condemnation of ...', 'shared the country's position on ...': a stance voiced
_STANCE_OBJECT = re.compile(
    r"\s+(?:(?!(?:for|to|of|on|in|at|with|by|from|and|that)\b)[\w'\u2019.-]+\s+){0,3}?"
    r"(?:condemnation|solidarity|concerns?|position|stance|protest|displeasure|opposition)\b"
)


# 'said this/so' with nothing after the pronoun but a phrase of time, place or occasion
DEMONSTRATIVE_OBJECT = re.compile(
    r"(?:this|so)\b\s*(?:[,.;:!?]|$|(?:on|in|at|during|when|while|after|before|as|to|from|last|this|today"
    r"|yesterday|earlier|later)\b)"
)


# 'says at the summit in Kigali, from June 23 to 25, Trudeau will aim to ...': a clause after a fronted
# phrase of place or time, its subject and auxiliary after a comma; the subject may be two names
# ('China and Peru') with a relative clause ('..., China and Peru, which are neighbours, should ...')
# or 'the two sides', 'both countries'; after those and a pronoun, a verb in the past tense too ('said
# during the meeting, both countries discussed ...')
_FRONTED_CLAUSE = re.compile(
    r",\s+(?:(?:[A-Z][\w.'\u2019-]*\s+){1,3}(?:and\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3})?"
    r"|(?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.'\u2019-]*(?:\s+and(?:\s+[A-Z][\w.'\u2019-]*){1,3})?"
    r",\s*(?:which|who)\s[^,;:\"\u201c]{1,120},\s*"
    r"|(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?[a-z]+\s+|(?:he|she|they|it|we)\s+)"
    r"(?:will|would|is|are|was|were|has|have|had|could|can|may|might|must|should|plans|intends|hopes)\b"
    r"|,\s+(?:(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?[a-z]+|he|she|they|we)\s+[a-z]{3,}ed\b"
)


def content_span(ctx: Context, start: int, s_end: int, clause_marked: bool) -> tuple[int, int] | None:
    """What a speech verb reports, from ``start`` to the end of its clause; None when it reports nothing."""
    text = ctx.text
    if text[start:s_end].rstrip().endswith(":"):
        return None  # 'She tweeted:' introduces a quote
    limit = min(s_end, start + MAX_REACH * 4)
    c_start, c_end = strip(text, start, clause_cut(text, start, limit))
    if (
        c_end <= c_start
        or text[c_start] == ":"
        or (text[c_start] in '"\u201c' and not quote_opens_clause(ctx, c_start, c_end, clause_marked))
    ):
        return None
    if text[c_start] in '"\u201c' and _quote_then_participle(ctx, c_start, c_end):
        return None  # 'said, "...," adding that ...': the quote is direct; the participle reports the rest
    first = text[c_start : c_start + 12].split(maxsplit=1)[0].lower()
    if first in _PREPOSITIONS and not clause_marked and not _FRONTED_CLAUSE.search(text, c_start, c_end):
        return None  # 'the communication China has acknowledged with ...': a relative clause
    if DEMONSTRATIVE_OBJECT.match(text, c_start, c_end + 1):
        return None  # 'said this on Tuesday, when ...': the words are elsewhere (the quotes that follow)
    if first in _WHEN_WORDS and len(WORD.findall(text, c_start, c_end)) <= _WHEN_MAX_WORDS:
        return None  # 'briefed reporters after the meeting': when it was said, not what
    if first == "to" and _PRO_VERB.fullmatch(text, c_start, c_end):
        return None  # 'something she pledged to do in May': what was pledged stands before, not here
    return (c_start, c_end) if says_something(ctx, c_start, c_end) else None


_PARTICIPLE_AFTER = re.compile(r"[,\s]*([a-z]+ing)\b")  # '...,\" adding', '...\", noting'


def _quote_then_participle(ctx: Context, start: int, end: int) -> bool:
    """Whether the quote opening at ``start`` closes before ``end`` and a participle of more words
    ('adding', 'noting') follows it."""
    q = ctx.quote_at(start)
    if q is None or not q.closed or q.close >= end:
        return False
    participle = _PARTICIPLE_AFTER.match(ctx.text, q.close + 1, end)
    return participle is not None and participle.group(1) in ADDING


# thanks and congratulations given to someone: the verb is part of what is said, as in the gold
_COURTESY_VERBS = speech.word_set("thank congratulate")
# verbs whose object is what they say ('welcomed the move'): a 'while' after it opens someone else's clause
_OBJECT_VERBS = speech.word_set(
    "welcome condemn praise hail reject criticise criticize applaud denounce commend"
)
# the speaker's own doing while speaking, after an object or a clause without 'that'
_WHILE_DOING = re.compile(
    r"(?P<while>,?\s+while)\s+(?:attending|visiting|speaking|addressing|meeting|touring|hosting|receiving|travell?ing)\b"
    r"|(?P<bid>,?\s+in\s+a\s+bid\s+to\b)"  # 'suggested the summit in a bid to ...': the writer's reading
    # 'urged calm, as the rival sides gathered in X', 'denied it when he spoke to a reporter': the scene
    # of the words, a clause of its own whose verb tells a gathering, a meeting or the speaking itself
    # ('warned of trouble when the rebels arrived': a warning of what follows, kept)
    r"|(?P<scene>,?\s+(?:as\s+(?:he|she|they|the\s+[a-z]+(?:\s+[a-z]+){0,2}|[A-Z][\w'-]*(?:\s+[\w'-]+){0,4}?)"
    r"|when\s+(?:he|she|they))\s+"
    r"(?:gathered|met|spoke|sat|arrived|prepared|geared|headed|convened|assembled|visited|toured|addressed)\b)"
    r"|(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!ly)(?<!\bnow)"  # not 'more are (now) opting to'
    r"\s+(?:choosing|opting|electing)\s+to\b"  # 'announced he will step down in May choosing to end ...'
)
# a verb of its own in a clause without 'that' ('the minister was injured while visiting')
_FINITE = re.compile(r"\b(?:was|were|is|are|had|has|have|been|would|will|could|can|should|may|might|must)\b")
_DOING_WORDS = ("while", " bid to", "ing to ", " as ", " when ")  # a cheap test before the pattern
_AIMED_MAX = 5  # words of an object (not a clause) before 'in a bid to'

_CONTRAST = re.compile(r",?\s+(?:while|whereas)\s+")
_WHEN_WORDS = speech.word_set("after before during following prior ahead")  # 'prior to', 'ahead of'
# 'to do (so)' and a short phrase of time or place: a pro-verb whose act is named elsewhere
_PRO_VERB = re.compile(
    r"to\s+do(?:\s+(?:so|it|that|this))?(?:\s+(?:in|on|at|by|last|next|this)(?:\s+[\w'-]+){1,4})?"
)
_WHEN_MAX_WORDS = 8  # a short phrase of time alone; a longer one may run on into a clause


# after the quoted phrase, the clause's own words: not a conjunction that starts another clause
_CLAUSE_GOES_ON = re.compile(
    r"[\s\u201d\"]*(?!(?:and|but|or|then|as|while|when|before|after|because|if|so|to)\b)[a-z]"
)


def quote_opens_clause(ctx: Context, c_start: int, c_end: int, clause_marked: bool = True) -> bool:
    """'said that "close ties" were at the heart of it': a quoted phrase that the clause goes on from.

    A quote that fills the clause ('said: "We will win"') is a direct statement only, and without
    'that' a quoted object before a preposition ('noted "some flaws" in the plan') is no clause.
    """
    q = ctx.quote_at(c_start + 1)
    if q is None or not q.closed or q.close >= c_end:
        return False
    goes_on = _CLAUSE_GOES_ON.match(ctx.text, q.close + 1)
    if goes_on is None:
        return False
    word = WORD.match(ctx.text, goes_on.end() - 1)
    return clause_marked or word is None or word.group().lower() not in _PREPOSITIONS


def clause_cut(text: str, start: int, limit: int) -> int:
    """Where ``_CUT`` first matches in ``text[start:limit]``, else ``limit``.

    Each match starts at a ',', ';' or ':', or at the white space before '-', '\u2014' or 'and';
    trying the pattern only there (found with ``str.find``) is cheaper than searching every character.
    """
    best = limit
    for anchor in _CUT_MARKS:
        i = text.find(anchor, start, best)
        while i >= 0:
            if _CUT.match(text, i, limit):
                best = i
                break
            i = text.find(anchor, i + 1, best)
    for anchor in _CUT_WORDS:
        i = text.find(anchor, start, best)
        while i >= 0:
            j = i
            while j > start and text[j - 1].isspace():
                j -= 1
            if j < i and _CUT.match(text, j, limit):
                best = j
                break
            i = text.find(anchor, i + 1, best)
    return best


def says_something(ctx: Context, start: int, end: int) -> bool:
    """Enough words, and not just a quote (the quote is its own, direct, statement). A clause of the
    writer's words that a long quote ends ('he conveyed "general doubts about ..."') is reported
    speech all the same, partly quoted: a subject and its verb are no quote."""
    if not _INDIRECT_WORDS.search(ctx.text, start, end):
        return False
    share = quoted_share(ctx, start, end)
    if share <= 0.7:
        return True
    last = bisect.bisect_left(ctx.quote_opens, end) - 1  # the quote the clause ends with
    if share == 1 or last < 0 or ctx.quote_opens[last] <= start:
        return False
    opened = ctx.quote_opens[last]
    verbs = ctx.verbs_in(start, opened)
    # not 'saying, "...', 'said "...': a quote a verb or a comma opens is only the direct statement
    return (
        _OWN_WORDS.match(ctx.text, start, opened) is not None
        and not ctx.text[start:opened].rstrip().endswith((",", ":"))
        and not (verbs and verbs[-1].lemma in _QUOTE_OPENERS and not ctx.text[verbs[-1].end : opened].strip())
    )


# verbs that open a quote of the words said ('said "...'), where 'conveyed "..."' quotes an object
_QUOTE_OPENERS = speech.word_set("say add tell write state declare reply respond remark tweet post comment")
# two words of the writer's before a quote: 'he conveyed "', 'any deal "'
_OWN_WORDS = re.compile(r"[A-Za-z0-9'\u2019-]+\s+[A-Za-z0-9'\u2019-]+")


def _past_adjunct(ctx: Context, pos: int, s_end: int) -> int:
    """Step over a date or a short phrase between a verb and 'that' ('said Tuesday that', 'said in a statement that')."""
    text = ctx.text
    has_that = text.find("that", pos, s_end) >= 0  # the phrase ends before a 'that'
    m = _ADJUNCT.match(text, pos, s_end) if has_that else None
    if (
        m
        and THAT.match(text, m.end(), s_end)
        and (
            not _WITH.match(text, pos)
            or _names_someone(ctx, m)
            or _WITH_FEELING.fullmatch(text, pos, m.end())
        )
    ):
        return m.end()
    m = _ADJUNCTS.match(text, pos, s_end) if has_that else None
    if m and THAT.match(text, m.end(), s_end) and (not _ANY_WITH.search(m.group()) or _names_someone(ctx, m)):
        return m.end()
    aside = _COMMA_ADJUNCT.match(text, pos, s_end) if text.startswith(",", pos) else None
    if aside:
        return aside.end()  # 'conveyed, at the start of the call, the greetings of ...': the object follows
    i = bisect.bisect_left(ctx.timex_starts, pos)
    if i < len(ctx.doc.timexes):
        t = ctx.doc.timexes[i]
        gap = text[pos : t.start].strip(" ,")
        if t.end < s_end and (
            not gap or (gap in _DATE_PREPOSITIONS and _BARE_CLAUSE.match(text, t.end, s_end))
        ):
            return t.end  # 'said Tuesday (that) ...', 'said on Wednesday he would ...'
    then = _THEN.match(text, pos, s_end) if text.startswith(" ", pos) else None
    return then.end() if then is not None else pos  # 'said at the time he was ...': when, not what


# a time told relative to the story, or the medium of the words, before a bare clause opened by a pronoun:
# 'said at the time he was', 'said later they would', 'said in a tweet he had', 'told reporters in an
# interview she would'
_THEN = re.compile(
    r"\s+(?:at\s+the\s+time|at\s+that\s+time|back\s+then|then|earlier|later|previously|afterwards"
    r"|in\s+(?:a|an|his|her|its|their)\s+(?:[a-z]+\s+){0,2}?(?:tweet|post|statement|interview|speech|message"
    r"|letter|video|briefing|address|remarks))"
    r"(?=\s+(?:he|she|they|it|we|I|there)\s)"
)


# a short phrase of time or setting set off by commas right after the verb
_COMMA_ADJUNCT = re.compile(
    r",\s*(?:at|in|on|during|after|before|through|via|over|for)\s+[^,.;:\"\u201c]{1,50},(?=\s+[a-z])"
)
_DATE_PREPOSITIONS = ("on", "in", "at")  # 'said on Wednesday he would ...': a date with its preposition
# what opens a clause after that date; not a comma nor a phrase of the writer's ('said on Thursday,
# in the first talks ...', 'said on Thursday ahead of the visit')
_BARE_CLAUSE = re.compile(
    r"\s+(?!(?:ahead|after|before|during|following|prior|in|on|at|with|from|as|while|when|amid|amidst|for"
    r"|to|by|and|but|or|despite|over|under|near|via|through|last|this|next)\b)[A-Za-z]"
)
_WITH = re.compile(r"\s*,?\s*with\b")
# 'noted with regret that ...', 'observed with great satisfaction that ...': the feeling it was said with
_WITH_FEELING = re.compile(
    r"\s*,?\s*with\s+(?:(?:great|deep|grave|serious|particular|much|some)\s+)?"
    r"(?:regret|satisfaction|concern|appreciation|pleasure|gratitude|pride|sadness|sorrow|alarm|dismay"
    r"|interest|optimism|confidence)\s*"
)
_ANY_WITH = re.compile(r"\bwith\b")  # in either of two phrases: 'at the summit in Geneva with sanctions that'
_SOMEONE = ("person", "role", "pronoun")


def _names_someone(ctx: Context, m: re.Match[str]) -> bool:
    """'affirmed with the Korean leader that ...': 'with' someone spoken to, not 'responded with
    strikes that killed ...', where 'that' opens a relative clause."""
    words = ctx.text[m.start() : m.end()].split()
    if words and words[-1].lower() in speech.ROLE_HEADS:
        return True  # 'with his counterpart', 'with the visiting leader'
    return any(x.kind in _SOMEONE and x.start >= m.start() for x in ctx.mentions_over(m.start(), m.end()))
