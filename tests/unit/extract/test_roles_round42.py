"""Roles and affiliations, round 42.

- A plural office phrase read whole into the first name of a list ("the heads of both agencies,
  A and B", "opposition chiefs A and B", "envoys-designate to Oman A and B") is each listed
  holder's office: its plural word in the singular, the words before it kept, its scope dropped
  (it covers the whole list, or only the first holder).
- A known body's name right before a lowercase plural office ("the senior White House aides A
  and B") stays in each holder's office, with the rank before it.
- A transcript's speaker label naming a well-known holder by surname alone ("PRESIDENT MACRON:")
  takes the side every reader knows, as the same titled surname written in the text does.
- An office apposed after a name that serves another named holder ("X, an adviser to Iran's
  President Y,") is the aide's office, on the side written with the holder served; a name inside
  an apposition is otherwise still a list ("A, Japanese Foreign Minister B").
- A post accredited to a body ("Ambassador to the African Union X") is its state's, not the
  body's; a possessive country before a lowercase office apposed before the name ("Kenya's envoy
  to the AU in Addis Ababa, X,") is the holder's side.
- An office an editor puts in square brackets right before a name in a quote ("[the Kenyan envoy]
  X") is that person's office and side; brackets holding no office ("[sic]") give none.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.extract.helpers import people, roles

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trade was on the table set by the leaders of the two neighbours, Ilse Varga and Tomas Brenner, "
            "at their first summit.",
            {"Ilse Varga": "leader", "Tomas Brenner": "leader"},
        ),
        (
            "The ruling party is wary of veteran opposition leaders Mirela Duca and Pavel Orlov this year.",
            {"Mirela Duca": "opposition leader", "Pavel Orlov": "opposition leader"},
        ),
        (
            "On Tuesday the minister received ambassadors-designate to Chile Hana Kobler and Rafael Osei "
            "before their departure.",
            {"Hana Kobler": "ambassador-designate", "Rafael Osei": "ambassador-designate"},
        ),
        (
            "Gold prices came up with the foreign ministers of both sides, Lena Pohl and Arvid Sand, in May.",
            {"Lena Pohl": "foreign minister", "Arvid Sand": "foreign minister"},
        ),
        # near misses: a plural word inside the scope is no plural office; nor is one office shared
        (
            "The Speaker of the House of Representatives, Dana Whitford and Senator Colm Reyes spoke.",
            {"Dana Whitford": "Speaker of the House of Representatives", "Colm Reyes": "Senator"},
        ),
        (
            "The Minister of Foreign Affairs, Ana Ruiz and Omar Saleh met on Friday.",
            {"Ana Ruiz": "Minister of Foreign Affairs", "Omar Saleh": None},
        ),
        (
            "The leader of the opposition, Mirela Duca and Pavel Orlov met in the capital.",
            {"Mirela Duca": "leader of the opposition", "Pavel Orlov": None},
        ),
    ],
)
def test_a_plural_office_read_into_the_first_name_goes_to_each_listed_holder(
    text: str, expected: dict[str, str | None]
) -> None:
    found = roles(text, PUBLISHED)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prime minister later saw the senior White House aides Ruth Calder and Ben Ostrow.",
            {"Ruth Calder": "senior White House aide", "Ben Ostrow": "senior White House aide"},
        ),
        (
            "Reporters spotted Pentagon spokesmen Carla Dunne and Ivo Marsh leaving the hotel.",
            {"Carla Dunne": "Pentagon spokesman", "Ivo Marsh": "Pentagon spokesman"},
        ),
        # near misses: no body before the plural, or a capitalised word that names no body
        (
            "The prime minister later saw the senior aides Ruth Calder and Ben Ostrow.",
            {"Ruth Calder": "senior aide", "Ben Ostrow": "senior aide"},
        ),
        (
            "On Monday Talks Weekly reporters Ruth Calder and Ben Ostrow asked the minister.",
            {"Ruth Calder": None, "Ben Ostrow": None},
        ),
    ],
)
def test_a_known_body_before_a_lowercase_plural_office_stays_in_each_office(
    text: str, expected: dict[str, str | None]
) -> None:
    found = roles(text, PUBLISHED)
    assert {name: found.get(name) for name in expected} == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "PRESIDENT MACRON: Thank you all for coming to Paris today.\n\n"
            "SECRETARY HALVERSEN: It is good to be here.",
            "Macron",
            ("President", "France"),
        ),
        (
            "FOREIGN MINISTER LAVROV: We discussed grain shipments between Russia and Turkey.\n\n"
            "MODERATOR: Next question, please.",
            "Lavrov",
            ("Foreign Minister", "Russia"),
        ),
        # near misses: a surname no one well known bears; a known surname of no head of state whose
        # side the transcript never names
        (
            "PRIME MINISTER HALVERSEN: We discussed grain shipments between Norway and Chile.\n\n"
            "MODERATOR: Next question, please.",
            "Halversen",
            ("Prime Minister", None),
        ),
        (
            "FOREIGN MINISTER LAVROV: We discussed grain shipments and the weather.\n\n"
            "MODERATOR: Next question, please.",
            "Lavrov",
            ("Foreign Minister", None),
        ),
    ],
)
def test_a_transcript_speaker_known_by_surname_takes_the_side_every_reader_knows(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert people(text, PUBLISHED).get(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Omid Karimi, the senior aide of Iran's President Ebrahim Raisi, praised the vote.",
            "Omid Karimi",
            ("senior aide", "Iran"),
        ),
        (
            "Dilnoza Yusupova, an adviser to the Uzbek president Shavkat Mirziyoyev, landed in Seoul.",
            "Dilnoza Yusupova",
            ("adviser", "Uzbekistan"),
        ),
        (
            "Tessa Grant, a spokeswoman for President Joe Biden, declined to comment.",
            "Tessa Grant",
            ("spokeswoman", "United States"),
        ),
        # near misses: no office serving the named person; a list of two office holders
        (
            "Ana Ruiz, the daughter of President Hugo Ortega, arrived in Lima.",
            "Ana Ruiz",
            (None, None),
        ),
        (
            "Foreign Minister Marise Payne, Japanese Foreign Minister Yoshimasa Hayashi and others met.",
            "Marise Payne",
            ("Foreign Minister", "Australia"),
        ),
    ],
)
def test_an_apposed_office_serving_a_named_holder_is_the_aide_s_on_that_side(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert people(text, PUBLISHED).get(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Malta was represented by Ambassador to the African Union Clara Bonnici at the summit.",
            "Clara Bonnici",
            ("Ambassador to the African Union", "Malta"),
        ),
        (
            "The motion was tabled by Permanent Representative to the United Nations Ines Arce of Chile.",
            "Ines Arce",
            ("Permanent Representative to the United Nations", "Chile"),
        ),
        (
            "Kenya’s envoy to the African Union in Addis Ababa, Grace Wanjiru, said a U.S. plan for the region "
            "had stalled.",
            "Grace Wanjiru",
            ("envoy to the African Union in Addis Ababa", "Kenya"),
        ),
        # near misses: a body's own officials stay the body's; an owner who is a person gives no side
        (
            "Refugee Council chief executive Enver Solomon warned of delays.",
            "Enver Solomon",
            ("chief executive", "Refugee Council"),
        ),
        (
            "European Union Ambassador to Japan Jean-Eric Paquet met the minister.",
            "Jean-Eric Paquet",
            ("Ambassador to Japan", "European Union"),
        ),
        (
            "Tanaka's chief of staff, Ren Oda, told reporters the visit was off.",
            "Ren Oda",
            ("chief of staff", None),
        ),
    ],
)
def test_a_post_s_side_is_the_state_it_serves_not_the_body_it_is_sent_to(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert people(text, PUBLISHED).get(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "“Nobody listens to [Brazil's foreign minister] Greta Lind any more,” the candidate said.",
            "Greta Lind",
            ("foreign minister", "Brazil"),
        ),
        (
            "“We phoned [the Kenyan envoy] Paul Otieno twice last week,” an aide said.",
            "Paul Otieno",
            ("envoy", "Kenya"),
        ),
        (
            "“[Senate speaker] Amaru Condori will open the session,” the clerk told reporters.",
            "Amaru Condori",
            ("Senate speaker", None),
        ),
        # near misses: square brackets holding no office leave the name untitled
        (
            "“[sic] Amaru Condori never answered,” the clerk wrote.",
            "Amaru Condori",
            (None, None),
        ),
        (
            "[ad_1] Amaru Condori opened the session on Monday.",
            "Amaru Condori",
            (None, None),
        ),
    ],
)
def test_an_office_an_editor_puts_in_square_brackets_before_a_name_is_its_holder_s(
    text: str, name: str, expected: tuple[str | None, str | None]
) -> None:
    assert people(text, PUBLISHED).get(name) == expected
