"""Review round 39: defects of the rule-based extractor the last review left open, each mended by a
general rule.

- a document an outlet was leaked ("The draft, seen by Reuters, says ...") is no one's statement: not
  the outlet's, nor the summit's it is drafted for; only an issuer its own phrase names speaks in it.
- a transcript's label for a role in the exchange ("A:", "PANELLIST:", "AUDIENCE MEMBER:"; one list,
  ``TRANSCRIPT_ROLE_LABELS``) is no actor, and its turn is no one's statement.
- "plans a" is the future verb only after its subject: after a determiner, a possessive or a
  preposition ("its plans a year ago", "under plans a minister unveiled") it is the noun.
- the countries of the people met ("met the foreign ministers of Chile and Peru") are no side of
  who met them.
- a traveller's undated trips to one land share the sitting that dates them, found once (a page of
  many such trips cost their square).
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import meetingtripdays
from tests.unit.extract.helpers import built, meetings_of, names, sides, timexes_of

PUBLISHED = date(2024, 5, 7)

_SUMMIT = "Leaders of the Group of Seven will meet in Oslo next week. "


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a leaked document speaks for no one: not the outlet that saw it, nor the summit told before
        (_SUMMIT + "The document, seen by Reuters, says leaders will back a new fund for ports.", []),
        (_SUMMIT + "The communique, obtained by the paper, says leaders will back a new fund for ports.", []),
        (
            _SUMMIT + "According to a draft text seen by Bloomberg, the bloc will pledge more aid for ports.",
            [],
        ),
        (_SUMMIT + "According to the document, seen by Reuters, leaders will back a fund for ports.", []),
        (
            "The cabinet meets on Friday. The paper, reviewed by the Financial Times, says taxes will rise.",
            [],
        ),
        # the issuer its own phrase names speaks in it, the outlet that saw it does not
        (
            "An OPEC document seen by Bloomberg says output will rise next month.",
            ["Organization of the Petroleum Exporting Countries"],
        ),
        (
            "According to a draft from the G7 seen by Reuters, leaders will pledge aid for ports.",
            ["Group of Seven"],
        ),
        ("According to a Foreign Office memo seen by the BBC, two embassies will close.", ["Foreign Office"]),
        ("A leaked memo seen by the Guardian says two embassies will close.", []),
        # near misses: the summit's own communique, a document issued by a body, a person described
        (
            "Leaders of the Group of Seven met in Oslo on Sunday. The communique says leaders back the fund.",
            ["Group of Seven"],
        ),
        (
            "Leaders of the Group of Seven met in Oslo on Sunday. The document says leaders back the fund.",
            ["Group of Seven"],
        ),
        (
            "The ECOWAS statement says the junta's leader was asked to the summit.",
            ["Economic Community of West African States"],
        ),
        (
            "Prime Minister Ana Ruiz, seen by rivals as weak, said the budget would pass next month.",
            ["Ana Ruiz"],
        ),
        ("Reuters reported that the leaders will pledge more aid for the ports.", ["Reuters"]),
        (
            "The Interior Ministry, criticised by the union, says the new rules will stand.",
            ["Interior Ministry"],
        ),
    ],
)
def test_leaked_document_is_no_ones_statement(text: str, speakers: list[str]) -> None:
    assert [speaker for _, speaker, _ in built(text, PUBLISHED)] == speakers


_EXCHANGE = (
    "AMBASSADOR LUND: We signed the fishing accord with our neighbours this morning.\n\n"
    "{label}: The second part of the accord covers the northern waters as well.\n\n"
    "AMBASSADOR LUND: Thank you all, and we will brief you again next week.\n"
)


@pytest.mark.parametrize(
    ("label", "bodies", "speakers"),
    [
        # a role in the exchange is no actor, and its turn is no one's (nor the speaker's before it)
        ("A", [], ["Lund", "Lund"]),
        ("Q", [], ["Lund", "Lund"]),
        ("PANELLIST", [], ["Lund", "Lund"]),
        ("PANELIST", [], ["Lund", "Lund"]),
        ("PARTICIPANT", [], ["Lund", "Lund"]),
        ("AUDIENCE MEMBER", [], ["Lund", "Lund"]),
        ("INTERVIEWER", [], ["Lund", "Lund"]),
        ("CORRESPONDENT", [], ["Lund", "Lund"]),
        ("HOST", [], ["Lund", "Lund"]),
        # near misses: a named speaker's label speaks; a body's own label stays the body
        ("MS. ORTA", [], ["Lund", "Orta", "Lund"]),
        ("UNICEF", ["UNICEF"], ["Lund", "Lund"]),
    ],
)
def test_transcript_role_labels_are_no_one(label: str, bodies: list[str], speakers: list[str]) -> None:
    text = _EXCHANGE.format(label=label)
    assert names(text, PUBLISHED, "organization") == bodies
    assert sorted(names(text, PUBLISHED, "person")) == sorted(set(speakers))
    assert [speaker for _, speaker, _ in built(text, PUBLISHED)] == speakers


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "plans" after a determiner, a possessive or a preposition is the noun: no time ahead
        ("On Friday, the ministry's plans a decade in the making came to nothing.", "2024-05-03"),
        ("On Friday, the ministry\u2019s plans a decade in the making came to nothing.", "2024-05-03"),
        ("On Friday, under plans a minister unveiled, the border reopened.", "2024-05-03"),
        ("On Friday, its plans a year old were dropped.", "2024-05-03"),
        ("On Friday, the new plans a panel drew up were made public.", "2024-05-03"),
        # near misses: the verb after its subject looks ahead; "plans to" looks ahead either way
        ("On Friday, the minister plans a visit to the border.", "2024-05-10"),
        ("On Friday, he plans a trip to the coast.", "2024-05-10"),
        ("On Friday, the union also plans a march through the capital.", "2024-05-10"),
        ("On Friday, under plans to widen the road, the bridge closes.", "2024-05-10"),
    ],
)
def test_plans_as_a_noun_tells_no_time_ahead(text: str, value: str) -> None:
    assert [v for words, v in timexes_of(text, PUBLISHED) if words == "Friday"] == [value]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Talks between Tom Berg and Ana Ruiz, part of plans a decade in the making, opened a new era.",
            "past",
        ),
        ("The meeting of Tom Berg and Ana Ruiz, under plans a panel drew up, opened a new era.", "past"),
        ("A summit of Tom Berg and Ana Ruiz under his plans a decade old opened a new era.", "past"),
        # near misses: the verb, or a plan told with its infinitive, still looks ahead
        ("Tom Berg also plans a meeting with Ana Ruiz in the spring.", "upcoming"),
        ("Talks between Tom Berg and Ana Ruiz, under plans to open the border, will start soon.", "upcoming"),
        # a photo's caption shows what was done: the noun "plan" puts nothing ahead
        ("Tom Berg (R) meets Ana Ruiz to discuss the harbour plan in Lima.", "past"),
        ("Tom Berg (L) meets Ana Ruiz in Lima to discuss their plans for the harbour.", "past"),
        ("Tom Berg (R) meets Ana Ruiz in Lima under a plan to widen the harbour.", "past"),
        # near misses: the verb, or another word ahead, and a caption with no plan at all
        ("Tom Berg (R) plans to meet Ana Ruiz in Lima.", "upcoming"),
        ("Tom Berg (R) will meet Ana Ruiz in Lima.", "upcoming"),
        ("Tom Berg (R) meets Ana Ruiz in Lima.", "past"),
    ],
)
def test_plans_as_a_noun_leaves_a_meeting_held(text: str, status: str) -> None:
    assert meetings_of(text, PUBLISHED, "status") == [(status,)]


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # the countries of the people met (the object, a list of others' countries) are no side of who met them
        (
            "On Monday, Defence Secretary Ola Brandt met the foreign ministers of Chile and Peru.",
            "Ola Brandt",
            None,
        ),
        ("Defence Secretary Ola Brandt met the foreign minister of Chile on Monday.", "Ola Brandt", None),
        (
            "Defence Secretary Ola Brandt held talks with the leaders of Ghana and Togo in Accra.",
            "Ola Brandt",
            None,
        ),
        (
            "Defence Secretary Ola Brandt, who met the prime ministers of Spain and Italy, said the pact held.",
            "Ola Brandt",
            None,
        ),
        ("Trade Minister Ola Brandt received the presidents of Chile, Peru and Bolivia.", "Ola Brandt", None),
        ("Defence Secretary Ola Brandt held talks with the leaders of Ghana on Monday.", "Ola Brandt", None),
        (
            "Defence Secretary Ola Brandt, who met the prime minister of Spain, said the pact held.",
            "Ola Brandt",
            None,
        ),
        # near misses: the one met, named after the country, keeps it; a side of one's own stays
        (
            "Defence Secretary Ola Brandt met the foreign minister of Chile, Rosa Vidal, on Monday.",
            "Rosa Vidal",
            "Chile",
        ),
        (
            "Chilean Defence Secretary Ola Brandt met the foreign ministers of Peru and Bolivia.",
            "Ola Brandt",
            "Chile",
        ),
        (
            "Ola Brandt, the prime minister of Spain, met the leaders of Ghana and Togo.",
            "Ola Brandt",
            "Spain",
        ),
        (
            "In Santiago, Defence Secretary Ola Brandt met the foreign minister of Peru.",
            "Ola Brandt",
            "Chile",
        ),
    ],
)
def test_countries_of_the_people_met_are_no_side_of_their_host(
    text: str, name: str, side: str | None
) -> None:
    assert sides(text, PUBLISHED).get(name) == side


_SITTING = "Trade Minister Rosa Vidal met President Luis Mora of Chile in Santiago on Monday. "


@pytest.mark.parametrize(
    ("trips", "lands", "asked"),
    [
        # one traveller's undated trips to one land share the sitting that dates them: looked for once
        ("Vidal visited Chile. " * 2, 1, 1),
        ("Vidal visited Chile. " * 8, 1, 1),
        ("Vidal visited Chile. " * 30, 1, 1),
        # near misses: each land of hers is looked for on its own
        ("Vidal visited Chile. Vidal visited Peru. " * 8, 2, 2),
        ("Vidal visited Chile. ", 1, 1),
    ],
)
def test_undated_visits_ask_once_for_their_sitting(
    monkeypatch: pytest.MonkeyPatch, trips: str, lands: int, asked: int
) -> None:
    calls: list[int] = []
    real = meetingtripdays._news_day_sitting

    def counted(*args: object) -> object:
        calls.append(1)
        return real(*args)

    monkeypatch.setattr(meetingtripdays, "_news_day_sitting", counted)
    found = meetings_of(_SITTING + trips, PUBLISHED, "kind", "start")
    assert len(calls) == asked
    # the trip to Chile still takes the day of the sitting there; one to Peru has none
    visits = sorted((start or "") for kind, start in found if kind == "visit")
    assert visits == sorted(["2024-05-06"] + [""] * (lands - 1))
