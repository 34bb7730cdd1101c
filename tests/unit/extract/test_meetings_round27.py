"""Meetings, round 27: an arrival told with its day between the verb and the place ("arrived Tuesday
evening in Lima")."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _events(text: str) -> list[tuple[str, set[str], str | None]]:
    doc = build_document(text, date(2024, 5, 1))
    return sorted(
        ((m.kind, {doc.entities[i].name for i in m.participants}, m.location) for m in doc.meetings),
        key=lambda e: sorted(e[1]),
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Tom Lind arrived Tuesday evening in the Peruvian capital Lima, his office said.",
            [("visit", {"Tom Lind", "Peru"}, "Lima")],
        ),
        (
            "Prime Minister Ana Ruiz arrived late on Friday in Oslo for a two-day stay.",
            [("visit", {"Ana Ruiz", "Norway"}, "Oslo")],
        ),
        (
            "Finance Minister Jon Berg arrived yesterday morning in Nairobi.",
            [("visit", {"Jon Berg", "Kenya"}, "Nairobi")],
        ),
        # near misses: an arrival in a state, not a place; a day with no place after it
        ("The shipment sent by Tom Lind arrived Tuesday in poor condition.", []),
        ("Tom Lind arrived Tuesday, aides said.", []),
    ],
)
def test_arrival_with_its_day_between(text: str, expected: list[tuple[str, set[str], str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan was drawn up by President Ana Ruiz of Chile and President Jon Berg of Peru. "
            "Its details were not made public. Envoy Tom Lind prepared the agenda. "
            "Earlier, both presidents met on Monday in Quito.",
            [("meeting", {"Ana Ruiz", "Jon Berg"}, "Quito")],
        ),
        (
            "The plan was drawn up by President Ana Ruiz of Chile and President Jon Berg of Peru. "
            "The two leaders met on Monday in Quito.",
            [("meeting", {"Ana Ruiz", "Jon Berg"}, "Quito")],
        ),
        # near miss: the sentence before names three people, which two met is not told
        (
            "The plan was drawn up by President Ana Ruiz of Chile and President Jon Berg of Peru. "
            "Envoy Tom Lind, Minister Karl Weber and Senator Eva Holm prepared the agenda. "
            "Earlier, both presidents met on Monday in Quito.",
            [],
        ),
    ],
)
def test_the_two_named_sentences_before(text: str, expected: list[tuple[str, set[str], str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Lind and Ana Ruiz are expected to have their first bilateral meeting next month.",
            [("meeting", {"Tom Lind", "Ana Ruiz"}, None)],
        ),
        (
            "President Tom Lind and Chile's Chief adviser Professor Ana Ruiz will meet on Monday in Lima.",
            [("meeting", {"Tom Lind", "Ana Ruiz"}, "Lima")],
        ),
        (
            "President Tom Lind and Chile's Chief adviser Professor Ana Ruiz are expected to have their "
            "first meeting in Lima.",
            [("meeting", {"Tom Lind", "Ana Ruiz"}, "Lima")],
        ),
        # near misses: "their" before a noun that is no sitting
        ("The two sides had their differences, Tom Lind said.", []),
        ("Tom Lind and Ana Ruiz have their own plans for the region.", []),
    ],
)
def test_their_meeting_and_a_title_in_lower_case(
    text: str, expected: list[tuple[str, set[str], str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday, Foreign Minister Tom Lind hosted a dinner with Chilean officials in Oslo.",
            [("meeting", {"Tom Lind", "Chile"}, "Oslo")],
        ),
        (
            "President Tom Lind had a working lunch with Prime Minister Ana Ruiz.",
            [("meeting", {"Tom Lind", "Ana Ruiz"}, None)],
        ),
        (
            "Tom Lind had dinner with Senator Ana Ruiz in Lima on Friday.",
            [("meeting", {"Tom Lind", "Ana Ruiz"}, "Lima")],
        ),
        # near misses: a meal with nobody named, a meal talked about
        ("Tom Lind had lunch with reporters before leaving.", []),
        ("Tom Lind said the dinner with friends was pleasant.", []),
    ],
)
def test_a_meal_shared_with_others(text: str, expected: list[tuple[str, set[str], str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Tom Lind and visiting Chilean Foreign Minister Ana Ruiz on Friday discussed trade.",
            [("talks", {"Tom Lind", "Ana Ruiz"}, None)],
        ),
        (
            "President Tom Lind and visiting Foreign Minister Ana Ruiz on Friday discussed trade.",
            [("talks", {"Tom Lind", "Ana Ruiz"}, None)],
        ),
        # the sitting named again three sentences on, with its place, is the one told
        (
            "President Tom Lind and visiting Chilean Foreign Minister Ana Ruiz on Friday discussed trade. "
            "The statement gave no details. Officials declined to comment. "
            "Ana Ruiz told reporters after the meeting in the Norwegian capital of Oslo that ties were good.",
            # (the host's side known from the capital, the guest called visiting is on a visit there: round 33)
            [("visit", {"Ana Ruiz", "Norway"}, "Oslo"), ("talks", {"Tom Lind", "Ana Ruiz"}, "Oslo")],
        ),
        # near miss: two people of one side (no guest, no known sides) discussing a topic
        ("President Tom Lind and Foreign Minister Ana Ruiz on Friday discussed trade.", []),
    ],
)
def test_a_visiting_guest_as_the_second_side(
    text: str, expected: list[tuple[str, set[str], str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Apart from his meeting with President Ana Ruiz, Minister Tom Lind also met Senator Jon Berg.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, None), ("meeting", {"Jon Berg", "Tom Lind"}, None)],
        ),
        (
            "Besides his talks with President Ana Ruiz, Minister Tom Lind also had dinner with Senator Jon Berg.",
            [("talks", {"Ana Ruiz", "Tom Lind"}, None), ("meeting", {"Jon Berg", "Tom Lind"}, None)],
        ),
        # near miss: no opening phrase, one meeting with two guests
        (
            "Minister Tom Lind met President Ana Ruiz and Senator Jon Berg.",
            [("meeting", {"Ana Ruiz", "Jon Berg", "Tom Lind"}, None)],
        ),
    ],
)
def test_an_event_told_beside_the_clause(text: str, expected: list[tuple[str, set[str], str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Secretary Tom Lind arrived in Poland on Tuesday. Foreign Minister Ana Ruiz said on Tuesday after "
            "talks with Lind in Warsaw that ties were strong.",
            [("talks", {"Ana Ruiz", "Tom Lind"}, "Warsaw"), ("visit", {"Tom Lind", "Poland"}, "Warsaw")],
        ),
        # near misses: the traveller's other event is in another land; another traveller's is in the city
        (
            "Secretary Tom Lind arrived in Poland on Tuesday. He will meet Foreign Minister Ana Ruiz in Berlin "
            "next month.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Berlin"), ("visit", {"Tom Lind", "Poland"}, "Poland")],
        ),
        (
            "Secretary Tom Lind arrived in Poland on Tuesday. Minister Ana Ruiz met Senator Jon Berg in Warsaw "
            "on Tuesday.",
            [("meeting", {"Ana Ruiz", "Jon Berg"}, "Warsaw"), ("visit", {"Tom Lind", "Poland"}, "Poland")],
        ),
    ],
)
def test_a_visit_told_by_its_country_takes_the_city(
    text: str, expected: list[tuple[str, set[str], str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Tom Lind and Prime Minister Ana Ruiz are expected to have their first bilateral meeting "
            "at the upcoming Andean Summit in Lima next month.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima"), ("summit", {"Ana Ruiz", "Tom Lind"}, "Lima")],
        ),
        (
            "President Tom Lind and Prime Minister Ana Ruiz met on the sidelines of the Andean Summit in Lima on "
            "Monday.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima")],
        ),
        # near miss: the two attend the summit, no sitting of their own
        (
            "President Tom Lind and Prime Minister Ana Ruiz attended the Andean Summit in Lima on Monday.",
            [("summit", {"Ana Ruiz", "Tom Lind"}, "Lima")],
        ),
    ],
)
def test_a_sitting_held_at_a_gathering(text: str, expected: list[tuple[str, set[str], str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Tom Lind is due to meet Chile's President Ana Ruiz in Lima before heading to Quito on "
            "Wednesday for talks with Ecuador's President Jon Berg.",
            [
                ("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima"),
                ("visit", {"Ecuador", "Tom Lind"}, "Quito"),
                ("talks", {"Jon Berg", "Tom Lind"}, "Quito"),
            ],
        ),
        (
            "President Tom Lind met Chile's President Ana Ruiz in Lima before flying to Quito.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima"), ("visit", {"Ecuador", "Tom Lind"}, "Quito")],
        ),
        (
            "Brazil's President Tom Lind has arrived at the presidential palace in Lima for his first trip abroad.",
            [("visit", {"Peru", "Tom Lind"}, "Lima")],
        ),
        # near misses: the one heading on is told by a relative clause; arriving at a conclusion
        (
            "President Tom Lind met Chile's President Ana Ruiz in Lima, who was heading to Quito.",
            [("visit", {"Ana Ruiz", "Ecuador"}, "Quito"), ("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima")],
        ),
        ("Tom Lind arrived at the conclusion in March that the plan had failed.", []),
    ],
)
def test_the_subject_travels_on_before_heading(
    text: str, expected: list[tuple[str, set[str], str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Meeting President Ana Ruiz at the presidential office in Lima, Senator Tom Lind said that support "
            "was firm.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima")],
        ),
        # near misses: a room's name, a headline's "Meeting Of"
        ("Meeting Room B was closed on Monday, Senator Tom Lind said.", []),
        ("Meeting Of Minds: Tom Lind And Ana Ruiz Agree", []),
    ],
)
def test_an_opening_participle_meeting(text: str, expected: list[tuple[str, set[str], str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Czech Prime Minister Tom Lind received Slovak Prime Minister Ana Ruiz at the Kramar Villa in Prague "
            "on Tuesday.",
            [
                ("visit", {"Ana Ruiz", "Czech Republic"}, "Prague"),
                ("meeting", {"Ana Ruiz", "Tom Lind"}, "Kramar Villa, Prague"),
            ],
        ),
        (
            "Visiting Chinese Vice Premier Ana Ruiz called on Nepali Prime Minister Tom Lind at his official "
            "residence on Tuesday.",
            [("visit", {"Ana Ruiz", "Nepal"}, "Nepal"), ("meeting", {"Ana Ruiz", "Tom Lind"}, None)],
        ),
        # near misses: the guest's own trip is told; a guest of the host's own land; a host from elsewhere
        (
            "Czech Prime Minister Tom Lind received Slovak Prime Minister Ana Ruiz in Prague on Tuesday. "
            "Ruiz arrived in Prague on Monday.",
            [
                ("visit", {"Ana Ruiz", "Czech Republic"}, "Prague"),
                ("meeting", {"Ana Ruiz", "Tom Lind"}, "Prague"),
            ],
        ),
        (
            "Czech Prime Minister Tom Lind received Czech Senator Ana Ruiz in Prague on Tuesday.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Prague")],
        ),
        (
            "Slovak Prime Minister Ana Ruiz received Czech Prime Minister Tom Lind in Prague on Tuesday.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Prague")],
        ),
        (
            "Czech Prime Minister Tom Lind received Slovak Ambassador Ana Ruiz in Prague on Tuesday.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Prague")],
        ),
    ],
)
def test_a_guest_received_from_another_land(
    text: str, expected: list[tuple[str, set[str], str | None]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Tom Lind of Chile and President Ana Ruiz of Peru met in Lima. After the one-on-one "
            "meeting, the leaders of the countries will continue negotiations in an expanded format.",
            # (round 29: the guest's next sitting with the host, in the next sentence, goes on in Lima)
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima"), ("talks", {"Ana Ruiz", "Tom Lind"}, "Lima")],
        ),
        (
            "President Tom Lind of Chile and President Ana Ruiz of Peru met in Lima. He spoke of trade. "
            "She spoke of fishing. Lind praised the visit. The leaders of the countries will hold talks again.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima"), ("talks", {"Ana Ruiz", "Tom Lind"}, None)],
        ),
        # near miss: leaders of countries not told as the two just named
        (
            "President Tom Lind of Chile and President Ana Ruiz of Peru met in Lima. The leaders said that "
            "new rules will come.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Lima")],
        ),
    ],
)
def test_the_leaders_of_the_countries(text: str, expected: list[tuple[str, set[str], str | None]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India's Tom Lind and Pakistan's Ana Ruiz met in the Himalayan kingdom's capital of Thimphu on Sunday.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Thimphu")],
        ),
        (
            "Tom Lind met Ana Ruiz in the Gulf emirate's capital of Doha on Sunday.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Doha")],
        ),
        (
            "President Tom Lind will meet Prime Minister Ana Ruiz in the capital Tehran on Tuesday.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Tehran")],
        ),
        # near misses: the capital unnamed; the capital named after a comma, as before
        ("Tom Lind met Ana Ruiz in the capital on Monday.", [("meeting", {"Ana Ruiz", "Tom Lind"}, None)]),
        (
            "Tom Lind met Ana Ruiz in the nation's capital, Abu Dhabi, on Sunday.",
            [("meeting", {"Ana Ruiz", "Tom Lind"}, "Abu Dhabi")],
        ),
    ],
)
def test_a_land_described_then_its_capital(
    text: str, expected: list[tuple[str, set[str], str | None]]
) -> None:
    assert _events(text) == expected
