"""coref._shared_heads_before searches only before each plural office: it must find what a scan of the
whole text finds, including near misses, several offices and names that share a sentence."""

import pytest

from briefing_tui.extract import coref

TEXTS = [
    "The Moroccan and French foreign ministers met in Rabat.",
    "The Chilean and Argentine Presidents spoke on Monday.",
    "Kenyan and Ugandan prime ministers will attend; the Irish and Dutch Foreign Ministers will not.",
    "Residents of Lima and Cusco presidents of clubs gathered.",  # lower-case office: no match
    "the Moroccan, French and Spanish foreign ministers",  # a list before "and": its last two names
    "Presidents and Prime Ministers",  # the office words alone
    "Peru and Chile Prime  Ministers",  # two spaces: the pattern wants one
    "Peru and Chile Foreign Ministersx met",  # no word boundary after the office
    "ministers of Chile and Peru; the Ghanaian and Togolese presidents",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_a_scan_of_the_whole_text(text: str) -> None:
    expected = [m.span() for m in coref._SHARED_HEADS_BEFORE.finditer(text)]
    assert [m.span() for m in coref._shared_heads_before(text)] == expected


def test_some_texts_match() -> None:
    assert sum(bool(list(coref._shared_heads_before(t))) for t in TEXTS) >= 4
