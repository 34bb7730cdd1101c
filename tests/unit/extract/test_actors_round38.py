"""Actors, round 38: a capital that opens a person the lexicon lists is a given name ("Santiago
Peña"), and an office told without its holder's name ("Ghana's finance minister") is no actor of the
story unless it speaks or meets."""

from __future__ import annotations

import pytest

from briefing_tui.core.models import Article
from briefing_tui.extract.pipeline import run_pipeline


def _people(text: str) -> list[str]:
    article = Article(id="art-38", title=None, published="2024-03-05", text=text)
    return [a.name for a in run_pipeline(article).actors if a.kind == "person"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a capital as the given name of a person the lexicon lists, told once in full
        ("The minister met Santiago Peña in Asunción on Monday.", ["Santiago Peña"]),
        ("The envoy briefed Riyadh Yassin, Iraq's trade minister, on Monday.", ["Riyadh Yassin"]),
        ("The agency quoted Wellington Koo on the drills.", ["Wellington Koo"]),
        # near misses: the capital as a place; a name the lexicon does not list stays as it was read
        ("Talks in Riyadh Monday ended.", []),
        ("Officials in Santiago Rivera district met on Monday.", []),
        ("Chile said Santiago Mendez would chair the panel, and Mendez agreed.", ["Santiago Mendez"]),
    ],
)
def test_capital_opening_a_listed_person_is_a_given_name(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an office the story mentions, its holder unnamed, who neither speaks nor meets
        ("The envoy praised Ghana's finance minister for the reform on Monday.", []),
        ("Kenya's trade minister was also in the room, the statement added.", []),
        ("The list of guests included Peru's foreign minister and two bankers.", []),
        # near misses: the unnamed holder speaks or meets; the description is a named person's
        ("Ghana's finance minister said the talks went well.", ["Ghana's finance minister"]),
        ("Peru's foreign minister will visit Quito next week, officials said.", ["Peru's foreign minister"]),
        ("Kofi Mensah, Ghana's finance minister, praised the reform on Monday.", ["Kofi Mensah"]),
    ],
)
def test_unnamed_office_is_no_actor_unless_it_acts(text: str, people: list[str]) -> None:
    assert _people(text) == people


def _roles(text: str) -> dict[str, str | None]:
    article = Article(id="art-38", title=None, published="2024-03-05", text=text)
    return {a.name: a.role for a in run_pipeline(article).actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a plural office introducing its holders: each takes the office in the singular
        (
            "Six ministers including Ana Ruiz, Tomas Vidal and Kofi Mensah joined the trip.",
            {"Ana Ruiz": "minister", "Tomas Vidal": "minister", "Kofi Mensah": "minister"},
        ),
        (
            "Several ministers, including Ana Ruiz and Tomas Vidal, flew to Lima.",
            {"Ana Ruiz": "minister", "Tomas Vidal": "minister"},
        ),
        (
            "In Lima, foreign ministers such as Ana Ruiz and Tomas Vidal met.",
            {"Ana Ruiz": "foreign minister", "Tomas Vidal": "foreign minister"},
        ),
        (
            "Most former cabinet ministers, including Ana Ruiz and Tomas Vidal, are in jail.",
            {"Ana Ruiz": "former cabinet minister", "Tomas Vidal": "former cabinet minister"},
        ),
        # near misses: a group that is no office; one name alone; a holder with a title of their own
        (
            "The delegation including Ana Ruiz and Tomas Vidal arrived on Monday.",
            {"Ana Ruiz": None, "Tomas Vidal": None},
        ),
        ("The ministers including Ana Ruiz spoke on Monday.", {"Ana Ruiz": None}),
        (
            "Lawmakers including Senator Ana Ruiz and Tomas Vidal spoke.",
            {"Ana Ruiz": "Senator", "Tomas Vidal": None},
        ),
    ],
)
def test_plural_office_introducing_its_holders(text: str, roles: dict[str, str | None]) -> None:
    assert _roles(text) == roles


def _sides(text: str) -> dict[str, str | None]:
    article = Article(id="art-38", title=None, published="2024-03-05", text=text)
    return {a.name: a.affiliation for a in run_pipeline(article).actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the family name of well-known people of one side, though the story never names them in full
        ("Boric was received in Buenos Aires by the vice chancellor.", {"Boric": None}),
        (
            "In January, Aliyev renewed his threats against Armenia, Azerbaijan's press reported.",
            {"Aliyev": "Azerbaijan"},
        ),
        ("Xi and Wickremesinghe held talks in Beijing on Tuesday.", {"Wickremesinghe": None}),
        # near misses: a surname that is a dictionary word; a place named after a person; a surname the
        # lexicon does not list
        ("Power cuts hit the capital on Monday.", {}),
        ("The plane landed at the Andrews airport near the city.", {}),
        ("Ortenzi was received in Lima by the vice chancellor.", {}),
    ],
)
def test_lone_surname_of_well_known_people(text: str, sides: dict[str, str | None]) -> None:
    assert _sides(text) == sides


def _bodies(text: str) -> list[str]:
    article = Article(id="art-38", title=None, published="2024-03-05", text=text)
    return [a.name for a in run_pipeline(article).actors if a.kind == "organization"]


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # capitals that name no body: an agreement's short form, an office, a surname in a credit
        ("The talks covered the Visiting Forces Agreement (VFA). Both sides said the VFA would stay.", []),
        ("The visit ended with the signing of an MOU on health.", []),
        ("Later, the EAM said the talks had focused on trade.", []),
        ("The leaders in Tashkent. Alexey NIKOLSKY/Reuters", ["Reuters"]),
        # near misses: a body's short form, spelt out or known
        (
            "The Association of Southeast Asian Nations (ASEAN) met. ASEAN said it would act.",
            ["Association of Southeast Asian Nations"],
        ),
        ("Sources at the FBI said the FBI would help.", ["FBI"]),
        ("The Pacific Fisheries Agency (PFA) met. The PFA said it would act.", ["Pacific Fisheries Agency"]),
    ],
)
def test_capitals_that_name_no_body(text: str, bodies: list[str]) -> None:
    assert _bodies(text) == bodies


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # "EAM": India's External Affairs Minister, an office before the name
        (
            "On Thursday, EAM Ravi Menon met the ambassador in Kathmandu.",
            {"Ravi Menon": "External Affairs Minister"},
        ),
        # near misses: the other abbreviated offices keep theirs
        ("On Thursday, FM Ravi Menon met the ambassador.", {"Ravi Menon": "Foreign Minister"}),
        ("On Thursday, PM Ravi Menon met the ambassador.", {"Ravi Menon": "Prime Minister"}),
    ],
)
def test_abbreviated_external_affairs_minister(text: str, roles: dict[str, str | None]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an office in the plural after its title word, and a site named with its village or pagoda
        ("The minister met Ghana's Consul Generals across the region.", []),
        ("Kofi Mensah addressed the Deputy Ministers in Accra on Monday.", ["Kofi Mensah"]),
        ("Kofi Mensah was welcomed to Nyumba Village by Ama Owusu.", ["Kofi Mensah", "Ama Owusu"]),
        ("Crowds thronged Shwe Linn Pagoda on Sunday, Ama Owusu said.", ["Ama Owusu"]),
        # near misses: one holder named after the office; a surname that ends in "s"
        ("Consul General Tomas Vidal met Kofi Mensah.", ["Tomas Vidal", "Kofi Mensah"]),
        ("Senator Ana Meadows met Kofi Mensah.", ["Ana Meadows", "Kofi Mensah"]),
    ],
)
def test_plural_offices_and_sites_are_no_people(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a title kept for life before the name, the office held apposed after it
        (
            "The delegation was led by Ambassador Kofi Mensah, Minister of Foreign Affairs and Cooperation.",
            {"Kofi Mensah": "Minister of Foreign Affairs and Cooperation"},
        ),
        (
            "Present was Cardinal Tomas Vidal, Secretary of State of the Holy See.",
            {"Tomas Vidal": "Secretary of State of the Holy See"},
        ),
        # near misses: no office apposed; a description, not an office; a head of state keeps the title
        ("Ambassador Kofi Mensah met the press in Accra.", {"Kofi Mensah": "Ambassador"}),
        ("Ambassador Kofi Mensah, a veteran diplomat, spoke.", {"Kofi Mensah": "Ambassador"}),
        ("President Ana Ruiz, the chair of the regional bloc, spoke.", {"Ana Ruiz": "President"}),
    ],
)
def test_office_apposed_after_a_kept_title(text: str, roles: dict[str, str | None]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # an office, then the holder's style written out after a comma, a doctor's title first
        (
            "Guests included the Prime Minister of Fiji, Dr. the Rt. Honourable Kofi Mensah, and "
            "the Prime Minister of Belize, Dr the Honourable Ana Ruiz.",
            {"Kofi Mensah": "Prime Minister of Fiji", "Ana Ruiz": "Prime Minister of Belize"},
        ),
        (
            "The Prime Minister of Belize, the Honourable Ana Ruiz, chaired the talks.",
            {"Ana Ruiz": "Prime Minister of Belize"},
        ),
        # near misses: no comma between the office and the style; the style alone
        ("Dr. the Honourable Ana Ruiz chaired the talks.", {"Ana Ruiz": None}),
        ("The talks were chaired by Dr. the Honourable Ana Ruiz.", {"Ana Ruiz": None}),
    ],
)
def test_office_before_a_written_out_style(text: str, roles: dict[str, str | None]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a lone name a letter off another's given name is someone else
        ("President Francois Ruiz has invited Pope Francis to visit Lima.", ["Francois Ruiz", "Francis"]),
        (
            "Minister Daniela Vidal met Daniel on Monday. Daniel said it went well.",
            ["Daniela Vidal", "Daniel"],
        ),
        # near misses: a family name misspelt by a letter is the same person's
        ("President Chan Santokhi arrived. Santoki said the talks went well.", ["Chan Santokhi"]),
        ("Minister Ana Ruizera spoke. Later, Ruizeta said no.", ["Ana Ruizera"]),
    ],
)
def test_misspelt_name_is_a_family_name(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a byline with its agency after a dash, or after the story's time stamp, below a date line
        (
            "Ruiz to attract investments\n\n2018-05-15 11:01 | news.example | 1\n\nLima, Peru, May 15\n\n"
            "By Kofi Mensah \u2013 Trend:\n\nDuring the visit of President Ana Ruiz to Lima, she met Tomas Vidal.",
            ["Ana Ruiz", "Tomas Vidal"],
        ),
        (
            "National\n\nRuiz and ministers hold talks\n\nRuiz began her visit with a dinner\n\n"
            "01 December 2021 - 11:24 Kofi Mensah\nPresident Ana Ruiz is visiting four nations.",
            ["Ana Ruiz"],
        ),
        # near misses: the writer the story names again; a name after a dash in the story's words
        (
            "Talks end\n\nBy Kofi Mensah \u2013 Trend:\n\nKofi Mensah said the talks went well, President Ana Ruiz added.",
            ["Kofi Mensah", "Ana Ruiz"],
        ),
        ("Talks end\n\nThe talks went well - Kofi Mensah said so on Monday.", ["Kofi Mensah"]),
    ],
)
def test_bylines_with_a_stamp_or_an_agency(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a name's particle capitalised later (a sentence's first word, a writer's habit): the same person
        ("Staffan de Mistura briefed the council. It is up to De Mistura to decide.", ["Staffan de Mistura"]),
        ("Crown Prince Mohammed bin Salman arrived. Bin Salman met the emir.", ["Mohammed bin Salman"]),
        # near misses: two people with that surname; a capitalised particle of the first telling
        (
            "Ana de Souza met Luis de Souza. De Souza said no.",
            ["Ana de Souza", "Luis de Souza", "De Souza"],
        ),
        ("Minister Ana De Souza spoke. Later, De Souza left.", ["Ana De Souza"]),
    ],
)
def test_capitalised_particle_of_a_name_told_before(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # an office scoped to the place told before ("to that country"), then its holder's name
        ("Ruiz was received by Chile's Ambassador to that country, Ana Vidal.", {"Ana Vidal": "Ambassador"}),
        ("Kenya's ambassador to the country, Ana Ruiz, welcomed him.", {"Ana Ruiz": "ambassador"}),
        # near miss: a place named in the scope stays in the office
        ("Kenya's ambassador to Peru, Ana Ruiz, welcomed him.", {"Ana Ruiz": "ambassador to Peru"}),
    ],
)
def test_office_scoped_to_the_country_told_before(text: str, roles: dict[str, str | None]) -> None:
    assert _roles(text) == roles


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a warship named after a person, after its class
        ("The leaders boarded the aircraft carrier George Washington in Yokosuka.", []),
        ("The destroyer John Finn docked in Manila on Monday.", []),
        # near misses: another carrier; a person after a class word that is no ship's
        ("The mail carrier Tomas Vidal said it was late.", ["Tomas Vidal"]),
        ("President Ana Ruiz boarded the carrier with Tomas Vidal.", ["Ana Ruiz", "Tomas Vidal"]),
    ],
)
def test_warships_named_after_people(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a title's word used as an adjective before a common noun: no one named
        ("The President called the General Election for May.", []),
        ("The PLO General Delegation to the United Nations said it would reply.", []),
        # near misses: a rank before a surname, even one that is a dictionary word
        ("General Lee and General Powell spoke on Monday.", ["Lee", "Powell"]),
        ("President Fleming met the press on Monday.", ["Fleming"]),
    ],
)
def test_title_word_as_adjective_before_a_common_noun(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a room of a seat of government is where leaders sit, not a body
        ("President Ana Ruiz met Tomas Vidal in the Oval Office for an hour.", []),
        ("Ahead of the Oval Office meeting, Ana Ruiz met Tomas Vidal.", []),
        # near misses: the seat itself, speaking; an office that is a body
        ("The White House said the talks went well.", ["White House"]),
        ("The Cabinet Office said it would reply on Monday.", ["Cabinet Office"]),
    ],
)
def test_rooms_of_a_seat_are_no_bodies(text: str, bodies: list[str]) -> None:
    assert _bodies(text) == bodies
