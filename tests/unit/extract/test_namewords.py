"""Name words: the keys that let one person's spellings meet (coreference, the known-people lexicon)."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.namewords import name_word, name_words
from tests.unit.extract.helpers import names

PUBLISHED = date(2023, 10, 24)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zelenskyy", "Zelensky"),
        ("Zelenskiy", "Zelensky"),
        ("Sergey", "Sergei"),
        ("Dmitry", "Dmitri"),
        ("Yury", "Yuri"),
        ("Mohammed", "Mohamed"),
        ("Çavuşoğlu", "Cavusoglu"),
    ],
)
def test_spellings_of_one_name_share_a_key(a: str, b: str) -> None:
    assert name_word(a) == name_word(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sergei", "Sergio"),
        ("Kennedy", "Kenneth"),
        ("Li", "Lia"),
    ],
)
def test_different_names_keep_different_keys(a: str, b: str) -> None:
    assert name_word(a) != name_word(b)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Antony J. Blinken", {"antoni", "blinken"}),
        ("Riyad al-Maliki", {"riyad", "al-maliki"}),
        ("Von der Leyen", {"leyen"}),
        ("Sheikh Tamim", {"tamim"}),
    ],
)
def test_name_words_drop_initials_particles_and_honorifics(name: str, expected: set[str]) -> None:
    assert name_words(name) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Sergei Petrov arrived on Monday. Sergey Petrov said talks went well.",
        "President Oleksandr Zelenskyy spoke on Monday. Later Oleksandr Zelensky flew home.",
    ],
)
def test_transliterated_spellings_are_one_person(text: str) -> None:
    assert len(names(text, PUBLISHED, "person")) == 1


def test_similar_but_different_names_stay_two_people() -> None:
    text = "Foreign Minister Sergei Petrov arrived on Monday. Sergio Petrov, a trader, said prices rose."
    assert len(names(text, PUBLISHED, "person")) == 2


def test_short_given_name_is_keyed_as_the_full_one() -> None:
    from briefing_tui.extract.namewords import name_words

    assert name_words("Mike Pompeo") == name_words("Michael Pompeo")
    assert name_words("Chris Lee") != name_words("Christopher Lee")  # Chris: more than one full name
