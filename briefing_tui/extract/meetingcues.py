"""Words that announce a meeting, and words that say whether it happened, will happen or is only proposed.

Each trigger has a kind (call, visit, meeting, talks, summit, conference) and
a form, which decides where its participants are read:

* ``verb``: "X met with Y", "X will visit Y": subject on the left, objects on the right.
* ``adverbial``: "X told Y in a telephone call": everyone the clause names takes part.
* ``noun``: "a meeting between A and B", "talks with Y": the objects, and a possessor.
* ``event``: a named event, "the ECOWAS Summit": the actors inside its name.
* ``travel``: "X traveled to Y": the traveller and the place reached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from briefing_tui.extract.asciitwin import Twin, twin
from briefing_tui.extract.datewords import word_set
from briefing_tui.extract.spans import longest_first
from briefing_tui.extract.tokens import Token

Kind = Literal["call", "visit", "meeting", "summit", "conference", "talks", "other"]
Form = Literal["verb", "adverbial", "noun", "event", "travel"]


@dataclass(frozen=True, slots=True)
class Trigger:
    pattern: Twin
    kind: Kind
    form: Form
    keys: frozenset[str]  # words (lower case) one of which every match contains
    guest: bool = False  # "hosted X": only a named person hosted makes it a meeting


# when and where a guest was received, between "was received" and "by": "this afternoon", "on Monday",
# "Saturday morning"; "at the Elysee", "at State House", "at the presidential palace in Accra"
_RECEIVED_WHEN = (
    r"(?:(?:this|on\s+\w+|yesterday|today|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+"
    r"(?:morning|afternoon|evening|night)|yesterday|today|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
)
_RECEIVED_WHERE = (
    r"(?:at|in)\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w'\u2019-]*|presidential|royal|official|palace|residence"
    r"|office|headquarters|ministry|international)\s+){0,3}?(?:(?-i:[A-Z])[\w'\u2019-]*|palace|residence|office"
    # "was received at the airport by": where a guest is met on arrival
    r"|headquarters|ministry|airport)"
    # "at the palace in Rome", "at the palace in the Italian capital, Rome, by": the city, maybe set off
    r"(?:\s+in\s+(?:the\s+(?:(?-i:[A-Z])[\w-]*\s+)?(?:capital|city),?\s+)?(?-i:[A-Z])[\w'\u2019-]*,?)?"
)

# how a guest was received: "in private audience", "in an official ceremony", "with full military honours"
_RECEIVED_HOW = r"(?:in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:audience|ceremony)|with\s+(?:full\s+)?(?:military\s+)?honou?rs)"


def _t(
    keys: str,
    pattern: str,
    kind: Kind,
    form: Form,
    flags: int = re.IGNORECASE,
    guest: bool = False,
    opens: str = "",
) -> Trigger:
    """``opens``: the letters every match starts with. re tries a pattern at every position of a
    window; a lookahead on those letters turns most positions away before the alternatives are tried.
    It goes after a leading ``\\b`` (two zero-width tests, the same in either order): the boundary test is
    the cheaper, and rejects first the positions inside a word, most of them (the trigger search took
    about half the time so)."""
    lead = f"(?=[{opens}])" if opens else ""
    if pattern.startswith(r"\b"):
        return Trigger(twin(r"\b" + lead + pattern[2:], flags), kind, form, word_set(keys), guest)
    return Trigger(twin(lead + pattern, flags), kind, form, word_set(keys), guest)


# After a bare "met"/"meet": someone or a time, not "met resistance" or "meet the criteria".
_MET_NEXT = (
    r"(?=\s+(?:(?:his|her|their|with|on|in|at|for|separately|privately|briefly|again|later|yesterday|today"
    r"|twice|also|him|them|us|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    # "met here Tuesday", "met there in May", "met virtually", "met over dinner", "met face-to-face"
    r"|here|there|virtually|informally|face|over|during|ahead|behind|together"
    # "last met one-on-one in June", "met bilaterally"
    r"|one-on-one|one-to-one|bilaterally)\b|(?-i:[A-Z])"
    # "met this Friday", "met late last week", "met earlier this week", "will meet next Monday" (not "met this
    # target", "met last year's goal")
    r"|(?:this|last|next|late|early|earlier)\s+(?:(?:last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|week|weekend|month|morning|afternoon|evening|night)\b"
    # "met earlier in the day with X", "will meet later in the week with X"
    r"|(?:earlier|later)\s+in\s+the\s+(?:day|week|month|morning|afternoon|evening)\b"
    # "he and X had met and were determined to ...", "the leaders met and reached a consensus": the sitting,
    # then its outcome (after those who met, as "met."; not "were met and", a passive: see _NOT_PASSIVE)
    r"|and\s+(?-i:[a-z])"
    # "met new British Prime Minister X", "met prime minister X", "met the president" (not "met the criteria")
    r"|(?:the\s+)?(?:(?:new|newly[\s-]+\w+|incoming|outgoing|visiting|former|acting|interim|top|senior)\s+)?"
    r"(?:(?-i:[A-Z])|(?:prime\s+minister|president|vice\s+president|chancellor|premier|king|queen|prince|emir"
    r"|sultan|minister|foreign\s+minister|secretary|ambassador|envoy|governor|mayor|officials|leaders"
    r"|delegation|representatives|counterparts?)\b))"
    # "met junta boss X", "met army chief X", "met home affairs minister X": lower-case words before the title
    # of the one named after it (not "met resistance from President X": no preposition among them)
    r"|\s+(?:(?!(?:from|with|by|of|for|to|in|on|at|and|or|the|a|an|his|her|their|its)\s)(?-i:[a-z][\w-]*)\s+){1,2}"
    r"(?:boss|chief|leader|minister|president|premier|secretary|ambassador|envoy|commander|governor|general"
    r"|speaker|chairman|spokesman|adviser|advisor)\s+(?-i:[A-Z])|\s*[.,;])"
)
# Not "were met", "is met": checked behind the word, once it has matched, not at every position.
_NOT_PASSIVE = "".join(rf"(?<!\b{aux}\smet)" for aux in ("were", "was", "been", "be", "is", "are"))


# "during yesterday's meeting", "after Monday's call": a day's possessive in place of the article
_DAY_OWNER = r"(?:yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s"
_ADVERBIAL_LEAD = rf"(?:in|during|on|over|via|through|at|after|following)\s+(?:a|an|the|their|his|her|its|another|{_DAY_OWNER})\s+"
# "in a brief phone call", "in a Jan. 12 call", "in a Monday call", "in a 40-minute call": its day or length may
# stand before the noun
_CALL_MODS = (
    r"(?:(?:separate|second|first|brief|lengthy|long|recent|earlier|joint|phone|telephone|video|virtual"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|hour-long|late-night|\d+-(?:minute|hour)(?:-long)?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\s+){0,3}"
)
_TALK_WORDS = "talks negotiations discussions consultations"
# Titles of office holders, capitalised before a name or after "the": "Chinese Premier X", "the Prime Minister"
_OFFICE_TITLE = (
    r"(?:President|Prime\s+Minister|Premier|(?:Foreign\s+|Defen[cs]e\s+)?Minister|Chancellor|King|Queen|Emir"
    r"|Crown\s+Prince|Sultan|(?:Secretary|Director)(?:-General)?|Senator|Ambassador|Envoy|Speaker|Governor"
    r"|Chairman|Commissioner)\b"
)
# Nouns whose own complement "with X" is (not the one talked with): "discussed trade relations with China"
_NOT_COMPLEMENT = "".join(
    rf"(?<!\b{w}\s)"
    for w in sorted(
        word_set(
            "relations ties relationship cooperation partnership agreement agreements deal trade talks negotiations"
            " summit meeting dialogue contacts links border dispute conflict war integration friendship along"
            " together compared"
        )
    )
)

# Heads of a person's title after "visiting": "visiting Foreign Minister X", "the visiting counterpart".
_GUEST_TITLE = (
    r"(?:secretary|minister|president|premier|prime|chancellor|king|queen|prince|emir|sultan|foreign|deputy"
    r"|vice|ambassador|envoy|counterparts?|delegations?|dignitar(?:y|ies)|leaders?|officials?|ministers?"
    r"|directors?|chair(?:man|woman|person)?|head|chief|commissioner|governor|mayor|speaker)\b"
)

TRIGGERS: tuple[Trigger, ...] = (
    # calls
    _t(
        "call conversation videoconference",
        # (not "joined X in a call for restraint": an appeal)
        rf"\b{_ADVERBIAL_LEAD}{_CALL_MODS}(?:call\b(?!\s+for\b)|conversation|phone\s+conversation|videoconference)\b",
        "call",
        "adverbial",
        opens="idovtaf",
    ),
    # "congratulated X by phone", "briefed X over the telephone": a call whoever the verb is (only right
    # after the person addressed: not "told reporters by phone", "reached by phone")
    _t(
        "phone telephone",
        r"\b(?:by|over\s+the)\s+(?:tele)?phone\b",
        "call",
        "adverbial",
        opens="bo",
    ),
    _t(
        "conference",
        rf"\b{_ADVERBIAL_LEAD}{_CALL_MODS}video\s+conference\b",
        "call",
        "adverbial",
        opens="idovtaf",
    ),
    # "a phone discussion with X", "a telephonic conversation": the medium, then the talk
    _t(
        "phone telephone telephonic",
        r"\b(?:tele)?phon(?:e|ic)\s+(?:call|conversation|talks?|discussions?)\b",
        "call",
        "noun",
        opens="tp",
    ),
    # "spoke to President X this evening", "spoke to the President of Chile, X": a leader addressed by
    # name or title (meetings.py keeps it only when a person is addressed before any body: not "spoke to
    # reporters", "spoke to CNN's X")
    _t(
        "spoke",
        # "spoke on Friday to X": the day may come first
        r"\bspoke\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
        r"|(?:this|last|on\s+\w+)\s+(?:morning|afternoon|evening|night))\s+)?to\b"
        r"(?=\s+(?:the\s+|his\s+|her\s+)?(?-i:[A-Z]))",
        "call",
        "verb",
        opens="s",
    ),
    # "X called to congratulate Y on his election": a call made to say something
    _t(
        "called",
        r"\bcalled\s+to\s+(?=(?:congratulate|thank|wish|offer|express|convey|condole|console|discuss|brief)\s)",
        "call",
        "verb",
        opens="c",
    ),
    _t("call calls", r"\bcalls?\s+(?:with|between)\b", "call", "noun", opens="c"),
    _t(
        "phone telephone",
        r"\b(?:spoke|spoken|speaks?|speaking|talked|talks?|talking|discuss(?:es|ed|ing)?|conferred)\s+"
        # "discussed Russia's 'unusual military activity' near the border by phone": a long topic between
        r"(?:[\w'\"\u201c\u201d\u2019-]+\s+){0,10}?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\b",
        "call",
        "verb",
        opens="stdc",
    ),
    _t("phoned telephoned", r"\b(?:tele)?phoned\b", "call", "verb", opens="tp"),
    # "made calls to A and B", "placed a phone call to X"
    _t(
        "call calls",
        # (not a courtesy call made: a visit, below)
        r"\b(?:made|make|makes|making|placed|place|places|placing)\s+(?!(?:a\s+|his\s+|her\s+)?courtesy\s)"
        r"(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
        r"calls?\s+to\b",
        "call",
        "verb",
        opens="mp",
    ),
    _t("contacted", r"\bcontacted\b", "call", "verb", opens="c"),
    # "received calls from A, B and C", "got a phone call on Tuesday from X": the callers follow "from"
    # (not "received calls for his resignation from": what was asked for is no call)
    _t(
        "call calls",
        r"\b(?:receiv(?:e|es|ed|ing)|g(?:ot|ets?)|t(?:ook|akes?))\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}?calls?\s+"
        r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?from\b",
        "call",
        "verb",
        opens="rgt",
    ),
    # "called Israeli Prime Minister X today": a call to the one named (sentences.py keeps it only when a
    # person follows and the clause goes on with a time, a purpose or its end: not "called X a liar")
    _t(
        "called",
        r"(?<!-)(?<!\bwas\s)(?<!\bis\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bwere\s)(?<!\bare\s)\bcalled\s+"
        r"(?!(?:on|for|in|off|up|out|upon|it|him|her|them|this|that|a|an)\b)(?=(?:the\s+)?(?-i:[A-Z]))",
        "call",
        "verb",
        opens="c",
    ),
    _t(
        "call",
        # "had her first bilateral call as Foreign Minister with X": the capacity does not end the call
        r"\b(?:held|holds|hold|had|has|have)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:phone\s+|telephone\s+|video\s+)?call\b(?:\s+as\s+(?:[A-Za-z-]+\s+){1,4}?(?=with\b))?",
        "call",
        "verb",
        opens="h",
    ),
    # visits
    _t(
        "visit visits visited visiting",
        # "talks with visiting US Secretary of State X", "his visiting Omani counterpart": a guest, no trip
        rf"\bvisit(?:s|ed|ing)?\b(?!\s+(?:by|from)\b)(?!(?<=visiting)\s+(?:(?-i:[A-Z])[\w.]*\s+){{0,3}}{_GUEST_TITLE})",
        "visit",
        "travel",
        opens="v",
    ),
    _t(
        "trip trips journey journeys tour tours mission missions",
        r"\b(?:trip|journey|tour|mission)s?\s+(?:to|of)\b",
        "visit",
        "travel",
        opens="tjm",
    ),
    # "will make his first stop from March 23-25 in Riyadh", "a stopover in Doha": a stay on a tour
    _t(
        "stop stops stopover stopovers",
        r"\b(?:stop|stopover)s?\s+(?:(?:from|on)\s+[^,;\n]{3,25}?\s+)?in(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        "visit",
        "travel",
        opens="s",
    ),
    _t(
        "travel travels traveled travelled traveling travelling",
        r"\btrav(?:el|els|eled|elled|eling|elling)\b",
        "visit",
        "travel",
        opens="t",
    ),
    _t(
        "flew flies fly flying headed heads head heading",
        # "headed Sunday to the Spanish capital": a day between
        r"\b(?:flew|flies|fly|flying|headed|heads|head|heading)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday"
        # "fly directly to Washington", "flew straight to Doha"
        r"|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow|directly|straight|onward|on)\s+)?to\b",
        "visit",
        "travel",
        opens="fh",
    ),
    # "will depart tonight to the United States", "departed for China", "left the country early today for
    # Guinea": a departure names the destination (not "left for dead", "nothing left for Kyiv": a place follows,
    # and "left" needs a time or "the country" between, or "left for" right after a name or pronoun)
    _t(
        "depart departs departed departing leave leaves left leaving",
        r"\b(?:depart(?:s|ed|ing)?\s+(?:(?:early\s+|late\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
        r"|Saturday|Sunday|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\s+)?(?:for|to)"
        r"|(?:leaves?|left|leaving)\s+(?:the\s+country\s+)?(?:(?:early\s+|late\s+)?(?:on\s+)?(?:Monday|Tuesday"
        r"|Wednesday|Thursday|Friday|Saturday|Sunday|today|tonight|yesterday|tomorrow|this\s+(?:morning"
        r"|afternoon|evening))\s+)?for)\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        "visit",
        "travel",
        opens="dl",
    ),
    # Onward legs of a tour: "will then proceed to Laos", "went on to Kenya", "continued on to Ghana" (a place
    # follows, not "continue to grow" nor "continued to Beijing's position")
    _t(
        "proceed proceeds proceeded proceeding go goes went going move moves moved moving continue continues"
        " continued continuing",
        r"\b(?:proceed(?:s|ed|ing)?\s+(?:on\s+)?to|(?:go(?:es|ing)?|went|mov(?:e|es|ed|ing))\s+on\s+to"
        r"|continu(?:e|es|ed|ing)\s+(?:on\s+)?to)\b(?=\s+(?:the\s+)?(?-i:[A-Z])(?![\w.-]*['\u2019]s\b))",
        "visit",
        "travel",
        opens="pgmwc",
    ),
    # "went to Oman in October", "is going to Russia on his first visit": plain going, a place named right
    # after "to" (not "went to court", "went to great lengths", "the prize went to Norway's X")
    _t(
        "go goes going went",
        r"\b(?:go(?:es|ing)?|went)\s+to\b(?=\s+(?:the\s+)?(?-i:[A-Z])(?![\w.-]*['\u2019]s\b))",
        "visit",
        "travel",
        opens="gw",
    ),
    # "will tour Japan and Korea", "toured the Gulf": the verb with the land toured right after it
    _t(
        "tour tours toured touring",
        r"\btour(?:s|ed|ing)?(?=\s+(?:the\s+)?(?-i:[A-Z])(?![\w.-]*['\u2019]s\b))",
        "visit",
        "travel",
        opens="t",
    ),
    # "a tour taking him to A, B and C", "the trip will take her to Kenya": the stops of a trip
    _t(
        "take takes taking took",
        r"\b(?:tak(?:e|es|ing)|took)\s+(?:him|her|them)\s+(?:on\s+)?to\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        "visit",
        "travel",
        opens="t",
    ),
    # Where a trip begins or ends: "will end his tour in Ghana", "began her Asian trip in Tokyo"
    _t(
        "end ends ended ending conclude concludes concluded concluding wrap wraps wrapped wrapping begin begins"
        " began beginning start starts started starting kick kicks kicked kicking",
        r"\b(?:end(?:s|ed|ing)?|conclud(?:e|es|ed|ing)|(?:wrap(?:s|ped|ping)?|kick(?:s|ed|ing)?)\s+(?:up|off)"
        r"|begin(?:s|ning)?|began|start(?:s|ed|ing)?)\s+(?:his|her|their|its|the|this)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:tour|trip|visit|journey)\s+(?:(?:on|this|next)\s+\w+\s+)?in\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        "visit",
        "travel",
        opens="ecwkbs",
    ),
    # A numbered stop: "the first stage of this trip will be Cameroon", "his last stop was in Lima"
    _t(
        "stage stages leg legs stop stops destination",
        # the ordinal stays out of the match: "last" would read as a past cue ("last week")
        "(?:" + "|".join(rf"(?<={w}\s)" for w in ("first", "second", "third", "next", "last", "final")) + ")"
        r"(?:stage|leg|stop|destination)\s+(?:of\s+(?:the|this|his|her|their|that)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:trip|tour|visit|journey)\s+)?(?:will\s+be|would\s+be|is|was)(?:\s+in)?\b"
        r"(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        "visit",
        "travel",
        opens="slsd",
    ),
    _t(
        "delegation delegations",
        # "will lead a Senate delegation to", "is heading a delegation to": the leader travels, in any tense
        r"\b(?:led|leads?|leading|heads?|headed|heading)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?"
        r"delegations?\s+to\b",
        "visit",
        "travel",
        opens="l",
    ),
    # "invited him to the White House on May 23", "invited Xi to Australia": the guest's visit there
    _t(
        # not "thanked X for inviting him": the visit is told elsewhere ("in turn inviting Y to Z" is one)
        "invited invites invite inviting",
        r"\b(?:invit(?:ed|es|e)|(?<!\bfor\s)(?<!\bby\s)inviting)\b(?=\s+[^,;.\"]{1,60}?\s+to\s+(?:the\s+)?(?-i:[A-Z]))",
        "visit",
        "travel",
        opens="i",
    ),
    # "dispatched his Foreign Minister X to Harare", "sent an envoy, X, to Kyiv": the one sent travels there
    _t(
        "dispatch dispatches dispatched dispatching send sends sent sending",
        r"\b(?:dispatch(?:es|ed|ing)?|sen(?:d|ds|t|ding))\b(?=\s+[^;.\"]{1,60}?\s+to\s+(?:the\s+)?(?-i:[A-Z]))",
        "visit",
        "travel",
        opens="ds",
    ),
    # "the recent visit by Russian FM Lavrov to Bosnia": the traveller after "by", the place after "to"
    # ("the recent visit paid by X to Morocco": paid or made by the traveller)
    _t("visit visits", r"\bvisits?\s+(?:(?:paid|made)\s+)?by\b", "visit", "travel", opens="v"),
    # "the working visit of Minister X to Belarus": the traveller after "of", read as after "by"
    _t(
        "visit visits",
        # ("the visit of X and the envoy, Y, to Kosovo": a name set off by commas may stand between)
        r"\bvisits?\s+of(?=\s+(?:the\s+)?(?-i:[A-Z])[^,;.]{0,80}?(?:,\s+(?-i:[A-Z])[^,;.]{1,40},)?\sto\s)",
        "visit",
        "travel",
        opens="v",
    ),
    _t(
        "be",
        r"\b(?:will|would|to)\s+(?:then\s+|also\s+|now\s+|still\s+)?be\s+in\b",
        "visit",
        "travel",
        opens="wt",
    ),
    # "X is in Vietnam to meet leaders", "was in Kenya two weeks ago to mediate talks", "is in Malawi for a
    # one-day working visit", "was in Wellington on Wednesday": a stay told by the place, with what it was
    # for or when (not "is in talks", "was in charge", "is in Europe's interest": a place, then a purpose)
    _t(
        "in",
        r"\b(?:is|was|are|were)\s+(?:currently\s+)?in\b(?=\s+(?:the\s+)?(?-i:[A-Z])[\w.'\u2019-]*"
        r"(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,2},?\s+(?:(?:(?:this|last|on|two|three|a|earlier)\s+)?[\w-]+\s+ago\s+)?"
        r"(?:for\s+(?:a|an|the|two|three|four|five|\d+|talks)\b|on\s+(?:a|an|Monday|Tuesday|Wednesday|Thursday"
        r"|Friday|Saturday|Sunday)\b|to\s+(?:meet|attend|discuss|hold|lead|sign|mediate|participate|join|take\s+part"
        r"|address|open|co-chair|chair)\b))",
        "visit",
        "travel",
        opens="iwa",
    ),
    # "arrived in Doha", "arrived Wednesday evening in Doha", "arrived late on Sunday in Accra": a day
    # (and its part) may stand between the verb and the place
    _t(
        "arrive arrives arrived arriving",
        r"\barriv(?:e|es|ed|ing)\s+(?:(?:(?:early\s+|late\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
        r"|Saturday|Sunday|today|yesterday|tonight|this)\s+(?:(?:morning|afternoon|evening|night)\s+)?)?in\b"
        # "arrived at the presidential palace in Buenos Aires": a building, then the city it stands in
        r"|at\s+the\s+[a-zA-Z' -]{3,40}?\s+in\b(?=\s+(?:the\s+)?(?-i:[A-Z])))",
        "visit",
        "travel",
        opens="a",
    ),
    # "the Kyrgyz leader landed in Tashkent": a flight's arrival (a place follows: not "landed in trouble")
    _t(
        "land lands landed landing",
        r"\bland(?:s|ed|ing)?\s+in\b(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        "visit",
        "travel",
        opens="l",
    ),
    # "Baerbock is expected in Warsaw on Friday", "the minister is due in Lima this week": a visitor awaited there
    _t(
        "expected due",
        r"\b(?:is|are|was|were|be)\s+(?:also\s+)?(?:expected|due)\s+in\b(?=\s+(?:the\s+)?(?-i:[A-Z]))"
        r"(?!\s+(?:the\s+)?(?-i:Court)\b)",  # (not "due in Court on Monday": a hearing)
        "visit",
        "travel",
        opens="iwab",
    ),
    # meetings
    # "Meeting Lai at the presidential office, the senator said ...": a participle opening the sentence,
    # its subject after the comma (meetingparticipants reads it)
    # (no opening lookahead: the case-sensitive word opening the pattern lets the engine skip to its
    # occurrences, which a lookahead before it would not, ~20 times slower)
    _t("meeting", r"(?-i:Meeting)\s+(?=(?-i:[A-Z])(?!\w*\s+(?:of|on|for)\b))", "meeting", "verb"),
    _t(
        "meet meets met meeting",
        r"\b(?:meet|meets|met|meeting)\s+(?:\w+\s+)?with\b",
        "meeting",
        "verb",
        opens="m",
    ),
    _t(
        "meet",
        # "Singapore, China foreign ministers meet on sidelines of ...", "EU leaders meet in Brussels": the
        # present of headlines, after the plural people who meet
        rf"\b(?:will|to|would|could|and|also|then|later|had|has|have|never"
        r"|(?<=ministers\s)|(?<=leaders\s)|(?<=presidents\s)|(?<=premiers\s)|(?<=envoys\s)|(?<=diplomats\s))"
        rf"\s*(?<=\s)meet\b{_MET_NEXT}",
        "meeting",
        "verb",
        opens="wtcalhnm",
    ),
    # "X meets Y in Z": the present of headlines and photo captions, a meeting told as news
    _t("met meets", rf"\b(?:met\b{_NOT_PASSIVE}|meets\b){_MET_NEXT}", "meeting", "verb", opens="m"),
    # "said while meeting Uzbek counterpart X", "flew home after meeting X", "visited Lima, meeting X": the
    # participle of a clause whose subject is the main one's (not "meeting the target": someone follows)
    _t(
        "meeting",
        r"(?:(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bwhile\s)|(?<=\bwhen\s)|(?<=\bupon\s)|(?<=,\s))meeting"
        r"(?=\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterparts?\b|(?-i:[A-Z])[\w.-]*\s+(?:[\w-]+\s+)?counterparts?\b"
        r"|(?!(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June"
        r"|July|August|September|October|November|December)\b)(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+)*"
        rf"(?:(?-i:[A-Z])|{_OFFICE_TITLE})))",
        "meeting",
        "verb",
        opens="m",
    ),
    # "will be meeting PM X", "is meeting the president today" (not "is meeting the criteria": who follows)
    _t(
        "meeting",
        rf"\b(?:be|is|are|was|were|been)\s+(?:also\s+)?meeting\b{_MET_NEXT}",
        "meeting",
        "verb",
        opens="biawe",
    ),
    # "a meeting with X", "the meeting between X and Y", "the meeting held by X and Y on January 7"
    _t(
        "meeting meetings",
        # "a meeting on Monday in Luanda between X and Y": its day and place may come first (words of a
        # phrase, not of a clause: "the meeting in Lima came after tensions flared between X and Y", "in
        # accordance with", "to foster ties with", "and proceed with", "ahead of a summit with"; not "the
        # meeting in Oslo was with X", which names the party)
        r"\bmeetings?\s+(?:(?:on|in|at|last|this|late|early)\s+"
        r"(?:(?!(?:and|to|came|comes|ahead|after|before|accordance)\b)[^,;:.()\"\s]+\s+){1,8}?)?"
        r"(?:with|between|(?:held|hosted|chaired|convened|presided\s+over)\s+by)\b"
        # "a meeting was held on Tuesday in Rabat between X and Y": the passive, as "talks were held between"
        r"|\bmeetings?\s+(?:was|were|is|are|will\s+be|would\s+be|had\s+been|has\s+been|have\s+been)\s+held\s+"
        r"(?:(?:on|in|at|that|this|last|late|early|yesterday|today)\b[^,;:.()\"]{0,50}?\s+)?between\b",
        "meeting",
        "noun",
        opens="m",
    ),
    # "to attend a meeting of the EU's Foreign Affairs Council": the body meets, with whoever attends
    # ("the 79th session of the UN General Assembly": a body's sitting, told as a session)
    _t(
        "meeting meetings session sessions",
        r"\b(?:meetings?|sessions?)\s+of\b",
        "meeting",
        "noun",
        opens="ms",
    ),
    # "attend the G20 foreign ministers meeting", "the UN General Assembly session": a bare noun, kept only
    # where a body is named right before it (meetingsentences: the body's sitting)
    _t(
        "meeting meetings session sessions",
        r"\b(?:meetings?|sessions?)\b(?!\s+(?:with|between|of|(?:held|hosted|chaired|convened|presided\s+over)\s+by)\b)",
        "meeting",
        "noun",
        opens="ms",
    ),
    _t(
        "meeting meetings",
        # "At their bilateral meeting, X and Y ...": a word or two may qualify it (not "in an official
        # meeting of the Council", "at a bilateral meeting with X": the noun's own triggers read those)
        rf"\b(?:in|during|at|after|following)\s+(?:a|an|the|their|his|her|{_DAY_OWNER})\s+"
        r"(?:meetings?\b|(?:(?:bilateral|private|closed-door|one-on-one|first|second|last|latest|recent|separate"
        r"|official|trilateral|working|brief|lengthy)\s+){1,2}meetings?\b(?!\s+(?:of|with|between)\b))",
        "meeting",
        "adverbial",
        opens="idaf",
    ),
    _t(
        "meeting meetings session sessions",
        # "committed to having another meeting", "proposed holding a two-plus-two meeting", "are expected to
        # have their first bilateral meeting"
        r"\b(?:held|holds|hold|holding|had|has|have|having)\s+(?:a\s+|an\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:meeting|session)s?\b",
        "meeting",
        "verb",
        opens="h",
    ),
    _t(
        "gather gathers gathered convene convenes convened",
        # "gathered today in Harpsund", "convened on Monday in Lusaka": the day may stand between
        r"\b(?:gather(?:s|ed)?|convene(?:s|d)?)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
        r"|Sunday|today|yesterday)\s+)?(?:in|for|at)\b",
        "meeting",
        "verb",
        opens="gc",
    ),
    _t(
        "host hosts hosted hosting",
        r"\bhost(?:s|ed|ing)?\b(?!\s+(?:country|nation|city|government|year|family))",
        "meeting",
        "verb",
        guest=True,
        opens="h",
    ),
    # "held a reception for Minister X", "gave a dinner in honour of X": a host receiving a named guest
    _t(
        "reception dinner luncheon lunch banquet breakfast",
        r"\b(?:held|holds|hold|gave|gives|give|threw|offered|offers)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:reception|dinner|luncheon|lunch|banquet|breakfast)\s+(?:for|in\s+honou?r\s+of)\b",
        "meeting",
        "verb",
        guest=True,
        opens="hgto",
    ),
    # "hosted a dinner with North Korean officials", "had a working lunch with X", "had dinner with X": a
    # meal shared with others is a sitting with them
    _t(
        "dinner luncheon lunch banquet breakfast",
        r"\b(?:held|holds|hold|hosted|hosts|host|had|has|have|having)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?"
        r"(?:dinner|luncheon|lunch|banquet|breakfast)\s+with\b",
        "meeting",
        "verb",
        opens="h",
    ),
    # "sat down with X", "will sit down with X on Monday"
    _t(
        "sat sit sits",
        r"\b(?:sat|sit|sits)\s+down\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
        r"|Sunday|today|yesterday|tomorrow)\s+)?with\b",
        "meeting",
        "verb",
        opens="s",
    ),
    # "lunched with a delegation of lawmakers", "will dine on Friday with the king": a meal taken together
    _t(
        "lunched lunching dine dined dines dining breakfasted",
        r"\b(?:lunch(?:ed|ing)|din(?:e|ed|es|ing)|breakfasted)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday"
        r"|Friday|Saturday|Sunday|today|yesterday|tonight|privately|together)\s+)?with\b",
        "meeting",
        "verb",
        opens="lbd",
    ),
    # "engaged in a constructive dialogue today with X", "engaged in discussions on Monday with X": talks with
    # them, as "dialogue with X" (the day between the noun and "with" would hide the noun's own trigger)
    _t(
        "engaged engages engage engaging",
        r"\bengag(?:ed|es|e|ing)\s+in\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:dialogue|discussions?|conversations?)\s+"
        r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?with\b",
        "talks",
        "verb",
        opens="e",
    ),
    # "engaged his US counterpart, X, on trade": a minister taking up issues with another
    _t(
        "engaged engages engage",
        r"\bengag(?:ed|es|e)\s+(?:his|her|their)\s+(?:[\w.-]+\s+){0,3}?counterparts?\b",
        "meeting",
        "verb",
        opens="e",
    ),
    # "huddled Friday with seven governors", "will huddle with aides": met in private
    _t(
        "huddle huddles huddled",
        r"\bhuddle[sd]?\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+)?"
        r"(?:privately\s+|briefly\s+)?with\b",
        "meeting",
        "verb",
        opens="h",
    ),
    # "paid a courtesy call to Sultan X": a call paid to someone is a visit to them (a meeting); so is a
    # courtesy call made ("will make a courtesy call to President X"; not "made a call to X": a phone call)
    _t(
        "call calls",
        r"\b(?:(?:paid|pay|pays|paying)\s+(?:(?:a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
        r"|(?:made|make|makes|making)\s+(?:(?:a|his|her|their)\s+)?courtesy\s+)calls?\s+(?:to|on)\b"
        r"(?=\s+(?:the\s+)?(?-i:[A-Z]))",
        "meeting",
        "verb",
        guest=True,
        opens="pm",
    ),
    # a courtesy call: "will call on Prime Minister Khan" (not "called on Russia to withdraw": see URGE_AFTER)
    # "called on President X and Prime Minister Y" too: an appeal ("called on X to withdraw") is
    # turned away by URGE_AFTER, a day ("called on Monday") by the lookahead
    _t(
        "call called",
        r"\bcall(?:ed)?\s+on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
        r"(?=(?:the\s+)?(?-i:[A-Z]))",
        "meeting",
        "verb",
        guest=True,
        opens="c",
    ),
    # "had a great discussion with", "had an audience with"
    _t(
        "discussion conversation audience",
        # "held discussion with X": the article may be missing
        r"\b(?:had|held|has|have|hold|holds)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:discussion|conversation|audience)\s+with\b",
        "meeting",
        "verb",
        opens="h",
    ),
    # "granted an audience to Ambassador X", "was granted a farewell audience by the King": the one received
    # and the one receiving, whichever side the passive puts first
    _t(
        "grant grants granted granting accord accords accorded",
        r"\b(?:grant(?:s|ed|ing)?|accord(?:s|ed)?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?audiences?\s+(?:to|by)\b",
        "meeting",
        "verb",
        opens="ga",
    ),
    # "conferred on Saturday with", "discussed with the president", "exchanged views with"
    _t(
        "conferred confer confers conferring discuss discussed discusses discussing",
        r"\b(?:confer(?:s|red|ring)?|discuss(?:es|ed|ing)?)\s+(?:(?:on|in|at|by|this|last|today|yesterday|late|early)\s+)?"
        r"(?:[\w/.-]+\s+){0,2}?with\b"
        # "discussed the nuclear deal, also known as the JCPOA, with his counterpart X", "discussed economic
        # cooperation in greater depth with Premier X": a longer topic, then the one talked with, told by a
        # title (not "discussed trade relations with China", "issues of shared importance with the US": a
        # complement of the topic's own words)
        rf"|\bdiscuss(?:es|ed|ing)?\s+(?:[\w/.'\u2019()-]+,?\s+){{3,14}}?{_NOT_COMPLEMENT}with\b"
        rf"(?=\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){{0,2}}counterparts?\b|an?\s+(?:[\w-]+\s+)?delegation\b"
        rf"|(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*\s+){{0,3}}{_OFFICE_TITLE}))",
        "talks",
        "verb",
        opens="cd",
    ),
    # "X and his Spanish counterpart Y on Thursday discussed ways to ...": both sides named as the subject
    # (meetings.py keeps it only when the subject pairs a person with a counterpart)
    # (not "with", "by phone", "over the phone": triggers of their own)
    _t(
        "discussed discusses conferred discussing discuss review",
        # "X and his counterpart Y have been discussing ...": the progressive after "been", "are", "were";
        # "the two ministers will discuss ...", "will review ...": the future (meetingsentences keeps it only
        # after "the two <people>")
        r"\b(?:discuss(?:ed|es)|conferred|(?<=been\s)discussing|(?<=are\s)discussing|(?<=were\s)discussing"
        r"|(?<=will\s)(?:discuss|review)|(?<=will\salso\s)(?:discuss|review)|(?<=to\s)discuss)\b"
        r"(?!\s+(?:with|by|over|on)\b)",
        "talks",
        "verb",
        opens="dcr",
    ),
    _t("talked", r"\btalked\b(?!\s+(?:with|by|over|on\s+the)\b)", "meeting", "verb", opens="t"),
    # "X and Y spoke on Monday": two sides talking (meetings.py keeps it only after two sides named as the
    # subject); not "spoke to reporters", "spoke at the forum", "spoke of hope" (one speaker's words)
    _t(
        "spoke",
        r"\bspoke\b(?!\s+(?:with|by|over|on\s+the|to|at|of|about|out|for|against|before|during|up|in\s+favou?r)\b)",
        "call",
        "verb",
        opens="s",
    ),
    _t("views", r"\bexchang(?:e|es|ed|ing)\s+(?:of\s+)?views\b", "talks", "verb", opens="e"),
    # "was received by the minister": the one received is the subject, the host follows "by"
    _t(
        "received welcomed greeted",
        # "was received this afternoon by": the time between; also the place, before or after it ("was
        # received on Wednesday at the Elysee by", "were received Saturday morning by")
        # "was received in private audience by", "were welcomed this morning in an official ceremony by": how
        r"\b(?:was|were|been|being|be)\s+(?:\w+\s+)?(?:received|welcomed|greeted)\s+"
        rf"(?:{_RECEIVED_WHEN}\s+)?(?:{_RECEIVED_HOW}\s+)?(?:{_RECEIVED_WHERE}\s+)?(?:{_RECEIVED_WHEN}\s+)?"
        rf"(?:{_RECEIVED_HOW}\s+)?by\b",
        "meeting",
        "verb",
        guest=True,
        opens="wb",
    ),
    # "X received Wednesday the UN envoy, Y": a host receiving a named guest (not "received a letter")
    _t(
        "receive receives received receiving welcome welcomes welcomed welcoming greet greets greeted greeting",
        # "welcomed on Monday Egypt's Foreign Minister X", "greeted President X at the airport"
        r"\b(?:receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|greet(?:s|ed|ing)?)"
        # "received at the Ministry in Muscat this morning Lord X": where, then when, then the guest
        r"(?:\s+(?:at|in)\s+(?:the\s+|his\s+|her\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019-]*"
        r"(?:\s+in\s+(?-i:[A-Z])[\w'\u2019-]*)?(?=\s+(?:this\s+(?:morning|afternoon|evening)|today|yesterday|on\s+[A-Z]\w+day)))?"
        r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
        r"|today|yesterday|this\s+(?:morning|afternoon|evening)))?"
        # "receives today (6)": the day's date in brackets; then how or where, before the guest: "received
        # in audience the envoy", "received in his office at X the general", "receives today, in X, Y,
        # his counterpart" (a place set off by commas)
        r"(?:\s*\(\d{1,2}\))?(?:\s+in\s+(?:an?\s+)?audience"
        # "received at his official residence in Astana the President"
        # "received at the presidential palace the visiting Prime Minister"
        r"|\s+(?:in|at)\s+(?:his|her|their|the)\s+(?:official\s+|private\s+|presidential\s+|royal\s+)?"
        r"(?:office|residence|palace)(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*)?"
        r"|,\s+(?:in|at)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019-]*"
        r"(?:,\s+(?:(?-i:[A-Z])[\w'\u2019-]*\s+){0,3}(?-i:[A-Z])[\w'\u2019-]*)?,"
        # "received, at the Ministry's headquarters in Abu Dhabi, General X": a building and its city set off
        rf"|,\s+{_RECEIVED_WHERE}(?:\s+(?-i:[A-Z])[\w'\u2019-]*)?,)?"
        r"(?=\s+(?:the\s+)?(?:(?-i:[A-Z])"
        # "welcome outgoing French President X", "received visiting Minister X"
        r"|(?:outgoing|incoming|visiting|newly[\s-]+elected|new)\s+(?-i:[A-Z])"
        # "welcomed special envoy of the UAE, X": a lower-case title of a country, its holder named after
        r"|(?:(?:special|foreign|prime|deputy|top|senior|crown)\s+)?(?:envoy|minister|president|ambassador|secretary"
        # "received the emir of Kuwait": a ruler told by the land he rules
        r"|delegation|head|chief|leader|representative|emir|king|queen|sultan|prince|premier|chancellor)s?\s+of\b"
        # "welcomed his Lithuanian counterpart": the guest told by a possessive title
        r"|(?:his|her|their)\s+(?:[A-Z][\w.-]*\s+){0,3}(?:counterparts?|colleagues?|guests?)\b"
        # "welcomed an Iranian delegation": a country's delegation, told by its adjective
        r"|an?\s+(?:high-level\s+|senior\s+)?(?-i:[A-Z])[\w.-]*\s+(?:[a-z-]+\s+)?delegation\b"
        # "receiving a delegation from Kenya led by Speaker X": a delegation told by where it comes from
        r"|an?\s+(?:high-level\s+|senior\s+|[a-z]+\s+)?delegations?\s+(?:from|of|led\s+by|headed\s+by)\b))",
        "meeting",
        "verb",
        guest=True,
        opens="rwg",
    ),
    _t(
        "spoke spoken speaking speaks talked talk",
        # "talked with X": the same (not "talks with": the noun's trigger; but "will talk with X" is the verb)
        r"\b(?:sp(?:ok(?:e|en)|eak(?:s|ing))|talked|(?<=will\s)talk)\s+(?:\w+\s+)?with\b",
        "meeting",
        "verb",
        opens="st",
    ),
    # an envoy's credentials: "presented his letter of credence to X", "received the credentials of X"
    _t(
        "credentials credence",
        r"\b(?:present(?:s|ed|ing)?|hand(?:s|ed|ing)?\s+over|submit(?:s|ted|ting)?)\s+(?:his|her|their|the)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:credentials|letters?\s+of\s+credence)\s+to\b",
        "meeting",
        "verb",
        opens="phs",
    ),
    _t(
        "credentials credence",
        r"\breceiv(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:credentials|letters?\s+of\s+credence)\b",
        "meeting",
        "verb",
        opens="r",
    ),
    # talks, summits, conferences, named events
    _t(
        _TALK_WORDS + " talk",
        r"\b(?:held|holds|hold|had|has|have|began|begin|begins|opened|resumed|resume|continue|continued|renewed"
        # "held \"regular political consultations\"": the name may be quoted
        r"|renew|launched|launch|concluded|conclude|started|start|wrapped\s+up)\s+"
        # "held another round of political consultations", "began the third round of talks": one sitting of
        # a series, told by its round
        r"(?:(?:a|an|the|another|their|its)\s+(?:[\w-]+\s+)?rounds?\s+of\s+)?"
        r"(?:[\"'\u201c\u2018]?[\w-]+\s+){0,2}?[\"'\u201c\u2018]?(?:talks|negotiations|discussions|consultations)\b"
        # "will hold a bilateral talk with X": one talk, with someone
        r"|\b(?:held|holds|hold|had|has|have)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?talk\s+with\b",
        "talks",
        "verb",
        opens="hborclsw",
    ),
    _t(
        _TALK_WORDS + " dialogue",
        r"\b(?:talks|negotiations|discussions|consultations|dialogue)\s+(?:with|between)\b",
        "talks",
        "noun",
        opens="tndc",
    ),
    # "held one-on-one deliberations with X", "had a second sit-down with X", "held a frank exchange of views
    # with X": other words for a sitting, read only before "with" (not "the deliberations of the council",
    # "an exchange of prisoners")
    _t(
        "deliberations sit-down exchange one-on-one one-to-one bilateral tete-a-tete t\u00eate-\u00e0-t\u00eate",
        # "had a one-on-one with X", "held a brief tete-a-tete with X": a sitting of two, told by its noun
        r"\b(?:held|holds|hold|had|has|have)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:sit-down|exchange"
        r"(?:\s+of\s+views)?|one-on-one|one-to-one|bilateral|t[e\u00ea]te-[a\u00e0]-t[e\u00ea]te)|(?:[\w-]+\s+){0,2}?deliberations)"
        r"\s+with\b",
        "meeting",
        "verb",
        opens="h",
    ),
    # "after his sit-down with X", "deliberations between A and B"
    _t(
        "deliberations sit-down",
        r"\b(?:deliberations|sit-down)\s+(?:with|between)\b",
        "meeting",
        "noun",
        opens="ds",
    ),
    _t(
        # "a series of ASEAN Summits": several sittings of one named event
        "summit conference meeting ministerial dialogue talks forum consultations summits conferences meetings",
        r"\b(?:[A-Z][\w.'-]*\s+){0,6}(?P<head>Summit|Conference|Meeting|Ministerial|Dialogue|Talks|Forum"
        r"|Consultations)(?:s\b|\b)",
        "meeting",
        "event",
        0,
        opens="A-Z",
    ),
    # "at the 48th Pacific Island Leaders forum in X", "during the APEC forum in Lima": a named gathering
    # whose name ends in the lower-case noun (not "a summit of the APEC forum": the body, told by "of")
    _t(
        "forum",
        r"\b(?:[A-Z][\w.'-]*\s+){1,6}(?:\([A-Z][\w.-]*\)\s+)?(?P<head>forum)\b",
        "conference",
        "event",
        0,
        opens="A-Z",
    ),
    # "will address the National Assembly", "briefed the Security Council", "to address Norway's Parliament":
    # a sitting of the body, with the one who speaks to it (a body of members named right after the verb)
    _t(
        "address addresses addressed brief briefs briefed deliver delivers delivered",
        # "will deliver remarks to the UN Security Council", "delivered a briefing before the Senate": the same
        r"\b(?:address(?:es|ed)?|brief(?:s|ed)?|deliver(?:s|ed)?\s+(?:remarks|a\s+briefing|an\s+address|a\s+speech)"
        r"\s+(?:to|before))(?=\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*['\u2019]s\s+)?"
        r"(?:(?:(?-i:[A-Z])[\w.'\u2019-]*|(?-i:and|of|on|for))\s+){0,6}?"
        r"(?-i:Assembly|Council|Senate|Congress|Parliament)\b(?!['\u2019]))",
        "meeting",
        "verb",
        opens="abd",
    ),
    _t("summit", r"\bsummit\b", "summit", "noun", opens="s"),
    _t(
        "conference",
        r"\b(?:press|news|peace|international|joint)\s+conference\b",
        "conference",
        "noun",
        opens="pnij",
    ),
    # "the donor conference in Brussels", "a regional conference on Afghanistan", "will hold a ministerial
    # conference": the plain lower-case noun, whatever qualifies it (a named one is an event trigger); not
    # reporters' ("media conference"), a medium ("video conference", "conference call") or a building
    _t(
        "conference",
        r"(?<!press\s)(?<!news\s)(?<!peace\s)(?<!international\s)(?<!joint\s)(?<!media\s)(?<!video\s)"
        r"(?<!phone\s)\bconference\b(?!\s+(?:call|centre|center|hall|room|table|of)\b)",
        "conference",
        "noun",
        0,
        opens="c",
    ),
    _t("talks", r"\btalks\b", "talks", "noun", opens="t"),
)

# "called on Russia to withdraw": an appeal, not a visit ("call on X to discuss ties" is one)
URGE_AFTER = twin(
    r"[^,;:.]{0,100}?\bto\s+(?!(?:discuss|exchange|review|brief|convey|deliver|pay|hand|present|talk)\b)[a-z]+"
)

# Every trigger contains one of these words (as a token, lower case): other sentences are skipped.
TRIGGER_WORDS: frozenset[str] = frozenset().union(*(t.keys for t in TRIGGERS))

# Named events need a capitalised head word: a window without one is not searched for them
# (their keywords are common lower-case words: "meeting", "talks").
_HEADS = ("Summit", "Conference", "Meeting", "Ministerial", "Dialogue", "Talks", "Forum", "Consultations")
_HEAD_WORD = twin(rf"(?:{'|'.join(_HEADS)})s?\b|(?<=[A-Za-z.)] )forum\b")
# the words one of which every match of _HEAD_WORD holds: looked for first, alone (most windows hold none:
# their keyword is a lower-case "meeting" or "talks"), which the engine does by skipping to their first
# letters (the lookbehind of _HEAD_WORD keeps it from doing so)
HEAD_LITERALS = (*_HEADS, "forum")
_HEAD_LITERAL = re.compile("|".join(HEAD_LITERALS))


def _head_word_in(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold a capitalised head word (or a "forum" after a word), as _HEAD_WORD asks?"""
    return _HEAD_LITERAL.search(text, lo, hi) is not None and _HEAD_WORD.search(text, lo, hi) is not None


# before a name ending in the lower-case "forum": the body, not its gathering ("a summit of the X forum"), or
# a capitalised word the name's match left out (its start is further left)
_FORUM_BODY = twin(r"(?:\bof\s+(?:the\s+)?|[A-Z][\w.'-]*\s+)$")

# an office after a body's name: "the Forum Secretary General", "the Forum Secretariat"
_OFFICE_AFTER = twin(
    r"\s+(?:Secretary|Secretariat|Chair|Chairman|Chairperson|Chairwoman|President|Director|Commissioner"
    r"|Spokes(?:man|woman|person)|Executive|Deputy"
    # "a meeting of the North-South Ministerial Council", "the Forum Foundation": a body's own name goes on
    r"|Council|Committee|Commission|Board|Foundation|Centre|Center|Hall"
    # "nationals of Pacific Islands Forum countries", "the Forum member states": the body's members
    r"|(?:member\s+)?(?:countries|nations|states|economies))\b"
)

# For each trigger word, the triggers it calls for as the bits of a number (bit i: TRIGGERS[i]). A window's
# triggers are the bits of its words' masks or-ed together: few distinct numbers, where the sets of words
# themselves were too many to cache (~1,200 in 121 articles, a third of the lookups missing a 1,024 cache).
TRIGGER_MASKS: dict[str, int] = {
    w: sum(1 << i for i, t in enumerate(TRIGGERS) if w in t.keys) for w in TRIGGER_WORDS
}

EVENT_KINDS: dict[str, Kind] = {
    "summit": "summit",
    "conference": "conference",
    "meeting": "meeting",
    "ministerial": "meeting",
    "forum": "conference",
    "dialogue": "talks",
    "talks": "talks",
    "consultations": "talks",
}

# Said of the meeting itself: it is not agreed, only wished for, offered or in doubt.
# Alternatives share their opening letters, and a lookahead turns most positions away at once:
# re tries the pattern at every position of the window, so the cost is per character.
PROPOSED = twin(
    r"\b(?=[acdfhimnoprsuw])(?:"
    r"propos(?:e|es|ed|ing|al)|po(?:ssible|tential|stpon(?:e|es|ed|ing))|prepared\s+to"
    r"|c(?:ould|all(?:s|ed|ing)?\s+for|ancel+(?:s|ed|ing)?)"
    # "remains committed to holding a summit with X": a will, no sitting arranged (not "committed to the deal
    # reached at their summit": the thing committed to is no sitting of theirs)
    r"|committed\s+to\s+(?:hold|meet|host|visit|attend|hav)(?:e|s|ing)?\b"
    r"|might|(?-i:may)"
    # ("would welcome to visit": a wish before a verb; not "a warm welcome to the minister", "Welcome to
    # India!": a greeting to someone arrived)
    r"|w(?:hether|elcome\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|all)\b)(?=(?-i:[a-z]))"
    r"|ants?\s+to|ould\s+like|illing\s+to)"
    # "at the invitation of X": who asked for a visit that is going ahead, not a wish
    # (nor "at the official invitation of X", "at his invitation", "upon an invitation of X")
    r"|(?<!at\sthe\s)(?<!on\sthe\s)(?<!at\sthe\sofficial\s)(?<!on\sthe\sofficial\s)(?<!at\sthe\skind\s)"
    r"(?<!at\sthe\sformal\s)(?<!at\sthe\sspecial\s)(?<!at\shis\s)(?<!at\sher\s)(?<!at\stheir\s)(?<!at\san\s)"
    r"(?<!on\san\s)(?<!upon\san\s)(?<!upon\sthe\s)(?<!at\san\sofficial\s)(?<!on\san\sofficial\s)"
    # "has accepted an invitation from X to visit Y": the invitation taken up, the visit agreed
    r"(?<!accepted\san\s)(?<!accepted\sthe\s)(?<!accepted\shis\s)(?<!accepted\sher\s)(?<!accepts\san\s)"
    r"(?<!accepted\san\sofficial\s)(?<!accepting\san\s)(?<!accepted\stheir\s)"
    # "following an invitation by X", "in response to an invitation from X", "accepting the invitation of
    # X": an invitation taken up, told with the visit it brought about
    r"(?<!following\san\s)(?<!following\sthe\s)(?<!following\san\sofficial\s)(?<!following\sthe\sofficial\s)"
    r"(?<!response\sto\san\s)(?<!response\sto\sthe\s)(?<!accepting\sthe\s)(?<!accepting\sthe\sofficial\s)"
    r"i(?:nvit(?:e|es|ed|ing|ation)|f)"
    r"|urg(?:e|es|ed|ing)|offer(?:s|ed|ing)?|open\s+to"
    r"|hop(?:e|es|ed|ing)\s+to|need\s+for"
    # "expressed his intention to make a visit": a wish, not yet arranged (not "intention to run" told
    # before another clause's visit)
    r"|intentions?\s+to\s+(?:make|pay|visit|meet|hold|travel|host|attend|go|come)"
    r"|s(?:uggest(?:s|ed|ing)?|eek(?:s|ing)?|ought)"
    r"|re(?:ady\s+to|quest(?:s|ed|ing)?|fus(?:e|es|ed|ing)\s+to)"
    r"|asked\s+for|declin(?:e|es|ed|ing)\s+to"
    r"|(?:determin(?:e|es|ed|ing)|work(?:s|ed|ing)?\s+(?:on|out)|fix(?:es|ed|ing)?|set(?:ting)?)"
    r"\s+(?:the\s+|a\s+|new\s+)?dates?"
    r")\b",
    re.IGNORECASE,
)

# Every PROPOSED match contains one of these (lower case).
PROPOSED_STEMS = word_set(
    "propos possible potential postpon prepared could call cancel might may whether welcome want would "
    "willing invit if intention urg offer open hop need suggest seek sought ready request refus asked declin date "
    "committed"
)

# Where the object list of a trigger ends: purpose clauses, topics, relative clauses,
# ", a close aide to ... said". Only where it starts counts; alternatives are grouped as in PROPOSED.
OBJECT_STOP = twin(
    # (not a short capitalised gloss inside a title: "CPN (Maoist Centre) chair X", "Senator X (R-Texas) and Y")
    r"(?=[abcdforstuw;:\"(,])(?:[;:\"]|\((?![A-Z][\w.'&-]*(?:\s[A-Z][\w.'&-]*){0,3}\)\s+\w)"
    # (", among others, X", ", in particular, X": an aside that opens the list, not a new clause)
    r"|,\s+(?!(?:and|as|including|plus|along|or|both|with|among\s+(?:others|them)|inter\s+alia|in\s+particular"
    # ", former Prime Ministers X and Y", ", deputy PM and Foreign Minister Z": the next one listed, by a
    # title in lower case (not ", former ally of the US, said": a lower-case word with no name after it)
    r"|notably)\b|(?:former|deputy|acting|then|opposition|vice)\s+(?:[\w-]+\s+){0,4}?[A-Z])(?=[a-z])"
    # ", Marcos also had ...": a name that opens a new clause, not the next in a list
    r"|,\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:also\s+)?(?:had|has|have|was|were|is|are|will|would|said|says|met|held|told|added)\b"
    r"|\b(?:"
    r"to\s+(?!the\b|a\b|an\b)[a-z]+\b"
    r"|to\s+the\s+[A-Z]"  # "welcoming X to the White House": where the guest comes, no party
    r"|t(?:hat|old)\b"
    r"|wh(?:ere|ich|om?|ile|en)\b"
    r"|b(?:e(?:cause|fore)|ut)\b"  # "a meeting with X but Y's spokesman Z said": another clause
    r"|a(?:fter|head\s+of|mid|bout|ccording\s+to)\b"  # "arrive in Seoul ahead of X": as "before X"
    # "will visit China at the invitation of X": who asked for the trip, not one who takes part in it
    r"|(?:at|on|upon)\s+(?:the|an?|his|her|their)\s+(?:[a-z]+\s+)?invitation\b"
    r"|(?<!well\s)as\b(?!\s+well\s+as)"
    r"|during\b|over\b|regarding\b|concerning\b|discuss(?:es|ed|ing)?\b|focus(?:es|ed)?\s+on\b"
    r"|on\s+(?:the\s+)?(?:issue|issues|subject|sidelines|topic)\b"
    r"|for\s+(?:a|an|the|talks|discussions|consultations|negotiations)\b"
    r"|sa(?:id|ys)\b"
    r"|since\b"  # "the first meeting between A and B since C took office": C is that clause's
    # "met X and expressed his country's interest in ties with Zimbabwe", "and thanked him for": a second
    # predicate of the subject, whose objects are not the meeting's (not "and elected officials")
    r"|and\s+(?:also\s+)?(?:[a-z]+ed|held|paid|took|gave|made|sought|conveyed)\s+(?=(?:him|her|them|his|their"
    r"|its|the|a|an|that|how|to|on|about|with|for|hope|interest|support|concern|gratitude|appreciation|thanks"
    r"|condolences|views|readiness|willingness|satisfaction)\b)"
    # "a state visit to France and comes ahead of the G7 summit": the event's own predicate, its time
    r"|and\s+(?:comes?|came|follows?|precedes?)\s+(?=(?:ahead|after|before|on|at|in|a|an|the|days?|weeks?)\b)"
    r"))"
)

# Words after an actor's name that show it is used as a modifier ("UAE officials", "U.S. commitment").
ACTOR_FOLLOWERS_OK = word_set(
    "and or on in to for with from at as during where which who over this last next yesterday today "
    "tomorrow by about after before since until while when that"
)

# Verbs that follow a subject: "Thailand met", "Israel said" (the actor is not a modifier there).
VERB_AFTER_SUBJECT = word_set(
    "met meets meet said says will would could may might can has have had is are was were agreed signed held "
    "hosted visited called urged welcomed announced reached discussed also jointly"
    # "Japan and Korea began talks", "X holds talks": the verbs of the talks' trigger
    " began begins holds resumes starts"
)

# Unnamed people an organization or country sends: "senior Taliban representatives", "UAE officials".
PEOPLE_NOUNS = word_set(
    "officials official representatives representative leaders leader delegation delegations counterparts "
    "counterpart ministers minister authorities negotiators diplomats envoys envoy officers commanders "
    "aides aide advisers adviser advisors advisor presidents premiers"
    # "a meeting of AMISOM troop-contributing countries", "EU member states": a body's members
    " countries states nations"
)

# Nouns after a person's name that make the name a modifier: "the Biden administration".
PERSON_AS_MODIFIER = word_set(
    "administration government campaign team aides aide era doctrine camp allies family"
)


# -- finding triggers -------------------------------------------------------------------

KEYWORD_LEFT = 90  # "following their brief telephone call", six capitalised words before "Summit"
KEYWORD_RIGHT = 40
# "meeting on Monday in Luanda between": a day and place before the objects; "the visit of the Minister
# of Foreign Affairs X to Y": a long title before the destination
# "received at the Ministry in Muscat this morning Lord X": where and when before the guest
_LONG_RIGHT = {"meeting": 80, "meetings": 80, "visit": 100, "visits": 100, "received": 90, "receives": 90}
# "address the Federation Council of the Federal Assembly", "briefed the Union's Peace and Security Council":
# the body's name, looked ahead for, may run long
_LONG_RIGHT.update(dict.fromkeys(("address", "addresses", "addressed", "brief", "briefs", "briefed"), 70))
_LONG_RIGHT.update(
    dict.fromkeys(("deliver", "delivers", "delivered"), 100)
)  # "deliver remarks to the Council"
# "discussed the nuclear deal, also known as the JCPOA, with X": a long topic before the one talked with
_LONG_RIGHT.update(dict.fromkeys(("discuss", "discussed", "discusses", "discussing"), 110))


@dataclass(slots=True)
class Hit:
    """One trigger found in a sentence (``title`` for a named event, ``guest`` as on its Trigger)."""

    start: int
    end: int
    kind: Kind
    form: Form
    title: str | None = None
    guest: bool = False


_STAY_BEFORE = frozenset(("is", "was", "are", "were", "currently"))


def keyword_windows(tokens: list[Token], lo: int, hi: int) -> list[tuple[int, int, int]]:
    """Stretches of a sentence around trigger keywords, with the mask of the triggers their keywords call
    for (:data:`TRIGGER_MASKS`); other text is never searched."""
    spans: list[tuple[int, int, int]] = []
    # (one pass over the tokens: "in" is a keyword, so nearly every sentence holds one)
    for i in [i for i, tok in enumerate(tokens) if tok.low in TRIGGER_WORDS]:
        tok = tokens[i]
        low = tok.low
        if low == "be" and (i + 1 >= len(tokens) or tokens[i + 1].low != "in"):
            continue
        if low == "in" and (i == 0 or tokens[i - 1].low not in _STAY_BEFORE):
            continue  # "in" is everywhere: only "is in", "was currently in" may tell a stay
        start, end = max(lo, tok.start - KEYWORD_LEFT), min(hi, tok.end + _LONG_RIGHT.get(low, KEYWORD_RIGHT))
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]), spans[-1][2] | TRIGGER_MASKS[low])
        else:
            spans.append((start, end, TRIGGER_MASKS[low]))
    return spans


@lru_cache(maxsize=1024)
def triggers_for(mask: int) -> tuple[Trigger, ...]:
    """The triggers whose bits ``mask`` sets (:data:`TRIGGER_MASKS`), in TRIGGERS order."""
    found: list[Trigger] = []
    while mask:
        lowest = mask & -mask
        found.append(TRIGGERS[lowest.bit_length() - 1])
        mask ^= lowest
    return tuple(found)


def find_hits(text: str, windows: list[tuple[int, int, int]]) -> list[Hit]:
    """Trigger occurrences in one sentence's windows, longest first where they overlap."""
    found: list[Hit] = []
    for lo, hi, mask in windows:
        heads: bool | None = None  # asked once a window, for its first event trigger
        for trig in triggers_for(mask):
            if trig.form == "event":
                if heads is None:
                    heads = _head_word_in(text, lo, hi)
                if not heads:
                    continue
            for m in trig.pattern.finditer(text, lo, hi):
                kind: Kind = trig.kind
                title = None
                if trig.form == "event":
                    if not text[m.start() : m.start("head")].strip():
                        continue  # a bare capitalised "Meeting" names no event
                    if m.group("head") == "forum" and _FORUM_BODY.search(
                        text, max(0, m.start() - 40), m.start()
                    ):
                        continue
                    if _OFFICE_AFTER.match(text, m.end()):
                        # "meet Pacific Islands Forum Secretary General X": the body's name, no gathering
                        # (nor the end of the meeting's objects)
                        continue
                    kind = EVENT_KINDS[m.group("head").lower()]
                    if text.startswith((" summit", " meeting"), m.end()):
                        # "the Pacific Islands Forum summit": the body's gathering, of the kind its noun says
                        kind = "summit" if text.startswith("s", m.end() + 1) else "meeting"
                    title = m.group(0).strip()
                found.append(Hit(m.start(), m.end(), kind, trig.form, title, trig.guest))
    return longest_first(found)
