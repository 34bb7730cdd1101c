"""Round 38: statements missed on unseen real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_SADC = "The Southern African Development Community summit ended in Maputo on Friday.\n\n"
_FORUM = "The Pacific Islands Forum summit closed in Apia on Thursday.\n\n"
_ECOWAS = "An extraordinary summit of ECOWAS was held in Abuja on Sunday.\n\n"
_PAIR = "Kenyan President Amani Mwangi met Tanzanian President Neema Juma"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a communique speaks through the body's members: 'Leaders welcomed ...' is the body's statement
        (
            _SADC + "Leaders welcomed the new trade corridor between the two ports.",
            [
                (
                    "indirect",
                    "Southern African Development Community",
                    "the new trade corridor between the two ports",
                )
            ],
        ),
        (
            _SADC + "1. Leaders expressed their concern over the drought in the region.",
            [
                (
                    "indirect",
                    "Southern African Development Community",
                    "their concern over the drought in the region",
                )
            ],
        ),
        (
            _FORUM + "Forum leaders expressed concern over rising sea levels.",
            [("indirect", "Pacific Islands Forum", "concern over rising sea levels")],
        ),
        (
            _FORUM + "In their final communique, the leaders noted that fish stocks had recovered.",
            [("indirect", "Pacific Islands Forum", "fish stocks had recovered")],
        ),
        # the body named in the members' phrase, with or without a summit told
        (
            "SADC leaders stressed the need for calm along the disputed border.",
            [
                (
                    "indirect",
                    "Southern African Development Community",
                    "the need for calm along the disputed border",
                )
            ],
        ),
        (
            "The leaders of the African Union called for a ceasefire in the region.",
            [("indirect", "African Union", "a ceasefire in the region")],
        ),
        # near misses: two leaders after their talks speak jointly (each, round 43), for no body, even
        # beside a summit; bare 'Leaders' in a story of no summit, and 'Officials', name nobody
        (
            _PAIR
            + " on the sidelines of the African Union summit.\n\nThe leaders welcomed the new railway deal.",
            [
                ("indirect", "Amani Mwangi", "the new railway deal"),
                ("indirect", "Neema Juma", "the new railway deal"),
            ],
        ),
        (
            _PAIR
            + " on the sidelines of the African Union summit.\n\nThe two leaders welcomed the railway deal.",
            [
                ("indirect", "Amani Mwangi", "the railway deal"),
                ("indirect", "Neema Juma", "the railway deal"),
            ],
        ),
        (_PAIR + " in Nairobi on Monday.\n\nLeaders welcomed the new railway deal.", []),
        (_SADC + "Officials welcomed the new trade corridor between the two ports.", []),
    ],
)
def test_members_speak_for_their_forum(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the communique' (or 'the document') of the summit told, with no issuer named: the body's
        (
            _ECOWAS + "The communique said the sanctions on the junta would stay in place.",
            [
                (
                    "indirect",
                    "Economic Community of West African States",
                    "the sanctions on the junta would stay in place",
                )
            ],
        ),
        (
            _ECOWAS + "The document says the borders with the country will reopen in March.",
            [
                (
                    "indirect",
                    "Economic Community of West African States",
                    "the borders with the country will reopen in March",
                )
            ],
        ),
        # near misses: a statement of no summit's; a communique issued by someone named stays his
        (
            "The World Bank said on Sunday that the loan for the port was approved. "
            "The statement said the tariffs would stay in place.",
            [
                ("indirect", "World Bank", "the loan for the port was approved"),
                ("indirect", "World Bank", "the tariffs would stay in place"),
            ],
        ),
        (
            _ECOWAS + "The African Union issued a communique on Monday. "
            "The communique said the mission would stay in the capital.",
            [("indirect", "African Union", "the mission would stay in the capital")],
        ),
    ],
)
def test_summit_communique_speaks_for_its_forum(text: str, expected: list) -> None:
    assert built(text) == expected


_LEAD = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"
_FIRST = _LEAD + 'Quispe said the talks were "very good."\n\n'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # thanks and congratulations given to someone: the verb is part of what is said
        (
            _LEAD + "Holm thanked Quispe for the warm welcome in Lima.",
            [("indirect", "Lars Holm", "thanked Quispe for the warm welcome in Lima")],
        ),
        (
            _LEAD + "Quispe congratulated Holm on his new post in the cabinet.",
            [("indirect", "Rosa Quispe", "congratulated Holm on his new post in the cabinet")],
        ),
        # near misses: thanks to no one named say nothing; a clause that tells of thanks keeps its words
        (_LEAD + "Holm thanked for the warm welcome in Lima.", []),
        (
            _LEAD + "Quispe said Holm had thanked her for the talks.",
            [("indirect", "Rosa Quispe", "Holm had thanked her for the talks")],
        ),
    ],
)
def test_courtesy_keeps_its_verb(text: str, expected: list) -> None:
    assert built(text) == expected


_VERY_GOOD = [
    ("indirect", "Rosa Quispe", 'the talks were "very good."'),
    ("direct", "Rosa Quispe", "very good."),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X said he ...': the pronoun the sentence's own subject names, not the speaker before; a clause
        # of the writer's words that a long quote ends is reported speech, partly quoted
        (
            _FIRST + 'Holm said he conveyed "the deep concern of our fishermen about the new quotas."',
            [
                *_VERY_GOOD,
                (
                    "indirect",
                    "Lars Holm",
                    'he conveyed "the deep concern of our fishermen about the new quotas."',
                ),
                ("direct", "Lars Holm", "the deep concern of our fishermen about the new quotas."),
            ],
        ),
        (
            _FIRST + 'Holm said that he had "great hopes for a fair deal on the fishing quotas."',
            [
                *_VERY_GOOD,
                ("indirect", "Lars Holm", 'he had "great hopes for a fair deal on the fishing quotas."'),
                ("direct", "Lars Holm", "great hopes for a fair deal on the fishing quotas."),
            ],
        ),
        # near misses: a quote the verb opens is only the direct statement; 'he' inside a quote is no speaker
        (
            _FIRST + 'Holm said "the fishermen have waited far too long for this deal."',
            [*_VERY_GOOD, ("direct", "Lars Holm", "the fishermen have waited far too long for this deal.")],
        ),
        (
            _LEAD
            + 'Quispe said the talks went well. "He told me the fishermen have waited far too long," she said.',
            [
                ("indirect", "Rosa Quispe", "the talks went well"),
                ("direct", "Rosa Quispe", "He told me the fishermen have waited far too long"),
            ],
        ),
    ],
)
def test_pronoun_of_a_report_and_its_long_quote(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'quoted X as telling (reporters)', 'as stating': X speaks, as with 'as saying'
        (
            _LEAD + '"The talks were long but useful," the Andina agency quoted Holm as telling reporters.',
            [("direct", "Lars Holm", "The talks were long but useful")],
        ),
        (
            _LEAD + "The Andina agency quoted Holm as telling reporters that the talks were long but useful.",
            [("indirect", "Lars Holm", "the talks were long but useful")],
        ),
        (
            _LEAD + "The Andina agency quoted Holm as stating that the talks were long but useful.",
            [("indirect", "Lars Holm", "the talks were long but useful")],
        ),
        # near miss: 'was telling reporters' in a clause the agency reports is the agency's report
        (
            _LEAD + "The Andina agency reported that Holm was telling reporters about the talks.",
            [("indirect", "The Andina agency", "Holm was telling reporters about the talks")],
        ),
    ],
)
def test_quoted_as_telling(text: str, expected: list) -> None:
    assert built(text) == expected


_KUWAIT = "Kuwaiti Foreign Minister Sheikh Salem Al-Sabah met Danish Trade Minister Lars Holm in Kuwait City on Monday.\n\n"
_BANGKOK = "Thai Prime Minister Niran Chai met Danish Trade Minister Lars Holm in Bangkok on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the sheikh': the one person whose name carries that title; 'the premier': the prime minister
        (
            _KUWAIT
            + "After Holm's remarks on the tariffs, the sheikh voiced hope that the trade talks would resume.",
            [("indirect", "Salem Al-Sabah", "hope that the trade talks would resume")],
        ),
        (
            _BANGKOK
            + "After Holm's remarks on the tariffs, the premier said the trade talks would resume soon.",
            [("indirect", "Niran Chai", "the trade talks would resume soon")],
        ),
        # near misses: a title or an office nobody in the story holds names no one
        (
            _KUWAIT + "After Holm's remarks on the tariffs, the king said the trade talks would resume soon.",
            [],
        ),
        (_LEAD + "After the talks, the premier said the trade talks would resume soon.", []),
    ],
)
def test_title_or_other_name_of_an_office(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'maintains that ...' reports a view; 'requested/implored X to <verb>' an appeal to X
        (
            _LEAD + "Peru maintains that the port was closed for safety reasons.",
            [("indirect", "Peru", "the port was closed for safety reasons")],
        ),
        (
            _LEAD + "Holm requested the delegation to release the detained fishermen.",
            [("indirect", "Lars Holm", "the delegation to release the detained fishermen")],
        ),
        (
            _LEAD + "Holm implored Peru to reopen the port to Danish ships.",
            [("indirect", "Lars Holm", "Peru to reopen the port to Danish ships")],
        ),
        # 'states that' after a person or a pronoun is the verb
        (
            _LEAD + "Holm states that they want to continue the talks.",
            [("indirect", "Lars Holm", "they want to continue the talks")],
        ),
        (
            _LEAD
            + '"No date has been set," Holm told reporters. He states that they want to continue the talks.',
            [
                ("direct", "Lars Holm", "No date has been set"),
                ("indirect", "Lars Holm", "they want to continue the talks"),
            ],
        ),
        # near misses: ties maintained, a meeting requested, the requested talks, and the noun 'states'
        (_LEAD + "Peru has maintained close ties with Denmark for decades.", []),
        (_LEAD + "Holm requested a meeting with the port authority.", []),
        (_LEAD + "The talks were requested by Holm in May.", []),
        (_LEAD + "The three Sahel states that left the bloc want to continue the talks.", []),
    ],
)
def test_verbs_of_holding_and_asking(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., in a sign that ...' after the words reported: the writer's reading of them, no part of them
        (
            _LEAD
            + "Peru said it will host the next round of talks in Cusco, in an indication that the dispute is easing.",
            [("indirect", "Peru", "it will host the next round of talks in Cusco")],
        ),
        (
            _LEAD
            + "Holm said the port will reopen in May, in a sign that the two sides have settled the dispute.",
            [("indirect", "Lars Holm", "the port will reopen in May")],
        ),
        # near misses: 'a sign that' inside the clause said, and 'the move that' are the speaker's words
        (
            _LEAD + "Holm said the port closure was a sign that the fishing dispute had grown worse.",
            [
                (
                    "indirect",
                    "Lars Holm",
                    "the port closure was a sign that the fishing dispute had grown worse",
                )
            ],
        ),
        (
            _LEAD + "Holm said the move that ended the dispute was welcome in Denmark.",
            [("indirect", "Lars Holm", "the move that ended the dispute was welcome in Denmark")],
        ),
    ],
)
def test_writers_reading_after_the_report(text: str, expected: list) -> None:
    assert built(text) == expected
