"""Round 41: direct quotes missed or misattributed, sorted by kind of failure (sentences written for
these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built


def _quoted(text: str) -> list[tuple[str | None, str]]:
    return [(who, words) for kind, who, words in built(text) if kind == "direct"]


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(who, words) for _, who, words in built(text)]


# a speaker named after the quote with an office whose own words hold a list ('minister of trade,
# industry and tourism'): the list's commas set off nothing, the name before the office speaks
@pytest.mark.parametrize(
    "text",
    [
        '"We mean to open two more border posts by spring," Lena Okafor, the minister of trade, industry'
        " and tourism, said.",
        '"We mean to open two more border posts by spring," Lena Okafor, minister of trade, industry and'
        " tourism, told reporters.",
        '"We mean to open two more border posts by spring," Lena Okafor, the Secretary of State for Health,'
        " Housing and Local Government, said on Friday.",
        # an Oxford comma before the last item, then what the office serves
        '"We mean to open two more border posts by spring," Lena Okafor, the adviser for schools, roads,'
        " and water to the regional council, added.",
    ],
)
def test_office_with_a_list_after_the_quote(text: str) -> None:
    assert [who for who, _ in _quoted(text)] == ["Lena Okafor"]


@pytest.mark.parametrize(
    "text",
    [
        "Lena Okafor, the minister of trade, industry and tourism, said the posts would open by spring.",
        "Lena Okafor, the head of the office for Chad, Niger and Mali, said the posts would open by spring.",
    ],
)
def test_office_with_a_list_before_reported_speech(text: str) -> None:
    assert [who for who, _ in _said(text)] == ["Lena Okafor"]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: two speakers set off by commas, each with an office: no list, nobody's words alone
        '"The posts stay shut," Lena Okafor, head of the border agency, and Ravi Menon, its deputy, said.',
        # near miss: three names in a row are speakers, not the items of an office
        '"The posts stay shut," Lena Okafor, Ravi Menon and Sara Lind, the three envoys, said.',
    ],
)
def test_no_office_list_between_speakers(text: str) -> None:
    assert [who for who, _ in _quoted(text)] in ([], [None])


# marks of the wrong shape: a right double mark set where a quote opens, after a space, and closed by
# another right mark; a single right mark opening a quote and closing it after a stray space
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Governor Ravi Menon wrote on Sunday that \u201d the new bridge will open in the autumn\u201d on"
            " his page.",
            "the new bridge will open in the autumn",
        ),
        (
            "Governor Ravi Menon insisted \u201d the new bridge will open in the autumn\u201d, to loud applause.",
            "the new bridge will open in the autumn",
        ),
        (
            "Governor Ravi Menon spoke of the works again by stating\u201d the new bridge will open in the autumn\u201d"
            " on his page.",
            "the new bridge will open in the autumn",
        ),
        (
            "\u2019The new bridge will open in the autumn, \u2019 Governor Ravi Menon told the council.",
            "The new bridge will open in the autumn",
        ),
    ],
)
def test_right_marks_that_open(text: str, words: str) -> None:
    assert _quoted(text) == [("Ravi Menon", words)]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: a right mark after a space closes the quote open before it
        "\u201cThe new bridge will open in the autumn, \u201d Governor Ravi Menon told the council.",
        # near miss: a right mark after a space with no right mark glued to words after it
        "Governor Ravi Menon left the hall \u201d and the council voted on the bridge that evening.",
        # near miss: a right mark glued to a word that says nothing, after the words it closes
        "Governor Ravi Menon left the hall\u201d and the council voted on the new bridge\u201d that evening.",
        # near miss: an apostrophe after a space and before a word opens no quote that closes in a name
        "The council voted on the \u2019new bridge\u2019 and Governor Ravi Menon left the hall early.",
    ],
)
def test_right_marks_near_misses(text: str) -> None:
    assert [w for _, w in _quoted(text)] in ([], ["The new bridge will open in the autumn"])


# a document that speaks ('the communique stated', 'the statement said') is its issuer's: the body that
# released 'the' document (not only 'a' document) a few sentences before, or that announced the news
# with a short name of its own in brackets after its name
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "On Friday the secretariat of the Coral Sea Council released the summit communique, twelve"
            " points in all.\n\n"
            "Radio Harbour said the talks ran late into the night.\n\n"
            "In its tenth point, the communique noted that \u201cmembers welcomed the new fishing accord"
            " and will meet again in the spring.\u201d",
            "Coral Sea Council",
        ),
        (
            "The Coral Sea Council published its final communique on Friday night.\n\n"
            "\u201cMembers welcomed the new fishing accord and will meet again in the spring,\u201d the"
            " communique said.",
            "Coral Sea Council",
        ),
        (
            "Governor Ravi Menon called Mayor Sara Lind about the floods on Friday, the Office of the"
            " Governor (Stone House) reported.\n\n"
            "\u201cBoth agreed to share rainfall data and to meet again in May,\u201d the statement said.",
            "Office of the Governor",
        ),
    ],
)
def test_document_speaks_for_its_issuer(text: str, speaker: str) -> None:
    assert [speaker in (who or "") for who, _ in _quoted(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        # near miss: a body that released a prisoner issued no document; the quote is the mayor's
        "The Coral Sea Council released the fisherman on Friday night.\n\n"
        "\u201cWe are glad he is home with his family again,\u201d Mayor Sara Lind said.",
        # near miss: a word in brackets that is no name stays an aside
        "\u201cWe are glad he is home with his family again,\u201d Mayor Sara Lind (pictured) said.",
    ],
)
def test_document_issuer_near_misses(text: str) -> None:
    assert [who for who, _ in _quoted(text)] in ([], ["Sara Lind"])


def test_place_in_brackets_after_the_speaker() -> None:
    # a place in brackets between a name and its verb: the name before it speaks
    text = "\u201cWe are glad he is home with his family again,\u201d Mayor Sara Lind (Port Vila) said."
    assert [who for who, _ in _quoted(text)] == ["Sara Lind"]


_OFFER = "The two towns have argued over the new road for a year.\n\n"


# 'the report' after a news medium spoke, in this sentence or the two before: that medium's report
@pytest.mark.parametrize(
    ("said", "medium"),
    [
        ("The governor has agreed to pay half of the cost, the state news agency KNA said on Monday.", "KNA"),
        (
            "The governor has agreed to pay half of the cost, the newspaper Harbour Daily said.",
            "Harbour Daily",
        ),
        ("The governor has agreed to pay half of the cost, the Harbour Times reported.", "Harbour Times"),
    ],
)
def test_report_of_the_medium_before(said: str, medium: str) -> None:
    text = (
        _OFFER + said + '\n\nThe report added that "the route will be chosen in the spring," giving no date.'
    )
    quoted = _quoted(text)
    assert [medium in (who or "") for who, _ in quoted][-1:] == [True]


@pytest.mark.parametrize(
    "said",
    [
        # near miss: a person spoke to the medium; the report is not his
        '"We will pay half of the cost," Governor Ravi Menon told the Harbour Times.',
        # near miss: a ministry is no news medium
        "The governor has agreed to pay half of the cost, the Ministry of Roads said.",
    ],
)
def test_report_without_medium_before(said: str) -> None:
    text = (
        _OFFER + said + '\n\nThe report added that "the route will be chosen in the spring," giving no date.'
    )
    assert [w for _, w in _quoted(text)][1:] == []


_TURNS = (
    "Remarks by Governor Ravi Menon and Mayor Sara Lind after their talks\n\n"
    "GOVERNOR MENON: Thank you all for coming, it has been a long and useful morning for both of us.\n\n"
    "MAYOR LIND: Thank you, Governor, we covered the bridge, the port and the new bus lines.\n\n"
)


# a transcript whose text is cut off in the middle of a turn's last paragraph: still the speaker's
@pytest.mark.parametrize(
    "last",
    [
        "Let me say a word about the port as well, because the ships that call here each week carry most of wh",
        "We will meet again in the spring to look at the timetables and the fares for the buses, and",
    ],
)
def test_turn_cut_off_at_the_end(last: str) -> None:
    assert [who for who, _ in _quoted(_TURNS + last)] == ["Ravi Menon", "Sara Lind", "Sara Lind"]


@pytest.mark.parametrize(
    "last",
    [
        # near miss: a short line of page furniture
        "Read the full remarks on the city website",
        # near miss: a long line with an address, closing no sentence
        "The full remarks of the governor and the mayor may be read on the website of the city at www.harbour.gov",
        # near miss: the paragraph closes no sentence but the text goes on after it
        "Photos from the visit of the governor to the town hall and the port on Monday after",
    ],
)
def test_turn_not_cut_off(last: str) -> None:
    text = _TURNS + last + ("\n\nPosted by the press office." if last.endswith("after") else "")
    assert [who for who, _ in _quoted(text)] == ["Ravi Menon", "Sara Lind"]


# words quoted inside what a person said, then passed on by a news medium: the person's, not the medium's
@pytest.mark.parametrize(
    "text",
    [
        "Governor Ravi Menon told the council on Tuesday that the works were \u201cready for the last"
        " stage\u201d, said the state news agency KNA.",
        "Governor Ravi Menon told the council the works were \u201cwell ahead of plan\u201d, the Harbour"
        " Times said.",
        "Governor Ravi Menon said the works were \u201cready for the last stage\u201d, the newspaper said.",
    ],
)
def test_medium_passes_on_the_speakers_words(text: str) -> None:
    assert [who for who, _ in _quoted(text)] == ["Ravi Menon"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near miss: a ministry that says so is the source of its own words
        (
            "Governor Ravi Menon said the works were \u201cready for the last stage\u201d, the Ministry of"
            " Roads said.",
            "Ministry of Roads",
        ),
        # near miss: no one said anything before the quote; the agency speaks
        (
            "Governor Ravi Menon met the mayor and the talks went \u201cwell ahead of plan\u201d, said the"
            " state news agency KNA.",
            "KNA",
        ),
    ],
)
def test_medium_speaks_alone(text: str, speaker: str) -> None:
    assert [speaker in (who or "") for who, _ in _quoted(text)] == [True]


_STORY = (
    "Governor Ravi Menon opened the new bridge on Monday. \u201cIt is a great day for the town and for the"
    " farmers,\u201d he said.\n\nMore Stories\n\n"
)


# a list of links to other stories: a quote cut short by an ellipsis where its paragraph ends, carried
# on in no paragraph after it, is another article's teaser, nobody's words here
@pytest.mark.parametrize(
    "teaser",
    [
        "\u201cNobody came to help when the river rose, and the water is still in our homes. We\u2026",
        'Lena Okafor, a historian of the port: "Nobody in the old town remembers a winter as dry as\u2026',
        '"The floods will come back next year and the town is not ready for them, I fear...',
    ],
)
def test_teaser_of_another_story(teaser: str) -> None:
    text = _STORY + "Farmers Lose Their Land\n\n" + teaser + "\n\nRead more on our site."
    assert [w for _, w in _quoted(text)] == ["It is a great day for the town and for the farmers"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # near miss: the quote trails off and goes on in the next paragraph
        (
            "Governor Ravi Menon spoke on Monday. \u201cWe will finish the bridge. And then we will see\u2026\n\n"
            "\u201cThe port comes next,\u201d he said.",
            ["We will finish the bridge. And then we will see\u2026", "The port comes next"],
        ),
        # near miss: the quote trails off and its mark closes it
        (
            "Governor Ravi Menon said: \u201cWe will finish the bridge, then the port\u2026\u201d",
            ["We will finish the bridge, then the port\u2026"],
        ),
    ],
)
def test_trailing_off_is_speech(text: str, words: list[str]) -> None:
    assert [w for _, w in _quoted(text)] == words


# a name, an apposition or relative clause set off by commas, then an adjunct set off too, then the verb:
# the name speaks, not the last noun of the apposition
@pytest.mark.parametrize(
    "text",
    [
        "Governor Ravi Menon, who is on a visit to Peru, in a post online after the talks, said the towns"
        ' must work together "with patience and courage."',
        "Governor Ravi Menon, whose term ends in May, at the opening of the new school, said the town would"
        ' "never forget its teachers."',
        # the apposition ends on a name of its own; the adjunct after it is stepped over as well
        "Mayor Sara Lind, a close ally of President Jorge Salas, after the vote, said the town would"
        ' "never forget its teachers."',
    ],
)
def test_name_apposition_then_adjunct(text: str) -> None:
    assert [who for who, _ in _quoted(text)] in (["Ravi Menon"], ["Sara Lind"])


def test_lead_adverb_then_body_then_adjunct() -> None:
    # near miss: a sentence adverb before the first comma; the body after it speaks
    text = 'Later, the Ministry of Schools, in a statement, said the town would "never forget its teachers."'
    assert [who for who, _ in _quoted(text)] == ["Ministry of Schools"]
