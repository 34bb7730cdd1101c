"""Round 23: readouts a body issues, and the issuer of 'the statement' (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Omar Haddad": ("person", ("Haddad",)),
        "Kenya": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Omar Haddad"},
)


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(kind, who) for kind, who, _t in run(text, CAST)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ruiz's transition team said the two had discussed trade.", "Ruiz's transition team"),
        ("Ruiz's team said the talks had covered migration and jobs.", "Ruiz's team"),
        ("Ruiz's campaign said the debate would go ahead in May.", "Ruiz's campaign"),
        (
            "Haddad's delegation said both sides share the view that a summit is needed.",
            "Haddad's delegation",
        ),
        ("Haddad\u2019s negotiating team said the deal was close.", "Haddad\u2019s negotiating team"),
    ],
)
def test_a_persons_team_speaks_for_itself_not_for_him(text: str, speaker: str) -> None:
    assert _said(text) == [("indirect", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz said the team would deliver results soon.",  # the team is what is talked about
        "Haddad met his team and said the deal was close.",
    ],
)
def test_a_team_that_is_spoken_of_is_no_speaker(text: str) -> None:
    assert all(who != "team" and not (who or "").endswith("team") for _k, who in _said(text))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Ruiz and Haddad spoke by phone, the presidential office said in a statement.\n\n"
            "Haddad told Ruiz the crisis was hurting trade.\n\n"
            '"President Ruiz stressed the need for an immediate truce," the statement read.',
            "President Ruiz stressed the need for an immediate truce",
        ),
        (
            "Ruiz and Haddad met on Monday, the foreign ministry said in a news release.\n\n"
            '"The two sides agreed to reopen their embassies," the statement read.',
            "The two sides agreed to reopen their embassies",
        ),
        (
            "The two leaders spoke on Friday, the presidency said in its readout. Ruiz said the talks went well.\n\n"
            '"The leaders also discussed climate finance," the readout added.',
            "The leaders also discussed climate finance",
        ),
    ],
)
def test_the_statement_is_the_one_issued_just_before_not_the_last_speakers(text: str, quote: str) -> None:
    got = run(text, CAST)
    assert ("direct", quote) in [(k, t) for k, _w, t in got]
    assert all(who not in ("Ana Ruiz", "Omar Haddad") for k, who, t in got if t == quote)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ruiz's transition team said the two discussed migration.\n\n"
            '"The president-elect stressed the need for safe migration," a statement posted on her website said.',
            "Ruiz's transition team",
        ),
        (
            "The foreign ministry said in a statement that the talks went well.\n\n"
            '"The two ministers agreed to meet again," a statement published on its website added.',
            "The foreign ministry",
        ),
        (
            "Haddad met Ruiz on Monday.\n\n"
            '"The president stressed the need for calm," a statement from the foreign ministry said.',
            "the foreign ministry",
        ),
    ],
)
def test_a_statement_placed_somewhere_speaks_for_its_issuer(text: str, speaker: str) -> None:
    assert ("direct", speaker) in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        # nobody issued anything just before: the document names no speaker
        'Haddad met Ruiz on Monday. "The president stressed the need for calm," a statement posted online said.',
        # 'read' is no speech verb of a person
        'Haddad met Ruiz. "We need calm," Haddad read from a card.',
        'Haddad met Ruiz. "We need calm," the letter read out on Monday said.',
    ],
)
def test_no_issuer_no_statement(text: str) -> None:
    assert all(who not in ("Ana Ruiz",) for _k, who in _said(text))
    assert not any(k == "direct" and who is None for k, who in _said(text))


def test_the_statement_read_after_a_person_who_issued_it() -> None:
    text = (
        'Haddad said in a statement that the talks went well. "We agreed to meet again," the statement read.'
    )
    assert ("direct", "Omar Haddad") in _said(text)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            '"Our alliance is the linchpin of our security," Ruiz, who took over the foreign affairs'
            " portfolio on Wednesday after a long cabinet reshuffle, told reporters.",
            "Our alliance is the linchpin of our security",
        ),
        (
            '"We will keep talking," Haddad, a former trade minister who has led the party caucus for'
            " many years now, said on Friday.",
            "We will keep talking",
        ),
        (
            '"The door stays open," Ana Ruiz, whose ministry handled the talks over the past three long'
            " months, told the press.",
            "The door stays open",
        ),
    ],
)
def test_a_long_apposition_between_name_and_verb_keeps_the_speaker(text: str, quote: str) -> None:
    got = run(text, CAST)
    assert any(k == "direct" and who in ("Ana Ruiz", "Omar Haddad") and t == quote for k, who, t in got)


def test_a_long_stretch_that_is_no_apposition_names_no_speaker() -> None:
    text = (
        '"We will keep talking." The talks that began in Geneva last spring and went on for many weeks'
        " without any result were halted when Haddad said the time had come."
    )
    assert not any(k == "direct" for k, _w, _t in run(text, CAST))


@pytest.mark.parametrize(
    "heading",
    ["Constructive talks", "\u2018Constructive discussion\u2019", "Brexit on the agenda"],
)
def test_a_crosshead_inside_a_quote_over_paragraphs_is_stepped_over(heading: str) -> None:
    text = (
        'Ruiz welcomed Haddad, adding: "I met the minister in Lyon on Sunday.\n\n'
        f"{heading}\n\n"
        '"There is still a wide gap between the two sides on trade and on fishing."\n'
    )
    said = run(text, CAST)
    assert (
        "direct",
        "Ana Ruiz",
        "There is still a wide gap between the two sides on trade and on fishing.",
    ) in said


def test_a_crosshead_after_reported_speech_does_not_carry_it_on() -> None:
    text = (
        "Ruiz met Haddad in Paris on his first trip abroad, the agency wrote.\n\n"
        "Details\n\n"
        '"Ruiz met Haddad on Wednesday in Paris during his first official trip abroad," reporters note.\n'
    )
    assert all(who != "the agency" for k, who, _t in run(text, CAST) if k == "direct")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz regretted the suspension of the summit of the Pacific states.",
            "the suspension of the summit",
        ),
        ("Haddad regretted that the summit was called off at short notice.", "the summit was called off"),
        (
            "Ruiz remarked on the significance of fighting crime along the river.",
            "the significance of fighting",
        ),
        (
            "Haddad advocated for turning the border area into a hub for legal trade.",
            "turning the border area",
        ),
        (
            "Ruiz advocated a negotiated settlement of the dispute over the islands.",
            "a negotiated settlement",
        ),
        ("Haddad spoke of the solidity of the ties between the two nations.", "the solidity of the ties"),
        (
            "Ruiz presented a brief overview of the deal reached by the parties.",
            "the deal reached by the parties",
        ),
        (
            "Haddad gave an overview of the reforms passed by the assembly.",
            "the reforms passed by the assembly",
        ),
    ],
)
def test_more_verbs_of_voiced_judgement_report_speech(text: str, content: str) -> None:
    assert any(k == "indirect" and content in t for k, _w, t in run(text, CAST))


@pytest.mark.parametrize(
    "text",
    [
        "To her regret, Ruiz missed the summit in the capital.",  # the noun
        "Haddad is a strong advocate of free trade with the neighbours.",  # the noun
        "Ruiz spoke to Haddad on Monday in the capital.",  # a talk, not a point made
        "Haddad presented a new car to the winner of the race.",
    ],
)
def test_the_nouns_and_other_senses_are_no_speech(text: str) -> None:
    assert run(text, CAST) == []


@pytest.mark.parametrize(
    "joint",
    [
        "The two leaders also agreed to meet again before the end of the year in the capital.",
        "Both sides stressed the need to widen trade and to reopen the border crossings soon.",
        "The two ministers also discussed the reopening of the consulates in both countries.",
    ],
)
def test_a_joint_readout_quote_goes_to_the_issuer_not_to_the_last_person(joint: str) -> None:
    text = (
        "The presidential office said in a statement that the talks had gone well.\n"
        '"We welcomed Haddad warmly in the capital on Monday," Ruiz said.\n'
        f'"{joint}"\n'
    )
    got = [(k, who) for k, who, t in run(text, CAST) if t.startswith(joint[:20])]
    assert got == [("direct", "The presidential office")]


def test_a_joint_quote_without_an_issuer_is_nobodys() -> None:
    text = (
        '"We welcomed Haddad warmly in the capital on Monday," Ruiz said.\n'
        '"The two leaders also agreed to meet again before the end of the year in the capital."\n'
    )
    assert all(not t.startswith("The two leaders") for _k, _w, t in run(text, CAST))


def test_a_quote_that_does_not_open_jointly_continues_the_person() -> None:
    text = (
        "The presidential office said in a statement that the talks had gone well.\n"
        '"We welcomed Haddad warmly in the capital on Monday," Ruiz said.\n'
        '"The two of us will meet again before the end of the year in the capital."\n'
    )
    got = [(k, who) for k, who, t in run(text, CAST) if t.startswith("The two of us")]
    assert got == [("direct", "Ana Ruiz")]
