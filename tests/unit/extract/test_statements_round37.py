"""Round 37: reported speech missed on unseen real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_LEAD = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'warned of/about/against X': the danger named is what was said, without its preposition
        (
            _LEAD + "Holm warned of heavy losses for the fishing fleet if the tariffs stay.",
            [("indirect", "Lars Holm", "heavy losses for the fishing fleet if the tariffs stay")],
        ),
        (
            _LEAD + "Quispe warned against any attempt to close the northern ports.",
            [("indirect", "Rosa Quispe", "any attempt to close the northern ports")],
        ),
        (
            _LEAD + "Holm warned about the risks of a long dispute over the ferry link.",
            [("indirect", "Lars Holm", "the risks of a long dispute over the ferry link")],
        ),
        # 'stressed on the need', as 'stressed the need'
        (
            _LEAD + "Quispe stressed on the need to finish the ferry link before winter.",
            [("indirect", "Rosa Quispe", "the need to finish the ferry link before winter")],
        ),
        # a second report after 'and' ends the first, as with any speech verb
        (
            _LEAD
            + "Holm praised the new ferry link between the ports and warned against any delay in the works.",
            [
                ("indirect", "Lars Holm", "the new ferry link between the ports"),
                ("indirect", "Lars Holm", "any delay in the works"),
            ],
        ),
        # near misses: warned as a passive reports nothing of the subject's; 'warned of' in a clause said
        (_LEAD + "Holm was warned of the risks by his advisers.", []),
        (
            _LEAD + "Holm said he had been warned of the delay in the works.",
            [("indirect", "Lars Holm", "he had been warned of the delay in the works")],
        ),
    ],
)
def test_warned_of_names_the_danger(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech act only a speaker performs, after a comma: the sentence subject's words, even after a deed
        (
            _LEAD + "Peru closed its port to Danish ships, accusing Denmark of breaking the fishing accord.",
            [("indirect", "Peru", "Denmark of breaking the fishing accord")],
        ),
        (
            _LEAD + "Holm ended the visit on Tuesday, calling for a quick deal on the port fees.",
            [("indirect", "Lars Holm", "a quick deal on the port fees")],
        ),
        (
            _LEAD + "Quispe held talks with Holm, lauding the growth of trade between the two countries.",
            [("indirect", "Rosa Quispe", "the growth of trade between the two countries")],
        ),
        (
            _LEAD + "Holm left the summit early, warning of a long trade war with Peru.",
            [("indirect", "Lars Holm", "a long trade war with Peru")],
        ),
        # after a report, such a participle ends it and makes its own
        (
            _LEAD + "Holm said the talks on the port had gone well, condemning the attack on the ferry.",
            [
                ("indirect", "Lars Holm", "the talks on the port had gone well"),
                ("indirect", "Lars Holm", "the attack on the ferry"),
            ],
        ),
        # near misses: a document or a crowd is no speaker found; other participles after a deed stay
        # the writer's ('welcoming guests', 'underscoring ...')
        (_LEAD + "The accord was signed on Friday, calling for a quick end to the port dispute.", []),
        (_LEAD + "Quispe opened the new terminal, welcoming the first ships from Denmark.", []),
        (_LEAD + "Holm gave the port new cranes, underscoring the role of the fleet.", []),
    ],
)
def test_a_participle_of_a_speech_act_after_a_deed(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., X said, expressing hope that ...': the words before the comma are X's as well
        (
            _LEAD
            + "The ferry link will open in the spring next year, Holm said, expressing hope that trade would grow.",
            [
                ("indirect", "Lars Holm", "The ferry link will open in the spring next year"),
                ("indirect", "Lars Holm", "trade would grow"),
            ],
        ),
        (
            _LEAD
            + "The port fees must fall before the summer, Quispe added, calling for talks on the ferry link.",
            [
                ("indirect", "Rosa Quispe", "The port fees must fall before the summer"),
                ("indirect", "Rosa Quispe", "talks on the ferry link"),
            ],
        ),
        # near miss: 'adding' already ended the report before it
        (
            _LEAD
            + "The ferry link will open in the spring next year, Holm said, adding that trade would grow.",
            [
                ("indirect", "Lars Holm", "The ferry link will open in the spring next year"),
                ("indirect", "Lars Holm", "trade would grow"),
            ],
        ),
    ],
)
def test_a_trailing_attribution_before_a_participle_of_its_own(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time before the subject sets the scene; the subject after it speaks
        (
            _LEAD
            + "Last week, Peru closed its port to Danish ships, accusing Denmark of breaking the accord.",
            [("indirect", "Peru", "Denmark of breaking the accord")],
        ),
        (
            _LEAD + "Two days earlier, Peru closed its port, accusing Denmark of breaking the accord.",
            [("indirect", "Peru", "Denmark of breaking the accord")],
        ),
        (
            _LEAD + "Earlier Holm met the mayor of Lima and stressed the need for a new ferry terminal.",
            [("indirect", "Lars Holm", "the need for a new ferry terminal")],
        ),
        (
            _LEAD + "Late on Tuesday, Peru closed its port, accusing Denmark of breaking the accord.",
            [("indirect", "Peru", "Denmark of breaking the accord")],
        ),
        # near misses: 'This accord,' and 'Last of all,' name no time; the subject stays where it was
        (
            _LEAD + "This accord, Holm said, would open the northern ports to Danish ships.",
            [("indirect", "Lars Holm", "This accord would open the northern ports to Danish ships")],
        ),
        (_LEAD + "Last of all, the port closed, accusing nobody of anything.", []),
    ],
)
def test_a_leading_time_before_the_subject(text: str, expected: list) -> None:
    assert built(text) == expected
