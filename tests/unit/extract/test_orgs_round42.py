"""Organizations, round 42.

- A picture's credit names its sources as a chain joined by slashes at the end of a caption line
  ("Stringer/Reuters/World Food Programme", "NAME / Reuters, pool", "Reuters/AFP Photos by ..."),
  or after "(Foto ..." or "photo via ...": every body in the chain is the credit's source, no
  actor of the story. A slash between two bodies in a sentence or a headline ("the UN/AU force",
  "the UN/AU/EU troika will meet") still names them.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        # every link of a chain at a caption line's end: the last, a middle one, the first
        (
            "A boy wades through flood water in Sylhet on Sunday.\nStringer/Reuters/World Food Programme\n\n"
            "The rain stopped on Monday.",
            "World Food Programme",
        ),
        (
            "The mayor signs the deal in Accra. Ghana News Agency/African Union/World Bank\n\n"
            "The deal was signed on Friday.",
            "African Union",
        ),
        (
            "The mayor signs the deal in Accra. Ghana News Agency/African Union/World Bank\n\n"
            "The deal was signed on Friday.",
            "Ghana News Agency",
        ),
        (
            "Rescuers search the quarry near Cebu.\nPhilippine Coast Guard/Xinhua/Getty images\n\nTwo men are missing.",
            "Philippine Coast Guard",
        ),
        # a credit's word ends the chain: "Photos by ...", ", pool"
        (
            "Farmers gather outside the hall in Lyon. Reuters/AFP Photos by Paul Henri\nThe farmers left at noon.",
            "Reuters",
        ),
        (
            "The two leaders shake hands in Geneva. MARTA KOWAL / Reuters, pool\n\nThe leaders met for two hours.",
            "Reuters",
        ),
        # an opening before the chain: "(Foto ...", "photo via ..."
        (
            "Nurses carry supplies into the clinic (Foto EFE / World Health Organization)\n\n"
            "The clinic reopened on Monday.",
            "World Health Organization",
        ),
        (
            "Workers repair the bridge near Odesa (Olena Petrenko/photo via Reuters)\n\nThe bridge reopened.",
            "Reuters",
        ),
    ],
)
def test_a_credit_chain_names_no_body(text: str, credited: str) -> None:
    assert credited not in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: slashes between bodies in a sentence or a headline, and a sentence that ends a line
        ("The joint UN/AU force will leave Darfur next year, the council decided.", "African Union"),
        ("Sudan: UN/AU Mission Extended", "African Union"),
        ("The plan was drawn up by the World Bank/IMF team in Accra.", "World Bank"),
        # two slashes in a sentence, or one beside a credit's word used as a plain word
        ("The UN/AU/EU troika will meet in Addis Ababa next week.", "United Nations"),
        (
            "Talks between ECOWAS/AU/UN mediators and the junta resumed on Monday.",
            "Economic Community of West African States",
        ),
        ("The UN/AU team published photos of the camp on Friday.", "United Nations"),
        ("The NATO/EU staff kept the file on the talks.", "North Atlantic Treaty Organization"),
        (
            "The ceasefire was welcomed by the ECOWAS/African Union panel\nThe talks end today.",
            "African Union",
        ),
    ],
)
def test_a_slash_between_bodies_in_a_sentence_keeps_both(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a ship's prefix, a city's short form, the Republic of China's initials
        ("The USS Gerald Ford sailed for the eastern Mediterranean on Friday.", "USS"),
        ("The frigate HMS Kent docked in Muscat for two days.", "HMS"),
        ("The talks drew envoys from Paris, Berlin and NYC last week.", "NYC"),
        ("The guests came to Taipei to mark the ROC's national day.", "ROC"),
        # a market ticker's line: the price after the word
        ("SOLARTEX 12.40 Increased By 0.35 (2.9%)\nThe ministers met in Karachi.", "SOLARTEX"),
        # an office's initials right before its holder's name
        ("The envoy also called on NSA Rahul Mehta in the afternoon.", "NSA"),
    ],
)
def test_capitals_that_are_no_body(text: str, word: str) -> None:
    assert not [n for n in names(text, PUBLISHED, "organization") if word in n.split()]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: initials of bodies, also before a title and its holder, or before a number
        ("The SPLM said its Secretary-General Pagan Amum met the envoys in Juba.", "SPLM"),
        ("The UNMISR chief Ana Lopes said the intercepts had been shared.", "UNMISR"),
        ("The UNMISR counted 12.5 percent more attacks this year, the report said.", "UNMISR"),
        ("The envoys met Sudan's RSF and the SAF in Jeddah.", "RSF"),
        ("A lecturer at the Moscow MGIMO Ivan Petrov wrote the report.", "MGIMO"),
    ],
)
def test_initials_of_bodies_stay(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a name that opens on "People's" after a word of the sentence keeps it
        ("Officials said the People's Liberation Army moved two brigades.", "People's Liberation Army"),
        ("Analysts expect the People's Bank of China to cut rates.", "People's Bank of China"),
        ("She wrote that the Women's Union had met twice.", "Women's Union"),
        # a past tenure before a body's name is no word of it
        ("Former Sunrise Media Group CEO Ana Lopes applied for the post.", "Sunrise Media Group"),
        ("Ex Harbor Bank chairman Tom Reyes joined the board.", "Harbor Bank"),
    ],
)
def test_a_body_cut_at_its_own_words(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Former Sunrise Media Group CEO Ana Lopes applied for the post.", "Former Sunrise Media Group"),
        ("Officials said the People's Liberation Army moved two brigades.", "Liberation Army"),
        # a base named for its force is a place
        ("The jet landed at Kota Baru Air Force Base on Friday night.", "Kota Baru Air Force"),
        ("The recruits trained at the Moroto Army Barracks for a month.", "Moroto Army"),
        # a capital before a mission says where it sits, not whose it is
        ("Trade grew after the country opened its Nairobi embassy last year.", "its Nairobi embassy"),
        ("The island state will staff its Canberra embassy with three diplomats.", "Canberra embassy"),
    ],
)
def test_no_body_cut_wrong(text: str, wrong: str) -> None:
    assert wrong not in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: a force named apart from its base, a state's own mission, a possessed mission
        ("The Indonesian Air Force said the drill would end on Sunday.", "Indonesian Air Force"),
        ("A spokesman for the Chinese embassy declined to comment.", "Chinese embassy"),
        ("Peru's embassy in Tokyo issued a statement on Monday.", "Peru's embassy"),
        ("The People's Party won the most seats in the vote.", "People's Party"),
    ],
)
def test_bodies_next_to_those_stay(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a standing forum is a body, as a council or a commission is
        (
            "Delegates of the Sahel Political Dialogue Forum agreed on a date for the vote.",
            "Sahel Political Dialogue Forum",
        ),
        (
            "The Permanent Forum on Maritime Affairs criticised the plan on Tuesday.",
            "Permanent Forum on Maritime Affairs",
        ),
        ("The president will meet leaders of the Kenyan Unity Forum in Nairobi.", "Kenyan Unity Forum"),
        # well-known armed groups and forces of the Great Lakes and Libya
        ("The army has been fighting the M23 rebels near Goma since March.", "M23"),
        (
            "Kinshasa says the FARDC pushed the rebels back from the town.",
            "Armed Forces of the Democratic Republic of the Congo",
        ),
        ("A rift opened within Libya Dawn, the coalition that holds Tripoli.", "Libya Dawn"),
        # armed groups every desk writes about, by the name or the initials news uses
        ("Boko Haram fighters raided two villages overnight.", "Boko Haram"),
        ("ISWAP said it had set the trucks on fire.", "Islamic State West Africa Province"),
        ("Talks between the Rapid Support Forces and the army stalled in May.", "Rapid Support Forces"),
        ("The TPLF handed over heavy weapons under the deal.", "Tigray People's Liberation Front"),
        ("Ankara blamed the PKK for the blast at the depot.", "Kurdistan Workers' Party"),
        ("HTS fighters entered the northern city at dawn.", "Hayat Tahrir al-Sham"),
        ("The court heard that Lashkar-e-Taiba trained the men.", "Lashkar-e-Taiba"),
        ("The TTP denied any role in the ambush.", "Tehrik-i-Taliban Pakistan"),
        ("Former FARC commanders joined the new party.", "Revolutionary Armed Forces of Colombia"),
        ("The Arakan Army said it now holds the port.", "Arakan Army"),
    ],
)
def test_forums_and_armed_groups_are_bodies(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a trade's yearly gathering, and a forum named without its name
        "The minister spoke at the Indo-Pacific Business Forum in Hanoi on Monday.",
        "Firms met at the Gulf Investment Forum, held each spring in Doha.",
        "The envoy spoke at the Tallinn Security Forum on Friday.",
        "The prize was given at the yearly Geneva Peace Forum.",
        "The forum agreed to meet again in June.",
        "The Forum closed with a dinner for the delegates.",
    ],
)
def test_no_forum_body_in_these(text: str) -> None:
    assert not [n for n in names(text, PUBLISHED, "organization") if "Forum" in n or "forum" in n]


@pytest.mark.parametrize(
    ("text", "wrong", "body"),
    [
        # "Press" before a conference, a release or a briefing names the event, no outlet
        ("Lula and Scholz Give Joint Press Conference\n\nScholz spoke first.", "Joint Press", None),
        ("The ministers held a Joint Press Briefing after lunch.", "Joint Press", None),
        # a time word opening a sentence is no word of the body after it
        ("Current African Union talks include the Sahel states.", "Current African Union", "African Union"),
        # a country and a body joined by "and" are two, not one body's name
        (
            "The United Kingdom and African Union envoys met in Addis Ababa.",
            "United Kingdom and African Union",
            "African Union",
        ),
        (
            "The South Africa and European Union teams met in Pretoria.",
            "South Africa and European Union",
            "European Union",
        ),
    ],
)
def test_phrases_read_as_one_body_wrongly(text: str, wrong: str, body: str | None) -> None:
    found = names(text, PUBLISHED, "organization")
    assert wrong not in found
    if body is not None:
        assert body in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: a country's name holding "and", an outlet named before a lowercase word
        ("The Antigua and Barbuda Press Club gave the award.", "Antigua and Barbuda Press Club"),
        ("The Associated Press reported the talks on Monday.", "Associated Press"),
        ("The Trinidad and Tobago Defence Force sent two ships.", "Trinidad and Tobago Defence Force"),
    ],
)
def test_names_holding_and_or_press_stay(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "wrong", "body"),
    [
        # where a body sits, told before its name, is no word of the name
        (
            "Envoys of the Panama City-headquartered Andean Trade Council arrived on Monday.",
            "Panama City-headquartered Andean Trade Council",
            "Andean Trade Council",
        ),
        (
            "Talks between the Tobruk-based Eastern Defence Council and the envoys ended.",
            "Tobruk-based Eastern Defence Council",
            "Eastern Defence Council",
        ),
        # a site's section at the end of its breadcrumb
        ("Weather: 22 C\n\nHome / Kenya News\n\nRuto meets the envoy", "Kenya News", None),
        # a country's official name is the country
        (
            "Present were the Prime Minister, Federation of St Kitts and Nevis, and others.",
            "Federation of St Kitts and Nevis",
            None,
        ),
    ],
)
def test_seats_breadcrumbs_and_official_names(text: str, wrong: str, body: str | None) -> None:
    found = names(text, PUBLISHED, "organization")
    assert wrong not in found
    if body is not None:
        assert body in found


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: a hyphen inside the body's own name, an outlet named in a sentence
        ("The Inter-Parliamentary Union met in Geneva.", "Inter-Parliamentary Union"),
        ("The Kenya News Agency reported the visit.", "Kenya News Agency"),
        ("A Nairobi-based reporter asked the African Union about it.", "African Union"),
    ],
)
def test_names_beside_those_stay(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # a site's notices name its suppliers, no actors of the story
        "Comments are checked by Microsoft's reCAPTCHA tool, under the Microsoft Privacy Policy.\n\nThe talks ended.",
        "This site needs a modern browser. Please use Apple Safari or a newer one.\n\nThe talks ended.",
        "By signing up you accept the Zebra Corporation Terms of Use.\n\nThe talks ended.",
    ],
)
def test_a_sites_notices_name_no_body(text: str) -> None:
    assert not [
        n for n in names(text, PUBLISHED, "organization") if n.split()[0] in ("Microsoft", "Apple", "Zebra")
    ]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: the same bodies in the story's own paragraphs
        (
            "Our site needs a modern browser.\n\nThe Zebra Corporation said it would appeal.",
            "Zebra Corporation",
        ),
        ("The European Commission fined the firm over its privacy policy.", "European Commission"),
        # a story's sentence about a privacy policy or a browser speaks to no reader
        (
            "Regulators at the European Commission said Meta must rewrite its Privacy Policy by June.",
            "European Commission",
        ),
        (
            "The Federal Trade Commission said Apple must make it easier to use a supported browser of the user's choice.",
            "Federal Trade Commission",
        ),
    ],
)
def test_bodies_outside_notices_stay(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")
