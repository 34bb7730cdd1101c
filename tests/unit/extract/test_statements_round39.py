"""Round 39: statements missed or misattributed on unseen real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_VISIT = "Chilean President Tomas Vidal met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office closed by what it serves ('ambassador to X in Y'), then the name set off by commas
        (
            '"Our offer still stands," Chile\'s envoy to the trade bloc in Brussels, Ana Ruiz, said on Tuesday.',
            [("direct", "Ana Ruiz", "Our offer still stands")],
        ),
        (
            '"The border will reopen soon," the envoy to Bolivia, Tom Berg, said on Friday.',
            [("direct", "Tom Berg", "The border will reopen soon")],
        ),
        (
            '"Our ports stay open," Chile\'s minister of transport, Luis Mora, said.',
            [("direct", "Luis Mora", "Our ports stay open")],
        ),
        # near misses: the name itself first, or no office before it, as before
        (
            '"Our offer still stands," Ana Ruiz, Chile\'s envoy to the trade bloc, said on Tuesday.',
            [("direct", "Ana Ruiz", "Our offer still stands")],
        ),
        (
            '"The border will reopen soon," Tom Berg said on Friday.',
            [("direct", "Tom Berg", "The border will reopen soon")],
        ),
    ],
)
def test_office_with_its_post_before_the_name(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'told a news conference after ...', 'told at a briefing in ...': the words said come before the comma
        (
            "The ministers reviewed the fisheries pact, the new customs rules and the rail link, and reached "
            "a broad accord, Premier Jon Salo told a news conference after a whole day of closed talks among the leaders of the islands.",
            [
                (
                    "indirect",
                    "Jon Salo",
                    "The ministers reviewed the fisheries pact, the new customs rules and the rail link, "
                    "and reached a broad accord",
                )
            ],
        ),
        (
            "The ferry fares will fall by a third in June, the governor's press officer Omar Haddad told at a "
            "briefing in Aswan.",
            [("indirect", "Omar Haddad", "The ferry fares will fall by a third in June")],
        ),
        # an audience of leaders or officials, as of lawmakers
        (
            "The government will open debt talks with its creditors next month, President Tomas Vidal "
            "told union leaders yesterday.",
            [
                (
                    "indirect",
                    "Tomas Vidal",
                    "The government will open debt talks with its creditors next month",
                )
            ],
        ),
        (
            "Two new consulates will open in the north next year, Ana Ruiz told business leaders in Lima.",
            [("indirect", "Ana Ruiz", "Two new consulates will open in the north next year")],
        ),
        # near misses: the clause after 'told X that' is what was said
        (
            "Ana Ruiz told a news conference after the talks that the deal was close.",
            [("indirect", "Ana Ruiz", "the deal was close")],
        ),
        (
            "After the vote, Ana Ruiz told a news conference in Lima that the deal was close.",
            [("indirect", "Ana Ruiz", "the deal was close")],
        ),
        (
            "Ana Ruiz told union leaders that the debt talks would open next month.",
            [("indirect", "Ana Ruiz", "the debt talks would open next month")],
        ),
    ],
)
def test_told_an_audience_closing_the_sentence(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., said X, <outlet> reported': X speaks; the outlet only passes the words on
        (
            "The talks will resume in Lima next week, said Foreign Minister Ana Ruiz at a cabinet meeting, "
            "the Andina agency reported.",
            [("indirect", "Ana Ruiz", "The talks will resume in Lima next week")],
        ),
        (
            "Peru and Chile will sign a trade deal next week, said Foreign Minister Ana Ruiz, Reuters reported.",
            [("indirect", "Ana Ruiz", "Peru and Chile will sign a trade deal next week")],
        ),
        # '..., <outlet> reports citing Y': a relay still
        (
            "The three countries will meet EU officials in Brussels, said Foreign Minister Ana Ruiz during "
            "the cabinet sitting, Andina reports citing local television.",
            [("indirect", "Ana Ruiz", "The three countries will meet EU officials in Brussels")],
        ),
        # near miss: the outlet's own report, no one else named in it
        (
            "The three countries will meet EU officials in Brussels next week, Andina reported.",
            [("indirect", "Andina", "The three countries will meet EU officials in Brussels next week")],
        ),
    ],
)
def test_inverted_speaker_inside_a_relayed_clause(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing attribution after a comma inside the quote mark ('for "peace," the ministry said') is no
        # part of what the first speaker said
        (
            'Foreign Minister Ana Ruiz said she wanted closer ties with Chile for "a better future for both '
            'nations," the ministry said in a statement.',
            [
                (
                    "indirect",
                    "Ana Ruiz",
                    'she wanted closer ties with Chile for "a better future for both nations',
                ),
                ("direct", "the ministry", "a better future for both nations"),
            ],
        ),
        # near misses: a participle after the quote goes on from its speaker; a quote alone is direct
        (
            'Ana Ruiz spoke after the vote.\n\n"Talks are the only road left," Ruiz added, calling for '
            '"a fixed date" for the next round.',
            [
                ("direct", "Ana Ruiz", "Talks are the only road left"),
                ("indirect", "Ana Ruiz", '"a fixed date" for the next round'),
                ("direct", "Ana Ruiz", "a fixed date"),
            ],
        ),
        (
            '"We will win this fight together," Ana Ruiz said on Monday.',
            [("direct", "Ana Ruiz", "We will win this fight together")],
        ),
    ],
)
def test_closing_attribution_after_a_quoted_comma(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X and Y will ... "...," he said': no 'he' is a pair; the one who spoke just before speaks on
        (
            "Governor Ken Sato will meet Mayor Tom Berg in Osaka on Tuesday, press secretary Ana Mori said on "
            'Friday.\n\nSato and Berg will use the meeting to "settle the bridge dispute," she said.',
            [
                ("indirect", "Ana Mori", "Governor Ken Sato will meet Mayor Tom Berg in Osaka on Tuesday"),
                (
                    "indirect",
                    "Ana Mori",
                    'Sato and Berg will use the meeting to "settle the bridge dispute,"',
                ),
                ("direct", "Ana Mori", "settle the bridge dispute"),
            ],
        ),
        # near miss: one person opening the sentence is the one 'he' names
        (
            "Governor Ken Sato will meet Mayor Tom Berg in Osaka on Tuesday, press secretary Ana Mori said on "
            'Friday.\n\nSato will use the meeting to "settle the bridge dispute," he said.',
            [
                ("indirect", "Ana Mori", "Governor Ken Sato will meet Mayor Tom Berg in Osaka on Tuesday"),
                ("indirect", "Ken Sato", 'Sato will use the meeting to "settle the bridge dispute,"'),
                ("direct", "Ken Sato", "settle the bridge dispute"),
            ],
        ),
    ],
)
def test_no_pronoun_for_a_pair(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause set off by no comma before it runs up to the verb: its antecedent speaks
        (
            _VISIT + "In reply, the Chilean leader who had driven in from Arica that morning, praised Quispe "
            "for the talks.",
            [("indirect", "Tomas Vidal", "Quispe for the talks")],
        ),
        (
            _VISIT + "Vidal who arrived in Lima on Sunday said the talks were useful.",
            [("indirect", "Tomas Vidal", "the talks were useful")],
        ),
        # near misses: commas round the clause, as before; no person before 'who'; 'who' ends at an object
        (
            _VISIT + "Vidal, who arrived in Lima on Sunday, said the talks were useful.",
            [("indirect", "Tomas Vidal", "the talks were useful")],
        ),
        (_VISIT + "Officials who attended the dinner said the talks were useful.", []),
        (
            _VISIT + "Quispe met the envoy who arrived on Sunday and said the talks were useful.",
            [("indirect", "Rosa Quispe", "the talks were useful")],
        ),
    ],
)
def test_relative_clause_without_commas(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'calling X Y' after a comma: the naming is the subject's words, as 'called X Y' is
        (
            _VISIT + 'Vidal opened the trade fair, calling the new port link "a turning point."',
            [
                ("indirect", "Tomas Vidal", 'calling the new port link "a turning point."'),
                ("direct", "Tomas Vidal", "a turning point."),
            ],
        ),
        (
            _VISIT + "Quispe left the talks early, calling the offer an insult to her country.",
            [("indirect", "Rosa Quispe", "calling the offer an insult to her country")],
        ),
        # near misses: a call made, a meeting called
        (_VISIT + "Vidal left the room, calling his aides to arrange a new meeting.", []),
        (_VISIT + "Quispe is calling a meeting of the cabinet for Friday.", []),
    ],
)
def test_calling_names_a_thing(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'as the sides gathered ...', 'when he spoke to ...': the scene of the words, not part of them
        (
            _VISIT
            + "Vidal pressed both unions to end the strike, as the negotiators met in Lima for a third day.",
            [("indirect", "Tomas Vidal", "both unions to end the strike")],
        ),
        (
            _VISIT + "Quispe denied the existence of any secret deal when she spoke to a reporter in Lima on "
            "Tuesday.",
            [("indirect", "Rosa Quispe", "the existence of any secret deal")],
        ),
        (
            _VISIT + "Vidal called Quispe a trusted partner as he sat beside her in the palace hall.",
            [("indirect", "Tomas Vidal", "called Quispe a trusted partner")],
        ),
        (
            _VISIT
            + "Vidal urged both parties to keep talking, as President Quispe arrived in the city for the "
            "summit.",
            [("indirect", "Tomas Vidal", "both parties to keep talking")],
        ),
        # near misses: a warning of what happens when others act; a reason given with 'as'
        (
            _VISIT + "Vidal warned of serious unrest when the miners arrived in the capital.",
            [("indirect", "Tomas Vidal", "serious unrest when the miners arrived in the capital")],
        ),
        (
            _VISIT + "Quispe welcomed the ruling as the court had settled the dispute for good.",
            [("indirect", "Rosa Quispe", "the ruling as the court had settled the dispute for good")],
        ),
    ],
)
def test_scene_clause_after_the_words(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'said after the meeting: "..."': a phrase of time before the colon, not a clause the quote is in
        (
            _VISIT + 'Quispe told the press after lunch: "The port deal is almost done."',
            [("direct", "Rosa Quispe", "The port deal is almost done.")],
        ),
        (
            _VISIT + 'Vidal said before the dinner: "Our two nations have never been closer."',
            [("direct", "Tomas Vidal", "Our two nations have never been closer.")],
        ),
        # near miss: a quote inside the subordinate clause is someone else's words
        (
            _VISIT + 'Vidal said the plan was dropped after the board "found it far too costly."',
            [("indirect", "Tomas Vidal", 'the plan was dropped after the board "found it far too costly."')],
        ),
    ],
)
def test_time_phrase_before_a_colon_quote(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party of guests 'welcomed by' hosts: a reception, no word said
        (
            _VISIT + "The delegation was welcomed by Deputy Foreign Minister Ana Ruiz and Tom Berg.",
            [],
        ),
        (_VISIT + "The visiting Chilean delegation was welcomed by Foreign Minister Ana Ruiz.", []),
        # near miss: a thing welcomed by someone is their judgement of it
        (
            _VISIT + "The new trade deal was welcomed by Foreign Minister Ana Ruiz as a step forward.",
            [
                (
                    "indirect",
                    "Ana Ruiz",
                    "The new trade deal was welcomed by Foreign Minister Ana Ruiz as a step forward",
                )
            ],
        ),
        # 'The officials spoke of ...' after two people met: the two, jointly, as 'the ministers' (each, round 43)
        (
            _VISIT + "The officials spoke of cutting tariffs on fruit and fish.",
            [
                ("indirect", "Tomas Vidal", "cutting tariffs on fruit and fish"),
                ("indirect", "Rosa Quispe", "cutting tariffs on fruit and fish"),
            ],
        ),
        (
            _VISIT + "Chilean officials said the talks would resume in March.",
            [("indirect", "Chilean officials", "the talks would resume in March")],
        ),
    ],
)
def test_receptions_and_joint_officials(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., local media reported on Sunday, citing X': no name before the verb; the one cited speaks
        (
            "The two navies have agreed on rules for sharing the strait, local media reported on Sunday, "
            "citing Foreign Minister Ana Ruiz.",
            [("indirect", "Ana Ruiz", "The two navies have agreed on rules for sharing the strait")],
        ),
        (
            "The two sides agreed to reopen the border crossing next month, Andina reported on Sunday, "
            "citing Foreign Minister Ana Ruiz.",
            [("indirect", "Ana Ruiz", "The two sides agreed to reopen the border crossing next month")],
        ),
        # near misses: the outlet cites no one; a source unnamed and uncited
        (
            "The two sides agreed to reopen the border crossing next month, Andina reported on Sunday.",
            [("indirect", "Andina", "The two sides agreed to reopen the border crossing next month")],
        ),
        ("The two sides agreed to reopen the border crossing next month, state media reported.", []),
    ],
)
def test_source_citing_after_its_day(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'rejected "baseless" claims', "rejected the 'false' statement": a quoted adjective before the noun
        (
            "Spokesman Omar Haddad rejected 'baseless' claims made by the opposition.",
            [("indirect", "Omar Haddad", "rejected 'baseless' claims made by the opposition")],
        ),
        (
            'Spokesman Omar Haddad rejected the "factually wrong" statement issued by the embassy.',
            [
                ("indirect", "Omar Haddad", 'rejected the "factually wrong" statement issued by the embassy'),
                ("direct", "Omar Haddad", "factually wrong"),
            ],
        ),
        # near miss: a bill rejected is no speech
        ('Spokesman Omar Haddad rejected the "rushed" bill on Monday.', []),
    ],
)
def test_rejected_quoted_claims(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X says A, and has warned of B': a comma, then the speaker's own second report
        (
            "Peru says the border dispute was settled under a 1929 treaty, and has warned of serious trouble "
            "if the ruling is enforced.",
            [
                ("indirect", "Peru", "the border dispute was settled under a 1929 treaty"),
                ("indirect", "Peru", "serious trouble if the ruling is enforced"),
            ],
        ),
        # near miss: 'have' agrees with the clause's own plural subject
        (
            "Peru said the two firms had met, and have announced a new deal for the port.",
            [("indirect", "Peru", "the two firms had met, and have announced a new deal for the port")],
        ),
    ],
)
def test_second_report_after_comma_and_has(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a naming participle opening the sentence ('Terming X as "Y", he said ...') is the subject's
        # words; the verb after a quote reports the clause that follows it, not the quote
        (
            _VISIT
            + 'Terming his dinner with Quispe at her residence as "warm and frank", he said the two would '
            "meet again soon.",
            [
                ("indirect", "Tomas Vidal", 'his dinner with Quispe at her residence as "warm and frank"'),
                ("indirect", "Tomas Vidal", "the two would meet again soon"),
            ],
        ),
        (
            _VISIT + "Calling the deal a turning point, Vidal said the two nations would now trade more.",
            [
                ("indirect", "Tomas Vidal", "the deal a turning point"),
                ("indirect", "Tomas Vidal", "the two nations would now trade more"),
            ],
        ),
        # near misses: 'Calling for ...' and 'Describing X' with no predicate name nothing
        (
            _VISIT + "Calling for calm, Vidal said the two nations would now trade more.",
            [("indirect", "Tomas Vidal", "the two nations would now trade more")],
        ),
        (
            _VISIT + "Describing the meeting, Vidal said the two nations would now trade more.",
            [("indirect", "Tomas Vidal", "the two nations would now trade more")],
        ),
        (
            '"We will hold the talks in May," Vidal told reporters.',
            [("direct", "Vidal", "We will hold the talks in May")],
        ),
    ],
)
def test_naming_participle_leading_the_sentence(text: str, expected: list) -> None:
    assert built(text) == expected
