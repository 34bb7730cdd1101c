"""Coref, round 26: a country's name that is a common given name too opens a person's name after
a title ("Acting Homeland Security Secretary Chad Wolf"), and a surname with initials takes the
side the lexicon gives that surname only when the article names that side ("N P Saud" of Nepal is
none of the Al Saud)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Acting Homeland Security Secretary Chad Wolf said the rule stands.",
            "Chad Wolf",
            "Acting Homeland Security Secretary",
        ),
        (
            "The Secretary of the Department of Homeland Security Chad Wolf will attend.",
            "Chad Wolf",
            "Secretary of the Department of Homeland Security",
        ),
        ("Party leader Jordan Kemal said he would run.", "Jordan Kemal", "Party leader"),
        ("Senator Georgia Lane voted against the bill.", "Georgia Lane", "Senator"),
    ],
)
def test_a_country_name_opens_a_titled_name(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # near misses: after an office's "of", the country is the office's
        ("King of Jordan Abdullah met the envoy.", "Abdullah", "Jordan"),
        ("President of Georgia Salome Zourabichvili met the envoy.", "Salome Zourabichvili", "Georgia"),
        ("Foreign Minister of Jordan Safadi met the envoy.", "Safadi", "Jordan"),
        ("The envoy met President Idriss Deby of Chad in the capital.", "Idriss Deby", "Chad"),
    ],
)
def test_a_country_after_of_stays_the_side(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED)[name][1] == side


def test_initials_and_a_dynasty_name_give_no_side_the_article_never_names() -> None:
    text = "Foreign Minister N P Saud met officials in Kathmandu on Monday. Saud said the visit went well."
    assert people(text, PUBLISHED)["N P Saud"][1] != "Saudi Arabia"


def test_initials_and_a_surname_keep_the_side_every_reader_knows() -> None:
    # near miss: the lexicon's surname, and the side the article names
    text = "Minister S. Jaishankar met officials in Delhi, India, on Monday."
    assert people(text, PUBLISHED)["S. Jaishankar"][1] == "India"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Foreign Minister Hassan Amir-Zadeh visited Doha. The Emir met Minister of Foreign Affairs "
            "Dr. Hassan Amir Zadeh on Tuesday.",
            1,
        ),
        ("Prime Minister Anna Berg-Lund spoke first. Later Anna Berg Lund met the press.", 1),
        # near misses: one shared word is no proof; two people with one family name stay two
        ("Minister Anna Berg-Lund met Erik Lund on Monday.", 2),
        ("Tom Ole-Hansen met Tom Berg on Friday.", 2),
    ],
)
def test_a_name_hyphenated_and_spaced_is_one_person(text: str, count: int) -> None:
    assert len(people(text, PUBLISHED)) == count


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Iran's acting foreign minister Ali Reza welcomed the envoy. In response to an invitation from "
            "his Iranian counterpart, Deputy Prime Minister and Foreign Minister Omar Haddad visited Tehran.",
            "Ali Reza",
        ),
        (
            "President Bola Adeyemi received the President of Ghana, Kofi Owusu, in Lagos. Owusu, the "
            "Chairman of the bloc, paid a private visit to his Nigerian counterpart on Saturday.",
            "Bola Adeyemi",
        ),
    ],
)
def test_a_counterpart_is_the_named_holder_of_that_side(text: str, holder: str) -> None:
    found = people(text, PUBLISHED)
    assert not [n for n in found if "counterpart" in n.lower()]
    assert holder in found


def test_an_office_written_after_a_counterpart_phrase_is_the_holders_own() -> None:
    text = (
        "Iran's acting foreign minister Ali Reza welcomed his Jordanian counterpart Omar Haddad in Tehran. "
        "In response to an invitation from his Iranian counterpart, Deputy Prime Minister and Foreign "
        "Minister Omar Haddad visited Tehran."
    )
    assert people(text, PUBLISHED)["Omar Haddad"][0] == "Deputy Prime Minister and Foreign Minister"


def test_a_counterpart_of_a_side_no_one_is_named_for_stays_unnamed() -> None:
    # near miss: no Iranian is named, and the one named is the "his" it is the counterpart of
    found = people("Omar Haddad flew to Tehran on Sunday to meet his Iranian counterpart.", PUBLISHED)
    assert found["Omar Haddad"][1] != "Iran"
    assert "Iranian counterpart" in found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Talks were held with the Secretary of the Socialist Workers Party (SWP) Tom Okafor today. "
            "SWP Secretary extended his good wishes to the President.",
            1,
        ),
    ],
)
def test_a_description_with_the_bodys_initials_fits_its_holder(text: str, count: int) -> None:
    assert len(people(text, PUBLISHED)) == count


def test_a_short_form_that_is_not_the_initials_fits_no_holder() -> None:
    # near miss: "NLP" is not the Socialist Workers Party's initials
    text = (
        "Talks were held with the Secretary of the Socialist Workers Party Tom Okafor today. "
        "Senegal's NLP Secretary also met the press."
    )
    doc = build_document(text, PUBLISHED)
    okafor = next(e for e in doc.entities if e.name == "Tom Okafor")
    assert not [a for a in okafor.aliases if "NLP" in a]


@pytest.mark.parametrize(
    ("text", "aide", "side"),
    [
        (
            "U.S. Secretary of State Ana Reyes met the Saudi crown prince in Jeddah. "
            "Reyes's advisor Tom Kline and Reyes's Deputy Chief of Staff Paul Orr attended.",
            "Paul Orr",
            "United States",
        ),
        (
            "U.S. Secretary of State Ana Reyes met the Saudi crown prince in Jeddah. "
            "Reyes's advisor Tom Kline attended.",
            "Tom Kline",
            "United States",
        ),
        (
            "Zambian President Ben Mwale hosted Zimbabwe's President Joel Moyo. President Mwale\u2019s "
            "Special Assistant for Press Amos Banda told journalists the talks went well.",
            "Amos Banda",
            "Zambia",
        ),
    ],
)
def test_an_aide_takes_the_side_of_the_named_principal(text: str, aide: str, side: str) -> None:
    assert people(text, PUBLISHED)[aide][1] == side


def test_a_country_possessor_is_no_principal() -> None:
    # near miss: "Zimbabwe's President" names the side itself
    text = "Zambian President Ben Mwale hosted Zimbabwe's Special Envoy Joel Moyo in Lusaka."
    assert people(text, PUBLISHED)["Joel Moyo"][1] == "Zimbabwe"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("President John Kofi Mensah arrived in Dakar. Jon Kofi Mensah said the visit was useful.", 1),
        # near misses: two-word names differing by a short word are two people
        ("Tom Lee met Tim Lee in Seoul.", 2),
    ],
)
def test_a_short_given_name_misspelt_in_a_three_word_name(text: str, count: int) -> None:
    assert len(people(text, PUBLISHED)) == count


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Wang Yi will meet his U.S. counterpart next week.", "United States"),
        ("Li Wei will meet his Russian counterpart next week.", "Russia"),
    ],
)
def test_a_counterpart_named_by_the_country_is_someone_unnamed(text: str, side: str) -> None:
    assert side in [aff for _, aff in people(text, PUBLISHED).values()]


def test_a_named_us_counterpart_is_the_named_one() -> None:
    # near miss: the counterpart is named, so no one unnamed is added
    text = "Chinese Foreign Minister Wang Yi spoke with his U.S. counterpart Antony Blinken on Monday."
    assert len(people(text, PUBLISHED)) == 2
