"""Round 27: speakers and boundaries of statements found wrong on a fresh batch of real news
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, built, run

CAST = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Ministry of Trade": ("organization", ()),
        "Peru": ("country", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


_ENVOY = "Berg was a special envoy of the king"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a document released at a time named before 'by': the issuer after 'by' speaks through it
        (
            f"A statement released Friday evening by the Ministry of Trade said that {_ENVOY}.",
            [("indirect", "Ministry of Trade", _ENVOY)],
        ),
        (
            f"A statement issued on Monday by the Ministry of Trade said that {_ENVOY}.",
            [("indirect", "Ministry of Trade", _ENVOY)],
        ),
        (
            f"A statement issued by the Ministry of Trade said that {_ENVOY}.",
            [("indirect", "Ministry of Trade", _ENVOY)],
        ),
        # near miss: a person met on a day by someone is a passive agent, no document's issuer
        (
            f"Ruiz, welcomed on Friday by the Ministry of Trade, said that {_ENVOY}.",
            [("indirect", "Ana Ruiz", _ENVOY)],
        ),
        (f"A man seen Friday evening by the Ministry of Trade said that {_ENVOY}.", []),
    ],
)
def test_document_released_at_a_time_by_an_issuer(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


_WORDS = "We want calm and friendly ties with all our neighbours"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after the quote, an office set off by commas before the name: the one named speaks
        (f'"{_WORDS}," the trade minister, Ana Ruiz, told reporters.', [("direct", "Ana Ruiz", _WORDS)]),
        (f'"{_WORDS}," Peru\'s trade minister, Ana Ruiz, told reporters.', [("direct", "Ana Ruiz", _WORDS)]),
        (f'"{_WORDS}," the new ambassador, Tom Berg, said on Monday.', [("direct", "Tom Berg", _WORDS)]),
        # near misses: no office before the comma, or the name not closed by a comma before the verb
        (f'"{_WORDS}," the old friend, Tom Berg, said on Monday.', []),
        (f'"{_WORDS}," the trade minister, Ana Ruiz and Tom Berg said.', []),
    ],
)
def test_quote_then_office_and_name_in_apposition(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


_FAILED = "the talks had failed to reach a deal on trade"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'noted with regret that ...': the feeling it was said with stands between the verb and 'that'
        (f"Ruiz noted with regret that {_FAILED}.", [("indirect", "Ana Ruiz", _FAILED)]),
        (f"Ruiz observed with deep concern that {_FAILED}.", [("indirect", "Ana Ruiz", _FAILED)]),
        # near misses: 'with' a thing, whose 'that' opens a relative clause, reports nothing
        ("Ruiz responded with strikes that killed many people in the north.", []),
        ("Ruiz responded with a plan that would cut taxes on trade.", []),
    ],
)
def test_said_with_a_feeling_before_that(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_DEAL = "We always find a deal in the end"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ', adding this had been ...': 'this' alone is the subject of the clause added
        (
            f'"{_DEAL}," Ruiz said, adding this had been true for many years.',
            [("direct", "Ana Ruiz", _DEAL), ("indirect", "Ana Ruiz", "this had been true for many years")],
        ),
        # near miss: 'adding this to the list' adds a thing, no clause
        (f'"{_DEAL}," Ruiz said, adding this to the list of her hopes.', [("direct", "Ana Ruiz", _DEAL)]),
    ],
)
def test_adding_this_opens_a_clause(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_OURS = "The border dispute is our problem too."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '"...." X said this in a speech ...': the sentence after the quote points back at it
        (
            f'Talks ended. "{_OURS}" Ruiz said this in a speech after the summit.',
            [("direct", "Ana Ruiz", _OURS)],
        ),
        (f'Talks ended. "{_OURS}" Ruiz said this.', [("direct", "Ana Ruiz", _OURS)]),
        # near miss: 'said this was ...' reports a clause of its own, not the quote
        (
            f'Talks ended. "{_OURS}" Ruiz said this was a turning point.',
            [("indirect", "Ana Ruiz", "this was a turning point")],
        ),
    ],
)
def test_quote_then_said_this(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_VISIT = "The king will make a visit to Lima by the end of the year"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence-final speaker whose office an owner opens: 'the country's new president X announced'
        (
            f"{_VISIT}, the country's newly elected president Ana Ruiz announced.",
            [("indirect", "Ana Ruiz", _VISIT)],
        ),
        (f"{_VISIT}, Peru's newly elected president Ana Ruiz announced.", [("indirect", "Ana Ruiz", _VISIT)]),
        (f"{_VISIT}, the newly elected president Ana Ruiz announced.", [("indirect", "Ana Ruiz", _VISIT)]),
        # near miss: a clause of its own before the name is no lead to it
        (f"{_VISIT}, but the country's president Ana Ruiz announced.", []),
    ],
)
def test_trailing_speaker_after_an_owner(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_WORK = "The two ministers agreed to keep working closely on trade"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '"...," the Ministry of Trade release read': the issuer named in capitals before the document
        (f'"{_WORK}," the Ministry of Trade release read.', [("direct", "Ministry of Trade", _WORK)]),
        (
            f'"{_WORK}," the Ministry of Trade statement read on Monday.',
            [("direct", "Ministry of Trade", _WORK)],
        ),
        # near miss: 'read' after a person is no document read out
        (f'"{_WORK}," the minister Tom Berg read.', []),
    ],
)
def test_capitalised_issuer_before_a_document_that_read(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'recalled its Ambassador to X': the title in capitals is still a diplomat called home
        ("Peru recalled its Ambassador to Chile and Peruvians called for a boycott of the port.", []),
        ("Peru recalled their Envoys for trade after the vote in the assembly.", []),
        # near miss: a name in capitals after 'the' is a thing remembered aloud
        (
            "Ruiz recalled the Ambassadors Conference of last year as a great success.",
            [("indirect", "Ana Ruiz", "the Ambassadors Conference of last year as a great success")],
        ),
    ],
)
def test_recalled_a_titled_ambassador(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_SIGN = "her visit was a sign of close ties"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X who welcomed Y said ...': Y is the object of a relative clause on X, who speaks
        (f"Tom Berg who welcomed Ruiz said that {_SIGN}.", [("indirect", "Tom Berg", _SIGN)]),
        (
            f"Spokesman Tom Berg who earlier greeted Ruiz said that {_SIGN}.",
            [("indirect", "Tom Berg", _SIGN)],
        ),
        # near misses: a comma-closed relative clause, and an object of a relative clause with no name before it
        (
            f"Tom Berg, who welcomed Ruiz at the airport, said that {_SIGN}.",
            [("indirect", "Tom Berg", _SIGN)],
        ),
        (f"The official who welcomed Ruiz said that {_SIGN}.", []),
    ],
)
def test_object_of_a_relative_clause_is_no_speaker(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


_DIALOGUE = "Dialogue is the only way to settle the issues between us"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X reported Y as saying', like 'X quoted Y as saying': Y speaks, X relays
        (
            f'"{_DIALOGUE}," the Ministry of Trade reported Ruiz as saying in a statement.',
            [("direct", "Ana Ruiz", _DIALOGUE)],
        ),
        (
            "The Ministry of Trade reported Ruiz as saying that dialogue was the only way forward.",
            [("indirect", "Ana Ruiz", "dialogue was the only way forward")],
        ),
        # near miss: 'reported that' is the reporter's own report
        (
            "The Ministry of Trade reported that Ruiz would arrive on Monday for talks.",
            [("indirect", "Ministry of Trade", "Ruiz would arrive on Monday for talks")],
        ),
    ],
)
def test_reported_someone_as_saying(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_AGENDA = "On the occasion, the two leaders discussed matters of trade and mutual interest"
_INVITED = "Ruiz invited the king to visit Peru while the king again urged more investment"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., shared adviser X.': a verb some papers close a report with, as '..., said X.'
        (f"{_AGENDA}, shared foreign affairs adviser Tom Berg.", [("indirect", "Tom Berg", _AGENDA)]),
        (
            "Trade grew by a fifth last year, Ruiz shared.",
            [("indirect", "Ana Ruiz", "Trade grew by a fifth last year")],
        ),
        # an inverted attribution at the end bounds the report of a verb inside it, as '..., Berg said.' does
        (
            f"During the talks, {_INVITED}, said Tom Berg.",
            [
                ("indirect", "Tom Berg", f"During the talks, {_INVITED}"),
                ("indirect", "Ana Ruiz", "the king to visit Peru while the king again urged more investment"),
            ],
        ),
        # near misses: 'shared by' is a passive; a participle is no attribution closing the report
        ("The region has a long history of trade that is shared by Peru.", []),
        (
            "Ruiz said the king would visit Peru soon, said to be a great honour.",
            [("indirect", "Ana Ruiz", "the king would visit Peru soon, said to be a great honour")],
        ),
    ],
)
def test_inverted_trailing_attribution(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_THIRD = "the significance of their third meeting for relations"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X said ..., while stressing the need for Y': what X stressed is X's next statement
        (
            f"Ruiz mentioned that she had met Berg two times before, while stressing {_THIRD}.",
            [("indirect", "Ana Ruiz", "she had met Berg two times before"), ("indirect", "Ana Ruiz", _THIRD)],
        ),
        # near misses: after a deed, the participle is the writer's comment; a name after it is no object
        ("Peru has given aid to the region, underscoring the role it plays in trade.", []),
        (
            "Ruiz mentioned that she had met Berg two times before, while stressing Peru's role.",
            [("indirect", "Ana Ruiz", "she had met Berg two times before")],
        ),
    ],
)
def test_participle_of_emphasis_with_an_object(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


_IMPORTANT = "the meeting was important for the future of both nations"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '... and expressed his pleasure': the speaker's next act ends the clause, even without a comma
        (
            f"Ruiz noted that {_IMPORTANT} and expressed her pleasure with the warm welcome.",
            [
                ("indirect", "Ana Ruiz", _IMPORTANT),
                ("indirect", "Ana Ruiz", "her pleasure with the warm welcome"),
            ],
        ),
        # near miss: a person who opens the clause is the one who thanked, inside what was said
        (
            "Ruiz said that Berg had called her and expressed his gratitude for the aid.",
            [("indirect", "Ana Ruiz", "Berg had called her and expressed his gratitude for the aid")],
        ),
    ],
)
def test_own_feeling_ends_the_clause(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_KEEN = "The king is keen to visit Peru. He attaches great importance to the ties"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '," X said (while) quoting Y': Y's words, relayed by X
        (f'"{_KEEN}," Berg said while quoting Ruiz.', [("direct", "Ana Ruiz", _KEEN)]),
        (f'"{_KEEN}," said Berg, quoting Ruiz.', [("direct", "Ana Ruiz", _KEEN)]),
        # near miss: no one named after 'quoting': the one saying it stays the source
        (f'"{_KEEN}," Berg said, quoting a ministry official.', [("direct", "Tom Berg", _KEEN)]),
    ],
)
def test_quote_said_while_quoting_someone(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X informed that Y discussed Z with W': a talk told of, the teller's report, not Y's words
        (
            "Berg further informed that Ruiz discussed with the king ways of boosting trade.",
            [("indirect", "Tom Berg", "Ruiz discussed with the king ways of boosting trade")],
        ),
        # 'X said that Y stressed ...' is X's report of the whole clause (round 35), and Y's words (round 40)
        (
            "Berg said that Ruiz stressed the need for more trade and tourism.",
            [
                ("indirect", "Tom Berg", "Ruiz stressed the need for more trade and tourism"),
                ("indirect", "Ana Ruiz", "the need for more trade and tourism"),
            ],
        ),
    ],
)
def test_discussion_told_of_is_the_tellers_report(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


_LOOK = "her government would look into the claims of spies in Lima"
_IF_TRUE = 'if true, the claims would be a "grave insult" to her country'


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '... \u2014 saying if true, ...': a dash sets off the participle as a comma does; 'saying'
        # reports its clause however it opens, and the quote inside is the same speaker's
        (
            f"Ruiz also told the radio that {_LOOK} \u2014 saying {_IF_TRUE}.",
            [
                ("indirect", "Ana Ruiz", _LOOK),
                ("indirect", "Ana Ruiz", _IF_TRUE),
                ("direct", "Ana Ruiz", "grave insult"),
            ],
        ),
        # near miss: no participle after the dash, no second statement
        (
            f"Ruiz also told the radio that {_LOOK} \u2014 a city of ten million people.",
            [("indirect", "Ana Ruiz", _LOOK)],
        ),
    ],
)
def test_participle_after_a_dash(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X only/even told ...': an adverb of focus between the subject and its verb, stepped over
        (
            "Ruiz only told Berg about her support for the new constitution.",
            [("indirect", "Ana Ruiz", "about her support for the new constitution")],
        ),
        (
            "Ruiz even said that the border would reopen in March.",
            [("indirect", "Ana Ruiz", "the border would reopen in March")],
        ),
        # near miss: 'the only official' names no one
        ("The only official said that the border would reopen in March.", []),
    ],
)
def test_focus_adverb_before_the_verb(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_ARRIVED = "Prime Minister Ana Ruiz arrived on Monday evening in Lima"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'her (press) office said': the office owned speaks, not its owner; as with "Ruiz's office"
        (f"{_ARRIVED}, her press office said.", [("indirect", "her press office", _ARRIVED)]),
        (f"{_ARRIVED}, her spokesman said.", [("indirect", "her spokesman", _ARRIVED)]),
        # near miss: the owner herself
        (f"{_ARRIVED}, she said.", [("indirect", "Ana Ruiz", _ARRIVED)]),
    ],
)
def test_role_owned_by_a_pronoun(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert built(text) == expected


_PRECEDED = "the meeting of the two leaders was preceded by talks between the delegations"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., X writes.': a medium's verb relays the speaker inside, whoever the medium is taken for
        (f"Ruiz recalled that {_PRECEDED}, Tom Berg writes.", [("indirect", "Ana Ruiz", _PRECEDED)]),
        # near miss: a person who says it gives his own account of her words
        (
            f"Ruiz recalled that {_PRECEDED}, Tom Berg said.",
            [
                ("indirect", "Tom Berg", f"Ruiz recalled that {_PRECEDED}"),
                ("indirect", "Ana Ruiz", _PRECEDED),
            ],
        ),
    ],
)
def test_medium_verb_relays_the_speaker_inside(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


_AFTER_MEETING = "after a meeting with the ambassador of Peru, the Ministry of Trade reported."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'She made the announcement after ..., X reported': words said elsewhere, nothing reported here
        (f"She made the announcement {_AFTER_MEETING}", []),
        (f"Ruiz gave these remarks {_AFTER_MEETING}", []),
        # near miss: a deed reported is the reporter's statement
        (
            f"She made a visit to the port {_AFTER_MEETING}",
            [
                (
                    "indirect",
                    "Ministry of Trade",
                    "She made a visit to the port after a meeting with the ambassador of Peru",
                )
            ],
        ),
    ],
)
def test_report_of_an_announcement_says_nothing(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'something she pledged to do in May': the pro-verb's act is named before it
        ("Peru pushed Chile to raise spending, something Ruiz previously pledged to do in February.", []),
        ("Ruiz pledged to do so on Monday.", []),
        # near misses: an act of its own after 'to do', or another verb
        ("Ruiz pledged to do more for the poor.", [("indirect", "Ana Ruiz", "to do more for the poor")]),
        (
            "Ruiz pledged to raise spending in February.",
            [("indirect", "Ana Ruiz", "to raise spending in February")],
        ),
    ],
)
def test_pledged_to_do_says_nothing(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_HOLDING = "Ruiz and Berg are holding a one-on-one meeting in Lima"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X are holding talks. The press service reported.': a sentence all attribution names the source
        # of the sentence before it
        (f"{_HOLDING}. The Ministry of Trade reported.", [("indirect", "Ministry of Trade", _HOLDING)]),
        # near misses: another paragraph, no known source, or a sentence before that has its own speaker
        (f"{_HOLDING}.\n\nThe Ministry of Trade reported.", []),
        (f"{_HOLDING}. Nothing was said.", []),
        (
            "Berg said the port would reopen in March. The Ministry of Trade reported.",
            [("indirect", "Tom Berg", "the port would reopen in March")],
        ),
    ],
)
def test_attribution_sentence_after_the_words(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_NOT_JOIN = "Peru will not join the bloc during this term"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'against the backdrop of the statement by X that ...': a noun of saying, its author and its clause
        (
            f"The talks take place against the backdrop of the statement by the Ministry of Trade that {_NOT_JOIN}.",
            [("indirect", "Ministry of Trade", _NOT_JOIN)],
        ),
        (
            "Talks resumed after the recent announcement by Ruiz that Peru would lift the ban.",
            [("indirect", "Ana Ruiz", "Peru would lift the ban")],
        ),
        # near misses: 'that' opening a relative clause; the noun as subject, its clause running into the
        # predicate; the noun inside a statement someone made with a verb
        ("Talks resumed after the statement from the Ministry of Trade that was issued on Monday.", []),
        ("The statement by Ruiz that she would resign came as a surprise to many.", []),
        (
            f"Berg said the statement by the Ministry of Trade that {_NOT_JOIN} was wrong.",
            [("indirect", "Tom Berg", f"the statement by the Ministry of Trade that {_NOT_JOIN} was wrong")],
        ),
    ],
)
def test_statement_by_an_author_that(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_DEEPEN = "We are deepening our trade ties, especially with Chile"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '"...", X formulated in the declaration': a verb of wording, as a quote's attribution
        (f'"{_DEEPEN}", Ruiz formulated in the declaration.', [("direct", "Ana Ruiz", _DEEPEN)]),
        (
            "Ruiz formulated that trade ties with Chile would deepen.",
            [("indirect", "Ana Ruiz", "trade ties with Chile would deepen")],
        ),
        # near miss: 'formulated a plan' words nothing said
        ("Ruiz formulated a plan to deepen trade ties with Chile next year.", []),
    ],
)
def test_formulated_attributes_a_quote(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


_RELATIONS = "on Friday discussed bilateral relations and regional development"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'X and visiting minister Y discussed Z': both, jointly, however long Y's title
        (f"President Ana Ruiz and visiting Chilean minister Tom Berg {_RELATIONS}.", []),
        (
            f"President Ana Ruiz and visiting Minister of Economy, Planning and Trade Tom Berg {_RELATIONS}.",
            [],
        ),
        # one speaker who discussed a topic with the press: still a topic, not his words (round 30)
        (f"Ruiz met Berg. Tom Berg {_RELATIONS} with the press.", []),
        # near miss: 'discussed that ...' reports his clause
        (
            "Ruiz met Berg. Tom Berg on Friday discussed that relations were improving.",
            [("indirect", "Tom Berg", "relations were improving")],
        ),
    ],
)
def test_two_named_who_discussed_speak_jointly(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert built(text) == expected


_MEDIA = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Andina News Agency": ("organization", ("Andina",)),
        "Peru": ("country", ("Peruvian",)),
    },
    pronouns={"she": "Ana Ruiz"},
)
_HOPES = "Peru hopes the coming summit is a success"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '..., the Peruvian outlet said' after the agency spoke: the same agency, named again by its kind
        (
            f"Ruiz met Berg in Lima, Andina reported. {_HOPES}, the Peruvian outlet said.",
            [
                ("indirect", "Andina News Agency", "Ruiz met Berg in Lima"),
                ("indirect", "Andina News Agency", _HOPES),
            ],
        ),
        # near miss: no medium spoke before: an outlet unnamed, not the country of its adjective
        (f"{_HOPES}, the Peruvian outlet said.", [("indirect", "the Peruvian outlet", _HOPES)]),
    ],
)
def test_the_outlet_is_the_medium_named_before(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, _MEDIA) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'announced X while visiting Y': the speaker's doing while speaking ends the object said
        (
            "Ruiz announced a new trade deal with Chile while visiting Santiago on Monday.",
            [("indirect", "Ana Ruiz", "a new trade deal with Chile")],
        ),
        ("Ruiz announced the confirmation while attending the summit in Lima.", []),
        # 'said while speaking at X that Y': the setting stands between the verb and its clause
        (
            "Ruiz said while speaking at a forum in Lima that the port would reopen.",
            [("indirect", "Ana Ruiz", "the port would reopen")],
        ),
        # near miss: inside a that-clause the doing is part of what was said
        (
            "Ruiz said that the minister was injured while visiting the port.",
            [("indirect", "Ana Ruiz", "the minister was injured while visiting the port")],
        ),
    ],
)
def test_speaking_while_doing(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'suggested the summit in a bid to ...': the aim after a short object is the writer's reading
        ("Peru had suggested the summit in a bid to defuse a bitter dispute over the border.", []),
        # near miss: after a clause, the aim is part of what was said
        (
            "Ruiz said the talks with Chile were held in a bid to defuse the dispute.",
            [("indirect", "Ana Ruiz", "the talks with Chile were held in a bid to defuse the dispute")],
        ),
    ],
)
def test_aim_after_a_short_object(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'thanked for the warm reception': a courtesy to no one named, nothing stated
        (
            "Ruiz thanked for the warm reception and said the visit would give new impetus to ties.",
            [("indirect", "Ana Ruiz", "the visit would give new impetus to ties")],
        ),
        # near miss: thanks to someone named stay as they were
        (
            "Ruiz thanked Berg for the warm reception in Lima.",
            [("indirect", "Ana Ruiz", "thanked Berg for the warm reception in Lima")],
        ),
    ],
)
def test_thanked_for_with_no_one_named(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '... she will step down in May choosing to end ...': a participle of choice without a comma is
        # the writer's gloss on the subject's act, not part of the clause said
        (
            "Ruiz has announced she will step down in May choosing to end a term marred by scandals.",
            [("indirect", "Ana Ruiz", "she will step down in May")],
        ),
        # near miss: another verb in -ing before 'to' goes on with the clause
        (
            "Ruiz said she would keep going to the talks.",
            [("indirect", "Ana Ruiz", "she would keep going to the talks")],
        ),
    ],
)
def test_participle_of_choice_ends_the_clause(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'discussed X with President Y': an agenda shared with the one named, jointly, not X's words
        (
            "Ruiz visited Santiago on Tuesday, where she discussed the resumption of talks with President Tom Berg.",
            [],
        ),
        ("Ruiz discussed the resumption of talks with her counterpart at length.", []),
        # with no one named neither (round 30): a topic of talks, no words of hers reported
        ("Ruiz discussed the resumption of talks on trade and fishing at length.", []),
    ],
)
def test_discussed_with_someone_named_is_joint(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert run(text, CAST) == expected


_DIALOGUE_NEED = "they agreed on the need for more dialogue, the Ministry of Trade reported."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # '(the) two officials said ..., X reported': X relays a joint statement, which names no one speaker
        (f"Following their talks, the two officials said {_DIALOGUE_NEED}", []),
        # near miss: one named speaker inside is relayed as hers
        (
            f"Following their talks, Ruiz said {_DIALOGUE_NEED}",
            [("indirect", "Ana Ruiz", "they agreed on the need for more dialogue")],
        ),
    ],
)
def test_joint_statement_relayed(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert run(text, CAST) == expected
