"""Organizations, round 39.

- A leader's office named by the leader's title in lowercase ("the emir's office", "the Afghan
  prime minister's office", "the office of the deputy prime minister") is a body when it speaks,
  is cited ("according to", "said the ...") or issues something ("released by").
- "Amiri Diwan": the office of a Gulf emir, a well-known body.
- An unknown acronym dated by a year right after it ("CHOGM 2024") is a sitting of an event, no body.
- "Photograph: X/Reuters" credits the agency, as "Photo:" does.
- Well-known bodies the lexicon lacked: Muslim Brotherhood, Fatah, Likud, Meretz, Mossad, Shin Bet,
  Inter-Services Intelligence, Tatmadaw.
- A dictionary word in capitals ("Operation NEON", "MORE ARTICLES") is no body's initials, unless
  bracketed after its long form; a known name with a compass point in two words ("South East")
  is the known body.
- "Convention Center", "Cultural Centre", "Media Centre": a venue, no body ("Carter Center" stays).
- "the Kenyan Embassy", "the Embassy of Peru": a country's mission is a body (a bare "the Embassy" is
  not); the Group of Eight and the UN's Libya mission in the lexicon.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The emir's office said the two leaders discussed the ceasefire.", "emir's office"),
        ("Trade was on the agenda, the prime minister's office noted on Friday.", "prime minister's office"),
        (
            "The Kenyan president's office mentioned that the visit would go ahead.",
            "Kenyan president's office",
        ),
        (
            "In a statement, the office of the deputy prime minister stated that ties were good.",
            "office of the deputy prime minister",
        ),
        ("Photos released by Novak's office on Friday show the signing ceremony.", "Novak's office"),
        ('"We agreed on the route," said the Presidency in a statement.', "Presidency"),
        ("The ruler received the envoy, the Amiri Diwan said on Monday.", "Amiri Diwan"),
    ],
)
def test_a_leaders_office_that_speaks_is_a_body(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an office as a place or a term, or a named holder after "office of"
        "The envoy went to the office of the prime minister on Monday morning.",
        "He took the president's office in 2019 after a long campaign.",
        "The office of the special envoy rotates among the members every year.",
        "She visited the office of President Ruto before the talks.",
    ],
)
def test_an_office_that_does_not_speak_stays_out(text: str) -> None:
    assert not any("office" in n.lower() for n in names(text, PUBLISHED, "organization"))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The leaders gathered at CHOGM 2024 in Apia on Friday.", []),
        ("Talks followed AUSMIN 2023 in Brisbane. AUSMIN ended with a statement.", []),
        # near misses: a year that dates a noun after it, a known body, no year
        ("The EAC 2024 budget was passed on Monday.", ["East African Community"]),
        ("The deal was signed in 2024 by the EAC and the AU.", ["East African Community", "African Union"]),
        ("The ECOWAS 2023 summit took place in Abuja.", ["Economic Community of West African States"]),
    ],
)
def test_an_acronym_dated_by_a_year_is_an_event(text: str, kept: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The two leaders shook hands.\nPhotograph: Ana Lima/Reuters\n\nThe talks began at noon.", []),
        ("The two leaders shook hands.\nPHOTOGRAPH: AFP\n\nThe talks began at noon.", []),
        # near miss: an agency that reports stays
        ("The talks began at noon, Reuters reported.", ["Reuters"]),
    ],
)
def test_a_photographs_credit_names_no_actor(text: str, kept: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == kept


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The Muslim Brotherhood has been banned since 2013.", "Muslim Brotherhood"),
        ("Fatah said the talks had failed.", "Fatah"),
        ("Likud said it would vote against the bill.", "Likud"),
        ("A spokesman for Meretz welcomed the court ruling.", "Meretz"),
        ("Mossad declined to comment on the report.", "Mossad"),
        ("The Shin Bet said it had arrested two men.", "Shin Bet"),
        ("Observers say the Tatmadaw still controls the capital.", "Tatmadaw"),
        ("The ISI denied the report on Monday.", "Inter-Services Intelligence"),
    ],
)
def test_well_known_bodies(text: str, body: str) -> None:
    assert body in names(text, PUBLISHED, "organization")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Three ships took part in Operation ANCHOR last spring.", []),
        ("The SPARK satellite was launched from a base in the north.", []),
        ("The full text is in the ANNEX to the accord.", []),
        # near misses: an unknown acronym that is no word, and a word defined as a body's short form
        ("The ZANF said it would join the talks.", ["ZANF"]),
        (
            "The Pacific Office of Maritime Experts (POME) met. POME said the reef was safe.",
            ["Pacific Office of Maritime Experts"],
        ),
    ],
)
def test_a_dictionary_word_in_capitals_is_no_acronym(text: str, kept: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == kept


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Association of South East Asian Nations backed the plan.",
            "Association of Southeast Asian Nations",
        ),
        (
            "Ministers of the Association of Southeast Asian Nations met.",
            "Association of Southeast Asian Nations",
        ),
    ],
)
def test_a_compass_point_in_two_words(text: str, body: str) -> None:
    assert names(text, PUBLISHED, "organization") == [body]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Delegates checked in at the Lagos Convention Center before noon.", []),
        ("A dinner took place at the Samoa Cultural Centre that evening.", []),
        ("Reporters waited in the Summit Media Centre for hours.", []),
        # near misses: research and public bodies named "Center"
        ("The Carter Center said the count was fair.", ["Carter Center"]),
        ("The Pew Research Center found that support fell.", ["Pew Research Center"]),
    ],
)
def test_a_venues_centre_is_no_body(text: str, kept: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Kenyan Embassy said the visa rules had changed.", ["Kenyan Embassy"]),
        ("A note from the Embassy of Peru confirmed the date.", ["Embassy of Peru"]),
        ("Finance chiefs of the G8 agreed on debt relief.", ["Group of Eight"]),
        ("UNSMIL urged both camps to return to the table.", ["United Nations Support Mission in Libya"]),
        # near miss: an embassy no one's name qualifies
        ("Staff at the Embassy were told to stay home.", []),
    ],
)
def test_embassies_and_listed_bodies(text: str, kept: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == kept
