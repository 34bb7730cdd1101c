"""Roles and bodies, round 33.

- A plural noun's possessive inside a body's name ("the National People's Congress", "the
  All People's Congress", "the Women's Union") does not end the name: the office holds the
  whole name, the body is read whole, and its last word is no other body of its own
  ("Congress" is no US body there).
- An ampersand reads as "and" ("Secretary for Transport & Housing X", "Trinidad & Tobago").
- A list of holders told name first ("A, Minister of X, B, Minister of Y, ...") pairs each office
  with the name before it.
- An office apposed before a name may have a participle or qualifier before it ("Mali's elected
  president, X") and a state named by a common noun as its possessor ("the country's president, X").
- A plural office before a list gives each name the office in the singular also after a past
  marker, before a comma, and with the body it belongs to after it ("members of the X Assembly A, B").
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names, person_named

PUBLISHED = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Premier Okafor met the Chairman of the Standing Committee of the National People's "
            "Congress, Lin Haobo, in the capital.",
            "Lin Haobo",
            "Chairman of the Standing Committee of the National People's Congress",
        ),
        (
            "The visit came at the invitation of Lin Haobo, chairman of the National People's "
            "Congress, the country's top legislature.",
            "Lin Haobo",
            "chairman of the National People's Congress",
        ),
        (
            "She was greeted by Mai Thuy Linh, a member of the Standing Committee of the National "
            "People's Congress.",
            "Mai Thuy Linh",
            "member of the Standing Committee of the National People's Congress",
        ),
    ],
)
def test_an_office_holds_the_whole_body_name(text: str, name: str, role: str) -> None:
    person = person_named(text, PUBLISHED, name)
    assert person.role == role
    assert person.affiliation != "United States"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "He met the Vice-Chairman of the Standing Committee of the National People's Congress, "
            "Lin Haobo, on Monday.",
            "Standing Committee of the National People's Congress",
        ),
        (
            "He addressed the Standing Committee of the Provincial People's Council on Monday.",
            "Standing Committee of the Provincial People's Council",
        ),
    ],
)
def test_the_body_is_read_whole(text: str, body: str) -> None:
    bodies = names(text, PUBLISHED, "organization")
    assert body in bodies
    assert "Congress" not in bodies
    assert "Union" not in bodies


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # near misses: a country's possessive still ends the name before an office
        (
            "The talks were led by China's Foreign Minister Lin Haobo on Monday.",
            "Lin Haobo",
            "Foreign Minister",
        ),
        # a possessive of a person is no part of a body
        ("He met the head of Okafor's Congress Party, Ada Nwosu, on Monday.", "Ada Nwosu", None),
    ],
)
def test_other_possessives_still_end_the_name(text: str, name: str, role: str | None) -> None:
    person = person_named(text, PUBLISHED, name)
    if role is not None:
        assert person.role == role
    assert "People's" not in (person.role or "")


# An ampersand reads as "and": offices and names joined by it hold together
# ("Secretary for Transport & Housing X", "Bosnia & Herzegovina").
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "She was joined by Secretary for Innovation & Technology Peter Wong at the airport.",
            "Peter Wong",
            "Secretary for Innovation & Technology",
        ),
        (
            "The delegation included Minister of Agriculture, Water & Land Reform Samuel Lau.",
            "Samuel Lau",
            "Minister of Agriculture, Water & Land Reform",
        ),
        (
            "The talks were opened by Minister of Foreign & Regional Affairs Elena Marsh.",
            "Elena Marsh",
            "Minister of Foreign & Regional Affairs",
        ),
    ],
)
def test_an_ampersand_joins_an_office(text: str, name: str, role: str) -> None:
    assert person_named(text, PUBLISHED, name).role == role


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Prime Minister of Trinidad & Tobago, Elena Marsh, arrived on Monday.", "Trinidad and Tobago"),
        (
            "Minister of Foreign Affairs of Bosnia & Herzegovina Elena Marsh arrived.",
            "Bosnia and Herzegovina",
        ),
    ],
)
def test_an_ampersand_joins_a_country_name(text: str, country: str) -> None:
    assert person_named(text, PUBLISHED, "Elena Marsh").affiliation == country
    assert country in names(text, PUBLISHED, "country")


def test_an_ampersand_between_two_names_keeps_two_people() -> None:
    # near miss: two people joined by the sign stay two
    found = set(names("Peter Wong & Maria Lopez met in the capital on Monday.", PUBLISHED, "person"))
    assert {"Peter Wong", "Maria Lopez"} <= found


# A list told name first ("A, Minister of X, B, Minister of Y, ..."): each office after a name
# is that name's; one told office first ("the Minister of X, A, the Minister of Y, B") stays read so.
_NAME_FIRST = (
    "The delegation includes Peter Okafor, Minister for Foreign Affairs, Samuel Lau, Minister for "
    "Water Supply, Maria Lopez, Minister for Roads and Transport, Elena Marsh, National Security "
    "Advisor, and other officials."
)
_OFFICE_FIRST = (
    "The delegation includes the Minister for Foreign Affairs, Peter Okafor, the Minister for Water "
    "Supply, Samuel Lau, and the National Security Advisor, Maria Lopez."
)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (_NAME_FIRST, "Samuel Lau", "Minister for Water Supply"),
        (_NAME_FIRST, "Maria Lopez", "Minister for Roads and Transport"),
        (
            "The talks were attended by Ambassador Peter Okafor, Deputy Head of the Department of "
            "Gulf Affairs, Dr Samuel Lau, Kenya's Ambassador to Oman, and officials.",
            "Samuel Lau",
            "Ambassador to Oman",
        ),
        # near misses: told office first, or one office apposed before a name
        (_OFFICE_FIRST, "Peter Okafor", "Minister for Foreign Affairs"),
        (_OFFICE_FIRST, "Samuel Lau", "Minister for Water Supply"),
        (_OFFICE_FIRST, "Maria Lopez", "National Security Advisor"),
        (
            "In Nairobi, Kenya's president, Peter Okafor, said the talks went well.",
            "Peter Okafor",
            "president",
        ),
    ],
)
def test_a_list_of_names_and_offices_pairs_by_its_order(text: str, name: str, role: str) -> None:
    assert person_named(text, PUBLISHED, name).role == role


def test_a_name_first_list_links_no_office_to_the_next_name() -> None:
    person = person_named(_NAME_FIRST, PUBLISHED, "Samuel Lau")
    assert "Minister for Foreign Affairs" not in person.aliases


# "Mali's elected president, X", "the country's ousted civilian leader, X", "the island's new
# president, X": a participle or qualifier before the office, and a state named by a common noun
# as the possessor, still make an office apposed to the name.
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The junta toppled Kenya's elected president, Peter Okafor, last year.",
            "Peter Okafor",
            "president",
        ),
        (
            "Envoys could not meet the country's ousted civilian leader, Maria Lopez, on the trip.",
            "Maria Lopez",
            "leader",
        ),
        ("The delegation met the island's new president, Samuel Lau, on Monday.", "Samuel Lau", "president"),
        (
            "He later called the kingdom's foreign minister, Elena Marsh, by phone.",
            "Elena Marsh",
            "foreign minister",
        ),
    ],
)
def test_a_qualified_office_apposed_before_a_name(text: str, name: str, role: str) -> None:
    assert role in (person_named(text, PUBLISHED, name).role or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: no apposition, or no office after the participle
        ("The country's elected president met Peter Okafor on Monday.", "Peter Okafor"),
        ("Kenya's troubled economy shrank last year, Peter Okafor said.", "Peter Okafor"),
        ("The island's isolated villages were cut off, Peter Okafor said.", "Peter Okafor"),
    ],
)
def test_no_office_without_apposition(text: str, name: str) -> None:
    assert person_named(text, PUBLISHED, name).role is None


# A plural office before a list gives each name the office in the singular, also after a past
# marker ("former Prime Ministers A and B"), before a comma ("by presidents, A and B") and with the
# body it belongs to named after it ("members of the National Assembly A, B and C").
@pytest.mark.parametrize(
    ("text", "names_", "role"),
    [
        (
            "The envoy will also call on former Prime Ministers Tomas Verhallen and Jorge Abrantes.",
            ("Tomas Verhallen", "Jorge Abrantes"),
            "former Prime Minister",
        ),
        (
            "The agenda was agreed last June by presidents, Peter Okafor and Samuel Lau.",
            ("Peter Okafor", "Samuel Lau"),
            "president",
        ),
        (
            "The delegation includes members of the National Assembly Peter Okafor, Samuel Lau and Maria Lopez.",
            ("Peter Okafor", "Samuel Lau", "Maria Lopez"),
            "member of the National Assembly",
        ),
        (
            "Talks with the Co-Chairs of the Regional Contact Group - Peter Okafor, Samuel Lau, Maria Lopez "
            "took place in Vienna.",
            ("Peter Okafor", "Samuel Lau", "Maria Lopez"),
            "Co-Chair of the Regional Contact Group",
        ),
    ],
)
def test_a_plural_office_before_a_list(text: str, names_: tuple[str, ...], role: str) -> None:
    for name in names_:
        assert person_named(text, PUBLISHED, name).role == role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a plural that is no office, or a plural before one name alone
        ("He greeted residents of the Eastern Province Peter Okafor and Samuel Lau.", "Samuel Lau"),
        ("They spoke as ministers, Peter Okafor said on Monday.", "Peter Okafor"),
        ("The members of the National Assembly applauded, Peter Okafor said.", "Peter Okafor"),
    ],
)
def test_no_plural_office_without_a_list_of_holders(text: str, name: str) -> None:
    assert person_named(text, PUBLISHED, name).role is None


# "adviser" / "advisor": a description spelt the other way still fits the named holder
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ms Roy met Foreign Affairs Advisor Karim Hossain in the capital. Since then, India's "
            "Foreign Secretary Anil Rao and Bangladesh Foreign Affairs Adviser have kept in touch.",
            "Karim Hossain",
        ),
        (
            "Ms Roy met National Security Adviser Karim Hossain on Monday. Since then, India's "
            "Foreign Secretary Anil Rao and Bangladesh National Security Advisor have kept in touch.",
            "Karim Hossain",
        ),
    ],
)
def test_an_office_spelt_two_ways_is_one_holder(text: str, name: str) -> None:
    people = names(text, PUBLISHED, "person")
    assert name in people
    assert not any(p.lower().endswith(("adviser", "advisor")) for p in people)
