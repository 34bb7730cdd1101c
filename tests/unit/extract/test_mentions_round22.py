"""Stage mentions, round 22: capitalised phrases of ordinary words and place names are no one."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.nonpeople import ordinary_phrase
from tests.unit.extract.helpers import heads, mentions_of

PUBLISHED = date(2024, 3, 5)


@pytest.mark.parametrize(
    ("name", "ordinary"),
    [
        ("Single Market", True),
        ("Think Tanks", True),
        ("Internally Displaced Persons", True),
        ("Nuclear Weapons Free Zone", True),
        ("Strategic Communications", True),
        ("Mark Brown", False),  # a given name that is a word too
        ("Tom Wolf", False),
        ("Matt Miller", False),  # a short form of a given name
        ("Josh Earnest", False),
        ("Hope Hicks", False),
        ("Prime Minister", False),  # an office, left to the offices' rules
        ("Price", False),  # one word: a surname as often as a word
        ("Chapultepec Park", False),  # a word no dictionary holds
        ("UN Women", False),
        ("Yoon In-sun", False),  # short syllables of a hyphenated given name
        ("South-East Asia", False),
        ("Free Trade Zone", True),
    ],
)
def test_ordinary_phrase(name: str, ordinary: bool) -> None:
    assert ordinary_phrase(name) is ordinary


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Quick Facts\nThe envoy lands on Friday.", []),
        ("Fast Facts\nTrade rose last year.", []),
        ("The ministers reviewed Food Security and Climate Finance, Ann Linde said.", ["Ann Linde"]),
        ("He met Josh Earnest and Tom Wolf on Monday.", ["Josh Earnest", "Tom Wolf"]),
        ("Mark Brown said he would come.", ["Mark Brown"]),
    ],
)
def test_ordinary_phrases_are_no_one(text: str, people: list[str]) -> None:
    assert heads(text, "person", PUBLISHED) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("The delegation arrived in Da Nang on Monday.", []),
        ("Talks were held at Wisma Putra on Tuesday.", []),
        ("The delegation stayed in Siem Reap for two nights.", []),
        ("The summit will take place in Nay Pyi Taw.", []),
        ("He will be received at Istana Nurul Iman.", []),
        ("The minister was in Nuku Alofa.", []),
        ("The PM will visit sites in Madinah and Al Ula next week.", []),
        ("She will stop in Riyadh, Jeddah and Nay Pyi Taw.", []),
        # a particle shared with a person's name is no evidence (no locative: left as it was)
        ("Hamad Al Thani flew in. He toured Madinah and Al Ula.", ["Hamad Al Thani", "Al Ula"]),
        ("Hamad Al Thani flew in. He toured sites in Madinah and Al Ula.", ["Hamad Al Thani"]),
        ("He met Ruto and Kofi Mensah in Nairobi.", ["Ruto", "Kofi Mensah"]),  # a well-known surname
        ("In Beijing and Moscow, Wang Wenbin said no.", ["Wang Wenbin"]),
        ("She landed at Port Moresby, then flew on to the capital.", []),
        # a name shown as a person's elsewhere stays one
        ("He met Kofi Mensah in Accra. He voiced trust in Kofi Mensah.", ["Kofi Mensah", "Kofi Mensah"]),
        (
            "Kofi Mensah spoke first. Later the group met in Kofi Mensah's office.",
            ["Kofi Mensah", "Kofi Mensah"],
        ),
        ("Reporters shouted at Kofi Mensah.", ["Kofi Mensah"]),
        ("The talks in Hanoi were led by Pham Binh Minh.", ["Pham Binh Minh"]),
    ],
)
def test_names_only_after_in_or_at_are_places(text: str, people: list[str]) -> None:
    assert heads(text, "person", PUBLISHED) == people


def _office_holders(text: str) -> list[tuple[str, str]]:
    doc = mentions_of(text, PUBLISHED)
    return [
        (doc.text[m.start : m.head_start], doc.text[m.head_start : m.head_end])
        for m in doc.mentions
        if m.kind == "person"
    ]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "He was received by the Minister of Water Supply Ram Shah.",
            [("Minister of Water Supply ", "Ram Shah")],
        ),
        (
            "Chairman of the Council of Elders Amos Sawyer said it was good.",
            [("Chairman of the Council of Elders ", "Amos Sawyer")],
        ),
        ("Minister for Lands Filipe Bole spoke.", [("Minister for Lands ", "Filipe Bole")]),
        (
            "The Minister of Roads and Bridges Ali Saleh said so.",
            [("Minister of Roads and Bridges ", "Ali Saleh")],
        ),
        (
            "Minister for Physical Infrastructure and Transport Prakash Jwala said so.",
            [("Minister for Physical Infrastructure and Transport ", "Prakash Jwala")],
        ),
        # a given name that is a word, a lone surname and a body stay as they were
        ("Minister of Health Hope Ayo said so.", [("Minister of Health ", "Hope Ayo")]),
        ("Minister of Energy Bright Simons said so.", [("Minister of Energy ", "Bright Simons")]),
        (
            "CEO of the Refugee Council Enver Solomon said it.",
            [("CEO of the Refugee Council ", "Enver Solomon")],
        ),
        # an office's last word is no one-word name
        ("Minister for Water Supply said so.", []),
        (
            "The Minister of Health Stone said so. Stone said more.",
            [("Minister of Health ", "Stone"), ("", "Stone")],
        ),
    ],
)
def test_portfolio_words_run_on_to_the_name(text: str, holders: list[tuple[str, str]]) -> None:
    assert _office_holders(text) == holders


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Prime Minister Theresa May said so.", ["Theresa May"]),
        ("Brian May spoke on Friday.", ["Brian May"]),
        ("The party's leader, Elizabeth May, gave him a gift.", ["Elizabeth May"]),
        ("Mark June said no.", ["Mark June"]),
        # a month before a number, or after no given name, is a date or a verb
        ("Grace May 2020 was a good month.", []),
        ("Talks ended on Monday, May 3.", []),
        ("Officials say Putin May Visit China soon.", []),
    ],
)
def test_a_month_after_a_given_name_is_a_surname(text: str, people: list[str]) -> None:
    assert heads(text, "person", PUBLISHED) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Enquiries: Mr Kofi Mensah, Spokesperson for the Ministry, 082 000 0000", ["Kofi Mensah"]),
        ("Media Contact: Dr Jane Moyo, Head of Communications", ["Jane Moyo"]),
        ("Contact: Ms Ama Owusu, Director for Media, on 082 000 0000", ["Ama Owusu"]),
    ],
)
def test_a_courtesy_opens_a_name_in_a_contact_line(text: str, people: list[str]) -> None:
    assert heads(text, "person", PUBLISHED) == people


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Prime Minister KP Sharma Oli said so.", ["KP Sharma Oli"]),
        ("Chief Minister MK Stalin met the envoy.", ["MK Stalin"]),
        ("The letter went to the Indian envoy, JP Singh, on Monday.", ["JP Singh"]),
        ("Foreign Minister Retno LP Marsudi received her guest.", ["Retno LP Marsudi"]),
        # known short names, a determiner, a dictionary word after: no initials
        ("The DG Tedros said so.", ["Tedros"]),
        ("The US Navy and the UK Royal Navy sailed.", []),
        ("NZ Foreign Minister Winston Peters said so.", ["Winston Peters"]),
    ],
)
def test_initials_without_stops_open_a_name(text: str, people: list[str]) -> None:
    assert heads(text, "person", PUBLISHED) == people
