"""Stage statements on hand-built documents: quotes, reported speech, speakers, addressees, dates.

The documents are built by ``helpers.make_doc`` (sentences, mentions resolved to entities,
timexes), so these tests measure the statements stage alone.
"""

from __future__ import annotations

import pytest

from briefing_tui.extract import quoteattribution, statementcontext, statements
from tests.unit.extract.helpers import Cast, make_doc, run

WANG = Cast(
    actors={
        "Wang Yi": ("person", ("Wang",)),
        "Eli Cohen": ("person", ()),
        "Riyad al-Maliki": ("person", ()),
        "Xinhua News Agency": ("organization", ()),
    },
    pronouns={"he": "Wang Yi"},
)
LOPEZ = Cast(actors={"Maria Lopez": ("person", ("Lopez",))}, pronouns={"she": "Maria Lopez"})


@pytest.mark.parametrize(
    ("text", "cast", "expected"),
    [
        # quote first, reporting clause after it
        (
            '"Every country has the right to self-defense," Wang told Israeli counterpart Eli Cohen.',
            WANG,
            [("direct", "Wang Yi", "Every country has the right to self-defense")],
        ),
        (
            '"We will not back down," said Maria Lopez.',
            LOPEZ,
            [("direct", "Maria Lopez", "We will not back down")],
        ),
        ('"We will not back down," she said.', LOPEZ, [("direct", "Maria Lopez", "We will not back down")]),
        (
            '"We will not back down", added Lopez.',
            LOPEZ,
            [("direct", "Maria Lopez", "We will not back down")],
        ),
        (
            '"We will not back down," Lopez added.',
            LOPEZ,
            [("direct", "Maria Lopez", "We will not back down")],
        ),
        # speaker first
        (
            'Maria Lopez said: "We will not back down."',
            LOPEZ,
            [("direct", "Maria Lopez", "We will not back down.")],
        ),
        (
            'Lopez said, "We will not back down."',
            LOPEZ,
            [("direct", "Maria Lopez", "We will not back down.")],
        ),
        (
            'She continued: "Our plan is sound and it is ready."',
            LOPEZ,
            [("direct", "Maria Lopez", "Our plan is sound and it is ready.")],
        ),
        # partial quote inside reported speech: the quote and the reported clause
        (
            "Wang said that Israel's actions \u201chave gone beyond self-defense.\u201d",
            WANG,
            [("direct", "Wang Yi", "have gone beyond self-defense.")],
        ),
        # the reporting agency is not the speaker of words inside someone's call
        (
            'He called on the nation "to stop its collective punishment of the people in Gaza," '
            "the official Xinhua News Agency reported.",
            WANG,
            [("direct", "Wang Yi", "to stop its collective punishment of the people in Gaza")],
        ),
        # "quoted X as saying": X speaks
        (
            '"We do not need to buy aircraft," Detik.com quoted Djamal as saying.',
            Cast(actors={"Jusman Syafii Djamal": ("person", ("Djamal",))}),
            [("direct", "Jusman Syafii Djamal", "We do not need to buy aircraft")],
        ),
        # coordinated verbs: the subject of the first verb speaks, not its object
        (
            'Mark Zuckerberg tweeted to Ahmed and said "the boy is welcome to come and tour."',
            Cast(actors={"Mark Zuckerberg": ("person", ()), "Ahmed Mohamed": ("person", ("Ahmed",))}),
            [("direct", "Mark Zuckerberg", "the boy is welcome to come and tour.")],
        ),
        # apposition between the name and the verb
        (
            'Jeff Rathke, the State Department spokesperson, said, "We urge the governments to act."',
            Cast(actors={"Jeff Rathke": ("person", ()), "State Department": ("organization", ())}),
            [("direct", "Jeff Rathke", "We urge the governments to act.")],
        ),
        # no coreference available: the name as written is the speaker
        (
            '"Talks will resume soon," said Ambassador Kim Sung.',
            None,
            [("direct", "Ambassador Kim Sung", "Talks will resume soon")],
        ),
        # according to
        (
            '"The talks will resume next week in Geneva," according to Foreign Ministry spokesman Lin Jian.',
            Cast(actors={"Lin Jian": ("person", ())}),
            [("direct", "Lin Jian", "The talks will resume next week in Geneva")],
        ),
        # a few words of office between the quote and the name
        (
            '"This builds trust," EU special representative Maria Lopez said in a statement.',
            LOPEZ,
            [("direct", "Maria Lopez", "This builds trust")],
        ),
        # a new clause is not an office
        ('"This builds trust," and then Lopez said nothing.', LOPEZ, []),
    ],
)
def test_direct_quote_layouts(text: str, cast: Cast | None, expected: list) -> None:
    assert [s for s in run(text, cast) if s[0] == "direct"] == expected


def test_adjacent_quote_without_attribution_continues_the_speaker() -> None:
    text = '"The first sentence is here," Lopez said. "The second sentence follows it."'
    assert run(text, LOPEZ) == [
        ("direct", "Maria Lopez", "The first sentence is here"),
        ("direct", "Maria Lopez", "The second sentence follows it."),
    ]


def test_quote_continuing_in_the_next_paragraph() -> None:
    text = 'Lopez said: "We have a plan for the border.\n\n"It will be ready next year."'
    assert [s[1] for s in run(text, LOPEZ)] == ["Maria Lopez", "Maria Lopez"]


def test_quote_after_a_narrative_sentence_is_not_inherited() -> None:
    text = (
        '"The first sentence is here," Lopez said. Rain fell in the city. '
        '"Another voice now says something quite different about the plan."'
    )
    assert run(text, LOPEZ) == [("direct", "Maria Lopez", "The first sentence is here")]


def test_colon_intro_in_the_paragraph_before() -> None:
    text = 'President Barack Obama tweeted using his account:\n\n"Cool clock, Ahmed. Want to bring it to the White House?"'
    cast = Cast(actors={"Barack Obama": ("person", ())})
    assert run(text, cast) == [
        ("direct", "Barack Obama", "Cool clock, Ahmed. Want to bring it to the White House?")
    ]


def test_epigraph_with_a_dash_line() -> None:
    text = (
        "Our partnership laid the foundation for our relationship, and our ties are strong.\n\n"
        "\u2013 Secretary of State Antony Blinken, February 25, 2021\n\nBlinken will travel to Kuwait."
    )
    cast = Cast(
        actors={"Antony Blinken": ("person", ("Blinken",))}, dates={"February 25, 2021": "2021-02-25"}
    )
    doc = make_doc(text, cast)
    statements.find(doc)
    (st,) = [c for c in doc.statements if c.kind == "direct"]
    assert (st.speaker, st.text, st.date) == (0, text.split("\n")[0].rstrip("."), "2021-02-25")


@pytest.mark.parametrize(
    "text",
    [
        'Officials will scrap the interview to "streamline" processing.',  # scare quote
        'He read "The Old Man And The Sea" last year on holiday in Spain.',  # a title
        'The report called it "a grave provocation".',  # short phrase, no speech verb
    ],
)
def test_scare_quotes_and_titles_are_not_statements(text: str) -> None:
    assert [s for s in run(text) if s[0] == "direct"] == []


UNNAMED = [
    '"This is a long quotation with nobody named as its source at all."',
    'In Washington, "The talks went well and they will surely continue soon," she said.',
    'Rain fell. "The talks went well and they will surely continue soon," the minister said.',
    '"We have agreed on every point of the plan today," Lopez and Smith said together.',
]


@pytest.mark.parametrize("text", UNNAMED)
def test_quote_without_findable_speaker_is_left_out(text: str) -> None:
    doc = make_doc(text, Cast(actors={"Washington": ("country", ()), **LOPEZ.actors}))
    statements.find(doc)
    assert [c for c in doc.statements if c.kind == "direct"] == []


@pytest.mark.parametrize("text", UNNAMED)
def test_quote_without_findable_speaker_can_be_kept_unattributed(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quoteattribution, "KEEP_UNATTRIBUTED", True)
    doc = make_doc(text, Cast(actors={"Washington": ("country", ()), **LOPEZ.actors}))
    statements.find(doc)
    direct = [c for c in doc.statements if c.kind == "direct"]
    assert len(direct) == 1
    assert (direct[0].speaker, direct[0].speaker_text) == (None, None)


def test_a_passive_agent_is_not_the_speaker() -> None:
    text = 'A letter seen by Sky News says "failure to return the form may end the claim for asylum."'
    doc = make_doc(text, Cast(actors={"Sky News": ("organization", ())}))
    statements.find(doc)
    assert all(c.speaker is None and c.speaker_text is None for c in doc.statements)


def test_addressee_and_date_of_a_quote() -> None:
    text = '"Every country has the right to self-defense," Wang told Eli Cohen in a telephone call Monday.'
    cast = Cast(actors=WANG.actors, dates={"Monday": "2023-10-23"})
    doc = make_doc(text, cast)
    statements.find(doc)
    (st,) = doc.statements
    assert (st.addressees, st.date) == ([1], "2023-10-23")


def test_continued_quote_keeps_addressee_and_date() -> None:
    text = (
        '"Every country has the right to self-defense," Wang told Eli Cohen in a telephone call Monday. '
        '"It is imperative to prevent further escalation."'
    )
    cast = Cast(actors=WANG.actors, dates={"Monday": "2023-10-23"})
    doc = make_doc(text, cast)
    statements.find(doc)
    assert [(c.speaker, c.addressees, c.date) for c in doc.statements] == [(0, [1], "2023-10-23")] * 2


def test_a_date_inside_the_quote_does_not_date_the_statement() -> None:
    text = 'Lopez said the agency "recommended it two years ago."'
    doc = make_doc(text, Cast(actors=LOPEZ.actors, dates={"two years ago": "2021"}))
    statements.find(doc)
    assert all(c.date is None for c in doc.statements)


# -- reported speech ---------------------------------------------------------------------

SHERMAN = Cast(
    actors={
        "Wendy Sherman": ("person", ("Sherman",)),
        "Cambodia": ("country", ("Cambodian",)),
        "Hun Sen": ("person", ()),
    },
    pronouns={"she": "Wendy Sherman"},
)


@pytest.mark.parametrize(
    ("text", "cast", "expected"),
    [
        (
            "Chinese President Xi Jinping has also called for an immediate cease-fire.",
            Cast(actors={"Xi Jinping": ("person", ())}),
            [("indirect", "Xi Jinping", "an immediate cease-fire")],
        ),
        (
            "She urged the Cambodian government to abide by its human rights commitments.",
            SHERMAN,
            [
                (
                    "indirect",
                    "Wendy Sherman",
                    "the Cambodian government to abide by its human rights commitments",
                )
            ],
        ),
        (
            "Deputy Secretary Sherman assured the Prime Minister that the United States intends to work with Cambodia.",
            SHERMAN,
            [("indirect", "Wendy Sherman", "the United States intends to work with Cambodia")],
        ),
        (
            "He noted that, to date, the United States has donated more than 23 million vaccine doses.",
            Cast(actors={"Antony Blinken": ("person", ())}, pronouns={"he": "Antony Blinken"}),
            [
                (
                    "indirect",
                    "Antony Blinken",
                    "to date, the United States has donated more than 23 million vaccine doses",
                )
            ],
        ),
        (
            "Wang will be in Washington Thursday to Saturday, according to senior Biden administration officials.",
            WANG,
            [
                (
                    "indirect",
                    "senior Biden administration officials",
                    "Wang will be in Washington Thursday to Saturday",
                )
            ],
        ),
        (
            "China later said it condemns actions that harm civilians.",
            Cast(actors={"China": ("country", ())}),
            [("indirect", "China", "it condemns actions that harm civilians")],
        ),
        (
            "Smith said the deal was fair and balanced, while critics disagreed strongly.",
            Cast(actors={"John Smith": ("person", ("Smith",))}),
            [("indirect", "John Smith", "the deal was fair and balanced")],
        ),
        (
            "According to Yonhap, quoting the Korean Central News Agency (KCNA), the military has been placed on high alert.",
            Cast(
                actors={
                    "Korean Central News Agency": ("organization", ("KCNA",)),
                    "Yonhap": ("organization", ()),
                }
            ),
            [("indirect", "Korean Central News Agency", "the military has been placed on high alert")],
        ),
        (
            "Facebook co-founder Mark Zuckerberg tweeted to Mohamed and said the boy was welcome to come.",
            Cast(actors={"Mark Zuckerberg": ("person", ()), "Ahmed Mohamed": ("person", ("Mohamed",))}),
            [("indirect", "Mark Zuckerberg", "the boy was welcome to come")],
        ),
        # a participle after the sentence's own subject
        (
            "Xi Jinping struck a softer tone on Monday, saying he still saw room for a deal.",
            Cast(actors={"Xi Jinping": ("person", ())}),
            [("indirect", "Xi Jinping", "he still saw room for a deal")],
        ),
        # the attribution after what was said, with no "that"
        (
            "Talks with Russia will resume in March, Xi Jinping said on Tuesday.",
            Cast(actors={"Xi Jinping": ("person", ())}),
            [("indirect", "Xi Jinping", "Talks with Russia will resume in March")],
        ),
        (
            "Mediators will travel to Niamey next week, the regional bloc ECOWAS said, although no date is set.",
            Cast(actors={"ECOWAS": ("organization", ())}),
            [("indirect", "ECOWAS", "Mediators will travel to Niamey next week")],
        ),
    ],
)
def test_reported_speech(text: str, cast: Cast, expected: list) -> None:
    assert run(text, cast) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She will urge Serbia to advance reforms for its integration.",  # a plan, not a statement
        "The military has been told to prepare for a state of war.",  # passive: no speaker
        "The proposed meeting did not happen after all this year.",  # adjective, not a verb
        "They declined to say whether it would lay the groundwork.",  # nothing was said
        "Washington said.",  # nothing reported
        "The report was noted by several analysts in the region.",  # passive
        "It was a long day of talks between the two delegations.",  # no speech verb
        "Asked about it, Sherman said.",  # a trailing attribution with too little before it
        "The talks, Sherman said, were long.",  # an inserted attribution is not trailing
        "Sherman said, without giving details.",  # a circumstance, not what was said
        "Trade fell about 7% last year, according to Cambodian official data.",  # figures are no speaker
        "Sherman will visit the three Sahel states that left the bloc this year.",  # the noun "states"
    ],
)
def test_not_reported_speech(text: str) -> None:
    assert run(text, SHERMAN) == []


def test_addressees_of_reported_speech() -> None:
    text = "Blinken told President Zelenskyy that the United States intends to obligate more funds."
    cast = Cast(
        actors={"Antony Blinken": ("person", ("Blinken",)), "Volodymyr Zelenskyy": ("person", ("Zelenskyy",))}
    )
    doc = make_doc(text, cast)
    statements.find(doc)
    (st,) = doc.statements
    assert (st.speaker, st.addressees, st.text) == (
        0,
        [1],
        "the United States intends to obligate more funds",
    )


def test_call_with_gives_the_addressee() -> None:
    text = "In a phone call with Hun Sen, Sherman stressed the commitment of the United States to the people."
    doc = make_doc(text, SHERMAN)
    statements.find(doc)
    (st,) = doc.statements
    assert (st.speaker, st.addressees) == (0, [2])


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        '"' * 5000,
        '"unclosed ' * 2000,
        "said said said told told " * 2000,
        "\x00\x01\x02 binary \xff noise " * 500,
        'ALL CAPS TEXT: "WE WILL WIN," SAID THE MINISTER. HE ADDED THAT TALKS CONTINUE.',
        "Mr. A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, said that " * 300,
    ],
)
def test_any_text_gives_well_formed_candidates(text: str) -> None:
    doc = make_doc(text)
    statements.find(doc)
    for c in doc.statements:
        assert 0 <= c.start <= c.end <= len(text)
        assert 0 <= c.evidence_start <= c.evidence_end <= len(text)
        assert c.text == text[c.start : c.end]
        assert c.kind in ("direct", "indirect")


COOPER = Cast(
    actors={"Yvette Cooper": ("person", ("Cooper",)), "Rishi Sunak": ("person", ("Sunak",))},
    pronouns={"she": "Yvette Cooper"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second 'and said' starts a statement of its own
        (
            'Cooper said her party has supported the idea "for months", and said it was "damning that nothing was done."',
            [
                ("indirect", "Yvette Cooper", 'her party has supported the idea "for months"'),
                ("direct", "Yvette Cooper", "for months"),
                ("indirect", "Yvette Cooper", 'it was "damning that nothing was done."'),
                ("direct", "Yvette Cooper", "damning that nothing was done."),
            ],
        ),
        # a colon before a quote ends the reported part
        (
            'Sunak defended the record of the government: "We are working intensely on the law."',
            [
                ("indirect", "Rishi Sunak", "the record of the government"),
                ("direct", "Rishi Sunak", "We are working intensely on the law."),
            ],
        ),
        # a quote inside a subordinate clause is not the speaker's
        (
            'Cooper said it was damning after the refugee agency "recommended it two years ago."',
            [
                (
                    "indirect",
                    "Yvette Cooper",
                    'it was damning after the refugee agency "recommended it two years ago."',
                )
            ],
        ),
        # 'went on to say' reports; 'continue to urge' urges now
        (
            "However, she went on to say that the manufacturer could pay the cost itself.",
            [("indirect", "Yvette Cooper", "the manufacturer could pay the cost itself")],
        ),
        (
            "Cooper continues to urge the government to act quickly on the backlog.",
            [("indirect", "Yvette Cooper", "the government to act quickly on the backlog")],
        ),
        # a circumstance of the speaker's, and a second verb with its own 'that', are not the report
        (
            "Cooper told MPs that sanctions remain possible, as she faced pressure from both sides.",
            [("indirect", "Yvette Cooper", "sanctions remain possible")],
        ),
        (
            "Cooper reaffirmed the commitment to the treaty and emphasized that an attack would be met.",
            [
                ("indirect", "Yvette Cooper", "the commitment to the treaty"),
                ("indirect", "Yvette Cooper", "an attack would be met"),
            ],
        ),
        # a second verb without 'that' goes on with the same report
        (
            "Cooper expressed concern about the backlog and called on ministers to act.",
            [("indirect", "Yvette Cooper", "concern about the backlog and called on ministers to act")],
        ),
    ],
)
def test_clause_boundaries(text: str, expected: list) -> None:
    assert run(text, COOPER) == expected


def test_he_or_she_after_a_statement_continues_its_speaker() -> None:
    # coreference picked the person in the prepositional phrase; the report's speaker goes on
    cast = Cast(actors=SHERMAN.actors, pronouns={"she": "Hun Sen"})
    text = (
        "In a meeting with Hun Sen, Deputy Secretary Sherman stressed the commitment to the people. "
        "She noted the assistance the United States has provided since then."
    )
    assert [s[1] for s in run(text, cast)] == ["Wendy Sherman", "Wendy Sherman"]


def test_we_in_a_press_statement_is_the_issuer() -> None:
    text = (
        "Office of the Spokesperson\n\n"
        "The United States is encouraged by the outcome of the summit. "
        "We welcome the agreement between the two sides on a transition timeline."
    )
    cast = Cast(actors={"United States": ("country", ()), "Office of the Spokesperson": ("organization", ())})
    assert run(text, cast) == [
        ("indirect", "United States", "by the outcome of the summit"),
        ("indirect", "United States", "the agreement between the two sides on a transition timeline"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # 'according to' in the middle of a clause: scope unclear
        "Both countries kept a policy which, according to AFP, the agency has criticised for years.",
        # a person's own view relayed by a source
        "According to ABC News, Basya also believes the people may have left the boat on purpose.",
    ],
)
def test_according_to_without_clear_scope(text: str) -> None:
    cast = Cast(actors={"Agence France-Presse": ("organization", ("AFP",)), "Basya": ("person", ())})
    cast.actors["ABC News"] = ("organization", ())
    assert run(text, cast) == []


PESKOV = Cast(
    actors={"Dmitry Peskov": ("person", ("Peskov",)), "Russia": ("country", ("Moscow",))},
    dates={"Tuesday": "2023-10-24", "Monday": "2023-10-23"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date or a phrase between the verb and 'that' is not what was said, and dates the saying
        (
            "Peskov said Tuesday that the talks would resume soon.",
            [("indirect", "Dmitry Peskov", "the talks would resume soon", "2023-10-24")],
        ),
        (
            "Peskov said in a statement that the talks would resume soon.",
            [("indirect", "Dmitry Peskov", "the talks would resume soon", None)],
        ),
        # a date between the subject and the verb
        (
            "Peskov on Monday urged the West to stop sending weapons.",
            [("indirect", "Dmitry Peskov", "the West to stop sending weapons", "2023-10-23")],
        ),
        # '..., adding that ...' continues the speaker of the sentence
        (
            '"We are not going to comment on that," Peskov told reporters, adding that Moscow valued its ties.',
            [
                ("direct", "Dmitry Peskov", "We are not going to comment on that", None),
                ("indirect", "Dmitry Peskov", "Moscow valued its ties", None),
            ],
        ),
    ],
)
def test_adjuncts_and_participles(text: str, expected: list) -> None:
    doc = make_doc(text, PESKOV)
    statements.find(doc)
    got = [
        (c.kind, doc.entities[c.speaker].name, c.text, c.date)
        for c in doc.statements
        if c.speaker is not None
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in quotes is not speech, even next to a speech verb
        (
            'In an op-ed titled "Why We Must Act Now", Lopez argued that pressure had failed.',
            [("indirect", "Maria Lopez", "pressure had failed")],
        ),
        # a verb with its own 'that' clause after a quote does not attribute the quote
        (
            'He wrote "a long and winding text about it", and Lopez argued that pressure had failed.',
            [("indirect", "Maria Lopez", "pressure had failed")],
        ),
        # British single quotes
        (
            "'This was neither free nor fair,' Lopez said. 'The people deserve better.'",
            [
                ("direct", "Maria Lopez", "This was neither free nor fair"),
                ("direct", "Maria Lopez", "The people deserve better."),
            ],
        ),
        # 'according to a statement from X': X speaks
        (
            "According to a statement from the European Union, the bloc will review its sanctions.",
            [("indirect", "European Union", "the bloc will review its sanctions")],
        ),
        # an attributed quote keeps its speaker; 'according to' only names the source document
        (
            '"We will not yield," Lopez told reporters, according to a statement from the European Union.',
            [("direct", "Maria Lopez", "We will not yield")],
        ),
    ],
)
def test_titles_single_quotes_and_sources(text: str, expected: list) -> None:
    cast = Cast(actors={**LOPEZ.actors, "European Union": ("organization", ())})
    assert run(text, cast) == expected


def test_a_pronoun_in_the_same_sentence_as_a_quote_keeps_the_quote_speaker() -> None:
    # coreference sent 'He' to the person in the previous clause; the quote's speaker goes on
    cast = Cast(
        actors={**WANG.actors, "Faisal bin Farhan": ("person", ())}, pronouns={"he": "Faisal bin Farhan"}
    )
    text = (
        'In a call with Faisal bin Farhan, Wang said that the actions "have gone beyond self-defense." '
        'He called on the nation to heed the call "to stop its collective punishment," Xinhua reported.'
    )
    assert {s[1] for s in run(text, cast)} == {"Wang Yi"}


def test_run_on_text_is_read_in_bounded_pieces() -> None:
    text = " ".join(["Wang said that talks", '"will resume soon and last long"', "and"] * 1000)
    doc = make_doc(text, WANG)
    statements.find(doc)
    assert doc.statements
    assert max(c.evidence_end - c.evidence_start for c in doc.statements) <= 2 * statementcontext.MAX_SENTENCE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person named in a post-quote apposition speaks, not the country in the role
        (
            '"It is a historic day," said the Palestinian ambassador to the European Union, Abdel al-Farra.',
            [("direct", "Abdel al-Farra", "It is a historic day")],
        ),
        # 'told X the move would ...': the addressee ends where a new phrase begins
        (
            "Abdel al-Farra told Wikinews the move would encourage other countries.",
            [("indirect", "Abdel al-Farra", "the move would encourage other countries")],
        ),
        # joint and nameless groups are nobody in particular
        ("The two leaders discussed the upcoming summit in Cairo.", []),
        ("Officials said every claim will be assessed on its merits.", []),
        (
            "U.S. officials said every claim will be assessed on its merits.",
            [("indirect", "U.S. officials", "every claim will be assessed on its merits")],
        ),
    ],
)
def test_speaker_phrases(text: str, expected: list) -> None:
    cast = Cast(
        actors={
            "Abdel al-Farra": ("person", ()),
            "Palestine": ("country", ("Palestinian",)),
            "European Union": ("organization", ()),
            "Wikinews": ("organization", ()),
        }
    )
    assert run(text, cast) == expected


def test_passive_quoted_as_saying() -> None:
    cast = Cast(actors={"Volodymyr Zelensky": ("person", ("Zelensky",))})
    text = 'Zelensky was quoted as saying that the counteroffensive would go on "as long as it takes."'
    assert run(text, cast) == [
        ("indirect", "Volodymyr Zelensky", 'the counteroffensive would go on "as long as it takes."'),
        ("direct", "Volodymyr Zelensky", "as long as it takes."),
    ]


def test_a_follow_up_by_the_same_speaker_shares_date_and_addressees() -> None:
    text = "Peskov told Lopez Tuesday that the talks would resume. He added that Moscow valued its ties."
    cast = Cast(
        actors={**PESKOV.actors, **LOPEZ.actors}, pronouns={"he": "Dmitry Peskov"}, dates=PESKOV.dates
    )
    doc = make_doc(text, cast)
    statements.find(doc)
    assert [(c.date, c.addressees) for c in doc.statements] == [("2023-10-24", [2]), ("2023-10-24", [2])]


def test_a_date_is_not_carried_to_another_speaker_or_paragraph() -> None:
    text = (
        "Peskov said Tuesday that the talks would resume. Lopez said that Moscow valued its ties.\n\n"
        "Peskov said that the delegation would travel to the region."
    )
    cast = Cast(actors={**PESKOV.actors, **LOPEZ.actors}, dates=PESKOV.dates)
    doc = make_doc(text, cast)
    statements.find(doc)
    assert [c.date for c in doc.statements] == ["2023-10-24", None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place in a participial or role phrase is not the subject
        (
            "The Red Cross operating in Iraq said forces must ensure security for aid.",
            [("indirect", "Red Cross", "forces must ensure security for aid")],
        ),
        (
            "The Chinese ambassador in Washington said the talks had been constructive.",
            [("indirect", "China", "the talks had been constructive")],
        ),
        # ...but a name may contain 'on'
        (
            "The Council on Foreign Relations said the report would be published in May.",
            [("indirect", "Council on Foreign Relations", "the report would be published in May")],
        ),
        # 'shared' reports only a 'that' clause or what someone feels
        ("Israeli intelligence officials have shared evidence with the U.S. about the contacts.", []),
        (
            "Blinken shared their admiration for the everyday heroism of the people.",
            [("indirect", "Antony Blinken", "their admiration for the everyday heroism of the people")],
        ),
        # a date right after the verb is skipped even without 'that'
        (
            "Switzerland said Tuesday it had expelled two diplomats for spying.",
            [("indirect", "Switzerland", "it had expelled two diplomats for spying")],
        ),
    ],
)
def test_subject_and_verb_edges(text: str, expected: list) -> None:
    cast = Cast(
        actors={
            "Red Cross": ("organization", ()),
            "Iraq": ("country", ()),
            "China": ("country", ("Chinese",)),
            "United States": ("country", ("Washington", "U.S.")),
            "Council on Foreign Relations": ("organization", ()),
            "Antony Blinken": ("person", ("Blinken",)),
            "Switzerland": ("country", ()),
        },
        dates={"Tuesday": "2023-10-24"},
    )
    assert run(text, cast) == expected


def test_adding_a_quote_after_an_address_keeps_the_speaker() -> None:
    cast = Cast(
        actors={"Antonio Guterres": ("person", ("Guterres",)), "Security Council": ("organization", ())}
    )
    text = '"The region cannot afford war," Guterres told the Security Council, adding that he was "deeply alarmed."'
    assert {s[1] for s in run(text, cast)} == {"Antonio Guterres"}


def test_open_quote_paragraph_takes_the_speaker_named_in_the_next() -> None:
    text = '"We have a plan for the border.\n\n"It will be ready next year," Lopez said.'
    assert run(text, LOPEZ) == [
        ("direct", "Maria Lopez", "We have a plan for the border."),
        ("direct", "Maria Lopez", "It will be ready next year"),
    ]


def test_open_quote_paragraph_without_a_speaker_later_is_left_out() -> None:
    text = '"We have a plan for the border.\n\nRain fell. "It will be ready next year," Lopez said.'
    assert run(text, LOPEZ) == [("direct", "Maria Lopez", "It will be ready next year")]


def test_a_news_outlet_is_not_an_addressee() -> None:
    cast = Cast(actors={**LOPEZ.actors, "Sky News": ("organization", ()), "Eli Cohen": ("person", ())})
    doc = make_doc("Lopez told Sky News that the plan must be well thought out.", cast)
    statements.find(doc)
    assert [c.addressees for c in doc.statements] == [[]]
    doc = make_doc("Lopez told Eli Cohen that the plan must be well thought out.", cast)
    statements.find(doc)
    assert [c.addressees for c in doc.statements] == [[2]]
