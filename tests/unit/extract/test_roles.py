"""Stage roles: the office and affiliation each person mention states."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def person(text: str, name: str) -> tuple[str | None, str | None]:
    """(role, affiliation) of the entity whose name contains ``name``."""
    doc = build_document(text, date(2023, 10, 24))
    for e in doc.entities:
        if e.kind == "person" and name in e.name:
            return e.role, e.affiliation
    raise AssertionError(f"{name!r} not found in {[e.name for e in doc.entities]}")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Chinese Foreign Minister Wang Yi spoke.", "Wang Yi", "Foreign Minister", "China"),
        (
            "Palestinian Foreign Minister Riyad al-Maliki spoke.",
            "Riyad al-Maliki",
            "Foreign Minister",
            "Palestine",
        ),
        ("Secretary of State Antony Blinken spoke.", "Antony Blinken", "Secretary of State", "United States"),
        (
            "Deputy Secretary of State Wendy Sherman spoke.",
            "Wendy Sherman",
            "Deputy Secretary of State",
            "United States",
        ),
        (
            "White House National Security Advisor Jake Sullivan spoke.",
            "Jake Sullivan",
            "National Security Advisor",
            "United States",
        ),
        (
            "Senate Majority Leader Chuck Schumer spoke.",
            "Chuck Schumer",
            "Senate Majority Leader",
            "United States",
        ),
        (
            "Japanese Minister for Foreign Affairs Hayashi Yoshimasa spoke.",
            "Hayashi Yoshimasa",
            "Minister for Foreign Affairs",
            "Japan",
        ),
        (
            "Republic of Korea Foreign Minister Chung Eui-yong spoke.",
            "Chung Eui-yong",
            "Foreign Minister",
            "South Korea",
        ),
        (
            "Crown Prince of Abu Dhabi Mohamed bin Zayed spoke.",
            "Mohamed bin Zayed",
            "Crown Prince of Abu Dhabi",
            "United Arab Emirates",
        ),
        # no side in these titles: the sides come from the known-people lexicon (knownpeople.py)
        (
            "Foreign Minister Sheikh Abdullah bin Zayed spoke.",
            "Abdullah bin Zayed",
            "Foreign Minister",
            "United Arab Emirates",
        ),
        ("USINDOPACOM Commander Admiral John Aquilino spoke.", "John Aquilino", "Commander", "USINDOPACOM"),
        (
            "Chief of Defense General Valeriy Zaluzhny spoke.",
            "Valeriy Zaluzhny",
            "Chief of Defense",
            "Ukraine",
        ),
        (
            "Labour's Shadow Home Secretary Yvette Cooper spoke.",
            "Yvette Cooper",
            "Shadow Home Secretary",
            "Labour",
        ),
        ("Facebook co-founder Mark Zuckerberg spoke.", "Mark Zuckerberg", "co-founder", "Facebook"),
    ],
)
def test_premodifier_titles(text: str, name: str, role: str, affiliation: str | None) -> None:
    assert person(text, name) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Wang Yi, China's foreign minister, spoke.", "Wang Yi", "foreign minister", "China"),
        ("John Kerry, the Secretary of State, called.", "John Kerry", "Secretary of State", "United States"),
        (
            "Major general Fuad Basya, spokesman for the Indonesian military, said it.",
            "Fuad Basya",
            "spokesman for the Indonesian military",
            "Indonesia",
        ),
        ("Ned Price, Department Spokesperson", "Ned Price", "Department Spokesperson", "United States"),
        (
            "Later, the U.S.'s top diplomat in China, Nicholas Burns, called on Beijing.",
            "Nicholas Burns",
            "top diplomat in China",
            "United States",
        ),
        (
            "In a statement, Malaysia's Prime Minister, Najib Razak said it.",
            "Najib Razak",
            "Prime Minister",
            "Malaysia",
        ),
        (
            "He was joined by the Crown Prince of Kuwait, Sheikh Mishal Al-Sabah, and others.",
            "Mishal Al-Sabah",
            "Crown Prince of Kuwait",
            "Kuwait",
        ),
    ],
)
def test_appositions(text: str, name: str, role: str, affiliation: str | None) -> None:
    assert person(text, name) == (role, affiliation)


def test_prepositional_object_before_a_name_is_not_an_apposition() -> None:
    text = "In a phone call with Saudi Arabia's top diplomat, Wang Yi said it was grave."
    role, _ = person(text, "Wang Yi")
    assert role is None


def test_list_of_names_is_not_an_apposition() -> None:
    text = "Foreign Minister Marise Payne, Japanese Foreign Minister Hayashi Yoshimasa, and others met."
    assert person(text, "Marise Payne")[0] == "Foreign Minister"
    assert person(text, "Hayashi Yoshimasa") == ("Foreign Minister", "Japan")


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        # an office *for* or *to* a country is about it, not of it
        ("Special Representative for Afghanistan Thomas West traveled.", "Thomas West", "United States"),
        ("Kenyan President William Ruto named a new Ambassador to Ukraine.", "William Ruto", "Kenya"),
        # the sentence's frame places the people met
        (
            "In the United Arab Emirates, the envoy met with Foreign Minister Sheikh Abdullah bin Zayed.",
            "Abdullah bin Zayed",
            "United Arab Emirates",
        ),
        (
            "While in Kyiv, the secretaries met with President Volodymyr Zelenskyy.",
            "Volodymyr Zelenskyy",
            "Ukraine",
        ),
        # the one other country in the sentence
        (
            "In a meeting with Prime Minister Hun Sen, Deputy Secretary of State Wendy Sherman stressed the U.S. commitment to the Cambodian people.",
            "Hun Sen",
            "Cambodia",
        ),
        (
            "We welcome the release of President Roch Kabore and hope to hear from Burkina Faso's authorities.",
            "Roch Kabore",
            "Burkina Faso",
        ),
    ],
)
def test_affiliation_from_context(text: str, name: str, affiliation: str) -> None:
    assert person(text, name)[1] == affiliation


def test_counterpart_takes_the_office_of_the_subject() -> None:
    text = (
        "Chinese Foreign Minister Wang Yi spoke. Wang told Israeli counterpart Eli Cohen that it was grave."
    )
    assert person(text, "Eli Cohen") == ("Foreign Minister", "Israel")


def test_no_title_no_role() -> None:
    assert person("Rohan Sethi said the plan would work.", "Rohan Sethi") == (None, None)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Sen. Chuck Schumer (D-N.Y.) criticized the plan.", "Chuck Schumer", "Senator", "United States"),
        ("Rep. Mike Johnson criticized the plan.", "Mike Johnson", "Representative", "United States"),
        (
            "Dr. Tedros Adhanom Ghebreyesus, the WHO director-general, said aid was blocked.",
            "Tedros Adhanom Ghebreyesus",
            "director-general",
            "World Health Organization",
        ),
        ("Supreme Leader Ayatollah Ali Khamenei spoke.", "Ali Khamenei", "Supreme Leader", "Iran"),
        (
            "CEO of the Refugee Council Enver Solomon said it.",
            "Enver Solomon",
            "CEO of the Refugee Council",
            "Refugee Council",
        ),
        (
            "He met leader of the Cambodia National Rescue Party Kem Sokha.",
            "Kem Sokha",
            "leader",
            "Cambodia National Rescue Party",
        ),
    ],
)
def test_abbreviated_titles_honorifics_and_bodies(
    text: str, name: str, role: str, affiliation: str | None
) -> None:
    assert person(text, name) == (role, affiliation)


def test_us_spelling_of_a_cabinet_office() -> None:
    text = "NATO troops have arrived in Bosnia, Defense Secretary William Perry said."
    assert person(text, "William Perry") == ("Defense Secretary", "United States")


def test_home_side_and_city_country_destinations() -> None:
    text = (
        "The below is attributable to Spokesperson Matthew Miller:\n\n"
        "Secretary of State Antony J. Blinken spoke today with Indian External Affairs Minister "
        "Subrahmanyam Jaishankar.\n\n"
        "Under Secretary for Political Affairs Victoria Nuland will travel to Kyiv, Ukraine, and Warsaw, Poland. "
        "Deputy Secretary Kurt Campbell met Polish officials."
    )
    assert person(text, "Matthew Miller")[1] == "United States"  # the side of the first person placed
    assert person(text, "Victoria Nuland")[1] == "United States"  # Poland is where she goes
    assert person(text, "Kurt Campbell")[1] == "United States"


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("North Korean leader Kim Jong Un did not respond.", "Kim Jong Un", "leader", "North Korea"),
        ("King Charles III hosted Japanese Emperor Naruhito.", "Naruhito", "Emperor", "Japan"),
    ],
)
def test_multiword_demonyms_and_monarchs(text: str, name: str, role: str, affiliation: str) -> None:
    assert person(text, name) == (role, affiliation)


def test_only_an_enumeration_shares_an_affiliation() -> None:
    kuwait = (
        "Blinken will meet with the Amir of Kuwait Sheikh Nawaf Al-Sabah, Crown Prince Sheikh Mishal Al-Sabah, "
        "and Prime Minister Sheikh Sabah Al-Hamad."
    )
    assert person(kuwait, "Sabah Al-Hamad")[1] == "Kuwait"
    rome = "French President Emmanuel Macron and Italian Prime Minister Giorgia Meloni met Pope Francis."
    assert person(rome, "Francis")[1] != "Italy"


def test_head_of_an_administration_shares_the_side_of_the_officials_named() -> None:
    text = (
        "Wang Yi will meet with Secretary of State Antony Blinken and White House National Security Advisor "
        "Jake Sullivan, according to senior Biden administration officials."
    )
    assert person(text, "Biden")[1] == "United States"


def test_body_as_possessor_of_an_office() -> None:
    text = "Later, the EU's foreign policy chief, Josep Borrell, said Brussels was ready."
    assert person(text, "Josep Borrell") == ("foreign policy chief", "European Union")


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        ("National Security Council spokesman John Kirby said it.", "National Security Council"),
        ("Pentagon spokesman John Kirby said it.", "United States"),
        ("Hamas official Osama Hamdan said it.", "Hamas"),
    ],
)
def test_body_named_before_a_lowercase_office(text: str, affiliation: str) -> None:
    doc_person = person(text, "John Kirby") if "Kirby" in text else person(text, "Osama Hamdan")
    assert doc_person[1] == affiliation


def test_state_organ_stands_for_its_country() -> None:
    assert person("Russian Foreign Ministry spokeswoman Olga Petrova said it.", "Olga Petrova") == (
        "spokeswoman",
        "Russia",
    )


def test_a_clause_after_a_comma_is_not_an_apposition() -> None:
    role, _ = person("Keir Starmer, had spoken by phone with the French president on Monday.", "Keir Starmer")
    assert role is None


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Anna Berg, a researcher at the Nordic Institute, said it.",
            "Anna Berg",
            "researcher at the Nordic Institute",
            "Nordic Institute",
        ),
        ("Uruguay's president-elect, Carlos Ruiz, said it.", "Carlos Ruiz", "president-elect", "Uruguay"),
        ("He quoted economist Jane Roe at length.", "Jane Roe", "economist", None),
    ],
)
def test_occupations_and_compound_offices(text: str, name: str, role: str, affiliation: str | None) -> None:
    assert person(text, name) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a body named right before a capitalised title is where the office is held
        (
            "Northern Water Agency Director Paul Grant said it.",
            "Paul Grant",
            "Director",
            "Northern Water Agency",
        ),
        ("The Refugee Council Chair Maria Lopez said it.", "Maria Lopez", "Chair", "Refugee Council"),
        # a body on the line above (a press release's header) is not a premodifier
        (
            "Office of the Spokesperson\n\nDeputy Minister Ann Dale spoke today.",
            "Ann Dale",
            "Deputy Minister",
            None,
        ),
        # an apposition naming where the person works
        (
            "Lena Kraus, an analyst at the Baltic Policy Institute, said it.",
            "Lena Kraus",
            None,
            "Baltic Policy Institute",
        ),
        ("Omar Farouk, a professor at Cairo University, said it.", "Omar Farouk", None, "Cairo University"),
        # a member of a body "from" it
        (
            '"No," said Ara Petrosyan, a deputy from the opposition Tagor bloc.',
            "Ara Petrosyan",
            None,
            "Tagor",
        ),
        # a party's member of parliament
        ("Labour backbencher Tom Reed said it.", "Tom Reed", "backbencher", "Labour"),
        # a long description, a name with "and" inside it
        (
            '"It is hard," said Mia Lund, a senior fellow at the Centre for Arctic and Northern Policy Studies in Tromso.',
            "Mia Lund",
            None,
            "Centre for Arctic and Northern Policy Studies",
        ),
    ],
)
def test_office_held_in_a_named_body(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    got_role, got_affiliation = person(text, name)
    assert got_affiliation == affiliation
    if role is not None:
        assert got_role == role


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        # a country name qualifying what an office deals with is not its holder's side
        ("Mei Tan, head of Japan research at the bank, said it.", "Mei Tan", None),
        ("Ravi Rao, director of India studies at the institute, said it.", "Ravi Rao", None),
        # ... one that ends the title or precedes a preposition is
        ("Omar Ali, the Minister of Foreign Affairs of Egypt, said it.", "Omar Ali", "Egypt"),
        ("Ali Omar, Ambassador of Japan to Chile, said it.", "Ali Omar", "Japan"),
    ],
)
def test_country_as_topic_of_an_office(text: str, name: str, affiliation: str | None) -> None:
    doc = build_document(text, date(2023, 10, 24))
    m = next(m for m in doc.mentions if m.kind == "person" and name in m.text)
    assert m.affiliation == affiliation  # what the person's own words say, before any context


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an indefinite description in apposition before the name
        (
            "A spokesman for the armed forces, Col. Ali Musa, said it.",
            "Ali Musa",
            "spokesman for the armed forces",
        ),
        ("She met an adviser to the premier, Omar Ali, on Monday.", "Omar Ali", "adviser to the premier"),
        # a description with no office word, or not right before the name, gives no role
        ("In a statement, John Smith said it.", "John Smith", None),
        ("It was a big day for the company, John Smith said.", "John Smith", None),
    ],
)
def test_indefinite_description_before_a_name(text: str, name: str, role: str | None) -> None:
    assert person(text, name)[0] == role
