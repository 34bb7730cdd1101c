"""Round 37: direct quotes missed or misattributed on a batch of real news (sentences written for
these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built


def _quoted(text: str) -> list[tuple[str | None, str]]:
    return [(who, words) for kind, who, words in built(text) if kind == "direct"]


_TRANSCRIPT_HEAD = "Remarks by Minister of Trade Ana Ruiz and Ambassador Tom Berg before their meeting\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a transcript: every paragraph under a label is the labelled speaker's, up to the next label
        (
            "MINISTER RUIZ: Good morning, and welcome to Lima, where we are glad to have you again.\n\n"
            "We have a long list of questions on trade and fishing to go through today.\n\n"
            "AMBASSADOR BERG: Thank you very much, Minister, it is a real pleasure to be back in Peru.",
            [
                ("Ana Ruiz", "Good morning"),
                ("Ana Ruiz", "We have a long list"),
                ("Tom Berg", "Thank you very much"),
            ],
        ),
        # one paragraph a line; a courtesy title; a speaker the article does not name elsewhere
        (
            "MS. RUIZ: We will sign the fishing accord once our lawyers have read every page of it.\n"
            "MR. OKONJO: My government is ready to sign it on the same day, as we told you in May.\n"
            "QUESTION: (Inaudible.)",
            [("Ana Ruiz", "We will sign"), ("Mr. Okonjo", "My government is ready")],
        ),
        # the turn ends before page furniture that closes no sentence
        (
            "MINISTER RUIZ: Our two countries have traded in peace for more than a hundred years now.\n\n"
            "AMBASSADOR BERG: And we intend to keep it that way for the next hundred years as well.\n\n"
            "Read the full remarks on the ministry's website at https://example.org/remarks",
            [("Ana Ruiz", "Our two countries"), ("Tom Berg", "And we intend")],
        ),
    ],
)
def test_transcript_turns(body: str, expected: list[tuple[str, str]]) -> None:
    quoted = _quoted(_TRANSCRIPT_HEAD + body)
    assert [
        (_surname(who), words[: len(start)])
        for (who, words), (_, start) in zip(quoted, expected, strict=True)
    ] == [(_surname(who), start) for who, start in expected]


def _surname(name: str | None) -> str:
    return (name or "").split()[-1].casefold()


@pytest.mark.parametrize(
    "text",
    [
        # near miss: one label alone is a heading, not a transcript
        "MINISTER RUIZ: A VISIT TO LIMA\n\nThe minister arrived in Lima on Monday for two days of trade talks.",
        # near miss: datelines and photo credits in capitals name no speaker
        "WASHINGTON: The two ministers met on Monday to talk about trade and fishing in the Pacific.\n\n"
        "FILE PHOTO: Ruiz and Berg shake hands before their talks in Lima on Monday afternoon.",
        # near miss: labels that name nobody ('QUESTION:', 'MODERATOR:')
        "MODERATOR: We will now take a few questions from the reporters who are here with us today.\n\n"
        "QUESTION: Will the two governments sign the fishing accord before the end of the year?",
    ],
)
def test_no_transcript_turns(text: str) -> None:
    assert _quoted(text) == []


_MET = "The two presidents met in Lima on Monday and signed a trade accord.\n\n"


@pytest.mark.parametrize(
    ("caption", "speaker"),
    [
        # a speaker captioned by name and office before a colon, as broadcasts set them
        (
            'Ana Ruiz, President of Peru: "We prepared this visit for a long time and we are glad you came."',
            "Ana Ruiz",
        ),
        (
            'Tom Berg, the Norwegian prime minister: "This is one of my first trips abroad since the vote."',
            "Tom Berg",
        ),
        (
            'Tom Berg, Foreign Minister of Norway: "Our ports will stay open to the ships of Peru."',
            "Tom Berg",
        ),
    ],
)
def test_name_and_office_before_colon(caption: str, speaker: str) -> None:
    assert [who for who, _ in _quoted(_MET + caption)] == [speaker]


@pytest.mark.parametrize(
    "caption",
    [
        # near miss: a setting after the name, not an office
        'Tom Berg, in Lima with the president: "Talks ran late into the night and every side stayed."',
        # near miss: a place after the name
        'Ana Ruiz, Lima: "Talks ran late into the night and every side stayed at the table."',
        # near miss: the office names no person before it
        'Foreign ministry, Peru: "Talks ran late into the night and every side stayed at the table."',
    ],
)
def test_no_office_before_colon(caption: str) -> None:
    assert _quoted(_MET + caption) == []


@pytest.mark.parametrize(
    "text",
    [
        # the aim of talks in quote marks: no words of the one named before 'to discuss'
        "Ruiz will travel to Oslo next week. She plans to hold talks with her Norwegian counterpart, "
        'Tom Berg, to discuss "the state of trade between the two countries and the prospects for fishing."',
        'Ruiz called Prime Minister Tom Berg on Monday to discuss "the next steps in the fishing talks".',
        'Ruiz met with Tom Berg in Oslo to discuss "ways to widen trade in fish, timber and grain".',
        # a headline's 'X, Y meet, discuss "..."': the agenda of the meeting
        'Ruiz, Norwegian envoy meet, discuss "various critical matters"\n\nThe two met in Lima on Monday.',
    ],
)
def test_quoted_aim_of_talks_is_nobodys_words(text: str) -> None:
    assert [who for who, _ in _quoted(text)] == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: 'discuss' as the finite verb of its subject, or a speech verb before the infinitive
        (
            'Ruiz said she was ready to discuss "any proposal that keeps our ports open to all ships".',
            "Ana Ruiz",
        ),
        (
            'Ana Ruiz told reporters that the two ministers had discussed "every question that divides us".',
            "Ana Ruiz",
        ),
    ],
)
def test_quote_after_discuss_keeps_its_reporter(text: str, speaker: str) -> None:
    assert [
        who for who, _ in _quoted("Peruvian Trade Minister Ana Ruiz arrived in Oslo on Monday. " + text)
    ] == [speaker]


_SPOKE = (
    "Peruvian Trade Minister Ana Ruiz met Tom Berg in Oslo on Monday. "
    'Ruiz said the talks had been useful. "We had a long and frank talk about fishing," she said.\n\n'
)


@pytest.mark.parametrize(
    "quote",
    [
        # a quote whose own reporting clause gives it to several speakers is not the last speaker's
        '"The ministers called on both sides to respect the ruling of the court," the ministers\' joint statement said.',
        '"Both governments will open their ports to the other\'s ships," officials said.',
    ],
)
def test_joint_report_after_quote_is_not_last_speakers(quote: str) -> None:
    assert [words for who, words in _quoted(_SPOKE + quote) if who == "Ana Ruiz"] == [
        "We had a long and frank talk about fishing"
    ]


@pytest.mark.parametrize(
    "quote",
    [
        # near misses: a description of the one speaker, or her document, still points back to her
        '"We will meet again in Oslo in May to sign the accord," the Peruvian minister added.',
        '"We will meet again in Oslo in May to sign the accord," the tweet added.',
    ],
)
def test_single_report_after_quote_keeps_last_speaker(quote: str) -> None:
    assert [who for who, _ in _quoted(_SPOKE + quote)] == ["Ana Ruiz", "Ana Ruiz"]


_MET_BERG = "Peruvian Trade Minister Ana Ruiz met Tom Berg in Oslo on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        # 'appears to say': words heard on a recording, said, not a plan
        'In the recording, Ruiz appears to say at one point: "Nobody in that room expected the vote to pass."',
        'Ruiz seemed to say: "We will not sign anything before the summer."',
        'On the tape, Ruiz appeared to tell Berg: "Your ships are welcome in our ports."',
    ],
)
def test_appears_to_say(sentence: str) -> None:
    assert [who for who, _ in _quoted(_MET_BERG + sentence)] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a plan or a wish, not words said
        'Ruiz is expected to say: "We will not sign anything before the summer."',
        'Ruiz wants to say: "We will not sign anything before the summer."',
    ],
)
def test_planned_saying_is_no_quote(sentence: str) -> None:
    assert _quoted(_MET_BERG + sentence) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'the president' after someone of no known office spoke: the president named before
        (
            "President Ana Ruiz received Tom Berg and his family at the palace on Monday. "
            '"Your palace is very beautiful," Berg was quoted as saying.\n\n'
            'To which the president replied: "This is also your house, and the house of all who live here."',
            "Ana Ruiz",
        ),
        (
            "Foreign Minister Ana Ruiz met Tom Berg in Oslo on Monday. "
            '"We had a good talk," Berg said. "We will meet again in May," the minister added.',
            "Ana Ruiz",
        ),
        # near miss: the one who spoke holds that office: she speaks on
        (
            "Foreign Minister Ana Ruiz met President Tom Berg in Oslo on Monday. "
            '"We had a good talk," Ruiz said. "We will meet again in May," the minister added.',
            "Ana Ruiz",
        ),
        # near miss: the one who spoke is the president the role names
        (
            "Foreign Minister Ana Ruiz met President Tom Berg in Oslo on Monday. "
            '"We had a good talk," Berg said. "We will meet again in May," the president added.',
            "Tom Berg",
        ),
    ],
)
def test_role_after_other_speaker(text: str, speaker: str) -> None:
    assert _quoted(text)[-1][0] == speaker


def test_quote_carried_into_a_paragraph_without_its_opening_mark() -> None:
    text = (
        "Peruvian Trade Minister Ana Ruiz met Tom Berg in Lima on Monday. "
        'According to the statement, Ruiz said: "I welcome the minister to Lima.\n\n'
        'We had good talks on fishing and trade. We agreed to meet again in Oslo before the end of the year."\n\n'
        "The two ministers then had lunch."
    )
    assert [(who, words[:12]) for who, words in _quoted(text)] == [
        ("Ana Ruiz", "I welcome th"),
        ("Ana Ruiz", "We had good "),
    ]


@pytest.mark.parametrize(
    "second",
    [
        # near misses: the quote before was closed, or the paragraph's mark is no closing one at its end
        'We had good talks on fishing and trade, and we agreed to meet again in Oslo "soon".',
        "We had good talks on fishing and trade. We agreed to meet again in Oslo before the year ends.",
    ],
)
def test_no_quote_carried_after_a_closed_one(second: str) -> None:
    text = (
        "Peruvian Trade Minister Ana Ruiz met Tom Berg in Lima on Monday. "
        f'According to the statement, Ruiz said: "I welcome the minister to Lima."\n\n{second}\n\n'
        "The two ministers then had lunch."
    )
    assert all(not words.startswith("We had good") for _, words in _quoted(text))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'the bloc' after the bloc spoke and another body was named: the one that spoke
        (
            "The African Union said on Friday that it would keep its sanctions on the junta and the "
            "National Council. The bloc added that if the junta does not free the president, "
            '"individual sanctions" will follow.',
            "African Union",
        ),
        # near miss: no body spoke before: the nearest one named
        (
            "Ministers met in Addis Ababa. The African Union met the junta and the National Council. "
            'The bloc said that "individual sanctions" will follow.',
            "National Council",
        ),
    ],
)
def test_the_bloc_is_the_body_that_spoke(text: str, speaker: str) -> None:
    assert [who for who, _ in _quoted(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a place after a phrase in quote marks names no speaker, even before a participle
        'The Peruvian president set out her hopes for a "lasting truce" in Chile, reiterating the call she '
        "made in May.",
        'The Peruvian president spoke of a "new chapter" in Norway, stressing that the talks would go on.',
    ],
)
def test_place_after_quote_is_no_speaker(text: str) -> None:
    assert all(
        who not in ("Chile", "Norway")
        for who, _ in _quoted("Peruvian President Ana Ruiz arrived in Oslo. " + text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crosshead glued to the quote under it, its line break lost
        (
            "Ruiz arrived in Oslo on Monday.\n\n"
            'Dinner at the palace"More countries must share the work of keeping the seas open," Ruiz said.',
            ["More countries must share the work of keeping the seas open"],
        ),
        # near miss: a mark glued inside a sentence is no heading's
        (
            "Ruiz arrived in Oslo on Monday.\n\n"
            'Ruiz called the accord a fair one and praised the so-called"Ocean Pact" of 2019.',
            [],
        ),
    ],
)
def test_glued_heading_before_quote(text: str, expected: list[str]) -> None:
    assert [
        words for _, words in _quoted("Peruvian Trade Minister Ana Ruiz met Tom Berg. " + text)
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote whose closing mark was lost, then another: both are the speaker's
        (
            'Ruiz said: "We will meet again in May, in Lima, to sign the accord on fishing. '
            '"It is a fair deal for the ports of both countries."',
            2,
        ),
        # near miss: the second quote has a speaker of its own
        (
            'Ruiz said: "We will meet again in May, in Lima, to sign the accord on fishing. '
            '"It is a fair deal for the ports of both countries," Berg said.',
            1,
        ),
    ],
)
def test_quote_after_unclosed_quote(text: str, expected: int) -> None:
    quoted = _quoted("Peruvian Trade Minister Ana Ruiz met Tom Berg in Oslo on Monday. " + text)
    assert sum(who == "Ana Ruiz" for who, _ in quoted) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'the body' speaks for the organisation named before, as 'the bloc' does
        (
            'The African Union met in Addis Ababa on Monday. The body also announced "the suspension of all '
            'trade with the junta, except for food and medicine."',
            "African Union",
        ),
        (
            "The African Union met in Addis Ababa on Monday. "
            '"All trade with the junta is suspended until the vote," the regional body said.',
            "African Union",
        ),
    ],
)
def test_the_body_is_the_organisation_named_before(text: str, speaker: str) -> None:
    assert [who for who, _ in _quoted(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'the statement' after a body issued one since the last speaker spoke: that body's
        (
            'The ministry said in a statement that talks "went on late into the night". '
            "The African Union met the two delegations on Monday, the ministry said. "
            "Later, the African Union released a statement on the talks. "
            '"Both sides agreed to meet again in May," the statement said.',
            "African Union",
        ),
        # near miss: no document issued since: the one who spoke in a statement
        (
            "The Peruvian trade ministry said in a statement that the talks went well. "
            "The African Union met the two delegations on Monday. "
            '"Both sides agreed to meet again in May," the statement said.',
            "Peruvian trade ministry",
        ),
    ],
)
def test_statement_issued_since_last_speaker(text: str, speaker: str) -> None:
    assert _quoted(text)[-1][0] == speaker


@pytest.mark.parametrize(
    "text",
    [
        # 'described X as "..."' with a list of names in the object
        'Ruiz described the group of Peru, Chile and Brazil as "a modern network of ports with a purpose."',
        'Ruiz also described the pact between Peru and Norway as "a deal that will last for decades."',
    ],
)
def test_described_list_as_quote(text: str) -> None:
    assert [who for who, _ in _quoted("Peruvian Trade Minister Ana Ruiz spoke in Lima. " + text)] == [
        "Ana Ruiz"
    ]
