"""Mentions, round 27: words read as people's names that name no one: a capitalised plural of an
office or a group ("Heads agreed", "Critics said"), a code with a digit ("the G7"), a title-case
headline's verb or preposition after a name ("X Convenes ...", "... Y In Rome"), an acronym's
expansion in brackets; and names written with a short "Md." or a style before "Dr"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Heads agreed that the fund should be set up by June.",
        "Previously, both Presidents met on Monday in the capital.",
        "Opponents said the measure would hurt farmers.",
        "Critics say the plan is too costly.",
        "Witnesses told the court the car was red.",
        "The T4 said it would cut tariffs.",
        "Officials said the Q3 said no to the plan.",
    ],
)
def test_plurals_and_codes_are_no_one(text: str) -> None:
    assert people(text, PUBLISHED) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: surnames that are plural words, and a name with a number word
        ("Senator Ann Meadows spoke first. Meadows said the bill was fair.", "Ann Meadows"),
        ("Judge Ray Sessions ruled on Friday. Sessions said the case was closed.", "Ray Sessions"),
        ("Peter Banks, the mayor, said no.", "Peter Banks"),
    ],
)
def test_surnames_that_are_plurals_stay_people(text: str, name: str) -> None:
    assert name in people(text, PUBLISHED)


@pytest.mark.parametrize("verb", ["Convenes", "Hosts", "Chairs"])
def test_a_headline_verb_after_the_name_is_cut(verb: str) -> None:
    text = (
        f" date 2024-03-05 President Tinubu {verb} Summit On Floods\n\n"
        "President Bola Tinubu will be there on Friday, his office said."
    )
    assert list(people(text, PUBLISHED)) == ["Bola Tinubu"]


def test_a_headline_preposition_before_a_place_ends_the_name() -> None:
    text = (
        "Kovac Hosts Austrian Chancellor Brunner In Vienna\n\n"
        "Chancellor Lena Brunner met Prime Minister Ivo Kovac on Monday."
    )
    found = people(text, PUBLISHED)
    assert not [n for n in found if "Vienna" in n]
    assert found["Lena Brunner"][0] == "Chancellor"


def test_a_vietnamese_name_ending_on_a_function_word_stays_whole() -> None:
    assert "Tran Van An" in people("Deputy Minister Tran Van An met the envoy in Hanoi on Monday.", PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "They met at the MICTIC (Mekong Initiative for Cross-Sectoral Technical and Industrial Cooperation) forum.",
        "Leaders will gather at the ACRE (Asian Council for Regional Energy) Summit in May.",
    ],
)
def test_an_acronym_written_out_in_brackets_is_no_person(text: str) -> None:
    assert people(text, PUBLISHED) == {}


def test_a_person_in_brackets_after_an_acronym_stays() -> None:
    # near miss: the bracket holds a speaker, whose initials do not spell the acronym
    found = people(
        "Leaders praised the FAO (Director Kim Harlan said the grain deal held) on Monday.", PUBLISHED
    )
    assert any("Harlan" in n for n in found)


def test_md_with_a_stop_opens_a_name() -> None:
    text = "Foreign adviser Md. Rafiq Karim said the talks went well. Karim left on Monday."
    found = people(text, PUBLISHED)
    assert list(found) == ["Md. Rafiq Karim"]
    assert found["Md. Rafiq Karim"][0] == "Foreign adviser"


def test_a_style_before_dr_is_no_name() -> None:
    text = "Prime Minister Tan Sri Dr Amir Hamzah and Chief Minister Tok Dr Rahim Osman met today."
    found = people(text, PUBLISHED)
    assert "Tok" not in found
    assert found["Rahim Osman"][0] == "Chief Minister"


def test_a_generation_suffix_does_not_make_a_second_person() -> None:
    text = "Kenyan President Daniel Moiro spoke on Monday. Later, Moiro Jr. said the vote was fair."
    found = people(text, PUBLISHED)
    assert list(found) == ["Daniel Moiro"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Ramon Dela Cruz Jr. met the envoy on Friday. His father, Ramon Dela Cruz Sr., "
            "led the party until 1990. Dela Cruz Sr. died in 2001, and Dela Cruz Jr. spoke of him.",
            {"Ramon Dela Cruz Jr", "Ramon Dela Cruz Sr"},
        ),
        (
            "Governor Paul Ortega III praised his father, Paul Ortega II. Ortega III said so on Monday.",
            {"Paul Ortega III", "Paul Ortega II"},
        ),
        # near miss: one mark in the story is only a fuller form of the one person
        ("Mayor Lee Hart Jr. spoke. Hart Jr. said the plan was sound. Hart left early.", {"Lee Hart Jr"}),
    ],
)
def test_two_generation_marks_on_one_name_are_two_people(text: str, expected: set[str]) -> None:
    assert set(people(text, PUBLISHED)) == expected


def test_a_place_before_a_known_surname_is_cut_off() -> None:
    text = (
        "Egypt's Foreign Minister Karim Haddad flew to Cairo on Sunday. "
        "On arrival in Cairo Haddad told reporters the talks would be frank."
    )
    assert list(people(text, PUBLISHED)) == ["Karim Haddad"]


def test_a_name_after_in_without_a_place_stays_whole() -> None:
    # near miss: the first word after "in" is no place, so the name is not cut
    text = "Minister Rosa Haddad spoke. Confidence in Rosa Haddad grew, aides said."
    assert list(people(text, PUBLISHED)) == ["Rosa Haddad"]


@pytest.mark.parametrize(
    "text",
    [
        "They signed a note on Banda-Ruvo Tunnel, and a trade pact.",
        "The talks were held at 5, Raja Vikram Marg in the capital.",
        "Work on Kavala-Sorin Expressway will start in May.",
        "They inaugurated Mbeki Highway on Friday.",
    ],
)
def test_works_and_roads_named_like_people_are_no_one(text: str) -> None:
    assert people(text, PUBLISHED) == {}


@pytest.mark.parametrize(
    "text",
    [
        "NP-Tass Report\nThe two presidents met in the capital on Monday.",
        "KT-Bernama Reports\nThe two presidents met in the capital on Monday.",
    ],
)
def test_an_agency_credit_line_is_no_person(text: str) -> None:
    assert people(text, PUBLISHED) == {}


def test_a_surname_near_a_credit_word_stays() -> None:
    # near miss: the credit word opens a hyphenated surname
    assert "Tamsin Report-Smith" in people(
        "By Tamsin Report-Smith\nThe two presidents met on Monday.", PUBLISHED
    )
