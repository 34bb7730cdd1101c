"""Stage roles, affiliations (round 37): a party's name that is a portfolio ("Minister of
Labour"), formal and territorial state names ("the Commonwealth of The Bahamas", "the Turks and
Caicos Islands"), the members of a delegation a pronoun leads."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names, people, side_of

PUBLISHED = date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister of Labour Rosa Keane opened the new job centre on Monday.",
            "Rosa Keane",
            "Minister of Labour",
        ),
        ("Ivan Drummond, Minister of Labour, visited the plant.", "Ivan Drummond", "Minister of Labour"),
        ("The Secretary of Labor Mara Quist spoke to the union.", "Mara Quist", "Secretary of Labor"),
        (
            "Olu Bakare, Minister for Labour and Employment, met the strikers.",
            "Olu Bakare",
            "Minister for Labour",
        ),
    ],
)
def test_labour_portfolio_is_no_party(text: str, name: str, role: str) -> None:
    got = people(text, PUBLISHED)
    assert got[name][0].startswith(role)
    assert got[name][1] not in ("Labour", "Labor")
    assert "Labour" not in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "name", "party"),
    [
        # near misses: the party itself, named as the body of the office or as a label
        ("Labour leader Tom Hale criticised the budget.", "Tom Hale", "Labour"),
        ("Gina Marsh, leader of the Labour Party, criticised the budget.", "Gina Marsh", "Labour"),
        ("Labour's finance spokesman Pat Reilly criticised the budget.", "Pat Reilly", "Labour"),
    ],
)
def test_labour_party_stays_the_party(text: str, name: str, party: str) -> None:
    assert side_of(text, PUBLISHED, name) == party


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Paul Rolle, Prime Minister of the Commonwealth of The Bahamas, opened the session.",
            "Paul Rolle",
            "Bahamas",
        ),
        ("Ebou Ceesay, President of the Republic of The Gambia, arrived in Dakar.", "Ebou Ceesay", "Gambia"),
        (
            "Dana Forbes, Deputy Premier of the Turks and Caicos Islands, closed the session.",
            "Dana Forbes",
            "Turks and Caicos Islands",
        ),
        ("Premier of Bermuda Lewis Trott welcomed the delegates.", "Lewis Trott", "Bermuda"),
        ("Prime Minister of Curacao Ruben Martina signed the accord.", "Ruben Martina", "Curacao"),
        # near misses: the country itself and a people's name stay as they were
        ("Turkish Foreign Minister Emre Kaya met the Turks living abroad.", "Emre Kaya", "Turkey"),
        ("Prime Minister of the Bahamas Paul Rolle spoke first.", "Paul Rolle", "Bahamas"),
    ],
)
def test_formal_and_territorial_names(text: str, name: str, country: str) -> None:
    assert side_of(text, PUBLISHED, name) == country


def test_commonwealth_of_a_state_is_no_commonwealth() -> None:
    text = "Paul Rolle, Prime Minister of the Commonwealth of The Bahamas, opened the session."
    assert "Commonwealth" not in names(text, PUBLISHED, "organization")
    assert names(text, PUBLISHED, "country") == ["Bahamas"]


_VISIT = "Karim Zadran, the foreign minister of Afghanistan, flew to Islamabad on Tuesday. "
_SECOND = "It is the first trip of Karim Zadran to Pakistan this year. "


@pytest.mark.parametrize(
    "third",
    [
        "He is leading a delegation comprising Minister for Finance Hadi Badri and Minister for Trade Nur Aziz.",
        "He leads a delegation that includes Minister for Finance Hadi Badri and Minister for Trade Nur Aziz.",
        "He will head a delegation including Minister for Finance Hadi Badri and Minister for Trade Nur Aziz.",
    ],
)
def test_delegation_led_by_a_pronoun(third: str) -> None:
    text = _VISIT + _SECOND + third
    assert side_of(text, PUBLISHED, "Hadi Badri") == "Afghanistan"
    assert side_of(text, PUBLISHED, "Nur Aziz") == "Afghanistan"


def test_delegation_received_by_a_pronoun_is_not_led() -> None:
    # near miss: the pronoun receives the delegation; its members are not the subject's
    text = (
        _VISIT + _SECOND + "He received a delegation including Minister for Finance Hadi Badri of Pakistan."
    )
    assert side_of(text, PUBLISHED, "Hadi Badri") == "Pakistan"


_TRIP = "Mexican President Ana Ortiz left on Monday for Washington to meet with Tom Hale. "


@pytest.mark.parametrize(
    "second",
    [
        "She is accompanied on the trip by the secretary of agriculture, Luis Brena, and the trade secretary, Eva Ruiz.",
        "She is accompanied during the visit by the secretary of agriculture, Luis Brena, and the trade secretary, Eva Ruiz.",
        "She was accompanied by the secretary of agriculture, Luis Brena, and the trade secretary, Eva Ruiz.",
    ],
)
def test_escorts_of_a_pronoun_share_its_side(second: str) -> None:
    text = _TRIP + second
    assert side_of(text, PUBLISHED, "Luis Brena") == "Mexico"
    assert side_of(text, PUBLISHED, "Eva Ruiz") == "Mexico"


def test_escort_cue_ends_at_the_hosts() -> None:
    # the visitor's escort ends where the hosts who greet them are named
    text = (
        "Mexican President Juan Lora, accompanied by his wife, was greeted at the palace in Kuala Lumpur"
        " by Malaysian King Tomas and Queen Elena Sofia."
    )
    assert side_of(text, PUBLISHED, "Elena Sofia") == "Malaysia"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Dr Alan Pierre, Minister of Foreign Affairs and Trade represented Grenada; Mrs Rita Lane,"
            " Deputy Premier, represented Montserrat.",
            "Alan Pierre",
            "Grenada",
        ),
        (
            "Dr Alan Pierre, Minister of Foreign Affairs and Trade represented Grenada; Mrs Rita Lane,"
            " Deputy Premier, represented Montserrat.",
            "Rita Lane",
            "Montserrat",
        ),
        (
            "Japan was represented by Foreign Minister Kenji Sato, while Peru sent its trade minister.",
            "Kenji Sato",
            "Japan",
        ),
        ("Trade Minister Ivo Marin represents Croatia at the summit in Rome.", "Ivo Marin", "Croatia"),
    ],
)
def test_the_state_a_person_represents(text: str, name: str, country: str) -> None:
    assert side_of(text, PUBLISHED, name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: another person's verb, and a passive whose first person is someone else
        ("Ruth Kane met Tom Bell, who represented Barbados at the summit.", "Ruth Kane"),
        ("Chile was represented by Luz Rojas and Brazil by Carl Weiss.", "Carl Weiss"),
    ],
)
def test_represents_is_no_side_of_others(text: str, name: str) -> None:
    assert (
        side_of(text, PUBLISHED, name) != "Chile"
        if "Chile" in text
        else side_of(text, PUBLISHED, name) is None
    )


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Prince Faisal bin Rashid, Minister of Foreign Affairs of Saudi Arabia, took a call on Monday.",
            "Faisal bin Rashid",
            "Minister of Foreign Affairs of Saudi Arabia",
        ),
        (
            "Minister of Culture Prince Nayef bin Adel opened the museum.",
            "Nayef bin Adel",
            "Minister of Culture",
        ),
        (
            "Saudi Ambassador to Jordan Prince Khalid bin Saud met the press.",
            "Khalid bin Saud",
            "Ambassador to Jordan",
        ),
        # near misses: an heir's office, a royal with no office, a peer's and a spouse's styles
        ("Saudi Crown Prince Nawaf bin Fahd met the visitors.", "Nawaf bin Fahd", "Crown Prince"),
        ("Deputy Crown Prince Ahmed bin Nasser also attended.", "Ahmed bin Nasser", "Deputy Crown Prince"),
        ("Princess Clara opened the new wing of the hospital.", "Clara", "Princess"),
        ("First Lady Rosa Mendes spoke at the school.", "Rosa Mendes", "First Lady"),
        ("Foreign Secretary Lord Ashby flew to Kyiv.", "Ashby", "Foreign Secretary"),
    ],
)
def test_a_birth_style_yields_to_the_office(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


def test_a_prince_with_an_office_is_still_the_prince() -> None:
    # the office is the role; "Prince Faisal" later is the same man
    text = (
        "Saudi Minister of Foreign Affairs Prince Faisal bin Rashid phoned Dr. Omar Zaki, prime minister"
        " of Palestine, on Saturday. During the call, Prince Faisal and the Palestinian leader discussed aid."
    )
    got = people(text, PUBLISHED)
    assert set(got) == {"Faisal bin Rashid", "Omar Zaki"}
    assert got["Faisal bin Rashid"][0] == "Minister of Foreign Affairs"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The talks stalled, and the mediator, Jonah Bako, flew home on Friday.", "Jonah Bako", "mediator"),
        (
            "Ministers of both states and the mediator Tito Mendes of Angola met again.",
            "Tito Mendes",
            "mediator",
        ),
        ("AU mediator Kofi Mensah arrived in Juba on Monday.", "Kofi Mensah", "mediator"),
        (
            "She later met the army's Commander-in-Chief Min Aung Tun in the capital.",
            "Min Aung Tun",
            "Commander-in-Chief",
        ),
        ("Commander-in-Chief Hla Win inspected the troops.", "Hla Win", "Commander-in-Chief"),
        # near misses: a lowercase noun that is no office of the name after it, a negotiator as before
        ("The mediation by Qatar helped, said Omar Haddad.", "Omar Haddad", None),
        ("Chief negotiator Sara Lind left the room.", "Sara Lind", "Chief negotiator"),
    ],
)
def test_mediators_and_commanders_in_chief(text: str, name: str, role: str | None) -> None:
    got = people(text, PUBLISHED)
    assert name in got
    assert (got[name][0] or "").lower().endswith(role.lower()) if role else got[name][0] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Lena Berg, Acting Special Representative of the Secretary-General and Head of the United Nations"
            " Assistance Mission in Somalia, spoke to reporters.",
            "Lena Berg",
            "Acting Special Representative of the Secretary-General",
        ),
        (
            "Omar Fadl, Deputy Executive Secretary of the Regional Economic Commission and Director of the"
            " West African Trade Policy Office, opened the forum.",
            "Omar Fadl",
            "Deputy Executive Secretary of the Regional Economic Commission",
        ),
        # near misses: a pair short enough stays whole; a long clause after the comma gives no office
        (
            "Lena Berg, Special Envoy and Head of the Mission, spoke to reporters.",
            "Lena Berg",
            "Special Envoy and Head of the Mission",
        ),
        (
            "Lena Berg, who has worked for many years in the region and Head of State visits as well as"
            " other missions, spoke to reporters.",
            "Lena Berg",
            None,
        ),
    ],
)
def test_long_pair_of_offices_keeps_the_first(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister of State for External Affairs R.K. Varma spoke in Hanoi.",
            "R.K. Varma",
            "Minister of State for External Affairs",
        ),
        ("Minister of Trade A.B. Nair signed the deal.", "A.B. Nair", "Minister of Trade"),
        ("Secretary of State J.K. Rowe flew to Lima.", "J.K. Rowe", "Secretary of State"),
        # near misses: a body's short name in capitals still ends the office; no initials stay as they were
        (
            "Prime Minister of the Lao PDR Sonexay Vong spoke first.",
            "Sonexay Vong",
            "Prime Minister of the Lao PDR",
        ),
        ("Minister of Trade Anil Nair signed the deal.", "Anil Nair", "Minister of Trade"),
    ],
)
def test_dotted_initials_open_the_name(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Energy Minister A. R. Qadri told a briefing on Sunday.", "A. R. Qadri", "Energy Minister"),
        ("Foreign Minister Dr A. K. Rahim told a briefing on Sunday.", "A. K. Rahim", "Foreign Minister"),
        # near misses: other initials as before; "A." before a full given name stays out of the name
        ("Energy Minister V. R. Qadri told a briefing on Sunday.", "V. R. Qadri", "Energy Minister"),
        ("Under plan A. Kumar Verma approved the budget.", "Kumar Verma", None),
    ],
)
def test_initial_a_opens_a_name(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "External Affairs Minister Ravi Menon spoke to Secretary of State Tom Reed on Friday.",
            "Ravi Menon",
            "India",
        ),
        (
            "The talks with External Affairs Minister Ravi Menon will be held in Canberra.",
            "Ravi Menon",
            "India",
        ),
        # near misses: a side the text states wins; a plain foreign minister gets no default
        ("Guyana's External Affairs Minister Hugh Todd spoke on Friday.", "Hugh Todd", "Guyana"),
        ("Foreign Minister Ravi Menon spoke to reporters on Friday.", "Ravi Menon", None),
    ],
)
def test_a_states_own_name_for_its_foreign_minister(text: str, name: str, country: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == country
