"""The lexicon of reporting: speech verbs and the noun phrases around them.

Pure text helpers, no Document: the statements stage asks them where a
speech verb is, where its subject ends and what it reports. Every pattern is
bounded (a fixed number of tokens), so no input makes them backtrack.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import NamedTuple

from briefing_tui.extract.asciitwin import twin
from briefing_tui.extract.gates import any_in, trie_pattern


def word_set(words: str) -> frozenset[str]:
    """A lexicon written as one string of space-separated words."""
    return frozenset(words.split())


# lemma -> kind. "say": reports a clause or a quote; "address": the next noun
# phrase is who was spoken to ("told X that", "urged X to"); "relay": a source
# passing on someone else's words ("Xinhua reported").
_LEMMAS: dict[str, str] = {
    "say": "say",
    "preview": "say",
    "add": "say",
    "reiterate": "say",
    "stress": "say",
    "note": "say",
    "emphasize": "say",
    "emphasise": "say",
    "express": "say",
    "highlight": "say",
    "warn": "say",
    "blast": "say",
    "condemn": "say",
    "propose": "say",
    "announce": "say",
    "affirm": "say",
    "reaffirm": "say",
    "underscore": "say",
    "underline": "say",
    "caption": "say",  # '"...," she captioned (the post)': only as a quote's attribution or with 'that'
    "formulate": "say",  # '"...," he formulated in the declaration': likewise; 'formulated a plan' is none
    "appreciate": "say",  # 'appreciated the contribution of X': a judgement voiced, as 'praised'
    "reject": "say",  # only with an object that is speech (REJECT_OBJECT)
    "dismiss": "say",
    "welcome": "say",
    "discuss": "say",
    "state": "say",
    "declare": "say",
    "clarify": "say",
    "confirm": "say",
    "recall": "say",
    "observe": "say",
    "relay": "say",
    "share": "say",
    "convey": "say",  # 'conveyed his support': only with 'that' or what one feels (THAT_OR_OWN)
    "offer": "say",  # 'offered condolences': only with a courtesy as its object (COURTESY_ONLY)
    "extend": "say",  # 'extended greetings', not 'extended the deadline' (COURTESY_ONLY)
    "disclose": "say",  # only with 'that' (THAT_ONLY): 'disclosed the figures' reports nothing
    "reveal": "say",
    "voice": "say",
    "outline": "say",
    "explain": "say",
    "insist": "say",
    "argue": "say",
    "claim": "say",
    "assert": "say",
    "acknowledge": "say",
    "agree": "say",  # only with 'that' (THAT_ONLY): 'agreed that X' voices a view, 'agreed to meet' is a plan
    "admit": "say",
    "deny": "say",
    "comment": "say",
    "tweet": "say",
    "post": "say",  # 'posted on X: "..."' or 'posted that ...' (THAT_ONLY); not 'posted troops'
    "write": "say",
    "reply": "say",
    "respond": "say",
    "remark": "say",
    "regret": "say",  # 'regretted the suspension of the talks', 'regretted that ...': a judgement voiced
    "advocate": "say",  # 'advocated a two-state solution': a position voiced
    "mention": "say",
    "indicate": "say",  # only with 'that' (THAT_ONLY): 'indicated that he would ...'; not 'indicated a route'
    "hint": "say",  # 'hinted that ...'; not 'hinted at a deal'
    "testify": "say",  # 'testified at a hearing that ...' (THAT_ONLY): 'testified before Congress' alone says nothing
    "intimate": "say",  # 'intimated (to us) that ...' (THAT_ONLY); not 'an intimate dinner'
    "recount": "say",  # 'recounted that ...' (THAT_ONLY); not 'recounted the votes'
    "advise": "say",  # 'advised that ...' (THAT_ONLY); 'advised X to wait' is advice given, no report
    "estimate": "say",  # 'estimates that 400 died' (THAT_ONLY); 'the estimates', 'estimated $5m' are none
    "contend": "say",  # 'contended that ...' (THAT_ONLY); 'contend with' is no report
    "maintain": "say",  # 'maintains that ...' (THAT_ONLY); 'maintained close ties' is no report
    "elaborate": "say",
    "vow": "say",
    "pledge": "say",
    "promise": "say",
    "recommend": "say",
    "criticize": "say",
    "criticise": "say",
    "praise": "say",
    "hail": "say",
    "laud": "say",  # 'lauded X for Y', 'applauded the decision': praise voiced
    "applaud": "say",
    "extol": "say",
    "denounce": "say",
    "commend": "say",
    "accuse": "say",
    "blame": "say",  # 'blamed X for Y', 'blamed the attack on Y': an accusation voiced, as 'accused'
    "slam": "say",  # 'slammed X for Y': criticism voiced, as 'criticized'
    "signal": "say",  # 'signalled her intention to ...': with what the speaker holds (THAT_OR_OWN)
    "register": "say",
    "continue": "say",
    "suggest": "say",
    "predict": "say",
    "demand": "say",
    "defend": "say",
    "read": "say",
    "raise": "say",
    "list": "say",  # only with a list of what is asked or feared (LIST_OBJECT): 'listed three demands'
    # '..., hoping that the talks resume': a hope voiced after the speaker's words, only as that participle
    # (ADDING); 'X hopes that ...' is as often a wish told of, no words ('Japan is hoping that will change')
    "hope": "say",
    "tell": "address",
    "inform": "address",
    "assure": "address",
    "reassure": "address",
    "urge": "address",
    "press": "address",
    "ask": "address",
    "encourage": "address",
    "remind": "address",
    "brief": "address",
    "update": "address",
    "apprise": "address",  # 'apprised X of/about Y', as 'briefed'
    "appraise": "address",  # its common misspelling, only as 'appraised <someone> about Y' (INFORMING)
    "thank": "address",
    "wish": "address",  # only 'wished X that ...' (a hope voiced to X); not 'wished to visit'
    "congratulate": "address",
    "invite": "address",
    "request": "address",  # only 'requested X to <verb>' (APPEAL_TO_ONLY): 'requested a meeting' is no report
    "implore": "address",
    "report": "relay",
    "quote": "relay",
    "call": "name",  # 'called the talks a success': only with an object and a predicate (NAMES_AS)
    "describe": "name",  # 'described the vote as credible': only with 'as' after the object (DESCRIBES_AS)
    "characterize": "name",  # 'characterized the call as productive': as 'described' (DESCRIBES_AS)
    "characterise": "name",
    "term": "name",  # 'termed the visit a landmark', 'termed it "historic"' (NAMES_AS); 'the term' is the noun
}
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "writing", "written"),
    "read": ("reads",),  # "the letter reads ..."; never the past tense
    "continue": ("continued",),  # only as '..., he continued' or 'She continued: "...'
    "register": ("registered",),
    "press": ("pressed",),
    "brief": ("briefed",),
    "raise": ("raised", "raises"),
    "update": ("updated", "updates", "updating"),
    "state": ("stated", "states", "stating"),
    "note": ("noted", "notes", "noting"),
    "share": ("shared", "shares"),
    "report": ("reported", "reports", "reporting"),
    "quote": ("quoted", "quoting"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "call": ("call", "calls", "called", "calling"),  # a final stressed consonant doubles
    "blame": ("blamed", "blames"),  # 'the blame' is the noun
    "slam": ("slammed", "slams"),  # a final stressed consonant doubles
    "signal": ("signalled", "signaled"),  # 'a signal', 'signals' are mostly the noun
    "wish": ("wished",),  # 'wishes' is mostly the noun ('best wishes')
    "post": ("posted",),  # 'post(s)' is mostly the noun ('in a post on X')
    "formulate": ("formulated",),
    "regret": ("regretted", "regrets", "regretting"),  # 'regret' is as often the noun
    "advocate": ("advocated", "advocates", "advocating"),  # 'an advocate' is the noun
    "hope": ("hoping",),
    "term": ("termed", "terming"),  # 'the term', 'terms of the deal' are the noun
}
# phrasal verbs: the particle belongs to the verb ("called on X to", "pointed out that")
_PHRASAL: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("on", ("call", "calls", "called", "calling"), "address"),
    ("upon", ("call", "calls", "called", "calling"), "address"),
    ("for", ("call", "calls", "called", "calling"), "say"),
    ("out", ("point", "points", "pointed", "pointing", "lay", "lays", "laid", "laying"), "say"),
    ("clear", ("make", "makes", "made", "making"), "say"),
    ("it clear", ("make", "makes", "made", "making"), "say"),  # 'made it clear that ...', as 'made clear'
    ("to", ("appeal", "appeals", "appealed", "appealing"), "address"),
    ("to", ("refer", "refers", "referred", "referring"), "say"),  # 'referred to the cooperation'
    ("highly of", ("speak", "speaks", "spoke", "speaking"), "say"),  # 'spoke highly of X': praised X
    ("of", ("speak", "speaks", "spoke", "speaking"), "say"),  # 'spoke of the solidity of the ties'
    ("on", ("remark", "remarks", "remarked", "remarking"), "say"),  # 'remarked on the need for ...'
    ("for", ("advocate", "advocates", "advocated", "advocating"), "say"),  # 'advocated for a ceasefire'
    # 'warned of grave consequences', 'warned against escalation': the danger named is what was said
    ("of", ("warn", "warns", "warned", "warning"), "say"),
    ("about", ("warn", "warns", "warned", "warning"), "say"),
    ("against", ("warn", "warns", "warned", "warning"), "say"),
    ("on", ("stress", "stresses", "stressed"), "say"),  # 'stressed on the need for ...', as 'stressed'
    # 'presented a (brief) overview of the deal': an account given
    ("an overview of", ("present", "presents", "presented", "presenting", "give", "gives", "gave"), "say"),
    (
        "a brief overview of",
        ("present", "presents", "presented", "presenting", "give", "gives", "gave"),
        "say",
    ),
    # 'drew (the) attention of X to Y', 'drew attention to the need for ...': a point made
    ("attention to", ("draw", "draws", "drew", "drawing"), "say"),
    ("attention of", ("draw", "draws", "drew", "drawing"), "say"),
    ("the attention of", ("draw", "draws", "drew", "drawing"), "say"),
    # 'gave a commitment to help ...', 'gave assurances that ...': a promise voiced
    # ('made a commitment' is as often money: 'made a commitment of $5 million')
    ("a commitment", ("give", "gives", "gave", "giving"), "say"),
    ("a pledge", ("give", "gives", "gave", "giving"), "say"),
    ("an assurance", ("give", "gives", "gave", "giving"), "say"),
    ("assurances", ("give", "gives", "gave", "giving"), "say"),
    ("an undertaking", ("give", "gives", "gave", "giving"), "say"),
)


def _inflect(lemma: str) -> tuple[str, ...]:
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith(("s", "sh", "ch", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


_FORM_KIND: dict[str, str] = {}
_FORM_LEMMA: dict[str, str] = {}
for _lemma, _kind in _LEMMAS.items():
    for _form in _inflect(_lemma):
        _FORM_KIND.setdefault(_form, _kind)
        _FORM_LEMMA.setdefault(_form, _lemma)
for _particle, _verbs, _kind in _PHRASAL:
    for _verb in _verbs:
        _FORM_KIND[f"{_verb} {_particle}"] = _kind
        _FORM_LEMMA[f"{_verb} {_particle}"] = f"{_verbs[0]} {_particle}"

# 'he did note that': an emphatic 'did' before a verb whose bare form is left out as a noun
for _lemma in ("note", "state", "raise", "share", "report", "brief", "update", "press"):
    for _aux in ("did", "does"):
        _FORM_KIND[f"{_aux} {_lemma}"] = _LEMMAS[_lemma]
        _FORM_LEMMA[f"{_aux} {_lemma}"] = _lemma

_PARTICIPLES = {form: form.split()[0].endswith("ing") for form in _FORM_KIND}
_VERB_TRIE = trie_pattern(sorted(_FORM_KIND))
_VERB_RE = re.compile(r"\b" + _VERB_TRIE + r"\b")
# The same verbs after a space, where almost all of them are: a pattern opening with a literal
# lets the regex engine jump from space to space; a leading \b tries the trie at every character.
_SPACE_THEN_VERB = re.compile(" (" + _VERB_TRIE + r")\b")
# Word starts after another non-word character. They are the only spaces left in an ASCII
# copy (each other character a "?") where spaces become "_" and other non-word characters spaces:
# one bytes translation, then a search that jumps from space to space, not a test of every character.
_OTHER_BREAKS_AS_SPACE = bytes(
    95 if c == 32 else 32 if c < 128 and not (chr(c).isalnum() or c == 95) else c for c in range(256)
)
_SPACE_THEN_LOWER = re.compile(rb" (?=[a-z])")


# 'called the meeting a "great session"', 'called it a mistake': an object, then a predicate noun
# phrase ('a'/'an' or a quote); not 'called a meeting', 'called him on Friday', 'called her a day later'
NAMES_AS = re.compile(
    r"\s+(?!(?:a|an|for|on|upon|off|in|up|out)\b)"
    r"(?:(?!(?:on|in|at|to|for|by|about|after|before|over|during|via|from|and|but|or|when|while|as|last|this"
    r"|next|that|who|which)\b)[\w'\u2019.-]+\s+){1,8}"
    r"(?:an?\s+(?!(?:day|week|month|year|hour|minute|time|second|third|few|couple|number|lot|bit)\b)[\w\"\u201c]"
    r"|[\"\u201c])"
)

# 'described the election as the most credible', 'has described as "disgraceful" the strike'; an object
# may list names ('described the group of Peru, Chile and Brazil as ...'), not join a clause ('and said')
DESCRIBES_AS = re.compile(
    r"\s+(?:(?!(?:as|that|who|which|how|what|why|where|when|but)\b|and\b(?!\s+[A-Z]))[\w'\u2019.-]+,?\s+){0,12}"
    r"as\s+[\w\"\u201c]"
)


_AS_NAMING = word_set("describe characterize characterise")


def names_a_thing(lemma: str, text: str, pos: int) -> bool:
    """Whether a naming verb at ``pos`` has its object and predicate ('called it a success')."""
    if lemma == "term":  # 'termed it a success', 'termed the visit as a landmark'
        return NAMES_AS.match(text, pos) is not None or DESCRIBES_AS.match(text, pos) is not None
    pattern = DESCRIBES_AS if lemma in _AS_NAMING else NAMES_AS
    return pattern.match(text, pos) is not None


# verbs that report speech only with a 'that' clause ("tweeted that ..."), else they introduce a quote
THAT_ONLY = word_set(
    "tweet post write comment continue reply respond remark read mention elaborate caption formulate disclose"
    " reveal agree"
    " indicate hint testify intimate recount advise estimate contend maintain"
)
# of those, the verbs of making known that also take a bare clause opened by a pronoun and an auxiliary
# ('revealed he would not ...', 'indicated they were ready'); 'revealed his plans' stays no report
BARE_CLAUSE_OK = word_set("reveal disclose indicate hint mention testify intimate")
BARE_CLAUSE = re.compile(
    r"\s+(?:he|she|they|we|it|I|(?:the|both|his|her|their|its)\s+(?:[a-z-]+\s+){0,2}[a-z-]+"
    r"|(?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*)"  # 'indicated the pair will', 'hinted Peru would'
    r"\s+(?:would|will|could|can|may|might|should|must|had|has|have|was|were|is|are"
    r"|did|does|do|wanted|wants|planned|plans|intended|intends)\b"
)
# 'agreed that ...' or '"...," he agreed.' voice a view; 'agreed to host', 'agreed on a plan' do not,
# and are no speech verb at all (a later '..., the ministry said' still attributes the sentence)
AGREES_AS_SPEECH = re.compile(r"\s+that\b|\s*[.,;]")
# verbs of asking that report only with the one asked and what he is to do: 'requested X to release Y';
# 'requested another meeting' is no speech verb at all (a later '..., the official said' still attributes)
APPEAL_TO_ONLY = word_set("request implore")
APPEALS_AS_SPEECH = re.compile(
    r"\s+(?:(?!to\b)[\w'\u2019.-]+\s+){1,6}to\s+(?!(?:the|a|an|his|her|their|its|our|this|these|those)\b)[a-z]"
)
# verbs that report only with 'that' or what someone feels ('shared their admiration'), not 'shared evidence'
THAT_OR_OWN = word_set("share convey signal")
# verbs that report only a courtesy voiced to someone ('offered condolences', 'extended warm greetings')
COURTESY_ONLY = word_set("offer extend")
# what a courtesy is called, a few words after its verb: 'conveyed Canada's gratitude', 'offered the
# condolences of the nation', 'conveyed a message of appreciation'; not 'offered help', 'extended the deadline'
COURTESY_OBJECT = re.compile(
    r"\s+(?:(?!(?:for|to|of|on|in|at|with|by|from|and|that)\b)[\w'\u2019.-]+\s+){0,3}?"
    r"(?:gratitude|appreciation|thanks|condolences?|congratulations|greetings|(?:good|best|warm)\s+wishes"
    r"|sympath(?:y|ies)|felicitations|regards|invitation|message|thankfulness|gratefulness)\b"
)
# 'raised concerns', 'raised the issue of ...' report speech; 'raised $5 million' or 'raised rates' do not
RAISE_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their|our|[A-Z][\w.'\u2019-]*(?:'s|\u2019s)?|\w+(?:'s|\u2019s))\s+){0,3}"
    r"(?:(?:serious|grave|deep|strong|specific|several|some|many|key|urgent|pressing|security|human|rights)\s+){0,2}"
    r"(?:concerns?|issues?|questions?|matters?|objections?|worries|topics?|subjects?|problems?|doubts?|complaints?)\b"
)
# 'listed three demands', 'listed his conditions for a deal'; not 'listed the shares', 'listed 20 names'
LIST_OBJECT = re.compile(
    r"\s+(?:(?:the|his|her|its|their|our|several|some|many|a|two|three|four|five|six|seven|eight|nine|ten"
    r"|number|series|range|of|key|main|specific|new|own|[A-Z][\w.'\u2019-]*(?:'s|\u2019s))\s+){0,4}"
    r"(?:demands|conditions|concerns|priorities|grievances|objections|reasons|requests|proposals|expectations)\b"
)
# verbs that report speech only with a given object: 'raised concerns', 'listed three demands'
OBJECT_ONLY: dict[str, re.Pattern[str]] = {"raise": RAISE_OBJECT, "list": LIST_OBJECT}
# 'rejected the statement', 'dismissed "baseless claims"' report speech; 'rejected the bill' does not
REJECTING = word_set("reject dismiss")
REJECT_OBJECT = re.compile(
    r"\s+[\"\u201c\u2018']?(?:(?:the|a|an|his|her|its|their|these|those|such|all|any"
    r"|[A-Z][\w.'\u2019-]*(?:'s|\u2019s)?|\w+(?:'s|\u2019s))\s+){0,3}"
    r"(?:[\"\u201c\u2018']?[a-z]+[\"\u201d\u2019']?\s+){0,2}"  # "baseless", 'factually incorrect'
    r"(?:statements?|reports?|claims?|allegations?|accusations?|remarks?|comments?|criticism|suggestions?"
    r"|assertions?|charges?|distortions?|rumou?rs?)\b"
)
# 'updated X about/on ...', 'briefed X on ...': what follows the preposition is what was said
BRIEFING = word_set("update brief apprise appraise")
ABOUT = re.compile(r"\s+(?:about|on|regarding)\s+")
# verbs that report only what someone was told about ('updated X on Y', 'apprised X of Y'), never on their
# own ('updated its guidance', 'appraised the house'); 'apprise' also takes 'of'
INFORMING = word_set("update apprise appraise")
ABOUT_OR_OF = re.compile(r"\s+(?:about|on|regarding|of)\s+")

# words that may stand between a subject and its verb
_FILLERS = word_set("""also later then again further repeatedly publicly previously earlier today yesterday
    recently separately likewise similarly additionally once first strongly firmly reportedly
    has have had 's already subsequently privately jointly all too on monday tuesday wednesday
    thursday friday saturday sunday here did does only even just
    still thus therefore accordingly moreover furthermore meanwhile consequently now instead long""")
# 'he did note that': emphatic, still said; 'she only told': a focus stepped over; 'X thus expressed':
# a discourse adverb links to the sentence before, the subject stays X; 'X now says', 'X has instead
# demanded': a change of stance told, the speaker still X
_MODALS = word_set("will would could can may might should must shall to not never n't")
_PASSIVE = word_set("is are was were be been being")
PRONOUNS = word_set("he she they it we i")
# plural or collective heads: a group that speaks but names no single actor
GROUP_HEADS = word_set("""officials sources diplomats leaders lawmakers legislators analysts experts spokesmen
    representatives authorities aides officers negotiators delegates ministers critics
    residents witnesses observers members activists campaigners mediators facilitators envoys""")
# role nouns that head a speaker phrase without a name ("the minister said", 'a government source': unnamed),
# and the documents that speak ('the letter says'; 'an EU memo seen by Reuters says': the body it names)
ROLE_HEADS = word_set("""minister secretary president spokesman spokeswoman spokesperson ambassador envoy
    official diplomat chancellor premier deputy chief director counterpart senator governor aide
    representative negotiator mediator commissioner
    mayor leader king queen prince emir sheikh general commander head chairman chairwoman
    chair ministry department government agency office embassy statement letter presidency secretariat
    commission service readout communique release email document party source insider coordinator adviser advisor
    team delegation campaign person outlet newspaper broadcaster speaker wing unit report communiqu\u00e9
    memo memorandum draft cable""")  # 'the person said': an informant not named
# offices that speak as a body: 'the foreign ministry said', "the president's press wing/media unit said"
# name a speaker without a name
INSTITUTION_HEADS = word_set(
    "ministry department embassy presidency secretariat commission office party wing unit council army military"
    " police"
)
# common nouns for an organisation of members, never the last word of its name: 'the bloc said', 'the
# regional alliance warned' speak for the organisation named before
BODY_NOUNS = word_set("bloc alliance grouping body")
_BODY_HEADS = INSTITUTION_HEADS | BODY_NOUNS  # 'the (Sri Lankan) army', 'the (regional) bloc'
# capitalised at the start of a sentence but never part of a name
_CAPITALISED_WORDS = word_set(
    """If When While As After Before Although Though But And Or So Yet This That These Those There
    Here In On At For With From By To Of During Since Under Over Today Yesterday However Meanwhile
    Also Then Now Later Earlier Finally Additionally Separately It He She We They I His Her Its
    Their Our My Your Both All Each Every Some Many Most Such Once Under Estimates Reports"""
)
_LOCATIVE = word_set("in at from near inside outside within")
_GO_ON = word_set("went go goes going gone")
_HEARSAY = word_set("said reported")  # 'X is said to have urged': X's words, as others report them
_CONTINUE = word_set("continue continues continued")
_SEEM = word_set("appears appeared seems seemed")  # 'X appears to say': words heard, not a plan
_LOWER_NP = word_set("the a an his her its their our of for and 's")
_PARTICLES = word_set("al al- bin ibn bint van von der de del della di da du la le dos das ben abu")

_PARTICLE_NAME = re.compile(
    r"(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|bint|ben|da|de|di|du|van|von|le|la)-[A-Z]"
)
# a token: a word character, then word characters and inner punctuation ("U.S.", "al-Assad"); in the
# declared document text, if plain ASCII, \w tests a small table, not the Unicode database (asciitwin)
_TOKEN = twin(r"\w[\w.'\u2019&@-]*|[,:;()]")
# the same token read backwards, to find the last one of a stretch without reading the others
_TOKEN_REVERSED = re.compile(r"[\w.'\u2019&@-]*\w|[,:;()]")
_CHARS_PER_TOKEN = 6  # how far back _tokens_before starts, per token wanted
# words preverbal_gap steps over (with adverbs in -ly and negations in n't)
_GAP_WORDS = _MODALS | _PASSIVE | _FILLERS


class VerbHit(NamedTuple):
    """A speech verb found in the text (a tuple: built for every verb of every article)."""

    start: int
    end: int
    form: str
    kind: str  # "say" | "address" | "relay"
    participle: bool  # 'adding', 'saying'
    lemma: str  # lemma_of(form), looked up once here: the rules ask it of every verb many times


def speech_verbs(text: str, start: int = 0, end: int | None = None) -> list[VerbHit]:
    """Speech verbs in ``text[start:end]`` (lower case only: 'Press' or 'Say' start names)."""
    end = len(text) if end is None else end
    found = [
        (m.start(1), m.end(1), m.group(1)) for m in _SPACE_THEN_VERB.finditer(text, max(start - 1, 0), end)
    ]
    others = [
        m for m in (_VERB_RE.match(text, pos, end) for pos in _other_word_starts(text, start, end)) if m
    ]
    if others:
        found += [(m.start(), m.end(), m.group()) for m in others]
        found.sort()
    hits: list[VerbHit] = []
    last = start
    for pos, stop, form in found:
        if pos < last:
            continue
        if not form.isalpha():
            form = " ".join(form.split())  # "called on": one space between verb and particle
        hits.append(
            VerbHit(pos, stop, form, _FORM_KIND.get(form, "say"), _PARTICIPLES[form], _FORM_LEMMA[form])
        )
        last = stop
    return hits


def _other_word_starts(text: str, start: int, end: int) -> list[int]:
    """``start`` and every lower-case word start in ``text[start:end]`` after a non-word character but a space."""
    lo = max(start - 1, 0)
    segment = text[lo:end]
    marked = segment.encode("ascii", "replace").translate(_OTHER_BREAKS_AS_SPACE)
    starts = [m.start() + 1 for m in _SPACE_THEN_LOWER.finditer(marked)]
    if not segment.isascii():
        # a non-ASCII character was marked as a break: keep it only if it is no word character ('’s', not 'és')
        starts = [i for i in starts if segment[i - 1].isascii() or not segment[i - 1].isalnum()]
    return [start] + [lo + i for i in starts]


def lemma_of(form: str) -> str:
    lemma = _FORM_LEMMA.get(form)
    return lemma if lemma is not None else form.split()[0]


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int


def _tokens_before(text: str, lo: int, hi: int, most: int) -> list[tuple[int, int, str]]:
    """The last ``most`` tokens of ``text[lo:hi]``, in text order.

    The window is short (a verb's left context), so matching it in C and building
    tuples for the last few only is cheaper than reading it backwards. Matching
    starts at a space about ``most`` short words back (no token spans a space, so
    those after it are the window's own) and falls back to the whole window when
    that holds too few.
    """
    near = hi - _CHARS_PER_TOKEN * most
    space = text.find(" ", near, hi) if near > lo else -1
    found = list(_TOKEN.finditer(text, space if space >= 0 else lo, hi))
    if len(found) < most and space >= 0:
        found[:0] = _TOKEN.finditer(text, lo, space)  # the tokens before the space: none spans it
    return [(m.start(), m.end(), m[0]) for m in found[-most:]]  # m[0]: no method call, as group() is


def _is_name_token(tok: str) -> bool:
    if tok[:1].isupper():
        return tok not in _CAPITALISED_WORDS
    # 'al-Assad': every _PARTICLE_NAME match holds its hyphen, which most lower-case words lack
    return tok.lower() in _PARTICLES or ("-" in tok and _PARTICLE_NAME.match(tok) is not None)


def _gap_word(tok: str) -> bool:
    low = tok.lower()
    return low in _GAP_WORDS or low.endswith("n't") or (low.endswith("ly") and tok.islower() and len(low) > 4)


def preverbal_gap(text: str, lo: int, verb_start: int) -> tuple[int, bool, bool]:
    """Skip adverbs and auxiliaries back from a verb.

    Returns (end of the subject, modal or negated, passive): "he will urge" is a
    plan, not a statement; "was told" makes the subject the addressee.
    """
    window = max(lo, verb_start - 60)
    last = _TOKEN_REVERSED.search(text[window:verb_start][::-1])
    word = last[0][::-1] if last is not None else ""
    if not word or not (_gap_word(word) or word in _ASIDE_NOUNS or word in _TIME_UNITS or word == ","):
        return verb_start, False, False  # most verbs follow their subject directly
    toks = _tokens_before(text, window, verb_start, 8)
    pos = verb_start
    modal = passive = False
    # 'is urging', 'has been calling for': a progressive, not a passive
    progressive = text[verb_start : verb_start + 24].split(" ", 1)[0].endswith("ing")
    while toks:
        s, _e, tok = toks[-1]
        low = tok.lower()
        if low == ",":
            k = _aux_aside(toks)
            if k == 0:
                break
            del toks[-k:]  # 'has, for years, voiced', 'have, however, said': the auxiliary before the aside
            continue
        if low in _ASIDE_NOUNS:
            # 'Osinbajo on his part thanked', 'The ministry in a statement said': the subject is before it
            k = _turn_phrase(toks) if low in _TURN_NOUNS else _medium_phrase(toks)
            if k == 0:
                break
            pos = toks[-k][0]
            del toks[-k:]
            continue
        if low == "to" and len(toks) >= 4 and toks[-2][2] in _OCCASIONS and toks[-4][2] in _TAKE_OCCASION:
            pos = toks[-4][0]  # 'she used the opportunity to inform them': she did, no plan
            del toks[-4:]
            continue
        if low in _TIME_UNITS and len(toks) >= 2 and toks[-2][2].lower() in _TIME_DEICTICS:
            pos = toks[-2][0]  # 'Trudeau last week said', 'she earlier this month told': when, not who
            del toks[-2:]
            continue
        k = _took_to_medium(toks) if low == "to" else 0
        if k:
            pos = toks[-k][0]  # 'he took to social media to claim': he claimed, no plan
            del toks[-k:]
            continue
        if low == "to" and len(toks) >= 3 and toks[-2][2] == "on" and toks[-3][2] in _GO_ON:
            pos = toks[-3][0]  # 'he went on to say': said, not planned
            del toks[-3:]
            continue
        if (
            low == "have"
            and len(toks) >= 4
            and toks[-2][2] == "to"
            and toks[-3][2] in _HEARSAY
            and toks[-4][2].lower() in _PASSIVE
        ):  # 'he was said to have thanked them': reported as done, no plan
            pos = toks[-4][0]
            del toks[-4:]
            continue
        if low == "to" and len(toks) >= 3 and toks[-2][2] in _KEEN and toks[-3][2].lower() in _BE_FORMS:
            pos = toks[-3][0]  # 'he was keen to stress': stressed, no plan
            del toks[-3:]
            continue
        if low == "to" and len(toks) >= 2 and toks[-2][2] in _CONTINUE:
            pos = toks[-2][0]  # 'we continue to urge': urging now
            del toks[-2:]
            continue
        if low == "to" and len(toks) >= 2 and toks[-2][2] in _SEEM:
            pos = toks[-2][0]  # 'she appears to say on the video': said, as seen or heard
            del toks[-2:]
            continue
        if low in _MODALS or low.endswith("n't"):
            modal = True
        elif low in _PASSIVE:
            passive = passive or not progressive
        elif not (low in _FILLERS or (low.endswith("ly") and tok.islower() and len(low) > 4)):
            break
        pos = s
        toks.pop()
    return pos, modal, passive


_ASIDE_AUX = word_set("has have had is are was were")
_ASIDE_MAX_WORDS = 4


def _aux_aside(toks: list[tuple[int, int, str]]) -> int:
    """How many of the last tokens make an aside set off by commas after an auxiliary ('has, for years,',
    'have, however,'), the last being its closing comma (0: none)."""
    for k in range(2, min(len(toks) - 1, _ASIDE_MAX_WORDS + 2) + 1):
        tok = toks[-k][2]
        if tok == ",":
            return k if k > 2 and toks[-k - 1][2].lower() in _ASIDE_AUX else 0
        if not tok.isalpha() or not tok.islower():
            return 0  # a name or a number: an apposition ('X, 45,'), not an aside
    return 0


# 'on his part', 'for her part', 'in turn', 'in his turn' between a subject and its verb
_TURN_NOUNS = frozenset(("part", "turn"))
_TURN_OWNERS = word_set("his her their its our my")
# 'used the opportunity to inform', 'took the occasion to thank': a verb done, not planned
# 'was keen to emphasise', 'was quick to point out': said, in the reporter's words
_KEEN = word_set("keen eager quick careful")
_BE_FORMS = word_set("was were is are")
_OCCASIONS = word_set("opportunity occasion chance")
_TAKE_OCCASION = word_set("used uses took takes seized seizes")


# 'last week', 'this month' between a subject and its verb
_TIME_UNITS = word_set("week month year weekend night morning afternoon evening")
_TIME_DEICTICS = word_set("last this")
# 'took to social media / Twitter / the airwaves to claim': a verb done in public, not planned
_TOOK = word_set("took takes taking")
_MEDIA_PLACES = word_set(
    "media twitter x facebook instagram telegram airwaves platform podium microphone social"
)


def _took_to_medium(toks: list[tuple[int, int, str]]) -> int:
    """How many of the last tokens make 'took to social media to' (0: none); the last is 'to'."""
    if len(toks) < 4 or toks[-2][2].lower() not in _MEDIA_PLACES:
        return 0
    for k in range(
        4, min(len(toks), 6) + 1
    ):  # 'took to X to', 'took to social media to', 'took to the airwaves to'
        if (
            toks[-k][2] in _TOOK
            and toks[-k + 1][2] == "to"
            and all(t[2].isalpha() for t in toks[-k + 2 : -1])
        ):
            return k
    return 0


# 'in a statement', 'in a press release', 'in its readout' between a subject and its verb
_MEDIUM_NOUNS = word_set("statement release readout communique tweet post message letter interview")
_MEDIUM_OWNERS = word_set("a an its his her their the")
# 'during the talks', 'at their meeting', 'in the phone call' between a subject and its verb: when it was said
_SITTING_NOUNS = word_set(
    "talks meeting meetings call conversation summit session briefing discussions negotiations consultations"
)
_SITTING_PREPOSITIONS = word_set("during at in")
_ASIDE_NOUNS = _TURN_NOUNS | _MEDIUM_NOUNS | _SITTING_NOUNS


def _medium_phrase(toks: list[tuple[int, int, str]]) -> int:
    """How many of the last tokens make 'in a statement' / 'in a joint press release', or 'during the
    talks' / 'at their bilateral meeting' (0: none)."""
    words = [t[2].lower() for t in toks[-5:]]
    openers = _SITTING_PREPOSITIONS if words and words[-1] in _SITTING_NOUNS else ("in",)
    for k in range(3, len(words) + 1):
        if (
            words[-k] in openers
            and words[-k + 1] in _MEDIUM_OWNERS
            and all(w.isalpha() for w in words[-k + 2 :])
        ):
            return k
    return 0


def _turn_phrase(toks: list[tuple[int, int, str]]) -> int:
    """How many of the last tokens make 'on his part' / 'in turn' / 'in her turn' (0: none)."""
    words = [t[2].lower() for t in toks[-3:]]
    if len(words) >= 2 and words[-2] == "in" and words[-1] == "turn":
        return 2
    if len(words) == 3 and words[1] in _TURN_OWNERS and words[0] in ("on", "for", "in"):
        return 3
    return 0


# 'the Department of Foreign Affairs (DFA) said', "the Prime Minister's Office (Downing Street) said": a
# short name in brackets after the subject's own
_ACRONYM_BEFORE = re.compile(r"\s*\([A-Z][A-Za-z.&]{1,9}(?:[ \t][A-Z][A-Za-z.&'\u2019-]{1,14}){0,2}\)\s*$")


def subject_before(text: str, lo: int, end: int) -> Span | None:
    """The noun phrase that ends at ``end`` (a name, a pronoun, a role or a group).

    A comma-enclosed apposition is stepped over ("Jeff Rathke, the State
    Department spokesman, said" -> "Jeff Rathke"); a passive agent ("seen by
    Sky News says") is not a subject; 'sources close to X' are the subject, not X.
    """
    span = _subject_before(text, lo, end)
    if span is None or span.start - lo < 10:
        return span
    near = max(lo, span.start - 40)
    # every match holds one of the words: most windows have none, and str.find skips the regex's try at each character
    close = (
        CLOSE_TO_BEFORE.search(text, near, span.start)
        if any_in(text, _CLOSE_WORDS, near, span.start)
        else None
    )
    return Span(close.start(), span.end) if close is not None else span


# 'sources close to the president', 'people familiar with the talks': unnamed informants near someone
CLOSE_TO_BEFORE = re.compile(
    r"\b(?:[Ss]ources?|[Pp]eople|[Pp]ersons|[Oo]fficials?|[Aa]ides?|[Ii]nsiders?|[Dd]iplomats?)\s+"
    r"(?:(?:close|closest|near)\s+to|familiar\s+with|linked\s+to)\s+(?:the\s+)?$"
)
_CLOSE_WORDS = ("close", "near", "familiar", "linked")  # one opens each phrase of CLOSE_TO_BEFORE


def _subject_before(text: str, lo: int, end: int) -> Span | None:
    near = max(lo, end - 48)
    # every match ends on its ')': most windows do not, and the test skips the regex's try at each character
    closing = text.rfind(")", near, end)
    acronym = (
        _ACRONYM_BEFORE.search(text, near, end)
        if closing >= 0 and not text[closing + 1 : end].strip()
        else None
    )
    if acronym is not None and acronym.start() > lo:
        end = acronym.start()  # 'the Department of Foreign Affairs (DFA) said': the name before it
    toks = _tokens_before(text, max(lo, end - 160), end, 14)
    if len(toks) == 14 and toks[-1][2] == ",":
        toks = _tokens_before(text, max(lo, end - 160), end, 40)  # a long apposition
    if not toks:
        return None
    if toks[-1][2] == ",":
        # NAME, apposition, VERB  or  ROLE, NAME, VERB
        inner = _without_list_commas(toks[:-1])
        k = _last_break(inner)
        while 0 < k < len(inner) - 1 and inner[k][2] == "," and inner[k + 1][2] in _ADJUNCT_OPENERS:
            j = _last_break(inner[:k])
            if j < 1 or inner[j][2] != "," or not _is_name_token(inner[j - 1][2]):
                break  # 'Meanwhile, the ministry, in a statement, said': no name before the first comma
            # 'X, who is visiting Peru, in a post after the talks, said': the adjunct after the apposition
            inner, k = inner[:k], j
        if k < 0 and inner and not text[lo : inner[0][0]].strip():
            return _subject_then_adjunct(inner)  # 'X at the start of the meeting, said': one comma
        if k < 0 or inner[k][2] != "," or k == len(inner) - 1:
            return None
        segment = inner[k + 1 :]
        before = _without_acronym(inner[:k])
        if " ".join(t[2] for t in segment) in _ASIDES:
            return _head_phrase(before)  # 'The minister, among others, said': the aside set off
        first = segment[0][2]
        if first[:1].isupper() and first.lower() not in _LOWER_NP and _np_span(segment):
            return _np_span(segment)
        return _head_phrase(before)
    # 'The Minister for Power, Energy and Mineral Resources said': the list's commas inside one office
    return _head_phrase(_without_list_commas(toks) if "," in text[toks[0][0] : end] else toks)


_LIST_OPENERS = word_set("of for")  # 'minister of trade, industry and tourism'
_LIST_STOPS = word_set("the a an his her its their our who whose which where when")
_COORDINATORS = word_set("and or &")
_LIST_ITEM_TOKENS = 4  # tokens of one item before the last ('Foreign', 'press')


def _without_list_commas(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens without the commas of a list inside an office ('the minister of trade, industry and
    tourism', 'the adviser for schools, roads, and water'): items after an 'of' or a 'for', short and
    closed by an 'and' or an 'or', are one phrase; an apposition ('X, head of the union, and Y') is not."""
    drop = list_commas(toks)
    return [t for i, t in enumerate(toks) if i not in drop] if drop else toks


def without_list_commas(text: str, lo: int, hi: int) -> str | None:
    """``text[lo:hi]`` with the commas of a list inside an office blanked (None: no such list)."""
    toks = [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(text, lo, hi)]
    drop = list_commas(toks)
    if not drop:
        return None
    chars = list(text[lo:hi])
    for i in drop:
        chars[toks[i][0] - lo] = " "
    return "".join(chars)


def list_commas(toks: list[tuple[int, int, str]]) -> set[int]:
    """The indices of the tokens of ``toks`` that are commas between the items of such a list."""
    commas = [i for i, t in enumerate(toks) if t[2] == ","]
    drop: set[int] = set()
    for n, c in enumerate(commas):
        if c in drop or not any(t[2] in _LIST_OPENERS for t in toks[(commas[n - 1] + 1 if n else 0) : c]):
            continue
        run: list[int] = []
        for m in range(n, len(commas)):
            end = commas[m + 1] if m + 1 < len(commas) else len(toks)
            words = [t[2] for t in toks[commas[m] + 1 : end]]
            if not words or words[0] in ";:()" or words[0].lower() in _LIST_STOPS:
                break
            if words[0].lower() in _COORDINATORS:  # an Oxford comma closes a list of three or more
                if run:
                    drop.update(run, (commas[m],))
                break
            run.append(commas[m])
            if any(w.lower() in _COORDINATORS for w in words):
                drop.update(run)
                break
            if len(words) > _LIST_ITEM_TOKENS:
                break
    return drop


def _last_break(toks: list[tuple[int, int, str]]) -> int:
    """The index of the last ',', ';', ':' or parenthesis of ``toks`` (-1: none). A parenthesis closed
    inside an apposition is part of it, commas and all: 'X, adviser to the president (media, strategy),
    said' sets off one apposition, its office's portfolio in brackets."""
    k = len(toks) - 1
    while k >= 0:
        tok = toks[k][2]
        if tok == ")":
            j = k - 1
            while j >= 0 and toks[j][2] not in "()":
                j -= 1
            if j > 0 and toks[j][2] == "(":
                k = j - 1
                continue
        if tok in ",;:()":
            return k
        k -= 1
    return -1


# words that open an adjunct after a subject ('X while thanking Y, said'), or that make a clause of it
_ADJUNCT_OPENERS = word_set("at in during while after before on following amid when")
_FINITE_WORDS = word_set(
    "is are was were will would has have had can could should may might must did does do"
)


def _subject_then_adjunct(toks: list[tuple[int, int, str]]) -> Span | None:
    """'Minister X at the start of the cabinet meeting, said', 'The commander of the mission X, said': a
    sentence that opens with its subject and an adjunct (or the name closing an office) and sets off
    only the verb with a comma; no finite verb before the comma ('Talks resumed in March, said X')."""
    if len(toks) > _ADJUNCT_MAX_TOKENS or any(
        t[2] in _FINITE_WORDS or (t[2].islower() and t[2].endswith("ed")) for t in toks
    ):
        return None
    if _is_name_token(toks[-1][2]):
        return _np_span(toks)  # the office's holder named last: 'The head of the mission X,'
    j = next((i for i, t in enumerate(toks) if i > 0 and t[2] in _ADJUNCT_OPENERS), None)
    span = _np_span(toks[:j]) if j is not None else None
    return span if span is not None and span.start == toks[0][0] else None


_ADJUNCT_MAX_TOKENS = 30


def _without_acronym(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens without a bracketed acronym at their end: 'The Ministry of Trade (MOT), in a
    statement, said' has its subject before the brackets, as when no comma follows them."""
    if len(toks) > 3 and toks[-1][2] == ")" and toks[-3][2] == "(" and _ACRONYM_TOKEN.fullmatch(toks[-2][2]):
        return toks[:-3]
    return toks


_ACRONYM_TOKEN = re.compile(r"[A-Z][A-Za-z.&]{1,9}")


def _head_phrase(toks: list[tuple[int, int, str]]) -> Span | None:
    """The phrase ending the tokens, unless it is the object of a preposition: then what the
    prepositional phrase modifies ('The Red Cross operating in Iraq said' -> 'The Red Cross')."""
    span = _np_span(toks)
    if span is None:
        return _before_occasion(toks)
    # the token the phrase starts on: tokens are in text order, so a bisect finds it (a 1-tuple sorts first)
    k = bisect.bisect_left(toks, (span.start,))
    if k == len(toks) or toks[k][0] != span.start:
        k = 0
    if k < 2 or toks[k - 1][2] not in _LOCATIVE:
        return span
    before = toks[k - 2][2]
    if before.endswith(("ing", "ed")) and before.islower():
        return _np_span(toks[: k - 2])  # 'operating in', 'based in'
    if before in ROLE_HEADS or before in GROUP_HEADS:
        return _np_span(toks[: k - 1])  # 'the ambassador in Washington'
    if (before.lower() in ROLE_HEADS or _is_name_token(before)) and before.lower() not in GROUP_HEADS:
        # 'The Daily Monitor in Uganda reported', 'the Foreign Ministry in Kathmandu said': a place after a
        # locative preposition is never the subject; the name or office it follows is
        return _np_span(toks[: k - 1]) or span
    return _before_setting(toks, k - 1) or span


# short asides set off by commas between a subject and its verb
_ASIDES = frozenset(
    (
        "among others",
        "however",
        "meanwhile",
        "in turn",
        "too",
        "also",
        "for his part",
        "for her part",
        "for their part",
        "in addition",
        "moreover",
        "in response",
        "in reply",
        "in return",
        "later",
        "then",
    )
)
_OCCASION_WORDS = 8  # lower-case words of an occasion ('in his maiden speech to the nation')
_OCCASION_NOUNS = word_set("speech address remarks interview statement message conference briefing session")


def _before_occasion(toks: list[tuple[int, int, str]]) -> Span | None:
    """'The prime minister in his maiden speech to the nation said': the role or name before an
    occasion phrase in lower case ('in', 'at', 'during' and a few words) speaks."""
    j = len(toks) - 1
    stop = max(1, len(toks) - 1 - _OCCASION_WORDS)
    if not any(t[2] in _OCCASION_NOUNS for t in toks[stop:]):
        return None  # 'in a phone call on Friday': 'call on' is no verb after a subject here
    while j >= stop:
        tok = toks[j][2]
        if tok in ("in", "at", "during"):
            head = toks[j - 1][2]
            if head.lower() in ROLE_HEADS or head.lower() in GROUP_HEADS or _is_name_token(head):
                return _np_span(toks[:j])
            return None
        if not (tok.isalpha() and tok.islower()):
            return None
        j -= 1
    return None


_SETTING_WORDS = 5  # lower-case words of a setting phrase ('in his press conference') stepped over


def _before_setting(toks: list[tuple[int, int, str]], prep: int) -> Span | None:
    """'The minister in his press conference at the Foreign Office said': a locative phrase that
    follows another ('in his press conference') sets the scene; the role or group before it speaks."""
    j = prep - 1
    stop = max(1, prep - 1 - _SETTING_WORDS)
    while j >= stop:
        tok = toks[j][2]
        if tok in _LOCATIVE:
            head = toks[j - 1][2]
            if head.lower() in ROLE_HEADS or head.lower() in GROUP_HEADS or _is_name_token(head):
                return _np_span(toks[:j])
            return None
        if not tok.islower() or tok in ROLE_HEADS or tok in GROUP_HEADS:
            return None
        j -= 1
    return None


def _np_span(toks: list[tuple[int, int, str]]) -> Span | None:
    """The longest name-like phrase at the end of ``toks`` (at most 9 tokens)."""
    if not toks:
        return None
    last = toks[-1][2]
    low = last.lower()
    if low in PRONOUNS:
        return Span(toks[-1][0], toks[-1][1])
    i = len(toks) - 1
    head_is_name = _is_name_token(last) and low not in _LOWER_NP
    if _head_of_state(toks):
        i -= 2  # 'the visiting head of state': a role of three words
        low = "head"
    elif _head_of_diplomacy(toks):
        i -= 3  # "the head of Chilean diplomacy", "the head of Washington's diplomacy": a foreign minister
        low = "head"
    elif not (head_is_name or low in GROUP_HEADS or low in ROLE_HEADS or low in _BODY_HEADS):
        return None
    stop = max(0, len(toks) - 9)
    if low in ROLE_HEADS or low in _BODY_HEADS:
        i = _noun_modifiers(toks, i, stop)
    while i - 1 >= stop:
        tok = toks[i - 1][2]
        tl = tok.lower()
        if tok in ",;:()" or tl in PRONOUNS and not tok[:1].isupper() and tl != "i":
            break
        if (
            _is_name_token(tok)
            or tl in ("of", "for", "'s", "and")
            and i - 2 >= stop
            and _is_name_token(toks[i - 2][2])
            or tl == "on"
            and i - 2 >= stop
            and toks[i - 2][2].lower() in _ON_BODIES
            and _is_name_token(toks[i - 2][2])
        ):
            i -= 1
            continue
        if tok.islower() and (tl in GROUP_HEADS or tl in ROLE_HEADS or tl in _MODIFIERS):
            i -= 1
            continue
        if tok.islower() and tl[-2:] in ("'s", "\u2019s") and tl[:-2] in ROLE_HEADS:
            i -= 1  # "the Thai premier's office": the office of a role
            continue
        if (
            tl == "the"
            and i - 3 >= stop
            and toks[i - 2][2] in ("of", "for", "and")
            and _joins(toks[i - 3][2])
        ):
            i -= 2  # 'CEO of the Refugee Council ...'
            continue
        if tl in ("the", "a", "an", "his", "her", "its", "their", "our", "both") or tl in _DAY_OWNERS:
            # "both top diplomats": the joint subject whole, so that it names no single speaker
            i -= 1  # "today's readout": a determiner too
        break
    # never start on a connective
    while i < len(toks) - 1 and toks[i][2].lower() in ("of", "for", "and", "'s"):
        i += 1
    if toks[i][2] in ("The", "A", "An") and i == len(toks) - 1:
        return None
    if toks[i][2] == "By" or (i > 0 and toks[i - 1][2] in ("by", "By") and not _document_by(toks, i - 1)):
        if i >= 3 and toks[i - 2][2] in LEAK_PARTICIPLES:
            # 'a draft seen by Reuters says': the document speaks, the outlet that saw it is no subject
            return _np_span(toks[: i - 2])
        return None  # 'criticised by the union says': a passive agent, no subject
    return Span(toks[i][0], toks[-1][1])


def _head_of_diplomacy(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the tokens end in 'head of <Country> diplomacy' (a country's foreign minister)."""
    return (
        len(toks) >= 4
        and toks[-1][2] == "diplomacy"
        and toks[-3][2] == "of"
        and toks[-4][2] == "head"
        and toks[-2][2][:1].isupper()
    )


def _head_of_state(toks: list[tuple[int, int, str]]) -> bool:
    """Whether the tokens end in 'head of state' or 'head(s) of government' (in lower case)."""
    return (
        len(toks) >= 3
        and toks[-1][2] in ("state", "government")
        and toks[-2][2] == "of"
        and toks[-3][2] in ("head", "heads")
    )


_ISSUED = word_set("issued released published sent signed")
LEAK_PARTICIPLES = word_set("seen obtained reviewed viewed")  # how an outlet came by a document
_DAY_OWNERS = word_set("today's today\u2019s yesterday's yesterday\u2019s")


# a short time phrase between 'released' and 'by': 'released (on) Friday (evening) by the presidency'
_WHEN_ISSUED = word_set(
    "on late early this last monday tuesday wednesday thursday friday saturday sunday"
    " morning afternoon evening night today yesterday"
)
_WHEN_ISSUED_MAX = 3


def _document_by(toks: list[tuple[int, int, str]], by: int) -> bool:
    """'a statement (issued) by the UN said', 'a statement released Friday evening by the UN said':
    the agent after 'by' is who the document speaks for."""
    k = by - 1
    j = k
    while j >= 0 and by - 1 - j < _WHEN_ISSUED_MAX and toks[j][2].lower() in _WHEN_ISSUED:
        j -= 1
    if j < k and j >= 0 and toks[j][2].lower() in _ISSUED:
        k = j  # the time phrase is stepped over only after a verb of issuing
    if k >= 0 and toks[k][2].lower() in _ISSUED:
        k -= 1
    return k >= 0 and toks[k][2].lower() in _MEDIUM_NOUNS


# bodies named for their subject: 'the Commission on Audit', 'the Council on Foreign Relations'
_ON_BODIES = word_set("commission committee council conference court panel board")


_OFFICE_MODIFIERS = 2  # 'the foreign trade ministry': plain nouns naming what an office is for
_NOT_MODIFIERS = word_set("""the a an his her its their our of for and to in on at by with from as than that
    this these those who which what said says told also not no new""")


def _noun_modifiers(toks: list[tuple[int, int, str]], i: int, stop: int) -> int:
    """Step back over lower-case nouns before an office ('China's commerce ministry', 'the press
    office') when a determiner, a possessive or a name stands before them; else stay at the head."""
    j = i
    while j - 1 >= stop and i - (j - 1) <= _OFFICE_MODIFIERS:
        tok = toks[j - 1][2]
        if not (tok.isalpha() and tok.islower()) or tok in _NOT_MODIFIERS or tok in _GAP_WORDS:
            break
        j -= 1
    if j == i or j - 1 < stop:
        return i
    before = toks[j - 1][2]
    if before.lower() in _DETERMINERS or before.endswith(("'s", "\u2019s")) or _is_name_token(before):
        return j
    return i


def _joins(tok: str) -> bool:
    return _is_name_token(tok) or tok.lower() in ROLE_HEADS or tok.lower() in GROUP_HEADS


_MODIFIERS = word_set("""senior top other former acting interim official chief deputy foreign prime
    state national defense defence local regional military government administration
    congressional federal public two three several many some press diplomatic""")

# words on one line: a line break ends a paragraph (a heading, a new paragraph), never a phrase
_NP_AFTER = re.compile(r"(?P<np>(?:[A-Za-z][\w.'\u2019&@-]*)(?:[ \t]+(?:[A-Za-z][\w.'\u2019&@-]*)){0,8})")
_INITIAL_OR_ABBREV = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]?\.")
_DETERMINERS = word_set("the a an his her its their this these those our any every no")
_NP_STOP = word_set("""in on at during after before when while as who which that in to from about yesterday today
    last this earlier adding told said says according with but and because since if""")


# object pronouns: a noun phrase of their own ('her' may also be a determiner: 'her counterpart')
_OBJECT_PRONOUNS = frozenset(("him", "them", "us", "me"))
# subject pronouns never go on a noun phrase: one after a noun opens a clause ('told reporters he ...')
_SUBJECT_PRONOUNS = frozenset(("he", "she", "they", "we", "it"))
# words a determiner may follow inside one noun phrase ('the head of the mission', 'all the members'),
# or with no noun before it ('told about what the talks covered': no one told)
_NP_JOINERS = word_set(
    """of for and or by between among amid over under across against into onto near within without via per
    than like upon toward towards beyond behind around all both half & plus what which whose how"""
)


def noun_phrase_after(text: str, start: int, end: int) -> Span | None:
    """The noun phrase starting at ``start`` (skipping spaces), cut before prepositions and clauses."""
    while start < end and text[start] in " \t\n\r":
        start += 1
    m = _NP_AFTER.match(text, start, end)
    if not m:
        return None
    words = m.group().split()
    kept = 1
    if words[0] in _OBJECT_PRONOUNS:
        words = words[:1]  # 'told them the plan ...', 'informed him of ...': the pronoun is all of it
    for before, word in zip(words, words[1:], strict=False):
        low = word.lower().rstrip(".")
        if low in _NP_STOP or (low in _DETERMINERS and before[:1].isupper()):
            break  # a clause, or 'told Wikinews the move would ...': a new phrase begins
        if word in _SUBJECT_PRONOUNS or (low in _DETERMINERS and before.lower() not in _NP_JOINERS):
            break  # 'told reporters he had ...', 'told reporters the talks were ...': the clause's subject
        if before.endswith(".") and word[:1].isupper() and not _INITIAL_OR_ABBREV.fullmatch(before):
            break  # 'said the readout issued by the authorities. The minister ...': a new sentence
        kept += 1
    s0 = start
    e0 = start
    for word in words[:kept]:  # only white space stands between them
        e0 = text.find(word, e0) + len(word)
    glued = _GLUED_STOP.search(text, s0, e0)
    if glued is not None:
        e0 = glued.start() + 1  # 'the Office of Maldives.At the meeting': a lost space ends the phrase
    while e0 > s0 and text[e0 - 1] in ".'\u2019":
        if text[e0 - 1] == "." and _initial_or_abbrev(text, s0, e0):
            break
        e0 -= 1
    return Span(s0, e0) if e0 > s0 else None


_GLUED_STOP = re.compile(r"(?<=[a-z][a-z])\.(?=[A-Z][a-z])")


def _initial_or_abbrev(text: str, s0: int, e0: int) -> bool:
    word = text[s0:e0].split()[-1]
    return bool(_INITIAL_OR_ABBREV.fullmatch(word))
