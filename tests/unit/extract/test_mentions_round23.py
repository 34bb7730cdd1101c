"""Mentions, round 23: a capitalised word between a lower-case title and an office noun is no name."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import names

PUBLISHED = date(2019, 2, 8)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("She came with her chief Brexit negotiator Olly Robbins.", "Brexit"),
        ("He brought his senior Ebola adviser Kofi Mensah.", "Ebola"),
        ("The minister met the deputy Trade spokesman Ama Owusu.", "Trade"),
    ],
)
def test_the_subject_of_an_office_is_no_person(text: str, word: str) -> None:
    found = names(text, PUBLISHED, "person")
    assert word not in found
    assert all(word not in n.split() for n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Trump adviser John Bolton spoke.", "Trump"),
        ("The aide to Mensah said the talks went well.", "Mensah"),
    ],
)
def test_a_name_after_a_capitalised_title_stays(text: str, name: str) -> None:
    assert any(name in n for n in names(text, PUBLISHED, "person"))


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Mrs May arrived in Dublin on Friday.", "Mrs May"),
        ("Later Mr. May told reporters the deal was done.", "Mr. May"),
        ("Dr June thanked the nurses.", "Dr June"),
    ],
)
def test_a_month_after_a_courtesy_title_is_a_surname(text: str, mention: str) -> None:
    doc = build_document(text, PUBLISHED)
    assert mention in [m.text for m in doc.mentions if m.kind == "person"]


@pytest.mark.parametrize(
    "text",
    ["The minister may visit in May.", "Talks with Mr. Abe, in May, went well.", "She may call in June."],
)
def test_a_month_or_modal_elsewhere_is_no_person(text: str) -> None:
    doc = build_document(text, PUBLISHED)
    assert all(m.text not in ("May", "June") for m in doc.mentions if m.kind == "person")


@pytest.mark.parametrize(
    "text",
    [
        "He met Luis Soto, the envoy for South America.",
        "She heads the Central America desk.",
        "Trade across North America grew.",
        "Leaders of the Americas met in Lima.",
    ],
)
def test_a_continental_region_is_no_country(text: str) -> None:
    doc = build_document(text, PUBLISHED)
    assert [m.text for m in doc.mentions if m.kind == "country"] == []


def test_america_alone_stays_the_united_states() -> None:
    doc = build_document("He flew to America on Monday.", date(2019, 2, 8))
    assert [m.affiliation for m in doc.mentions if m.kind == "country"] == ["United States"]


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Modi, President Sirisena Hold Talks On Trade\n\nThe two leaders met.", "President Sirisena Hold"),
        ("Premier Li Meets Envoys In Beijing\n\nThe envoys came from Africa.", "Premier Li Meets"),
        ("Minister Kofi Mensah Signs Deal\n\nThe deal runs to 2030.", "Minister Kofi Mensah Signs"),
    ],
)
def test_a_headline_verb_is_not_the_last_word_of_a_name(text: str, bad: str) -> None:
    doc = build_document(text, PUBLISHED)
    persons = [m.text for m in doc.mentions if m.kind == "person"]
    assert bad not in persons
    assert bad.rpartition(" ")[0] in persons


def test_a_name_without_a_headline_verb_stays_whole() -> None:
    doc = build_document("Minister Kofi Mensah spoke on Monday.", date(2019, 2, 8))
    assert "Minister Kofi Mensah" in [m.text for m in doc.mentions if m.kind == "person"]
