"""Stage roles (round 11): a style before a name that an office precedes, counterparts of a
described office, the US style abbreviations."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the apposed office is the role; the title word before the name is a style
        (
            "Kenya's Minister of Trade, Ambassador Jane Wambui, met the team.",
            "Jane Wambui",
            "Minister of Trade",
        ),
        (
            "The talks were led by the Secretary to the Cabinet, Sen. Musa Bello.",
            "Musa Bello",
            "Secretary to the Cabinet",
        ),
        # negatives: a two-word office before the name stays; one word before one word stays
        ("The country's top diplomat, Foreign Minister Ann Lee, spoke.", "Ann Lee", "Foreign Minister"),
        ("The spokesman, Senator Bob Hale, spoke.", "Bob Hale", "Senator"),
    ],
)
def test_style_before_name_yields_to_office(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("The talks were led by the Secretary to the Cabinet, Sen. Musa Bello.", "Musa Bello", None),
        ("Sen. Chuck Harlan said no.", "Chuck Harlan", "United States"),
    ],
)
def test_us_style_only_for_us_offices(text: str, name: str, affiliation: str | None) -> None:
    assert people(text, PUBLISHED)[name][1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a counterpart holds the office described before it, with no name of its own
        (
            "Earlier, the Spanish foreign minister held talks with his Polish counterpart, Adam Nowak.",
            "Adam Nowak",
            "foreign minister",
        ),
        ("Foreign Minister Wang Yi met his Israeli counterpart Eli Cohen.", "Eli Cohen", "Foreign Minister"),
        # the other side's office unstated: "counterpart" is no role
        ("Peru's Rosa Diaz met her Chilean counterpart Juan Soto in Lima.", "Juan Soto", None),
    ],
)
def test_counterpart_role(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # the office's state between commas: the affiliation
        (
            "The visitors included the Minister of Trade, Kenya, Hon. Ruth Achieng, and two aides.",
            "Ruth Achieng",
            "Minister of Trade",
            "Kenya",
        ),
        # the office's body between commas: part of the office
        (
            "The Spokesman, Ministry of Justice, Ade Bello, said it.",
            "Ade Bello",
            "Spokesman, Ministry of Justice",
            None,
        ),
    ],
)
def test_office_then_its_state_or_body(text: str, name: str, role: str, affiliation: str | None) -> None:
    got_role, got_aff = people(text, PUBLISHED)[name]
    assert got_role == role
    assert affiliation is None or got_aff == affiliation


def test_two_appositions_in_a_list() -> None:
    got = people(
        "She met Mr Paul Reyes, the President of Chile and Dr Ana Vidal, the Foreign Minister.", PUBLISHED
    )
    assert got["Paul Reyes"][0] == "President of Chile"
    assert got["Ana Vidal"][0] == "Foreign Minister"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural title before a list: each holder's office, in the singular
        (
            "The delegation includes ministers Ann Lee, Bob Hale and Cy Moor.",
            {"Ann Lee": "minister", "Bob Hale": "minister", "Cy Moor": "minister"},
        ),
        (
            "Talks are set between Presidents Juan Ortiz and Pablo Ruiz in May.",
            {"Juan Ortiz": "President", "Pablo Ruiz": "President"},
        ),
        # negatives: a singular title is the first holder's only; a list member's own title stays
        ("Foreign Minister Ann Lee and Bob Hale spoke.", {"Ann Lee": "Foreign Minister", "Bob Hale": None}),
        (
            "Ministers Ann Lee and Senator Bob Hale spoke.",
            {"Ann Lee": "Minister", "Bob Hale": "Senator"},
        ),
    ],
)
def test_plural_title_before_list(text: str, expected: dict[str, str | None]) -> None:
    got = people(text, PUBLISHED)
    assert {name: got[name][0] for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a full name alone on its line under the headline: the writer
        (
            "Talks end in a draw\n\nBy Kofi Mensah, GNA\n\nAccra, May 2 - The minister spoke.",
            "Kofi Mensah",
            "reporter",
        ),
        ("Talks end in a draw\n\nAda Obi, Abuja\n\nThe minister spoke on Monday.", "Ada Obi", "reporter"),
        ("Talks end\nLina Sari - 18 March 2016 10:43 WIB\nThe minister spoke.", "Lina Sari", "reporter"),
        ("The minister spoke.\nTranslation: Mark Hale", "Mark Hale", "translator"),
        # negatives: a name the story goes on about; a name inside a sentence
        ("Ada Obi\n\nAda Obi won the vote on Monday.", "Ada Obi", None),
        ("Talks end\n\nAda Obi met the minister on Monday.", "Ada Obi", None),
    ],
)
def test_byline(text: str, name: str, role: str | None) -> None:
    got = people(text, PUBLISHED)[name]
    assert got[0] == role
    assert role is None or got[1] is None  # the writer's outlet is no side of the story


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a courtesy after the apposition's comma may take an article
        ("She will meet the Governor, the Hon. Ruth Lee, on Monday.", "Ruth Lee", "Governor"),
        ("She met Central Province Governor, the Hon. Ruth Lee MP, on Monday.", "Ruth Lee", "Governor"),
        # negative: "the" before a plain name after a comma is no apposition of the office
        ("She met the Governor, the man and Ruth Lee on Monday.", "Ruth Lee", None),
    ],
)
def test_courtesy_with_article_after_office(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office "to" another office: the whole capitalised office is the name's
        (
            "On Monday the Special Assistant on Media to Minister of Trade, Ada Obi, said so.",
            "Ada Obi",
            "Special Assistant on Media to Minister of Trade",
        ),
        # negatives: "to" after a verb; a lowercase office before "to"
        ("He wrote To The Minister of Health, John Okoro, today.", "John Okoro", "Minister of Health"),
        ("He met the adviser to the Minister of Health, John Okoro, today.", "John Okoro", None),
    ],
)
def test_office_to_an_office(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        # a local office's state, province or city is the holder's side
        ("Obama sat next to Ohio Gov.-elect Mark Dunn at the table.", "Mark Dunn", "Ohio"),
        ("Gov-elect Tom Ray of Nevada, a Democrat, spoke.", "Tom Ray", "Nevada"),
        ("Charlie Dunn, the incoming governor of Vermont, noted that.", "Charlie Dunn", "Vermont"),
        ("On Friday, Kerala Chief Minister Ravi Nair said it went well.", "Ravi Nair", "Kerala"),
        ("He will travel with Johor Chief Minister Ali Musa on the trip.", "Ali Musa", "Johor"),
        # negatives: an honorific is no place; a national office keeps the country
        ("She met Central Province Governor, the Hon. Ruth Lee MP, in Lae.", "Ruth Lee", None),
        ("Chinese Premier Li Wei spoke.", "Li Wei", "China"),
    ],
)
def test_local_office_place(text: str, name: str, affiliation: str | None) -> None:
    got = people(text, PUBLISHED)[name][1]
    if affiliation is None:
        assert got in (None, "Papua New Guinea")
    else:
        assert got == affiliation


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office, its lowercase subject, then a style before the name: the office is the role
        (
            "Kenya's Minister of foreign affairs Ambassador Jane Wambui met him.",
            "Jane Wambui",
            "Minister of foreign affairs",
        ),
        # negative: no office before the style
        ("They thanked Ambassador Jane Wambui for the visit.", "Jane Wambui", "Ambassador"),
    ],
)
def test_office_right_before_style(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # holders listed in a bracket after an office: that office, that side
        (
            "It is the second visit by a Peruvian president (Ana Ruiz in 1990 and Luis Soto in 2001 came too).",
            "Luis Soto",
            "president",
            "Peru",
        ),
        # negatives: a bracket after no office; a verb inside the bracket before the name
        ("The talks (chaired by Ana Ruiz) went well.", "Ana Ruiz", None, None),
        ("A Peruvian president (who met Ana Ruiz) spoke.", "Ana Ruiz", None, None),
    ],
)
def test_holders_in_bracket(text: str, name: str, role: str | None, affiliation: str | None) -> None:
    got = people(text, PUBLISHED)[name]
    assert got[0] == role
    assert affiliation is None or got[1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a bare office after a preposition, apposed to a name a comma closes
        (
            "During talks with prime minister, Ana Ruiz, they will discuss trade.",
            "Ana Ruiz",
            "prime minister",
        ),
        # negatives: no preposition before the office; no comma closing the name
        ("Voters chose prime minister, Ana Ruiz, again.", "Ana Ruiz", None),
        ("He met with prime minister, Ana Ruiz and others.", "Ana Ruiz", None),
    ],
)
def test_bare_office_after_preposition(text: str, name: str, role: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == role
