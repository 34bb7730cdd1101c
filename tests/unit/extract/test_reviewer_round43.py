"""Review of round 43: near misses the round's rules left wrong, mended (each case in our own words).

- A body's one-word name ("Wagner", "Bloomberg") right after a given name is a surname also where the
  run of capitals opens on a word of the sentence's start ("Billionaire Michael Bloomberg said"):
  f42dfa2 asked for the given name to open the run.
- Initials that name two things in news are no party's ("the DPP said" of a prosecutor, "the CHP" of a
  highway patrol, "the NDP" in Cairo): 3076f8d listed "DPP" (Taiwan), "CHP" (Turkey) and "NDP" (Canada).
- The holder of an office in a state's organ named inside the office ("Governor of the Central Bank X",
  "Head of the Presidential Administration X") acts for the state, not for a body of no country:
  4daaf5f found the body and gave it as the side, where its state words were not followed by an agency's.
- A trip under way told again in the future is one trip only where the later sentence names it by a definite
  noun ("her visit to Peru will end with ..."): 394ebb8 folded any undated trip to come of the same traveller
  to the same place into the one begun ("will pay a state visit to Peru in the coming months").
"""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import meetings_of

PUBLISHED = date(2024, 5, 7)


def _kinds(text: str) -> dict[str, str]:
    return {e.name: e.kind for e in build_document(text, PUBLISHED).entities}


@pytest.mark.parametrize(
    ("text", "surname"),
    [
        ("Billionaire Michael Bloomberg said he would fund the clinic.", "Bloomberg"),
        ("Composer Richard Wagner finished the score in Zurich.", "Wagner"),
        ("Senator Ann Wagner voted against the bill.", "Wagner"),
        ("Richard Wagner finished the score in Zurich.", "Wagner"),
    ],
)
def test_a_body_word_after_a_given_name_is_a_surname(text: str, surname: str) -> None:
    kinds = _kinds(text)
    assert [n for n, k in kinds.items() if k == "person" and n.endswith(" " + surname)], kinds
    assert not [n for n, k in kinds.items() if k == "organization"], kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Wagner fighters left the base near the river.", "Wagner Group"),
        ("Bloomberg reported the sale on Friday.", "Bloomberg"),
        ("Vladimir Putin Wagner talks are over, a banner read.", "Wagner Group"),
    ],
)
def test_a_body_word_with_no_given_name_before_stays_the_body(text: str, body: str) -> None:
    assert _kinds(text).get(body) == "organization"


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("The DPP said charges would be filed against the driver.", "DPP"),
        ("The CHP closed the highway after the crash on Sunday.", "CHP"),
        ("In Cairo, the NDP said it would contest every seat.", "NDP"),
    ],
)
def test_initials_that_name_two_things_name_no_party(text: str, initials: str) -> None:
    # a body by its initials, of no country: not the party of Taiwan or Turkey
    bodies = {
        e.name: e.affiliation for e in build_document(text, PUBLISHED).entities if e.kind == "organization"
    }
    assert bodies == {initials: None}, text


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Democratic Progressive Party won the vote in Taipei.", "Democratic Progressive Party"),
        ("The Republican People's Party called for a recount in Ankara.", "Republican People's Party"),
        ("The New Democratic Party backed the budget in Ottawa.", "New Democratic Party"),
    ],
)
def test_the_parties_by_their_names(text: str, party: str) -> None:
    assert _kinds(text).get(party) == "organization"


@pytest.mark.parametrize(
    ("text", "person", "side"),
    [
        (
            "Kenya cut rates on Monday. Governor of the Central Bank Ana Ruiz said prices fell.",
            "Ana Ruiz",
            "Kenya",
        ),
        (
            "Russia said no. Head of the Presidential Administration Ivan Sokol said the talks were over.",
            "Ivan Sokol",
            "Russia",
        ),
        # near misses: a body that is no state's organ stays the holder's side
        ("Director of the Refugee Council Ana Ruiz said the camp was full.", "Ana Ruiz", "Refugee Council"),
        ("Leader of the National Party Ana Ruiz said the vote was fair.", "Ana Ruiz", "National Party"),
    ],
)
def test_an_office_in_a_state_organ_serves_the_state(text: str, person: str, side: str) -> None:
    sides = {e.name: e.affiliation for e in build_document(text, PUBLISHED).entities if e.kind == "person"}
    assert sides[person] == side, text


_ARRIVED = "President Rosa Lind arrived in Peru on Tuesday for a two-day visit. "


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        (_ARRIVED + "Her visit to Peru will end with a speech to the senate.", ["past"]),
        # near misses: a trip to come told by a verb or an indefinite noun may be another
        (
            _ARRIVED + "Lind will pay a state visit to Peru in the coming months to sign a pact.",
            ["past", "upcoming"],
        ),
        (_ARRIVED + "Lind is expected to visit Peru once more before her term ends.", ["past", "upcoming"]),
    ],
)
def test_a_trip_under_way_is_told_again_by_its_noun(text: str, statuses: list[str]) -> None:
    assert [
        status for kind, status in meetings_of(text, PUBLISHED, "kind", "status") if kind == "visit"
    ] == statuses
