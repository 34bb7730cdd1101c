"""Round 33: direct quotes missed or given to the wrong speaker on a batch of real news
(sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from briefing_tui.extract import statements
from briefing_tui.extract.document import Mention
from tests.unit.extract.helpers import Cast, make_doc, run, said_in

_RUIZ = Cast(actors={"Ana Ruiz": ("person", ("Ruiz",))}, pronouns={"she": "Ana Ruiz"})
_RUIZ_BERG = Cast(
    actors={"Ana Ruiz": ("person", ("Ruiz",)), "Tom Berg": ("person", ("Berg",))},
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)


def _said(
    text: str, role: str | None = None, described: str | None = None
) -> list[tuple[str, str | None, str]]:
    """The statements of ``text`` with Ana Ruiz holding ``role``, and ``described`` as a role mention
    that coreference left unlinked."""
    doc = make_doc(text, _RUIZ)
    doc.entities[0].role = role
    if described is not None:
        start = text.index(described)
        doc.mentions.append(Mention(start, start + len(described), described, "role"))
        doc.mentions.sort(key=lambda m: m.start)
    statements.find(doc)
    return said_in(doc)


_REPORT = "Ruiz said the vote on the budget was unfair. The vote is due on Friday.\n\n"
_QUOTE = '"The people should choose the budget, not a handful of members," '


@pytest.mark.parametrize(
    ("text", "role", "speaker"),
    [
        # a definite description right after a person's report, left unlinked: the one who spoke on
        (_REPORT + _QUOTE + "the opposition leader said.", None, "Ana Ruiz"),
        (_REPORT + _QUOTE + "the official said.", "Trade Minister", "Ana Ruiz"),
        (_REPORT + _QUOTE + "the former trade minister said.", None, "Ana Ruiz"),
        (_REPORT + _QUOTE + "the former trade minister said.", "Trade Minister", "Ana Ruiz"),
        (_REPORT + _QUOTE + "the party leader told reporters.", "Senator", "Ana Ruiz"),
        # near misses: an office the one who spoke does not hold is someone else
        (_REPORT + _QUOTE + "the army chief said.", "Trade Minister", None),
        (_REPORT + _QUOTE + "the party chief said.", "President", None),
        (_REPORT + _QUOTE + "the army chief said.", "Chief of Staff", "Ana Ruiz"),
    ],
)
def test_a_role_description_after_a_report_is_the_one_who_spoke(
    text: str, role: str | None, speaker: str | None
) -> None:
    assert [s for k, s, _ in _said(text, role) if k == "direct"] == ([speaker] if speaker else [])


def test_a_bare_role_word_keeps_its_description() -> None:
    """'The former foreign trade minister said ...': the subject finder may cut the role word from its
    modifiers; the description the role mention spans still refers back to the one who spoke."""
    text = (
        '"Our fleets need new markets," Ruiz said.\n\n'
        "The former foreign trade minister said she counted on the envoys to help sell more fish abroad.\n\n"
        '"After all, our fleets have waited for these markets for many years."'
    )
    found = _said(text, described="The former foreign trade minister")
    assert [s for k, s, _ in found] == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"], found


_BERG_SOTO = Cast(
    actors={"Tom Berg": ("person", ("Berg",)), "Luis Soto": ("person", ("Soto",))},
    pronouns={"he": "Luis Soto"},
)
_SANCTIONS = "Berg said the new sanctions were fair and overdue. "


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the person who opens the sentence, then the quote, then 'he wrote': that person, not the
        # one who spoke in the sentence before
        (
            _SANCTIONS + 'Soto hit back on social media: "They only show how weak your case is," he wrote.',
            "Luis Soto",
        ),
        (
            _SANCTIONS + 'Soto replied within the hour: "We have nothing to hide," he told reporters.',
            "Luis Soto",
        ),
        (
            _SANCTIONS + 'Soto, in a post on his blog, wrote back: "We have nothing to hide," he said.',
            "Luis Soto",
        ),
        # near misses: the sentence opens with someone else (the pronoun's link is not confirmed), or
        # with no one
        (_SANCTIONS + 'Berg met Soto on Monday: "We have nothing to hide," he said.', "Tom Berg"),
        (_SANCTIONS + 'On Monday, it was announced: "We have nothing to hide," he said.', "Tom Berg"),
    ],
)
def test_he_after_a_quote_is_the_person_who_opens_its_sentence(text: str, speaker: str) -> None:
    doc = make_doc(text, _BERG_SOTO)
    statements.find(doc)
    assert [s for k, s, _ in said_in(doc) if k == "direct"] == [speaker]


_INTRO = "A spokesperson for the ministry said:\n\n"
_READOUT = (
    "The minister spoke with Tom Berg this evening about the floods in the north.\n\n"
    "Berg thanked the minister for the aid sent last week.\n\n"
)


@pytest.mark.parametrize(
    ("block", "direct"),
    [
        # a readout set under 'X said:' narrates; a 'we' or 'our' inside a clause it reports is the
        # voice of the one reported, not of the block
        (_READOUT + "She noted that the aid was a sign of our shared resolve.", 0),
        (_READOUT + "Ruiz stressed that we must rebuild the bridges before winter.", 0),
        (_READOUT + "The two agreed to speak again soon and said their teams would meet in May.", 0),
        # near misses: the block speaks in the first person in a clause of its own
        (_READOUT + "We will send more aid before the winter.", 3),
        (_READOUT + "Our teams will stay in the north, and we said so to Berg.", 3),
    ],
)
def test_a_readout_under_said_colon_is_no_block_quote(block: str, direct: int) -> None:
    found = run(_INTRO + block, _RUIZ_BERG)
    assert sum(1 for k, _, _ in found if k == "direct") == direct, found


_TRADE = Cast(
    actors={
        "Ana Ruiz": ("person", ("Ruiz",)),
        "Tom Berg": ("person", ("Berg",)),
        "Ministry of Trade": ("organization", ()),
    },
    pronouns={"she": "Ana Ruiz", "he": "Tom Berg"},
)
_STATEMENT = '\n\n"The visit will open a new chapter in the ties of the two countries," the statement said.'
_BETWEEN = "\n\nThe delegation arrived in Lima on Sunday. Talks focused on fishing quotas."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a body that spoke a few narrative sentences before issued 'the statement'
        (
            "The Ministry of Trade said on Monday that talks with Peru would resume." + _BETWEEN + _STATEMENT,
            "Ministry of Trade",
        ),
        # a document named with its issuer in a sentence before
        (
            "Ruiz will visit Lima on Tuesday, reads a press release by the Ministry of Trade." + _STATEMENT,
            "Ministry of Trade",
        ),
        ("A statement from the Ministry of Trade was published on Monday." + _STATEMENT, "Ministry of Trade"),
        (
            "Ruiz will visit Lima, according to a readout of the call issued by the Ministry of Trade."
            + _STATEMENT,
            "Ministry of Trade",
        ),
        # near misses: a person who spoke as far back; a body too far back; 'the release of' a person
        ("Ruiz said on Monday that talks with Peru would resume." + _BETWEEN + _STATEMENT, None),
        (
            "The Ministry of Trade said on Monday that talks with Peru would resume."
            + _BETWEEN
            + " Two ships were sold. The weather was fine."
            + _STATEMENT,
            None,
        ),
        ("Crowds in Lima marked the release of Tom Berg on Monday." + _STATEMENT, None),
    ],
)
def test_the_issuer_of_the_statement(text: str, speaker: str | None) -> None:
    found = [s for k, s, _ in run(text, _TRADE) if k == "direct"]
    assert found == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a quote inside the clause a verb of saying reports, after a deed of the clause's subject:
        # the words of the one saying it
        (
            'Ruiz said that the Ministry of Trade has pledged new boats, including "nets, cold stores and a repair yard."',
            "Ana Ruiz",
        ),
        (
            'Ruiz told reporters the ministry was offering talks in May on "all matters of common concern."',
            "Ana Ruiz",
        ),
        ('Berg said the Ministry of Trade had proposed new rules on "the size of the nets."', "Tom Berg"),
        # near misses: the inner verb is itself one of saying: its subject's words
        ('Ruiz said that Berg told the fishermen "the boats will come soon."', "Tom Berg"),
        ('Ruiz said that Berg described the plan as "a fair deal for the ports."', "Tom Berg"),
    ],
)
def test_a_quote_describing_a_deed_is_the_reporters(text: str, speaker: str) -> None:
    found = [s for k, s, _ in run(text, _TRADE) if k == "direct"]
    assert found == [speaker]


_COUNCIL = Cast(
    actors={"Tom Berg": ("person", ("Berg",)), "Fishing Council": ("organization", ())},
    pronouns={"he": "Tom Berg"},
)


@pytest.mark.parametrize(
    ("side", "speaker"),
    [
        # 'the <body> chief' right after a person of no known side spoke: that person
        (None, "Tom Berg"),
        ("Fishing Council", "Tom Berg"),
        # near miss: one known to belong elsewhere is not the body's chief
        ("Peru", "Fishing Council"),
    ],
)
def test_the_body_chief_after_a_person_spoke(side: str | None, speaker: str) -> None:
    text = (
        'Berg says the fleets will meet in May, "when the boats are back in port."\n\n'
        'The Fishing Council chief said the quotas would stay, "at least until the autumn."'
    )
    doc = make_doc(text, _COUNCIL)
    doc.entities[0].affiliation = side
    statements.find(doc)
    assert [s for k, s, _ in said_in(doc) if k == "direct"] == ["Tom Berg", speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a participle after 'by' gives the manner of the main clause's deed: its subject speaks
        ('Ruiz ended the talks by saying that "the door stays open for all our neighbours."', "Ana Ruiz"),
        (
            'In Lima, Ruiz opened the session by stressing: "We are here to listen to the fishermen."',
            "Ana Ruiz",
        ),
        ('Berg answered the critics by noting that "no port has lost a single ship this year."', "Tom Berg"),
    ],
)
def test_by_saying_that_quote(text: str, speaker: str) -> None:
    assert [s for k, s, _ in run(text, _TRADE) if k == "direct"] == [speaker]


def test_by_saying_with_no_one_as_subject() -> None:
    """Near miss: a sentence whose subject names no speaker gives the quote to no one."""
    text = 'The session ended by saying that "the door stays open for all our neighbours."'
    assert [s for k, s, _ in run(text, _TRADE) if k == "direct"] == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # two capitalised words alone in quote marks: a name (a channel, a greeting's nickname), not words said
        ('Ruiz told the channel "Radio Lima" by telephone that talks would resume.', []),
        (
            'In the letter, which greets him as "Dear Tom", Ruiz said Peru "remains ready" to talk.',
            ["remains ready"],
        ),
        # near misses: a lower-case word makes it a phrase someone said
        ('Ruiz said Peru had a policy of "zero tolerance" on illegal fishing.', ["zero tolerance"]),
        ('Ruiz called the deal "Fair enough" and left.', ["Fair enough"]),
    ],
)
def test_two_capitalised_words_are_a_name(text: str, quotes: list[str]) -> None:
    assert [t for k, _, t in run(text, _TRADE) if k == "direct"] == quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a word right after the quote in its bare form is a noun ('call', 'talk'), not an inverted
        # attribution ('said X'): the speaker is before the quote
        ('Ruiz thanked Berg for an "open and friendly" call on Monday, and promised more boats.', "Ana Ruiz"),
        ('Ruiz thanked Berg for an "open and friendly" talk on Monday and pledged more boats.', "Ana Ruiz"),
        # near misses: an inverted attribution right after the quote
        ('"We will send more boats," said Ruiz on Monday.', "Ana Ruiz"),
        ('"Will the boats come?" asked Berg.', "Tom Berg"),
        ('"The boats will come," writes Berg in his column.', "Tom Berg"),
    ],
)
def test_no_attribution_in_a_sentence_going_on_after_the_quote(text: str, speaker: str) -> None:
    assert [s for k, s, _ in run(text, _TRADE) if k == "direct"] == [speaker]
