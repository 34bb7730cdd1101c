"""Offices shared across a sentence's people: plural offices over lists, and counterparts.

A plural title before a list ("ministers A, B and C", "Former PMs A and B"), a plural office
then a dash ("three prime ministers - Poland's X, ..."), sides before a plural office ("the
Chinese and Russian presidents, X and Y"), a plural description after a list ("X and Y, his
counterparts from Russia and China,"), "Presidents X of Colombia, Y of Brazil" and a
"counterpart" taking the office of the sentence's titled person.

Separate because these passes read all the people of a sentence together, after each person's
own words (roles.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.extract.document import Document, Mention
from briefing_tui.extract.lexicon import orgs
from briefing_tui.extract.lexicon.countries import country_of
from briefing_tui.extract.lexicon.titles import PLURAL_BASES, TITLE_MODIFIERS, office_abroad
from briefing_tui.extract.offices import plural_office
from briefing_tui.extract.roletitles import (
    ABBREVIATED_OFFICES,
    DETERMINERS,
    FUNCTION_LOWER,
    OFFICE_WORDS,
    Spans,
    names_office,
    only_ranks,
    tok_index,
)
from briefing_tui.extract.tokens import Token

_LIST_GAPS = frozenset({", ", " and ", ", and "})
_COUNTRY_GAPS = frozenset({"", ",", "and", ", and", "the", "and the", ", and the"})


@lru_cache(maxsize=1024)
def _singular_office(low: str) -> str | None:
    """The office word of a plural ("counterparts", "ministers", "secretaries", "congressmen"), else None."""
    if low.endswith("men"):
        forms: tuple[str, ...] = (low[:-3] + "man",)  # "congressmen", "chairmen"
    elif not low.endswith("s"):
        return None
    else:
        forms = (low[:-3] + "y", low[:-1]) if low.endswith("ies") else (low[:-1], low[:-2])
    return next((f for f in forms if f and names_office(f)), None)


def _plural_word(role: str) -> bool:
    """A role that is one plural office word ("envoys", "aides"): read from "Rossi's envoys, A and B"
    into the first name alone, it is each listed holder's office in the singular."""
    return " " not in role and _singular_office(role.lower()) is not None


_PLURAL_TITLE = re.compile(r"(?:(\S+)\s)?([A-Za-z]+)\s+")


def plural_title_before_list(doc: Document, people: list[Mention]) -> None:
    """A plural title read into the first name of a list ("ministers A, B and C", "Presidents A and B")
    is each holder's office, in the singular; each list of the sentence has its own."""
    text = doc.text
    for n, m in enumerate(people[:-1]):
        if (m.role is None or _plural_word(m.role)) and _lowercase_plural_before(text, people, n):
            continue
        if m.role is not None and " " in m.role and _plural_phrase_before_list(text, people, n):
            continue
        head = m.head_start if m.head_start is not None else m.start
        short = _ABBREVIATED_PLURAL.search(text, max(0, m.start - 24), m.start)
        if short is not None and m.role is None:
            # "Former PMs A and B": an abbreviated plural before the list, outside the names
            office = ABBREVIATED_OFFICES.get(short.group(2).lower(), short.group(2))  # "MPs": "MP"
            if short.group(1):
                office = f"former {office}"
            _give_list(text, people, n, office)
            return
        if head <= m.start:  # "Presidents A": the plural read as a word of the name
            head = text.find(" ", m.start, m.end) + 1
            if head <= 0:
                continue
        if text[head - 1] != " " or (text[head - 2] != "s" and text[head - 4 : head - 1] != "men"):
            continue  # the cheap gate: a plural ends the title ("Presidents ", "Congressmen ")
        title = text[m.start : head]
        found = _PLURAL_TITLE.fullmatch(title)
        if found is None:
            continue
        modifier, word = found.groups()
        singular = _singular_office(word.lower())
        if singular is None or singular not in PLURAL_BASES:
            continue
        if word.lower().endswith("men"):
            office = word[:-3] + "man"  # "Congressmen A and B"
        elif word.lower().endswith("ies"):
            office = word[: len(singular) - 1] + "y"
        else:
            office = word[: len(singular)]
        if modifier and (modifier[0].isupper() or modifier.lower() in TITLE_MODIFIERS):
            office = f"{modifier} {office}"  # "Foreign Ministers A and B"; not "includes ministers A"
        past = _past_marker(m.role, title) if m.role is not None else None
        if m.role is not None and past is None and m.role.lower() != title.strip().lower():
            continue
        if past:
            office = f"{past} {office}"  # "former Prime Ministers A and B": each a former prime minister
        m.head_start = head
        _give_list(
            text, people, n, office
        )  # a later list may have its own ("Senators A and B, and Congressmen C and D")


_PAST_MARKERS = ("former", "then", "late", "outgoing")
# what may follow a plural office word joined by a hyphen: "ambassadors-designate", "presidents-elect"
_PLURAL_SUFFIXES = frozenset({"designate", "elect"})  # (PLURAL_HEADS lets such words past the gate)
# words after which an office phrase's scope begins: "leaders of both countries", "envoys to Oman"
_SCOPE_WORDS = frozenset({"of", "to", "for", "in", "at", "from", "on", "with"})


def _plural_phrase_before_list(text: str, people: list[Mention], n: int) -> bool:
    """ "the leaders of both countries, A and B", "opposition leaders A and B", "ambassadors-designate
    to Oman A and B": a plural office phrase read whole into the first name of a list is each
    holder's office, its plural word made singular and its scope left out (it covers the list, or
    the first holder alone: "envoys-designate to Oman A and B for Chad")."""
    m = people[n]
    if text[m.end : people[n + 1].start] not in _LIST_GAPS or people[n + 1].role is not None:
        return False
    words = m.role.split() if m.role else []
    if "and" in words:
        return False  # "the ministers of health and education, A and B": which is whose, respective_offices'
    for k, word in enumerate(words):
        if word.lower() in _SCOPE_WORDS:
            return False  # the plural word must head the phrase, before any scope
        stem, _, suffix = word.partition("-")
        if suffix and suffix.lower() not in _PLURAL_SUFFIXES:
            continue
        singular = _singular_office(stem.lower())
        if singular is None or singular not in PLURAL_BASES or stem.lower() == singular:
            continue
        if k == 0 and len(words) > 1 and words[1].lower() not in _SCOPE_WORDS:
            continue  # "Ministers Council ...": a plural first word before more words is no office
        one = stem[: len(singular)] if not stem.lower().endswith(("men", "ies")) else singular
        office = " ".join([*words[:k], one + (f"-{suffix}" if suffix else "")])
        _give_list(text, people, n, office)
        return True
    return False


def _past_marker(role: str, title: str) -> str | None:
    """The past marker the person's stage put before a plural title read into the name ("former"
    of "former Prime Ministers" for the title "Prime Ministers "), else None."""
    first, _, rest = role.partition(" ")
    low = first.lower()
    return low if low in _PAST_MARKERS and rest.lower() == title.strip().lower() else None


# a lowercase plural right before a name, maybe after its modifier and before a comma, maybe introducing
# its holders: "presidents ", "foreign ministers ", "by presidents, A and B", "six ministers including A"
_LOWERCASE_PLURAL = re.compile(
    r"(?:\b(former|then|late|outgoing)\s)?(?:\b([a-z]+)\s)?\b([a-z]+(?:s|men))"
    r"(?:,?\s(?:including|such\sas|among\sthem|namely))?,?\s$"
)
# a plural office of a body named after it, then the list: "members of the National Assembly A, B and
# C", "the Co-Chairs of the OSCE Minsk Group - A, B, C"
_PLURAL_OF_BODY = re.compile(
    r"\b((?:[Cc]o-)?[A-Za-z]+?(?:s|men))\s+(of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,5}[A-Z][\w']*(?:-[\w']+)*)\s*[-:,]?\s+$"
)
# a known body's name, maybe after a rank, right before a lowercase plural office: "senior White House "
_BODY_BEFORE_PLURAL = re.compile(r"(?:\b([a-z]+)\s)?((?:[A-Z][\w-]*\s){1,3})$")
_MEMBERS = frozenset({"member", "co-chair"})  # plurals of no office alone, an office of the body after them


def _lowercase_plural_before(text: str, people: list[Mention], n: int) -> bool:
    """ "relations of presidents A and B": a lowercase plural office outside the names, right
    before a list of two or more, is each holder's office in the singular (a plural before one
    name alone is no title of it: "the residents" or "as ministers" are not)."""
    m = people[n]
    if text[m.end : people[n + 1].start] not in _LIST_GAPS:
        return False
    found = _LOWERCASE_PLURAL.search(text, max(0, m.start - 50), m.start)
    if found is None:
        return _plural_of_body(text, people, n)
    past, modifier, word = found.groups()
    singular = _singular_office(word)
    if singular is None or singular not in PLURAL_BASES:
        return False
    office = f"{modifier} {singular}" if modifier in TITLE_MODIFIERS else singular
    body = (
        _BODY_BEFORE_PLURAL.search(text, max(0, found.start(3) - 40), found.start(3))
        if not modifier
        else None
    )
    if body is not None and orgs.KNOWN.get(body.group(2).rstrip()) is not None:
        # "the senior White House advisers A and B": each a senior White House adviser
        rank = body.group(1)
        office = f"{rank + ' ' if rank in TITLE_MODIFIERS else ''}{body.group(2)}{singular}"
    if past:
        office = f"{past} {office}"  # "former cabinet ministers, including A and B": each a former one
    _give_list(text, people, n, office)
    return True


def _plural_of_body(text: str, people: list[Mention], n: int) -> bool:
    """ "members of the National Assembly A, B and C": a plural office of a body named after it,
    right before a list, is each holder's office in the singular, the body kept in it."""
    m = people[n]
    found = _PLURAL_OF_BODY.search(text, max(0, m.start - 80), m.start)
    if found is None:
        return False
    word, body = found.groups()
    low = word.lower()
    singular = low[:-1] if low[:-1] in _MEMBERS else _singular_office(low)
    if singular is None or (singular not in PLURAL_BASES and singular not in _MEMBERS):
        return False
    office = word[: len(singular)] if not low.endswith("men") else word[:-3] + "man"
    _give_list(text, people, n, f"{office} {body}")
    return True


# "former PMs ", "MPs " right before a name: the abbreviated plural, perhaps after a past marker
_ABBREVIATED_PLURAL = re.compile(r"(?:\b([Ff]ormer|[Ee]x-)\s*)?\b(PM|FM|MP|MEP)s\s+$")


def _give_list(text: str, people: list[Mention], n: int, office: str) -> None:
    """The office to ``people[n]`` and each name listed right after it with none of its own."""
    people[n].role = office
    last = people[n]
    for other in people[n + 1 :]:
        if text[last.end : other.start] not in _LIST_GAPS or other.role is not None:
            break
        other.role = office
        last = other


# "three prime ministers — Poland's X, the Czech Republic's Y and Z": a plural office, a dash or a
# colon (the clean stage makes every dash "-"), then the holders, each maybe after its country's possessive
_OWNER = r"(?:(?:the\s)?(?:[A-Z][\w-]*\s){0,3}[A-Z][\w-]*'s\s)?"  # the clean stage writes "'"
_PLURAL_BEFORE_DASH = re.compile(r"(?:([A-Za-z]+)\s)?([a-z]+s)(?:\s-|:)\s+" + _OWNER + r"$")
_DASH_LIST_GAP = re.compile(r"(?:,\s|,?\sand\s)" + _OWNER)
_PLURAL_REACH = 60  # characters before the first holder: the plural, the dash and one possessor


def plural_office_before_dash(doc: Document, people: list[Mention]) -> None:
    """ "three prime ministers — Poland's X, the Czech Republic's Y and Slovenia's Z —": each holder
    listed after a plural office and a dash (or a colon) takes the office in the singular."""
    text = doc.text
    first = people[0]
    if first.role is not None:
        return
    found = _PLURAL_BEFORE_DASH.search(text, max(0, first.start - _PLURAL_REACH), first.start)
    if found is None:
        return
    modifier, word = found.groups()
    singular = _singular_office(word)
    if singular is None or singular not in PLURAL_BASES:
        return
    office = singular
    if modifier and modifier.lower() in TITLE_MODIFIERS:
        office = f"{modifier.lower()} {singular}"  # "prime ministers": the prime minister
    first.role = office
    last = first
    for other in people[1:]:
        if other.role is not None or _DASH_LIST_GAP.fullmatch(text, last.end, other.start) is None:
            break
        other.role = office
        last = other


# "the Polish and Lithuanian presidents, X and Y": sides, then a plural office and a comma, right
# before the first holder (the clean stage writes "'", so a possessive side reads "Poland's")
_SIDES_BEFORE_PLURAL = re.compile(
    r"((?:[A-Z][\w'-]*,\s)*[A-Z][\w'-]*,?\sand\s[A-Z][\w'-]*)\s(?:([a-z]+)\s)?([a-z]+s),\s$"
)
_SIDES_REACH = 120  # characters before the first holder: a few sides and the office


def sides_before_plural_office(doc: Document, people: list[Mention], spans: Spans) -> None:
    """ "the Chinese and Russian presidents, X and Y": as many holders as sides, listed after a
    plural office, each take the office in the singular and the side written in the same place."""
    text = doc.text
    first = people[0]
    found = _SIDES_BEFORE_PLURAL.search(text, max(0, first.start - _SIDES_REACH), first.start)
    if found is None:
        return
    modifier, word = found.group(2), found.group(3)
    singular = _singular_office(word)
    if singular is None or singular not in PLURAL_BASES:
        return
    sides = [m for m in spans.inside(found.start(1), found.end(1)) if m.kind == "country" and m.affiliation]
    holders = [first]
    for other in people[1:]:
        if len(holders) == len(sides) or text[holders[-1].end : other.start] not in _LIST_GAPS:
            break
        holders.append(other)
    if len(sides) < 2 or len(holders) != len(sides):
        return
    office = f"{modifier} {singular}" if modifier and modifier in TITLE_MODIFIERS else singular
    for person, side in zip(holders, sides, strict=True):
        if person.role is None:
            person.role = office
        person.affiliation = side.affiliation


# "Turkish and Georgian Foreign Ministers A and B": sides, then a capitalised plural title right
# before the first name (the name's mention may have read the last side and the title into it)
_SIDES_THEN_TITLE = re.compile(
    r"((?:[A-Z][\w'-]*,\s)*[A-Z][\w'-]*,?\sand\s[A-Z][\w'-]*)\s((?:([A-Z][a-z]+)\s)?([A-Z][a-z]+s))\s$"
)
_SIDE_GAP = re.compile(r",\s(?:and\s)?|,?\sand\s")


def sides_before_plural_title(doc: Document, people: list[Mention]) -> None:
    """ "Kenyan and Ugandan Foreign Ministers A and B": as many holders as sides, listed right after a
    capitalised plural title, each take the office in the singular and the side in the same place
    (English lists them "respectively" without saying so)."""
    text = doc.text
    first = people[0]
    head = first.head_start if first.head_start is not None else first.start
    if head < 2 or text[head - 2] != "s" or text[head - 1] != " ":
        return  # the cheap gate: a plural ends the title
    found = _SIDES_THEN_TITLE.search(text, max(0, head - _SIDES_REACH), head)
    if found is None:
        return
    word = found.group(4)
    singular = _singular_office(word.lower())
    if singular is None or singular not in PLURAL_BASES:
        return
    sides: list[str] = []
    for part in reversed(_SIDE_GAP.split(found.group(1))):
        side = country_of(part)
        if side is None:
            break  # "On Monday, French and German Presidents": the sides are the run that ends at the title
        sides.insert(0, side)
    if len(sides) < 2:
        return
    holders = [first]
    for other in people[1:]:
        if len(holders) == len(sides) or text[holders[-1].end : other.start] not in _LIST_GAPS:
            break
        holders.append(other)
    if len(holders) != len(sides) or (
        len(people) > len(holders) and text[holders[-1].end : people[len(holders)].start] in _LIST_GAPS
    ):
        return  # more names than sides: the list is not told side by side
    office = word[: len(singular) - 1] + "y" if word.lower().endswith("ies") else word[: len(singular)]
    modifier = found.group(3)
    if modifier and modifier.lower() in OFFICE_WORDS:
        office = f"{modifier} {office}"
    plural = found.group(2).lower()
    for person, side in zip(holders, sides, strict=True):
        if person.role is None or person.role.lower() in (plural, office.lower(), word.lower()):
            person.role = office
        person.affiliation = side


# "the Ministers of Health, and Education: A and B, respectively", "his counterparts from Peru and
# Chile, A and B, respectively": a plural office over a list of what each holds, then the holders
_PART_WORD = r"(?:[A-Z][\w'.-]*|and|the|&)"
_RESPECTIVE_OFFICE = re.compile(
    r"\b(?:([A-Za-z]+)\s+)?([A-Za-z]+s)\s+(?:of|for|from)\s+("
    + _PART_WORD
    + r"(?:,?\s+"
    + _PART_WORD
    + r")*)\s*[,:]\s+$"
)
_RESPECTIVELY = re.compile(r",?\s+respectively\b")
_RESPECTIVE_REACH = 160  # characters before the first holder: the office and what each holds
_PART_GAP = re.compile(r",\s+(?:and\s+)?")


def respective_offices(doc: Document, people: list[Mention]) -> None:
    """ "the Ministers of Foreign Affairs, Health, and Education: A, B and C, respectively": the
    holders listed before "respectively" take, in order, the office over each portfolio or country
    the plural office names (a country is the holder's side: "his counterparts from Peru and Chile");
    a list of as many countries as holders pairs in order without it ("the foreign ministers of Peru
    and Chile, A and B")."""
    text = doc.text
    ends = _list_ends(text, people)
    for n, first in enumerate(people[:-1]):
        if ends[n] == n:
            continue
        respectively = _RESPECTIVELY.match(text, people[ends[n]].end) is not None
        holders = people[n : ends[n] + 1]
        found = _RESPECTIVE_OFFICE.search(text, max(0, first.start - _RESPECTIVE_REACH), first.start)
        singular = _singular_office(found.group(2).lower()) if found else None
        if found is None or singular is None:
            continue
        parts = _respective_parts(found.group(3), len(holders))
        if parts is None or not (respectively or all(map(country_of, parts))):
            continue  # without "respectively", only countries, one a holder, pair in order
        modifier = found.group(1)
        title = found.group(2)[: len(singular)] if len(found.group(2)) > len(singular) else singular
        if modifier and modifier.lower() in TITLE_MODIFIERS:
            title = f"{modifier} {title}"  # "foreign ministers of A and B"
        for person, part in zip(holders, parts, strict=True):
            side = country_of(part)
            if person.role is None or plural_office(person.role):  # not "ministers of A and B"
                person.role = title if side else f"{title} of {part}"
            if side:
                person.affiliation = side
        return


def _list_ends(text: str, people: list[Mention]) -> list[int]:
    """For each person, the index of the last name of the list it opens (names joined by list gaps),
    found in one pass from the right: walking a long list on from each of its names cost its square."""
    ends = list(range(len(people)))
    for k in range(len(people) - 2, -1, -1):
        if text[people[k].end : people[k + 1].start] in _LIST_GAPS:
            ends[k] = ends[k + 1]
    return ends


def _respective_parts(listed: str, n: int) -> list[str] | None:
    """The ``n`` items of a list ("Foreign Affairs and Regional Integration, Health, and Education";
    "Peru and Chile"): split at its commas, else its last "and"; None if they are not ``n``."""
    parts = [p.strip() for p in _PART_GAP.split(listed) if p.strip()]
    if len(parts) == n - 1 and " and " in parts[-1]:
        parts[-1:] = parts[-1].rsplit(" and ", 1)
    return parts if len(parts) == n else None


def shared_apposition(doc: Document, people: list[Mention], tokens: list[Token], spans: Spans) -> None:
    """ "X and Y, his counterparts from Russia and China,": a plural description after a list of
    names (a sentence's people, in order) is each one's, and its countries go to the names in
    order (a single country to all)."""
    text = doc.text
    first = 0  # where the list that the name at idx closes begins: kept as idx goes on, not walked back
    for idx in range(1, len(people)):
        last = people[idx]
        before = people[idx - 1]
        if last.start - before.end > 6 or text[before.end : last.start] not in _LIST_GAPS:  # cheap test first
            first = idx  # (walking back from each name made a sentence of n names cost n * n)
            continue
        e = tok_index(tokens, last.end)
        if e + 2 >= len(tokens) or tokens[e].text != ",":
            continue
        j = e + 2 if tokens[e + 1].low in DETERMINERS else e + 1
        head = j
        while (
            j < len(tokens)
            and j - head < 4
            and tokens[j].text.isalpha()
            and tokens[j].low not in ("of", "from")
        ):
            j += 1
        singular = _singular_office(tokens[j - 1].low) if j > head else None
        if singular is None or any(t.low in FUNCTION_LOWER for t in tokens[head:j]):
            continue  # ", and other senior officials": the list goes on, it is not described
        mods = head
        while mods < j - 1 and not (tokens[mods].cap or tokens[mods].low in OFFICE_WORDS):
            mods += 1  # "two ministers": a count is no part of the office
        role = " ".join([t.text for t in tokens[mods : j - 1]] + [tokens[j - 1].text[: len(singular)]])
        places: list[str | None] = []
        if j < len(tokens) and tokens[j].low in ("of", "from"):
            pos = tokens[j].end
            for c in spans.inside(pos, doc.sentences[last.sentence].end):
                if c.kind != "country":
                    continue
                if text[pos : c.start].strip() not in _COUNTRY_GAPS:
                    break
                places.append(c.affiliation)
                pos = c.end
            if len(places) not in (1, idx - first + 1):
                continue  # no country where one was announced, or a count that does not pair up
        for n, m in enumerate(people[first : idx + 1]):
            # the last name's role may be the plural description itself, read as its apposition
            if m.role is None or only_ranks(m.role) or tokens[j - 1].low in m.role.lower().split():
                m.role = role
            if places:
                m.affiliation = places[n] if len(places) > 1 else places[0]


def counterparts(ms: list[Mention]) -> None:
    """ "Wang told Israeli counterpart Eli Cohen": Cohen holds Wang's office (``ms``: a sentence's
    people and role descriptions)."""
    titled: list[Mention] | None = None  # listed at the first counterpart, before any is changed
    for m in ms:
        if m.role and m.role.lower().split()[-1:] == ["counterpart"]:
            if titled is None:
                titled = [
                    t for t in ms if t.kind == "person" and t.role and "counterpart" not in t.role.lower()
                ]
            source = next((t for t in titled if t.start < m.start), None)
            if source is None:
                source = next((t for t in titled if t is not m), None)
            if source is None:
                # "the Turkish foreign minister met his Ukrainian counterpart, X": an office described
                # before the counterpart, with no name of its own
                source = next(
                    (
                        t
                        for t in ms
                        if t.kind == "role" and t.ref is None and t.end < m.start and _holds_office(t)
                    ),
                    None,
                )
            if source is not None and source.role:
                m.role = office_abroad(source.role, m.affiliation)


def _holds_office(m: Mention) -> bool:
    """A role description naming an office (not "counterpart" or a rank alone)."""
    role = m.role
    return bool(role) and "counterpart" not in role.lower() and not only_ranks(role)


# A plural office over a list of holders: "the Presidents of Colombia, X; of Brazil, Y" or
# "Presidents X of Colombia, Y of Brazil and Z of Haiti".
_PLURAL_OFFICE = re.compile(r"\b((?:[A-Z][a-z]+[ -])?([A-Z][a-z]+))s\s+(?=of\s|[A-Z])")
PLURAL_HEADS = (
    frozenset(head + "s" for head in PLURAL_BASES)
    | frozenset(  # the cheap gate before the pattern
        head for head in PLURAL_BASES if head.endswith("ies")
    )
    | frozenset(head[:-3] + "men" for head in PLURAL_BASES if head.endswith("man"))
    | frozenset(head + "s" for head in _MEMBERS)
    | frozenset(f"{head}s-{suffix}" for head in PLURAL_BASES for suffix in ("designate", "elect"))
)  # "congressmen", "ambassadors-designate"
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")
_THEN_OF = re.compile(r"\s*[;,]\s*(?:and\s+)?(?:with\s+)?(?:the\s+)?of\s+(?:the\s+)?")
_THEN_NAME = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def plural_office_list(doc: Document, sentence: int, ms: list[Mention], spans: Spans) -> None:
    """Each holder in a list under one plural office takes that office (singular) and the country
    written with them: a plural title is no part of the first name, and "of X" after the plural
    names only the first holder's country."""
    s = doc.sentences[sentence]
    text = doc.text
    for found in _PLURAL_OFFICE.finditer(text, s.start, s.end):
        if found.group(2).lower() not in PLURAL_BASES:
            continue
        office = found.group(1)
        pos = found.end()
        inside = [m for m in spans.inside(pos, s.end) if m.kind in ("person", "country")]
        named = [m for m in ms if m.kind == "person" and m.start == found.start() and m.end > pos]
        if named:  # "Presidents Juan Santos of ...": the plural title was read into the name
            inside.insert(0, named[0])
            named[0].head_start = pos
        pairs: list[tuple[Mention, Mention]] = []
        k = 0
        if text.startswith("of", pos):
            k = next((j for j, m in enumerate(inside) if m.start >= pos), len(inside))
            pos = found.end() + 2
            while k + 1 < len(inside):
                country, person = inside[k], inside[k + 1]
                if (
                    country.kind != "country"
                    or person.kind != "person"
                    or not text[pos : country.start].isspace()
                ):
                    break
                gap = text[country.end : person.start]
                if not re.fullmatch(r"\s*,\s*", gap):
                    if gap != " ":
                        break
                    # "Presidents of X A and Y B": each country written right before its holder
                    pairs.append((person, country))
                    k += 2
                    if k >= len(inside) or _THEN_NAME.fullmatch(text, person.end, inside[k].start) is None:
                        break
                    pos = inside[k].start - 1
                    continue
                pairs.append((person, country))
                k += 2
                then = _THEN_OF.match(text, person.end)
                if then is None or k >= len(inside):
                    break
                pos = then.end() - 1
        else:
            while k + 1 < len(inside):
                person, country = inside[k], inside[k + 1]
                if person.kind != "person" or country.kind != "country":
                    break
                if _OF_COUNTRY.fullmatch(text, person.end, country.start) is None:
                    break
                pairs.append((person, country))
                k += 2
                if k < len(inside) and _THEN_NAME.fullmatch(text, country.end, inside[k].start) is None:
                    break
        if len(pairs) < 2 and not named:
            continue
        for person, country in pairs:
            if person.role is None or person is (named[0] if named else None):
                person.role, person.affiliation = office, country.affiliation
