"""Actors, round 40: a known name with "and the" or "in" inside ("St. Vincent and the Grenadines",
"the UN Support Mission in Libya"), a state represented by someone in a list that leaves out "was", a
US lawmaker's party tag after a comma ("X, R-NC"), a lone capital letter ("on X") that is no one's
name, a minister of a movement ruling a state ("the Taliban foreign minister") who is the state's, a
name "from" a country ("X from Chile"), newspapers named in their own language ("Shimbun", "Ilbo"),
China's ruling party by its usual names, and a plural office over a list of holders ("Rossi's envoys,
A and B"; "the foreign ministers of Chile and Peru, A and B"), a post "in" a capital ("ambassador in
Tokyo X") and an office "on" a topic ("aide on foreign policy X") before the holder's name."""

from __future__ import annotations

import pytest

from briefing_tui.core.models import Article
from briefing_tui.extract.pipeline import run_pipeline


def _actors(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    article = Article(id="art-40", title=None, published="2024-03-05", text=text)
    return {a.name: (a.kind, a.role, a.affiliation) for a in run_pipeline(article).actors}


def _countries(text: str) -> set[str]:
    return {name for name, (kind, _, _) in _actors(text).items() if kind == "country"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a known name holding "and the": one country, however Saint is written
        ("The ferry to St Vincent and the Grenadines was late.", {"Saint Vincent and the Grenadines"}, set()),
        (
            "Cricket fans in Saint Vincent and the Grenadines cheered.",
            {"Saint Vincent and the Grenadines"},
            set(),
        ),
        (
            "The premier of St. Vincent and the Grenadines flew to Jamaica.",
            {"Saint Vincent and the Grenadines", "Jamaica"},
            set(),
        ),
        # near misses: "and the" between two names still parts them
        ("Trade between Peru and the United States grew.", {"Peru", "United States"}, set()),
        ("Trinidad and Tobago and the Bahamas agreed.", {"Trinidad and Tobago", "Bahamas"}, set()),
    ],
)
def test_country_with_and_the_inside(text: str, present: set[str], absent: set[str]) -> None:
    found = _countries(text)
    assert present <= found
    assert not absent & found


def test_office_of_a_country_with_and_the_inside() -> None:
    kind, role, side = _actors("The Prime Minister of St. Vincent and the Grenadines, Ann Hope, spoke.")[
        "Ann Hope"
    ]
    assert (kind, side) == ("person", "Saint Vincent and the Grenadines")
    assert role == "Prime Minister of St. Vincent and the Grenadines"


def _sides(text: str) -> dict[str, str | None]:
    return {name: side for name, (kind, _, side) in _actors(text).items() if kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # "<state> represented by X" with the auxiliary left out, as lists of attendance write it
        (
            "Delegations: Malta represented by Minister Rita Borg; Cyprus represented by Envoy Nikos Pavlou.",
            "Nikos Pavlou",
            "Cyprus",
        ),
        (
            "Delegations: Malta represented by Minister Rita Borg; Cyprus represented by Envoy Nikos Pavlou.",
            "Rita Borg",
            "Malta",
        ),
        ("At the forum, Fiji represented by Senator Ravu Tora backed the plan.", "Ravu Tora", "Fiji"),
        # as before with the auxiliary
        ("Samoa was represented by Minister Tui Leota.", "Tui Leota", "Samoa"),
        # near misses: no state before "represented by"
        ("The workers represented by lawyer Dan Mills sued in Kenya.", "Dan Mills", None),
    ],
)
def test_state_represented_by(text: str, name: str, side: str | None) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a party and state tag after a comma, as US papers list lawmakers: the United States
        (
            "Among the senators were Carl Benning, D-MA, Anna Ruiz,R-OK, and Tom Pell.",
            "Carl Benning",
            "United States",
        ),
        (
            "Among the senators were Carl Benning, D-MA, Anna Ruiz,R-OK, and Tom Pell.",
            "Anna Ruiz",
            "United States",
        ),
        (
            "Among the senators were Carl Benning, D-MA; Anna Ruiz,R-OK; and Tom Pell,D-OR.",
            "Tom Pell",
            "United States",
        ),
        ("Lawmakers led by Dora Platt, D-N.Y., landed in Taipei on Friday.", "Dora Platt", "United States"),
        ("Ken Bright, D-Calif., met the envoy in Manila.", "Ken Bright", "United States"),
        # near misses: a hyphenated word after a comma that is no party tag
        ("The film with Carl Benning, R-rated, opened in Paris.", "Carl Benning", None),
        ("Carl Benning, D-Day veteran, spoke in Paris.", "Carl Benning", None),
    ],
)
def test_us_party_tag_after_comma(text: str, name: str, side: str | None) -> None:
    assert _sides(text)[name] == side


def _roles(text: str) -> dict[str, str | None]:
    return {name: role for name, (kind, role, _) in _actors(text).items() if kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # the platform X before an office apposed to a name: the office is the name's
        (
            "In a post on X, the head of the agency, Lina Ortiz said the rules would change.",
            "Lina Ortiz",
            "head",
        ),
        ("Writing on X, the official, Omar Salim, praised the deal.", "Omar Salim", "official"),
        (
            "On X, the Spokesperson of the Ministry, Dev Anand said talks went well.",
            "Dev Anand",
            "Spokesperson",
        ),
        # near miss: an office apposed to a name with no letter before it, as before
        (
            "In a post, the Spokesperson of the Ministry, Dev Anand said talks went well.",
            "Dev Anand",
            "Spokesperson",
        ),
    ],
)
def test_office_after_a_lone_letter(text: str, name: str, role: str) -> None:
    found = _roles(text)[name]
    assert found is not None and found.startswith(role)


@pytest.mark.parametrize(
    "text",
    [
        "In a post on X, the minister said talks went well.",
        "He wrote on X, the platform he uses most, that talks went well.",
    ],
)
def test_lone_letter_is_no_person(text: str) -> None:
    assert _roles(text) == {}


def _bodies(text: str) -> set[str]:
    return {name for name, (kind, _, _) in _actors(text).items() if kind == "organization"}


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a known body with "in" inside: one body, not its first words
        (
            "Troops of the United Nations Interim Force in Lebanon patrolled the border.",
            {"United Nations Interim Force in Lebanon"},
            {"United Nations Interim Force"},
        ),
        (
            "The United Nations Support Mission in Libya hosted the talks.",
            {"United Nations Support Mission in Libya"},
            {"United Nations"},
        ),
        (
            "Monitors of the Organization for Security and Co-operation in Europe arrived.",
            {"Organization for Security and Co-operation in Europe"},
            {"Organization for Security and Co-operation"},
        ),
        # near misses: a body, then "in" and a place, stays the body
        ("The United Nations in Geneva and NATO allies in Europe agreed.", {"United Nations"}, set()),
    ],
)
def test_known_body_with_in_inside(text: str, present: set[str], absent: set[str]) -> None:
    found = _bodies(text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a minister, or an office in a ministry, of a body ruling a state: the state's official
        ("The Taliban Defence Minister, Noor Rahim, visited Herat.", "Noor Rahim", "Afghanistan"),
        ("Taliban education minister Habib Sadiq closed the schools.", "Habib Sadiq", "Afghanistan"),
        (
            "Wali Karim, a spokesman of the Taliban Interior Ministry, denied the report.",
            "Wali Karim",
            "Afghanistan",
        ),
        ("Houthi health minister Taha Saleh spoke in Sanaa.", "Taha Saleh", "Yemen"),
        # near misses: the body's own offices, and a party's ministers, stay the body's
        ("Taliban spokesman Wali Karim denied the report.", "Wali Karim", "Taliban"),
        ("Labour's shadow trade minister Ann Ellis spoke in Leeds.", "Ann Ellis", "Labour"),
        ("He met Labour Party leader and prime minister Ann Ellis.", "Ann Ellis", "Labour"),
    ],
)
def test_minister_of_a_ruling_body(text: str, name: str, side: str) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # a name followed by "from" a country: the country the person comes from, as "of" does
        ("The new envoys are Luis Vera from Chile and Ines Rojas from Peru.", "Luis Vera", "Chile"),
        ("The new envoys are Luis Vera from Chile and Ines Rojas from Peru.", "Ines Rojas", "Peru"),
        ("Delegates such as Kofi Mensah from the Gambia took part.", "Kofi Mensah", "Gambia"),
        # near misses: a city, or a country owning what follows, is no side
        ("Delegates such as Kofi Mensah from Lagos took part.", "Kofi Mensah", None),
        ("Delegates such as Kofi Mensah from Ghana's trade ministry took part.", "Kofi Mensah", None),
    ],
)
def test_name_from_a_country(text: str, name: str, side: str | None) -> None:
    assert _sides(text)[name] == side


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a newspaper named with the word for "newspaper" or "daily" in its own language: a body
        ("Earlier, Japan's Asahi Shimbun reported that talks had begun.", {"Asahi Shimbun"}, set()),
        ("The Dong-a Ilbo said the visit was planned.", {"Dong-a Ilbo"}, set()),
        # China's ruling party by any of its usual names: one body
        (
            "Members of the Communist Party of China met Nepali leaders. The Chinese Communist Party "
            "praised the talks.",
            {"Communist Party of China"},
            {"Chinese Communist Party"},
        ),
        (
            "A CPC delegation visited Hanoi and met the Communist Party of Vietnam.",
            {"Communist Party of Vietnam"},
            set(),
        ),
    ],
)
def test_bodies_named_in_their_own_words(text: str, present: set[str], absent: set[str]) -> None:
    found = _bodies(text)
    assert present <= found
    assert not absent & found


def test_newspaper_is_no_person() -> None:
    assert "Asahi Shimbun" not in _sides("Earlier, Japan's Asahi Shimbun reported that talks had begun.")


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        # a plural office of a named owner, apposed to a list: each holder's, in the singular
        (
            "The talks were attended by Rossi's envoys, Rami Haddad and Nabil Saad.",
            "Rami Haddad",
            "envoy",
            None,
        ),
        (
            "The talks were attended by Rossi's envoys, Rami Haddad and Nabil Saad.",
            "Nabil Saad",
            "envoy",
            None,
        ),
        # a plural office of as many countries as holders: paired in order
        (
            "He met the foreign ministers of Chile and Peru, Tomas Vial and Ana Quispe, in Lima.",
            "Tomas Vial",
            "foreign minister",
            "Chile",
        ),
        (
            "He met the foreign ministers of Chile and Peru, Tomas Vial and Ana Quispe, in Lima.",
            "Ana Quispe",
            "foreign minister",
            "Peru",
        ),
        # near miss: portfolios, not countries, pair only with "respectively"
        (
            "He met the ministers of health and education, Tomas Vial and Ana Quispe.",
            "Ana Quispe",
            None,
            None,
        ),
    ],
)
def test_plural_office_over_a_list(text: str, name: str, role: str | None, side: str | None) -> None:
    assert _actors(text)[name][1:] == (role, side)


@pytest.mark.parametrize(
    ("text", "name", "role", "side"),
    [
        # a post abroad scoped "in" a country or its capital right before the holder's name
        (
            "The guests included Peru's ambassador in Tokyo Rosa Vidal, the agency said.",
            "Rosa Vidal",
            "ambassador in Tokyo",
            "Peru",
        ),
        (
            "The guests included Peru's ambassador in Japan Rosa Vidal.",
            "Rosa Vidal",
            "ambassador in Japan",
            "Peru",
        ),
        ("He met the Chilean envoy in Cairo Tomas Vial on Monday.", "Tomas Vial", "envoy in Cairo", "Chile"),
        # as before: "to" a country
        (
            "The guests included Peru's ambassador to Japan Rosa Vidal.",
            "Rosa Vidal",
            "ambassador to Japan",
            "Peru",
        ),
    ],
)
def test_post_in_a_capital_before_the_name(text: str, name: str, role: str, side: str) -> None:
    assert _actors(text)[name][1:] == (role, side)


def test_office_of_a_capital_stays_unscoped() -> None:
    """Not every office is scoped by a capital after "of": the mayor's city is no country."""
    assert _actors("He met the mayor of Lima Rosa Vidal.")["Rosa Vidal"][1] is None


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # an office scoped "on" a topic of one or two words right before the holder's name
        ("Palace aide on foreign policy Ivo Marsh told reporters.", "Ivo Marsh", "aide on foreign policy"),
        ("The president's adviser on climate Gina Ruiz spoke first.", "Gina Ruiz", "adviser on climate"),
        # as before: "for" a topic
        ("The president's adviser for climate Gina Ruiz spoke first.", "Gina Ruiz", "adviser for climate"),
    ],
)
def test_office_on_a_topic_before_the_name(text: str, name: str, role: str) -> None:
    assert _actors(text)[name][1] == role


def test_day_after_on_is_no_topic() -> None:
    assert _actors("He briefed the minister on Monday, Ivo Marsh said.")["Ivo Marsh"][1] is None
