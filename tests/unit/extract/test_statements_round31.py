"""Round 31: statements found wrong on a batch of real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built, quote_bodies

_LEAD = "Estonian Foreign Minister Karin Vask met Chilean President Rodrigo Alvear in Tallinn on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the opening mark lost: the paragraph's first mark closes, its attribution after it
        (
            "Alvear warned of a crisis.\n\nWe have to keep our heads cool,\u201d Vask said on Tuesday.\n",
            "We have to keep our heads cool",
        ),
        ('Talks ended late.\n\nThe port will reopen in May." she added.\n', "The port will reopen in May."),
        (
            "Talks ended late.\n\nNobody wants a trade war,\u201d said Rodrigo Alvear.\n",
            "Nobody wants a trade war",
        ),
    ],
)
def test_a_quote_whose_opening_mark_is_missing_runs_from_its_paragraph_start(text: str, quote: str) -> None:
    assert (quote, True) in quote_bodies(text)


def test_paragraphs_a_quote_runs_on_without_marks_are_quoted() -> None:
    text = (
        "Vask spoke after the vote. \u201cI did not expect this outcome.\n\n"
        "The other camp chose a hard line, and it cannot win with it.\n\n"
        "We will talk to them again,\u201d Vask said.\n\nThe vote was close.\n"
    )
    assert quote_bodies(text) == [
        ("I did not expect this outcome.", False),
        ("The other camp chose a hard line, and it cannot win with it.", False),
        ("We will talk to them again", True),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no attribution after the mark: a stray or mistyped mark
        "Talks ended late.\n\nThe Blue Harbour\u201d project was signed in May.\n",
        # the mark follows no comma or stop: a closing mark of a title, not of speech
        "Talks ended late.\n\nThe ships of the Northern Star\u201d fleet, Vask said, will dock.\n",
        # the mark opens the paragraph
        "Talks ended late.\n\n\u201dWelcome,\u201d she said.\n",
    ],
)
def test_no_quote_from_a_paragraph_start_without_a_closing_attribution(text: str) -> None:
    assert not any(q.startswith(("The Blue", "The ships", "Welcome,\u201d")) for q, _c in quote_bodies(text))


def test_narrative_paragraphs_after_an_open_quote_stay_narrative_without_an_orphan_close() -> None:
    text = (
        "Vask spoke after the vote. \u201cI did not expect this outcome.\n\n"
        "The opposition walked out of the chamber.\n\n\u201cWe will talk again,\u201d Vask said.\n"
    )
    assert ("The opposition walked out of the chamber.", False) not in quote_bodies(text)


def test_a_quote_with_its_opening_mark_lost_is_attributed() -> None:
    text = (
        _LEAD
        + "We have to keep our heads cool when we deal with these matters,\u201d Vask said on Tuesday.\n"
    )
    assert built(text) == [
        ("direct", "Karin Vask", "We have to keep our heads cool when we deal with these matters")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbs of saying that report a that-clause
        (
            _LEAD + "Vask advised that the coalition needs a fresh mandate to carry on.",
            [("indirect", "Karin Vask", "the coalition needs a fresh mandate to carry on")],
        ),
        (
            _LEAD + "In a radio interview, Vask recounted that this was not the first dispute over the port.",
            [("indirect", "Karin Vask", "this was not the first dispute over the port")],
        ),
        (
            _LEAD + "Vask estimates that some 4,000 families have left the border villages.",
            [("indirect", "Karin Vask", "some 4,000 families have left the border villages")],
        ),
        (
            _LEAD + "Vask contended that the tender had been rigged from the start.",
            [("indirect", "Karin Vask", "the tender had been rigged from the start")],
        ),
        # near misses: without 'that' they report nothing
        (_LEAD + "Vask advised the farmers to wait for the new subsidies.", []),
        (_LEAD + "Vask recounted the events of the night to the panel.", []),
        (_LEAD + "Vask estimated the damage at 5 million euros.", []),
        (_LEAD + "The estimates of the damage were revised on Friday.", []),
    ],
)
def test_verbs_of_saying_with_a_that_clause(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert built(text) == expected


_CHILE = (
    "Chilean Foreign Minister Rodrigo Alvear arrived in Lima on Monday for talks with President Ana Ruiz.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office named without a name: its one holder in the article speaks
        (
            _CHILE + 'On social media, the head of Chilean diplomacy said: "We came to deepen our ties."',
            [("direct", "Rodrigo Alvear", "We came to deepen our ties.")],
        ),
        (
            _CHILE
            + "The head of Chilean diplomacy has argued that the two ports pose a threat to the region.",
            [("indirect", "Rodrigo Alvear", "the two ports pose a threat to the region")],
        ),
        (
            "Latvian President Ana Ruiz met the mayor of the port city on Monday.\n\n"
            '"You kept your word and we will review the old agreements," the head of state said at the start.',
            [("direct", "Ana Ruiz", "You kept your word and we will review the old agreements")],
        ),
        # near misses: no holder of that office, or two of them: nobody is guessed
        (
            _CHILE
            + "The head of Peruvian diplomacy has argued that the two ports pose a threat to the region.",
            [],
        ),
        (
            "Latvian President Ana Ruiz met Chilean President Rodrigo Alvear on Monday.\n\n"
            '"You kept your word and we will review the old agreements," the head of state said at the start.',
            [],
        ),
    ],
)
def test_an_office_named_without_a_name_is_its_holder(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


_TRADE = "Chilean President Rodrigo Alvear will visit Tallinn next week.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed acronym, then an aside set off by commas, then the verb: the body before them speaks
        (
            _TRADE + "The Ministry of Foreign Trade (MFT), announcing the trip, said it is expected to lend"
            " momentum to cooperation.",
            [("indirect", "Ministry of Foreign Trade", "it is expected to lend momentum to cooperation")],
        ),
        (
            _TRADE
            + "The Ministry of Foreign Trade (MFT), in a statement, said the deal would be signed in May.",
            [("indirect", "Ministry of Foreign Trade", "the deal would be signed in May")],
        ),
        (
            _TRADE + "The Ministry of Foreign Trade (MFT), however, said the deal would be signed in May.",
            [("indirect", "Ministry of Foreign Trade", "the deal would be signed in May")],
        ),
        (
            _TRADE + "The Ministry of Foreign Trade (MFT), which oversees the talks, said the deal would be"
            " signed in May.",
            [("indirect", "Ministry of Foreign Trade", "the deal would be signed in May")],
        ),
        # near miss: the brackets hold no acronym; the phrase before them names nobody who speaks
        (_TRADE + "The talks (held in private), as expected, said little about the port.", []),
    ],
)
def test_a_body_with_its_acronym_and_an_aside_before_the_verb(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ', and <someone> <speech verb>': a report of its own, with its own subject, ends the one before
        (
            _LEAD + "Alvear said the port would reopen in May, and Vask confirmed it is being considered.",
            [
                ("indirect", "Rodrigo Alvear", "the port would reopen in May"),
                ("indirect", "Karin Vask", "it is being considered"),
            ],
        ),
        (
            _LEAD
            + "Vask added that the setback was smaller than the last one, and she expressed hope that the"
            " dispute could be settled soon.",
            [
                ("indirect", "Karin Vask", "the setback was smaller than the last one"),
                ("indirect", "Karin Vask", "hope that the dispute could be settled soon"),
            ],
        ),
        (
            _LEAD + "Vask said the talks had been long, and she said that a date would be set in June.",
            [
                ("indirect", "Karin Vask", "the talks had been long"),
                ("indirect", "Karin Vask", "a date would be set in June"),
            ],
        ),
        # near misses: no speech verb after the subject, or no comma before 'and': one clause goes on
        (
            _LEAD + "Vask said the talks had been long, and the ministers left for the airport at noon.",
            [
                (
                    "indirect",
                    "Karin Vask",
                    "the talks had been long, and the ministers left for the airport at noon",
                )
            ],
        ),
        (
            _LEAD + "Vask said the port would reopen in May and Alvear would attend the ceremony.",
            [("indirect", "Karin Vask", "the port would reopen in May and Alvear would attend the ceremony")],
        ),
    ],
)
def test_a_second_report_with_its_own_subject_ends_the_first(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected
