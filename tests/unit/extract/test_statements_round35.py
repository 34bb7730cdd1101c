"""Round 35: reported speech missed on fresh real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_LEAD = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one who reports another's words speaks the whole clause: an office, a person, 'that' or not
        (
            _LEAD + "The Danish embassy said Quispe praised the new ferry link between the two ports.",
            [("indirect", "Danish embassy", "Quispe praised the new ferry link between the two ports")],
        ),
        (
            _LEAD + "Holm said that Quispe voiced hope for a fishing accord before the winter.",
            [("indirect", "Lars Holm", "Quispe voiced hope for a fishing accord before the winter")],
        ),
        # near miss: a news outlet reporting someone passes on that person's words
        (
            _LEAD + "Reuters reported that Quispe stressed that the tariffs would stay in place.",
            [("indirect", "Rosa Quispe", "the tariffs would stay in place")],
        ),
    ],
)
def test_a_report_of_anothers_words_is_the_reporters(text: str, expected: list) -> None:
    assert built(text) == expected


def test_after_an_office_relays_a_person_he_is_that_person() -> None:
    """'The embassy said Quispe stressed ... He added ...': 'he' names no embassy; the person relayed
    speaks on; after a person relays another, 'he' is still the reporter."""
    text = (
        "Danish Trade Minister Lars Holm met Peruvian Foreign Minister Jorge Soto in Lima on Monday.\n\n"
        "The Danish embassy said Soto praised the new ferry link between the two ports.\n\n"
        "He also said that the fishing fleet would grow."
    )
    assert built(text)[-1] == ("indirect", "Jorge Soto", "the fishing fleet would grow")
