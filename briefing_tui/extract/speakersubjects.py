"""Who speaks: the subject of a speech verb, and the attribution made from it.

`subject_of` finds the noun phrase that says a verb ('The foreign minister, Wang Yi, said'),
through appositions, coordinations and the subject of the sentence a participle hangs on;
`verb_attribution` and `speaker_attribution` turn it into an Attribution, with relayed
speakers ('quoted X as saying'), issuing bodies of documents and names after the verb
('said Wang').

Separate because direct-quote attribution and reported speech both need it; it sits below
both and imports only statementcontext.
"""

from __future__ import annotations

import re

from briefing_tui.extract import speech
from briefing_tui.extract.dateline import DATELINE, stamp_end
from briefing_tui.extract.document import Mention
from briefing_tui.extract.speech import Span, VerbHit
from briefing_tui.extract.statementcontext import AS_SAYING, DOCUMENT_HEADS, SOURCE_OF, Attribution, Context

_CLAUSE_END = re.compile(r"[.!?;]\s|\b(?:who|which|that|adding|when|as|after|before)\b")


def document_source(ctx: Context, np: Span, limit: int) -> Span | None:
    """The issuer named after a document that speaks ('a readout from the White House', 'a statement
    by the ministry'): the document names no speaker of its own."""
    words = ctx.text[np.start : np.end].split()
    if not words or words[-1].lower() not in DOCUMENT_HEADS:
        return None
    source = SOURCE_OF.match(ctx.text, np.end, limit)
    return speech.noun_phrase_after(ctx.text, source.end(), limit) if source else None


def issuing_body(ctx: Context, subj: Span, gap_end: int) -> Span | None:
    """The actor that issued the document a subject names, when the document is the whole subject."""
    source = document_source(ctx, subj, gap_end)
    if source is not None and source.end >= gap_end - 1 and ctx.actor(source, source.start)[1] is not None:
        return source
    return None


def named_at(ctx: Context, start: int, limit: int) -> Span | None:
    """The actor named right at ``start`` (after a 'the'), as its mention spans it."""
    lead = 4 if ctx.text.startswith(("the ", "The "), start) else 0
    for m in ctx.mentions_over(start, min(limit, start + lead + 1)):
        if m.start in (start, start + lead) and m.entity is not None:
            return Span(m.start, m.end)
    return None


def named_after(ctx: Context, start: int, limit: int) -> Span | None:
    """A person named in the attribution after the verb: 'said the ambassador to the EU, Abdel al-Farra.'"""
    stop = _CLAUSE_END.search(ctx.text, start, limit)
    end = stop.start() if stop else limit
    for m in ctx.mentions_over(start, end):
        if m.start >= start and m.kind == "person" and m.entity is not None:
            if _SPOKEN_TO.search(ctx.text, max(start, m.start - 6), m.start):
                continue  # 'said a spokesperson in an email to X': X was written to, not the speaker
            return Span(m.start, m.end)
    return None


_SPOKEN_TO = re.compile(r"\b(?:to|with)\s+$")


_QUOTING_LEMMAS = frozenset(("quote", "report"))


def relayed_speaker(ctx: Context, v: VerbHit, limit: int) -> Attribution | None:
    """'Detik.com quoted (or reported) Djamal as saying': the speaker is the one quoted."""
    if v.lemma not in _QUOTING_LEMMAS or _QUOTED_BY.match(ctx.text, v.end, limit):
        return None  # 'X was quoted by the agency as saying': X speaks
    np = speech.noun_phrase_after(ctx.text, v.end, limit)
    if np is None or not AS_SAYING.match(ctx.text, np.end, limit):
        return None
    ent, name = ctx.actor(np, np.start)
    if ent is None:
        named, role = ctx.person_named_before(np)
        if named is not None or role:
            # 'quoted the army chief as saying': him, or him unnamed; never the one who quotes him
            return Attribution(named, ctx.text[np.start : np.end], end=np.end)
    return Attribution(ent, name, end=np.end) if name else None


def verb_attribution(
    ctx: Context, v: VerbHit, s_start: int, verbs: list[VerbHit], limit: int
) -> Attribution | None:
    subj = subject_of(ctx, v, s_start, verbs)
    return speaker_attribution(ctx, v, subj, limit) if subj is not None else None


def speaker_attribution(ctx: Context, v: VerbHit, subj: Span, limit: int) -> Attribution | None:
    """Who speaks through verb ``v`` with subject ``subj``, and to whom."""
    relayed = relayed_speaker(ctx, v, limit)
    if relayed is not None:
        relayer, _ = ctx.actor(subj, subj.start)
        if relayer is not None:
            ctx.relayers[ctx.sentence_index(v.start)] = relayer
        return relayed
    ent, name = ctx.actor(subj, subj.start)
    if name is None:
        return None
    att = Attribution(ent, name, end=v.end, relay=v.kind == "relay")
    if v.kind == "address":
        att.addressees = ctx.addressee_after(v.end, limit)
    return att


def subject_of(ctx: Context, v: VerbHit, s_start: int, verbs: list[VerbHit]) -> Span | None:
    """The subject of a speech verb; for 'X tweeted to Y and said', the subject of the first verb."""
    key = (v.start, s_start)
    if key not in ctx._subjects:
        ctx._subjects[key] = _find_subject(ctx, v, s_start, verbs)
    return ctx._subjects[key]


def _find_subject(ctx: Context, v: VerbHit, s_start: int, verbs: list[VerbHit]) -> Span | None:
    text = ctx.text
    gap_end, modal, passive = ctx.gap(v.start, s_start)
    if passive and not (v.lemma == "encourage" or quoted_as_saying(ctx, v)):
        return None
    if coordinated(text, s_start, gap_end) or (
        v.participle
        and (
            text[s_start:gap_end].rstrip().rstrip(_CLOSING_MARKS).endswith(PARTICIPLE_BREAKS)
            or LINKED_PARTICIPLE.search(text, max(s_start, gap_end - 12), gap_end)
        )
    ):
        if v.lemma == "discuss" and _MEETING_VERB.search(text, s_start, gap_end):
            return None  # 'X met Y and discussed Z': the meeting's agenda, discussed jointly
        earlier = [
            u
            for u in verbs
            if u.end <= gap_end
            and u is not v
            and not u.participle
            and not (INFINITIVE_BEFORE.search(text, u.start - 4, u.start) and ctx.gap(u.start, s_start)[1])
        ]  # 'noted that X will go on Friday to discuss Y, and welcomed': not an infinitive's (absent) subject
        # ('took to social media to claim' is no plan: the gap says so)
        for u in reversed(earlier):
            subj = subject_of(ctx, u, s_start, [w for w in verbs if w.end <= u.start])
            if subj is not None:
                return subj
        return sentence_subject(ctx, v.start)  # 'She sought clarification and observed that'
    # both patterns below end in 'who' or 'which' within 8 characters of the verb: most verbs have neither
    near_who = text.find("wh", max(s_start, gap_end - 8), gap_end) >= 0
    who = _WHO_BEFORE.search(text, max(s_start, gap_end - 8), gap_end) if near_who else None
    if who is not None:  # '..., criticised by the union, which said ...': the one named right before
        named = [m for m in ctx.mentions_over(who.start() - 1, who.start()) if m.end == who.start()]
        return Span(named[-1].start, named[-1].end) if named and named[-1].entity is not None else None
    who = _BARE_WHO_BEFORE.search(text, max(s_start, gap_end - 6), gap_end) if near_who else None
    if (
        who is not None
    ):  # 'a call from Prime Minister X who expressed ...': no comma, a person named right before
        named = [
            m
            for m in ctx.mentions_over(who.start() - 1, who.start())
            if m.end == who.start() and m.kind == "person" and m.entity is not None
        ]
        if named:
            return Span(named[-1].start, named[-1].end)
    subj = _run_on_relative(ctx, s_start, gap_end) or speech.subject_before(text, s_start, gap_end)
    if subj is not None and text.startswith("s", subj.end - 1) and text[subj.end - 2] in "'\u2019":
        return None  # "Tamil Nadu's demands": a possessive names the owner of a noun, not a speaker
    if subj is not None and text.find(" who ", max(s_start, subj.start - _WHO_REACH), subj.start) >= 0:
        subj = _relative_antecedent(text, s_start, subj) or subj
    if subj is not None and _PREPOSITION_BEFORE.search(text, max(s_start, subj.start - 8), subj.start):
        subj = _subject_before_phrase(ctx, s_start, subj)
    if subj is not None:
        subj = unclosed_apposition(ctx, subj.start, subj.end, s_start) or _behind_channel(
            ctx, s_start, subj, gap_end
        )
    elif text.find(",", max(s_start, gap_end - 160), gap_end) >= 0:
        subj = unclosed_apposition(
            ctx, gap_end, gap_end, s_start
        )  # '..., secretary (trade) at the ministry of x told'
    if (
        subj is not None
        and text.find("and", max(s_start, subj.start - 60), subj.start) >= 0  # in every match: most have none
        and _JOINT_APPOSITION.search(text, max(s_start, subj.start - 60), subj.start)
    ):
        return None  # 'X and his Thai counterpart, Y, have agreed': both, jointly
    if subj is not None and text.startswith("and ", subj.start - 4):
        conj = _AND_BEFORE.search(text, max(s_start, subj.start - 8), subj.start)
        first = speech.subject_before(text, s_start, conj.start()) if conj else None
        if first is None and conj is not None:
            plural = _PLURAL_BEFORE.search(text, max(s_start, conj.start() - 40), conj.start())
            if plural is not None and _OBJECT_BEFORE.search(
                text, max(s_start, plural.start() - 12), plural.start()
            ):
                plural = (
                    None  # 'accused X of raising the fees and Y accused': an object before, then a clause
                )
            first = Span(plural.start(), conj.start()) if plural else None
        if first is not None:
            return Span(first.start, subj.end)  # 'the governors and Obama discussed': both, jointly
    if (
        subj is not None
        and v.lemma == "discuss"
        and subj.start - s_start <= _JOINED_REACH
        and (joined := _JOINED_OPENING.match(text, max(s_start, stamp_end(text)), subj.start))
        and not _NEW_CLAUSE.search(text, joined.end(), subj.start)
    ):
        return Span(
            max(s_start, stamp_end(text)), subj.end
        )  # 'President X and visiting minister Y on Friday discussed': both
    if subj is not None and subj.end < gap_end:
        source = issuing_body(ctx, subj, gap_end)  # 'a statement from the UN said': the UN
        if source is not None:
            return source
    return subj


_APPOSITION_MAX_WORDS = 12
_APPOSITION_STOP = re.compile(r"[,;:()\"]|\b(?:but|or|who|which|that|when|while|after|before|as)\b")
_PARENTHESIS = re.compile(r"\([^()]{0,60}\)")  # '(economic relations)' inside an office phrase


def unclosed_apposition(ctx: Context, start: int, end: int, s_start: int) -> Span | None:
    """'..., Erik Lund, deputy head of the press department said': the named person, whose office
    phrase (``start``-``end`` ends it) lacks its closing comma, is the subject; not the department
    the phrase ends with. A short parenthesis in the phrase is part of it."""
    text = ctx.text
    comma = text.rfind(",", s_start, start)
    if comma < 0:
        return None
    phrase = text[comma + 1 : end]
    if "(" in phrase:
        phrase = _PARENTHESIS.sub(" ", phrase)
    if _APPOSITION_STOP.search(phrase):
        return None
    words = phrase.lower().split()
    if not words or words[0] == "and" or len(words) > _APPOSITION_MAX_WORDS:
        return None  # ', and the minister said': a second subject ('information and press': an office)
    if not any(w in speech.ROLE_HEADS for w in words):
        return None
    named = [m for m in ctx.mentions_over(comma - 1, comma) if m.end == comma]
    if not named or named[-1].kind != "person" or named[-1].entity is None:
        return None
    before = text[s_start : named[-1].start].rstrip()
    if before and not before.endswith(","):
        return None  # 'He met Erik Lund, the minister said': Lund is an object, not an apposition's head
    return Span(named[-1].start, named[-1].end)


# ', in a statement signed by his spokesman, ' right before a name set off by commas: the channel of the words
_CHANNEL_BEFORE = re.compile(
    r",\s*(?:in|through|via)\s+(?:a|an|the|his|her|its|their)\s+[^,;:()\"\u201c]{3,80},\s*$"
)
_CHANNEL_REACH = 100


def _behind_channel(ctx: Context, s_start: int, subj: Span, gap_end: int) -> Span:
    """'X, in a statement released by his aide, Y, said': Y is named in the phrase on how X spoke; X is
    the subject, the name before that phrase. Else ``subj``."""
    text = ctx.text
    if (
        text[subj.end : gap_end].strip() != ","
        or text.find(" by ", max(s_start, subj.start - _CHANNEL_REACH), subj.start) < 0
    ):
        return subj
    channel = _CHANNEL_BEFORE.search(text, max(s_start, subj.start - _CHANNEL_REACH), subj.start)
    if channel is None:
        return subj
    named = [m for m in ctx.mentions_over(channel.start() - 1, channel.start()) if m.end == channel.start()]
    return Span(named[-1].start, named[-1].end) if named and named[-1].entity is not None else subj


INFINITIVE_BEFORE = re.compile(r"\bto\s+$")  # 'to discuss': a verb with no subject before it
_AND_BEFORE = re.compile(r"(?<=\w)\s+and\s+$")
# 'X met Y', 'X held talks with Y': a meeting whose agenda a following 'and discussed' gives, jointly
_MEETING_VERB = re.compile(
    r"\b(?:met|meets|received|receives|hosted|hosts|(?:held|holds)\s+(?:[\w\"\u201c\u201d-]+\s+){0,3}?"
    r"(?:talks|meetings?|consultations|discussions|negotiations|(?:phone\s+)?(?:call|conversation))\b)"
)
# 'and his Thai counterpart, ' right before a name: the name is the second of two subjects
_JOINT_APPOSITION = re.compile(r"\band\s+(?:his|her|their|its)\s+(?:[A-Za-z-]+\s+){0,3}?[a-z]+,\s*$")
# a plural noun phrase with its determiner: 'the governors', 'all five mayors'
_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]+ing|of|to|for|with|on|in|at|about|against)\s+$")  # what takes a noun
_PLURAL_BEFORE = re.compile(
    r"\b(?:the|all|both|two|three|four|five|six|seven|eight|several)\s+(?:[a-z-]+\s+){0,2}[a-z-]+s$"
)
# a sentence that opens with a name and 'and', the rest of the words before the subject its title:
# 'President X and visiting Chadian Minister of Economy, Planning and Trade Y discussed'
_JOINED_OPENING = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*\s+){1,5}and\s+(?![^.;:\"]*\b(?:said|told|says)\b)")
_JOINED_REACH = 160
# ', where Ruiz discussed': the subject stands in a clause of its own, not in the opening's title
_NEW_CLAUSE = re.compile(r",\s*(?:where|when|who|which|while|after|before)\b|\s(?:where|when|after|while)\s")
# 'X in a meeting with Y in Ankara stressed': the name before the verb is a preposition's object; the
# subject is the sentence's opening name, before an unpunctuated chain of prepositional phrases
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|with|at|during)\s+(?:the\s+)?$")
_PHRASE_CHAIN = re.compile(
    r"(?:\s+(?:in|with|at|during|on)\s+(?:(?![\w'\u2019.-]*(?:ed|s)\b)[\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+)+\s*"
)


def _subject_before_phrase(ctx: Context, s_start: int, obj: Span) -> Span:
    """The name that opens the clause when only prepositional phrases part it from ``obj`` ('X in
    talks with Y in Z said', 'Earlier, X in talks with Y said'); else ``obj``, the subject as before."""
    text = ctx.text
    pos = max(s_start, text.rfind(",", s_start, obj.start) + 1)
    pos += len(text[pos : obj.start]) - len(text[pos : obj.start].lstrip())
    for m in ctx.mentions_over(pos, obj.start):
        if m.start < pos:
            continue
        if m.start == pos and m.end < obj.start and _PHRASE_CHAIN.fullmatch(text, m.end, obj.end):
            return Span(m.start, m.end)
        break
    return obj


_WHO_BEFORE = re.compile(r"\s*,\s*(?:who|which)\s*$")
_BARE_WHO_BEFORE = re.compile(r"(?<=\w)\s+who\s*$")  # 'X who said': a relative clause set off by no comma
# 'X who welcomed the guest (at the airport) said', 'X who is also chair of the bloc said': the phrase
# before the verb is the object or the complement of a relative clause set off by no commas; its
# antecedent speaks
_WHO_CLAUSE = re.compile(
    r"(?<![,\s])\s+who\s+(?:(?:(?:also|had|has|earlier|personally|first)\s+)?[a-z]+ed"
    r"|(?:is|was)\s+(?:(?:also|now|once)\s+)?(?:(?:the|an?)\s+)?(?:(?:[A-Za-z-]+\s+){0,4}?(?:of|for|at)\s+)?)"
    r"\s*(?:the\s+)?$"
)
_WHO_REACH = 40


# 'the Russian leader who arrived in Riyadh from the UAE(,) thanked ...': a relative clause set off by no
# comma before it runs up to the verb; its antecedent, a person named or described, speaks
_RUN_ON_WHO = re.compile(r"(?<=\w)\s+who\s+[^,;:()\"\u201c\u201d]{3,120}?,?\s*$")
_RUN_ON_REACH = 130


def _run_on_relative(ctx: Context, s_start: int, gap_end: int) -> Span | None:
    lo = max(s_start, gap_end - _RUN_ON_REACH)
    k = ctx.text.find(" who ", lo, gap_end)
    if k < 0:
        return None
    m = _RUN_ON_WHO.search(ctx.text, k - 1, gap_end)
    if m is None:
        return None
    ante = speech.subject_before(ctx.text, s_start, m.start())
    if ante is None or not any(
        x.kind in ("person", "role") and x.entity is not None for x in ctx.mentions_over(ante.start, ante.end)
    ):
        return None
    return ante


def _relative_antecedent(text: str, s_start: int, subj: Span) -> Span | None:
    """The subject before 'who' when ``subj`` is the object of a relative clause on it."""
    m = _WHO_CLAUSE.search(text, max(s_start, subj.start - _WHO_REACH), subj.start)
    if m is None:
        return None
    return speech.subject_before(text, s_start, m.start())


def quoted_as_saying(ctx: Context, v: VerbHit) -> bool:
    """'X was quoted as saying', 'X was quoted by the agency as saying': X speaks, the agency relays."""
    if v.lemma != "quote":
        return False
    return bool(AS_SAYING.match(ctx.text, v.end, v.end + 20) or _QUOTED_BY.match(ctx.text, v.end, v.end + 90))


# 'quoted by <outlet> as saying': the outlet passes the words on
_QUOTED_BY = re.compile(
    r"\s+by\s+[^,.;:\"\u201c\u201d]{1,70}?\s+as\s+(?:say(?:ing|s)|telling|stating|adding)\b"
)


# 'and after their call announced': a second verb of the same subject, set at another moment
_AND_SETTING_BEFORE = re.compile(
    r",\s+and\s+(?:after|during|at|in|following|before)\s+(?:[\w'\u2019-]+\s+){1,4}$"
)


def coordinated(text: str, s_start: int, gap_end: int) -> bool:
    before = text[max(s_start, gap_end - 5) : gap_end].rstrip()
    return (
        before.endswith((" and", ",and", " but"))
        or before in ("and", "but")
        or (
            text.find(" and ", max(s_start, gap_end - 50), gap_end) >= 0
            and _AND_SETTING_BEFORE.search(text, max(s_start, gap_end - 50), gap_end) is not None
        )
    )


LEAD_ADVERBIAL = re.compile(
    rf"\s*(?:{DATELINE.pattern})?"
    r"(?:(?:In|On|At|During|After|Before|Following|Additionally|However|Separately|Later"
    r"|Addressing|Speaking|Responding|Replying|Commenting|Referring|Reacting|Writing|Talking|Asked)\b[^,]{0,80},\s*"
    r"|(?:Last|This|Next|Earlier|Later|Early|Late)\s+(?:[a-z]+\s+)?(?:week|month|year|weekend|morning|afternoon"
    r"|evening|night|spring|summer|autumn|fall|winter|[A-Z][a-z]+day)\b[^,]{0,20},\s*"
    r"|[A-Z][a-z]*\s+(?:[a-z]+\s+){0,2}(?:earlier|later|ago),\s*"
    r"|(?:Earlier|Later|Meanwhile|Yesterday|Today)\b,?\s*)?"
)  # 'Addressing the crisis, X turned to Y, saying: "..."': a participle's phrase sets the scene; X speaks;
# so does a time ('Last week, X ...', 'Two days earlier, X ...', 'Earlier X ...')


def sentence_subject(ctx: Context, offset: int) -> Span | None:
    """The name or pronoun that opens the sentence, after a leading adverbial ('In a meeting with X, ...')."""
    s_start, s_end = ctx.sentence_span(offset)
    lead = LEAD_ADVERBIAL.match(ctx.text, s_start, s_end)
    pos = lead.end() if lead else s_start
    owner: Mention | None = None
    for m in ctx.mentions_over(pos, min(s_end, pos + 80)):
        if m.start == pos and ctx.text.startswith(("'s ", "\u2019s "), m.end):
            owner = m  # "Germany's Chancellor Scholz": the owner names whose chancellor, not who speaks
            continue
        if owner is not None:
            if m.kind != "pronoun" and _OWNED_TITLE.fullmatch(ctx.text, owner.end + 3, m.start):
                return Span(pos, m.end)  # only title words between: 'Kenya's Foreign Minister X'
            break
        if (
            m.start == pos
            or (
                m.kind in ("role", "person")
                and m.start - pos < 20
                and (
                    _DETERMINER_LEAD.fullmatch(ctx.text, pos, m.start)
                    or _OWNER_LEAD.fullmatch(ctx.text, pos, m.start)
                )
            )
            or (m.start - pos == 4 and ctx.text.startswith("The ", pos))
        ):
            # 'The new Brazilian Foreign Minister': the role after its article; 'The White House'
            return Span(pos, m.end)
    return Span(pos, owner.end) if owner is not None else None


_DETERMINER_LEAD = re.compile(r"(?:The|A|An)\s+(?:[a-z]+\s+){0,2}")
_OWNED_TITLE = re.compile(r"(?:[A-Z][\w.-]*\s+){0,4}")
_OWNER_LEAD = re.compile(r"[A-Z][\w.-]*['\u2019]s\s+")  # "Jordan's King Abdullah", "Britain's Prime Minister"
# '..., while saying that ...', '..., before adding that ...': the sentence's speaker goes on
# what sets off a participle that goes on from the main clause: '..., saying', '... \u2014 saying'
# '... was "held in good faith," adding that': a quote's closing mark between the comma and the participle
_CLOSING_MARKS = "\"'\u201d\u2019"
PARTICIPLE_BREAKS = (",", "\u2014", "\u2013", " -")
LINKED_PARTICIPLE = re.compile(r",\s*(?:while|before|also|then)\s+$|\s(?:before|after|while)\s+$")
