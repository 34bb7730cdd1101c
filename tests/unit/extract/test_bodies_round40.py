"""A capitalised common noun after "the" that speaks is a body, never a person: no one's surname is an
English noun under the article ("The Treasury said", "the Hospital warned"), while "Okafor said" stays a
person, an office ("the Pope said") is no body and a title of no dictionary ("the Kabaka said") is left to
the name it belongs to."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "persons", "bodies"),
    [
        ("The Treasury said on Monday that borrowing would fall.", [], ["Treasury"]),
        ("Officials at the Treasury said the plan was sound.", [], ["Treasury"]),
        ("The Hospital warned that beds would run short.", [], ["Hospital"]),
        ("The Mint also said it would stop making the coin in June.", [], ["Mint"]),
        # near misses: a surname without the article, an office, a body the lexicon knows
        ("Okafor said on Monday that borrowing would fall.", ["Okafor"], []),
        ("The Pope said the talks should go on.", [], []),  # an office: no body
        ("The Kremlin said the call would take place.", [], ["Kremlin"]),
        ("The Treasury was closed for the holiday.", [], []),
        ("Kabaka Ronald Mutebi arrived. The Kabaka said the talks went well.", ["Kabaka Ronald Mutebi"], []),
    ],
)
def test_a_word_after_the_article_that_speaks_is_a_body(text, persons, bodies):
    assert names(text, PUBLISHED, "person") == persons
    assert names(text, PUBLISHED, "organization") == bodies
