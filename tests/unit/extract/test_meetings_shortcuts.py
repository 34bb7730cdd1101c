"""Shortcuts in the meetings stage (round 40): each skips only text where the pattern it guards cannot match.

The word lists of the guards are read from the patterns themselves, so that a rule edit that widens a
pattern fails here rather than silently losing matches.
"""

import re

import pytest

from briefing_tui.extract import meetingactors, meetingattendees, meetingcues, meetingdates

_ENDINGS = [
    "A and B were also in the meeting.",
    "A and B were also in the meeting .. \n",
    "A also attended the talks\u00a0.\u2029",
    "A also took part in the\nmeeting",
    "A was present at the talks. ",
    "A was present at the Talks.",
    "A also joined the meetings.",
    "A was in the meeting room.",
    "The meeting was attended by A and B.",
    "The talks were also attended by A.",
    "The call was attended\nby A.",
    "",
    " ",
]


def test_present_at_ends_with_the_nouns_of_the_guard():
    tail = re.search(r"\(\?:([\w|]+)\)\[\\s\.\]\*\$$", meetingattendees._PRESENT_AT.pattern)
    assert tail is not None, "_PRESENT_AT no longer ends with its nouns: revise _ends_with_sitting"
    assert set(tail.group(1).split("|")) == set(meetingattendees._SITTING_NOUNS)
    assert "attended" in meetingattendees._ATTENDED_BY.pattern  # the literal the other guard looks for


@pytest.mark.parametrize("sentence", _ENDINGS)
def test_attendee_guards_keep_every_match(sentence):
    for text in (sentence, "Before. " + sentence + " After."):
        start = text.find(sentence)
        end = start + len(sentence)
        if meetingattendees._PRESENT_AT.search(text, start, end):
            assert meetingattendees._ends_with_sitting(text, start, end)
        if meetingattendees._ATTENDED_BY.match(text, start, end):
            assert text.find("attended", start, end) >= 0


def test_head_literals_are_the_words_of_the_head_pattern():
    words = set(re.findall(r"[A-Za-z]{4,}", meetingcues._HEAD_WORD.pattern))
    assert words == set(meetingcues.HEAD_LITERALS)
    assert not meetingcues._HEAD_WORD.flags & re.IGNORECASE  # the literals are looked for as written


_HEAD_TEXTS = [
    "the G20 Leaders Summit in Bali",
    "the Raisina Dialogue and the ASEAN Regional Forum",
    "a meeting of the ministers, then talks",
    "the Pacific Islands forum met",
    "forum",
    "SUMMIT, MEETINGS and CONSULTATIONS",
    "the Summits and the Ministerials",
    "the Conferences of the Parties",
]


@pytest.mark.parametrize("text", _HEAD_TEXTS)
def test_head_word_guard_keeps_every_match(text):
    for t in (text, text.lower(), text.upper(), text.title()):
        assert meetingcues._head_word_in(t, 0, len(t)) == (meetingcues._HEAD_WORD.search(t) is not None)


def test_unnamed_sayings_open_their_pattern():
    pattern = meetingactors._SAID_UNNAMED.pattern
    assert pattern.startswith(r"\b(?:" + "|".join(meetingactors._UNNAMED_SAYINGS) + ")(?=")
    assert not meetingactors._SAID_UNNAMED.flags & re.IGNORECASE


def test_topic_openers_are_the_first_words_of_the_pattern():
    pattern = meetingactors._TOPIC_OPENING.pattern
    group = pattern[3 : pattern.index(r")\s[")]  # the alternatives of the opening group
    firsts = {alternative.split("\\")[0] for alternative in re.split(r"\|(?![^(]*\))", group)}
    assert firsts == set(meetingactors._TOPIC_OPENERS)
    assert not meetingactors._TOPIC_OPENING.flags & re.IGNORECASE


# (a pattern, a sentence it matches at its start, and the guard that must let that sentence through)
_GUARDED = [
    *(
        (meetingactors._TOPIC_OPENING, text, lambda t: t.startswith(meetingactors._TOPIC_OPENERS))
        for text in (
            "Regarding Mali, the ECOWAS leaders met",
            "As for Iran, the ministers will meet",
            "As regards the sanctions, X met Y",
            "With regard to trade, X met Y",
            "On the issue of debt, X met Y",
            "On the question of Taiwan, X met Y",
            "Concerning Gaza, X will meet Y",
        )
    ),
    *(
        (meetingattendees._GATHERING_ATTENDEES, text, lambda t: "ttend" in t or "articipants" in t)
        for text in (
            "The summit will also be attended by A and B.",
            "This two-day conference was attended by A.",
            "Among the attendees are A, B and C.",
            "Among participants were A and B.",
            "Other notable attendees include A.",
            "Other prominent participants were A and B.",
            "participants include A.",
        )
    ),
]


@pytest.mark.parametrize(("pattern", "text", "guard"), _GUARDED)
def test_guard_lets_through_what_its_pattern_matches(pattern, text, guard):
    assert pattern.match(text)
    assert guard(text)
    assert not pattern.flags & re.IGNORECASE  # the guards look for the words as written


def _first_letters(pattern: str) -> set[str]:
    """The letters the alternatives of a pattern's first group open with (after its flags and \\b)."""
    body = re.sub(r"^\(\?i\)\\b(?:\(\?=\[\w+\]\))?", "", pattern)
    parsed = re.compile(body).pattern  # (checked to compile)
    tree = re._parser.parse(parsed)  # type: ignore[attr-defined]
    op, av = tree.data[0]
    alternatives = av[1] if op is re._parser.BRANCH else [tree.data]  # type: ignore[attr-defined]
    return {chr(alternative[0][1]) for alternative in alternatives}


@pytest.mark.parametrize(
    "twin", [meetingactors._LOCATIVE_BEFORE, meetingdates._SAID_BEFORE], ids=["locative", "said_before"]
)
def test_opening_lookahead_names_the_first_letters_of_the_alternatives(twin):
    lead = re.match(r"\(\?i\)\\b\(\?=\[(\w+)\]\)", twin.pattern)
    assert lead is not None
    assert set(lead.group(1)) == _first_letters(twin.pattern)
    plain = re.compile(twin.pattern.replace(lead.group(0), r"(?i)\b", 1), twin.flags)
    for text in ["He said on Monday", "in the ", "SAID IN A STATEMENT ON ", "\u017fays on ", "into \u0130n "]:
        for t in (text, text.upper(), text.lower()):
            assert [m.span() for m in twin.finditer(t)] == [m.span() for m in plain.finditer(t)]


def test_no_lookahead_before_a_case_sensitive_opening_word():
    """A pattern opening on a case-sensitive word lets re skip to that word's occurrences; an opening
    lookahead would make it try every position instead."""
    for trigger in meetingcues.TRIGGERS:
        assert not re.match(r"\(\?=\[\w+\]\)\(\?-i:\w", trigger.pattern.pattern), trigger.pattern.pattern
