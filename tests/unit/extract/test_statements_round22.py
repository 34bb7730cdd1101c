"""Round 22: rules checked on variants of their own (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CHEN = Cast(actors={"Li Chen": ("person", ("Chen",))}, pronouns={"he": "Li Chen", "she": "Li Chen"})


def _direct(text: str) -> list[str]:
    return [t for kind, _who, t in run(text, CHEN) if kind == "direct"]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Chen stressed the "willingness of both sides" to sign the deal.', "willingness of both sides"),
        ('Chen praised the city for helping the "victims of the floods" last year.', "victims of the floods"),
        ('Chen said the two sides had a "frank exchange" on trade.', "frank exchange"),
    ],
)
def test_a_short_quoted_phrase_after_a_determiner_stays_the_speakers_quote(text: str, quote: str) -> None:
    """Readers quote such phrases as the speaker's words (two unseen sets agreed): a rule dropping them
    as borrowed terms lost more true quotes on unseen articles than false ones, so it was taken out."""
    assert quote in _direct(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('Chen hailed the visit as a "historic moment" for both nations.', "historic moment"),
        ('Chen said the meeting was a "turning point" in relations.', "turning point"),
        ('Chen called the talks "very productive" on Monday.', "very productive"),
        ('Chen said the talks were "a good start" for both.', "a good start"),
        (
            'Chen warned of the "grave consequences that would follow any attack on our soil" at once.',
            "grave consequences that would follow any attack on our soil",
        ),
        ('Chen said the summit had become a "real success" for the bloc.', "real success"),
        ('Chen called the long meeting with the mayor a "new chapter" in ties.', "new chapter"),
        ('Chen described the pact as an "anchor of stability" for Asia.', "anchor of stability"),
    ],
)
def test_a_predicate_or_a_longer_quote_stays_a_quote(text: str, quote: str) -> None:
    assert quote in _direct(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Chen hoped all parties would respect the truce in the region.",
            "all parties would respect the truce",
        ),
        ("Chen hoped that the visit would deepen ties.", "the visit would deepen ties"),
        ("Chen also hoped the two sides could meet again soon.", "the two sides could meet again soon"),
        ("Chen hopes the dispute will be settled by talks.", "the dispute will be settled by talks"),
        (
            "On Monday, Chen hoped that Japan, Korea and China would cooperate.",
            "Japan, Korea and China would",
        ),
    ],
)
def test_a_hope_voiced_with_a_clause_is_reported_speech(text: str, content: str) -> None:
    said = [t for kind, who, t in run(text, CHEN) if kind == "indirect" and who == "Li Chen"]
    assert any(content in t for t in said)


@pytest.mark.parametrize(
    "text",
    [
        "Chen hoped to visit Paris next year.",  # a plan, not words
        "Chen is hoping to win the vote.",
        "Chen hopes for a quick deal with Paris.",  # a noun object
        "It is hoped that the talks will resume in May.",  # nobody voices it
        "The deal raised hopes that the war would end soon.",  # the noun
    ],
)
def test_a_hope_without_a_clause_is_no_statement(text: str) -> None:
    assert run(text, CHEN) == []


def test_a_quote_that_names_the_last_speaker_does_not_continue_him() -> None:
    text = 'Chen said restraint was vital. "Chen also thanked the hosts for their very warm welcome."'
    assert _direct(text) == []


def test_a_quote_in_the_first_person_continues_the_last_speaker() -> None:
    text = 'Chen said restraint was vital. "We call for calm and for dialogue between all the parties."'
    assert _direct(text) == ["We call for calm and for dialogue between all the parties."]


PAK = Cast(
    actors={
        "Amir Khan": ("person", ("Khan",)),
        "Kenya": ("country", ()),
        "Ruth Otieno": ("person", ("Otieno",)),
    }
)


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Amir Khan will visit Nairobi on May 2. Spokesperson Ruth Otieno said this at a briefing.",
        "Foreign Minister Amir Khan will visit Nairobi on May 2. Spokesperson Ruth Otieno announced this on Friday.",
        "Foreign Minister Amir Khan will visit Nairobi on May 2. Ruth Otieno confirmed this to reporters.",
        "Foreign Minister Amir Khan will visit Nairobi on May 2. The spokesperson, Ruth Otieno, disclosed this in a"
        " statement.",
        "Foreign Minister Amir Khan will visit Nairobi on May 2. Ruth Otieno said so on Friday.",
    ],
)
def test_said_this_makes_the_sentence_before_the_speakers(text: str) -> None:
    assert ("indirect", "Ruth Otieno", "Foreign Minister Amir Khan will visit Nairobi on May 2") in run(
        text, PAK
    )


def test_said_this_gives_a_country_s_stance_to_the_person_who_voiced_it() -> None:
    text = "Kenya has reaffirmed its support for the peace plan. The minister, Ruth Otieno, disclosed this on Monday."
    assert [(kind, who) for kind, who, _t in run(text, PAK)] == [("indirect", "Ruth Otieno")]


@pytest.mark.parametrize(
    "text",
    [
        # 'this week': a time, not a pointer back; the clause after 'that' is what was said
        "Foreign Minister Amir Khan will visit Nairobi on May 2. Ruth Otieno said this week that talks went well.",
        # the sentence before has its own speaker
        "Amir Khan said he would visit Nairobi on May 2. Ruth Otieno confirmed this on Friday.",
    ],
)
def test_said_this_does_not_take_a_sentence_it_does_not_point_to(text: str) -> None:
    got = run(text, PAK)
    assert not any(who == "Ruth Otieno" and "Nairobi" in t for _k, who, t in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Chen posted on his Twitter account: "Today we take one more step toward a deal."',
            [("direct", "Li Chen", "Today we take one more step toward a deal.")],
        ),
        (
            '"Today we take one more step toward a deal," Chen posted on X.',
            [("direct", "Li Chen", "Today we take one more step toward a deal")],
        ),
        (
            "Chen posted that the talks had been a success for both nations.",
            [("indirect", "Li Chen", "the talks had been a success for both nations")],
        ),
        ("Chen posted troops along the border with the north.", []),
        ("Chen was posted to Paris in 2019 as a young diplomat.", []),
        ("Chen posted a photo of the meeting on his account.", []),
    ],
)
def test_posting_words_online_is_speech(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CHEN) == expected


RELAYED = Cast(
    actors={"Li Chen": ("person", ("Chen",)), "Reuters": ("organization", ()), "Tass": ("organization", ())}
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reuters reported that, speaking at a news conference in Rome, Chen stressed that the talks went well.",
            [("indirect", "Li Chen", "the talks went well")],
        ),
        (
            "Tass reports that speaking to reporters after his return, Chen said the deal was close.",
            [("indirect", "Li Chen", "the deal was close")],
        ),
        (
            "Reuters reported that in a call on Monday, Chen noted that trade had grown.",
            [("indirect", "Li Chen", "trade had grown")],
        ),
    ],
)
def test_a_relayed_speaker_after_a_setting_speaks_for_himself(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, RELAYED) == expected


def test_a_setting_without_a_speaker_of_its_own_stays_the_outlets() -> None:
    text = "Reuters reported that, during the talks in Rome, both sides had agreed on a truce."
    assert [(kind, who) for kind, who, _t in run(text, RELAYED)] == [("indirect", "Reuters")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Chen told him the plan was sound and fair, state media reported.",
            "the plan was sound and fair",
        ),
        ("Chen said the border would reopen very soon, officials said.", "the border would reopen very soon"),
        (
            "Chen told him the talks had gone very well, local television reported on Monday.",
            "the talks had gone very well",
        ),
        # a relative clause is part of what was said
        (
            "Chen said the region opposed the plan, which critics said was unfair.",
            "the region opposed the plan, which critics said was unfair",
        ),
    ],
)
def test_a_source_named_at_the_end_is_no_part_of_the_words(text: str, content: str) -> None:
    assert ("indirect", "Li Chen", content) in run(text, CHEN)


def test_a_clause_that_is_only_the_source_says_nothing() -> None:
    text = "The plan is sound and fair, Chen told his guest, state media reported."
    assert not any(t.startswith("state media") for _k, _w, t in run(text, CHEN))


OWNER = Cast(
    actors={
        "Kenya": ("country", ()),
        "Amir Khan": ("person", ("Khan",)),
        "Li Chen": ("person", ("Chen",)),
    },
    pronouns={"him": "Li Chen"},
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kenya's President Amir Khan met Li Chen on Monday and told him Kenya would back the plan.",
            "Amir Khan",
        ),
        ("Kenya's Amir Khan met Li Chen in Nairobi and told him the border would stay open.", "Amir Khan"),
        # no one named after the owner: the owner is all there is
        ("Kenya's government met Li Chen in Nairobi and told him the border would stay open.", "Kenya"),
    ],
)
def test_the_subject_of_a_second_verb_is_the_owned_not_the_owner(text: str, speaker: str) -> None:
    assert [(kind, who) for kind, who, _t in run(text, OWNER)] == [("indirect", speaker)]
