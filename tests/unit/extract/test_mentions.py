"""Stage mentions: which stretches of text name people, organizations and countries."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import heads, mentions_of


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Chinese Foreign Minister Wang Yi spoke on Monday.", ["Wang Yi"]),
        (
            "Wang told Palestinian Foreign Minister Riyad al-Maliki that it was grave.",
            ["Wang", "Riyad al-Maliki"],
        ),
        (
            "Secretary of State Antony J. Blinken met Crown Prince Mohammed bin Salman.",
            ["Antony J. Blinken", "Mohammed bin Salman"],
        ),
        ("Commission President Ursula von der Leyen arrived.", ["Ursula von der Leyen"]),
        ("Special Envoy for Climate Change Dr. Sultan Al Jaber attended.", ["Sultan Al Jaber"]),
        ("Prime Minister Hun Sen received the delegation.", ["Hun Sen"]),
        ("Special Representative Thomas West made clear his view.", ["Thomas West"]),
        (
            'He met Fiji Prime Minister Josaia Voreqe "Frank" Bainimarama.',
            ['Josaia Voreqe "Frank" Bainimarama'],
        ),
        ("Lloyd J. Austin III traveled with Mark Zuckerberg.", ["Lloyd J. Austin III", "Mark Zuckerberg"]),
        ("Rishi Sunak said the plan would work.", ["Rishi Sunak"]),
        ("Frank Church spoke on Monday.", ["Frank Church"]),
        (
            "Minister of Environment, Water, and Agriculture Abdulrahman al-Fadhli joined.",
            ["Abdulrahman al-Fadhli"],
        ),
    ],
)
def test_person_names(text: str, people: list[str]) -> None:
    assert heads(text, "person") == people


@pytest.mark.parametrize(
    "text",
    [
        "Wang will be in Washington Thursday to Saturday.",  # a place, not a person
        "Earlier this month the talks resumed.",  # sentence-initial adverb
        "On Monday and Tuesday the ministers met in October.",  # days and months
        "The delegation toured Ream Naval Base on Friday.",  # a longer proper name
        "They discussed the Five-Point Consensus and the Emergency Coordination System.",
        "The Foreign Military Financing program grew.",
        "The summit in San Francisco will be next month.",
        "However, Israel responded with air strikes on Gaza.",
        "They discussed actions near Second Thomas Shoal and Scarborough Reef.",  # places
        "The leaders met in Rio de Janeiro on the sidelines.",  # a city with a particle
    ],
)
def test_no_false_people(text: str) -> None:
    assert heads(text, "person") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Wang said the talks were useful.", "Wang"),  # a lone word before a speech verb
        ("Basya also believes the boat sank.", "Basya"),
        ("Officials of the Biden administration declined.", "Biden"),
        ("President Biden met them.", "Biden"),
    ],
)
def test_lone_surnames_with_evidence(text: str, person: str) -> None:
    assert heads(text, "person") == [person]


def test_lone_word_becomes_person_when_it_is_part_of_a_full_name() -> None:
    text = "Chinese President Xi Jinping called for calm. Xi earlier sought a truce."
    assert heads(text, "person") == ["Xi Jinping", "Xi"]


def test_lone_capitalised_word_without_evidence_is_not_a_person() -> None:
    assert heads("Brussels welcomed the decision.", "person") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Chinese officials met Israeli envoys.", ["China", "Israel"]),
        ("Beijing's stance angered Washington.", ["China", "United States"]),
        ("The U.S. and the United Kingdom agreed.", ["United States", "United Kingdom"]),
        ("Palestinian officials spoke to Saudi Arabia and Iran.", ["Palestine", "Saudi Arabia", "Iran"]),
        ("The Kingdom of Saudi Arabia and the UAE signed.", ["Saudi Arabia", "United Arab Emirates"]),
        ("Wang will visit Washington next week.", []),  # a capital as a destination is a place
        ("He spoke in Moscow on Monday.", []),
        ("They signed the Paris Peace Agreements.", []),
        ("Georgia voters went to the polls.", []),  # ambiguous on its own
    ],
)
def test_countries(text: str, countries: list[str]) -> None:
    doc = mentions_of(text)
    assert [m.affiliation for m in doc.mentions if m.kind == "country"] == countries


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("The Chinese Foreign Ministry issued a statement.", ["Chinese Foreign Ministry"]),
        ("The Office of the Spokesperson announced it.", ["Office of the Spokesperson"]),
        ("The Ministry of Energy laid out plans.", ["Ministry of Energy"]),
        ("NATO and the European Union met ECOWAS.", ["NATO", "European Union", "ECOWAS"]),
        ("Hamas and the Taliban were named by the United Nations.", ["Hamas", "Taliban", "United Nations"]),
        ("The Indonesian Navy rescued them.", ["Indonesian Navy"]),
        ("The official Xinhua News Agency reported it.", ["Xinhua News Agency"]),
        ("COVID and the CEO were discussed.", []),  # upper-case words that are not bodies
        # "and" inside a body's name: not the UN Security Council the lexicon knows by its tail
        ("The Peace and Security Council will meet.", ["Peace and Security Council"]),
        ("The Department of Foreign Affairs and Trade said so.", ["Department of Foreign Affairs and Trade"]),
    ],
)
def test_organizations(text: str, orgs: list[str]) -> None:
    assert heads(text, "organization") == orgs


def test_shouting_text_has_no_acronym_organizations() -> None:
    assert heads("THE ARMY SAID THE CEASEFIRE WOULD HOLD ACROSS THE REGION.", "organization") == []


@pytest.mark.parametrize(
    ("text", "role_text"),
    [
        ("Wang spoke with Saudi Arabia's top diplomat on Monday.", "Saudi Arabia's top diplomat"),
        ("Wang also called his Palestinian counterpart.", "his Palestinian counterpart"),
        ("Sherman assured the Prime Minister of support.", "the Prime Minister"),
        ("The minister declined to comment.", "The minister"),
        ("John Kerry contacted Thailand's foreign minister.", "Thailand's foreign minister"),
    ],
)
def test_role_mentions(text: str, role_text: str) -> None:
    doc = mentions_of(text)
    assert [m.text for m in doc.mentions if m.kind == "role"] == [role_text]


def test_pronouns_are_mentions() -> None:
    doc = mentions_of("He said she would call them. Its army and their leader agreed.")
    assert [m.text for m in doc.mentions if m.kind == "pronoun"] == ["He", "she", "them", "Its", "their"]


def test_mentions_are_in_text_order_with_valid_offsets() -> None:
    doc = mentions_of("Chinese Foreign Minister Wang Yi told Israeli counterpart Eli Cohen that China cared.")
    starts = [m.start for m in doc.mentions]
    assert starts == sorted(starts)
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        if m.head_start is not None:
            assert m.start <= m.head_start < m.head_end <= m.end


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Officials in New Mexico and New South Wales agreed.", []),  # a country's name inside a place
        ("The Gaza Strip and the West Bank were discussed with Jordanian officials.", ["Jordan"]),
        ("Ohio Governor Mike DeWine spoke.", []),
    ],
)
def test_places_are_not_countries(text: str, countries: list[str]) -> None:
    doc = mentions_of(text)
    assert [m.affiliation for m in doc.mentions if m.kind == "country"] == countries


@pytest.mark.parametrize(
    "text",
    [
        "They launched the ASEAN Smart Cities Partnership and the Billion Futures Scholars Program.",
        "The Clean Energy Fund and the Agriculture Innovation Mission grew.",
        "The Istanbul Cooperation Initiative was discussed at the Leaders Conference.",
    ],
)
def test_programmes_are_not_organizations_or_people(text: str) -> None:
    doc = mentions_of(text)
    assert [m.text for m in doc.mentions if m.kind in ("organization", "person")] == [
        m.text for m in doc.mentions if m.kind == "organization" and m.text == "ASEAN"
    ]


def test_organization_named_head_first_with_its_acronym() -> None:
    doc = mentions_of("The rebel group Forces for Defence of Democracy (FDD) insisted on its demands.")
    assert [m.text for m in doc.mentions if m.kind == "organization"] == [
        "Forces for Defence of Democracy",
        "FDD",
    ]


def test_shouted_text_yields_no_invented_names() -> None:
    text = "CHINESE FOREIGN MINISTER WANG YI TOLD ISRAELI COUNTERPART ELI COHEN THAT CHINA CARES. HAMAS DISAGREED."
    doc = mentions_of(text)
    assert [m.text for m in doc.mentions if m.kind == "person"] == []
    assert [m.affiliation for m in doc.mentions if m.kind == "country"] == ["China", "Israel", "China"]
    assert [m.name for m in doc.mentions if m.kind == "organization"] == ["Hamas"]


def test_all_caps_headline_over_normal_text() -> None:
    doc = mentions_of(
        "BLINKEN TO VISIT CHINA NEXT WEEK\n\nSecretary of State Antony Blinken will travel, the State Department said."
    )
    assert [m.text for m in doc.mentions if m.kind == "organization"] == ["State Department"]
    assert [doc.text[m.head_start : m.head_end] for m in doc.mentions if m.kind == "person"] == [
        "Antony Blinken"
    ]


def test_one_word_all_caps_heading_is_not_an_organization() -> None:
    assert heads("ANALYSIS\n\nThe talks failed.", "organization") == []


@pytest.mark.parametrize(
    ("text", "body", "country"),
    [
        ("Japan's defense ministry said it would respond.", "Japan's defense ministry", "Japan"),
        ("Protesters gathered outside the Turkish embassy in Berlin.", "Turkish embassy", "Turkey"),
        ("The Chinese foreign ministry said so.", "Chinese foreign ministry", "China"),
    ],
)
def test_state_bodies_named_in_lowercase(text: str, body: str, country: str) -> None:
    doc = mentions_of(text)
    assert [(m.text, m.affiliation) for m in doc.mentions if m.kind == "organization"] == [(body, country)]


@pytest.mark.parametrize(
    "text", ["The ministry said so.", "Palestinian officials said so.", "the army moved in."]
)
def test_no_body_or_person_without_a_country(text: str) -> None:
    doc = mentions_of(text)
    assert [m.text for m in doc.mentions if m.kind in ("organization", "person", "role")] == []


@pytest.mark.parametrize(
    "text",
    ["The Japan-South Korea summit ended.", "Israel-Hamas talks stalled.", "U.S.-China Relations improved."],
)
def test_country_pairings_are_not_names(text: str) -> None:
    assert heads(text, "person") == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("He approved Foreign Military Financing (FMF) for Kyiv. FMF will grow.", []),
        ("The External Affairs Minister (EAM) met officials. EAM said so.", []),
        (
            "The Forces for Defence of Democracy (FDD) met. The FDD agreed.",
            ["Forces for Defence of Democracy", "FDD", "FDD"],
        ),
    ],
)
def test_acronyms_defined_for_non_bodies_are_not_organizations(text: str, orgs: list[str]) -> None:
    assert heads(text, "organization") == orgs


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # a lone unknown word in apposition with a body noun, speaking
        ("The national grid operator, Ukrenergo, said it had cut power.", ["Ukrenergo"]),
        ("The state broadcaster, Zvezda, said the strike hit a school.", ["Zvezda"]),
        ("A local charity, Hopewell, said it would help.", ["Hopewell"]),
        # a word a body noun follows
        ("Talks between the Mercosur bloc and Canada stalled.", ["Mercosur"]),
        ("Leaders of the opposition Tagor alliance walked out.", ["Tagor"]),
        # a body's head owned by a country or an office
        ("A spokesperson for Britain's Treasury declined to comment.", ["Britain's Treasury"]),
        ("A readout was released by the Prime Minister's Office.", ["Prime Minister's Office"]),
    ],
)
def test_bodies_named_by_context(text: str, orgs: list[str]) -> None:
    assert heads(text, "organization") == orgs


@pytest.mark.parametrize(
    "text",
    [
        # no body noun, no speech: a lone word stays unclassified
        ("His lawyer, Jones, said so."),
        ("The operator, Smith, was arrested."),  # apposition but no speech verb
        ("The Paris bloc of voters split."),  # a place is not a body
        ("The President's Office of Management said no."),  # a longer name follows the head
    ],
)
def test_lone_words_that_are_not_bodies(text: str) -> None:
    assert all(
        m.text not in ("Jones", "Smith", "Paris")
        for m in mentions_of(text).mentions
        if m.kind == "organization"
    )
    assert "President's Office" not in [
        m.text for m in mentions_of(text).mentions if m.kind == "organization"
    ]
