"""Round 32: statements missed on a batch of real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_LEAD = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second speech verb of the same speaker, joined by 'and': a statement of its own
        (
            _LEAD + "Holm said he has a firm plan for the port and pledged to build a new customs office.",
            [
                ("indirect", "Lars Holm", "he has a firm plan for the port"),
                ("indirect", "Lars Holm", "to build a new customs office"),
            ],
        ),
        (
            _LEAD
            + "Holm noted the need for faster customs checks and highlighted the value of the fishing accord.",
            [
                ("indirect", "Lars Holm", "the need for faster customs checks"),
                ("indirect", "Lars Holm", "the value of the fishing accord"),
            ],
        ),
        (
            _LEAD
            + "Holm said exports to Peru are growing fast and expressed hope the two sides would sign a deal.",
            [
                ("indirect", "Lars Holm", "exports to Peru are growing fast"),
                ("indirect", "Lars Holm", "hope the two sides would sign a deal"),
            ],
        ),
        # ... or set off as a participle after a comma
        (
            _LEAD
            + "Holm told reporters that he could not predict when talks would end, saying nothing is agreed yet.",
            [
                ("indirect", "Lars Holm", "he could not predict when talks would end"),
                ("indirect", "Lars Holm", "nothing is agreed yet"),
            ],
        ),
        (
            _LEAD
            + "Holm stressed Denmark's support for the reforms, highlighting the new trade office in Lima.",
            [
                ("indirect", "Lars Holm", "Denmark's support for the reforms"),
                ("indirect", "Lars Holm", "the new trade office in Lima"),
            ],
        ),
        # near misses: the verb after 'and' belongs to the reported clause's own subject, or is no report
        (
            _LEAD + "Holm said the two delegations met on Tuesday and agreed to open a trade office.",
            [
                (
                    "indirect",
                    "Lars Holm",
                    "the two delegations met on Tuesday and agreed to open a trade office",
                )
            ],
        ),
        (
            _LEAD + "Holm said the ministers had stressed the need for calm and called for new talks.",
            [
                (
                    "indirect",
                    "Lars Holm",
                    "the ministers had stressed the need for calm and called for new talks",
                )
            ],
        ),
        (  # without a comma, after a verb in the past of the clause's own: the port authorities announced
            _LEAD + "Holm said the port authorities met in May and announced a new fee for cargo ships.",
            [
                (
                    "indirect",
                    "Lars Holm",
                    "the port authorities met in May and announced a new fee for cargo ships",
                )
            ],
        ),
        (  # the one thanked is no report: nothing to cut off
            _LEAD + "Holm thanked the president and reiterated Denmark's wish to deepen trade ties.",
            [
                (
                    "indirect",
                    "Lars Holm",
                    "thanked the president and reiterated Denmark's wish to deepen trade ties",
                )
            ],
        ),
        (
            _LEAD + "Holm says the fishing fleets are waiting and announced a new quota.",
            [("indirect", "Lars Holm", "the fishing fleets are waiting and announced a new quota")],
        ),
    ],
)
def test_a_second_speech_verb_of_the_speaker_ends_the_first_report(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'according to X' set between a clause's subject and its predicate: the clause without it
        (
            _LEAD + "The new customs office, according to Holm, will open in the port of Callao next year.",
            [("indirect", "Lars Holm", "The new customs office will open in the port of Callao next year")],
        ),
        (
            _LEAD
            + "The talks, according to a statement from the Danish trade ministry, focused on fishing quotas.",
            [("indirect", "Danish trade ministry", "The talks focused on fishing quotas")],
        ),
        # after a sentence adverb, as at the start of the sentence
        (
            _LEAD + "Instead, according to Holm, the fishing fleets should wait for the new quotas.",
            [("indirect", "Lars Holm", "the fishing fleets should wait for the new quotas")],
        ),
        # at the end, with who the source is after it
        (
            _LEAD
            + "The port has lost much of its cargo to Chile, according to Rosa Quispe, a former trade official.",
            [("indirect", "Rosa Quispe", "The port has lost much of its cargo to Chile")],
        ),
        # 'according to him' after others named in the clause: the one who spoke before
        (
            _LEAD
            + "Holm said the talks went well. Ties of presidents Ana Ruiz and Pedro Castro and frequent visits, "
            "according to his words, give trade a stable footing.",
            [
                ("indirect", "Lars Holm", "the talks went well"),
                (
                    "indirect",
                    "Lars Holm",
                    "Ties of presidents Ana Ruiz and Pedro Castro and frequent visits give trade a stable footing",
                ),
            ],
        ),
        # near misses: no speaker named, or figures
        (_LEAD + "The port, according to official figures, handled more cargo in May.", []),
        (_LEAD + "Instead, according to the plan, the fleets will wait for the new quotas.", []),
        # the aside inside a clause that opens before it: whose words those are is unclear
        (
            _LEAD
            + "Peru keeps a quota on anchovy which, according to Holm, the Danish fleets have long opposed.",
            [],
        ),
    ],
)
def test_according_to_inside_a_sentence(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech verb in an infinitive inside the reported clause relays no one: the clause is the speaker's
        (
            _LEAD + "Holm, who heads trade policy at the foreign ministry, said Peru continues to speak of "
            "free trade while raising its tariffs.",
            [("indirect", "Lars Holm", "Peru continues to speak of free trade while raising its tariffs")],
        ),
        (
            _LEAD + "Holm said Peru continues to call for lower tariffs on Danish fish.",
            [("indirect", "Lars Holm", "Peru continues to call for lower tariffs on Danish fish")],
        ),
        # a finite speech verb in the clause: Holm reports what Quispe stressed (round 35), which she said
        # (round 40)
        (
            _LEAD + "Holm said Quispe stressed that the port fees would stay.",
            [
                ("indirect", "Lars Holm", "Quispe stressed that the port fees would stay"),
                ("indirect", "Rosa Quispe", "the port fees would stay"),
            ],
        ),
    ],
)
def test_an_infinitive_speech_verb_in_the_clause_relays_no_one(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'described A, B N as ...': adjectives set off by a comma inside the object
        (
            _LEAD + "Holm described direct, face-to-face talks as the only way to settle the quota dispute.",
            [
                (
                    "indirect",
                    "Lars Holm",
                    "described direct, face-to-face talks as the only way to settle the quota dispute",
                )
            ],
        ),
        (
            _LEAD + "Holm described the long, tiring round as a success for both sides.",
            [("indirect", "Lars Holm", "described the long, tiring round as a success for both sides")],
        ),
        # near miss: a relative clause set off in the object still gives no 'as' within reach
        (_LEAD + "Holm described the talks, which lasted five hours, as a success.", []),
    ],
)
def test_described_as_with_a_comma_in_the_object(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sentence opens with its subject and an adjunct, and only a comma before the verb
        (
            _LEAD
            + "Trade Minister Lars Holm at the start of his weekly cabinet meeting, said his government "
            "is ready for a deal.",
            [("indirect", "Lars Holm", "his government is ready for a deal")],
        ),
        (
            _LEAD
            + "Holm while thanking Peru for hosting the talks amid many challenges, expressed hope that "
            "the next round will be a productive one.",
            [("indirect", "Lars Holm", "hope that the next round will be a productive one")],
        ),
        (
            _LEAD + "The commander of the Danish naval mission Erik Lund, said they were ready to receive "
            "the President anytime.",
            [("indirect", "Erik Lund", "they were ready to receive the President anytime")],
        ),
        # near misses: a clause before the comma is what an inverted attribution reports
        (
            _LEAD + "Talks will resume in March, said Holm.",
            [("indirect", "Lars Holm", "Talks will resume in March")],
        ),
        (
            _LEAD + "Talks resumed in Lima in March, said Holm.",
            [("indirect", "Lars Holm", "Talks resumed in Lima in March")],
        ),
    ],
)
def test_a_subject_and_its_adjunct_before_a_lone_comma(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected
