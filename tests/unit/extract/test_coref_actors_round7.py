"""Stages mentions/coref: quoted names are no antecedents, national leader descriptions, body anaphors."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "persons", "orgs"),
    [
        # an adjective before a state head makes a body, not a leader's government read as the leader
        ("The Federal Government said so.", [], ["Federal Government"]),
        ("The Transitional Administration will meet on Monday.", [], ["Transitional Administration"]),
        ("The Military Government ruled the country.", [], ["Military Government"]),
        # a leader's name before one still is the leader
        ("The Carter Administration said so.", ["Carter"], []),
    ],
)
def test_qualified_government_is_no_person(text: str, persons: list[str], orgs: list[str]) -> None:
    assert names(text, PUBLISHED, "person") == persons
    assert names(text, PUBLISHED, "organization") == orgs


def pronoun_targets(text: str, pronouns: tuple[str, ...] = ("he", "she")) -> list[str | None]:
    """The person each of ``pronouns`` in ``text`` resolves to (None: unresolved), in text order."""
    doc = build_document(text, PUBLISHED)
    return [
        doc.entities[m.entity].name if m.entity is not None else None
        for m in doc.mentions
        if m.kind == "pronoun" and m.text.lower() in pronouns
    ]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a name inside another's quoted words is no antecedent of a pronoun outside them
        ('Tom Berg spoke on Monday. "I invite Mr. Sam Hale to Oslo," he said.', ["Tom Berg"]),
        ('Tom Berg spoke. "We met Sam Hale. It went well," he added.', ["Tom Berg"]),
        # inside the same quote it still is
        ('"Sam Hale said he would come," Tom Berg said.', ["Sam Hale"]),
        # and outside quotes nothing changes
        ("Tom Berg met Sam Hale on Monday, and he said it went well.", ["Tom Berg"]),
    ],
)
def test_pronoun_skips_names_in_quotes(text: str, targets: list[str | None]) -> None:
    assert pronoun_targets(text) == targets


def description_targets(text: str) -> dict[str, str | None]:
    doc = build_document(text, PUBLISHED)
    return {
        m.text: doc.entities[m.entity].name if m.entity is not None else None
        for m in doc.mentions
        if m.kind == "role"
    }


@pytest.mark.parametrize(
    ("text", "description", "target"),
    [
        # "leader" names a country's head, whatever the office is called
        (
            "Russian President Tom Berg met French President Sam Hale. The Russian leader spoke first.",
            "The Russian leader",
            "Tom Berg",
        ),
        (
            "British Prime Minister Ann Lee met Irish Premier Sam Hale. The British leader spoke first.",
            "The British leader",
            "Ann Lee",
        ),
        # a description with a country never goes to a person of another country, even a later one
        (
            "President Tom Berg met the minister in Kyiv. Berg thanked Turkey and its President Ali Kaya. "
            '"We talked," the Ukrainian president said.',
            "the Ukrainian president",
            "Tom Berg",
        ),
        # a deputy or a minister heads no country; a head of no known side may be the one meant
        (
            "Russian Deputy Prime Minister Tom Berg met Sam Hale. The Russian leader spoke first.",
            "The Russian leader",
            None,
        ),
        # once context gives the President a side, the latest head of that side is meant
        (
            "Chinese Premier Tom Berg will meet Japanese Prime Minister Sam Hale. "
            "They may discuss President Ali Kaya's visit to Japan. The Chinese leader last came in 2014.",
            "The Chinese leader",
            "Ali Kaya",
        ),
    ],
)
def test_national_leader_description(text: str, description: str, target: str | None) -> None:
    assert description_targets(text)[description] == target


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # an office apposed before a name marks it, whatever its surname ends with
        (
            "Guests were Tom Berg; the Prime Minister of Jamaica, Andrew Holness; and Ann Lee.",
            ["Tom Berg", "Andrew Holness", "Ann Lee"],
        ),
        ("The summit was hosted by the President of Ghana, Sam Witness.", ["Sam Witness"]),
        # without it a common-noun ending still is no name
        ("The Spirit of Business, Social Awareness said.", []),
        ("She praised Social Awareness on Monday.", []),
    ],
)
def test_office_apposition_names_a_holder(text: str, persons: list[str]) -> None:
    assert names(text, PUBLISHED, "person") == persons


def affiliation_of(text: str, name: str) -> str | None:
    return next(e.affiliation for e in build_document(text, PUBLISHED).entities if e.name == name)


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        # "the alliance's"/"the bloc's" office serves the international body named just before
        (
            "NATO envoys will meet in Oslo, the alliance's secretary general, Tom Berg, said.",
            "North Atlantic Treaty Organization",
        ),
        (
            "ASEAN leaders met in Hanoi. The bloc's chair, Tom Berg, said so.",
            "Association of Southeast Asian Nations",
        ),
        # not one named long before
        (
            "ASEAN leaders met. Rain fell in Hanoi. Trade rose. Prices fell. "
            "The bloc's chair, Tom Berg, said so.",
            None,
        ),
    ],
)
def test_body_anaphor_possessor(text: str, affiliation: str | None) -> None:
    assert affiliation_of(text, "Tom Berg") == affiliation


def test_body_anaphor_skips_national_bodies() -> None:
    # the Pentagon is a country's, no alliance
    text = "The Pentagon said so. The alliance's envoy, Tom Berg, said so too."
    assert affiliation_of(text, "Tom Berg") != "Pentagon"


def test_an_editors_brackets_are_no_part_of_the_name() -> None:
    text = "German Foreign Minister [Heiko] Maas said the talks went well. Maas will visit Kyiv on Friday."
    assert names(text, PUBLISHED, "person") == ["Heiko Maas"]
