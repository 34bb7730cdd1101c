"""Stage coref: the affiliations people get from context when their own words name none."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import person_named, side_of

PUBLISHED = date(2023, 10, 24)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the country that marks a visitor beside an unmarked host is not the article's own side
        (
            "US Secretary of State Ann Low met Foreign Minister Raj Patel. "
            "The United States wants a deal, and the United States will pay.",
            "Raj Patel",
            None,
        ),
        (
            "Saudi Foreign Minister Prince Omar arrived on Monday. The Saudi minister was received by "
            "Prime Minister Ali Raza. Saudi Arabia and Saudi Arabia's fund will invest.",
            "Ali Raza",
            None,
        ),
        # a country whose people are all marked, none beside an unmarked person, is still home
        (
            "Indonesian President Budi Santoso spoke on Monday. Indonesia will ban the planes. "
            "Later, Transport Minister Adi Wirawan agreed.",
            "Adi Wirawan",
            "Indonesia",
        ),
    ],
)
def test_home_side_skips_the_visitors_country(text: str, name: str, expected: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a country someone pays a visit to is a destination, not their side
        ("From the Omani side, Sultan Haitham Tariq paid a visit to Norway.", "Haitham Tariq", "Oman"),
        ("They discussed President Li Wei's planned visit to Norway.", "Li Wei", None),
        # a country the sentence names otherwise still counts
        ("They discussed President Li Wei's plan to help Norway.", "Li Wei", "Norway"),
    ],
)
def test_a_visits_destination_is_no_side(text: str, name: str, expected: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # many states have a "Foreign Office": the name alone fixes no country
        ("The Foreign Office said talks went well.", None),
        ("The Foreign and Commonwealth Office said talks went well.", "United Kingdom"),
        ("The Home Office said talks went well.", "United Kingdom"),
    ],
)
def test_generic_state_organ_names_no_country(text: str, expected: str | None) -> None:
    doc = build_document(text, PUBLISHED)
    org = next(e for e in doc.entities if e.kind == "organization")
    assert org.affiliation == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his counterpart X" after a pronoun subject: the office of the person "his" stands for
        (
            "Foreign Minister Ali Reza spoke on Friday. Later he said he had met his Turkish counterpart Kemal Oz.",
            "Foreign Minister",
        ),
        # no possessive, no subject before it in the sentence: no office is known (the bare word
        # "counterpart" is no role)
        (
            "Foreign Minister Ali Reza spoke on Friday. Later, Turkish counterpart Kemal Oz said so.",
            None,
        ),
    ],
)
def test_counterpart_after_a_pronoun_takes_the_last_subjects_office(text: str, expected: str | None) -> None:
    assert person_named(text, PUBLISHED, "Kemal Oz").role == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the side stated for a list's first member covers the next one before a country named later
        (
            "Norwegian King Olav Berg and Queen Anna Berg will host President Ali Sow of Senegal in May.",
            "Anna Berg",
            "Norway",
        ),
        # a person not in that list still takes the sentence's other country
        (
            "Norwegian King Olav Berg will host President Ali Sow and Queen Awa Sow of Senegal in May.",
            "Awa Sow",
            "Senegal",
        ),
    ],
)
def test_list_leader_side_before_the_sentences_other_country(text: str, name: str, expected: str) -> None:
    assert side_of(text, PUBLISHED, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # unmarked at the head of a list of marked foreigners: the home side, not a country named after
        (
            "OSLO — They plan a summit among President Lars Holm, Chinese Premier Li Wei and "
            "Japanese Prime Minister Ken Sato, as well as efforts to disarm Iran.",
            "Norway",
        ),
        # the list's others unmarked too: no such inference, the sentence's other country stands
        (
            "OSLO — They plan a summit among President Lars Holm, Premier Li Wei and "
            "Prime Minister Ken Sato, as well as efforts to help Iran.",
            "Iran",
        ),
    ],
)
def test_unmarked_head_of_a_list_of_foreigners_is_home(text: str, expected: str) -> None:
    assert side_of(text, PUBLISHED, "Lars Holm") == expected
