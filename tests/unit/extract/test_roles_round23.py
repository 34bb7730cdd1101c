"""Roles, round 23: a headline's "X, <office> <verb>" is a list of two, not an apposition."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import people, roles

PUBLISHED = date(2024, 3, 5)


def _mention(text: str, head: str) -> tuple[str | None, str | None]:
    doc = build_document(text, PUBLISHED)
    m = next(m for m in doc.mentions if m.kind == "person" and m.text.endswith(head))
    return m.role, m.affiliation


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("President Kim, Japanese premier discuss trade and energy\n\nThe talks ran long.", "Kim"),
        ("Minister Okafor, French counterpart meet in Paris\n\nThey spoke for an hour.", "Okafor"),
        ("Chancellor Weber, Italian minister sign gas deal\n\nThe deal runs to 2030.", "Weber"),
        ("PM Sato, Indian foreign secretary hold talks, agree on visas\n\nNothing else.", "Sato"),
    ],
)
def test_an_office_followed_by_a_plain_verb_is_the_second_actor(text: str, head: str) -> None:
    role, affiliation = _mention(text, head)
    assert affiliation not in ("Japan", "France", "Italy", "India")
    assert role is None or " " not in role or role.istitle()


@pytest.mark.parametrize(
    ("text", "head", "affiliation"),
    [
        ("Kofi Mensah, Ghanaian trade minister, said the deal was fair.", "Mensah", "Ghana"),
        ("We met Anna Berg, Swedish foreign minister.", "Berg", "Sweden"),
        ("Ali Khan, Pakistani envoy, discusses trade with Chinese officials.", "Khan", "Pakistan"),
    ],
)
def test_a_closed_description_still_describes(text: str, head: str, affiliation: str) -> None:
    assert _mention(text, head)[1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a list of described people closed by ";"
        (
            "Present were Kofi Mensah, the finance minister; Ama Owusu, the trade minister; and others.",
            "Kofi Mensah",
            "finance minister",
        ),
        (
            "He met Nguyen Van An; Vo Thi Ba, the president; and Le Van Hai, the assembly chief.",
            "Vo Thi Ba",
            "president",
        ),
        # a compound rank and a short bracket around the name of an apposed office
        (
            "He is accompanied by the National Security Adviser, Maj.-Gen. Kofi Mensah (rtd.), and others.",
            "Kofi Mensah",
            "National Security Adviser",
        ),
        ("He met the spokesman, Kofi Mensah (PDP), on Monday.", "Kofi Mensah", "spokesman"),
        # what an office covers may list places ("for Latin America and the Caribbean")
        (
            "He was received by the undersecretary for Latin America and the Caribbean, Luis Soto, together with others.",
            "Luis Soto",
            "undersecretary for Latin America and the Caribbean",
        ),
    ],
)
def test_apposed_offices(text: str, name: str, role: str) -> None:
    assert roles(text, PUBLISHED)[name] == role


def test_a_semicolon_clause_after_a_name_is_no_office() -> None:
    assert roles("He praised Kofi Mensah; the minister then left.", PUBLISHED)["Kofi Mensah"] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "According to Deputy Government Spokeswoman, Anna Berg, the chancellor will travel.",
            "Anna Berg",
            "Deputy Government Spokeswoman",
        ),
        ("According to the spokeswoman, Anna Berg, the chancellor will travel.", "Anna Berg", "spokeswoman"),
        (
            "Moussa Diallo, head of the African Union Commission discussed the talks with the rebels.",
            "Moussa Diallo",
            "head of the African Union Commission",
        ),
        (
            "Ama Owusu, chair of the Electoral Commission said the vote was fair.",
            "Ama Owusu",
            "chair of the Electoral Commission",
        ),
    ],
)
def test_a_clause_after_the_name_is_not_its_office(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        ("The minister hosted H.E. Daniel Cohen of Israel on Tuesday.", "Daniel Cohen", "Israel"),
        ("He later met Ali Rezaei of Iran and Ana Ruiz of Chile.", "Ali Rezaei", "Iran"),
        ("Presidents Luis Soto of Peru and Ana Ruiz of Chile met in Lima.", "Ana Ruiz", "Chile"),
    ],
)
def test_a_country_right_after_a_name_is_its_side(text: str, name: str, side: str) -> None:
    assert people(text, PUBLISHED)[name][1] == side


def test_a_country_owning_what_follows_is_not_the_side() -> None:
    assert people("He met Daniel Cohen of Israel's foreign ministry.", PUBLISHED)["Daniel Cohen"][1] is None


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        (
            "Kenny hosted Northern Ireland First Minister Arlene Foster.",
            "Arlene Foster",
            "First Minister",
            "Northern Ireland",
        ),
        ("Scotland First Minister Nicola Sturgeon spoke.", "Nicola Sturgeon", "First Minister", "Scotland"),
        ("Ireland First Minister Arlene Foster spoke.", "Arlene Foster", "First Minister", "Ireland"),
    ],
)
def test_a_first_minister_governs_the_region_written_before(
    text: str, name: str, role: str, side: str
) -> None:
    assert people(text, PUBLISHED)[name] == (role, side)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ('"We are ready," said Hadi Idris, the SRF leader on Saturday.', "Hadi Idris", "leader"),
        ("The talks were led by Ama Owusu, the trade minister on Monday.", "Ama Owusu", "trade minister"),
        ("He met Kofi Mensah, the finance minister yesterday.", "Kofi Mensah", "finance minister"),
        ("He met Kofi Mensah, the minister on duty.", "Kofi Mensah", "minister on duty"),
    ],
)
def test_a_time_after_an_apposition_ends_it(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role
