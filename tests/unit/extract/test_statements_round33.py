"""Round 33: reported speech missed on a batch of real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_LEAD = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'underlined' with a plain object reports a point made, as 'underscored' and 'stressed' do
        (
            _LEAD + "Holm underlined the close ties between the two countries.",
            [("indirect", "Lars Holm", "the close ties between the two countries")],
        ),
        (
            _LEAD + "The minister underlined the shared agenda of Denmark and Peru on fishing and climate.",
            [("indirect", "Lars Holm", "the shared agenda of Denmark and Peru on fishing and climate")],
        ),
        (
            _LEAD + "Speaking after the talks, Quispe underlined a growing convergence of views on trade.",
            [("indirect", "Rosa Quispe", "a growing convergence of views on trade")],
        ),
        (  # as before: the need for ..., and a that-clause
            _LEAD + "Holm underlined the need for faster customs checks.",
            [("indirect", "Lars Holm", "the need for faster customs checks")],
        ),
        (
            _LEAD + "Holm underlined that Denmark wants more trade with Peru.",
            [("indirect", "Lars Holm", "Denmark wants more trade with Peru")],
        ),
        # near misses: a passive, a subject that is a thing, not a speaker, or a pen stroke
        (_LEAD + "The good mood was also underlined by the signing of a port accord.", []),
        (_LEAD + "The storm underlined the limits of the old port.", []),
        (_LEAD + "Holm's visit underlined the close ties between the two countries.", []),
        (_LEAD + "Holm underlined the names of the new ports in the accord.", []),
    ],
)
def test_underlined_with_an_object_reports_a_point(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'both' before a plural subject: the two who met speak jointly, each (round 43)
        (
            _LEAD + "At a joint news conference, both top diplomats underlined the ties of their countries.",
            [
                ("indirect", "Lars Holm", "the ties of their countries"),
                ("indirect", "Rosa Quispe", "the ties of their countries"),
            ],
        ),
        (
            _LEAD + "At a joint news conference, both top diplomats stressed the ties of their countries.",
            [
                ("indirect", "Lars Holm", "the ties of their countries"),
                ("indirect", "Rosa Quispe", "the ties of their countries"),
            ],
        ),
        (
            _LEAD + "After the talks, both senior officials highlighted the value of the accord.",
            [
                ("indirect", "Lars Holm", "the value of the accord"),
                ("indirect", "Rosa Quispe", "the value of the accord"),
            ],
        ),
        # near miss: a group without 'both' is still an unnamed speaker
        (
            _LEAD + "At a joint news conference, top diplomats stressed the value of the accord.",
            [("indirect", "top diplomats", "the value of the accord")],
        ),
    ],
)
def test_both_before_a_plural_subject_is_a_joint_speaker(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


_SPEAKER_LEAD = (
    "Danish parliament speaker Lars Holm met Peruvian President Rosa Quispe in Lima on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a parliament's speaker named by the office alone, as 'the minister' is: the holder named before
        (
            _SPEAKER_LEAD + "The speaker raised concerns about the impact of the new tariffs.",
            [("indirect", "Lars Holm", "concerns about the impact of the new tariffs")],
        ),
        (
            _SPEAKER_LEAD + "The Danish parliament speaker expressed hope that trade would keep growing.",
            [("indirect", "Lars Holm", "hope that trade would keep growing")],
        ),
        (
            _SPEAKER_LEAD
            + "Holm said trade would keep growing. The speaker also praised the new port in Callao.",
            [
                ("indirect", "Lars Holm", "trade would keep growing"),
                ("indirect", "Lars Holm", "the new port in Callao"),
            ],
        ),
        # near miss: a speaker at an event, not named, is an unnamed person
        (
            _SPEAKER_LEAD + "A guest speaker at the forum said trade would keep growing.",
            [],
        ),
    ],
)
def test_the_speaker_of_a_parliament_named_by_office(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of promise or hope set off after the speaker's words goes on with them
        (
            _LEAD + '"Peru is on the right path," Holm said, pledging to open a trade office in Lima.',
            [
                ("direct", "Lars Holm", "Peru is on the right path"),
                ("indirect", "Lars Holm", "to open a trade office in Lima"),
            ],
        ),
        (
            _LEAD + '"We trust each other," Quispe added, pledging closer ties with the Danish fleet.',
            [
                ("direct", "Rosa Quispe", "We trust each other"),
                ("indirect", "Rosa Quispe", "closer ties with the Danish fleet"),
            ],
        ),
        (
            _LEAD + '"Peru is on the right path," Holm said, hoping that Peru will stay out of danger.',
            [
                ("direct", "Lars Holm", "Peru is on the right path"),
                ("indirect", "Lars Holm", "Peru will stay out of danger"),
            ],
        ),
        (
            _LEAD + "Holm said Peru is on the right path, hoping that Peru will stay out of danger.",
            [
                ("indirect", "Lars Holm", "Peru is on the right path"),
                ("indirect", "Lars Holm", "Peru will stay out of danger"),
            ],
        ),
        (  # after a topic raised: the hope is the raiser's
            _LEAD
            + "The minister also tackled the issue of fishing quotas, hoping that Peru would ease them soon.",
            [("indirect", "Lars Holm", "Peru would ease them soon")],
        ),
        # near misses: a hope or wish told of, a plan, a deed
        (_LEAD + "Denmark is hoping that the talks will end soon.", []),
        (_LEAD + "Holm left for Cusco on Tuesday, hoping to see the old town.", []),
        (_LEAD + "The two ministers signed a fishing accord, pledging more funds for the port.", []),
    ],
)
def test_a_participle_of_promise_or_hope_goes_on_with_the_speaker(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


_RELEASE_LEAD = (
    "Peru's Ministry of Foreign Affairs said in a press release that President Rosa Quispe will visit "
    "Denmark next week."
)
_VISIT = ("indirect", "Ministry of Foreign Affairs", "President Rosa Quispe will visit Denmark next week")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the release an issuer put out speaks for it, as 'the statement' does
        (
            _RELEASE_LEAD + " The release added that Quispe will open a trade fair in Aarhus.",
            [_VISIT, ("indirect", "Ministry of Foreign Affairs", "Quispe will open a trade fair in Aarhus")],
        ),
        (
            _RELEASE_LEAD + " The press release noted that Quispe will open a trade fair in Aarhus.",
            [_VISIT, ("indirect", "Ministry of Foreign Affairs", "Quispe will open a trade fair in Aarhus")],
        ),
        (
            "Peru's Ministry of Foreign Affairs issued a press release on Monday. The news release said that "
            "President Rosa Quispe will visit Denmark next week.",
            [_VISIT],
        ),
        # near misses: a person's release from custody is no document (the police speak, round 35)
        (
            "Danish police said the man was freed on Monday. His release added to the tension in the port.",
            [("indirect", "Denmark", "the man was freed on Monday")],
        ),
        ("The release of the fishermen added to the tension in the port.", []),
    ],
)
def test_a_release_speaks_for_its_issuer(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert built(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after a locative preposition is never the subject: the name or office before it speaks
        (
            _LEAD + "The Daily Courier in Denmark reported that Holm had skipped the summit.",
            [("indirect", "The Daily Courier", "Holm had skipped the summit")],
        ),
        (
            _LEAD + "In a statement, the Foreign Ministry in Lima said the visit would boost trade.",
            [("indirect", "Foreign Ministry", "the visit would boost trade")],
        ),
        (
            _LEAD + "Quispe in Lima said the visit would boost trade.",
            [("indirect", "Rosa Quispe", "the visit would boost trade")],
        ),
        # near miss: a group in a place names no one
        (_LEAD + "Officials in Lima said the visit would boost trade.", []),
    ],
)
def test_a_place_after_in_is_not_the_speaker(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert built(text) == expected
