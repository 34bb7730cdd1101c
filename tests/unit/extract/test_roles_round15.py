"""Stage roles (round 15): portfolio words and joined portfolios in front of an office, offices
written with hyphens, an office's subject running to a courtesy before the holder."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # two portfolios joined by "and" stay in the office
        (
            "Aoun received Energy and Water Minister Karim Haddad on Monday.",
            "Karim Haddad",
            "Energy and Water Minister",
        ),
        ("She met Foreign and Trade Secretary Ana Ruiz in Rome.", "Ana Ruiz", "Foreign and Trade Secretary"),
        # more portfolio words in front of an office
        ("The PM's Press Secretary Omar Saleh briefed reporters.", "Omar Saleh", "Press Secretary"),
        ("He met Water Resources Minister Ana Ruiz in Rome.", "Ana Ruiz", "Water Resources Minister"),
        # a hyphenated office is the office, not part of the name
        ("The PM's Ambassador-at-Large Omar Saleh attended.", "Omar Saleh", "Ambassador-at-Large"),
        # negative: one portfolio, one office
        ("He met Energy Minister Karim Haddad on Monday.", "Karim Haddad", "Energy Minister"),
    ],
)
def test_portfolios_before_an_office(text: str, name: str, expected: str) -> None:
    assert people(text, PUBLISHED)[name][0] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the subject runs to a word no name has; a courtesy or the full name follows
        (
            "The group includes Chair of the Green Youth Caucus Hon Mere Tapu and two aides.",
            "Mere Tapu",
            "Chair of the Green Youth Caucus",
        ),
        (
            "The group includes Chair of the Labour Pacific Caucus Mere Tapu and two aides.",
            "Mere Tapu",
            "Chair of the Labour Pacific Caucus",
        ),
        # negative: a body's name the lexicon of heads knows is read as before
        ("CEO of the Refugee Council Ana Ruiz said it.", "Ana Ruiz", "CEO of the Refugee Council"),
    ],
)
def test_office_subject_up_to_the_holder(text: str, name: str, expected: str) -> None:
    assert people(text, PUBLISHED)[name][0] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a relative clause after an apposed office or occupation closes the description
        (
            "They mourned Omar Saleh, a veteran journalist who lived in Paris.",
            "Omar Saleh",
            "veteran journalist",
        ),
        ("Ana Ruiz, the foreign minister who resigned in May, spoke.", "Ana Ruiz", "foreign minister"),
        # negative: no office before "who", no role
        ("They mourned Omar Saleh, a man who lived in Paris.", "Omar Saleh", None),
    ],
)
def test_apposition_closed_by_who(text: str, name: str, expected: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "X, who is <office>": the office is X's, not a second person's
        (
            "Envoy Omar Saleh, who is Chairman of the Task Force on Haiti, arrived on Monday.",
            "Omar Saleh",
            "Envoy",
        ),
        ("Ana Ruiz, who was the Prime Minister until May, spoke on Monday.", "Ana Ruiz", "Prime Minister"),
        # negative: another verb makes the office someone else
        ("Ana Ruiz, who met the Prime Minister in May, spoke on Monday.", "Ana Ruiz", None),
    ],
)
def test_office_in_relative_clause(text: str, name: str, expected: str | None) -> None:
    found = people(text, PUBLISHED)
    assert found[name][0] == expected
    assert not any(k.startswith("Chairman") for k in found)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a person owning the apposed office is no list member; the office is read without the owner
        (
            "Ana Ruiz, President Omar Said's new chief of staff, spoke on Monday.",
            "Ana Ruiz",
            "new chief of staff",
        ),
        # negative: two titled people in a row are a list, not an apposition
        (
            "Foreign Minister Ana Ruiz, Prime Minister Omar Said and others met.",
            "Ana Ruiz",
            "Foreign Minister",
        ),
    ],
)
def test_apposed_office_of_a_named_owner(text: str, name: str, expected: str) -> None:
    assert people(text, PUBLISHED)[name][0] == expected


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # a lowercase portfolio after the office, then the holder's name
        (
            "She met the commissioner for home affairs, Ana Ruiz, on Monday.",
            "Ana Ruiz",
            "commissioner for home affairs",
            None,
        ),
        (
            "She met the minister for trade and industry, Ana Ruiz, today.",
            "Ana Ruiz",
            "minister for trade and industry",
            None,
        ),
        # a known body before a lowercase office is its side
        ("She met the UN special envoy, Ana Ruiz, on Monday.", "Ana Ruiz", "special envoy", "United Nations"),
        (
            "She met the EU commissioner for trade, Ana Ruiz, today.",
            "Ana Ruiz",
            "commissioner for trade",
            "European Union",
        ),
        # negative: no name after the portfolio, nothing apposed
        ("She spoke to the minister for hours, Ruiz said.", "Ruiz", None, None),
    ],
)
def test_lowercase_office_with_portfolio_before_a_name(
    text: str, name: str, role: str | None, affiliation: str | None
) -> None:
    assert people(text, PUBLISHED)[name] == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        # a plural office, a dash or a colon, then its holders (each maybe after a country's possessive)
        (
            "Two prime ministers - Peru's Ana Ruiz and the Dominican Republic's Karim Haddad - came.",
            ["Ana Ruiz", "Karim Haddad"],
            "prime minister",
        ),
        (
            "Three foreign ministers: Ana Ruiz, Karim Haddad and Li Wei, signed it.",
            ["Ana Ruiz", "Li Wei"],
            "foreign minister",
        ),
        # negative: a plural that names no office gives none
        ("The guests - Ana Ruiz, Karim Haddad and Li Wei - signed it.", ["Ana Ruiz", "Li Wei"], None),
    ],
)
def test_plural_office_before_a_dash(text: str, names: list[str], expected: str | None) -> None:
    found = people(text, PUBLISHED)
    assert [found[n][0] for n in names] == [expected] * len(names)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a short name or a bracketed short form ends an office's subject before the holder
        (
            "Prime Minister of the Lao PDR Kham Vong met the envoy.",
            "Kham Vong",
            "Prime Minister of the Lao PDR",
        ),
        (
            "Chair of the Health, Sport and Trade Committee (HSTC) Ana Ruiz will travel.",
            "Ana Ruiz",
            "Chair of the Health, Sport and Trade Committee (HSTC)",
        ),
        # negative: no holder after the bracket, no person
        ("The head of the Trade Committee (TC) said it was ready.", None, None),
    ],
)
def test_short_form_inside_office_subject(text: str, name: str | None, expected: str | None) -> None:
    found = people(text, PUBLISHED)
    if name is None:
        assert found == {}
    else:
        assert found[name][0] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "member" and a few occupations are roles before a name and in apposition
        ("The group includes committee member Ana Ruiz and two aides.", "Ana Ruiz", "committee member"),
        ("Ana Ruiz, a member of the ruling party, said it.", "Ana Ruiz", "member of the ruling party"),
        ("The picture was taken by staff photographer Ana Ruiz on Monday.", "Ana Ruiz", "staff photographer"),
        # negative: a plain noun with no occupation before a name gives no role
        ("The group includes Ana Ruiz and two aides.", "Ana Ruiz", None),
    ],
)
def test_member_and_occupations(text: str, name: str, expected: str | None) -> None:
    assert people(text, PUBLISHED)[name][0] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # "Adviser to President X": X holds the second office, not the first
        ("The Special Adviser to President Ola Bako on Media, Ana Ruiz, spoke.", "Ola Bako", "President"),
        ("Senior Adviser to Deputy Prime Minister Ana Ruiz said so.", "Ana Ruiz", "Deputy Prime Minister"),
        # negative: with "the", or a portfolio, or a courtesy, the name is the first office's holder
        (
            "Principal Secretary to the Prime Minister Ana Ruiz said it.",
            "Ana Ruiz",
            "Principal Secretary to the Prime Minister",
        ),
        ("Special Envoy for Climate Ana Ruiz said it.", "Ana Ruiz", "Special Envoy for Climate"),
        ("Second Minister for Education Dr Ana Ruiz said it.", "Ana Ruiz", "Second Minister for Education"),
    ],
)
def test_office_of_an_office_holder(text: str, name: str, expected: str) -> None:
    assert people(text, PUBLISHED)[name][0] == expected


def test_coordinating_minister() -> None:
    found = people("Indonesian Coordinating Minister for Maritime Affairs Budi Santoso said it.", PUBLISHED)
    assert found["Budi Santoso"] == ("Coordinating Minister for Maritime Affairs", "Indonesia")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # two lowercase portfolios joined by "and" before an office word
        (
            "Lebanon's energy and water minister Karim Haddad said it.",
            "Karim Haddad",
            "energy and water minister",
        ),
        # negative: an "and" after a plural joins two groups, not portfolios
        ("He met Peru's ministers and foreign minister Ana Ruiz.", "Ana Ruiz", "foreign minister"),
    ],
)
def test_lowercase_joined_portfolios(text: str, name: str, expected: str) -> None:
    assert people(text, PUBLISHED)[name][0] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # photo credits: "Photo by X/agency", "Photo: source by X", "(Known agency/X)"
        (
            "Ana Ruiz met Li Wei on Monday.[Photo by Omar Saleh/dailynews.com]",
            "Omar Saleh",
            ("photographer", "dailynews.com"),
        ),
        (
            "Ana Ruiz met Li Wei on Monday. Photo: Peru government by Omar Saleh.",
            "Omar Saleh",
            ("photographer", "Peru government"),
        ),
        ("Ana Ruiz met Li Wei on Monday. (Xinhua/Omar Saleh)", "Omar Saleh", ("photographer", "Xinhua")),
        # negative: "by" with no photo before it is no credit
        ("The prize was won by Omar Saleh on Friday.", "Omar Saleh", (None, None)),
    ],
)
def test_photo_credits(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    assert people(text, PUBLISHED)[name] == expected


def test_style_pair_is_no_part_of_the_office() -> None:
    assert (
        people("Deputy Speaker Tan Sri Rahim Osman said it.", PUBLISHED)["Rahim Osman"][0] == "Deputy Speaker"
    )


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a verb before a lowercase office is no modifier of it
        ("The team includes lawmaker Mere Tapu and two aides.", "Mere Tapu", "lawmaker"),
        ("Among the guests were senator Mere Tapu and two aides.", "Mere Tapu", "senator"),
        ("The delegation comprises lawmaker Mere Tapu.", "Mere Tapu", "lawmaker"),
        # negative: a plain noun before it still is
        ("He said immigration barrister Mere Tapu was right.", "Mere Tapu", "immigration barrister"),
    ],
)
def test_verb_before_lowercase_office(text: str, name: str, expected: str) -> None:
    assert people(text, PUBLISHED)[name][0] == expected
