"""Meetings, round 35 (gatherings of many parties): general patterns of news writing missed on unseen articles.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 3, 15)  # a Friday


def _meetings(text: str) -> list[tuple]:
    return meetings_of(text, PUBLISHED, "kind", "participants", "status")


# -- "its" gathering: the body that owns it holds it ("The Council opened its annual session") ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Human Rights Council on Monday opened its fifty-fifth regular session in Geneva.",
            [("meeting", {"Human Rights Council"}, "past")],
        ),
        (
            "The Arab League wrapped up its two-day session in Cairo on Monday.",
            [("meeting", {"Arab League"}, "past")],
        ),
        # a titled sitting after "its"
        (
            "The Organization of American States began its General Assembly session in Lima on Wednesday.",
            [("meeting", {"Organization of American States"}, "past")],
        ),
        # "its" read by coreference: the body named in the sentence before
        (
            "The Southern African Development Community closed its meeting in Lusaka on Thursday. Its next "
            "summit will be held in Harare in August.",
            [
                ("meeting", {"Southern African Development Community"}, "past"),
                ("summit", {"Southern African Development Community"}, "upcoming"),
            ],
        ),
        # near misses: "its" a country's (no body's sitting), a bare noun with no owner named
        ("Norway will open its annual session of parliament on Monday.", []),
        ("The annual session opened in Oslo on Monday, Norwegian Prime Minister Lena Holt said.", []),
        ("The committee said on Monday that its work on the session was finished.", []),
    ],
)
def test_gathering_held_by_its_owner(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


# -- "The summit will also be attended by A and B": the gathering told just before, "also" said first ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norwegian Prime Minister Lena Holt will attend the Nordic Council summit in Oslo on Monday. The "
            "summit will also be attended by Danish Prime Minister Arno Veldt and Swedish Prime Minister "
            "Kari Lund.",
            [("summit", {"Lena Holt", "Nordic Council", "Arno Veldt", "Kari Lund"})],
        ),
        # the gathering's own days run on past the news day: a tense of the past before does not end it
        (
            "In a speech ahead of the March 15 to 17 summit in Oslo, Norwegian Prime Minister Lena Holt "
            "praised the bloc. The summit will also be attended by Danish Prime Minister Arno Veldt.",
            [("summit", {"Lena Holt", "Arno Veldt"})],
        ),
        # near misses: a gathering over before the news day, and "will" of one still to come
        (
            "Norwegian Prime Minister Lena Holt attended the Nordic Council summit in Oslo on Monday. The "
            "summit will also be attended by Danish Prime Minister Arno Veldt.",
            [("summit", {"Lena Holt", "Nordic Council"})],
        ),
    ],
)
def test_gathering_also_attended_by(text: str, expected: list[tuple]) -> None:
    # kinds and parties only: the statuses are another rule's
    assert [(k, p) for k, p, _ in _meetings(text)] == expected


# -- "a meeting in Lima between A and B": the words between the noun and its "between"/"with" are a phrase of
# day and place, never a clause of their own ("The meeting in Lima came after tensions flared between A and B")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day and place before the parties: one sitting
        (
            "The meeting on Monday in Luanda between Norwegian Foreign Minister Lena Holt and Danish Foreign "
            "Minister Arno Veldt was cordial.",
            [("meeting", {"Lena Holt", "Arno Veldt"}, "past")],
        ),
        (
            "Norwegian Foreign Minister Lena Holt and Danish Foreign Minister Arno Veldt held their meeting in "
            "Lima in accordance with the rules of the council.",
            [("meeting", {"Lena Holt", "Arno Veldt"}, "past")],
        ),
        # a clause between: those "between" are a quarrel's sides, no sitting's
        (
            "The meeting in Lima came after tensions flared between Norwegian Foreign Minister Lena Holt and "
            "Danish Foreign Minister Arno Veldt.",
            [],
        ),
        (
            "The meeting in Lima comes after a row between Norwegian Foreign Minister Lena Holt and Danish "
            "Foreign Minister Arno Veldt.",
            [],
        ),
    ],
)
def test_meeting_between_after_a_phrase_only(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected


# -- a gathering with no party of its own is held by the bodies its sentence names, up to a later clause of
# reason ("... after the Court issued a warrant": the Court is no party)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last year's summit in Oslo was moved online after the International Criminal Court issued a "
            "warrant.",
            [],
        ),
        (
            "The 2023 summit in Oslo ended early because the European Union recalled its envoy.",
            [],
        ),
        # the bodies before the clause stay: the host told in an aside, the one that held it
        (
            "Last year's summit in Oslo, which the European Union hosted, ended without a deal.",
            [("summit", {"European Union"}, "past")],
        ),
        (
            "Last year's summit in Oslo, held by the African Union, ended after a dispute with the European "
            "Union.",
            [("summit", {"African Union"}, "past")],
        ),
    ],
)
def test_bodies_named_before_a_later_clause(text: str, expected: list[tuple]) -> None:
    assert _meetings(text) == expected
