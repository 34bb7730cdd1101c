"""Stage roles (round 12): an office after a gerund is its object, not the next name's apposition."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "omani"),
    [
        # the office is the one welcomed or met, not the speaker's
        (
            "Foreign Minister Ali Karimi met his Omani counterpart, Hamad Nouri. While welcoming the Omani foreign minister, "
            "Karimi said ties were good.",
            "Ali Karimi",
            False,
        ),
        (
            "Foreign Minister Ali Karimi met his Omani counterpart, Hamad Nouri. After meeting the Omani foreign minister, "
            "Karimi said ties were good.",
            "Ali Karimi",
            False,
        ),
        # negative: an apposition with no verb before it is still the name's
        (
            "Ali Karimi spoke on Monday. The Omani foreign minister, Hamad Nouri, said ties were good.",
            "Hamad Nouri",
            True,
        ),
    ],
)
def test_office_after_gerund_is_its_object(text: str, name: str, omani: bool) -> None:
    assert (people(text, PUBLISHED)[name][1] == "Oman") is omani


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an auxiliary closes a capitalised office apposed with no comma after it
        (
            "Ana Tupou, Prime Minister of the Cook Islands will host the summit.",
            "Ana Tupou",
            ("Prime Minister of the Cook Islands", "Cook Islands"),
        ),
        (
            "Ana Tupou, Foreign Minister of Niue has arrived.",
            "Ana Tupou",
            ("Foreign Minister of Niue", "Niue"),
        ),
        # negative: a clause after the comma is no description
        ("Ana Tupou, whose party won, will host the summit.", "Ana Tupou", (None, None)),
    ],
)
def test_apposition_closed_by_auxiliary(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert people(text, PUBLISHED)[name] == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # "counterpart" before a comma and the name: the name holds the other's office
        (
            "Foreign Minister Ali Reza meets Omani counterpart, Badr Nasser in Tehran.",
            "Badr Nasser",
            "Foreign Minister",
        ),
        (
            "Foreign Minister Ali Reza and his visiting Omani counterpart, Badr Nasser, talked.",
            "Badr Nasser",
            "Foreign Minister",
        ),
        # negative: a name after another noun and a comma takes no office
        ("Foreign Minister Ali Reza met Omani traders, Badr Nasser among them.", "Badr Nasser", None),
    ],
)
def test_counterpart_before_comma(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role
