"""Actors, round 39: whose side a delegation's members and head are on, a country joined to a
participle ("U.S.-backed") that is no side, offices shared by two countries' adjectives ("the Thai and
Lao foreign ministers"), the office a counterpart holds, an office over a rank or a style, a body's
possessive before an office, offices listed "respectively", "on the X side" and "the minister from X"."""

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


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office outranks a military rank or a style written beside it
        (
            "Talks on the border drew navy commander Admiral Omar Dube of Kenya.",
            "Omar Dube",
            "navy commander",
        ),
        (
            "Zambia's Defence Minister Colonel Paul Tembo met his Malawian counterpart Major General Ken Banda.",
            "Ken Banda",
            "Defence Minister",
        ),
        (
            "Our guest was welcomed by Minister of Interior of the host nation Major General Ivan Petrov.",
            "Ivan Petrov",
            "Minister of Interior of the host nation",
        ),
        (
            "Signing for Fiji was Senator the Honourable Ana Rabuka, Minister of Trade and Tourism.",
            "Ana Rabuka",
            "Minister of Trade and Tourism",
        ),
        # near misses: a rank alone stays the role; a senator with no other office stays one
        ("The envoy held talks with General Omar Dube on Monday.", "Omar Dube", "General"),
        ("Signing for Fiji was Senator the Honourable Ana Rabuka.", "Ana Rabuka", "Senator"),
        (
            "The envoy met Lieutenant General Ivan Petrov, who spoke on Friday.",
            "Ivan Petrov",
            "Lieutenant General",
        ),
    ],
)
def test_office_outranks_a_rank_or_style(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a body's possessive before an office: the body's official, whatever country the office is for
        (
            "Before the vote in Juba, the UN's Special Representative of the Secretary-General for South "
            "Sudan (SRSG) Ramon Lamas briefed donors.",
            "Ramon Lamas",
            "United Nations",
        ),
        (
            "Donors in Juba heard from the AU's senior Sudan official Grace Njeri on Monday.",
            "Grace Njeri",
            "African Union",
        ),
        # near misses: a country's possessive; the office's own country after "for"
        (
            "Sudan's rivals met in Jeddah. Kenya's Special Envoy for Sudan Ramon Lamas told reporters the "
            "talks were useful.",
            "Ramon Lamas",
            "Kenya",
        ),
        ("Sudan's top official Grace Njeri said the talks were useful.", "Grace Njeri", "Sudan"),
    ],
)
def test_body_possessive_before_an_office(text: str, name: str, side: str) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a minister of a portfolio is not the president of the same side
        (
            "Togo's President Ana Lopes wrote to her Ghanaian counterpart, Kofi Mensah. Ghana's Minister "
            "of Mines said the letter arrived.",
            {"Ana Lopes", "Kofi Mensah", "Ghana's Minister of Mines"},
        ),
        # near miss: "the Ghanaian minister" with no portfolio is that side's diplomat
        (
            "Togo's Foreign Minister Ana Lopes met her Ghanaian counterpart, Kofi Mensah. The Ghanaian "
            "minister said the talks went well.",
            {"Ana Lopes", "Kofi Mensah"},
        ),
    ],
)
def test_portfolio_minister_is_no_other_office_holder(text: str, people: set[str]) -> None:
    assert set(_people(text)) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a plural office over a list of portfolios or countries, then the holders "respectively"
        (
            "Three new faces sat in the cabinet, the Ministers of Energy and Mines, Tourism, and Culture: Ama Boateng, "
            "Yaw Owusu and Efua Mensah, respectively.",
            {
                "Ama Boateng": ("Minister of Energy and Mines", None),
                "Yaw Owusu": ("Minister of Tourism", None),
                "Efua Mensah": ("Minister of Culture", None),
            },
        ),
        (
            "The envoy met the foreign ministers of Peru and Chile, Ana Soto and Jorge Rey, respectively.",
            {"Ana Soto": ("foreign minister", "Peru"), "Jorge Rey": ("foreign minister", "Chile")},
        ),
        # near misses: no "respectively"; as many holders as portfolios is not enough without it
        (
            "Three new faces sat in the cabinet with the Ministers of Energy, Tourism, and Culture, and by Ama Boateng "
            "and Yaw Owusu.",
            {"Ama Boateng": (None, None), "Yaw Owusu": (None, None)},
        ),
        (
            "The ministers of Energy and Tourism, Ama Boateng and Yaw Owusu, spoke first.",
            {"Ama Boateng": (None, None), "Yaw Owusu": (None, None)},
        ),
    ],
)
def test_offices_listed_respectively(text: str, people: dict[str, tuple[str | None, str | None]]) -> None:
    got = _people(text)
    assert {name: got[name] for name in people} == people


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # "on the <country> side": the side of the people the clause lists
        (
            "Seated on the Kenyan side of the table: Trade Minister Ruth Wafula and envoy Paul Kamau.",
            "Paul Kamau",
            "Kenya",
        ),
        ("For the Ghanaian side, deputy minister Kofi Mensah signed the accord.", "Kofi Mensah", "Ghana"),
        # near misses: a side named after the person; no side named
        ("On the Kenyan side of the border, Ugandan envoy Paul Kamau waited.", "Paul Kamau", "Uganda"),
        ("Also present were Trade Minister Ruth Wafula and envoy Paul Kamau.", "Paul Kamau", None),
    ],
)
def test_side_named_before_the_people(text: str, name: str, side: str | None) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # "the minister from X" met someone: X is the minister's own, no side of the people met
        (
            "The UN envoy Lena Berg arrived in Yangon. A retired ambassador from Sweden later questioned "
            "army spokesman Zaw Tun there.",
            "Zaw Tun",
            None,
        ),
        # near misses: a side the sentence names for all; a country the person comes from themselves
        ("The Swedish delegation met army spokesman Zaw Tun on Friday.", "Zaw Tun", "Sweden"),
        ("Army spokesman Zaw Tun from Myanmar met the envoy on Friday.", "Zaw Tun", "Burma"),
    ],
)
def test_where_an_office_holder_is_from_is_theirs_alone(text: str, name: str, side: str | None) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a lowercase office scoped by a plain noun, no article between
        ("The mayor's chief of staff Rosa Lind resigned on Monday.", "Rosa Lind", "chief of staff"),
        (
            "The governor thanked deputy chief of mission Omar Haddad for the visit.",
            "Omar Haddad",
            "deputy chief of mission",
        ),
        # near misses: no scope noun after "of"
        ("The award went to the president of the Sam Club.", "Sam Club", None),
        ("The aide in charge of receiving Omar Haddad left early.", "Omar Haddad", None),
    ],
)
def test_office_scoped_without_an_article(text: str, name: str, role: str | None) -> None:
    assert _roles(text).get(name) == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # initials after a given name are part of the name
        ("Retired senator Paul K.L. Hanson opened the fair.", "Paul K.L. Hanson"),
        ("Officials said Maria J.T. Okafor would attend.", "Maria J.T. Okafor"),
        # near miss: initials opening a name, as before
        ("Chief Minister M.K. Odhiambo spoke on Monday.", "M.K. Odhiambo"),
    ],
)
def test_initials_inside_a_name(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "Senior General": a graded rank, not the word "Senior"; an office written beside it wins
        ("Senior General Than Oo inspected the troops.", "Than Oo", "Senior General"),
        (
            "Envoys later saw the defence minister, Senior General Than Oo, in the capital.",
            "Than Oo",
            "defence minister",
        ),
        # near misses: "Senior" grading an office stays the office
        ("Senior Minister Lee Wen spoke at the forum.", "Lee Wen", "Senior Minister"),
        ("Senior adviser Lee Wen spoke at the forum.", "Lee Wen", "Senior adviser"),
    ],
)
def test_senior_general_is_a_rank(text: str, name: str, role: str) -> None:
    assert _roles(text)[name] == role
