"""Round 35: quotes missed on a batch of real news (sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from briefing_tui.extract import speech
from tests.unit.extract.helpers import built

_OPENING = "Norwegian Fisheries Minister Kari Dahl arrived in Lima on Sunday for three days of talks.\n\n"


def _quoted(text: str) -> list[tuple[str | None, str]]:
    return [(who, words) for kind, who, words in built(text) if kind == "direct"]


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # a paragraph that is one quote, with no attribution: the speaker last heard speaks on
        (
            "Dahl said the visit would focus on fishing quotas and port access. It is her first trip abroad.\n\n"
            '"We have waited a long time for this chance, and we intend to use it well."',
            "Kari Dahl",
        ),
        # with a paragraph of the writer's narrative between the two
        (
            '"The visit is a chance to widen our ties," Dahl told reporters.\n\n'
            "Norway and Peru first signed a fishing accord in 1998.\n\n"
            '"Our ministries know each other well, and I expect practical results from these talks."',
            "Kari Dahl",
        ),
        # over two paragraphs, the first left open as the press sets a long quote
        (
            "In a statement, the Norwegian Foreign Ministry said that the visit would deepen ties. "
            "The minister took office in May.\n\n"
            '"The visit follows a long tradition of regular exchanges between the two countries.\n\n'
            '"During the visit, both sides will review cooperation on fishing, shipping and energy."',
            "Norwegian Foreign Ministry",
        ),
    ],
)
def test_quote_paragraph_speaks_on(middle: str, speaker: str) -> None:
    quoted = _quoted(_OPENING + middle + "\n\nThe talks end on Wednesday.")
    assert quoted and all(who == speaker for who, _ in quoted)
    assert len(quoted) == sum(para.startswith('"') for para in middle.split("\n\n"))


@pytest.mark.parametrize(
    "middle",
    [
        # near miss: the quote paragraph has an attribution of its own, another speaker's
        (
            "Dahl said the visit would focus on fishing quotas and port access.\n\n"
            '"We have waited a long time for this chance, and we will use it," Peruvian minister Luis Soto said.'
        ),
        # near miss: a run of quote paragraphs that an attribution closes is named by it
        (
            "Dahl said the visit would focus on fishing quotas and port access.\n\n"
            "Norway and Peru first signed a fishing accord in 1998.\n\n"
            '"We have waited a long time for this chance, and we intend to use it well.\n\n'
            '"Our ports are open to Norwegian ships," Peruvian minister Luis Soto said.'
        ),
    ],
)
def test_quote_paragraph_named_by_its_own_attribution(middle: str) -> None:
    quoted = _quoted(_OPENING + middle)
    assert quoted and all(who == "Luis Soto" for who, _ in quoted)


@pytest.mark.parametrize(
    "middle",
    [
        # near miss: a quote paragraph that names the last speaker is said about her, not by her
        (
            "Dahl said the visit would focus on fishing quotas and port access.\n\n"
            '"Dahl is a tough negotiator and a patient one, and she knows our coast well."'
        ),
        # near miss: the last speaker was heard too many paragraphs before
        (
            "Dahl said the visit would focus on fishing quotas and port access.\n\n"
            "The two countries signed a fishing accord in 1998.\n\n"
            "Trade between them doubled in the decade after it.\n\n"
            "Fish meal is the largest single export.\n\n"
            "Shipping lines link the ports of both countries.\n\n"
            "A new route opened last year.\n\n"
            '"We have waited a long time for this chance, and we intend to use it well."'
        ),
        # near miss: a short phrase set in quote marks is no one's words
        (
            "Dahl said the visit would focus on fishing quotas.\n\n"
            "Norway and Peru first signed a fishing accord in 1998.\n\n"
            '"Fair quotas for all"'
        ),
    ],
)
def test_quote_paragraph_left_unattributed(middle: str) -> None:
    quoted = _quoted(_OPENING + middle)
    assert all(who is None or "Dahl" not in who for who, words in quoted if "Dahl said" not in words)
    assert [words for _, words in quoted if words.startswith(("Dahl is", "We have", "Fair"))] == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # role nouns that head a speaker phrase with lower-case words before them
        ("the presidential aide said", "the presidential aide"),
        ("a senior aide told", "a senior aide"),
        ("the special representative said", "the special representative"),
        ("the chief negotiator added", "the chief negotiator"),
        ("the regional mediator said", "the regional mediator"),
        ("the trade commissioner noted", "the trade commissioner"),
        # as before
        ("the presidential spokesman said", "the presidential spokesman"),
        # near miss: a plain noun is no speaker
        ("the long meeting said", None),
    ],
)
def test_role_noun_heads_a_speaker(text: str, subject: str | None) -> None:
    verb = text.rfind(" ")
    span = speech.subject_before(text, 0, verb)
    assert (text[span.start : span.end] if span else None) == subject


def test_aide_after_his_quote_speaks_on() -> None:
    text = (
        "Peruvian President Rosa Quispe begins a visit to Oslo on Monday. "
        '"The agenda includes talks on fishing and a visit to the parliament," Luis Soto said. '
        "Trade is expected to dominate. "
        '"Both sides will look at the rules for fishing in the north and at new routes for shipping," '
        "the presidential aide said."
    )
    assert _quoted(text) == [
        ("Luis Soto", "The agenda includes talks on fishing and a visit to the parliament"),
        (
            "Luis Soto",
            "Both sides will look at the rules for fishing in the north and at new routes for shipping",
        ),
    ]


_CAST_LINE = (
    "Chilean President Ana Ruiz received Vice President Tom Berg and Kremlin spokesman Igor Lebedev "
    "in Santiago on Monday.\n\n"
)


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        # a role description no mention links: the one person holding that office
        ('"We will open new markets together," the visiting vice president said.', "Tom Berg"),
        ('"There is no date yet for a summit," the Kremlin spokesman told reporters.', "Igor Lebedev"),
        ('"Our ports are ready for more trade," the Head of State said.', "Ana Ruiz"),
    ],
)
def test_role_description_names_its_sole_holder(said: str, speaker: str) -> None:
    text = _CAST_LINE + "Trade was the main subject.\n\nThe weather was mild.\n\n" + said
    assert [who for who, _ in _quoted(text)] == [speaker]


@pytest.mark.parametrize(
    "said",
    [
        # near miss: two presidents make no one the head of state
        '"Our ports are ready for more trade," the head of state said.',
        # near miss: a president is not the vice president
        '"Our ports are ready for more trade," the visiting vice president said.',
    ],
)
def test_role_description_with_no_sole_holder(said: str) -> None:
    text = (
        "Chilean President Ana Ruiz received Peruvian President Luis Soto in Santiago on Monday.\n\n"
        "Trade was the main subject.\n\nThe weather was mild.\n\n" + said
    )
    assert _quoted(text) == []


_DASH_CAST = "Kazakh President Ana Ruiz met Chilean Foreign Minister Tom Berg in Astana on Monday.\n\n"


@pytest.mark.parametrize(
    ("para", "speaker", "words"),
    [
        # a dialogue dash opens the speech and a comma, not a second dash, sets off who said it
        (
            "\u2013 We discussed trade and transport. Our ports can handle much more cargo, the President said.",
            "Ana Ruiz",
            "We discussed trade and transport. Our ports can handle much more cargo",
        ),
        (
            "- The visit opens a new chapter for both of our countries, said Berg.",
            "Tom Berg",
            "The visit opens a new chapter for both of our countries",
        ),
        # a name in quote marks inside the speech does not stop it
        (
            '\u2013 The "Green Corridor" plan will link our railways by next year, Ruiz said.',
            "Ana Ruiz",
            'The "Green Corridor" plan will link our railways by next year',
        ),
        # as before: a second dash sets off the attribution
        (
            "\u2013 We discussed trade and transport and the new rail link \u2013 said Berg.",
            "Tom Berg",
            "We discussed trade and transport and the new rail link",
        ),
    ],
)
def test_dash_speech_closed_by_a_comma(para: str, speaker: str, words: str) -> None:
    quoted = _quoted(_DASH_CAST + para)
    assert (speaker, words) in quoted


@pytest.mark.parametrize(
    "para",
    [
        # near miss: a list item after a dash, its last clause no attribution
        "- Trade and transport, the main subjects.",
        # near miss: a dash paragraph with a quoted sentence of its own is no dialogue dash
        '\u2013 Then "we will see what the talks bring, and whether the ports are ready," Ruiz said.',
    ],
)
def test_dash_paragraph_not_dash_speech(para: str) -> None:
    quoted = _quoted(_DASH_CAST + para)
    assert all(not words.startswith(("Trade and", "Then")) for _, words in quoted)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name with joining words in quote marks is no one's words
        ('Ruiz praised the "Belt and Road" plan, Berg said.', []),
        ('Ruiz praised the "Partnership for Peace" programme, Berg said.', []),
        # near miss: a phrase with a lower-case word of its own is a quote
        ('Ruiz called the plan "a road to peace," Berg said.', [("Tom Berg", "a road to peace")]),
    ],
)
def test_quoted_name_with_joining_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _quoted(_DASH_CAST + sentence) == expected


_HOLM = "Danish Trade Minister Lars Holm met Peruvian President Rosa Quispe in Lima on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'the report' that speaks is the report of whoever reported just before
        (
            _HOLM + "The press service of the Danish Foreign Ministry reported the talks. "
            '"The two sides agreed to widen trade in fish and grain," the report said.',
            ("direct", "Danish Foreign Ministry", "The two sides agreed to widen trade in fish and grain"),
        ),
        # or the report named before it
        (
            _HOLM + "A Daily Globe report said that Holm would also visit Chile.\n\n"
            "This, the report said, was part of a long tradition of visits.",
            ("indirect", "A Daily Globe report", "This was part of a long tradition of visits"),
        ),
        # the accented spelling of a communique speaks as the plain one does
        (
            _HOLM + "The Peruvian Foreign Ministry issued a communiqu\u00e9 after the talks.\n\n"
            '"The two sides agreed to widen trade in fish and grain," the communiqu\u00e9 said.',
            ("direct", "Peruvian Foreign Ministry", "The two sides agreed to widen trade in fish and grain"),
        ),
    ],
)
def test_document_speaks_for_its_source(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in built(text)


def test_report_with_no_source_names_no_one() -> None:
    text = (
        _HOLM + "Trade was the main subject.\n\nThe report said the talks went well and would go on in May."
    )
    assert [s for s in built(text) if s[2].startswith("the talks went well")] == []
