"""Review round 38: five defects of the rule-based extractor, each mended by a general rule.

- a guest party's nationality ("received a Chinese trade delegation") qualifies the guests, not
  the host who receives them.
- a speaker's label in capitals over a transcript's turn ("MR. VOSS:") names the person in the
  usual case ("Voss", or the full name the text gives), the courtesy no actor of its own.
- every spelling of a country's own name for its foreign minister that the lexicon accepts places
  its holder in that country ("Minister of External Affairs" is India's).
- a story that ends on its own timetable, with no line before it that introduces it: the lines
  carry dates in their own words, and keep them; a closing list of other stories' headlines
  (dates in a few titles only, or each linked page's day set off at the line's end) holds none.
- a day and a weekday with no year ("Tuesday, March 15"): the weekday chooses among the
  publication year and the years before and after it, and never sends the day further back.
- a transcript's label for a role ("QUESTION:", "MODERATOR:") is no body, and its turn no one's.
- "Secretary of State for <portfolio>" is a Westminster-style cabinet office, no US one: the
  holder's side comes from the text's other evidence, or stays unknown.
- a label in capitals runs on over a name's particles ("DR. ANA MARIA DE LA CRUZ:").
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract import coref
from briefing_tui.extract.lexicon import titles
from briefing_tui.extract.lexicon.titles import office_abroad, state_of_own_office
from tests.unit.extract.helpers import built, names, sides, timexes_of

PUBLISHED = date(2024, 5, 7)


@pytest.mark.parametrize(
    ("text", "name", "side"),
    [
        # the host stays without a side: the demonym (or "from <country>") is the guests'
        ("Governor Ana Pello received a Chinese trade delegation.", "Ana Pello", None),
        ("Mayor Rui Sato welcomed an Iranian delegation at his office.", "Rui Sato", None),
        ("On Friday, Speaker Ines Kolar hosted a large Brazilian business delegation.", "Ines Kolar", None),
        ("Minister Ola Berg met a delegation from Kenya on Tuesday.", "Ola Berg", None),
        ("Senator Tim Vale greeted the Japanese delegates at the airport.", "Tim Vale", None),
        # the delegation's own leader keeps its country
        ("Governor Ana Pello received a Chinese delegation led by Vice Minister Wu Lan.", "Wu Lan", "China"),
        # near misses: a side of the host's own ("Chilean Governor"), a country that is no guest party
        ("Chilean Governor Ana Pello received a Chinese trade delegation.", "Ana Pello", "Chile"),
        ("Governor Ana Pello, a Chinese national, received the delegation.", "Ana Pello", "China"),
    ],
)
def test_guest_party_country_is_not_the_hosts(text: str, name: str, side: str | None) -> None:
    assert sides(text, PUBLISHED).get(name) == side


_TURNS = "{intro}{first}: We will keep working on the plan with them.\n\nQUESTION: And the talks?\n\n{second}: They went well for both of us."


@pytest.mark.parametrize(
    ("intro", "first", "second", "expected"),
    [
        ("", "MR. VOSS", "MS. ALI", ["Voss", "Ali"]),
        ("", "MR VOSS", "DR. ALI", ["Voss", "Ali"]),
        ("", "MR. PETER VOSS", "MS. ANA ALI", ["Peter Voss", "Ana Ali"]),
        # the name the text gives in its usual case, elsewhere: that person
        ("Spokesman Peter Voss held a briefing.\n\n", "MR. VOSS", "MR. VOSS", ["Peter Voss"]),
        ("Voss spoke to reporters on Monday.\n\n", "MR. VOSS", "MR. VOSS", ["Voss"]),
        # near misses: a name in mixed case keeps its own spelling; a known acronym ends the name
        ("", "Mr. McAllister", "Ms. DeVries", ["McAllister", "DeVries"]),
        ("", "MR. VOSS", "UNICEF", ["Voss"]),
    ],
)
def test_shouted_speaker_label_names_the_person(
    intro: str, first: str, second: str, expected: list[str]
) -> None:
    text = _TURNS.format(intro=intro, first=first, second=second)
    assert names(text, PUBLISHED, "person") == expected


@pytest.mark.parametrize(
    ("role", "country"),
    [
        ("Minister of External Affairs", "India"),
        ("External Affairs Minister", "India"),
        ("minister  of external affairs", "India"),
        ("Secretary of State", "United States"),
        # near misses: the general names, and a longer office that only begins like one
        ("Minister of Foreign Affairs", None),
        ("Foreign Secretary", None),
        ("Minister of External Affairs and Trade", None),
    ],
)
def test_own_foreign_office_places_its_holder(role: str, country: str | None) -> None:
    assert state_of_own_office(role) == country


def test_every_own_foreign_office_has_its_country() -> None:
    # the names the counterpart rule reads as a state's own are the names that place a holder
    for low in titles._OWN_FOREIGN_OFFICES:
        assert state_of_own_office(low) is not None, low
        assert office_abroad(low, "Peru") == "Foreign Minister", low


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Minister of External Affairs Ravi Menon spoke to reporters.", "India"),
        ("Ravi Menon, the Minister of External Affairs, spoke to reporters.", "India"),
        # near miss: the general name places no one
        ("Minister of Foreign Affairs Ravi Menon spoke to reporters.", None),
    ],
)
def test_external_affairs_minister_is_indias(text: str, side: str | None) -> None:
    assert sides(text, PUBLISHED).get("Ravi Menon") == side


_TALKS = "The two envoys met in the capital on Monday and agreed to meet again in June.\n"


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        # the story's own timetable: dates open the lines, or sit in each item's words
        (
            "April 2 - Experts meet in Geneva\nMay 10 - Ministers review the draft\n"
            "June 3 - Envoys settle the last points\nJuly 15 - Leaders sign the text\n"
            "August 1 - The accord takes effect",
            ["April 2", "May 10", "June 3", "July 15", "August 1"],
        ),
        (
            "Monday, April 1: arrival in the capital\nTuesday, April 2: talks with the president\n"
            "Wednesday, April 3: a visit to the port\nThursday, April 4: a state dinner\n"
            "Friday, April 5: the flight home",
            [
                "Monday, April 1",
                "Tuesday, April 2",
                "Wednesday, April 3",
                "Thursday, April 4",
                "Friday, April 5",
            ],
        ),
        (
            "Experts meet in Geneva on April 2\nMinisters review the draft in May\n"
            "Envoys settle the last points on June 30, 2024\nLeaders sign the text in July\n"
            "The accord takes effect in 2025",
            ["April 2", "May", "June 30, 2024", "July", "2025"],
        ),
        # near misses: other stories' headlines, each with its day set off at the end, or a date in a
        # few titles only
        (
            "Storm cuts power to villages - March 13, 2013\nTown hall reopens - March 14, 2013\n"
            "New bridge named after poet - March 14, 2013\nSchool wins chess cup - March 12, 2013\nMore",
            [],
        ),
        (
            "Top stories of the paper in 2020\nFarmers bring in the rice harvest early\n"
            "A museum opens its doors in April\nTop ten buzzwords of 2019\nRail link reaches the northern towns",
            [],
        ),
    ],
)
def test_story_timetable_keeps_its_dates(tail: str, kept: list[str]) -> None:
    found = [words for words, _ in timexes_of(_TALKS + tail, PUBLISHED)]
    assert found == ["Monday", "June", *kept]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the weekday fits the year before publication, or the year after
        ("The talks opened on Wednesday, March 15.", date(2024, 3, 20), "2023-03-15"),
        ("The ministers will meet on Friday, January 12.", date(2023, 11, 20), "2024-01-12"),
        ("The treaty was signed on Friday, March 15.", date(2024, 3, 20), "2024-03-15"),
        # near misses: a weekday only a year two or more back fits is a slip; the nearest day holds
        ("The talks opened on Tuesday, March 15.", date(2024, 3, 20), "2024-03-15"),
        ("The envoy flew home on Sunday, May 3.", date(2024, 3, 20), "2023-05-03"),
        ("The envoy flew home on Tuesday, June 1.", date(2023, 10, 24), "2023-06-01"),
    ],
)
def test_weekday_chooses_only_a_nearby_year(text: str, published: date, expected: str) -> None:
    assert [value for _, value in timexes_of(text, published)] == [expected]


_LABELLED = (
    "MINISTER VOSS: Our two teams will keep working on the plan together.\n\n"
    "{label}: Did the talks on the new border crossings go well for you?\n\n"
    "MINISTER VOSS: They went well for both sides, and we will meet again soon.\n"
)


@pytest.mark.parametrize(
    ("label", "bodies"),
    [
        ("QUESTION", []),
        ("Q", []),
        ("MODERATOR", []),
        ("AUDIENCE MEMBER", []),
        ("REPORTER", []),
        ("JOURNALIST", []),
        # near misses: a body's own label stays the body, and so does an acronym no dictionary holds
        ("UNICEF", ["UNICEF"]),
        ("FRELIMO", ["FRELIMO"]),
    ],
)
def test_transcript_role_label_is_no_body(label: str, bodies: list[str]) -> None:
    text = _LABELLED.format(label=label)
    assert names(text, PUBLISHED, "organization") == bodies
    # the minister's turns are his, the question no one's
    assert [speaker for _, speaker, _ in built(text, PUBLISHED)] == ["Voss", "Voss"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # a cabinet office with its portfolio after it places no one in the United States
        ("Secretary of State for Health Nia Corran opened a new clinic on Monday.", None),
        ("Nia Corran, the Secretary of State for Education, visited two schools.", None),
        ("Secretary of State for Wales Nia Corran toured the harbour.", None),
        # the side the text gives stays
        ("British Secretary of State for Defence Nia Corran arrived in Oslo.", "United Kingdom"),
        ("Nia Corran, Portugal's Secretary of State for Tourism, spoke at the fair.", "Portugal"),
        # near misses: the US offices, with or without a portfolio after a rank
        ("Secretary of State Nia Corran flew to Cairo on Monday.", "United States"),
        ("Assistant Secretary of State for African Affairs Nia Corran flew to Cairo.", "United States"),
        ("Under Secretary of State for Political Affairs Nia Corran flew to Cairo.", "United States"),
    ],
)
def test_secretary_of_state_for_a_portfolio_is_no_us_office(text: str, side: str | None) -> None:
    assert sides(text, PUBLISHED).get("Nia Corran") == side


@pytest.mark.parametrize(
    ("role", "us"),
    [
        ("Secretary of State for Health", False),
        ("Secretary of State for Foreign, Commonwealth and Development Affairs", False),
        ("Secretary of State", True),
        ("Deputy Secretary of State for Management", True),
    ],
)
def test_us_office_leaves_out_a_portfolio_secretary_of_state(role: str, us: bool) -> None:
    assert titles.us_office(role) is us


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a cabinet secretary for another portfolio is not the one who heads the country's diplomacy
        # (whom the story does not name: no one's statement)
        ("Secretary of State for Health Ana Pello visited a clinic.", None),
        # the foreign office's own holders, a Secretary of State for it among them (the dateline's side)
        ("Secretary of State for Foreign Affairs Ana Pello visited a clinic.", "Ana Pello"),
        ("Foreign Secretary Ana Pello visited a clinic.", "Ana Pello"),
    ],
)
def test_portfolio_secretary_of_state_heads_no_diplomacy(sentence: str, speaker: str | None) -> None:
    text = f"LONDON, May 3 - {sentence} The head of British diplomacy said the talks with France would go on."
    assert [who for _, who, _ in built(text, PUBLISHED)] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("role", "holds"),
    [
        ("Secretary of State for Defence", False),
        ("Secretary of State for Foreign, Commonwealth and Development Affairs", True),
        ("Secretary of State", True),
    ],
)
def test_portfolio_secretary_of_state_holds_no_foreign_office(role: str, holds: bool) -> None:
    assert coref._holds_office(role, "Foreign Minister") is holds


@pytest.mark.parametrize(
    ("first", "expected"),
    [
        # the particles of a name in capitals go on to the surname, and read in lower case
        ("DR. ANA MARIA DE LA CRUZ", "Ana Maria de la Cruz"),
        ("MR. PIETER VAN DER BERG", "Pieter van der Berg"),
        ("MS. LINA DOS SANTOS", "Lina dos Santos"),
        ("SHEIKH SAUD BIN HAMAD", "Saud bin Hamad"),
        ("SHEIKH SAUD AL THANI", "Saud Al Thani"),  # (a particle written capitalised standing alone)
        # near miss: a name without particles
        ("MR. PIETER BERG", "Pieter Berg"),
    ],
)
def test_shouted_label_runs_on_over_particles(first: str, expected: str) -> None:
    text = _TURNS.format(intro="", first=first, second=first)
    assert names(text, PUBLISHED, "person") == [expected]
    # each turn is the person's
    assert {speaker for _, speaker, _ in built(text, PUBLISHED)} == {expected}


def test_particle_without_surname_ends_the_shouted_name() -> None:
    text = _TURNS.format(intro="", first="MR. PIETER DE", second="MS. ALI")
    assert names(text, PUBLISHED, "person") == ["Pieter", "Ali"]
