"""Round 40: statements missed or misattributed on unseen real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_VISIT = "Chilean President Tomas Vidal met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report whose clause opens with a person and a speech verb of their own: the person's words too
        (
            _VISIT + "The ministry said Quispe voiced her hope that the mining dispute would end soon.",
            [
                ("indirect", "The ministry", "Quispe voiced her hope that the mining dispute would end soon"),
                ("indirect", "Rosa Quispe", "her hope that the mining dispute would end soon"),
            ],
        ),
        (
            _VISIT
            + "A spokesman, Ivan Soto, said the Chilean leader reaffirmed his backing for the fishermen.",
            [
                ("indirect", "Ivan Soto", "the Chilean leader reaffirmed his backing for the fishermen"),
                ("indirect", "Tomas Vidal", "his backing for the fishermen"),
            ],
        ),
        (
            _VISIT + "Vidal said Quispe told him she would sign the water treaty in June.",
            [
                ("indirect", "Tomas Vidal", "Quispe told him she would sign the water treaty in June"),
                ("indirect", "Rosa Quispe", "she would sign the water treaty in June"),
            ],
        ),
        # near misses: a plan, a country's stance, a noun phrase or a meeting's agenda stay the relayer's alone
        (
            _VISIT + "Vidal said Quispe will stress the need for new roads.",
            [("indirect", "Tomas Vidal", "Quispe will stress the need for new roads")],
        ),
        (
            _VISIT + "Vidal said Peru confirmed its wish to join the pact.",
            [("indirect", "Tomas Vidal", "Peru confirmed its wish to join the pact")],
        ),
        (
            _VISIT + "Vidal said Quispe's speech stressed the need for new roads.",
            [("indirect", "Tomas Vidal", "Quispe's speech stressed the need for new roads")],
        ),
        (
            _VISIT + "Vidal said Quispe discussed the rail link with him.",
            [("indirect", "Tomas Vidal", "Quispe discussed the rail link with him")],
        ),
    ],
)
def test_reported_clause_of_a_speaker_of_its_own(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'during the talks', 'at their meeting' between the subject and its verb: when, not who
        (
            _VISIT + "Quispe during the talks stressed the need for a new water treaty.",
            [("indirect", "Rosa Quispe", "the need for a new water treaty")],
        ),
        (
            _VISIT + "Vidal at their meeting also voiced concern about the fishing quotas.",
            [("indirect", "Tomas Vidal", "concern about the fishing quotas")],
        ),
        (
            _VISIT + "Quispe in the phone call said that the rail link would open in June.",
            [("indirect", "Rosa Quispe", "the rail link would open in June")],
        ),
        # near misses: a statement's channel as before; a plan stays a plan
        (
            _VISIT + "Quispe in a statement said that the rail link would open in June.",
            [("indirect", "Rosa Quispe", "the rail link would open in June")],
        ),
        (
            _VISIT + "Quispe during the talks will stress the need for a new water treaty.",
            [],
        ),
    ],
)
def test_sitting_between_subject_and_verb(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ', and she urged ...': a clause with its own subject and speech verb is a statement of its own
        (
            _VISIT
            + "Quispe voiced concern about the floods in the south, and she urged Chile's help with the relief.",
            [
                ("indirect", "Rosa Quispe", "concern about the floods in the south"),
                ("indirect", "Rosa Quispe", "Chile's help with the relief"),
            ],
        ),
        (
            _VISIT
            + "Vidal praised the new customs rules for trucks, and he called for a rail link to the coast.",
            [
                ("indirect", "Tomas Vidal", "the new customs rules for trucks"),
                ("indirect", "Tomas Vidal", "a rail link to the coast"),
            ],
        ),
        (
            _VISIT
            + "Quispe said the talks with Chile went well, and she urged patience over the fishing quotas.",
            [
                ("indirect", "Rosa Quispe", "the talks with Chile went well"),
                ("indirect", "Rosa Quispe", "patience over the fishing quotas"),
            ],
        ),
        # near misses: another speaker's 'welcomed' cut as before; 'and' inside the reported words stays in them
        (
            _VISIT
            + "Vidal praised the new customs rules for trucks, and Quispe welcomed the plan for a rail link.",
            [
                ("indirect", "Tomas Vidal", "the new customs rules for trucks"),
                ("indirect", "Rosa Quispe", "the plan for a rail link"),
            ],
        ),
        (
            _VISIT + "Vidal said the floods hit the south and the army urged calm.",
            [("indirect", "Tomas Vidal", "the floods hit the south and the army urged calm")],
        ),
        (
            _VISIT + "Vidal said the floods hit the south, and the army urged calm.",
            [("indirect", "Tomas Vidal", "the floods hit the south, and the army urged calm")],
        ),
    ],
)
def test_and_then_a_subject_and_its_speech_verb(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a final 'according to X' followed by X's initials or by a relative clause on X: still X's words
        (
            _VISIT
            + "The two will sign a water treaty in June, according to the Ministry of Foreign Affairs (MFA).",
            [("indirect", "Ministry of Foreign Affairs", "The two will sign a water treaty in June")],
        ),
        (
            _VISIT
            + "The ports reopened after a long strike, according to spokesman Ivan Soto, who spoke to a radio station.",
            [("indirect", "Ivan Soto", "The ports reopened after a long strike")],
        ),
        (
            _VISIT
            + "Vidal will tour the copper mines in the north, according to the Ministry of Mining (MoM), which "
            "added that no date was set.",
            [("indirect", "Ministry of Mining", "Vidal will tour the copper mines in the north")],
        ),
        # near misses: as before, with no initials or clause after the source
        (
            _VISIT
            + "The two will sign a water treaty in June, according to the Ministry of Foreign Affairs.",
            [("indirect", "Ministry of Foreign Affairs", "The two will sign a water treaty in June")],
        ),
        (
            _VISIT + "The ports reopened after a long strike, according to spokesman Ivan Soto.",
            [("indirect", "Ivan Soto", "The ports reopened after a long strike")],
        ),
    ],
)
def test_according_to_a_source_with_its_initials_or_a_clause(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition whose office holds its portfolio in brackets, commas and all: the name before it speaks
        (
            _VISIT
            + "Ivan Soto, adviser to the president (media and strategy), said that the vote went well.",
            [("indirect", "Ivan Soto", "the vote went well")],
        ),
        (
            _VISIT
            + "Ivan Soto, Special Adviser to the President (Media, Outreach & Strategy), noted that the vote went well.",
            [("indirect", "Ivan Soto", "the vote went well")],
        ),
        (
            _VISIT + "Ivan Soto, minister of state (mines), has stated that the copper price would rise.",
            [("indirect", "Ivan Soto", "the copper price would rise")],
        ),
        # near misses: an apposition with no brackets, as before
        (
            _VISIT + "Ivan Soto, adviser to the president, said that the vote went well.",
            [("indirect", "Ivan Soto", "the vote went well")],
        ),
    ],
)
def test_apposition_with_a_bracketed_portfolio(text: str, expected: list) -> None:
    assert built(text) == expected
