"""Roles, round 31 (fresh unseen articles): offices that did not reach their holder."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _roles(text: str) -> list[tuple[str, str | None, str | None]]:
    doc = build_document(text, date(2023, 10, 3))
    return [(e.name, e.role, e.affiliation) for e in doc.entities if e.kind == "person"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Diplomats said the Under-Secretary-General for Peace Operations, Maria Olsen, would visit.",
            "Under-Secretary-General for Peace Operations",
        ),
        ("Reporters saw Under-Secretary-General Maria Olsen arrive late.", "Under-Secretary-General"),
        (
            "The Assistant-Secretary-General for Europe, Maria Olsen, answered questions.",
            "Assistant-Secretary-General for Europe",
        ),
    ],
)
def test_a_hyphenated_un_grade_is_an_office(text: str, role: str) -> None:
    assert [r for _, r, _ in _roles(text)] == [role]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a grade before a word that is no office, an "under-" word that is no title
        "Reporters saw Under-Water Maria Olsen arrive late.",
        "The under-fire coach Maria Olsen spoke on Monday.",
    ],
)
def test_no_office_from_a_grade_alone(text: str) -> None:
    assert all(r is None for _, r, _ in _roles(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials welcomed Peter Smith, Deputy Commander of the Southern Command and his staff.",
            ("Peter Smith", "Deputy Commander of the Southern Command"),
        ),
        (
            "Anna Berg, Norway's deputy minister for trade and EU Commissioner Paul Weiss arrived in Oslo.",
            ("Anna Berg", "deputy minister for trade"),
        ),
        (
            "Anna Berg, Minister of Agriculture and Fisheries and her team arrived.",
            ("Anna Berg", "Minister of Agriculture and Fisheries"),
        ),
    ],
)
def test_an_apposed_office_ends_before_the_next_conjunct(text: str, expected: tuple) -> None:
    assert expected in [(name, role) for name, role, _ in _roles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: "and" inside the office's own name; a titled name before "and" is a list;
        # a lowercase office before "and his" lists people
        ("Anna Berg, the envoy and her husband, arrived.", ("Anna Berg", None)),
        (
            "Anna Berg, Minister of Trade and Industry, arrived in Oslo.",
            ("Anna Berg", "Minister of Trade and Industry"),
        ),
        (
            "Anna Berg, Minister of Trade and Industry Paul Weiss and others arrived.",
            ("Anna Berg", None),
        ),
    ],
)
def test_and_inside_an_office_keeps_it_whole(text: str, expected: tuple) -> None:
    assert expected in [(name, role) for name, role, _ in _roles(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials met the chairman of the Lower House Tim Berg on Monday.",
            ("Tim Berg", "chairman of the Lower House", None),
        ),
        (
            "The commander of the Regional Security Support (RSS) Mission Paul Otieno said they were ready.",
            ("Paul Otieno", "commander of the Regional Security Support (RSS) Mission", None),
        ),
        (
            "The president met with Governor of Russia's Altai Territory Oleg Petrov on Monday.",
            ("Oleg Petrov", "Governor of Russia's Altai Territory", "Russia"),
        ),
        (
            "The delegation included the acting Consul of the French Embassy in Chad, Paul Roux.",
            ("Paul Roux", "Consul of the French Embassy in Chad", "France"),
        ),
    ],
)
def test_an_office_reaches_its_holder_across_the_body_it_serves(text: str, expected: tuple) -> None:
    assert expected in _roles(text)
    assert all(name == expected[0] or name.startswith("The president") for name, _, _ in _roles(text))


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a verb or lowercase words between the office and the name; a title-case
        # headline's verb; no body word between them
        "The chairman of the Lower House praised Tim Berg on Monday.",
        "The chairman of the Lower House said on Monday Tim Berg would stay.",
        "The chairman of Acme Sells Shares Tim Berg",
    ],
)
def test_no_office_across_a_clause(text: str) -> None:
    assert all(role is None for name, role, _ in _roles(text) if name == "Tim Berg")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He called on the Minister of Foreign Affairs of Chile, Prof. Ana Ruiz, at the Ministry on Monday.",
            ("Ana Ruiz", "Minister of Foreign Affairs of Chile", "Chile"),
        ),
        (
            "The Minister of Foreign Affairs of Chile Prof. Ana Ruiz held talks on trade.",
            ("Ana Ruiz", "Minister of Foreign Affairs", "Chile"),
        ),
    ],
)
def test_a_four_letter_abbreviated_title_stays_with_its_name(text: str, expected: tuple) -> None:
    assert _roles(text) == [expected]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ship was led by Capt. Tom Berg on Monday.", "Capt. Tom Berg"),
        ("Yesterday Prof. Ana Ruiz held talks.", "Prof. Ana Ruiz"),
        # near miss: a sentence that ends on a four-letter capitalised word is no title
        ("The talks were held in Pisa. Ana Ruiz left.", "Ana Ruiz"),
    ],
)
def test_the_abbreviated_title_opens_the_person_span(text: str, span: str) -> None:
    doc = build_document(text, date(2023, 10, 3))
    assert span in [m.text for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Okafor landed on Sunday. With hopes rising for a political settlement of the long dispute, Okafor urged calm.",
        "Ruth Okafor landed on Sunday. After a senior round of talks in the capital, Okafor urged calm.",
        "Ruth Okafor landed on Sunday. Facing a special session of the assembly, Okafor urged calm.",
    ],
)
def test_an_indefinite_phrase_without_an_office_is_no_role(text: str) -> None:
    assert [role for _, role, _ in _roles(text)] == [None]


def test_an_indefinite_office_before_the_name_stays() -> None:
    # near miss: the same opening with an office in it
    assert _roles("A political adviser to the mayor, Ruth Okafor, urged calm.") == [
        ("Ruth Okafor", "political adviser to the mayor", None)
    ]
