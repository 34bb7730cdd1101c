"""Persons and roles, round 30: offices scoped "to"/"for" a country before a name, a masthead on the
first line, a royal title's word that opens a listed name."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import names, people

PUBLISHED = date(2024, 5, 2)


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a lowercase office sent to a country, its side written before it
        (
            "During a stop in Tokyo, U.S. special envoy to North Korea Carl Hoyt said talks would resume.",
            "Carl Hoyt",
            ("special envoy to North Korea", "United States"),
        ),
        (
            "The accord was signed by Ghana's ambassador to Trinidad and Tobago Kofi Mensah and the minister.",
            "Kofi Mensah",
            ("ambassador to Trinidad and Tobago", "Ghana"),
        ),
        (
            "The Turkish ambassador to Bangladesh Ali Demir also attended the dinner.",
            "Ali Demir",
            ("ambassador to Bangladesh", "Turkey"),
        ),
        (
            "British envoy for Sudan Mary Lowe arrived in Port Sudan on Monday.",
            "Mary Lowe",
            ("envoy for Sudan", "United Kingdom"),
        ),
        # "of" keeps naming the side itself
        (
            "The president received prime minister of Ghana Kofi Mensah on Monday.",
            "Kofi Mensah",
            ("prime minister of Ghana", "Ghana"),
        ),
    ],
)
def test_office_scoped_to_a_country(text: str, name: str, expected: tuple[str | None, str | None]) -> None:
    got = people(text, PUBLISHED)
    assert got.get(name) == expected
    # the office is the named holder's, not a second, unnamed person
    assert [n for n in got if n != name and "ambassador" in n.lower()] == []


@pytest.mark.parametrize(
    "text",
    [
        # no office word before "to": a destination, and the name after it is nobody's holder
        "The delegation travelled to Japan Monday and met Carl Hoyt there.",
        # a message, not an office, goes to the country
        "The letter to Japan Carl Hoyt wrote was published on Monday.",
    ],
)
def test_no_office_scoped_to_a_country(text: str) -> None:
    got = people(text, PUBLISHED)
    assert got.get("Carl Hoyt", (None, None))[0] is None


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a masthead line before the headline
        (
            "Marlow Vane\n\nMinister visits Accra for talks\n\nPresident Kofi Mensah met Ama Owusu.",
            "Marlow Vane",
        ),
        ("Tilden Courier\n\nLeaders meet in Accra\n\nKofi Mensah met Ama Owusu on Monday.", "Tilden Courier"),
    ],
)
def test_masthead_is_no_person(text: str, gone: str) -> None:
    got = people(text, PUBLISHED)
    assert gone not in got
    assert "Ama Owusu" in got


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a byline after the headline is the writer
        (
            "Minister visits Accra for talks\n\nMarlow Vane\n\nPresident Kofi Mensah met Ama Owusu.",
            "Marlow Vane",
        ),
        # a name opening a first line that goes on is the sentence's subject
        ("Kofi Mensah met Ama Owusu in Accra on Monday.\n\nThe talks went well.", "Kofi Mensah"),
    ],
)
def test_first_line_name_kept(text: str, kept: str) -> None:
    assert kept in people(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a royal title's word opening a name the lexicon lists whole: the name, with its real office
        (
            "Amir Khan Muttaqi, the Taliban's acting Foreign Minister, held talks in Tehran on Sunday.",
            "Amir Khan Muttaqi",
            "acting Foreign Minister",
        ),
        ("Amir Khan Muttaqi held talks in Tehran on Sunday.", "Amir Khan Muttaqi", None),
        # an unlisted name after the title word: the title stays the office
        ("Sultan Hassanal Bolkiah received the delegation on Sunday.", "Hassanal Bolkiah", "Sultan"),
        (
            "Emir Tamim bin Hamad Al Thani received the delegation on Sunday.",
            "Tamim bin Hamad Al Thani",
            "Emir",
        ),
    ],
)
def test_royal_title_opening_listed_name(text: str, name: str, role: str | None) -> None:
    got = people(text, PUBLISHED)
    assert got[name][0] == role


def test_country_description_fits_holder_of_its_governing_body() -> None:
    """A description written with the country fits the holder whose side is the body the lexicon
    ties to it, instead of standing as an unnamed second person."""
    text = (
        "Taliban foreign minister Amir Khan Muttaqi arrived in Ankara.\n\n"
        "A delegation led by Afghanistan's foreign minister will hold talks with Foreign Minister "
        "Mevlut Cavusoglu on Thursday."
    )
    got = people(text, PUBLISHED)
    assert "Afghanistan's foreign minister" not in got
    assert got["Amir Khan Muttaqi"][0] == "foreign minister"


def test_country_description_not_fitted_across_sides() -> None:
    """A body tied to another country (or to none) does not make the description fit."""
    text = (
        "Taliban foreign minister Amir Khan Muttaqi arrived in Ankara.\n\n"
        "Turkey's foreign minister will hold talks with him on Thursday."
    )
    got = people(text, PUBLISHED)
    # (a minister of the Taliban is Afghanistan's: round 40, test_actors_round40)
    assert got["Amir Khan Muttaqi"][1] == "Afghanistan"
    assert "Turkey's foreign minister" in got


def test_headline_description_finds_holder_apposed_later() -> None:
    """A headline's description fits the person a later apposition says holds that office, though the
    title before the name is only a rank."""
    text = (
        "Omani Crown Prince, Irish Premier discuss trade\n\n"
        "Irish Premier Ciaran Walsh on Tuesday received Prince Khalid bin Hamad, the Omani Crown Prince, "
        "at Government Buildings."
    )
    got = people(text, PUBLISHED)
    assert "Omani Crown Prince" not in got
    assert "Khalid bin Hamad" in got


def test_headline_description_not_fitted_to_other_office() -> None:
    """An apposition stating another office does not make the headline's description fit."""
    text = (
        "Omani Crown Prince to visit Dublin\n\n"
        "Irish Premier Ciaran Walsh on Tuesday received Prince Badr bin Hamad, the Omani Foreign Minister, "
        "at Government Buildings."
    )
    got = people(text, PUBLISHED, "role", "aliases")
    # the bare headline office stays no one's (nor, with no owner or article, a person: round 34)
    role, aliases = got["Badr bin Hamad"]
    assert role != "Crown Prince" and "Omani Crown Prince" not in aliases


@pytest.mark.parametrize(
    "text",
    [
        # the article spells the acronym out as another body: not the lexicon's reading of it
        'The spokesman wrote: "Islamic Emirate of Afghanistan wants calm so that none oppose IEA." Envoys met in Doha.',
        "An IEA (Islamic Emirate of Afghanistan) team met envoys in Doha on Monday.",
    ],
)
def test_acronym_spelt_out_as_another_body(text: str) -> None:
    assert "International Energy Agency" not in set(names(text, PUBLISHED, "organization"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # no other phrase spells it: the lexicon's reading stands
        ("The IEA said oil demand would rise next year.", "International Energy Agency"),
        # the lexicon's own name, or that name written another way, spells it
        (
            "The International Energy Agency (IEA) said demand would rise. The IEA also warned.",
            "International Energy Agency",
        ),
        (
            "He praised the Southern Africa Development Community (SADC) for its work.",
            "Southern African Development Community",
        ),
        (
            "Leaders of the Asia Pacific Economic Cooperation (APEC) forum met in Lima.",
            "Asia-Pacific Economic Cooperation",
        ),
    ],
)
def test_acronym_read_from_lexicon(text: str, body: str) -> None:
    assert body in set(names(text, PUBLISHED, "organization"))


@pytest.mark.parametrize(
    "text",
    [
        # "official" before a noun is the adjective: no unnamed "<Country>'s official"
        "Kenya's official visit to Japan ended on Monday.",
        "The report was shared with APEC's official observers and the council.",
        "Peru's official news agency reported the talks.",
        "It went to APEC's official observers—the council and others.",
    ],
)
def test_official_as_adjective(text: str) -> None:
    assert not any("official" in name for name in people(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        # the officer: a verb follows
        "Kenya's official said the talks went well.",
        "Kenya's official spoke to reporters on Monday.",
    ],
)
def test_official_as_officer(text: str) -> None:
    assert any("official" in name for name in people(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a royal title's word right after a lowercase office opens the name, as after a capitalised one
        (
            "Kenyan foreign minister Shah Farid Malik met officials in Nairobi.",
            "Shah Farid Malik",
            ("foreign minister", "Kenya"),
        ),
        # the full name written elsewhere: the word read as a title there is the name's; an office
        # stated for the person alone outranks one a list shares
        (
            "The talks of both foreign ministers (Ruth Wanjiku and Shah Farid Malik) are set. The meeting "
            "between Kenyan Trade Minister Ruth Wanjiku and Ugandan foreign minister Shah Farid Malik is on Friday.",
            "Shah Farid Malik",
            ("foreign minister", "Uganda"),
        ),
        (
            "The talks of both foreign ministers (Ruth Wanjiku and Shah Farid Malik) are set. The meeting "
            "between Kenyan Trade Minister Ruth Wanjiku and Ugandan foreign minister Shah Farid Malik is on Friday.",
            "Ruth Wanjiku",
            ("Trade Minister", "Kenya"),
        ),
    ],
)
def test_royal_word_after_lowercase_office(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert people(text, PUBLISHED).get(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a royal title with no office before it and no fuller name: still the title
        ("Emir Tamim bin Hamad Al Thani received the envoys on Monday.", "Tamim bin Hamad Al Thani", "Emir"),
        # a plural office is all a list's people have: kept
        (
            "The two foreign ministers (Ruth Wanjiku and Sam Okello) met in New York.",
            "Sam Okello",
            "foreign ministers",
        ),
    ],
)
def test_royal_title_and_plural_office_kept(text: str, name: str, role: str) -> None:
    assert people(text, PUBLISHED)[name][0] == role
