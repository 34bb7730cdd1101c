"""Meetings found, round 37: cue words and sentence forms of news writing found missed on unseen
articles (recall).

Sentences written for these tests; none is taken from an article.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import meetings_of, parties_of

PUBLISHED = date(2024, 3, 15)  # a Friday

RUIZ_SALAS = frozenset({"Ana Ruiz", "Pedro Salas"})


# -- "A and B attended the annual consultation meeting": a bare sitting two named people attend ------------


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz and President Pedro Salas attended the annual bilateral consultation meeting in Lima.",
        "President Ana Ruiz and Prime Minister Pedro Salas took part in the informal meeting in Oslo on Monday.",
        "Ana Ruiz and Pedro Salas attended the meeting.",
    ],
)
def test_sitting_attended_together(text: str) -> None:
    assert RUIZ_SALAS in parties_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # one attendee: no meeting of two actors; said of the meeting, not attended
        "President Ana Ruiz attended the annual consultation meeting in Lima on Monday.",
        "President Ana Ruiz and President Pedro Salas said the meeting had been useful.",
        "President Ana Ruiz and President Pedro Salas welcomed the outcome of the meeting.",
    ],
)
def test_sitting_attended_together_near_misses(text: str) -> None:
    assert RUIZ_SALAS not in parties_of(text, PUBLISHED)


# -- "met junta boss X": lower-case words before the title of the one met -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Envoy Ana Ruiz met junta boss Pedro Salas in the capital on Wednesday.",
        "Envoy Ana Ruiz met army chief Pedro Salas on Wednesday.",
        "Envoy Ana Ruiz also met home affairs minister Pedro Salas.",
    ],
)
def test_met_lower_case_title(text: str) -> None:
    assert ("meeting", RUIZ_SALAS) in meetings_of(text, PUBLISHED, "kind", "participants")


@pytest.mark.parametrize(
    "text",
    [
        # what was met is resistance, a goal: a preposition or a possessive follows, not a named holder
        "Envoy Ana Ruiz met resistance from President Pedro Salas.",
        "The plan of Ana Ruiz met stiff opposition from leader Pedro Salas.",
        "The proposal met opposition leader Pedro Salas's approval, Ana Ruiz said.",
    ],
)
def test_met_lower_case_title_near_misses(text: str) -> None:
    assert RUIZ_SALAS not in parties_of(text, PUBLISHED)


# -- "received the emir of X", "received at his official residence in Y the President": a host and his guest --


@pytest.mark.parametrize(
    ("text", "guest"),
    [
        (
            "Emir Hamad Nasser arrived in Riyadh on Monday. King Omar Faisal received the emir of Kuwait at the "
            "palace on Tuesday.",
            "Hamad Nasser",
        ),
        (
            "President Ana Ruiz received at her official residence in Lima the President of Chile Pedro Salas.",
            "Pedro Salas",
        ),
        ("President Ana Ruiz received at her office the President of Chile, Pedro Salas.", "Pedro Salas"),
    ],
)
def test_received_guest(text: str, guest: str) -> None:
    assert any(
        kind == "meeting" and guest in parties
        for kind, parties in meetings_of(text, PUBLISHED, "kind", "participants")
    )


@pytest.mark.parametrize(
    "text",
    [
        # a letter, a prize: no guest received
        "President Ana Ruiz received at her official residence a letter from Pedro Salas.",
        "President Ana Ruiz received the king's award, Pedro Salas said.",
    ],
)
def test_received_guest_near_misses(text: str) -> None:
    assert all(kind != "meeting" for (kind,) in meetings_of(text, PUBLISHED, "kind"))


# -- "in turn inviting X to Y": an invitation told by the participle -----------------------------------------


def test_inviting_participle_is_a_proposed_visit() -> None:
    text = "President Pedro Salas thanked his host, in turn inviting President Ana Ruiz to Peru."
    assert ("visit", "proposed", frozenset({"Ana Ruiz", "Pedro Salas", "Peru"})) in meetings_of(
        text, PUBLISHED, "kind", "status", "participants"
    )


@pytest.mark.parametrize(
    "text",
    [
        # thanked for inviting: the visit under way, told elsewhere; invited by someone else
        "President Ana Ruiz thanked President Pedro Salas for inviting her to Peru.",
        "President Ana Ruiz was honoured by inviting Pedro Salas to Peru, she said.",
    ],
)
def test_inviting_near_misses(text: str) -> None:
    assert all(kind != "visit" for (kind,) in meetings_of(text, PUBLISHED, "kind"))


# -- "engaged in a dialogue today with X", "will talk with X", "gathered today in Y" -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz engaged in a frank dialogue on Monday with Ambassador Pedro Salas.",
        "President Ana Ruiz engaged in lengthy discussions with Ambassador Pedro Salas on Monday.",
        "Tomorrow President Ana Ruiz will talk with Foreign Minister Pedro Salas about migration.",
    ],
)
def test_dialogue_and_talk_with(text: str) -> None:
    assert RUIZ_SALAS in parties_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # a talk given, an offer to talk with anyone: nobody met
        "President Ana Ruiz engaged in a dialogue with the public, Pedro Salas said.",
        "President Ana Ruiz said she was ready to talk with anyone, and Pedro Salas agreed.",
    ],
)
def test_dialogue_and_talk_with_near_misses(text: str) -> None:
    assert RUIZ_SALAS not in parties_of(text, PUBLISHED)


def test_gathered_today_in_place() -> None:
    text = "The leaders of Norway, Sweden and Finland gathered today in Bergen to discuss security."
    assert ("meeting", "Bergen", frozenset({"Norway", "Sweden", "Finland"})) in meetings_of(
        text, PUBLISHED, "kind", "location", "participants"
    )


# -- "a meeting between A and B on the sidelines of a summit": the sitting apart from the summit -----------


def test_meeting_on_the_sidelines_is_its_own_sitting() -> None:
    text = (
        "Talks came after a meeting between President Ana Ruiz and President Pedro Salas on the sidelines of an "
        "EU summit in Madrid."
    )
    found = meetings_of(text, PUBLISHED, "kind", "participants")
    assert ("meeting", RUIZ_SALAS) in found
    assert any(kind == "summit" for kind, _ in found)


def test_summit_meeting_between_is_one_summit() -> None:
    # the sitting is the summit itself, not held at another gathering
    text = "A summit meeting between President Ana Ruiz and President Pedro Salas was held in Vilnius."
    assert [kind for (kind,) in meetings_of(text, PUBLISHED, "kind")] == ["summit"]


# -- "The two leaders are expected to discuss ...": a sitting to come of the two people just named ---------


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz welcomed President Pedro Salas to Lima. The two leaders are expected to discuss trade.",
        "President Ana Ruiz began a visit to Peru at the invitation of President Pedro Salas. During the visit, "
        "the two countries' leaders will discuss security.",
        "President Ana Ruiz greeted President Pedro Salas. The two presidents are scheduled to discuss trade.",
    ],
)
def test_the_two_to_discuss(text: str) -> None:
    assert ("upcoming", RUIZ_SALAS) in meetings_of(text, PUBLISHED, "status", "participants")


@pytest.mark.parametrize(
    "text",
    [
        # a sitting told already, others to discuss: no second sitting of the two to come
        "President Ana Ruiz welcomed President Pedro Salas. The two leaders met on Monday to discuss trade.",
        "President Ana Ruiz spoke with President Pedro Salas. Officials are expected to discuss trade next month.",
    ],
)
def test_the_two_to_discuss_near_misses(text: str) -> None:
    assert ("upcoming", RUIZ_SALAS) not in meetings_of(text, PUBLISHED, "status", "participants")


# -- "has called X several times": a call, however often --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz has called President Pedro Salas several times since then to reassure him.",
        "President Ana Ruiz called President Pedro Salas repeatedly.",
    ],
)
def test_called_several_times(text: str) -> None:
    assert ("call", RUIZ_SALAS) in meetings_of(text, PUBLISHED, "kind", "participants")


def test_called_many_names_is_no_call() -> None:
    text = "President Ana Ruiz called President Pedro Salas many names, aides said."
    assert meetings_of(text, PUBLISHED, "kind") == []


# -- "the visit paid by X to Y", "the visit of X and the envoy, Z, to Y" --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The recent visit paid by Ana Ruiz, the president's adviser, to Peru touched on trade.",
        "The visit made by Ana Ruiz to Peru was useful.",
        "The next visit of Ana Ruiz and the special envoy, Pedro Salas, to Peru is aimed at calm.",
    ],
)
def test_visit_by_traveller(text: str) -> None:
    assert any(
        kind == "visit" and {"Ana Ruiz", "Peru"} <= parties
        for kind, parties in meetings_of(text, PUBLISHED, "kind", "participants")
    )


@pytest.mark.parametrize(
    "text",
    [
        # no destination after the traveller: a visit told elsewhere, a payment
        "The visit paid by Ana Ruiz was useful, Peru said.",
        "The costs of the visit were paid by Ana Ruiz, Peru said.",
    ],
)
def test_visit_by_traveller_near_misses(text: str) -> None:
    assert all(kind != "visit" for (kind,) in meetings_of(text, PUBLISHED, "kind"))


# -- "Indian and Pakistani foreign ministers meet in Astana": the present after the plural people who meet --


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        ("Peruvian and Chilean foreign ministers meet in Lima on Monday.", frozenset({"Peru", "Chile"})),
        ("Peru, Chile foreign ministers meet on sidelines of regional talks", frozenset({"Peru", "Chile"})),
    ],
)
def test_plural_people_meet(text: str, parties: frozenset[str]) -> None:
    assert ("meeting", parties) in meetings_of(text, PUBLISHED, "kind", "participants")


@pytest.mark.parametrize(
    "text",
    [
        # a standard met, a bare plural with no verb after it
        "Peruvian and Chilean ministers meet the criteria, officials said.",
        "Peruvian and Chilean ministers' meetings are rare.",
    ],
)
def test_plural_people_meet_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == []


# -- "at the end of its Extraordinary Summit": a body's own summit, its one party the body ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The regional bloc ASEAN agreed new fishing rules at the close of its Special Summit on the sea.",
        "The West African bloc ECOWAS will hold its Ordinary Summit next month.",
    ],
)
def test_body_own_summit(text: str) -> None:
    assert [
        (kind, len(parties)) for kind, parties in meetings_of(text, PUBLISHED, "kind", "participants")
    ] == [("summit", 1)]


@pytest.mark.parametrize(
    "text",
    [
        # a summit maybe held, the summit of nobody named
        "ECOWAS said it may hold a summit soon.",
        "ECOWAS said the summit would focus on Mali.",
        "ECOWAS said a NATO summit would not settle the dispute.",
    ],
)
def test_body_own_summit_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == []


# -- "the summit in Jakarta, which X attended": the attendees a relative clause tells after the gathering -----


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "The plan was approved at a regional summit in Lima last year, which Pedro Salas attended.",
            frozenset({"Pedro Salas"}),
        ),
        (
            "The points were agreed at the summit in Jakarta, which was attended by President Ana Ruiz and "
            "President Pedro Salas.",
            RUIZ_SALAS,
        ),
    ],
)
def test_gathering_which_attended(text: str, parties: frozenset[str]) -> None:
    assert ("summit", parties) in meetings_of(text, PUBLISHED, "kind", "participants")


@pytest.mark.parametrize(
    "text",
    [
        # the clause says something else of the summit; the press attended, not the one named after
        "The points were agreed at the summit in Jakarta, which Pedro Salas said was useful.",
        "The points were agreed at the summit in Jakarta, which the press attended with Pedro Salas.",
    ],
)
def test_gathering_which_attended_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == []


def test_visit_of_envoy_for_a_region() -> None:
    # the envoy's title names a region after "for": the destination is the place after "to"
    text = "The next visit of Ana Ruiz and the envoy for the Western Balkans, Pedro Salas, to Kosovo is aimed at calm."
    assert any(
        kind == "visit" and "Kosovo" in parties
        for kind, parties in meetings_of(text, PUBLISHED, "kind", "participants")
    )


# -- "The former foreign minister from Peru also met X": the described subject is the one the story follows ---


def test_described_subject_from_a_land() -> None:
    text = (
        "Envoy Ana Ruiz met President Pedro Salas on Monday. The 60-year-old former deputy foreign minister from "
        "Peru also met Prime Minister Clara Holm."
    )
    assert frozenset({"Ana Ruiz", "Clara Holm"}) in parties_of(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # another person described, not the one the story follows; a plural body
        "Envoy Ana Ruiz met President Pedro Salas on Monday. The head of the army also met Prime Minister Clara Holm.",
        "Envoy Ana Ruiz met President Pedro Salas on Monday. The two delegations from Peru also met Clara Holm.",
    ],
)
def test_described_subject_from_a_land_near_misses(text: str) -> None:
    assert frozenset({"Ana Ruiz", "Clara Holm"}) not in parties_of(text, PUBLISHED)


# -- "The two presidents will hold a joint press conference": the pair just named holds the sitting ---------


@pytest.mark.parametrize(
    "text",
    [
        "President Ana Ruiz arrived in Lima for talks with President Pedro Salas. The two presidents were also "
        "scheduled to hold a joint press conference after the talks.",
        "President Ana Ruiz met President Pedro Salas. Both leaders will hold a joint news conference later.",
    ],
)
def test_the_two_hold_a_conference(text: str) -> None:
    assert ("conference", RUIZ_SALAS) in meetings_of(text, PUBLISHED, "kind", "participants")


def test_the_two_hold_near_miss() -> None:
    # the pair's ministries hold it, not the two people; no pair named before
    text = "President Ana Ruiz met reporters. Officials will hold a joint press conference later, Pedro Salas said."
    assert ("conference", RUIZ_SALAS) not in meetings_of(text, PUBLISHED, "kind", "participants")


# -- "welcomed an Iranian delegation": a country's delegation, told by its adjective, is the guest -----------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Foreign Minister Clara Holm welcomed an Iranian delegation at her office in Oslo.",
            frozenset({"Clara Holm", "Iran"}),
        ),
        (
            "President Ana Ruiz received a Chinese trade delegation on Monday.",
            frozenset({"Ana Ruiz", "China"}),
        ),
    ],
)
def test_country_delegation_received(text: str, parties: frozenset[str]) -> None:
    assert ("meeting", parties) in meetings_of(text, PUBLISHED, "kind", "participants")


@pytest.mark.parametrize(
    "text",
    [
        # a proposal, a decision: no guest
        "President Ana Ruiz welcomed a Chinese proposal on Monday.",
        "President Ana Ruiz welcomed a Chinese decision to send a delegation.",
    ],
)
def test_country_delegation_near_misses(text: str) -> None:
    assert meetings_of(text, PUBLISHED, "kind") == []
