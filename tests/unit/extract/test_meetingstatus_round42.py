"""Meeting status, round 42: cues read from the clause they belong to, counted across the open articles.

A plan word after a past move ("flew in on Monday and was scheduled to hold talks") keeps the talks ahead; a
wish word inside a relative aside that opens before the words read ("X, who joined a forum aimed at seeking
peace, will meet Y") is the aside's; a sentence told from its first verb skips a relative aside's verb ("X,
who was joined by Y, will raise trade at the meeting"); a feeling told as felt ("was glad to meet X") tells
the sitting as held; a lead told in a full sentence keeps its tense when the story tells the event again (a
title line with no full stop takes the story's); a try after the trigger ("after failing to attend the
summit") puts nothing ahead; what a plan "would see" someone do is proposed; "was also expected in Kyiv"
is a plan told from a past report, still ahead; "a mission to go to Bamako" is ahead; what "would have"
happened did not, so it is no sitting.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 8)  # a Friday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan told after the past move: the sitting the move was for is still ahead
        (
            "Envoy Lara Petrov flew to Vienna on Monday and was scheduled to hold talks with Chancellor Otto Brandt.",
            [("visit", "past"), ("talks", "upcoming")],
        ),
        (
            "Minister Ivo Marek travelled to Kyiv on Tuesday and was expected to sit down with President Anna Koval.",
            [("visit", "past"), ("meeting", "upcoming")],
        ),
        # near misses: no plan word between, the move's purpose is held
        (
            "Envoy Lara Petrov flew to Vienna on Monday to meet Chancellor Otto Brandt.",
            [("visit", "past"), ("meeting", "past")],
        ),
        (
            "Minister Ivo Marek returned to Kyiv on Tuesday to meet President Anna Koval.",
            [("meeting", "past")],
        ),
        (
            "Minister Ivo Marek travelled to Kyiv last week to hold talks with President Anna Koval.",
            [("visit", "past"), ("talks", "past")],
        ),
    ],
)
def test_plan_word_after_a_past_move(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the aside opens more than the words read before the trigger: its wish is still its own
        (
            "President Anne Morel, who on Saturday joined a two-day forum of city mayors in Oslo aimed at seeking"
            " new ways to cut emissions, will meet Prime Minister Jonas Berg on Monday.",
            [("meeting", "upcoming")],
        ),
        (
            "President Anne Morel, who last month signed a climate pact in the Norwegian capital that her party had"
            " hoped to sign years ago, will meet Prime Minister Jonas Berg on Monday.",
            [("meeting", "upcoming")],
        ),
        # near misses: the wish is the main clause's, so the sitting is only proposed
        (
            "President Anne Morel, who on Saturday joined a two-day forum of city mayors in Oslo aimed at cutting"
            " emissions, hopes to meet Prime Minister Jonas Berg on Monday.",
            [("meeting", "proposed")],
        ),
        (
            "President Anne Morel, who on Saturday joined a two-day forum of city mayors in Oslo aimed at cutting"
            " emissions, would like to meet Prime Minister Jonas Berg soon.",
            [("meeting", "proposed")],
        ),
        (
            "President Anne Morel hopes to meet Prime Minister Jonas Berg on Monday.",
            [("meeting", "proposed")],
        ),
    ],
)
def test_wish_inside_an_aside_opened_early(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence's first verb is read past the relative aside
        (
            "Prime Minister Jonas Berg, who was joined by Finance Minister Lena Holt, will press for lower tariffs"
            " on timber, grain and steel when he sits down for the meeting with President Anne Morel.",
            [("meeting", "upcoming")],
        ),
        (
            "Prime Minister Jonas Berg, who arrived on Sunday, will push for a ferry line between the two ports,"
            " fishing quotas and cheaper power for the islands in his talks with President Anne Morel.",
            [("talks", "upcoming")],
        ),
        (
            "Prime Minister Jonas Berg, who will fly home on Sunday, pushed for a ferry line between the two ports,"
            " fishing quotas and cheaper power for the islands in his talks with President Anne Morel.",
            [("talks", "past")],
        ),
        # near misses: no aside, the main verb as before
        (
            "Prime Minister Jonas Berg pushed for a ferry line between the two ports, fishing quotas and cheaper"
            " power for the islands in his talks with President Anne Morel.",
            [("talks", "past")],
        ),
        (
            "Prime Minister Jonas Berg will raise questions of regional trade, fishing quotas and of the living"
            " conditions in the northern towns in his talks with President Anne Morel.",
            [("talks", "upcoming")],
        ),
    ],
)
def test_first_verb_skips_a_relative_aside(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feeling told in the past about the sitting: it was held
        (
            "Trade Minister Ivo Marek said he has been delighted to meet with President Anne Morel and her cabinet.",
            [("meeting", "past", None)],
        ),
        (
            "Foreign Minister Lena Holt said she was glad to meet President Anne Morel in Paris.",
            [("meeting", "past", None)],
        ),
        (
            "Foreign Minister Lena Holt said she was honoured to hold talks with President Anne Morel.",
            [("talks", "past", None)],
        ),
        (
            "Foreign Minister Lena Holt said she was pleased to meet President Anne Morel on Tuesday.",
            [("meeting", "past", "2024-03-05")],
        ),
        # near misses: the feeling is still ahead, or felt now about a trip with its week ahead, or a "was"
        # that only reports a feeling about a sitting told ahead ("I am glad to meet X next week")
        (
            "Foreign Minister Lena Holt said she was happy to meet President Anne Morel next week.",
            [("meeting", "upcoming", None)],
        ),
        (
            "Trade Minister Ivo Marek said he was pleased to hold talks with President Anne Morel in the coming days.",
            [("talks", "upcoming", None)],
        ),
        (
            "Trade Minister Ivo Marek told reporters he was happy to visit Seoul again soon.",
            [("visit", "upcoming", None)],
        ),
        (
            "Foreign Minister Lena Holt said she will be glad to meet President Anne Morel next week.",
            [("meeting", "upcoming", None)],
        ),
        (
            "Foreign Minister Lena Holt said she is pleased to visit Tokyo next week.",
            [("visit", "upcoming", None)],
        ),
    ],
)
def test_feeling_told_as_felt(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status", "start") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead told in a full sentence of its own keeps its tense when the story names the event again
        (
            "President Lina Varga has arrived in Vienna on her first visit to Austria since taking office.\n\n"
            "Varga said she is glad to visit Vienna at a time of warm ties.",
            [("visit", "past")],
        ),
        (
            "Foreign Minister Ana Lund has paid a visit to Norway, her first since taking office.\n\n"
            "Lund is pleased to visit Norway in spring, she said.",
            [("visit", "past")],
        ),
        # near misses: a title line with no full stop takes the story's tense, as before; a lead and a wish
        # in the story keep the lead's
        (
            "Lina Varga visits Vienna\n\nPresident Lina Varga will pay a visit to Austria next week, her office said.",
            [("visit", "upcoming")],
        ),
        (
            "President Lina Varga held talks with Chancellor Otto Brandt in Berlin.\n\n"
            "Varga wants the talks with Brandt to bring a deal on gas.",
            [("talks", "past")],
        ),
    ],
)
def test_lead_sentence_keeps_its_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a try after the trigger ("after failing to attend") tells no time ahead: the main verb, far on the
        # left behind a long name, decides
        (
            "Governor Mia Torres has opened three new clinics alongside her deputy, Carlos Alberto Mendoza Ruiz,"
            " during her working visit to Quito, despite failing to attend the week's budget hearing.",
            "past",
        ),
        (
            "Governor Mia Torres has opened three new clinics alongside her deputy, Ram\u00f3n Ib\u00e1\u00f1ez"
            " G\u00fcell, during her working visit to Quito, despite failing to attend this year\u2019s budget hearing.",
            "past",
        ),
        # near misses: the main verb is ahead, or a plan follows the trigger
        (
            "Governor Mia Torres will open three new clinics alongside her deputy, Carlos Alberto Mendoza Ruiz,"
            " during her working visit to Quito, despite failing to attend the week's budget hearing.",
            "upcoming",
        ),
        ("Governor Mia Torres's working visit to Quito is to begin on Monday.", "upcoming"),
    ],
)
def test_a_try_after_the_trigger(text: str, expected: str) -> None:
    assert [status for kind, status in meetings_of(text, PUBLISHED, "kind", "status") if kind == "visit"] == [
        expected
    ], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a plan or deal would bring about is not set: proposed
        (
            "Officials are drafting a plan which would see Foreign Minister Lena Holt and Defence Minister Ivo"
            " Marek travel to Japan and Korea for talks.",
            [("visit", "proposed"), ("talks", "proposed")],
        ),
        ("The deal would see President Anne Morel visit Oslo in the spring.", [("visit", "proposed")]),
        # near misses: an outcome set, or a trip told plainly
        (
            "Officials are drafting a plan which will see Foreign Minister Lena Holt travel to Japan next week.",
            [("visit", "upcoming")],
        ),
        ("Foreign Minister Lena Holt will travel to Japan and Korea for talks.", [("visit", "upcoming")]),
    ],
)
def test_what_a_plan_would_see(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan told from a past report ("was expected in", "were scheduled to") is still ahead for it
        (
            "Minister Ivo Marek was also expected in Kyiv to hold talks with President Anna Koval, an aide told"
            " reporters on Wednesday.",
            [("visit", "upcoming"), ("talks", "upcoming")],
        ),
        (
            "Minister Ivo Marek was expected in Kyiv for talks with President Anna Koval.",
            [("visit", "upcoming"), ("talks", "upcoming")],
        ),
        # near misses: a stay told in the past
        (
            "Minister Ivo Marek was in Kyiv on Wednesday for talks with President Anna Koval.",
            [("visit", "past"), ("talks", "past")],
        ),
        ("Minister Ivo Marek was also in Kyiv for talks with President Anna Koval.", [("talks", "past")]),
    ],
)
def test_plan_told_from_a_past_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "to go to" a place, the purpose of a mission or a plan: the trip is ahead
        (
            "The meeting named a delegation of the Kenyan and Ugandan presidents to go to Juba for the peace talks.",
            "upcoming",
        ),
        (
            "The bloc named a team led by Foreign Minister Lena Holt and Defence Minister Ivo Marek to go to Kyiv.",
            "upcoming",
        ),
        # near misses: a trip told in the past, or ahead by its own verb
        ("Foreign Minister Lena Holt went to Kyiv with Defence Minister Ivo Marek.", "past"),
        ("Foreign Minister Lena Holt will go to Kyiv with Defence Minister Ivo Marek.", "upcoming"),
    ],
)
def test_a_mission_to_go(text: str, expected: str) -> None:
    assert [status for kind, status in meetings_of(text, PUBLISHED, "kind", "status") if kind == "visit"] == [
        expected
    ], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what would or could have happened did not: no sitting
        (
            "Prime Minister Jonas Berg said President Anne Morel would have phoned him and would have agreed a budget"
            " by now.",
            [],
        ),
        (
            "Prime Minister Jonas Berg said he would have met President Anne Morel on Monday had his flight not"
            " been cancelled.",
            [],
        ),
        ("Prime Minister Jonas Berg could have visited Oslo last year.", []),
        # near misses: a sitting held, one ahead, or "have" as the main verb of the sitting
        (
            "Prime Minister Jonas Berg said he has spoken with President Anne Morel.",
            [("call", "past")],
        ),
        (
            "Prime Minister Jonas Berg said he would meet President Anne Morel on Monday.",
            [("meeting", "upcoming")],
        ),
        (
            "Prime Minister Jonas Berg said he would have talks with President Anne Morel on Monday.",
            [("talks", "upcoming")],
        ),
    ],
)
def test_what_would_have_been(text: str, expected: list[tuple[str, str]]) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "status") == expected, text
