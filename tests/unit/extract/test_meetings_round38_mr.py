"""Meetings found, round 38: sentence forms of news writing found missed on unseen articles (recall):
a long topic before "with", meals taken together, a one-on-one, a guest received with a set-off place, a
delegation received, how a guest was welcomed, "met earlier in the day", "met and ...", and an office's
term word before a coordinated name.

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of, parties_of

PUBLISHED = date(2024, 3, 15)  # a Friday

RUIZ_SALAS = frozenset({"Ana Ruiz", "Pedro Salas"})


@pytest.mark.parametrize(
    "text",
    [
        # "discussed <a long topic> with <someone titled>": the one talked with
        "Minister Ana Ruiz discussed the water treaty, also known as the Basin Accord, with her Chilean "
        "counterpart Pedro Salas on Monday.",
        "President Ana Ruiz is due to discuss energy cooperation in greater depth with Chilean Prime Minister "
        "Pedro Salas next week.",
        "President Ana Ruiz on Sunday discussed border security and regional trade, along with other issues, "
        "with a congressional delegation headed by Senator Pedro Salas.",
        # meals taken together
        "President Ana Ruiz lunched with Prime Minister Pedro Salas in Lima.",
        "President Ana Ruiz will dine on Friday with Prime Minister Pedro Salas.",
        # a sitting of two told by its noun
        "Later President Ana Ruiz had a short one-on-one with Prime Minister Pedro Salas.",
        "President Ana Ruiz held a brief tete-a-tete with Prime Minister Pedro Salas.",
        # a guest received: the place set off by commas, a delegation and its leader, how it was welcomed
        "Minister Ana Ruiz received, at the Ministry's headquarters in Quito, General Pedro Salas, the army chief.",
        "President Ana Ruiz received a delegation from Peru led by Speaker Pedro Salas on Monday.",
        "President Ana Ruiz spoke while receiving a Peruvian delegation led by Speaker Pedro Salas.",
        "Prime Minister Ana Ruiz was received in private audience by King Pedro Salas on Tuesday.",
        "Prime Minister Ana Ruiz was greeted on Tuesday in a formal ceremony by President Pedro Salas.",
        # "met earlier in the day with", "met and <what they did>"
        "President Ana Ruiz met earlier in the day with Prime Minister Pedro Salas.",
        "President Ana Ruiz said she and Prime Minister Pedro Salas had met and were ready to sign the deal.",
        "President Ana Ruiz and Prime Minister Pedro Salas met and agreed to reopen the border.",
        # a word on the office's term before the second name of the subject
        "President Ana Ruiz and caretaker Prime Minister Pedro Salas held talks on Wednesday.",
        "President Ana Ruiz and outgoing President Pedro Salas held talks on Wednesday.",
    ],
)
def test_sentence_forms_found(text: str) -> None:
    assert RUIZ_SALAS in parties_of(text, PUBLISHED), text


@pytest.mark.parametrize(
    "text",
    [
        # the topic's own complement, or someone told by no title: no one talked with (no meeting at all)
        "President Ana Ruiz discussed ways to expand trade relations with Chile, said Pedro Salas.",
        "Pedro Salas said President Ana Ruiz would discuss issues of shared importance with the United States.",
        "President Ana Ruiz discussed the plan in detail with reporters, Pedro Salas said.",
        # a meal or a thing received, not a guest
        "President Ana Ruiz had lunch plans, Pedro Salas said.",
        "President Ana Ruiz received the Order of Merit from King Pedro Salas.",
        "President Ana Ruiz received a letter from Prime Minister Pedro Salas.",
        # a passive target met, not a sitting
        "The targets were met and exceeded, President Ana Ruiz told Pedro Salas.",
    ],
)
def test_sentence_forms_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == [], text


def test_only_the_long_topic_talks() -> None:
    # the long-topic reading gives one sitting, the talks
    text = (
        "Minister Ana Ruiz discussed the water treaty, also known as the Basin Accord, with her Chilean "
        "counterpart Pedro Salas on Monday."
    )
    assert meetings_of(text, PUBLISHED, "kind", "start") == [("talks", "2024-03-11")]


# -- the one who holds talks told outside the noun's own phrase ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an opening phrase with a plural sitting and no article: its holder opens the main clause
        "After talks with Foreign Minister Pedro Salas, Ana Ruiz said the deal was close.",
        "Besides talks with Foreign Minister Pedro Salas, Ana Ruiz is due to open a trade fair.",
        # the reporter's own phrase: where the reporter said it
        "Minister Ana Ruiz stressed the need for restraint during Wednesday's talks with her counterpart, "
        "Pedro Salas.",
        "Minister Ana Ruiz said at the meeting with President Pedro Salas that ties were strong.",
    ],
)
def test_holder_outside_the_phrase(text: str) -> None:
    assert RUIZ_SALAS in parties_of(text, PUBLISHED), text


@pytest.mark.parametrize(
    "text",
    [
        # a clause reported with its own verb: the reporter is not the one who held the talks
        "Minister Ana Ruiz said the deal was struck during the talks with President Pedro Salas.",
        "Minister Ana Ruiz said the envoys would sign it after the talks with President Pedro Salas.",
        # no sitting with anyone named in the opening phrase
        "After talks, Ana Ruiz said the deal with Pedro Salas was close.",
    ],
)
def test_holder_outside_the_phrase_near_misses(text: str) -> None:
    assert RUIZ_SALAS not in parties_of(text, PUBLISHED), text


# -- "a visit to neighbouring Kenya": a word on the land before its name -----------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Minister Pedro Salas paid a visit to friendly Kenya on Monday.", "Kenya"),
        ("Minister Pedro Salas will travel to neighbouring Kenya next week.", "Kenya"),
        ("Minister Pedro Salas flew to war-torn Sudan on Monday.", "Sudan"),
        ("Minister Pedro Salas was satisfied with his first visit to brotherly Kenya.", "Kenya"),
    ],
)
def test_visit_to_qualified_land(text: str, place: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind", "location") == [("visit", place)], text


@pytest.mark.parametrize(
    "text",
    [
        # sent to the land, or a word that is no qualifier of it: no trip
        "Minister Pedro Salas sent aid to war-torn Sudan on Monday.",
        "Minister Pedro Salas said the visit was important to neighbouring states.",
    ],
)
def test_visit_to_qualified_land_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == [], text


# -- "will sit down with X", "will deliver remarks to the Council" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Ana Ruiz will sit down with Prime Minister Pedro Salas on Monday.", RUIZ_SALAS),
        ("President Ana Ruiz sat down with Prime Minister Pedro Salas on Monday.", RUIZ_SALAS),
        (
            "Envoy Pedro Salas will deliver remarks to the UN Security Council on Thursday.",
            frozenset({"Pedro Salas", "UN Security Council"}),
        ),
        (
            "Envoy Pedro Salas delivered a briefing before the UN Security Council on Monday.",
            frozenset({"Pedro Salas", "UN Security Council"}),
        ),
    ],
)
def test_sit_down_and_remarks(text: str, expected: frozenset[str]) -> None:
    assert expected in parties_of(text, PUBLISHED), text


@pytest.mark.parametrize(
    "text",
    [
        # a thing delivered, a sit-in, a seat: no sitting with anyone
        "Envoy Pedro Salas delivered a letter to the UN Security Council on Monday.",
        "Envoy Pedro Salas delivered aid to the flooded towns of Chile on Monday.",
        "Protesters will sit in the square until President Ana Ruiz leaves.",
    ],
)
def test_sit_down_and_remarks_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == [], text


# -- "held bilateral meetings ..., holding talks with A, B and C": one sitting with each ---------------------


def test_participle_after_separate_sittings() -> None:
    text = (
        "On Monday Mr Ruiz had several bilateral meetings in the margins of the forum, holding talks with "
        "President Pedro Salas, Prime Minister Tom Mboya and Chancellor Ken Ito."
    )
    assert sorted(parties_of(text, PUBLISHED), key=sorted) == [
        frozenset({"Ruiz", "Ken Ito"}),
        frozenset({"Ruiz", "Pedro Salas"}),
        frozenset({"Ruiz", "Tom Mboya"}),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one sitting told, or no participle clause after the separate ones: the list meets together
        "On Monday Mr Ruiz had one meeting in the margins of the forum, holding talks with President Pedro "
        "Salas, Prime Minister Tom Mboya and Chancellor Ken Ito.",
        "After bilateral meetings last year, Mr Ruiz held talks with President Pedro Salas, Prime Minister Tom "
        "Mboya and Chancellor Ken Ito.",
    ],
)
def test_participle_after_separate_sittings_near_misses(text: str) -> None:
    assert frozenset({"Ruiz", "Pedro Salas", "Tom Mboya", "Ken Ito"}) in parties_of(text, PUBLISHED), text


# -- "Qatar hosted talks between A and B": the host takes part ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar hosted indirect talks between Israel and Hamas this month.", {"Qatar", "Israel", "Hamas"}),
        (
            "Kenya will host a meeting between Ethiopian and Somali officials.",
            {"Kenya", "Ethiopia", "Somalia"},
        ),
    ],
)
def test_host_of_talks_between(text: str, expected: set[str]) -> None:
    assert frozenset(expected) in parties_of(text, PUBLISHED), text


def test_host_of_talks_between_near_miss() -> None:
    # the one who speaks of the talks hosts nothing
    text = "Qatar said indirect talks between Israel and Hamas were close to a deal."
    assert frozenset({"Qatar", "Israel", "Hamas"}) not in parties_of(text, PUBLISHED)


# -- "said while meeting X", "visited Lima, meeting X", "held a bilateral with X", "received at the palace X" ---


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz flew home after meeting Prime Minister Pedro Salas.",
        "President Ana Ruiz visited Lima on Monday, meeting Prime Minister Pedro Salas.",
        '"We will do all we can," President Ana Ruiz said while meeting Peruvian counterpart Pedro Salas.',
        "President Ana Ruiz held a bilateral with Prime Minister Pedro Salas on Monday.",
        "President Ana Ruiz received at the presidential palace the visiting Prime Minister of Peru, Pedro Salas.",
    ],
)
def test_participle_and_noun_forms(text: str) -> None:
    assert RUIZ_SALAS in parties_of(text, PUBLISHED), text


@pytest.mark.parametrize(
    "text",
    [
        # a target met, a sitting of a body with no one named, a thing received
        "President Ana Ruiz flew home after meeting the target set by Pedro Salas.",
        "President Ana Ruiz left early, before meeting ended, Pedro Salas said.",
        "President Ana Ruiz received at the palace a letter from Prime Minister Pedro Salas.",
        "President Ana Ruiz held a bilateral summit on trade, Pedro Salas said.",
    ],
)
def test_participle_and_noun_forms_near_misses(text: str) -> None:
    assert RUIZ_SALAS not in parties_of(text, PUBLISHED), text
