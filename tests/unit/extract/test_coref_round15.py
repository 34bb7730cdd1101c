"""Stage coref (round 15): one actor per person across name forms, titles and initials."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import people

PUBLISHED = date(2023, 5, 2)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a headline title with the body's acronym is the holder named later under its full name
        (
            "ECOWAS Deputy Secretary General Visits Accra\n\nThe Deputy Secretary General of the Economic "
            "Community of West African States, Ambassador Kofi Mensah Boateng, arrived in Accra on Monday.",
            {"Kofi Mensah Boateng"},
        ),
    ],
)
def test_acronym_side_fits_full_name(text: str, names: set[str]) -> None:
    assert set(people(text, PUBLISHED, "affiliation", "aliases")) == names


def test_another_bodys_headline_office_is_not_his() -> None:
    # negative: the same office of another body is not his (nor, bare, a person of its own: round 34)
    found = people(
        "ASEAN Deputy Secretary General Visits Accra\n\nThe Deputy Secretary General of the Economic "
        "Community of West African States, Ambassador Kofi Mensah Boateng, arrived in Accra on Monday.",
        PUBLISHED,
        "aliases",
    )
    assert not any("ASEAN" in alias for alias in found["Kofi Mensah Boateng"][0])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # "X, who is Chairman of ...": the clause's office is X's, not a second person's
        (
            "Envoy Tomas Varga, who is Chairman of the Danube Task Force of the Council, met the mayor.",
            {"Tomas Varga"},
        ),
        (
            "Envoy Tomas Varga, who is also the Chairman of the Danube Task Force, met the mayor.",
            {"Tomas Varga"},
        ),
    ],
)
def test_relative_clause_office_is_the_persons(text: str, names: set[str]) -> None:
    found = people(text, PUBLISHED, "affiliation", "aliases")
    assert set(found) == names
    assert any("Chairman" in a for a in found["Tomas Varga"][1])


def test_relative_clause_possessed_office_is_not_the_persons() -> None:
    # negative: "who is the president's son" names another person's office
    found = people(
        "Omar Haddad, who is the President's son, met Prime Minister Lina Saleh.",
        PUBLISHED,
        "affiliation",
        "aliases",
    )
    assert not any("President" in a for a in found["Omar Haddad"][1])


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # initials readers know a person by ("MBS") are that person, not an organization
        (
            "Crown Prince Khalid bin Nasser met the envoy. Officials said KBN was pleased.",
            "Khalid bin Nasser",
            "KBN",
        ),
    ],
)
def test_initials_are_the_person(text: str, name: str, alias: str) -> None:
    doc = build_document(text, PUBLISHED)
    assert alias in people(text, PUBLISHED, "affiliation", "aliases")[name][1]
    assert not any(e.kind == "organization" and e.name == alias for e in doc.entities)


def test_initials_of_no_person_stay_an_organization() -> None:
    # negative: letters that spell no named person's initials
    doc = build_document(
        "Crown Prince Khalid bin Nasser met the envoy. Officials of KLM were pleased.", date(2023, 5, 2)
    )
    assert any(e.kind == "organization" and e.name == "KLM" for e in doc.entities)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a conferred honorific is no part of the name
        ("Prime Minister Datuk Seri Razak Hamzah met the envoy.", "Razak Hamzah"),
        ("Former premier Tun Dr Razak Hamzah met the envoy.", "Razak Hamzah"),
        ("Minister Tan Sri Razak Hamzah met the envoy.", "Razak Hamzah"),
        # negative: "Tan" as a family name stays
        ("Minister Tan Wei Ming met the envoy.", "Tan Wei Ming"),
    ],
)
def test_conferred_honorifics_dropped(text: str, name: str) -> None:
    assert name in people(text, PUBLISHED, "affiliation", "aliases")


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # the lexicon writes the honorific-like word as part of her name, and knows her side
        ("Prime Minister Sheikh Hasina met the envoy on Monday.", "Sheikh Hasina", "Bangladesh"),
        # negative: an honorific before a name the lexicon does not list is dropped
        ("Minister Sheikh Rahim Karimi met the envoy on Monday.", "Rahim Karimi", None),
    ],
)
def test_lexicon_name_keeps_its_honorific(text: str, name: str, side: str | None) -> None:
    assert people(text, PUBLISHED, "affiliation", "aliases")[name][0] == side


@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        # a bare "PM" in a Bangladeshi story is Bangladesh's, not the foreign premier named last
        (
            "DHAKA, May 2 (BSS) - Indian envoy Ravi Sharma called on Prime Minister Karim Rahman today. "
            "Rahman sent his regards to Indian Prime Minister Narendra Modi. PM's Principal Secretary "
            "Tofazzel Miah was present.",
            "Karim Rahman",
            "Narendra Modi",
        ),
        # negative: with the foreign premier the only one of the story, the title is his
        (
            "DHAKA, May 2 (BSS) - Indian envoy Ravi Sharma called on President Karim Rahman today. "
            "Rahman sent his regards to Indian Prime Minister Narendra Modi. PM's Principal Secretary "
            "Tofazzel Miah was present.",
            "Narendra Modi",
            "Karim Rahman",
        ),
    ],
)
def test_bare_pm_is_the_home_holder(text: str, holder: str, other: str) -> None:
    found = people(text, PUBLISHED, "affiliation", "aliases")
    assert "PM" in found[holder][1]
    assert "PM" not in found[other][1]


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # "The delegation includes Y": the side of who leads it, named in the sentence before, not
        # the dateline's
        (
            "SUVA, May 2 (AP) - Foreign Minister Winston Peters will lead a delegation to Palau. The "
            "delegation, which includes Hana Rawiri and Tom Kereama, will visit Palau.",
            "Tom Kereama",
            "New Zealand",
        ),
        (
            "SUVA, May 2 (AP) - Foreign Minister Winston Peters will lead a delegation to Palau. The "
            "delegation, which also includes Hana Rawiri, will visit Palau.",
            "Hana Rawiri",
            "New Zealand",
        ),
    ],
)
def test_delegation_members_take_leaders_side(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED, "affiliation", "aliases")[name][0] == side


def test_no_delegation_no_leaders_side() -> None:
    # negative: a delegation the last sentence does not speak of is not its subject's
    text = (
        "WELLINGTON, May 2 (AP) - Fiji's Prime Minister Sitiveni Rabuka hosted talks on Monday. The "
        "delegation includes lawmaker Hana Rawiri."
    )
    assert people(text, PUBLISHED, "affiliation", "aliases")["Hana Rawiri"][0] != "Fiji"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # "Commission spokesman X" after "the European Commission": the body's short name
        (
            "The European Commission will send aid, Commission chief spokesman Pierre Lenoir said on Monday.",
            "Pierre Lenoir",
            "European Commission",
        ),
        # negative: with no body of that head named before, no body is guessed
        (
            "Aid will be sent, Commission chief spokesman Pierre Lenoir said on Monday.",
            "Pierre Lenoir",
            None,
        ),
    ],
)
def test_short_body_name_before_title(text: str, name: str, side: str | None) -> None:
    assert people(text, PUBLISHED, "affiliation", "aliases")[name][0] == side


def kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in build_document(text, PUBLISHED).entities}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a country's own or official spelling is the country, not a person or a body
        ("Trade between Việt Nam and Chile grew last year.", "Vietnam", "country"),
        ("The minister will visit the Lao PDR next week.", "Laos", "country"),
        ("Officials from Brunei Darussalam met on Monday.", "Brunei", "country"),
    ],
)
def test_official_country_spellings(text: str, name: str, kind: str) -> None:
    assert kinds(text).get(name) == kind


def test_official_country_spellings_negative() -> None:
    # negative: a partial form is not taken for the country
    assert "Laos" not in kinds("The PDR Group said on Monday it would expand.")


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # an aide to an office is of the side of that office's holder, not the visitor's
        (
            "Ghana's Minister of Foreign Affairs, Ama Owusu, received the US Secretary of State, Jane Miller, "
            "in Accra. In Washington, the Special Assistant on Media to Minister of Foreign Affairs, Kofi "
            "Adjei, said the minister would raise trade.",
            "Kofi Adjei",
            "Ghana",
        ),
        # negative: an envoy to a country is not of that country's side
        (
            "Ghana's Minister of Foreign Affairs, Ama Owusu, received the US Ambassador to Ghana, Jane "
            "Miller, in Accra.",
            "Jane Miller",
            "United States",
        ),
    ],
)
def test_aide_takes_served_holders_side(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED, "affiliation", "aliases")[name][0] == side


def test_aide_is_not_the_minister() -> None:
    text = (
        "Ghana's Minister of Foreign Affairs, Ama Owusu, received the US Secretary of State, Jane Miller. "
        "The Special Assistant on Media to Minister of Foreign Affairs, Kofi Adjei, said the minister "
        "would raise trade."
    )
    found = people(text, PUBLISHED, "affiliation", "aliases")
    assert "the minister" in found["Ama Owusu"][1]
    assert "the minister" not in found["Kofi Adjei"][1]


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a lone surname before "government" is a head's: the lexicon's side for that surname
        ("Wong said Samoa welcomed the Albanese government's plans.", "Albanese", "Australia"),
        # negative: a lone surname with no office or government is left to context
        ("Wong said Samoa welcomed the plans Mr Albanese made.", "Albanese", "Samoa"),
    ],
)
def test_surname_naming_a_government(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED, "affiliation", "aliases")[name][0] == side


@pytest.mark.parametrize(
    ("text", "name", "linked"),
    [
        # the side written inside a description is its affiliation, not a word of the office
        (
            "Japanese Foreign Minister Kenji Sato met Korean Foreign Minister Park Min-ho. The top Japanese "
            "diplomat said ties were improving.",
            "Kenji Sato",
            True,
        ),
        (
            "The top U.S. envoy in Caracas has met officials. U.S. Charge d'Affaires Tom Reed declined to comment.",
            "Tom Reed",
            True,
        ),
        # negative: a description of another side's diplomat is not his
        (
            "Korean Foreign Minister Park Min-ho met reporters. The top Japanese diplomat said ties were improving.",
            "Park Min-ho",
            False,
        ),
    ],
)
def test_side_inside_description(text: str, name: str, linked: bool) -> None:
    aliases = people(text, PUBLISHED, "affiliation", "aliases")[name][1]
    assert any(a.lower().startswith("the top") for a in aliases) is linked


@pytest.mark.parametrize(
    ("text", "name", "alias", "linked"),
    [
        # "secretary-general" is the "Secretary General" written joined
        (
            "UN Secretary General Ana Lopes met the minister. The secretary-general said talks went well.",
            "Ana Lopes",
            "The secretary-general",
            True,
        ),
        # negative: a joined office of another head word is not hers
        (
            "UN Secretary General Ana Lopes met the minister. The director-general said talks went well.",
            "Ana Lopes",
            "The director-general",
            False,
        ),
        # "the Head of State" is the head of state named, whatever the office is called
        (
            "President Samuel Otieno met the envoy on Monday. The Head of State said ties were strong.",
            "Samuel Otieno",
            "The Head of State",
            True,
        ),
        # negative: "their Head of State" is someone else's
        (
            "Prime Minister Jane Holt met the envoy. She offered condolences on the death of their Head of State.",
            "Jane Holt",
            "their Head of State",
            False,
        ),
        # two titles joined by "and" before a name are both the name's; the first person is entity 0
        (
            "Prime Cabinet Secretary and Cabinet Secretary for Foreign Affairs, Ali Wekesa, met envoys. "
            "The Prime Cabinet Secretary said Kenya was ready.",
            "Ali Wekesa",
            "The Prime Cabinet Secretary",
            True,
        ),
    ],
)
def test_office_forms_join_their_holder(text: str, name: str, alias: str, linked: bool) -> None:
    assert (alias in people(text, PUBLISHED, "affiliation", "aliases")[name][1]) is linked


@pytest.mark.parametrize(
    ("text", "name", "found"),
    [
        # "the <demonym> <portfolio> <title>" no name resolves is one unnamed person of that side
        (
            "Prime Minister Ravi Perera held a phone call with the Indian External Affairs Minister on Monday.",
            "Indian External Affairs Minister",
            True,
        ),
        (
            "Prime Minister Ravi Perera held a phone call with the Indian Foreign Minister on Monday.",
            "Indian Foreign Minister",
            True,
        ),
        # negative: a loose office or a rank is no one in particular
        (
            "Prime Minister Ravi Perera held a phone call with the Indian minister on Monday.",
            "Indian minister",
            False,
        ),
        (
            "Prime Minister Ravi Perera held a phone call with the Indian special envoy on Monday.",
            "Indian special envoy",
            False,
        ),
    ],
)
def test_demonym_office_is_an_unnamed_person(text: str, name: str, found: bool) -> None:
    assert (name in people(text, PUBLISHED, "affiliation", "aliases")) is found


def test_initials_of_a_body_written_out_stay_the_body() -> None:
    # negative: "NDC" spells both a person's initials and a party the text names in full
    doc = build_document(
        "Nana Dankwa Cofie of the National Democratic Congress spoke. The NDC will meet on Monday.",
        date(2023, 5, 2),
    )
    assert not any("NDC" in e.aliases for e in doc.entities if e.kind == "person")


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a self-governing territory is a side of its own, not its metropole's demonym
        (
            "Tuilaepa met French Polynesia's Edouard Fritch before the summit.",
            "Edouard Fritch",
            "French Polynesia",
        ),
        ("Officials said Greenland's premier Mute Egede would attend.", "Mute Egede", "Greenland"),
        # negative: "French" alone is still France
        ("Tuilaepa met French President Emmanuel Macron before the summit.", "Emmanuel Macron", "France"),
    ],
)
def test_territories_are_sides(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED, "affiliation", "aliases")[name][0] == side


@pytest.mark.parametrize(
    ("text", "name", "linked"),
    [
        # "the <country> monarch" is that country's king, sultan or emir
        ("Anwar met Sultan Omar Saifuddin. The Brunei monarch hosted a dinner.", "Omar Saifuddin", True),
        # negative: a prime minister wears no crown
        (
            "Anwar met Prime Minister Omar Saifuddin. The Brunei monarch hosted a dinner.",
            "Omar Saifuddin",
            False,
        ),
    ],
)
def test_monarch_is_a_crowned_head(text: str, name: str, linked: bool) -> None:
    assert ("The Brunei monarch" in people(text, PUBLISHED, "affiliation", "aliases")[name][1]) is linked
