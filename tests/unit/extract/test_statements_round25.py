"""Round 25: trailing verbs of arguing and conceding, bare clauses after verbs of making known, and
clause bounds of reported speech (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Omar Haddad": ("person", ("Haddad",)),
        "Peru": ("country", ()),
        "Ministry of Trade": ("organization", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Omar Haddad"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No deal was signed during the short visit to Lima, clarified Ruiz.",
            [("indirect", "Ana Ruiz", "No deal was signed during the short visit to Lima")],
        ),
        (
            "The border will stay open for trucks and buses, Haddad clarified on Monday.",
            [("indirect", "Omar Haddad", "The border will stay open for trucks and buses")],
        ),
        (
            "The talks had not produced any result so far, admitted Haddad.",
            [("indirect", "Omar Haddad", "The talks had not produced any result so far")],
        ),
        (
            "The tariffs would hurt farmers more than anyone else, Ruiz argued.",
            [("indirect", "Ana Ruiz", "The tariffs would hurt farmers more than anyone else")],
        ),
        # near-miss: the words before the comma only set the scene
        ("Asked about the border, Ruiz clarified.", []),
    ],
)
def test_verbs_of_arguing_and_conceding_close_a_report(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Haddad revealed he would not accept lectures from anyone.",
            [("indirect", "Omar Haddad", "he would not accept lectures from anyone")],
        ),
        (
            "Ruiz indicated she was ready to travel to Peru next month.",
            [("indirect", "Ana Ruiz", "she was ready to travel to Peru next month")],
        ),
        (
            "Haddad testified at a hearing that the border crossings had fallen sharply.",
            [("indirect", "Omar Haddad", "the border crossings had fallen sharply")],
        ),
        (
            "Haddad has intimated to reporters that the plan has been dropped.",
            [("indirect", "Omar Haddad", "the plan has been dropped")],
        ),
        # near-misses: an object, not a clause
        ("Haddad revealed his plans for the port at a rally.", []),
        ("Ruiz indicated the route on a map of Peru.", []),
        ("Haddad testified before the committee for three hours.", []),
        ("Ruiz hosted an intimate dinner for the delegates.", []),
    ],
)
def test_verbs_of_making_known_take_a_bare_clause_opened_by_a_pronoun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz said at a joint news conference in Lima on Thursday with her counterpart Omar Haddad"
            " that the summit had shown common ground.",
            [("indirect", "Ana Ruiz", "the summit had shown common ground")],
        ),
        (
            "Haddad said in an interview published at the weekend by a regional daily in the capital"
            " that the border would reopen.",
            [("indirect", "Omar Haddad", "the border would reopen")],
        ),
        # near-miss: a comma before the second phrase, the writer's comment
        (
            "Talks will resume in Lima in May, Haddad said on Wednesday, in a sign that the peace process"
            " is regaining momentum.",
            [("indirect", "Omar Haddad", "Talks will resume in Lima in May")],
        ),
        # near-miss: 'with' something that is no one spoken to, then a relative 'that'
        (
            "Ruiz replied at the regional summit in the capital of Peru with tough new sanctions that hit oil.",
            [],
        ),
    ],
)
def test_two_phrases_of_setting_before_that(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz said that border disputes are rare, but can serve to build trust between neighbours.",
            [
                (
                    "indirect",
                    "Ana Ruiz",
                    "border disputes are rare, but can serve to build trust between neighbours",
                )
            ],
        ),
        (
            "Haddad said the new plan was costly, but would still save lives in the long run.",
            [
                (
                    "indirect",
                    "Omar Haddad",
                    "the new plan was costly, but would still save lives in the long run",
                )
            ],
        ),
        (
            "Ruiz noted that the port is small, but remains vital for the trade of Peru.",
            [("indirect", "Ana Ruiz", "the port is small, but remains vital for the trade of Peru")],
        ),
        # near-misses: a 'but' with a subject of its own, or the writer's turn
        (
            "Haddad said the talks were useful, but critics remain doubtful about the plan.",
            [("indirect", "Omar Haddad", "the talks were useful")],
        ),
        (
            "Ruiz said the plan would help farmers, but it was rejected by the congress of Peru.",
            [("indirect", "Ana Ruiz", "the plan would help farmers")],
        ),
    ],
)
def test_a_but_without_a_subject_goes_on_with_the_reported_clause(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz said Haddad was invited to Peru, and after their call announced that he had agreed to come.",
            [
                ("indirect", "Ana Ruiz", "Haddad was invited to Peru"),
                ("indirect", "Ana Ruiz", "he had agreed to come"),
            ],
        ),
        (
            "Haddad said the border would reopen, and during the visit confirmed that trucks could pass.",
            [
                ("indirect", "Omar Haddad", "the border would reopen"),
                ("indirect", "Omar Haddad", "trucks could pass"),
            ],
        ),
        (
            "Ruiz said the loan was approved, and at a later briefing stressed that the terms were fair.",
            [
                ("indirect", "Ana Ruiz", "the loan was approved"),
                ("indirect", "Ana Ruiz", "the terms were fair"),
            ],
        ),
        # near-miss: no comma, and no speech verb after the setting
        (
            "Ruiz said Haddad was invited to Peru and after the call left for Lima.",
            [("indirect", "Ana Ruiz", "Haddad was invited to Peru and after the call left for Lima")],
        ),
    ],
)
def test_and_then_a_setting_then_a_speech_verb_is_a_second_report(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking after the talks, Ruiz, who described the visit as a friendly one, noted that trade"
            " with Peru was growing.",
            [
                ("indirect", "Ana Ruiz", "described the visit as a friendly one"),
                ("indirect", "Ana Ruiz", "trade with Peru was growing"),
            ],
        ),
        (
            "Haddad, who said the port would reopen soon, left for Lima on Monday.",
            [("indirect", "Omar Haddad", "the port would reopen soon")],
        ),
        (
            "Ruiz, who has also stressed that aid must flow, will travel to Peru next week.",
            [("indirect", "Ana Ruiz", "aid must flow")],
        ),
        # near-miss: a relative clause inside what was said is left whole
        (
            "Ruiz said that Haddad, who chairs the panel, would visit Peru.",
            [("indirect", "Ana Ruiz", "Haddad, who chairs the panel, would visit Peru")],
        ),
    ],
)
def test_a_report_in_a_relative_clause_ends_at_its_comma(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The new bridge to Peru, Ruiz also revealed, has already been completed.",
            [("indirect", "Ana Ruiz", "The new bridge to Peru has already been completed")],
        ),
        (
            "The next round of talks, Haddad said on Monday, would start in May.",
            [("indirect", "Omar Haddad", "The next round of talks would start in May")],
        ),
        (
            "Ruiz met Haddad. Their plan, she stressed, remained on track despite the delays.",
            [("indirect", "Ana Ruiz", "Their plan remained on track despite the delays")],
        ),
        # near-misses: the attribution closes a clause, or a participle follows it
        (
            "Talks will resume in Lima next month, Haddad said, and the border will reopen.",
            [("indirect", "Omar Haddad", "Talks will resume in Lima next month")],
        ),
        (
            "Trade with Peru is growing fast, Ruiz said, adding that more flights were planned.",
            [
                ("indirect", "Ana Ruiz", "Trade with Peru is growing fast"),
                ("indirect", "Ana Ruiz", "more flights were planned"),
            ],
        ),
    ],
)
def test_an_attribution_between_subject_and_predicate_is_left_out(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ruiz met Haddad. "We will meet again soon," she said before stating that the visit should not'
            " be news at all.",
            [
                ("direct", "Ana Ruiz", "We will meet again soon"),
                ("indirect", "Ana Ruiz", "the visit should not be news at all"),
            ],
        ),
        (
            "Haddad praised the talks with the delegation from Peru before stressing that the border must"
            " stay open.",
            [
                ("indirect", "Omar Haddad", "the talks with the delegation from Peru"),
                ("indirect", "Omar Haddad", "the border must stay open"),
            ],
        ),
        (
            "Ruiz said the trade deal was ready, after underlining that farmers would be protected.",
            [
                ("indirect", "Ana Ruiz", "the trade deal was ready"),
                ("indirect", "Ana Ruiz", "farmers would be protected"),
            ],
        ),
        # near-miss: 'before' opening a clause of time, no participle of speech
        (
            "Haddad said the border would reopen before the harvest starts in the north of Peru.",
            [
                (
                    "indirect",
                    "Omar Haddad",
                    "the border would reopen before the harvest starts in the north of Peru",
                )
            ],
        ),
    ],
)
def test_before_or_after_a_participle_of_speech_is_a_second_report(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Haddad took to social media to claim that the talks with Peru had gone very well.",
            [("indirect", "Omar Haddad", "the talks with Peru had gone very well")],
        ),
        (
            "Ruiz took to Twitter to announce that the border with Peru would reopen on Friday.",
            [("indirect", "Ana Ruiz", "the border with Peru would reopen on Friday")],
        ),
        (
            'For her part, Ruiz took to the airwaves to claim that Haddad "has agreed to close the border"'
            ' while characterizing the call as a "very good conversation."',
            [
                ("direct", "Ana Ruiz", "has agreed to close the border"),
                ("direct", "Ana Ruiz", "very good conversation."),
            ],
        ),
        # near-miss: a plan ('will take to ... to'), and an infinitive of purpose
        ("Haddad will take to the airwaves to announce that the border would reopen on Friday.", []),
        ("Ruiz went to Peru to announce that the border would reopen on Friday.", []),
    ],
)
def test_took_to_a_medium_to_say_is_said(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz characterized the talks with Haddad as frank and useful.",
            [("indirect", "Ana Ruiz", "characterized the talks with Haddad as frank and useful")],
        ),
        (
            "Haddad termed the visit of the delegation a turning point for the region.",
            [
                (
                    "indirect",
                    "Omar Haddad",
                    "termed the visit of the delegation a turning point for the region",
                )
            ],
        ),
        (
            "Ruiz termed the meeting with Haddad as a landmark for trade.",
            [("indirect", "Ana Ruiz", "termed the meeting with Haddad as a landmark for trade")],
        ),
        (
            "Though Ruiz termed the talks a success, when asked about the border she said nothing more.",
            [("indirect", "Ana Ruiz", "termed the talks a success")],
        ),
        # near-misses: the noun 'term(s)', and 'characterized' with no 'as'
        ("The terms of the deal with Peru were set in a long meeting.", []),
        ("Ruiz's first term in office was characterized by tension with Peru.", []),
    ],
)
def test_characterize_and_term_name_a_thing(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Ruiz met Haddad. "We spoke about trade and about the border," said Ruiz, adding that "there will'
            ' be no tariff war."',
            [
                ("direct", "Ana Ruiz", "We spoke about trade and about the border"),
                ("direct", "Ana Ruiz", "there will be no tariff war."),
            ],
        ),
        (
            'Ruiz met Haddad. "The talks were long and hard," said Haddad, confirming that "a deal is close."',
            [
                ("direct", "Omar Haddad", "The talks were long and hard"),
                ("direct", "Omar Haddad", "a deal is close."),
            ],
        ),
        (
            'Ruiz met Haddad. "It was a good day for Peru," said Ruiz, stressing: "We will meet again."',
            [
                ("direct", "Ana Ruiz", "It was a good day for Peru"),
                ("direct", "Ana Ruiz", "We will meet again."),
            ],
        ),
    ],
)
def test_a_participle_after_an_inverted_attribution_quotes_the_same_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


BODY = Cast(actors={"State Department": ("organization", ()), "Peru": ("country", ())})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A senior State Department official said the talks would resume. The official added that"
            " Peru was asked to help.",
            [
                ("indirect", "State Department", "the talks would resume"),
                ("indirect", "State Department", "Peru was asked to help"),
            ],
        ),
        (
            "A State Department spokesman said aid would flow soon. The spokesman also said that Peru"
            " would open its port.",
            [
                ("indirect", "State Department", "aid would flow soon"),
                ("indirect", "State Department", "Peru would open its port"),
            ],
        ),
        # near-miss: 'the official' with no official who spoke before
        ("Peru held talks on trade. The official added that the port would reopen.", []),
    ],
)
def test_the_official_after_an_official_of_a_named_body(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, BODY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The visit was confirmed by a person who asked not to be named. The person said the talks"
            " went well.",
            [("indirect", "The person", "the talks went well")],
        ),
        (
            "A person familiar with the plan spoke to us. The person added that Ruiz would fly to Peru.",
            [("indirect", "The person", "Ruiz would fly to Peru")],
        ),
        # near-miss: 'in person' is no speaker
        (
            "Ruiz and Haddad met in person in Lima. Haddad said in person that the plan was good.",
            [
                ("indirect", "Omar Haddad", "the plan was good"),
            ],
        ),
    ],
)
def test_the_person_is_an_unnamed_informant(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz, a frequent target of Haddad praise, addressed the forum in Lima on Monday.", []),
        ("Haddad, long a subject of Ruiz criticism, opened the new port in Peru.", []),
        # near-misses: a plural subject takes the bare form; so does 'I'
        (
            "Ruiz and Haddad praise the new deal with Peru as a model for the region.",
            [],
        ),
    ],
)
def test_a_bare_verb_form_after_one_persons_name_is_a_noun(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Ruiz asked Haddad to convey to the council that "Peru wants talks as soon as possible."',
            "Ana Ruiz",
        ),
        ('Haddad urged Ruiz to tell the donors that "the border must stay open for aid."', "Omar Haddad"),
        # near-misses: no verb of asking before the infinitive; 'went on to say' is said
        ('Ruiz went on to say that "Peru wants talks as soon as possible."', "Ana Ruiz"),
        ('Haddad was keen to stress that "the border must stay open for aid."', "Omar Haddad"),
    ],
)
def test_a_message_carried_by_someone_asked_is_the_askers(text: str, speaker: str) -> None:
    direct = [who for kind, who, _t in run(text, CAST) if kind == "direct"]
    assert direct == [speaker]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Affairs and Trade Minister Ana Ruiz has said that the port would reopen soon.",
            [("indirect", "Ana Ruiz", "the port would reopen soon")],
        ),
        (
            "Trade and Industry Minister Omar Haddad said the tariffs would be cut in May.",
            [("indirect", "Omar Haddad", "the tariffs would be cut in May")],
        ),
        # near-miss: two people named, a joint statement, each one's (round 43)
        (
            "Ana Ruiz and Trade Minister Omar Haddad said the tariffs would be cut in May.",
            [
                ("indirect", "Ana Ruiz", "the tariffs would be cut in May"),
                ("indirect", "Omar Haddad", "the tariffs would be cut in May"),
            ],
        ),
    ],
)
def test_an_and_inside_an_office_title_is_one_speaker(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Haddad last week said he was not sure about attending the summit.",
            [("indirect", "Omar Haddad", "he was not sure about attending the summit")],
        ),
        (
            "Ruiz earlier this month told reporters that the border would reopen.",
            [("indirect", "Ana Ruiz", "the border would reopen")],
        ),
        (
            "Haddad this morning stressed that aid must reach Peru.",
            [("indirect", "Omar Haddad", "aid must reach Peru")],
        ),
        # near-miss: a time that is no part of a gap ('the plan of last week')
        ("The plan of last week said little about Peru.", []),
    ],
)
def test_a_time_between_subject_and_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The visit of the envoy may be seen as part of a long series of contacts, said an official press"
            " release issued by the Ministry of Trade.",
            [
                (
                    "indirect",
                    "Ministry of Trade",
                    "The visit of the envoy may be seen as part of a long series of contacts",
                )
            ],
        ),
        (
            "The two sides will sign three accords during the visit, said a statement from the Ministry of Trade.",
            [("indirect", "Ministry of Trade", "The two sides will sign three accords during the visit")],
        ),
        (
            "Ruiz will be joined by a large business delegation on her trip, according to news agency Andes"
            " Press. \u2014 Reuters",
            [("indirect", "Andes Press", "Ruiz will be joined by a large business delegation on her trip")],
        ),
        # near-miss: a clause after the source is no credit line; a relative clause on the source still
        # leaves the report the source's (round 40)
        (
            "Ruiz will be joined by a large business delegation, according to Andes Press, which gave no names.",
            [("indirect", "Andes Press", "Ruiz will be joined by a large business delegation")],
        ),
    ],
)
def test_a_document_issued_by_a_body_and_a_credit_line_after_the_source(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    cast = Cast(
        actors={**CAST.actors, "Andes Press": ("organization", ())},
        pronouns=CAST.pronouns,
    )
    assert run(text, cast) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz's office said she would visit Peru in May. The trip also comes as part of a push for trade,"
            " it said.",
            [
                ("indirect", "Ruiz's office", "she would visit Peru in May"),
                ("indirect", "Ruiz's office", "The trip also comes as part of a push for trade"),
            ],
        ),
        (
            "Haddad's campaign said the rally drew large crowds. The next one will be held in Lima, it added.",
            [
                ("indirect", "Haddad's campaign", "the rally drew large crowds"),
                ("indirect", "Haddad's campaign", "The next one will be held in Lima"),
            ],
        ),
        # near-miss: 'it' after a person's report is no one known
        (
            "Ruiz said she would visit Peru in May. The trip also comes as part of a push for trade, it said.",
            [("indirect", "Ana Ruiz", "she would visit Peru in May")],
        ),
    ],
)
def test_it_after_an_unnamed_office_is_the_office(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz's office says at the summit in Lima, from June 3 to 5, Ruiz will push for a trade deal.",
            [
                (
                    "indirect",
                    "Ruiz's office",
                    "at the summit in Lima, from June 3 to 5, Ruiz will push for a trade deal",
                )
            ],
        ),
        (
            "Haddad said during his visit to Peru next month, he would sign a deal on ports.",
            [
                (
                    "indirect",
                    "Omar Haddad",
                    "during his visit to Peru next month, he would sign a deal on ports",
                )
            ],
        ),
        # near-miss: a phrase after the verb with no clause of its own
        ("Haddad said in a long speech to the press in Lima on the eve of the summit.", []),
    ],
)
def test_a_clause_after_a_fronted_phrase(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert run(text, CAST) == expected


PAIR = Cast(
    actors={"Ana Ruiz": ("person", ("Ruiz",)), "Omar Haddad": ("person", ("Haddad",))},
    pronouns={"he": "Omar Haddad", "she": "Ana Ruiz"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz said she expects a deal soon. Haddad held talks with the envoy on Monday, during which he"
            " stressed that the border must stay open.",
            [
                ("indirect", "Ana Ruiz", "she expects a deal soon"),
                ("indirect", "Omar Haddad", "the border must stay open"),
            ],
        ),
        # near-miss: a pronoun opening its sentence after a report: the running speaker rules stay
        (
            "Ruiz said she expects a deal soon. She noted that the border must stay open.",
            [
                ("indirect", "Ana Ruiz", "she expects a deal soon"),
                ("indirect", "Ana Ruiz", "the border must stay open"),
            ],
        ),
    ],
)
def test_a_pronoun_whose_antecedent_is_named_earlier_in_its_sentence(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert run(text, PAIR) == expected
