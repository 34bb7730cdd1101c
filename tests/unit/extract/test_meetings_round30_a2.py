"""Meetings, round 30 (audit of unseen European and American stories): where a meeting is, read
around words that name no place of it, and two events of one sentence kept apart."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _meetings(text: str, published: date = date(2024, 5, 8)) -> list[tuple[str, str, str | None, str | None]]:
    doc = build_document(text, published)
    return [(m.kind, m.status, m.location, m.start) for m in doc.meetings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source's seat, told with its report verb, is not where the talks are
        (
            "Prime Minister Paul Roth will travel to Oslo this week for talks with his Norwegian counterpart"
            " Anna Berg, the government press office in Amsterdam has said.",
            "Oslo",
        ),
        (
            "Envoy Maria Lind held talks with mediator Paul Roth on Tuesday, officials in Geneva said.",
            None,
        ),
        # near miss: the place told after the talks themselves stays
        (
            "Envoy Maria Lind held talks with mediator Paul Roth in Geneva on Tuesday, officials said.",
            "Geneva",
        ),
        # a non-restrictive "which" clause's place is its own
        (
            "President Luis Ortega arrives on Thursday for the regional leaders' summit, which is expected to"
            " discuss the outcome of last month's referendum in Scotland.",
            None,
        ),
        # matters talked about: "challenges in", "cooperation in"
        (
            "Foreign Minister Maria Lind was expected to meet Prime Minister Paul Roth and give a speech on"
            " challenges in the Arctic.",
            None,
        ),
    ],
)
def test_places_that_are_not_the_meetings(text: str, expected: str | None) -> None:
    places = [loc for _, _, loc, _ in _meetings(text)]
    assert places and places[0] == expected


def test_earlier_meeting_in_relative_clause_stays_apart() -> None:
    # (Wednesday 2024-05-08) "who last met in Rome in March": a past meeting; the summit is Friday's
    text = (
        "Prime Minister Anna Berg and President Luis Ortega, who last met in Rome in March, are both due at"
        " the Baltic summit in Riga on Friday."
    )
    got = _meetings(text)
    assert ("meeting", "past", "Rome", "2024-03") in got
    assert ("summit", "upcoming", "Riga", "2024-05-10") in got


def test_earlier_sitting_at_a_summit_stays_one() -> None:
    # near miss: "last met on the sidelines of a summit in March" is the sitting at that summit
    text = "President Luis Ortega and Prime Minister Anna Berg last met in Oslo on the sidelines of a Nordic summit in March."
    assert [(k, loc) for k, _, loc, _ in _meetings(text)] == [("meeting", "Oslo")]


def test_same_sentence_same_day_still_one_event() -> None:
    # near miss: one sitting told twice in one sentence, no day of its own apart
    text = "President Luis Ortega met Prime Minister Anna Berg on Monday for talks in Riga."
    assert len(_meetings(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two leaders are both due at the summit in Riga on Friday.", "2024-05-10"),
        ("The minister is also due in Riga on Friday.", "2024-05-10"),
        # near misses: past tense, and no "be" before the adverb
        ("The two leaders were both due at the summit in Riga on Friday.", "2024-05-03"),
    ],
)
def test_due_after_a_word_of_degree_is_ahead(text: str, expected: str) -> None:
    doc = build_document(text, date(2024, 5, 8))
    assert [t.value for t in doc.timexes if t.text == "Friday"] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the source's seat, told with its report verb after it: not where the talks are
        (
            "Foreign Minister Jan Nowak will hold talks with his counterpart Dieter Hahn, the foreign ministry"
            " in Warsaw has said.",
            None,
        ),
        ("Foreign Minister Jan Nowak will hold talks with Dieter Hahn, officials in Warsaw said.", None),
        # near miss: the talks' own place, the report verb further on
        (
            "Foreign Minister Jan Nowak will hold talks with Dieter Hahn in Warsaw, the foreign ministry"
            " has said.",
            "Warsaw",
        ),
    ],
)
def test_report_verbs_seat_is_not_the_place(sentence: str, expected: str | None) -> None:
    from briefing_tui.extract.meetingactors import ActorIndex, location_near
    from briefing_tui.extract.meetingcues import Hit

    doc = build_document(sentence, date(2024, 5, 8))
    at = sentence.index("hold talks")
    hit = Hit(at, at + len("hold talks"), "talks", "verb")
    assert location_near(doc, ActorIndex(doc), hit, 0, len(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "cue", "expected"),
    [
        # two nations' adjectives joined by a hyphen before a noun name a matter, not a place
        (
            "Foreign Minister Maria Lind discussed issues around the region and in the Israeli-Lebanese"
            " border zone at a meeting with envoy Karl Olsen.",
            "meeting",
            None,
        ),
        # near miss: one adjective before a function word is a land's short name
        (
            "Foreign Minister Maria Lind had a meeting with envoy Karl Olsen in Belgrade.",
            "meeting",
            "Belgrade",
        ),
        # a name before a noun of a land ("the Andean country") is an epithet of it, no place
        ("Foreign Minister Maria Lind met envoy Karl Olsen in the Alpine country.", "met", None),
        ("Foreign Minister Maria Lind met envoy Karl Olsen in the Gulf nation on Monday.", "met", None),
    ],
)
def test_adjectives_name_no_place(sentence: str, cue: str, expected: str | None) -> None:
    from briefing_tui.extract.meetingactors import ActorIndex, location_near
    from briefing_tui.extract.meetingcues import Hit

    doc = build_document(sentence, date(2024, 5, 8))
    at = sentence.index(cue)
    hit = Hit(at, at + len(cue), "meeting", "noun" if cue == "meeting" else "verb")
    assert location_near(doc, ActorIndex(doc), hit, 0, len(sentence)) == expected
