"""Stage mentions (round 15): places that look like titled or untitled names, portfolio words
around an office, a word no name has inside an office's subject."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import mentions_of
from tests.unit.extract.test_mentions_long_offices import kinds_and_heads, people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country whose first word is also a courtesy or an office is no titled person
        ("Troops from the DR Congo crossed the border on Monday.", []),
        ("The DR Congo army said it had retaken the town.", []),
        # negative: the courtesy before a name still makes a person
        ("Dr Amina Farah met the envoy on Monday.", ["Amina Farah"]),
    ],
)
def test_place_opening_on_a_title_is_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country written with its accents is the country, not a two-word name
        ("He praised Việt Nam for its growth.", [("country", "Vietnam")]),
        # negative: an accented personal name is still a name
        ("The envoy Nguyễn Thanh said it was good.", [("person", "Nguyễn Thanh")]),
    ],
)
def test_accented_country_name(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m[0], m[1]) for m in _named(text)]
    assert got == expected


def _named(text: str) -> list[tuple[str, str]]:
    doc = mentions_of(text)
    return [
        (m.kind, m.name or m.text) for m in doc.mentions if m.kind in ("person", "country", "organization")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # administrative units and the parts of a place are no surnames
        ("The visit took place in Lida District, Minsk Oblast on Friday.", []),
        ("Talks were held at Upper Hill on Monday.", []),
        ("Rain fell over Lower Saxony on Sunday.", []),
        # negative: an ordinary two-word name after "at" is still a name
        ("The prize went to a writer, Anna Berg, at the fair.", ["Anna Berg"]),
    ],
)
def test_places_are_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two portfolios joined by "and" before one office: one titled person (and the well-known
        # surname before it)
        ("Aoun received Energy and Water Minister Karim Haddad on Monday.", ["Aoun", "Karim Haddad"]),
        ("She met Foreign and Trade Secretary Ana Ruiz in Rome.", ["Ana Ruiz"]),
        # negative: the subject of an earlier office ends at "and"; the next office is its own
        (
            "He met Minister for the Environment and Senior Minister of State Dr Amy Lim.",
            ["Amy Lim"],
        ),
    ],
)
def test_joined_portfolios_before_an_office(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word no name has ends an office's subject when a courtesy or the holder's name follows
        ("The group includes Chair of the Green Youth Caucus Hon Mere Tapu and two aides.", ["Mere Tapu"]),
        ("The group includes Chair of the Green Youth Caucus Mere Tapu and two aides.", ["Mere Tapu"]),
        # negative: a place after such a word is not read as a name
        ("She met the Hon. Ana Peni MP and Member for Rai Coast Open on Monday.", ["Ana Peni"]),
    ],
)
def test_non_name_word_inside_office_subject(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # portfolio words after an office's head and one word name a body the office owns
        ("The statement was issued by the PM House Press Wing on Friday.", []),
        # negative: an office ending on its head takes the name after it
        ("White House Press Secretary Dana Reed said it.", ["Dana Reed"]),
        ("PM's Ambassador-at-Large Omar Saleh attended.", ["Omar Saleh"]),
    ],
)
def test_office_ends_on_its_head(text: str, expected: list[str]) -> None:
    assert people(text) == expected
    assert kinds_and_heads(text) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lowercase office word before two name words marks a name, even one ending like a noun
        ("It was said by Foreign Ministry spokeswoman Hua Chunying.", ["Hua Chunying"]),
        ("The envoy met ministry spokesman Li Jiaming on Monday.", ["Li Jiaming"]),
        # negative: without the office word such words are no name
        ("It was about Rural Housing at the meeting.", []),
    ],
)
def test_office_noun_marks_a_name(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "He" capitalised after a title inside a sentence is a surname
        ("Chinese Vice Premier He Lifeng met the envoy.", ["He Lifeng"]),
        # "Shah" last after a given name is a surname
        ("Home Affairs Minister Amit Shah said it.", ["Amit Shah"]),
        # negative: the pronoun opening a sentence is no name
        ("He met the envoy on Monday.", []),
    ],
)
def test_surnames_that_are_other_words(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a verb of taking place and "at", or of going and "to", two capitalised words are a place
        ("The deal was signed at Sora Bhavan on Friday.", []),
        ("He will travel to Nay Pyi Taw next week.", []),
        ("The summit opened at Lumo Mandapam in the capital.", []),
        # negative: "at" and "to" after other verbs still take a person
        ("He hit out at Ana Ruiz on Monday.", ["Ana Ruiz"]),
        ("He spoke to Ana Ruiz on Monday.", ["Ana Ruiz"]),
    ],
)
def test_destination_is_no_person(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Malaysian and Indian styles are no part of the name
        ("Datuk Seri Anwar Rahman met him on Monday.", ["Anwar Rahman"]),
        ("Prime Minister Datuk Seri Anwar Rahman met him.", ["Anwar Rahman"]),
        ("Shri Ravi Kumar met him on Monday.", ["Ravi Kumar"]),
        ("Smt Lata Devi met him on Monday.", ["Lata Devi"]),
        ("Daw Khin Myo met Bapak Budi Santoso on Monday.", ["Khin Myo", "Budi Santoso"]),
        # negative: "Seri" inside a place's name opens no person
        ("He arrived in Bandar Seri Begawan today.", []),
    ],
)
def test_malaysian_and_indian_styles(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # storms and ships named like people are no persons
        ("Typhoon Haikui hit the coast on Sunday.", []),
        ("Hurricane Ian struck the state.", []),
        ("The USS Ronald Reagan sailed into the bay.", []),
        # negative: the same name alone is a person
        ("Ronald Reagan said it.", ["Ronald Reagan"]),
    ],
)
def test_storms_and_ships(text: str, expected: list[str]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Tan Sri" before two name words is a style; "Tan" alone is a surname
        ("Tan Sri Rahim Osman said it.", ["Rahim Osman"]),
        ("Deputy Speaker Tan Sri Rahim Osman said it.", ["Rahim Osman"]),
        ("Tan Wei Ming said it.", ["Tan Wei Ming"]),
        # a name before a lowercase venue word names the venue
        ("They dined at Le Cinq restaurant on Monday.", []),
    ],
)
def test_style_pair_and_venues(text: str, expected: list[str]) -> None:
    assert people(text) == expected
