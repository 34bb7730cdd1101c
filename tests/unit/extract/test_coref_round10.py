"""Stage coref, round 10: a bare head-of-state description means the article's own current holder,
and the U.S.-office default stays off offices whose portfolio is written before them."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import person_named, side_of
from tests.unit.extract.test_coref_actors_round7 import pronoun_targets

PUBLISHED = date(2024, 3, 5)


def described(text: str, phrase: str) -> str | None:
    """The person the first role mention whose text is ``phrase`` is resolved to."""
    doc = build_document(text, PUBLISHED)
    m = next(m for m in doc.mentions if m.kind == "role" and m.text == phrase)
    return doc.entities[m.entity].name if m.entity is not None else None


@pytest.mark.parametrize(
    ("text", "phrase", "target"),
    [
        # a dateline's own president, named without a nationality, outranks a marked foreign one
        (
            "MANILA, Philippines - President Ferdinand Marcos Jr. will travel to Jakarta. "
            "Marcos will meet Korean President Yoon Suk Yeol there. The president will also thank Seoul.",
            "The president",
            "Ferdinand Marcos Jr",
        ),
        # no dateline: the article's home side is that of the first unmarked person
        (
            "President Droupadi Murmu will visit Suriname on Sunday. She will meet the "
            "President of Suriname Chan Santokhi. The President will address a gathering.",
            "The President",
            "Droupadi Murmu",
        ),
        # a former holder is not the president of the story
        (
            "NAIROBI, Kenya - President William Ruto met a senator who backed former President "
            "Uhuru Kenyatta. The President hosted him at State House.",
            "The President",
            "William Ruto",
        ),
        # negative: with no holder of the home side, the latest fitting one stays
        (
            "MANILA, Philippines - Korean President Yoon Suk Yeol arrived on Monday. "
            "The president will meet business leaders.",
            "The president",
            "Yoon Suk Yeol",
        ),
    ],
)
def test_bare_president_is_home_holder(text: str, phrase: str, target: str) -> None:
    assert described(text, phrase) == target


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a portfolio written before the office: not the U.S. title
        (
            "MANILA, Philippines - Foreign Affairs Assistant Secretary Daniel Espiritu said the "
            "talks would go ahead.",
            "Daniel Espiritu",
            "Philippines",
        ),
        # negative: the U.S. titles themselves keep the default
        (
            "Assistant Secretary of State Dan Kritenbrink said the talks would go ahead.",
            "Dan Kritenbrink",
            "United States",
        ),
        ("Deputy Assistant Secretary Jung Pak said the talks would go ahead.", "Jung Pak", "United States"),
    ],
)
def test_us_office_default(text: str, name: str, side: str) -> None:
    assert side_of(text, PUBLISHED, name) == side


@pytest.mark.parametrize(
    ("text", "phrase", "target"),
    [
        # an office the person holds besides their first stated one
        (
            "Vice-President of the Commission Anna Holm will travel to Riga. The High Representative "
            "will meet students. High Representative Holm will then fly home.",
            "The High Representative",
            "Anna Holm",
        ),
        # negative: nobody holds that office, the description stays unresolved
        (
            "Vice-President of the Commission Anna Holm will travel to Riga. The High Representative "
            "will meet students.",
            "The High Representative",
            None,
        ),
    ],
)
def test_description_fits_any_stated_office(text: str, phrase: str, target: str | None) -> None:
    assert described(text, phrase) == target


def test_pronoun_after_second_office_description() -> None:
    text = (
        "Vice-President of the Commission Karl Holm will visit Skopje. Prime Minister Edi Rama "
        "will host a dinner. On Tuesday, the High Representative will travel to Tirana, where he "
        "will give a talk. High Representative Holm will then fly home."
    )
    assert pronoun_targets(text) == ["Karl Holm"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a titled surname goes to the one of that name holding the title
        (
            "President William Ruto and First Lady Rachel Ruto arrived. President Ruto spoke first.",
            "William Ruto",
        ),
        # negative: untitled, the latest named one stays
        ("President William Ruto and First Lady Rachel Ruto arrived. Ruto spoke first.", "Rachel Ruto"),
    ],
)
def test_titled_surname_prefers_title_holder(text: str, target: str) -> None:
    doc = build_document(text, PUBLISHED)
    last = [m for m in doc.mentions if m.kind == "person"][-1]
    assert doc.entities[last.entity].name == target


@pytest.mark.parametrize(
    ("text", "phrase", "target", "side", "role"),
    [
        # a lone surname takes the side of the full name written elsewhere, and the one untitled
        # person of that side is the head a description names
        (
            "Xi praised the prime minister. Prime Minister Anthony Albanese hailed his talks with "
            'Xi Jinping "very warm" as the Chinese president smiled.',
            "the Chinese president",
            "Xi Jinping",  # the full name, a person since round 19 ("-ing" of a known name word)
            "China",
            "president",
        ),
        # negative: two untitled people of that side, no guess
        (
            "Li Qiang met Wang Yi. Li praised Wang. The Chinese president smiled.",
            "The Chinese president",
            None,
            "China",
            None,
        ),
    ],
)
def test_untitled_head_of_side(
    text: str, phrase: str, target: str | None, side: str, role: str | None
) -> None:
    assert described(text, phrase) == target
    # the person the first mention of the text names
    doc = build_document(text, PUBLISHED)
    first = doc.entities[doc.mentions[0].entity]  # type: ignore[index]
    assert first.affiliation == side
    assert first.role == role


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a fronted clause looks ahead to the subject named after its comma
        (
            "Tom Berg arrived. Recalling his talks with President Sam Hale on Monday, Governor "
            "Ali Noor said the mood was good.",
            ["Ali Noor"],
        ),
        ("Noting he had met President Sam Hale twice, Governor Ali Noor praised him.", ["Ali Noor"]),
        # negative: past the fronted clause's comma the pronoun looks back as before
        (
            "Tom Berg arrived. During the visit, Berg will attend a forum, which he will open "
            "with Governor Ali Noor.",
            ["Tom Berg"],
        ),
        # negative: a sentence not opening with a fronted clause
        ("Tom Berg arrived. The talks on his plan with Governor Ali Noor went well.", ["Tom Berg"]),
    ],
)
def test_fronted_clause_pronoun(text: str, targets: list[str | None]) -> None:
    assert pronoun_targets(text, ("he", "his")) == targets


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        # a title with its place written right before the name
        (
            "President Omar Beg received the US Special Envoy for Peace in Sudan Arif Hakimi on Monday.",
            "Arif Hakimi",
            "Special Envoy for Peace in Sudan",
            "United States",
        ),
        # two titles joined by a slash: the first written is the one the person is named by
        (
            "The EU High Representative for Foreign Affairs/Vice-President of the European "
            "Commission, Arif Hakimi, will travel to Skopje.",
            "Arif Hakimi",
            "High Representative for Foreign Affairs",
            "European Union",
        ),
    ],
)
def test_title_before_name(text: str, name: str, role: str, side: str) -> None:
    e = person_named(text, PUBLISHED, name)
    assert (e.role, e.affiliation) == (role, side)


def test_title_before_name_needs_adjacency() -> None:
    # negative: a clause between the title and the name keeps them apart
    text = "The US Special Envoy for Peace in Sudan met Mr. Arif Hakimi on Monday."
    assert person_named(text, PUBLISHED, "Arif Hakimi").role is None


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a head of state titled by a surname the lexicon gives one side
        ("LONDON - The Prime Minister called President Macron on Monday.", "Macron", "France"),
        # negative: not a head's title, no such guess
        ("Tom Berg met Deputy Mayor Macron on Monday.", "Macron", None),
    ],
)
def test_titled_surname_known_side(text: str, name: str, side: str | None) -> None:
    assert person_named(text, PUBLISHED, name).affiliation == side


def test_initialled_surname_known_side() -> None:
    # a surname written with its initial takes the lexicon's side before any guess from context
    text = "External Affairs Minister S. Jaishankar met Sergei Lavrov, his counterpart from Russia."
    assert person_named(text, PUBLISHED, "S. Jaishankar").affiliation == "India"


def test_destination_is_no_side() -> None:
    # an office's destination is not its side: the heading's minister gives the one named after
    # no side
    text = "Visit of Foreign Minister to Oman and Kuwait\n\nForeign Minister Arif Hakimi will visit Oman."
    assert [
        (e.name, e.affiliation) for e in build_document(text, PUBLISHED).entities if e.kind == "person"
    ] == [("Arif Hakimi", None)]


def test_side_before_destination_stays() -> None:
    # negative: a side written before the "to" is kept
    doc = build_document("Tom Berg met the Indian Ambassador to Kuwait on Monday.", PUBLISHED)
    m = next(m for m in doc.mentions if m.kind == "role")
    assert m.affiliation == "India"


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # the next sentence's "She will also meet" continues the visit of the "where" clause
        (
            "CANBERRA - Foreign Minister Penny Wong met officials in Port Moresby. On Wednesday, she "
            "will travel to Timor-Leste, where she will meet President Jose Ramos-Horta. She will "
            "also meet with Minister of Finance Rui Augusto Gomes.",
            "Rui Augusto Gomes",
            "East Timor",
        ),
        # negative: without "also", no continuation is read
        (
            "CANBERRA - Foreign Minister Penny Wong met officials in Port Moresby. On Wednesday, she "
            "will travel to Timor-Leste, where she will meet President Jose Ramos-Horta. Later she "
            "met Minister of Finance Rui Augusto Gomes.",
            "Rui Augusto Gomes",
            "Australia",
        ),
    ],
)
def test_also_meets_continues_visit(text: str, name: str, side: str) -> None:
    assert person_named(text, PUBLISHED, name).affiliation == side


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        # a name written again with one letter changed, dropped or added is the same person
        (
            "President William Ruto met Senator Chris Coons. Kenyan President Willian Ruto thanked him.",
            ["William Ruto", "Chris Coons"],
        ),
        ("Foreign Minister Faisal Mekdad spoke. Minister Faisal Mikdad left.", ["Faisal Mekdad"]),
        ("President Chan Santokhi arrived. President Santoki spoke.", ["Chan Santokhi"]),
        # negative: two letters apart, or a short name, are two people
        ("Minister Faisal Mekdad spoke. Minister Faisal Makdid left.", ["Faisal Mekdad", "Faisal Makdid"]),
        ("Minister Anna Berg spoke. Minister Anna Borg left.", ["Anna Berg", "Anna Borg"]),
    ],
)
def test_misspelt_name_is_same_person(text: str, persons: list[str]) -> None:
    assert [e.name for e in build_document(text, PUBLISHED).entities if e.kind == "person"] == persons
