"""Organizations, round 43.

- General knowledge: the national news agencies, international and regional bodies, central banks
  and main parties news names every day, each with its usual initials where those name nothing
  else. A short form written alone or after its full name is one body with it.
- A one-word body's name ("Wagner", "Bloomberg") that ends a person's name begun on a given name,
  or that ends a listed person's full name, is the person's surname, not the body.
- A short form of three letters or more joins the one body named before it that it spells less
  strictly than by initials: a small word's letter kept ("DOE"), each part of a hyphenated word,
  a word's first two letters, a leading country left out.
- A body named after an office's "of the" inside a titled person's phrase ("Director of the X
  Agency Y") is a body of its own; a state's own ("National ...") leaves the holder to the state.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 5, 7)


def _bodies(text: str) -> dict[str, tuple]:
    from briefing_tui.extract.pipeline import build_document

    return {
        e.name: (tuple(e.aliases), e.affiliation)
        for e in build_document(text, PUBLISHED).entities
        if e.kind == "organization"
    }


@pytest.mark.parametrize(
    ("text", "body", "short", "side"),
    [
        # a news agency's initials alone, or after its full name
        (
            "The visit went well, WAM reported on Sunday.",
            "Emirates News Agency",
            None,
            "United Arab Emirates",
        ),
        (
            "The Kuwait News Agency (KUNA) carried the decree. KUNA added that the cabinet would meet.",
            "Kuwait News Agency",
            "KUNA",
            "Kuwait",
        ),
        ("Tehran denied the claim, IRNA reported.", "Islamic Republic News Agency", None, "Iran"),
        ("The talks were cordial, according to Bernama.", "Bernama", None, "Malaysia"),
        ("The minister spoke to ANI on Friday about the border.", "Asian News International", None, "India"),
        # central banks
        ("The ECB kept its rates unchanged on Thursday.", "European Central Bank", None, "European Union"),
        ("The Bank of Japan (BOJ) raised rates. The BOJ said prices rose.", "Bank of Japan", "BOJ", "Japan"),
        ("The Fed held rates steady in March.", "Federal Reserve", None, "United States"),
        # international and regional bodies
        (
            "SAARC leaders will gather in Kathmandu next year.",
            "South Asian Association for Regional Cooperation",
            None,
            None,
        ),
        ("The FATF kept the country on its grey list.", "Financial Action Task Force", None, None),
        (
            "The ILO warned of job losses in the garment trade.",
            "International Labour Organization",
            None,
            "United Nations",
        ),
        (
            "The PLO said it would send a delegation to Cairo.",
            "Palestine Liberation Organization",
            None,
            "Palestine",
        ),
        # groupings of states named by their number
        ("Envoys of the Quartet met in Cairo to back the truce.", "Quartet", None, None),
        ("The Troika Plus will meet in Islamabad on Thursday.", "Troika Plus", None, None),
        # parties
        ("The BJP won the state election by a wide margin.", "Bharatiya Janata Party", None, "India"),
        ("The ANC lost its majority for the first time.", "African National Congress", None, "South Africa"),
        ("The GOP blocked the bill in the Senate.", "Republican Party", None, "United States"),
    ],
)
def test_a_well_known_body_is_named(text: str, body: str, short: str | None, side: str | None) -> None:
    found = _bodies(text)
    assert body in found
    aliases, affiliation = found[body]
    if short is not None:
        assert short in aliases
    assert affiliation == side


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: words whose capitals or title case name no body here
        ("Sana Mir scored twice in the final.", "Syrian Arab News Agency"),
        ("Irena Petrova won the race in Sofia.", "International Renewable Energy Agency"),
        ("Peter Pace spoke at the academy on Monday.", "Parliamentary Assembly of the Council of Europe"),
        ("A string quartet played at the dinner.", "Quartet"),
        ("Residents were fed up with the delays, the mayor said.", "Federal Reserve"),
        # initials shared by two bodies in news are left unread
        ("The PTI said its leader would stay in jail.", "Press Trust of India"),
        ("The DG SPD briefed the minister on Monday.", "Social Democratic Party of Germany"),
    ],
)
def test_a_word_like_an_acronym_names_no_body(text: str, body: str) -> None:
    assert body not in _bodies(text)


def test_a_full_name_read_by_its_head_joins_its_short_form() -> None:
    # "Saudi Press Agency" is read by its head word; its initials join it by the canonical name
    text = "The Saudi Press Agency (SPA) said the talks ended. SPA gave no details."
    assert _bodies(text) == {"Saudi Press Agency": (("SPA",), "Saudi Arabia")}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # after a given name, a one-word body's name is a surname
        ("Richard Wagner finished the opera in Zurich, his letters show.", "Richard Wagner"),
        ("Former mayor Michael Bloomberg said he would pay for the ads.", "Michael Bloomberg"),
        ("Senator Ann Wagner voted against the bill on Tuesday.", "Ann Wagner"),
        # ending a listed person's full name
        ("Thérèse Kayikwamba Wagner met the envoy in Kinshasa on Monday.", "Thérèse Kayikwamba Wagner"),
    ],
)
def test_a_body_word_ending_a_name_is_a_surname(text: str, person: str) -> None:
    assert person in people(text, PUBLISHED)
    assert "Wagner Group" not in _bodies(text)
    assert "Bloomberg" not in _bodies(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # near misses: the body itself, after a known surname, or before more of a name
        ("Wagner fighters left the base near Bamako.", "Wagner Group"),
        ("Bloomberg reported the deal on Friday.", "Bloomberg"),
        ("Vladimir Putin Wagner talks are over, a headline read.", "Wagner Group"),
        ("The Wagner Group denied the report.", "Wagner Group"),
    ],
)
def test_a_body_word_alone_stays_the_body(text: str, body: str) -> None:
    assert body in _bodies(text)


# -- a short form spelled less strictly than by initials joins the body named before it --------------


@pytest.mark.parametrize(
    ("text", "body", "short"),
    [
        # a small word's letter kept
        (
            "The Department of Energy (DoE) opened the plant. A DOE engineer said the tests went well.",
            "Department of Energy",
            "DOE",
        ),
        # each part of a hyphenated word gives a letter
        (
            "Leaders opened the Inter-Governmental Forum in Accra. The IGF meets again in March.",
            "Inter-Governmental Forum",
            "IGF",
        ),
        # a word's first two letters, the short form set off by commas
        ("The Tanzanian Standards Agency, TASA, tested the grain.", "Tanzanian Standards Agency", "TASA"),
        # a leading country left out
        (
            "The Kenyan Ministry of Health sent doctors. An MOH official said more would follow.",
            "Kenyan Ministry of Health",
            "MOH",
        ),
    ],
)
def test_a_loose_short_form_joins_its_body(text: str, body: str, short: str) -> None:
    found = _bodies(text)
    assert body in found
    assert short in found[body][0]
    assert short not in found


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # near misses: two letters, letters that spell no body here, or two bodies that fit
        ("The Finance Ministry sent an FM official to the talks.", "FM"),
        ("The Grain Board met on Monday. The XYZ group stayed away.", "XYZ"),
        (
            "The Tana Water Board and the Tariff Watch Board met. TAWB officials said little.",
            "TAWB",
        ),
    ],
)
def test_a_short_form_no_body_spells_stays_apart(text: str, short: str) -> None:
    found = _bodies(text)
    assert not any(short in aliases for aliases, _ in found.values())


# -- a body named inside a titled person's office after "of the" --------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Director of the National Water and Sanitation Agency Ruth Okello spoke first.",
            "National Water and Sanitation Agency",
            "Ruth Okello",
        ),
        (
            "Chairman of the Coastal Fisheries Commission Peter Mwangi signed the deal.",
            "Coastal Fisheries Commission",
            "Peter Mwangi",
        ),
        # a "Ministry of ..." name before a comma
        (
            "The spokesman of the Ministry of Water Resources, Ali Hassan, denied it.",
            "Ministry of Water Resources",
            "Ali Hassan",
        ),
        # before its short form in brackets
        (
            "Sara Ndlovu, Director of the Rural Roads Authority (RRA), opened the bridge.",
            "Rural Roads Authority",
            "Sara Ndlovu",
        ),
    ],
)
def test_a_body_inside_an_office_is_named(text: str, body: str, person: str) -> None:
    assert body in _bodies(text)
    assert person in people(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person", "missing"),
    [
        # near misses: a portfolio, a country, a bureau, a one-word head, a "Ministry of" name running
        # on into the holder's name
        ("Minister of Public Service Anne Mole spoke.", "Anne Mole", "Public Service"),
        ("President of the Russian Federation Vladimir Putin spoke.", "Vladimir Putin", "Russian Federation"),
        (
            "Director of the Office of the Grain Council Ken Ode spoke.",
            "Ken Ode",
            "Office of the Grain Council",
        ),
        ("Chief of the Army Staff Tom Roe spoke.", "Tom Roe", "Army"),
        (
            "The Spokesperson of the Ministry of Water Resources Ali Hassan said it.",
            "Ali Hassan",
            "Ministry of Water Resources Ali Hassan",
        ),
    ],
)
def test_no_body_is_read_where_an_office_names_none(text: str, person: str, missing: str) -> None:
    assert missing not in _bodies(text)
    assert person in people(text, PUBLISHED)


def test_a_national_body_leaves_the_holder_to_the_state() -> None:
    # whoever heads a state's own body acts for the state: the body is no affiliation
    text = "Kenya's Director of the National Water and Sanitation Agency Ruth Okello spoke in Nairobi."
    assert people(text, PUBLISHED)["Ruth Okello"][1] != "National Water and Sanitation Agency"


# -- foreign ministries by their own names; the Royal Court ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "short", "side"),
    [
        ("The MEA said the visit would go ahead.", "Ministry of External Affairs", None, "India"),
        (
            "India's Ministry of External Affairs (MEA) welcomed the vote. The MEA gave no date.",
            "Ministry of External Affairs",
            "MEA",
            None,
        ),
        (
            "DFAT issued a new travel warning on Friday.",
            "Department of Foreign Affairs and Trade",
            None,
            "Australia",
        ),
        ("Global Affairs Canada summoned the envoy.", "Global Affairs Canada", None, "Canada"),
        # a body whose first word is a title's, ending the run of capitals
        ("The Royal Court said the king would travel to Paris.", "Royal Court", None, None),
        ("The king thanked them, a Royal Court statement said.", "Royal Court", None, None),
    ],
)
def test_a_state_body_is_named(text: str, body: str, short: str | None, side: str | None) -> None:
    found = _bodies(text)
    assert body in found
    aliases, affiliation = found[body]
    if short is not None:
        assert short in aliases
    if side is not None:
        assert affiliation == side


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        # near misses: a known body before an office stays the office's, its holder keeps the office
        ("White House Press Secretary Ann Reid spoke on Monday.", "Ann Reid", "Press Secretary"),
        ("UN General Assembly President Tom Hale opened the session.", "Tom Hale", "President"),
    ],
)
def test_a_body_before_an_office_stays_the_office_s(text: str, person: str, role: str) -> None:
    assert people(text, PUBLISHED)[person][0] == role


def test_an_owned_organ_is_not_the_lexicon_s_body() -> None:
    # near miss: "its General Assembly" is the owner's own assembly, not the UN's
    text = "The Pacific Council began its General Assembly session in Suva on Monday."
    assert "UN General Assembly" not in _bodies(text)
