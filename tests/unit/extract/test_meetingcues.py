"""Shortcuts in meetingcues: trigger lookaheads and PROPOSED_STEMS only skip text where nothing can match."""

import re

import pytest

from briefing_tui.extract.meetingcues import PROPOSED, PROPOSED_STEMS, TRIGGERS

_LEAD = re.compile(r"\(\?=\[[^\]]+\]\)")

TEXTS = [
    "Blinken will meet Wang on Monday and held talks with him in Beijing after they met in Bali.",
    "IN A PHONE CALL, THE LEADERS SPOKE BY PHONE; THEY HAD A CALL AND WILL BE IN PARIS.",
    "Xi flew to Moscow, headed to Minsk, then began negotiations with Lukashenko at the Minsk Summit.",
    "During their meeting, she was met by the mayor; the G20 Leaders Summit and the Shangri-La Dialogue.",
    "\u0130n a call, \u0131n a meeting, a tr\u0131p to Kyiv, the \u017fummit, TAL\u212aS with Iran were held.",
]


@pytest.mark.parametrize("trigger", [t for t in TRIGGERS if _LEAD.search(t.pattern.pattern)])
def test_lookahead_keeps_every_match(trigger):
    # (the lookahead stands first, or right after a leading \b)
    plain = re.compile(_LEAD.sub("", trigger.pattern.pattern, count=1), trigger.pattern.flags)
    for text in TEXTS + [t.upper() for t in TEXTS] + [t.lower() for t in TEXTS]:
        assert [m.span() for m in trigger.pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


PROPOSAL_PHRASES = [
    "a proposed summit",
    "a possible visit",
    "potential talks",
    "postponed the meeting",
    "prepared to meet",
    "could meet",
    "called for talks",
    "cancelled the trip",
    "might visit",
    "may travel",
    "whether to meet",
    "welcome to visit",
    "wants to meet",
    "would like to meet",
    "willing to meet",
    "invited him",
    "if they meet",
    "urged talks",
    "offered to host",
    "open to talks",
    "hopes to visit",
    "need for talks",
    "suggested a call",
    "seeks talks",
    "sought a meeting",
    "ready to meet",
    "requested a meeting",
    "refused to meet",
    "asked for a meeting",
    "declined to meet",
]


@pytest.mark.parametrize("phrase", PROPOSAL_PHRASES)
def test_every_proposal_contains_a_stem(phrase):
    assert PROPOSED.search(phrase)
    for text in (phrase, phrase.upper(), phrase.title()):
        if PROPOSED.search(text):  # "may" counts in lower case only
            assert any(stem in text.lower() for stem in PROPOSED_STEMS)


def test_tense_within_equals_tense_near_from_the_start():
    from briefing_tui.extract.tense import tense_near, tense_within

    text = " ".join(TEXTS) + ' He said: "They will be meeting; talks planned to resume, had been held."'
    for start in range(len(text)):
        for end in (start, start + 5, start + 17, start + 40, len(text)):
            assert tense_within(text, start, end) == tense_near(text, start, start, start, end)
