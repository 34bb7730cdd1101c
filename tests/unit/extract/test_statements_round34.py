"""Round 34: reported speech missed on a fresh batch of real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_LEAD = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrasal speech verb in the past ('called for', 'spoke of') joined by 'and' is a second report
        # of the same speaker, as a one-word one ('stressed') already was
        (
            _LEAD
            + "Holm warned that the tariffs would hurt fishermen and called for a quick review of the rules.",
            [
                ("indirect", "Lars Holm", "the tariffs would hurt fishermen"),
                ("indirect", "Lars Holm", "a quick review of the rules"),
            ],
        ),
        (
            _LEAD + "Holm stressed the value of the accord and called for a quick review of the rules.",
            [
                ("indirect", "Lars Holm", "the value of the accord"),
                ("indirect", "Lars Holm", "a quick review of the rules"),
            ],
        ),
        (
            _LEAD + "Quispe dismissed the reports of a rift and spoke of a new era for the two countries.",
            [
                ("indirect", "Rosa Quispe", "dismissed the reports of a rift"),
                ("indirect", "Rosa Quispe", "a new era for the two countries"),
            ],
        ),
        (  # 'rejected X' keeps its verb in what is said: the clause's own past verbs come after it
            _LEAD + "Holm rejected the claims of the opposition and urged calm in the ports.",
            [
                ("indirect", "Lars Holm", "rejected the claims of the opposition"),
                ("indirect", "Lars Holm", "calm in the ports"),
            ],
        ),
        # near misses: the clause's own subject acts ('the firms met and called for'), a present tense
        # after a past one, and an object that is what the clause's subject did
        (
            _LEAD + "Holm said the fishing firms met in May and called for lower fuel taxes.",
            [("indirect", "Lars Holm", "the fishing firms met in May and called for lower fuel taxes")],
        ),
        (
            _LEAD + "Holm warned that the tariffs would hurt fishermen and calls for a review.",
            [("indirect", "Lars Holm", "the tariffs would hurt fishermen and calls for a review")],
        ),
    ],
)
def test_a_phrasal_speech_verb_after_and_starts_a_second_report(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'now' and 'instead' between a subject and its speech verb: a change of stance, the speaker the same
        (
            _LEAD + "Holm now says he will return to Lima in the spring.",
            [("indirect", "Lars Holm", "he will return to Lima in the spring")],
        ),
        (
            _LEAD + "Quispe has instead demanded the reopening of the northern fishing grounds.",
            [("indirect", "Rosa Quispe", "the reopening of the northern fishing grounds")],
        ),
        (
            _LEAD + "Holm has now stressed that the tariff is only temporary.",
            [("indirect", "Lars Holm", "the tariff is only temporary")],
        ),
        # near misses: hearsay in the passive, and a plan ('will now urge')
        (_LEAD + "The port is now said to be closed for the winter.", []),
        (_LEAD + "Holm will now urge the parliament to pass the fishing bill.", []),
    ],
)
def test_now_and_instead_before_a_speech_verb_keep_its_subject(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'blamed X for/on Y' and 'slammed X for Y' voice an accusation or criticism, as 'accused' and
        # 'criticized' do; 'signalled' reports with 'that' or with what the speaker holds
        (
            _LEAD + "Holm has blamed the port authority for the long delays at the fish market.",
            [("indirect", "Lars Holm", "the port authority for the long delays at the fish market")],
        ),
        (
            _LEAD + "Quispe blamed the floods on the failure of the old dams.",
            [("indirect", "Rosa Quispe", "the floods on the failure of the old dams")],
        ),
        (
            _LEAD + "Quispe slammed the opposition for blocking the trade bill.",
            [("indirect", "Rosa Quispe", "the opposition for blocking the trade bill")],
        ),
        (
            _LEAD + "Holm signalled his willingness to reopen the talks on fishing quotas.",
            [("indirect", "Lars Holm", "his willingness to reopen the talks on fishing quotas")],
        ),
        (
            _LEAD + "Holm signalled that Denmark could lower the tariff next year.",
            [("indirect", "Lars Holm", "Denmark could lower the tariff next year")],
        ),
        # near misses: the nouns, a passive, a thing as subject, and a signal that is no stance voiced
        (_LEAD + "The blame for the delays lies with the port authority.", []),
        (_LEAD + "The floods were blamed on the failure of the old dams.", []),
        (_LEAD + "The vote signalled a shift in the policy of the government.", []),
        (_LEAD + "Holm signalled a shift in the policy of the government.", []),
        (_LEAD + "Quispe sent a clear signal to the markets on Tuesday.", []),
    ],
)
def test_blamed_slammed_and_signalled_report_a_stance(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'mentioned' with a determined topic or a deed told reports a point made, without 'that'
        (
            _LEAD + "Holm mentioned the possibility of a direct ferry line between the two countries.",
            [("indirect", "Lars Holm", "the possibility of a direct ferry line between the two countries")],
        ),
        (
            _LEAD + "Holm also mentioned his support for a new fishing accord.",
            [("indirect", "Lars Holm", "his support for a new fishing accord")],
        ),
        (
            _LEAD + "Quispe mentioned visiting the new port in the north with Holm.",
            [("indirect", "Rosa Quispe", "visiting the new port in the north with Holm")],
        ),
        # near misses: a bare name or a name's deed, a thing as subject, and nothing said
        (_LEAD + "Holm mentioned Quispe's visit to Copenhagen last year.", []),
        (_LEAD + "Holm mentioned Copenhagen several times.", []),
        (_LEAD + "Holm mentioned the port in his speech on Monday.", []),
        (_LEAD + "The report mentioned the names of three firms.", []),
        (_LEAD + "Holm mentioned nothing about the tariffs.", []),
    ],
)
def test_mentioned_with_a_determined_topic_reports_a_point(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a noun of saying owned by its author, then its clause: the author's statement, when the noun stands
        # inside a phrase ('referring to', 'the heels of', 'deny', 'Regarding X,')
        (
            _LEAD
            + "The visit came on the heels of Mr. Holm's claim that a Peruvian boat had entered Danish waters.",
            [("indirect", "Lars Holm", "a Peruvian boat had entered Danish waters")],
        ),
        (
            _LEAD
            + "The ministry could neither confirm nor deny Peruvian leader Rosa Quispe's statement that she had "
            "spoken with the Danish king.",
            [("indirect", "Rosa Quispe", "she had spoken with the Danish king")],
        ),
        (
            _LEAD + "Asked about the tariffs, Quispe pointed to Holm's remarks that the rules were unfair.",
            [("indirect", "Lars Holm", "the rules were unfair")],
        ),
        # inside another's report, the owner still said the clause
        (
            _LEAD
            + "The ministry could not confirm Holm's statement that he had met the king, a spokesman said.",
            [
                (
                    "indirect",
                    "a spokesman",
                    "The ministry could not confirm Holm's statement that he had met the king",
                ),
                ("indirect", "Lars Holm", "he had met the king"),
            ],
        ),
        # near misses: the noun as the subject, a relative 'that', no author named
        (_LEAD + "Holm's statement that the port was closed surprised many in Lima.", []),
        (_LEAD + "The talks turned to Holm's statement that was issued on Monday.", []),
        (_LEAD + "The talks turned to the ministry's statement that the port was closed.", []),
        # a noun inside the report of someone else: both said something
        (
            _LEAD + "Quispe welcomed Denmark's announcement that it would lift the tariff.",
            [
                ("indirect", "Rosa Quispe", "Denmark's announcement that it would lift the tariff"),
                ("indirect", "Denmark", "it would lift the tariff"),
            ],
        ),
    ],
)
def test_an_owned_noun_of_saying_with_its_clause_is_the_owners_statement(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'made it clear that ...' reports as 'made clear that ...' does
        (
            _LEAD + "Holm, however, made it clear that his next visit will depend on the mood in Lima.",
            [("indirect", "Lars Holm", "his next visit will depend on the mood in Lima")],
        ),
        (
            _LEAD + "Quispe has made it clear that Peru will not sign the fishing accord.",
            [("indirect", "Rosa Quispe", "Peru will not sign the fishing accord")],
        ),
        # near misses: a thing that makes something clear, and a plan
        (_LEAD + "The storm made it clear that the port needs new walls.", []),
        (_LEAD + "Holm will make it clear that Denmark wants a deal.", []),
    ],
)
def test_made_it_clear_reports_a_clause(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a press wing or media unit speaks for its principal as a press office does: an unnamed body
        (
            _LEAD + "The talks will open at ten at the state guest house, the president's press wing said.",
            [
                (
                    "indirect",
                    "the president's press wing",
                    "The talks will open at ten at the state guest house",
                )
            ],
        ),
        (
            _LEAD + "The president's media unit said that the talks had gone well.",
            [("indirect", "The president's media unit", "the talks had gone well")],
        ),
        # near misses: a wing of a building and a unit that acts, no one speaking
        (_LEAD + "The east wing of the palace was closed for the talks.", []),
        (_LEAD + "A police unit guarded the palace during the talks.", []),
    ],
)
def test_a_press_wing_or_media_unit_speaks_as_an_office(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time told relative to the story ('at the time', 'later') between the verb and a bare clause
        # opened by a pronoun, as a date is ('said on Monday he ...')
        (
            _LEAD + "Holm said at the time he was disappointed by the decision to raise tariffs.",
            [("indirect", "Lars Holm", "he was disappointed by the decision to raise tariffs")],
        ),
        (
            _LEAD + "Quispe said later she would return to Copenhagen in the spring.",
            [("indirect", "Rosa Quispe", "she would return to Copenhagen in the spring")],
        ),
        # near misses: 'at the time of' an event before 'that', and 'later' with no speech verb
        (
            _LEAD + "Holm said at the time of the talks that he was ready.",
            [("indirect", "Lars Holm", "he was ready")],
        ),
        (_LEAD + "The talks were later held in a quieter room at the palace.", []),
    ],
)
def test_a_relative_time_before_a_bare_clause_is_stepped_over(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'has VERBed X and has VERBed Y': the auxiliary said again marks a second report of the same speaker
        (
            _LEAD + "Holm has stressed the value of the tariffs and has called for a review of the quotas.",
            [
                ("indirect", "Lars Holm", "the value of the tariffs"),
                ("indirect", "Lars Holm", "a review of the quotas"),
            ],
        ),
        (
            _LEAD
            + "Denmark has rejected accusations that its boats fished in Peruvian waters and has said it will "
            "not cut its quotas.",
            [
                ("indirect", "Denmark", "rejected accusations that its boats fished in Peruvian waters"),
                ("indirect", "Denmark", "it will not cut its quotas"),
            ],
        ),
        # near misses: the clause's own perfect ('the firms have met and have agreed'), no auxiliary on the
        # speaker's verb
        (
            _LEAD + "Holm said the firms have met in May and have agreed that prices must fall.",
            [("indirect", "Lars Holm", "the firms have met in May and have agreed that prices must fall")],
        ),
    ],
)
def test_the_same_auxiliary_after_and_starts_a_second_report(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected
