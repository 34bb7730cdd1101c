"""Mentions, round 29: bodies that are no bodies ("Heads of State and Government", the Nth edition
of a recurring meeting) and a bracketed short form that spells the body named after an "of"."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import names

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a class of people, not a body named "State and Government"
        ("The Heads of State and Government agreed on a joint plan.", []),
        (
            "Heads of State and Government of the Arab League met in Cairo on Monday.",
            ["Arab League"],
        ),
        # near misses: a body named with the class is still a body, and so is a real government
        (
            "The Assembly of Heads of State and Government of the African Union met on Monday.",
            ["Assembly of Heads of State and Government of the African Union"],
        ),
        ("The State Department said on Monday that talks would go on.", ["State Department"]),
    ],
)
def test_heads_of_state_and_government(text: str, bodies: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # the Nth edition of a recurring meeting is an event; so is the same name where it recurs
        ("The two presidents opened the 9th Joint Border Commission in the north.", []),
        (
            "Ministers held the fourth Joint Trade Commission on Tuesday. The Joint Trade Commission "
            "will meet again next year.",
            [],
        ),
        (
            "They prepared the 3rd Andean Binational Cabinet. Binational Cabinets are held yearly.",
            [],
        ),
        # near misses: a legislature counts its terms, a known body stays, no ordinal no change
        ("The 118th Congress passed the bill.", ["Congress"]),
        ("Leaders met at the 43rd ASEAN Summit in Jakarta.", ["Association of Southeast Asian Nations"]),
        ("The Joint Border Commission met in the north.", ["Joint Border Commission"]),
        # an ordinal also counts a body's units or courts: those stay bodies, and so does the
        # body an edition is "of", also where it recurs alone
        (
            "Soldiers of the 58th Rifle Brigade held the ridge. The 58th Rifle Brigade said so.",
            ["Rifle Brigade"],
        ),
        ("The 4th Circuit Court of Appeals upheld the ruling.", ["Circuit Court of Appeals"]),
        (
            "Delegates met at the 5th Plenary Session of the Grand Assembly. The Grand Assembly then voted.",
            ["Grand Assembly"],
        ),
    ],
)
def test_ordinal_editions(text: str, bodies: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == bodies


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # the bracketed short form spells the body after "of": that body's, not the organ's
        (
            "The Council of Ministers of the Southern African Development Community (SADC) met. "
            "SADC said the talks went well.",
            [
                "Council of Ministers of the Southern African Development Community",
                "Southern African Development Community",
            ],
        ),
        # near misses: the short form spells the whole name, or a short form need not be initials
        (
            "The National Security Council (NSC) met. The NSC said it would act.",
            ["National Security Council"],
        ),
        ("The Free Democrats (FDP) left the coalition.", ["Free Democrats"]),
    ],
)
def test_short_form_of_the_owning_body(text: str, bodies: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == bodies


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a wire dateline in capitals: the place, then the agency in brackets (or the country) and a dash
        (
            "Talks in the north\nKORBEN (Rudaw 24) - Prime Minister Ali Hassan met the envoy on Monday.",
            [("person", "Ali Hassan")],
        ),
        (
            "Leaders to meet\nLYONVILLE, Barbados (RNA) - Leaders of the region will meet next week.",
            [("country", "Barbados")],
        ),
        ("Credit line\nST. KORBEN, JUNE 8, 2010 (RNA) - The Secretary General arrived on Monday.", []),
        # near misses: no dash after the bracket, or the word is not where a line starts
        (
            "Talks in the north\nKORBEN (RNA) said on Monday that talks went well.",
            [("organization", "KORBEN")],
        ),
        (
            "Talks in the north\nThe staff of KORBEN (RNA) - a new body - met on Monday.",
            [("organization", "KORBEN")],
        ),
    ],
)
def test_wire_dateline_place(text: str, actors: list[tuple[str, str]]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [(e.kind, e.name) for e in doc.entities] == actors


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # a leader's or a government's press service that speaks is a body, the source of the words
        (
            "The talks went well, the press service of the President of Ruritania reported.",
            ["press service of the President of Ruritania"],
        ),
        (
            "According to the president's press service, the leaders discussed trade.",
            ["president's press service"],
        ),
        (
            "The visit would go ahead, the press service of the Estonian government said.",
            ["press service of the Estonian government"],
        ),
        # the holder's name written after the owner's is not the press service's
        (
            "According to the press service of the President of Estonia Ana Ruiz, talks went well.",
            ["press service of the President of Estonia"],
        ),
        (
            "According to the press service of the President of Estonia Tomas Berg, talks went well.",
            ["press service of the President of Estonia"],
        ),
        (
            "The press service of the Government of Kyrgyz Republic reported the talks.",
            ["press service of the Government of Kyrgyz Republic", "Government of Kyrgyz Republic"],
        ),
        # near misses: a press service that does not speak, or one with no owner named
        ("She used to work for the press service of the President of Ruritania.", []),
        ("The talks went well, the press service said.", []),
        # a body's press service speaks for that body: no second body named after its press service
        (
            "The drills would last a week, the press service of the Interior Ministry said.",
            ["Interior Ministry"],
        ),
        (
            "The drills would last a week, the Defence Ministry's press service said.",
            ["Defence Ministry"],
        ),
        (
            "According to the press service of the European Commission, the talks went well.",
            ["European Commission"],
        ),
        # a head of government's is an office of its own, as a president's is
        (
            "The visit would go ahead, the press service of the Kazakh Prime Minister said.",
            ["press service of the Kazakh Prime Minister"],
        ),
    ],
)
def test_speaking_press_service(text: str, bodies: list[str]) -> None:
    assert names(text, PUBLISHED, "organization") == bodies


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an untitled name only ever written as a place: after "near" or a settlement's noun in apposition
        ("Envoys met Ana Ruiz in the country's capital, Porto Velha, on Friday.", ["Ana Ruiz"]),
        ("The jet will land at the terminal near Don Kaset on Friday.", []),
        ("Residents fled to the border town, Mae Kaset, on Friday.", []),
        # near miss: the same words also used as a person's name elsewhere in the story
        ("Aid reached the town near Don Kaset. Kaset said more would come.", ["Don Kaset"]),
        # near misses: a comma that closes a clause before its speaker is no apposition
        ("Heavy rain flooded the town, Ana Ruiz said on Friday.", ["Ana Ruiz"]),
        ("Prices rose sharply in the capital, Tomas Berg told reporters.", ["Tomas Berg"]),
    ],
)
def test_names_only_written_as_places(text: str, people: list[str]) -> None:
    doc = build_document(text, PUBLISHED)
    assert [e.name for e in doc.entities if e.kind == "person"] == people
