"""Roles, round 25: Bhutanese styles open a name rather than being one; "his counterpart X, the
Foreign Minister of Y" takes the office stated after the name; a role description a person's span
came to cover is that person's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The envoy called on Prime Minister Lyonchhen Dr. Pema Wangdi in Thimphu.",
            "Pema Wangdi",
            "Prime Minister",
        ),
        ("Lyonchhen Pema Wangdi told reporters in Thimphu the road would open.", "Pema Wangdi", None),
        (
            "Foreign Minister Lyonpo Karma Dorji met the Indian envoy on Monday.",
            "Karma Dorji",
            "Foreign Minister",
        ),
        ("Dasho Sonam Tobgay chaired the meeting in Paro.", "Sonam Tobgay", None),
    ],
)
def test_a_bhutanese_style_is_no_name(text: str, name: str, role: str | None) -> None:
    found = people(text, PUBLISHED)
    assert name in found
    assert found[name][0] == role
    assert not any(n.startswith(("Lyon", "Dasho")) for n in found)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister Ravi Kumar will call on King Tenzin and meet his counterpart Lyonpo Dr. Karma Dorji, "
            "the Foreign Minister of Bhutan.",
            "Karma Dorji",
            "Foreign Minister of Bhutan",
        ),
        (
            "Foreign Minister Ana Costa will meet her counterpart Dr. Ivo Tomic, the Minister of Foreign Affairs of Croatia.",
            "Ivo Tomic",
            "Minister of Foreign Affairs of Croatia",
        ),
    ],
)
def test_an_office_stated_after_a_counterpart_is_theirs(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


def test_a_counterpart_without_apposition_keeps_the_office_read() -> None:
    found = people(
        "Chinese Foreign Minister Wang Yi met his Omani counterpart Badr Albusaidi in Beijing.", PUBLISHED
    )
    assert found["Badr Albusaidi"][0] == "Foreign Minister"


def test_a_description_inside_a_span_is_not_someone_else() -> None:
    found = people(
        "The minister will call on Prime Minister Lyonchhen Dr. Pema Wangdi and meet his counterpart "
        "Lyonpo Dr. Karma Dorji in Thimphu.",
        PUBLISHED,
    )
    assert set(found) == {"Pema Wangdi", "Karma Dorji"}
    assert found["Pema Wangdi"][0] == "Prime Minister"


def test_an_office_joined_to_a_counterpart_is_another_person() -> None:
    found = people(
        "The committee was co-chaired by Iran's Deputy Foreign Minister for Legal Affairs and his Omani "
        "counterpart Sheikh Salim al-Harthy.",
        PUBLISHED,
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "Guests attended the installation of Sultan Ahmad Karim as the 17th King of Malaysia at the palace.",
            "Ahmad Karim",
            "Sultan",
        ),
        (
            "The council confirmed Maria Lopez as the new Mayor of Lima on Monday.",
            "Maria Lopez",
            "Mayor of Lima",
        ),
        (
            "The senators backed Joseph Tanui as Speaker of the Senate on Friday.",
            "Joseph Tanui",
            "Speaker of the Senate",
        ),
        (
            "They chose Ana Berg as the first Chair of the Arctic Council.",
            "Ana Berg",
            "Chair of the Arctic Council",
        ),
    ],
)
def test_an_office_taken_as_is_the_persons(text: str, name: str, office: str) -> None:
    found = people(text, PUBLISHED)
    assert set(found) == {name}
    assert found[name][0] == office


def test_as_opening_a_clause_gives_no_office() -> None:
    found = people("John Mbeki greeted Paul Kagame as the President of Tanzania looked on.", PUBLISHED)
    assert found["Paul Kagame"][0] is None


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "He was joined by Foreign Affairs and International Cooperation Minister Tomas Banda.",
            "Tomas Banda",
            "Foreign Affairs and International Cooperation Minister",
        ),
        (
            "International Relations Minister Grace Pandor met the envoy.",
            "Grace Pandor",
            "International Relations Minister",
        ),
        ("Sport Minister Lucy Frame opened the games.", "Lucy Frame", "Sport Minister"),
        ("Digital Minister Ana Pires signed the deal.", "Ana Pires", "Digital Minister"),
        ("Lands and Housing Minister John Obiri spoke.", "John Obiri", "Lands and Housing Minister"),
        ("Higher Education Minister Ebi Patel arrived.", "Ebi Patel", "Higher Education Minister"),
    ],
)
def test_a_portfolio_before_the_office_is_part_of_it(text: str, name: str, office: str) -> None:
    assert people(text, PUBLISHED)[name][0] == office


def test_a_portfolio_word_alone_is_no_office() -> None:
    # near miss: the word as a plain noun before a name
    assert (
        people("Media reports said Ana Pires arrived.", PUBLISHED).get("Ana Pires", (None, None))[0] is None
    )


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "Prime Minister, the Most Hon. Andrew Hollis, has reaffirmed the commitment.",
            "Andrew Hollis",
            "Prime Minister",
        ),
        ("The Foreign Secretary, the Right Hon. James Clever, said so.", "James Clever", "Foreign Secretary"),
        ("The Speaker, the Rt Hon Lindsay Hoyle, opened the debate.", "Lindsay Hoyle", "Speaker"),
        ("Central Province Governor, the Hon. Peter Banda, spoke.", "Peter Banda", "Governor"),
    ],
)
def test_a_graded_style_after_the_office_keeps_the_apposition(text: str, name: str, office: str) -> None:
    role = people(text, PUBLISHED)[name][0]
    assert role is not None and office in role
