"""Roles, round 24: a description followed by a time, or the object of a sentence-opening
gerund, is not in apposition with the name after the comma."""

from __future__ import annotations

from datetime import date

import pytest

from briefing_tui.extract.pipeline import build_document
from tests.unit.extract.helpers import people

PUBLISHED = date(2024, 3, 5)


def _aliases(text: str, name: str) -> tuple[str | None, list[str]]:
    doc = build_document(text, PUBLISHED)
    e = next(e for e in doc.entities if e.name == name)
    return e.role, list(e.aliases)


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "Greeting the Dutch premier on Monday, President Lumo thanked the people of Borland.",
            "Lumo",
            "President",
        ),
        (
            "Hosting the Kenyan minister in March, Chancellor Ostrova praised the deal.",
            "Ostrova",
            "Chancellor",
        ),
        ("Welcoming the Greek PM, President Nikolaides spoke of reunification.", "Nikolaides", "President"),
        (
            "Receiving the Italian foreign minister, Governor Halloran said the port would open.",
            "Halloran",
            "Governor",
        ),
        ("Thanking the Brazilian envoy on Friday, Mayor Quist signed the accord.", "Quist", "Mayor"),
    ],
)
def test_the_person_welcomed_is_not_the_subject(text: str, name: str, office: str) -> None:
    role, aliases = _aliases(text, name)
    assert role == office
    assert not any(a.startswith("the ") for a in aliases)


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        # near misses: a real apposition, an office with its scope, a gerund closed by a comma
        ("The Greek Prime Minister, Kostas Dimou, said talks would resume.", "Kostas Dimou", "Greece"),
        ("The French envoy to Mali, Paul Girard, said the talks went well.", "Paul Girard", "France"),
        ("Welcoming the Greek PM, Kostas Dimou, the President spoke of peace.", "Kostas Dimou", "Greece"),
    ],
)
def test_a_true_apposition_still_describes(text: str, name: str, affiliation: str) -> None:
    assert people(text, PUBLISHED)[name][1] == affiliation


def test_an_office_keeps_its_scope() -> None:
    role, _ = people("The Special Envoy on Climate Change, Rosa Linde, arrived.", PUBLISHED)["Rosa Linde"]
    assert role is not None and "Climate" in role


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "US President Joe Biden spoke. \"It was signed by Samoa's first Prime Minister, Tui Malietoa II.",
            "Tui Malietoa II",
            "Samoa",
        ),
        (
            "US President Joe Biden spoke. \"It was signed by Tonga's new Prime Minister, Sione Tupou II.",
            "Sione Tupou II",
            "Tonga",
        ),
        (
            "Chancellor Olaf Weber of Germany spoke. \"We thank Kenya's incoming President, Amos Ruto II.",
            "Amos Ruto II",
            "Kenya",
        ),
        ("Kenya's new President Amos Ruto met US Secretary Blinken.", "Amos Ruto", "Kenya"),
        # near miss: an ordinal with no possessor gives no side
        ("The first Prime Minister, Tui Malietoa, met President Biden of the US.", "Tui Malietoa", None),
    ],
)
def test_a_possessor_reaches_past_an_ordinal(text: str, name: str, affiliation: str | None) -> None:
    assert people(text, PUBLISHED)[name][1] == affiliation


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Former PMs Ravi Nair and Asha Rao were each given two dinners.", ("former Prime Minister",) * 2),
        ("The PMs Ali Khan and Ana Rojas met in Doha on Friday.", ("Prime Minister",) * 2),
        ("In Lima, former FMs Ana Rojas and Luis Vega signed it.", ("former Foreign Minister",) * 2),
        # near miss: a plural that is no office before the list
        ("Smaller firms Ali Khan and Ana Rojas met in Doha.", (None, None)),
    ],
)
def test_an_abbreviated_plural_office_before_a_list(text: str, roles: tuple[str | None, ...]) -> None:
    assert tuple(r for r, _ in people(text, PUBLISHED).values()) == roles
