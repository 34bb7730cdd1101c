"""Roles, round 27: a name word ending in an apostrophe (a transliterated ayn: "Shia' Al X") stays
inside the name, so its office is not lent to someone sharing a given name; "MPs A, B and C":
the abbreviated plural is each listed holder's office."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


def test_an_apostrophe_ending_a_name_word_keeps_the_name_whole() -> None:
    text = (
        "Iraqi Prime Minister Ahmed Shia' Al Mansour will visit Tehran. "
        "Iran's deputy foreign minister Ahmad Rezaei said the trip was planned."
    )
    found = people(text, PUBLISHED)
    assert found["Ahmed Shia' Al Mansour"] == ("Prime Minister", "Iraq")
    assert found["Ahmad Rezaei"][1] == "Iran"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a possessive apostrophe after a name ending in "s", or before a lowercase word
        ("Minister Ali Jones' Office said no.", "Ali Jones"),
        ("Senator Ana Ruiz' aides said no.", "Ana Ruiz"),
    ],
)
def test_a_possessive_apostrophe_is_not_part_of_the_name(text: str, name: str) -> None:
    assert name in people(text, PUBLISHED)


def test_mps_before_a_list_is_each_holders_office() -> None:
    text = "The delegation includes MPs Anna Sargsyan, Karen Avoyan and Gor Melikyan."
    found = people(text, PUBLISHED)
    assert [found[n][0] for n in ("Anna Sargsyan", "Karen Avoyan", "Gor Melikyan")] == ["MP", "MP", "MP"]


def test_mps_leaves_a_holder_with_an_office_of_his_own() -> None:
    text = "The delegation includes MPs Anna Sargsyan and Deputy Speaker Gor Melikyan."
    found = people(text, PUBLISHED)
    assert found["Anna Sargsyan"][0] == "MP"
    assert found["Gor Melikyan"][0] == "Deputy Speaker"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Kenyan Vice-Minister of Trade Amos Kiprono met the delegation.",
            "Amos Kiprono",
            "Vice-Minister of Trade",
        ),
        ("Vice-Chairman Liu Qiang spoke on Monday.", "Liu Qiang", "Vice-Chairman"),
        ("Deputy-Governor Ana Moreno said the bank would act.", "Ana Moreno", "Deputy-Governor"),
    ],
)
def test_a_hyphenated_graded_office_is_a_title(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


def test_a_style_of_plain_words_before_king_is_no_name() -> None:
    text = "He sent greetings to Guardian of the Ancient Shrines King Faisal bin Hamad Al Nasser on Monday."
    found = people(text, PUBLISHED)
    assert list(found) == ["Faisal bin Hamad Al Nasser"]
    assert found["Faisal bin Hamad Al Nasser"][0] == "King"


def test_king_inside_a_name_after_a_given_name_stays() -> None:
    # near miss: the words before "King" hold a given name
    assert "Martin Luther King" in people("Martin Luther King spoke in the capital in 1963.", PUBLISHED)


def test_a_plural_office_of_countries_each_before_its_holder() -> None:
    text = "Presidents of Latvia Ivan Petrov and Estonia Karl Weiss met in the capital on Monday."
    found = people(text, PUBLISHED)
    assert found["Ivan Petrov"] == ("President", "Latvia")
    assert found["Karl Weiss"] == ("President", "Estonia")


def test_a_plural_office_with_commas_keeps_its_reading() -> None:
    # near miss: the written-out form with commas after each country
    text = "The Presidents of Latvia, Ivan Petrov, and of Estonia, Karl Weiss, met on Monday."
    found = people(text, PUBLISHED)
    assert found["Ivan Petrov"][1] == "Latvia"
    assert found["Karl Weiss"][1] == "Estonia"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "She was joined in Kyiv by another Democrat senator, Alan Brier, on Friday.",
            "Alan Brier",
            "senator",
        ),
        (
            "The envoy travelled with a Conservative lawmaker, Maria Holt, to the border.",
            "Maria Holt",
            "lawmaker",
        ),
    ],
)
def test_an_indefinite_office_apposed_before_a_name(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


def test_a_plain_list_after_a_preposition_gets_no_office() -> None:
    # near miss: no office before the comma
    assert people("She was joined by friends, Alan Brier, on Friday.", PUBLISHED)["Alan Brier"][0] is None
