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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., reported <outlet>.': the outlet after its verb, as after 'said'
        (
            _LEAD + "The ferry link between the two ports will open in the spring, reported the Lima Daily.",
            [("indirect", "the Lima Daily", "The ferry link between the two ports will open in the spring")],
        ),
        # a medium passes on the words of the one it reports: the minister's, not the paper's
        (
            _LEAD
            + "The minister recently indicated that the port fees would fall by May, reported the Lima Daily.",
            [("indirect", "Lars Holm", "the port fees would fall by May")],
        ),
        # near miss: a deed told with a verb that reports nothing still leaves the words to the source
        (
            _LEAD
            + "For its part, Peru is extending aid to the fishing towns of the north, the ministry said.",
            [
                (
                    "indirect",
                    "the ministry",
                    "For its part, Peru is extending aid to the fishing towns of the north",
                )
            ],
        ),
    ],
)
def test_a_report_closed_by_a_relaying_verb_and_its_source(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X, in a statement released by his aide, Y, said': Y is named in how X spoke; X speaks
        (
            _LEAD
            + "Holm, in a statement released by his spokesman, Erik Lund, said the talks had gone well.",
            [("indirect", "Lars Holm", "the talks had gone well")],
        ),
        # near misses: without a name in it the phrase was stepped over already; a relative clause's subject
        (
            _LEAD + "Holm, in a statement on Tuesday, said the talks had gone well.",
            [("indirect", "Lars Holm", "the talks had gone well")],
        ),
        (
            _LEAD + "Holm met his spokesman, Erik Lund, who said the talks had gone well.",
            [("indirect", "Erik Lund", "the talks had gone well")],
        ),
    ],
)
def test_a_name_in_the_phrase_on_the_channel_is_not_the_speaker(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'said in a tweet he ...': the medium of the words, then a bare clause opened by a pronoun
        (
            _LEAD + "Holm said in a tweet he had a warm talk with Quispe.",
            [("indirect", "Lars Holm", "he had a warm talk with Quispe")],
        ),
        (
            _LEAD + "Quispe told reporters in a televised interview she would visit Denmark.",
            [("indirect", "Rosa Quispe", "she would visit Denmark")],
        ),
        # near miss: no clause after the medium
        (_LEAD + "Holm spoke in a video he posted on Monday.", []),
    ],
)
def test_a_bare_clause_after_the_medium_of_the_words(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence opened by a participle of saying with 'that': the main clause's subject says it
        (
            _LEAD + "Insisting that the port fees were fair, Quispe said Peru would not change them.",
            [
                ("indirect", "Rosa Quispe", "the port fees were fair"),
                ("indirect", "Rosa Quispe", "Peru would not change them"),
            ],
        ),
        (
            _LEAD + "Stating that the talks had failed, Holm called for a new round in the autumn.",
            [
                ("indirect", "Lars Holm", "the talks had failed"),
                ("indirect", "Lars Holm", "a new round in the autumn"),
            ],
        ),
        # near miss: without 'that' the participle of warning addresses someone, no words reported
        (
            _LEAD + "Warning the fishermen against a strike, Quispe said the fees would stay.",
            [("indirect", "Rosa Quispe", "the fees would stay")],
        ),
    ],
)
def test_a_leading_participle_of_saying_with_that(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a progressive is a finite verb: 'is urging', 'has been urging', 'was still insisting that'
        (
            _LEAD + "Peru is urging Denmark to lower the fees on its fish.",
            [("indirect", "Peru", "Denmark to lower the fees on its fish")],
        ),
        (
            _LEAD + "Peru has been urging Denmark to lower the fees on its fish.",
            [("indirect", "Peru", "Denmark to lower the fees on its fish")],
        ),
        (
            _LEAD + "Quispe was still insisting that the fees would stay in place.",
            [("indirect", "Rosa Quispe", "the fees would stay in place")],
        ),
        # an aside between the auxiliary and the verb, or 'long', leaves the subject before them
        (
            _LEAD + "Peru has, for years, voiced concern about the fishing quotas in the north.",
            [("indirect", "Peru", "concern about the fishing quotas in the north")],
        ),
        (
            _LEAD + "Peru has, however, stressed that the quotas would stay.",
            [("indirect", "Peru", "the quotas would stay")],
        ),
        (
            _LEAD + "Peru has long voiced concern about the fishing quotas in the north.",
            [("indirect", "Peru", "concern about the fishing quotas in the north")],
        ),
        # near misses: a hope in the progressive is a wish told of; a passive and a plan report nothing
        (_LEAD + "Peru is hoping that the fees will fall in the spring.", []),
        (_LEAD + "Peru was urged by Denmark to lower the fees on its fish.", []),
        (_LEAD + "Peru will be urging Denmark to lower the fees on its fish.", []),
    ],
)
def test_a_progressive_and_an_aside_after_the_auxiliary(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., X told a news conference/parliament/lawmakers.': an audience closes a report as 'reporters' does
        (
            _LEAD + "The ferry link will open in the spring next year, Holm told a news conference.",
            [("indirect", "Lars Holm", "The ferry link will open in the spring next year")],
        ),
        (
            _LEAD + "The port fees will fall by the end of May, Quispe told parliament on Tuesday.",
            [("indirect", "Rosa Quispe", "The port fees will fall by the end of May")],
        ),
        (
            _LEAD + "The port fees will fall by the end of May, Quispe told lawmakers in Lima.",
            [("indirect", "Rosa Quispe", "The port fees will fall by the end of May")],
        ),
        # near miss: a clause after the audience is the report, as before
        (
            _LEAD + "Quispe told a news conference that the port fees would fall by May.",
            [("indirect", "Rosa Quispe", "the port fees would fall by May")],
        ),
    ],
)
def test_a_trailing_attribution_told_to_an_audience(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X accused A of B and Y accused X of C': a named actor after 'and' with its own speech verb
        (
            _LEAD
            + "Peru accused Denmark of raising the port fees and Denmark accused Peru of closing the ports.",
            [
                ("indirect", "Peru", "Denmark of raising the port fees"),
                ("indirect", "Denmark", "Peru of closing the ports"),
            ],
        ),
        (
            _LEAD
            + "Holm said the fees would stay for the next season and Quispe said they were far too high.",
            [
                ("indirect", "Lars Holm", "the fees would stay for the next season"),
                ("indirect", "Rosa Quispe", "they were far too high"),
            ],
        ),
        # near misses: two names joined by 'and' are one subject; 'we' goes on in the speaker's voice
        (
            _LEAD + "Holm said Peru and Denmark agreed that the fees would stay.",
            [("indirect", "Lars Holm", "Peru and Denmark agreed that the fees would stay")],
        ),
        (
            _LEAD + "Holm said the talks had gone well and we confirm our support for the accord.",
            [("indirect", "Lars Holm", "the talks had gone well and we confirm our support for the accord")],
        ),
    ],
)
def test_a_second_speaker_after_and_ends_the_first_report(text: str, expected: list) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # mediators, facilitators and envoys speak as a group, unnamed, as negotiators do
        (
            _LEAD + "The mediators expressed deep regret over the new clashes at the northern port.",
            [("indirect", "The mediators", "deep regret over the new clashes at the northern port")],
        ),
        (
            _LEAD + "The facilitators said both delegations remain in Lima for the next round.",
            [("indirect", "The facilitators", "both delegations remain in Lima for the next round")],
        ),
        # near miss: a single mediator named stays that person
        (
            _LEAD + "The mediator, Erik Lund, said both delegations remain in Lima.",
            [("indirect", "Erik Lund", "both delegations remain in Lima")],
        ),
    ],
)
def test_mediators_and_facilitators_speak_as_a_group(text: str, expected: list) -> None:
    assert built(text) == expected
