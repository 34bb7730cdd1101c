"""Offices apposed to a person's name, after it or before it.

After: ", China's foreign minister," (`apposition_after`, with the tests of where such a
description stops: main verbs, times, plural verbs of headlines, brackets), the body a
described person works at (`body_of_apposition`), the role mention it links to, lists told title
first (`titles_alternate`) and offices given by "who is ..." or "as ..." (`predicate_role`).
Before: "Malaysia's Prime Minister, X" (`role_before`, with office scopes, glosses and bodies
between commas) and "a spokesman for the army, X" (`indefinite_before`).

Separate from the titles right before a name (roletitles.py) and from the person's reading that
weighs these against them (roles.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.extract.affiliationsources import STATE_ORGANS, national_body
from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.knownpeople import given_word
from briefing_tui.extract.lexicon import countries, orgs
from briefing_tui.extract.lexicon.english import is_english_word
from briefing_tui.extract.lexicon.titles import OCCUPATIONS, TITLE_HEADS, TITLE_MODIFIERS, is_office_word
from briefing_tui.extract.lexicon.words import MONTHS, WEEKDAYS
from briefing_tui.extract.mentionwords import known_at
from briefing_tui.extract.rolenouns import posted_office
from briefing_tui.extract.roletitles import (
    CLAUSE_VERBS,
    DESCRIPTION_STARTS,
    DETERMINERS,
    FUNCTION_LOWER,
    LEADING_OFFICE_WORDS,
    MAX_APPOSITION,
    PREPOSITIONS,
    STOP_APPOSITION,
    Spans,
    courtesy,
    is_rank,
    parse_title,
    possessor,
    tok_index,
)
from briefing_tui.extract.tokens import Token

# What may stand between an office and the comma before its holder: nothing, or a bracketed gloss.
_GLOSS = re.compile(r"(?:\s*\([^()\n]{1,30}\))?")


_COMMA_GAP = re.compile(r"\s*,\s*")
_OFFICE_GAP = re.compile(
    r"[^,.;:()\"\n]{0,40},\s*"
)  # the office may run on past its mention ("... and Transport, ")
_CHAIN_REACH = 16  # mentions walked back through a list of names and offices
_CHAIN_KINDS = ("person", "role")


def name_first_chain(doc: Document, index: int, tokens: list[Token], a: int) -> bool:
    """A list told name first ("the team included A, Minister of X, B, Minister of Y, C, ..."):
    walked back from the person through comma-separated offices and names, it opens on a name,
    so each office after a name is that name's, and the one before this person is not its own."""
    if a < 1 or tokens[a - 1].text != ",":
        return False  # the cheap gate: only a name after a comma can close an office of such a list
    m = doc.mentions[index]
    text = doc.text
    pos, expect, last = m.start, "role", None
    for k in range(index - 1, max(-1, index - _CHAIN_REACH), -1):
        other = doc.mentions[k]
        if other.sentence != m.sentence:
            break
        if other.end > pos or other.kind not in _CHAIN_KINDS:
            continue  # a country or body named inside an office ("... for the GCC, X")
        gap = _OFFICE_GAP if expect == "role" else _COMMA_GAP
        if other.kind != expect or gap.fullmatch(text, other.end, pos) is None:
            break
        last, pos = expect, other.start
        expect = "person" if expect == "role" else "role"
    return last == "person"


def titles_alternate(doc: Document, index: int, tokens: list[Token], a: int, e: int) -> bool:
    """A list of office holders told title first ("met the President of X, A, the Speaker of Y
    (gloss), B, and ..."): the name has its office apposed before it, and the description after
    it is closed by a comma and the next name, whose office it is."""
    if a < 1 or tokens[a - 1].text != "," or e + 2 >= len(tokens) or tokens[e].text != ",":
        return False
    if name_first_chain(doc, index, tokens, a):
        return False  # "A, Minister of X, B, Minister of Y": each office follows its holder
    comma = tokens[a - 1].start
    if not any(
        doc.mentions[k].kind == "role"
        and doc.mentions[k].sentence == doc.mentions[index].sentence
        and _GLOSS.fullmatch(doc.text, doc.mentions[k].end, comma) is not None
        for k in range(index - 1, max(-1, index - 4), -1)
    ):
        return False
    j = e + 1
    while j < len(tokens) and j - e <= MAX_APPOSITION and tokens[j].text not in (",", ".", ";", '"'):
        if tokens[j].text == "(":
            past = _past_brackets(tokens, j)
            if past == j:
                return False
            j = past
        else:
            j += 1
    if j + 1 >= len(tokens) or tokens[j].text != "," or j == e + 1:
        return False
    nxt = tokens[j + 1].start
    return any(
        doc.mentions[k].kind == "person" and doc.mentions[k].start == nxt
        for k in range(index + 1, min(len(doc.mentions), index + 6))
    )


def link_apposed_role(doc: Document, index: int, tokens: list[Token], e: int) -> None:
    """ "Johnson, the House Speaker,": the role mention after the comma is this person."""
    if e + 1 >= len(tokens):
        return
    after = {tokens[e + 1].start}
    if tokens[e + 1].low == "the" and e + 2 < len(tokens):
        after.add(tokens[e + 2].start)  # "X, the Central African Republic's minister": from the possessor
    for k in range(index + 1, min(len(doc.mentions), index + 6)):
        other = doc.mentions[k]
        if other.kind == "role" and other.start in after:
            other.ref = index
            return


_PREDICATE_VERBS = frozenset({"is", "was", "serves", "served", "became", "remains"})
_PREDICATE_SKIP = frozenset({"also", "now", "currently", "as", "the", "still"})
# adverbs that say the office is held now, which the role goes without ("formerly" stays: it says it is not)
_NOW_ADVERBS = frozenset({"also", "now", "currently", "presently", "still", "concurrently"})


_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|new"
)
# What may follow an office taken "as" it ("sworn in as the 17th King of X at the palace", "... .")
_AFTER_AS_OFFICE = frozenset(
    {"at", "in", "on", "for", "from", "after", "since", "until", "during", "and", "last"}
)


def _as_office_start(doc: Document, tokens: list[Token], e: int) -> int | None:
    """ "the installation of X as the 17th King of Y": the token an office taken "as" starts at."""
    if e + 2 >= len(tokens) or tokens[e].low != "as" or tokens[e].start != tokens[e - 1].end + 1:
        return None
    q = e + 1
    while (
        q < len(tokens)
        and q - e < 4
        and (tokens[q].low in ("the", "its") or _ORDINAL.fullmatch(tokens[q].low))
    ):
        q += 1
    return q if q < len(tokens) and tokens[q].cap else None


def predicate_role(doc: Document, index: int, tokens: list[Token], e: int) -> Mention | None:
    """ "X, who is Chairman of the Y Task Force, ...", "the installation of X as the 17th King of Y":
    the office a relative clause or an "as" gives the person is theirs (the role mention is linked
    to the person, not left as someone else)."""
    taken = _as_office_start(doc, tokens, e) if e > 0 and e < len(tokens) and tokens[e].low == "as" else None
    if taken is not None:
        q = taken
    elif (
        e + 3 >= len(tokens)
        or tokens[e].text != ","
        or tokens[e + 1].low != "who"
        or tokens[e + 2].low not in _PREDICATE_VERBS
    ):
        return None
    else:
        q = e + 3
        while q < len(tokens) and q - e < 6 and tokens[q].low in _PREDICATE_SKIP:
            q += 1
    if q >= len(tokens):
        return None
    starts = {tokens[q].start, tokens[q - 1].start}  # a role mention may open on its "the"
    for k in range(index + 1, min(len(doc.mentions), index + 6)):
        other = doc.mentions[k]
        if other.kind == "role" and other.start in starts and other.ref is None:
            if doc.text.startswith("'s", other.end):
                return None  # "X, who is the president's son": someone else's office
            if taken is not None and not _ends_clause(tokens, other.end):
                return None  # "X met Y as the President looked on": a clause, not an office taken
            other.ref = index
            return other
    return None


def _ends_clause(tokens: list[Token], end: int) -> bool:
    """Whether the text at ``end`` closes a phrase: punctuation, a preposition or nothing."""
    k = tok_index(tokens, end)
    return k >= len(tokens) or not tokens[k].text[:1].isalnum() or tokens[k].low in _AFTER_AS_OFFICE


def apposition_after(
    doc: Document, tokens: list[Token], e: int, spans: Spans, a: int = 0
) -> tuple[str | None, str | None]:
    """The office described after the name ending at token ``e`` (its first token ``a``)."""
    if e >= len(tokens) or tokens[e].text != ",":
        return None, None
    determined = e + 1 < len(tokens) and tokens[e + 1].low in DETERMINERS
    j = e + 1
    while (
        j < len(tokens) and j - e <= MAX_APPOSITION and tokens[j].text not in (",", ".", ";", '"', "(", ")")
    ):
        if (
            tokens[j].text == "and"
            and j > e + 1
            and j + 1 < len(tokens)
            and _next_conjunct(tokens, e, j, spans)
        ):
            break  # "X, the President of Cyprus and Dr Y, ...": the next person of a list
        if (
            _main_verb(tokens[j].text)
            and j > e + 2
            and tokens[j - 1].cap
            and (tokens[e + 1].cap or is_office_word(tokens[e + 1].low))
        ):
            # "X, Prime Minister of the Cook Islands will host ...", "X, head of the AU Commission
            # discussed ...": the verb after a body's capitalised name closes the office
            break
        if (
            determined
            and j > e + 2
            and tokens[j].text not in CLAUSE_VERBS  # "will", "has": left to the clause test below
            and _main_verb(tokens[j].text)
            and _office_or_occupation(tokens[j - 1].low)
            # "the former minister accused of fraud", "the envoy backed by ...": a participle
            # describing the office, not the next clause's verb
            and (j + 1 >= len(tokens) or tokens[j + 1].low not in _PARTICIPLE_OBJECTS)
        ):
            if a > 0 and tokens[a - 1].low in PREPOSITIONS:
                # "After talks with X, the Kenyan minister announced ...": the name closes a fronted
                # phrase and the office is the next clause's subject
                return None, None
            if a == 0:
                break  # "X, the Kenyan minister announced ...": an unclosed description ends before the verb
        if j > e + 2 and _time_at(tokens, j):
            break  # "X, the SRF leader on Saturday": the time is the sentence's, not the office's
        if tokens[j].text in _PLURAL_PRESENT and j > e + 1 and _office_or_occupation(tokens[j - 1].low):
            return None, None  # headline "X, Saudi prince discuss energy": a list of two, not a description
        if (
            tokens[j].text in STOP_APPOSITION
            and not _inside_name(tokens, j)
            and not _joins_nouns(tokens, j, e)
        ):
            if tokens[j].text in _SPEECH_ENDS and j > e + 1:
                if _object_before_tag(tokens, a, e):
                    return None, None  # "they met X, a government spokesman said": the tag's own speaker
                break  # "X, deputy director of the press department said": the verb closes it
            if tokens[j].text == "who" and j > e + 2 and _office_or_occupation(tokens[j - 1].low):
                break  # "X, a dissident journalist who lived ...": the relative clause is about the office
            if tokens[j].text == "who" and j > e + 3 and _scoped_office(tokens, e + 1, j):
                break  # "X, the special envoy for North Korea who led ...": so after the office's scope
            return None, None
        j += 1
        if j < len(tokens) and tokens[j].text == "(":
            j = _past_brackets(tokens, j)
    if j - e > MAX_APPOSITION:
        j = _first_of_two_offices(tokens, e, j)  # the first office of a long pair, else none
    phrase = tokens[e + 1 : j]
    if not phrase or j - e > MAX_APPOSITION:
        return None, None
    if any(t.text in CLAUSE_VERBS for t in phrase):
        return None, None  # "According to X, the chancellor will travel": a clause, not a description
    # the cheap tests first (all of them must pass): the phrase is closed and names an office
    if (
        j < len(tokens)
        and tokens[j].text not in (",", ".", ";", "and", "who")  # ";": a list of described people
        and tokens[j].text not in _SPEECH_ENDS
        and not _main_verb(tokens[j].text)
        and not _time_at(tokens, j)
    ):
        return None, None
    if not any(_office_or_occupation(t.low) for t in phrase):
        return None, None
    if len(phrase) > 1 and phrase[0].low in _NOW_ADVERBS:
        phrase = phrase[1:]  # "X, currently the ambassador to Y,": the office is "ambassador to Y"
    first = phrase[0]
    if not first.cap and not (
        first.low in DETERMINERS
        or first.low in TITLE_HEADS
        or first.low in TITLE_MODIFIERS
        or first.low.endswith("ly")
        or known_at(phrase, 0, len(phrase)) is not None
    ):
        return None, None  # ", had spoken by phone with the French president": a clause, not a description
    if (
        first.cap
        and first.low not in DESCRIPTION_STARTS
        and known_at(phrase, 0, len(phrase)) is None
        and phrase[-1].low not in TITLE_HEADS
        and not _scoped_office(phrase, 0, len(phrase))
    ):
        return None, None  # ", Nicholas Burns," is a list, not a description
    inner = next(
        (
            m
            for m in spans.inside(phrase[0].start, phrase[-1].end)
            if m.kind == "person"
            and phrase[0].start <= m.start < phrase[-1].end
            and not doc.text.startswith("'s ", m.end)  # "X, President Y's new secretary of state,": Y owns it
        ),
        None,
    )
    if inner is not None:
        # "Foreign Minister Payne, Japanese Foreign Minister Hayashi": a list; but "X, an adviser to
        # Iran's President Y,": an aide's office, on the side of the holder it serves
        return _aide_of(doc, phrase, inner)
    owner = next(
        (x for x in range(len(phrase) - 2, 0, -1) if phrase[x].text == "'s" and phrase[x - 1].cap), None
    )
    if owner is not None and any(
        m.kind == "person" and m.end == phrase[owner - 1].end
        for m in spans.inside(phrase[0].start, phrase[owner - 1].end)
    ):
        phrase = phrase[owner + 1 :]  # the office without its owner's name
    return parse_title(doc, _without_whereabouts(phrase))


_SERVING = frozenset({"of", "to", "for"})


def _aide_of(doc: Document, phrase: list[Token], principal: Mention) -> tuple[str | None, str | None]:
    """(role, side) of an apposed office serving the person the phrase ends on ("the political
    deputy of Iran's President Y", "an adviser to the Saudi king Y"): the office before the last
    "of"/"to"/"for", on the side written with the principal; (None, None) when the phrase is not
    one office serving them ("Foreign Minister Payne, Japanese Foreign Minister Hayashi")."""
    if principal.end != phrase[-1].end:
        return None, None
    k = next(
        (
            i
            for i in range(len(phrase) - 2, 0, -1)
            if phrase[i].low in _SERVING and phrase[i].end <= principal.start
        ),
        None,
    )
    if k is None or not any(_office_or_occupation(t.low) for t in phrase[:k]):
        return None, None
    if any(t.cap and t.low not in DETERMINERS for t in phrase[:k]) or phrase[k - 1].low in _SERVING:
        return None, None  # "X, Minister of Y, Z": a capitalised office before is a list's
    role, _ = parse_title(doc, phrase[:k])
    head = principal.head_start if principal.head_start is not None else principal.start
    owner = [t for t in phrase[k + 1 :] if t.end <= head]
    side = parse_title(doc, owner)[1] if owner else None
    return role, side


def _without_whereabouts(phrase: list[Token]) -> list[Token]:
    """An office phrase cut before where or since when its holder is ("X, Peru's foreign minister in Lima,",
    "X, Oman's finance minister since 2020,"): a place after "in" stays only after a post held abroad
    ("the Danish ambassador in Chile", "the UN envoy in Yemen"), as in a description with no name."""
    for k in range(1, len(phrase) - 1):
        word, prep = phrase[k - 1], phrase[k]
        if word.cap or not (is_office_word(word.low) or word.low in TITLE_HEADS):
            continue
        if prep.low == "since":
            return phrase[:k]
        if prep.low == "in" and not posted_office(phrase, k - 1):
            entry = known_at(phrase, k + 1, len(phrase))
            if (
                entry is not None
                and entry.kind in ("country", "place")
                and k + 1 + len(entry.words) == len(phrase)
            ):
                return phrase[:k]
    return phrase


def _first_of_two_offices(tokens: list[Token], e: int, j: int) -> int:
    """Where the first of two capitalised offices ends in an apposition too long to take whole
    ("X, Acting Special Representative of the Secretary-General and Head of the United Nations
    Support Mission in Libya,"): at the "and" before the second office's title word, if a comma or
    a full stop closes the whole within twice the reach; else ``j`` (no apposition)."""
    end = min(len(tokens), e + 2 * MAX_APPOSITION)
    close = next((k for k in range(j, end) if tokens[k].text in (",", ".", ";", '"', "(", ")")), None)
    if (
        close is None
        or tokens[close].text not in (",", ".")
        or any(t.text in CLAUSE_VERBS for t in tokens[e + 1 : close])
    ):
        return j
    for k in range(e + 3, j - 1):
        if tokens[k].text == "and" and tokens[k + 1].cap and tokens[k + 1].low in TITLE_HEADS:
            return k
    return j


def _scoped_office(tokens: list[Token], i: int, j: int) -> bool:
    """Tokens ``i``..``j`` hold an office word and then what it covers ("European Commissioner for
    Trade", "the special envoy for North Korea"): the head title before the first "of"/"for"/"to"."""
    for k in range(i + 1, j - 1):
        if tokens[k].low in ("of", "for", "to"):
            return is_office_word(tokens[k - 1].low) or tokens[k - 1].low in TITLE_HEADS
    return False


_SPEECH_ENDS = frozenset({"said", "says", "told"})
_CLAUSE_OPENERS = frozenset({",", "and", "but", '"', "“", ":", ";"})


def _object_before_tag(tokens: list[Token], a: int, e: int) -> bool:
    """Whether an indefinite description that ends on a speech verb (", a Nigerian official said")
    follows a name written as an object ("met X", "the ousted President X"): the sentence's closing
    tag, with a speaker of its own, not a description of the name (a name opening its clause, "X, a
    media aide, said" without the closing comma, is the speaker)."""
    return (
        e + 1 < len(tokens)
        and tokens[e + 1].low in ("a", "an")
        and a > 0
        and tokens[a - 1].text not in _CLAUSE_OPENERS
        and not tokens[a - 1].cap
    )


_POSSESSIVES = frozenset({"his", "her", "their"})
_CONJUNCT_REACH = 4  # tokens: how many capitalised title words may open the next person after "and"


def _next_conjunct(tokens: list[Token], e: int, j: int, spans: Spans) -> bool:
    """Whether the "and" at token ``j`` of a description (after the comma at ``e``) opens the
    sentence's next conjunct, not more of the office: a courtesy or a titled name ("X, Deputy Minister of Trade and Dr Y",
    "..., Brunei's envoy and ASEAN Secretary-General Y arrived") or a possessive ("X, Commander of
    the Navy and his delegation")."""
    nxt = tokens[j + 1]
    if courtesy(nxt.text):
        return True
    if nxt.low in _POSSESSIVES:
        # after a capitalised office only: "X, the minister and his wife," lists three people
        return e + 1 < j and tokens[e + 1].cap and tokens[e + 1].low not in DETERMINERS
    if not nxt.cap:
        return False
    reach = tokens[min(len(tokens) - 1, j + _CONJUNCT_REACH)]
    for m in spans.inside(nxt.start, reach.end + 40):
        if m.kind == "person" and m.start <= reach.start:
            head = m.head_start if m.head_start is not None else m.start
            return all(t.cap for t in tokens[j + 1 : tok_index(tokens, head)])
    return False


def _time_at(tokens: list[Token], j: int) -> bool:
    """ "on Saturday", "last May", "yesterday": a time expression starts at token ``j``."""
    low = tokens[j].low
    if low in ("yesterday", "today", "tomorrow"):
        return True
    return (
        low in ("on", "last", "next", "this")
        and j + 1 < len(tokens)
        and (tokens[j + 1].text in WEEKDAYS or tokens[j + 1].text in MONTHS)
    )


# Plain present-tense verbs a headline puts after its two actors ("X, British minister discuss ties"):
# right after an office word they end a list of two, never an apposition (a singular subject takes "-s").
_PLURAL_PRESENT = frozenset(
    {
        "discuss",
        "meet",
        "hold",
        "agree",
        "sign",
        "talk",
        "vow",
        "pledge",
        "review",
        "seek",
        "urge",
        "hail",
        "explore",
        "reaffirm",
        "ink",
        "share",
        "stress",
        "exchange",
        "welcome",
        "mull",
        "underline",
        "underscore",
        "emphasise",
        "emphasize",
        "renew",
        "affirm",
        "express",
        "voice",
        "condemn",
        "call",
        "unveil",
        "launch",
        "push",
        "eye",
        "laud",
        "praise",
        "commit",
        "resolve",
    }
)
# Past tenses without "-ed" that open a predicate after an unclosed apposition.
_IRREGULAR_PAST = frozenset(
    {"met", "spoke", "gave", "made", "held", "led", "took", "sent", "paid", "began", "went", "came", "wrote"}
)
# "-ed" words that stay in an office's name ("Prime Minister designated", "Minister retired").
# Words a passive participle takes right after it ("accused of", "backed by") and a finite verb rarely does
_PARTICIPLE_OBJECTS = frozenset({"by", "of"})
_OFFICE_PARTICIPLES = frozenset(
    {"designated", "elected", "appointed", "retired", "acting", "based", "united"}
)


def _main_verb(word: str) -> bool:
    """An auxiliary or a past tense right after a capitalised office opens the sentence's predicate
    ("X, Prime Minister of Barbados delivered remarks ..."): the office ends before it."""
    if word in CLAUSE_VERBS or word in _IRREGULAR_PAST:
        return True
    return (
        word.islower()
        and word.isalpha()
        and word.endswith("ed")
        and len(word) > 4
        and word not in _OFFICE_PARTICIPLES
    )


_NOT_QUALIFIERS = frozenset(
    {"pictured", "left", "right", "centre", "center", "above", "below", "file", "photo"}
)


def _past_brackets(tokens: list[Token], j: int) -> int:
    """Past a short bracketed qualifier inside a description ("Secretary (East) in ...", "the
    Christian Social Union (CSU)"), else ``j`` (the bracket ends the description)."""
    for k in range(j + 1, min(len(tokens), j + 5)):
        if tokens[k].text == ")":
            return k + 1 if k > j + 1 else j
        if not tokens[k].text.isalnum() or tokens[k].low in _NOT_QUALIFIERS:
            return j  # "(pictured)", "(left)": about the picture, not the office
    return j


@lru_cache(maxsize=8192)
def _office_or_occupation(low: str) -> bool:
    return is_office_word(low.rstrip(".")) or low in OCCUPATIONS


def body_of_apposition(tokens: list[Token], e: int, spans: Spans) -> str | None:
    """The body a described person works at: ", a researcher at the Institute for Security Studies,"."""
    j = e + 1
    while j < len(tokens) and j - e <= MAX_APPOSITION and tokens[j].text not in (",", ".", ";", '"', "("):
        j += 1
    if j >= len(tokens) or e + 1 >= j:
        return None
    start, end = tokens[e + 1].start, tokens[j - 1].end
    for o in spans.inside(start, end):
        if o.kind != "organization":
            continue
        k = tok_index(tokens, o.start)
        if k > 0 and tokens[k - 1].low in ("opposition", "ruling"):
            k -= 1  # "a deputy from the opposition X bloc"
        if k > 0 and tokens[k - 1].low == "the":
            k -= 1
        if k > 0 and tokens[k - 1].low in ("at", "of", "with", "from", "for"):
            if o.name in orgs.GOVERNMENT or o.text.split()[-1] in STATE_ORGANS or national_body(o):
                return None  # a state organ: its country, read from the phrase itself
            return o.name or o.text
    return None


def _joins_nouns(tokens: list[Token], j: int, e: int) -> bool:
    """ "and" between two lowercase words inside a description ("the information and press
    department"), not one that starts a clause or joins a person ("and his wife")."""
    if tokens[j].text != "and" or j < e + 3 or j + 1 >= len(tokens):
        return False
    before, after = tokens[j - 1], tokens[j + 1]
    return (
        before.text.isalpha()
        and before.text.islower()
        and after.text.isalpha()
        and after.text.islower()
        and after.low not in FUNCTION_LOWER
        and after.low not in STOP_APPOSITION
    )


def _inside_name(tokens: list[Token], j: int) -> bool:
    """ "and" between capitalised words joins a name ("Centre for Arctic and Northern Studies")."""
    return tokens[j].text == "and" and 0 < j < len(tokens) - 1 and tokens[j - 1].cap and tokens[j + 1].cap


def indefinite_before(doc: Document, tokens: list[Token], a: int) -> tuple[str | None, str | None]:
    """ "a spokesman for the army, <name>": the description between "a"/"an" and the comma; so
    "the editor of the Gazette, <name>", an occupation (no office, so no role mention of its own)
    after "the"."""
    if a < 3 or tokens[a - 1].text != ",":
        return None, None
    for q in range(a - 2, max(-1, a - 2 - MAX_APPOSITION), -1):
        tok = tokens[q]
        if tok.text in (",", ".", ";", ":", '"', "(", ")") or tok.low in STOP_APPOSITION:
            return None, None
        if tok.low == "the" and q + 1 < a - 1:
            found = _occupation_of(doc, tokens[q + 1 : a - 1])
            if found[0] is not None:
                return found
        if tok.low in ("a", "an"):
            phrase = tokens[q + 1 : a - 1]
            if not phrase or not (is_office_word(phrase[0].low) or phrase[0].low in LEADING_OFFICE_WORDS):
                return None, None  # the office word leads: "a spokesman for ...", "a senior adviser ..."
            if not any(is_office_word(t.low) or t.low in OCCUPATIONS for t in phrase):
                return None, None  # "for a political solution to ..., X said": a modifier and no office
            return parse_title(doc, phrase)
    return None, None


_DEFINITE = frozenset({"the", "his", "her", "their", "its"})
_POSSESSIVE_MARKS = frozenset({"'s", "\u2019s"})
_OFFICE_LINKS = frozenset({"of", "for", "to", "at", "in", "on"})


def definite_before(doc: Document, tokens: list[Token], a: int, e: int) -> tuple[str | None, str | None]:
    """ "the head of the mission, X", "the army's commander-in-chief, X", "Lee's chief of staff, X":
    a definite description in lower case, its head an office, apposed before the name with a comma.
    After a preposition or a gerund the name must close there ("In a call with the minister, X
    said": X is the subject, not the minister)."""
    if a < 3 or tokens[a - 1].text != "," or (e < len(tokens) and tokens[e].low == "and"):
        return None, None  # "the leader of the party, A and B spoke": a list, no apposition
    for q in range(a - 2, max(-1, a - 2 - MAX_APPOSITION), -1):
        tok = tokens[q]
        if tok.text in (",", ".", ";", ":", '"', "(", ")") or tok.low in STOP_APPOSITION:
            return None, None
        if tok.low in ("a", "an"):
            return None, None  # an indefinite description: indefinite_before's
        possessive = tok.text in _POSSESSIVE_MARKS and q > 0 and tokens[q - 1].cap
        if tok.low not in _DEFINITE and not possessive:
            continue
        if any(_time_at(tokens, j) for j in range(q + 1, a - 1)):
            return None, None  # "the Greek minister on Monday, X said": a time, no office's scope
        found = _office_described(doc, tokens[q + 1 : a - 1])
        if found[0] is None:
            continue  # "the head of the capital's government": an inner "the" opens no office
        opener = q - 1 if not possessive else _possessor_start(tokens, q) - 1
        if opener >= 0 and (tokens[opener].low in PREPOSITIONS or _after_gerund(tokens, opener + 1)):
            closed = e >= len(tokens) or tokens[e].text in (",", ".", ";", ")")
            if not closed:
                return None, None
        if possessive and found[1] is None:
            # "Peru's ambassador to the UN in Geneva, X": the office is the possessor country's
            return found[0], possessor(doc, tokens, q + 1)
        return found
    return None, None


def _possessor_start(tokens: list[Token], q: int) -> int:
    """The first token of the capitalised possessor before the "'s" at ``q``."""
    p = q - 1
    while p > 0 and q - p < 4 and tokens[p - 1].cap:
        p -= 1
    return p


def _office_described(doc: Document, phrase: list[Token]) -> tuple[str | None, str | None]:
    """(role, side) of a description whose head, the last word before any "of"/"for"/..., is one
    office in lower case ("chief negotiator for the talks", "presidential candidate"); (None, None)
    for anything else (a plural, a capitalised head, an office of another holder after it)."""
    k = next((i for i, t in enumerate(phrase) if t.low in _OFFICE_LINKS), len(phrase))
    if k == 0 or k == len(phrase) - 1:
        return None, None
    head = phrase[k - 1]
    if any(
        t.low in FUNCTION_LOWER or not t.text[:1].isalpha()
        for t in phrase[: k - 1]
        if t.text not in _POSSESSIVE_MARKS
    ):
        return None, None  # "the envoy travelled with a lawmaker": a clause, no modifiers of one office
    word = head.low.partition("-")[0]  # "commander-in-chief"
    if not head.text.islower() or head.low.endswith("s") or not (is_office_word(word) or word in OCCUPATIONS):
        return None, None
    if any(t.cap and is_office_word(t.low) for t in phrase[k:]):
        return None, None  # "the adviser to the Minister of Health, X": whose office X holds is unclear
    role, side = parse_title(doc, phrase)
    if role is None or head.low not in role.lower():
        role = doc.text[phrase[0].start : phrase[-1].end]
    return role, side


def _occupation_of(doc: Document, phrase: list[Token]) -> tuple[str | None, str | None]:
    """(occupation, body) of "(chief) editor (of The Hindu)": the occupation with its lowercase
    modifiers, and the body capitalised after "of"/"at"/"for", by its lexicon name; (None, None)
    unless the phrase is just that."""
    k = next((i for i, t in enumerate(phrase[:3]) if t.low in OCCUPATIONS), None)
    if k is None or not all(t.text.islower() for t in phrase[:k]):
        return None, None
    role = doc.text[phrase[0].start : phrase[k].end]
    if len(phrase) == k + 1:
        return role, None
    if len(phrase) < k + 3 or phrase[k + 1].low not in ("of", "at", "for", "with"):
        return None, None
    body = phrase[k + 2 :]
    if not all(t.cap or t.low in ("of", "and", "the", "&") for t in body) or not body[-1].cap:
        return None, None
    name = doc.text[body[0].start : body[-1].end]
    if name.startswith("the "):
        name = name[4:]
    known = orgs.KNOWN.get(name) or orgs.KNOWN.get(name.removeprefix("The "))
    if known:
        return role, known[0]
    return role, countries.country_of(name) or name


_HONOURABLE = frozenset({"honourable", "honorable"})  # the style written out, as "Hon." abbreviates it
_STYLE_GRADES = frozenset(
    {"most", "right", "rt", "rt.", "."}
)  # "the Most Hon.", "the Right Hon.", "the Rt. Hon."


def role_before(doc: Document, index: int, m: Mention, tokens: list[Token], a: int) -> int | None:
    """The role mention in apposition right before ``m`` (", " between them)."""
    if a >= 4 and tokens[a - 1].text == "-" and tokens[a - 2].text == "." and is_rank(tokens[a - 3].text):
        a -= 3  # "the National Security Adviser, Maj.-Gen. X": a compound rank opens the name
    c = a - 1
    styled = courtesy(tokens[a].text) or tokens[a].low in _HONOURABLE
    if styled:
        while c >= 2 and a - c <= 3 and tokens[c].low in _STYLE_GRADES:
            c -= 1  # "Prime Minister, the Most Hon. X", "the Rt. Hon. X": a grade of the style
    if c >= 1 and tokens[c].low == "the" and styled:
        b = c - 1  # "Central Province Governor, the Hon. X": the courtesy takes an article
        if b >= 2 and tokens[b].text == "." and courtesy(tokens[b - 1].text):
            b -= 2  # "Prime Minister of X, Dr. the Honourable Y": a doctor's style before it
        elif b >= 1 and courtesy(tokens[b].text):
            b -= 1
        if tokens[b].text == ",":
            c = b
    if c < 0 or tokens[c].text not in (",", ":"):
        return None
    # "Minister of Defence: X Y": a protocol list's line may set the name off by a colon, the office
    # opening the line or an item after a semicolon
    colon = tokens[c].text == ":"
    comma = tokens[c].start
    if (
        a >= 5
        and tokens[a - 2].text == ")"
        and tokens[a - 4].text == "("
        and _is_short_form(tokens[a - 3].text)
    ):
        comma = tokens[a - 5].end  # "the Secretary-General of the United Nations (UN), X"
    e = tok_index(tokens, m.end)
    if e < len(tokens) and tokens[e].text == "(":
        shut = next((k for k in range(e + 1, min(len(tokens), e + 5)) if tokens[k].text == ")"), None)
        e = shut + 1 if shut is not None else e  # "X (rtd.), and": past a short bracket after the name
    closed = e >= len(tokens) or tokens[e].text in (",", ".", ";")
    # "He held talks with Algeria's President, X on trade": so does a preposition, unless the
    # description sits in an opening phrase ("In a call with ..., Wang in turn said")
    # so does "and" before another name or title ("with the US envoy, X and Middle East adviser Y")
    closed = closed or (
        (
            tokens[e].text in PREPOSITIONS
            or (tokens[e].text == "and" and e + 1 < len(tokens) and tokens[e + 1].cap)
        )
        and tokens[0].low not in PREPOSITIONS
    )
    for k in range(index - 1, max(-1, index - 6), -1):
        other = doc.mentions[k]
        if other.kind != "role" or other.sentence != m.sentence:
            continue
        if colon and (
            other.end != comma
            or doc.text[doc.sentences[m.sentence].start : other.start].rstrip()[-1:] not in ("", ";")
        ):
            return None  # a colon sets a name off only in a list: the office opens the line or an item
        # "Malaysia's chargé d'affaires in Brunei, X": what the office covers ends the description
        scoped = (
            other.role is not None
            and comma - _SCOPE_REACH < other.end < comma
            and (
                _OFFICE_SCOPE.fullmatch(doc.text, other.end, comma) is not None
                or _portfolio_list(doc, other, comma)
            )
        )
        apposed = (
            not scoped
            and other.role is not None
            and comma - 80 < other.end < comma
            and _apposed_body(doc, other, k, index, comma)
        )
        # "the President of the Riigikogu (Parliament), X": a bracketed gloss before the comma
        glossed = other.end < comma and _GLOSS.fullmatch(doc.text, other.end, comma) is not None
        if other.end == comma or scoped or apposed or glossed:
            r = tok_index(tokens, other.start)
            after_preposition = r > 0 and tokens[r - 1].low in PREPOSITIONS
            if (
                after_preposition
                and r > 1
                and tokens[r - 1].low in ("to", "of", "for")
                and (is_office_word(tokens[r - 2].low) or tokens[r - 2].low in OCCUPATIONS)
            ):
                return None  # "an adviser to the premier, X": the name is the adviser's
            if (
                after_preposition
                and r > 1
                and tokens[r - 1].low == "to"
                and tokens[r - 2].cap
                and tokens[r - 2].low != "according"  # "According to Deputy Spokeswoman, X,": no principal
            ):
                # "the Special Assistant on Media to Minister of Foreign Affairs, X": the whole
                # capitalised office is the name's, the one after "to" is its principal's
                office = _office_ending_at(tokens, r - 1)
                if office is None:
                    return None
                other.role = doc.text[office : other.end]
                other.affiliation = None
                other.start = office
                other.text = doc.text[office : other.end]
            # "in a call with Saudi Arabia's top diplomat, Wang said": the name starts the main clause;
            # so after a gerund ("While welcoming the Omani minister, X said": the one welcomed)
            if (after_preposition or _after_gerund(tokens, r)) and not closed:
                return None
            if scoped:
                scope = doc.text[other.end : comma]
                if not scope.endswith(" country"):  # "to that country": a place told before, no office's name
                    other.role = (other.role or "") + scope
                other.end = comma
                other.text = doc.text[other.start : comma]
            return k
    return None


def _after_gerund(tokens: list[Token], r: int) -> bool:
    """An -ing verb right before token ``r`` ("welcoming the minister"): its object."""
    if r <= 0:
        return False
    word = tokens[r - 1].text
    if len(word) <= 5 or not word.endswith("ing"):
        return False
    # "Welcoming the Greek PM, X said": a sentence's first word, capitalised, is a gerund too
    return word.islower() or (r == 1 and word[1:].islower() and is_english_word(word.lower()))


def _office_ending_at(tokens: list[Token], q: int) -> int | None:
    """Start offset of the capitalised office whose words end right before token ``q`` ("Special
    Assistant on Media and Communications Strategy" before "to ..."), or None if no office word
    opens it."""
    p = q
    while (
        p > 0
        and q - p < 10
        and (tokens[p - 1].cap or (tokens[p - 1].low in ("on", "and", "for", "of") and p - 1 < q - 1))
    ):
        p -= 1
    while p < q and not tokens[p].cap:
        p += 1
    words = [t.low for t in tokens[p : min(q, p + 2)]]
    if not any(w in TITLE_MODIFIERS or w in TITLE_HEADS or w in _AIDES for w in words):
        return None
    return tokens[p].start


_AIDES = frozenset({"assistant", "aide"})


def _apposed_body(doc: Document, other: Mention, k: int, index: int, comma: int) -> bool:
    """An office, then its state or body between commas, then the holder: "the Minister of
    Information, Ghana, X" (the country is the affiliation), "The Spokesperson, Ministry of
    Foreign Affairs, Y" (the body completes the office). Read into ``other``; True if found."""
    gap = doc.text[other.end : comma]
    if not gap.startswith(", "):
        return False
    inner = [m for m in doc.mentions[k + 1 : index] if m.start >= other.end and m.end <= comma]
    if len(inner) != 1 or inner[0].start != other.end + 2 or inner[0].end != comma:
        return False
    body = inner[0]
    if body.kind == "country":
        other.affiliation = other.affiliation or body.name or body.text
        return True
    if body.kind != "organization":
        return False
    other.role = (other.role or "") + gap
    other.end = comma
    other.text = doc.text[other.start : comma]
    return True


# What an office covers, after it: " in Brunei", " on Media and Publicity", " for the Western Hemisphere".
# Not a time: "the Greek PM on Monday, X" is a description, a time, then the subject.
_TIME_NAMES = "|".join(sorted(MONTHS | WEEKDAYS))
# So a lowercase matter of those places: " for dialogue between Belgrade and Pristina", " on relations with Iran";
# and " with responsibility for External Affairs"; and the place told before: " to that country".
_OFFICE_SCOPE = re.compile(
    r"\s+(?:with\s+responsibility\s+)?(?:in|to|for|on|at)\s+(?:(?:that|this|the)\s+country|(?:the\s+)?"
    r"(?:[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?\s+(?:between|with|in|of)\s+(?:the\s+)?)?"
    rf"(?!(?:{_TIME_NAMES})\b)"
    r"[A-Z][\w'.-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w'.-]*){0,4})"
)


_SCOPE_REACH = 120  # characters between an office and the comma before its holder
# The rest of a portfolio listed after an office: ", Fisheries, Physical Planning and Co-operatives"
_PORTFOLIO_LIST = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})+")


def _portfolio_list(doc: Document, other: Mention, comma: int) -> bool:
    """Whether what stands between an office of a portfolio ("the Minister for Agriculture,
    Fisheries") and the comma before its holder lists more of that portfolio: dictionary words,
    no one's name ("..., Physical Planning and Co-operatives, Hon X")."""
    if not other.role or (" for " not in other.role and " of " not in other.role):
        return False
    gap = doc.text[other.end : comma]
    if not gap.startswith((",", " and ")) or _PORTFOLIO_LIST.fullmatch(gap) is None:
        return False
    words = re.findall(r"[A-Z][\w'-]*", gap)
    return all(
        is_english_word(w.lower().replace("-", "")) or is_english_word(w.lower()) for w in words
    ) and not any(given_word(w) for w in words)


def _is_short_form(text: str) -> bool:
    """An acronym in brackets after a name ("(UN)", "(AU)")."""
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


# What may stand between an office and its holder's name and still belong to the office: the
# body or place it serves, in capitals, with its joiners and a bracketed short form ("of the
# Peace Mission (UNPM) ", "'s Altai Territory ", " in Haiti "), then at most a comma or a dash.
_BODY_GAP = re.compile(
    r"(?:'s)?(?:\s+(?:of|for|in|the|and|&|\([A-Z]{2,8}\)|[A-Z][\w.'&-]*))*?(?P<tail>\s*,|\s+-)?\s+"
)
# Nouns that end the name of a body or a territory an office serves, besides the organizations'
# own heads ("the Lower House", "the Support Mission", "the Altai Territory").
_GAP_BODY_NOUNS = orgs.HEADS | frozenset(
    {"House", "Mission", "Embassy", "Consulate", "Delegation", "Territory", "Province", "Region", "Majlis"}
)


def office_across_body(doc: Document, index: int, m: Mention) -> tuple[str, str | None] | None:
    """(role, affiliation) of an office written before a name with the body it serves between them,
    no comma or one ("the head of the Peace Mission (UNPM) X", "Governor of Russia's Altai Territory
    X", "the acting envoy of France's Embassy in Chad, X"); the role mention is linked to the name."""
    for k in range(index - 1, max(-1, index - 6), -1):
        rm = doc.mentions[k]
        if rm.sentence != m.sentence or rm.kind == "person":
            return None
        if rm.kind != "role" or rm.ref is not None or not rm.role or rm.end > m.start:
            continue
        gap = _BODY_GAP.fullmatch(doc.text, rm.end, m.start)
        if gap is None or not _serves_a_body(doc, k, index, gap.group(0)):
            return None
        if "," in (gap.group("tail") or "") and doc.text.startswith(" and ", m.end):
            return None  # "the leader of the X Party, A and B spoke": a list after the comma, no apposition
        rm.ref = index
        body = gap.group(0)[: gap.start("tail") - rm.end] if gap.group("tail") else gap.group(0)
        return rm.role + body.rstrip(), rm.affiliation or _body_name(doc, k, index, rm.end, m.start)
    return None


def _serves_a_body(doc: Document, k: int, index: int, gap: str) -> bool:
    """Whether the words between an office and a name end in a body's or place's name: a body noun,
    a bracketed short form, a known country or organization."""
    words = re.findall(r"[A-Z][\w.'&-]*|\([A-Z]{2,8}\)", gap)
    if not words:
        return False
    if any(w in _GAP_BODY_NOUNS or w.startswith("(") for w in words):
        return True
    return any(o.kind in ("country", "organization") for o in doc.mentions[k + 1 : index])


def _body_name(doc: Document, k: int, index: int, start: int, end: int) -> str | None:
    """The country or organization named between an office and its holder, the last one."""
    for o in reversed(doc.mentions[k + 1 : index]):
        if o.kind in ("country", "organization") and start <= o.start and o.end <= end:
            return o.name or o.text
    return None
