"""Known people: the side a well-known office holder acts for when the article does not say it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest

from briefing_tui.extract import knownpeople
from briefing_tui.extract.namewords import name_words
from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import side_of

PUBLISHED = date(2023, 10, 24)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # no side in the text: the one every reader knows
        (
            "President Muhammadu Buhari said on Monday that the talks went well.",
            "Muhammadu Buhari",
            "Nigeria",
        ),
        ("Prime Minister Andrew Holness met the envoy in Kingston.", "Andrew Holness", "Jamaica"),
        # spelt without the accents the lexicon has
        ("Andres Manuel Lopez Obrador spoke to reporters.", "Andres Manuel Lopez Obrador", "Mexico"),
        # the head of a body acts for the body
        ("Kofi Annan urged both sides to return to the table.", "Kofi Annan", "United Nations"),
        # a middle initial or a middle name is no obstacle
        ("William S. Ruto said the vote was fair.", "William S. Ruto", "Kenya"),
        # what the article says wins over the lexicon
        ("Ghanaian diplomat Kofi Annan spoke in Accra.", "Kofi Annan", "Ghana"),
        # someone the lexicon does not know keeps the article's own evidence (none here)
        ("Minister Raj Patelkar said on Monday that the talks went well.", "Raj Patelkar", None),
    ],
)
def test_known_side(text: str, name: str, expected: str | None) -> None:
    assert side_of(text, PUBLISHED, name) == expected


def test_a_known_side_stops_a_guess_from_context() -> None:
    # the context rule would give the visited country to an unmarked visitor
    text = "In Jamaica, Secretary of State Antony Blinken met Prime Minister Andrew Holness on Monday."
    assert side_of(text, PUBLISHED, "Antony Blinken") == "United States"
    assert side_of(text, PUBLISHED, "Andrew Holness") == "Jamaica"


@pytest.fixture
def lexicon(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[list[tuple[str, str]]], None]]:
    def use(entries: list[tuple[str, str]]) -> None:
        monkeypatch.setattr(knownpeople, "ENTRIES", tuple(entries))
        knownpeople._index.cache_clear()

    yield use
    knownpeople._index.cache_clear()


@pytest.mark.parametrize(
    ("entries", "name", "expected"),
    [
        ([("Ana Maria Lopez", "Peru")], "Ana Maria Lopez", "Peru"),
        # one word fewer (a dropped first name) or one more (a middle name)
        ([("Ana Maria Lopez", "Peru")], "Maria Lopez", "Peru"),
        ([("Ana Lopez", "Peru")], "Ana Maria Lopez", "Peru"),
        # two words fewer is too loose
        ([("Ana Maria Lopez Garcia", "Peru")], "Lopez Garcia", None),
        # hyphenated given names are printed apart too, and the other way round
        ([("Park Ji-hoon", "South Korea")], "Park Ji Hoon", "South Korea"),
        ([("Park Ji Hoon", "South Korea")], "Park Ji-hoon", "South Korea"),
        # a lone surname never matches
        ([("Ana Lopez", "Peru")], "Lopez", None),
        # one name, two sides: never used
        ([("Ana Lopez", "Peru"), ("Ana López", "Chile")], "Ana Lopez", None),
        # a part of two entries of one side still names the side; of two sides, none
        ([("Kim Jong Un", "North Korea"), ("Kim Jong Il", "North Korea")], "Kim Jong", "North Korea"),
        ([("Ana Maria Lopez", "Peru"), ("Ana Lopez Ruiz", "Chile")], "Ana Lopez", None),
        # common given names alone are no one in particular, whatever the spelling
        ([("Mohammad Hassan Akhund", "Afghanistan")], "Mohamad Hasan", None),
        ([("Ahmed Ali Tahir", "Sudan")], "Ahmed Ali", None),
        ([("Mohammad Hassan Akhund", "Afghanistan")], "Hassan Akhund", "Afghanistan"),
        ([("Mohammad Hassan", "Afghanistan")], "Mohammad Hassan", "Afghanistan"),
    ],
)
def test_side_of(
    lexicon: Callable[[list[tuple[str, str]]], None],
    entries: list[tuple[str, str]],
    name: str,
    expected: str | None,
) -> None:
    lexicon(entries)
    assert knownpeople.side_of(name_words(name)) == expected


def test_every_side_is_a_known_country_or_body() -> None:
    from briefing_tui.extract.lexicon import orgs
    from briefing_tui.extract.lexicon.countries import NAMES

    sides = {side for _, side in knownpeople.ENTRIES}
    bodies = {canonical for canonical, _ in orgs.KNOWN.values()}
    assert sides <= set(NAMES.values()) | bodies
    assert len(knownpeople.ENTRIES) > 1000


def described(text: str, description: str) -> str:
    doc = build_document(text, PUBLISHED)
    for e in doc.entities:
        if e.kind == "person" and description in e.aliases:
            return e.name
    raise AssertionError(f"{description!r} went to no one")


def test_a_known_side_does_not_outrank_the_office_that_fits() -> None:
    # the Prime Minister's side is known from the lexicon, the External Affairs Minister's only from
    # context later: the description still goes to the office it names
    text = (
        "External Affairs Minister K Rao met the envoy on Monday. "
        "Prime Minister Narendra Modi will travel in June. "
        '"We had a good talk with the Indian Minister of External Affairs," the envoy said.'
    )
    assert described(text, "the Indian Minister of External Affairs") == "K Rao"
