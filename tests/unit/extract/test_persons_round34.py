"""Persons, round 34 (fresh unseen articles): an office written with neither a name, an owner nor
an article is no person ("became the first Danish Prime Minister to ...", "Kofi Mensah, President
of the Republic of Togo who ...", "met NATO Secretary General"), while "Ghana's foreign minister" and "the Chilean
Foreign Minister" still stand for someone unnamed."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import roles

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "office"),
    [
        (
            "Nielsen arrived in Lima on Monday. He became the first Danish Prime Minister to tour Peru.",
            "Danish Prime Minister",
        ),
        (
            "The chair passed to Kofi Mensah, President of the Republic of Togo who in his speech "
            "thanked the hosts.",
            "President of the Republic of Togo",
        ),
        (
            "Regarding High Representative for Trade Policy of the European Union, Lena Berg's remarks, "
            "the minister said nothing.",
            "High Representative for Trade Policy of the European Union",
        ),
        ("Kofi Mensah met NATO Secretary General in Brussels on Monday.", "NATO Secretary General"),
    ],
)
def test_a_bare_office_is_no_person(text: str, office: str) -> None:
    assert office not in roles(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: an owner or an article makes the office someone's
        ("The talks ended. Ghana's Foreign Minister said the text was ready.", "Ghana's Foreign Minister"),
        ("The talks ended. Ghana's foreign minister said the text was ready.", "Ghana's foreign minister"),
        (
            "The talks ended. The Chilean Foreign Minister said the text was ready.",
            "Chilean Foreign Minister",
        ),
    ],
)
def test_an_owned_or_definite_office_is_someone(text: str, name: str) -> None:
    assert name in roles(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "holder", "role"),
    [
        # one word right after an office's preposition is what the office is of, not a name
        ("Marape answered questions from MP for Kikori, Tom Wari on a video.", "Tom Wari", "MP for Kikori"),
        ("The Speaker of LegCo, Ann Lee, met the envoy.", "Ann Lee", "Speaker of LegCo"),
        # near misses: a portfolio, then the holder's name; a person after "to"
        ("Minister of Finance Ali Musa met the press.", "Ali Musa", "Minister of Finance"),
        ("Secretary of State Blinken met the envoy.", "Blinken", "Secretary of State"),
    ],
)
def test_a_word_after_an_offices_preposition_is_its_subject(text: str, holder: str, role: str) -> None:
    found = roles(text, PUBLISHED)
    assert found.get(holder) == role
    assert all(name in (holder, "Marape") for name in found)


def test_an_office_of_a_one_word_subject_is_no_person() -> None:
    assert roles("The Special Assistant on Events said the venue was ready.", PUBLISHED) == {}


def test_a_person_after_to_stays() -> None:
    # near miss: after "to" the office's object may be a person
    assert "Buhari" in roles("The Special Adviser to Buhari said the plan was ready.", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a pronoun's contraction before a speech verb is no name
        ("“What I’ve said is that we must talk,” Ali Musa said on Monday.", "I've"),
        ("“What I've said is that we must talk,” Ali Musa said on Monday.", "I've"),
        # a sentence's opening participle is no name
        ("Having noted the progress, the leader thanked his hosts.", "Having"),
        ("Having stressed the point, the envoy left Accra.", "Having"),
        # the plural of a country's name, or its people, is no person
        ("The two Koreas announced on Monday that talks would resume.", "Koreas"),
        ("The president was greeted by officials and Sierra Leoneans living in the city.", "Sierra Leoneans"),
    ],
)
def test_a_contraction_participle_or_people_is_no_person(text: str, word: str) -> None:
    assert word not in roles(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a surname ending in "-ing", one with an apostrophe, a one-word name
        ("Fleming said the talks went well.", "Fleming"),
        ("Ali Musa met Dan O'Neill on Monday. O'Neill said the talks went well.", "Dan O'Neill"),
        ("The envoy met Ruto in Nairobi. Ruto said the talks went well.", "Ruto"),
    ],
)
def test_a_name_stays(text: str, name: str) -> None:
    assert name in roles(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "His Excellency" abbreviated, or "Madam", before a name is no part of it, after a title too
        ("The minister met Ambassador H.E. Kofi Mensah Boateng on Monday.", "Kofi Mensah Boateng"),
        ("The minister met H.E Kofi Mensah Boateng on Monday.", "Kofi Mensah Boateng"),
        ("The minister met HE Kofi Mensah Boateng on Monday.", "Kofi Mensah Boateng"),
        ("The minister met Madam Ama Serwaa Boateng on Monday.", "Ama Serwaa Boateng"),
    ],
)
def test_a_courtesy_is_no_part_of_the_name(text: str, name: str) -> None:
    assert name in roles(text, PUBLISHED)


def test_a_lone_name_after_madam_stays() -> None:
    # near miss: "Madam" before one word alone is how the person is named
    assert "Madam Ruth" in roles("The minister met Madam Ruth on Monday.", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a name's word with an ending common nouns have, but no common noun itself
        ("Laurence Okafor said the talks went well.", "Laurence Okafor"),
        ("The envoy met Terence Obi on Monday, and Terence Obi said little.", "Terence Obi"),
        ("Officials met Xu Haining in the city on Monday.", "Xu Haining"),
    ],
)
def test_a_name_word_with_a_noun_ending_is_a_name(text: str, name: str) -> None:
    assert name in roles(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: common nouns, and spellings no dictionary word has, with a noun's ending
        "The Electronic Travel Authorisation opened on Monday.",
        "The Regional Conference opened on Monday.",
        "The Good Neighbourliness Treaty was signed on Monday.",
    ],
)
def test_a_noun_ending_still_marks_no_name(text: str) -> None:
    assert roles(text, PUBLISHED) == {}
