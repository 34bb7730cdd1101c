"""Mentions, round 26: a name written right after a noun that only names bodies ("the ruling party
X", "rebel group X", "the daily X") is that body, and stays one where it recurs alone ("X said",
"X chief Y"); a credit line ("(Reporting by X; Editing by Y)") is no title-case headline."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document


def _entities(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    doc = build_document(text, date(2024, 3, 5))
    return {e.name: (e.kind, e.role, e.affiliation) for e in doc.entities}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The ruling party Tamsa said on Tuesday it would back the bill.", "Tamsa"),
        ("Rebel group Tahrir Sham said it had seized the town.", "Tahrir Sham"),
        ("The daily Vremya reported the talks on Monday.", "Vremya"),
        ("Japan's coalition party Sorato said talks would go on.", "Sorato"),
        ("The opposition alliance Zelena Akcija said it would boycott the vote.", "Zelena Akcija"),
    ],
)
def test_a_name_after_a_body_noun_is_a_body(text: str, body: str) -> None:
    entities = _entities(text)
    assert entities[body][0] == "organization"
    assert not [n for n, (k, _, _) in entities.items() if k == "person"]


def test_the_body_stays_one_where_it_recurs() -> None:
    text = (
        "The opposition party Volna said it would vote no. Volna said the bill was unfair. "
        "Volna leader Ivan Petrov told reporters the party would appeal."
    )
    entities = _entities(text)
    assert entities["Volna"][0] == "organization"
    assert entities["Ivan Petrov"] == ("person", "leader", "Volna")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a person after such a noun, or a noun of a person's occupation
        ("The party Tom Bell founded said no.", "Tom Bell"),
        ("The group Ismail Haniyeh led said it would fight.", "Ismail Haniyeh"),
        ("Film producer Ana Ruiz said the film would open in May.", "Ana Ruiz"),
        ("Asked about the group, Tom Bell said no.", "Tom Bell"),
    ],
)
def test_a_person_after_such_a_noun_stays_a_person(text: str, name: str) -> None:
    assert _entities(text)[name][0] == "person"


def test_a_credit_line_is_no_headline() -> None:
    text = "The talks will resume, officials said.\n\n(Reporting by Mina Cho; Editing by Paul Grant)"
    entities = _entities(text)
    assert entities["Mina Cho"][0] == "person"
    assert entities["Paul Grant"][0] == "person"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Caricom Secretary General Dr Ana Lewis announced the awards.", "Caribbean Community"),
        ("Nato chief Lars Holm said allies would stand firm.", "North Atlantic Treaty Organization"),
        ("Ecowas leaders met in Abuja on Sunday.", "Economic Community of West African States"),
        ("Opec ministers agreed to cut output.", "Organization of the Petroleum Exporting Countries"),
    ],
)
def test_an_acronym_written_as_a_word_is_the_body(text: str, body: str) -> None:
    entities = _entities(text)
    assert entities[body][0] == "organization"


def test_the_holder_of_an_office_of_such_a_body_is_its() -> None:
    assert _entities("Caricom Secretary General Dr Ana Lewis announced the awards.")["Ana Lewis"] == (
        "person",
        "Secretary General",
        "Caribbean Community",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The leaders prayed at the Sheikh Zayed Grand Mosque on Friday.",
        "The talks were held at the King Fahd Hall in Riyadh.",
        "The Emir met the minister at Sheikh Hamad Bin Khalid Majlis on Tuesday.",
        "The summit is going on at the Lakeside Resort Munyonyo in Kampala.",
        "He offered the clinics to Solomon Islanders to cut their costs.",
        "Cook Islanders voted on Tuesday.",
    ],
)
def test_a_place_named_after_someone_or_a_people_is_no_person(text: str) -> None:
    assert not [n for n, (k, _, _) in _entities(text).items() if k == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: the titled person beside such a place, and a monk's style
        ("King Fahd opened the hall in Riyadh.", "Fahd"),
        ("President Ruto arrived at the airport on Friday.", "Ruto"),
        ("The President met Ven. Banagala Upatissa Thero at the temple.", "Banagala Upatissa Thero"),
    ],
)
def test_a_titled_person_stays(text: str, name: str) -> None:
    assert _entities(text)[name][0] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Prime Minister Ana Lopez Says Several Critical Issues are on the Agenda for the Meeting.",
            "Ana Lopez",
        ),
        ("President Tom Mwale Tells Leaders To Act Now On Trade.", "Tom Mwale"),
        ("Prime Minister Lopez Warns Of Hard Times Ahead For Farmers.", "Lopez"),
    ],
)
def test_a_headline_verb_ends_the_name(text: str, name: str) -> None:
    assert _entities(text)[name][0] == "person"


@pytest.mark.parametrize(
    "text",
    [
        "The President also met the Chief Incumbent of the Kelani Buddhist Society on Friday.",
        "He spoke with the Chief Incumbent of the Ruwan Temple.",
    ],
)
def test_an_office_word_before_of_is_no_surname(text: str) -> None:
    assert not [n for n, (k, _, _) in _entities(text).items() if k == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # near misses: a surname that is a dictionary word, given or known
        ("Governor Brown of California said yes.", "Brown"),
        ("Senator Rice of the committee spoke first.", "Rice"),
    ],
)
def test_a_surname_before_of_stays(text: str, name: str) -> None:
    assert _entities(text)[name][0] == "person"
