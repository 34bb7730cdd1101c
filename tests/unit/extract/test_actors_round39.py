"""Actors, round 39: whose side a delegation's members and head are on, a country joined to a
participle ("U.S.-backed") that is no side, offices shared by two countries' adjectives ("the Thai and
Lao foreign ministers"), and the office a counterpart holds."""

from __future__ import annotations

import pytest

from briefing_tui.core.models import Article
from briefing_tui.extract.pipeline import run_pipeline


def _people(text: str) -> dict[str, tuple[str | None, str | None]]:
    article = Article(id="art-39", title=None, published="2024-03-05", text=text)
    return {a.name: (a.role, a.affiliation) for a in run_pipeline(article).actors if a.kind == "person"}


def _sides(text: str) -> dict[str, str | None]:
    return {name: side for name, (_, side) in _people(text).items()}


def _roles(text: str) -> dict[str, str | None]:
    return {name: role for name, (role, _) in _people(text).items()}


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # members listed after a dash or a comma: the delegation's side, not the venue's
        (
            "At talks in Kampala, the Kenyan delegation \u2014 comprising Trade Secretary Paul Otieno and "
            "envoy Mary Wanjiru \u2014 met Ugandan officials.",
            "Paul Otieno",
            "Kenya",
        ),
        (
            "At talks in Lima, the Chilean delegation, including Senator Rosa Vidal and Deputy Tomas Lagos, "
            "met Peruvian officials.",
            "Tomas Lagos",
            "Chile",
        ),
        # the head of a delegation written with its body or country
        (
            "President Sisi hosted the talks in Cairo. On Sunday he met a Hamas delegation led by its deputy "
            "chief Omar Saleh.",
            "Omar Saleh",
            "Hamas",
        ),
        (
            "President Sisi hosted the talks in Cairo. He received a Japanese delegation headed by "
            "lawmaker Kenji Mori on Sunday.",
            "Kenji Mori",
            "Japan",
        ),
        # a delegation named after its leader: its members share the leader's side
        (
            "Ghana's Foreign Minister Ama Owusu arrived in Lome on Sunday. The Ama Owusu-led delegation "
            "met with Togolese Prime Minister Victoire Dogbe. The delegation includes Deputy Minister "
            "Kojo Mensah.",
            "Kojo Mensah",
            "Ghana",
        ),
        # near misses: the host of the delegation; a delegation named after no one of the story
        (
            "President Sisi hosted the talks in Cairo. On Sunday he met a Hamas delegation led by its deputy "
            "chief Omar Saleh.",
            "Sisi",
            "Egypt",
        ),
        (
            "Togolese Prime Minister Victoire Dogbe hosted talks in Lome on Sunday. The Accra-led "
            "delegation met with her. The delegation includes Deputy Minister Kojo Mensah.",
            "Kojo Mensah",
            "Togo",
        ),
    ],
)
def test_delegation_sides(text: str, name: str, side: str) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a list sharing one country beside a member placed by an agency
        (
            "The team includes NIA chief Ravi Rao, Pakistani envoy Omar Baig, Foreign Secretary "
            "Asma Qadir and trade adviser Ali Raza.",
            "Asma Qadir",
            "Pakistan",
        ),
        # near miss: two countries in the list, no one side for the rest
        (
            "The team includes Pakistani envoy Omar Baig, Indian envoy Ravi Rao and Foreign Secretary "
            "Asma Qadir.",
            "Asma Qadir",
            None,
        ),
    ],
)
def test_a_body_in_a_list_does_not_hide_the_country_the_others_share(
    text: str, name: str, side: str | None
) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        # a country joined to a participle tells who backs the holder or where they work, not their side
        (
            "Talks resumed between President Luis Arce and Pedro Vaca, the U.S.-funded rights campaigner.",
            "Pedro Vaca",
            ("rights campaigner", "Bolivia"),
        ),
        (
            "Officials in La Paz met President Luis Arce and Pedro Vaca, the U.S.-educated opposition "
            "leader, on Friday.",
            "Pedro Vaca",
            ("opposition leader", "Bolivia"),
        ),
        # near misses: the country as the side
        (
            "Talks resumed with Pedro Vaca, the Bolivian opposition leader, on Friday.",
            "Pedro Vaca",
            ("opposition leader", "Bolivia"),
        ),
        (
            "Talks resumed with Pedro Vaca, the U.S. ambassador, on Friday.",
            "Pedro Vaca",
            ("ambassador", "United States"),
        ),
    ],
)
def test_country_joined_to_a_participle_is_no_side(
    text: str, name: str, person: tuple[str | None, str | None]
) -> None:
    assert _people(text)[name] == person


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # an office two countries' adjectives share, its holders named in the next sentence
        (
            "The Peruvian and Chilean presidents spoke by phone. Peru's Ana Soto and Chile's Jorge Rey "
            "agreed to meet.",
            {"Ana Soto": "President", "Jorge Rey": "President"},
        ),
        (
            "The Thai and Lao foreign ministers met in Vientiane. Thailand's Somchai Wong and Laos's "
            "Khamla Vong signed a deal.",
            {"Somchai Wong": "Foreign Minister", "Khamla Vong": "Foreign Minister"},
        ),
        # near misses: the office already stated for that side; no shared office
        (
            "The Peruvian and Chilean presidents spoke. Peru's Ana Soto and Chile's Interior Minister "
            "Jorge Rey agreed.",
            {"Ana Soto": "President", "Jorge Rey": "Interior Minister"},
        ),
        (
            "The Peruvian and Chilean teams spoke. Peru's Ana Soto and Chile's Jorge Rey agreed.",
            {"Ana Soto": None, "Jorge Rey": None},
        ),
    ],
)
def test_office_shared_by_two_countries_adjectives(text: str, roles: dict[str, str | None]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "his <adjective> counterpart" of an office holder, named later with their country
        (
            "Spain's defence minister met his Moroccan counterpart on Monday. Spain's Ines Roca and "
            "Morocco's Karim Alami signed a pact.",
            "Karim Alami",
            "defence minister",
        ),
        # the counterpart named in a sentence of its own after the office holder's
        (
            '"We must act now," Kenyan Foreign Minister Ruth Wafula said on Monday. His Ugandan '
            "counterpart Moses Okello called for calm.",
            "Moses Okello",
            "Foreign Minister",
        ),
        # near misses: the office holder's own office; no office to borrow
        (
            "Spain's defence minister met his Moroccan counterpart on Monday. Spain's Ines Roca and "
            "Morocco's Karim Alami signed a pact.",
            "Ines Roca",
            "defence minister",
        ),
        (
            '"We must act now," Ruth Wafula said on Monday. Her Ugandan counterpart Moses Okello called for calm.',
            "Moses Okello",
            None,
        ),
    ],
)
def test_counterpart_holds_the_office_of_whom_they_match(text: str, name: str, role: str | None) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a country's or body's possessive before a bare name is the person's side
        ("Peru's Ana Soto and Chile's Jorge Rey agreed to meet.", "Jorge Rey", "Chile"),
        ("Hamas's Omar Saleh said the talks were over.", "Omar Saleh", "Hamas"),
        # near misses: a person's possessive; a country owning a title read elsewhere
        ("Lula's Ana Soto said the talks were over.", "Ana Soto", None),
        ("Peru's Foreign Minister Ana Soto met Chile's Interior Minister Jorge Rey.", "Jorge Rey", "Chile"),
    ],
)
def test_possessive_before_a_bare_name_is_the_side(text: str, name: str, side: str | None) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # an office told first, its holder named later: the one person of that side with no office
        (
            "Nepal's acting foreign minister flew to Dhaka for two days of talks. Trade will top the agenda "
            "for Nepal's Hari Thapa.",
            {"Hari Thapa": "acting foreign minister"},
        ),
        # near misses: that side's one person already holds an office; the holder named first
        (
            "Nepal's acting foreign minister flew to Dhaka for two days of talks. Nepal's Trade Minister Hari "
            "Thapa joined him.",
            {"Hari Thapa": "Trade Minister", "Nepal's acting foreign minister": "acting foreign minister"},
        ),
        (
            "Nepal's Hari Thapa flew to Dhaka for two days of talks. Nepal's acting foreign minister will follow.",
            {"Hari Thapa": None},
        ),
    ],
)
def test_office_named_before_its_holder(text: str, roles: dict[str, str | None]) -> None:
    assert _roles(text) == roles
