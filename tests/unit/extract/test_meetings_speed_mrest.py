"""Guards and indexes of the meeting stage's passes (speed round): each one finds what the search it spares
would have found, and a pattern edit that breaks its reasoning fails here."""

from __future__ import annotations

import random
import re
import re._constants as sre
import re._parser as sre_parse
from datetime import date

from briefing_tui.extract import asciitwin
from briefing_tui.extract.meetingactors import IN_PLACE
from briefing_tui.extract.meetingcities import _CAPITALS_OF, _put_in
from briefing_tui.extract.meetingtripdays import _TOLD_LENGTH, _told_lengths
from briefing_tui.extract.pipeline import build_document

_STRETCH = re.compile(r"[\w\s-]")


def _only_stretch_characters(parsed: sre_parse.SubPattern) -> bool:
    """Whether every character the parsed pattern can consume (lookarounds too) is a word character,
    white space or a hyphen (a letter's case partners under (?i) are letters too)."""
    for op, av in parsed:
        if op is sre.LITERAL:
            if not _STRETCH.fullmatch(chr(av)):
                return False
        elif op is sre.IN:
            for item, value in av:
                if item is sre.LITERAL and _STRETCH.fullmatch(chr(value)):
                    continue
                if item is sre.CATEGORY and value in (
                    sre.CATEGORY_WORD,
                    sre.CATEGORY_SPACE,
                    sre.CATEGORY_DIGIT,
                ):
                    continue
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _only_stretch_characters(av[2]):
                return False
        elif op is sre.SUBPATTERN:
            if not _only_stretch_characters(av[3]):
                return False
        elif op is sre.BRANCH:
            if not all(_only_stretch_characters(p) for p in av[1]):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _only_stretch_characters(av[1]):
                return False
        elif op is not sre.AT:
            return False  # any other character (".", a negated set) or a back reference
    return True


def _day_after_count(op: object, av: object) -> bool:
    """Whether a step is "(?:[- ]day|-days)": every alternative a hyphen or space, then "day"."""
    if op is not sre.BRANCH:
        return False
    for alternative in av[1]:  # type: ignore[index]
        steps = list(alternative)
        if len(steps) < 4 or steps[0] not in (
            (sre.IN, [(sre.LITERAL, 45), (sre.LITERAL, 32)]),
            (sre.LITERAL, 45),
        ):
            return False
        if steps[1:4] != [(sre.LITERAL, ord(c)) for c in "day"]:
            return False
    return True


def _told(pattern: asciitwin.Twin | None, text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    found = _TOLD_LENGTH.finditer(text) if pattern else _told_lengths(text)
    return [(m.span(), m.groups()) for m in found]


def test_a_told_length_holds_only_word_characters_white_space_and_hyphens() -> None:
    # _told_lengths searches only the stretches of such characters that hold a count's "-day"
    assert _only_stretch_characters(sre_parse.parse(_TOLD_LENGTH.pattern))
    assert not _only_stretch_characters(sre_parse.parse(r"\bthe\s+[\w.]+"))
    # a count's "-day", " day" or "-days" is no optional part of it: one of the pattern's top-level steps
    assert any(_day_after_count(op, av) for op, av in sre_parse.parse(_TOLD_LENGTH.pattern))
    every_character = "".join(map(chr, range(0x110000)))
    for letter in "day":  # under (?i) "d", "a" and "y" meet their two ASCII cases only
        assert re.findall(f"(?i){letter}", every_character) == [letter.upper(), letter]


def test_told_lengths_finds_what_the_whole_text_search_finds() -> None:
    texts = [
        "X arrived on July 17. The three-day tour comes after talks. During the two-day meeting, they met.",
        "At the end of\nthe  two-Day\ngathering; his four-days visit, their 3 day summits, its 12-day stay",
        "ahead of his two-day visit (the ten-DAY trip) and THE NEW five-day conference, Monday, today",
        "the \u0130 two-day visit",  # lower-cased to two characters: the whole text is searched
        "the \u017ftate two-day visit, the two-day \u212aonference talks",
        "the\x1ctwo-day visit",  # a separator is white space to Unicode only
        "",
        "day-long two-day",
    ]
    words = ["the", "The", "his", "its", "last", "next", "two", "Three", "3", "12", "-day", "-days", " day"]
    words += ["day", "DAY", "visit", "tours", "meeting", "talks", ",", ".", '"', "\u2019", "two-day", "\n"]
    rng = random.Random(7)
    for _ in range(3000):
        parts = (rng.choice(words) + rng.choice(("", " ", " ", "-", "\n")) for _ in range(rng.randint(1, 20)))
        texts.append("".join(parts))
    matched = 0
    for text in texts:
        for declared in (text, "another text"):
            asciitwin.declare(declared)
            whole = _told(_TOLD_LENGTH, text)
            assert _told(None, text) == whole, text
            matched += len(whole)
    assert matched > 50


def _put_by_pattern(text: str, city: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"\b(?:in|to|at)\s+(?:the\s+)?{re.escape(city)}\b", text)]


def test_no_capital_could_overlap_another_mention_of_it() -> None:
    # _put_in reads back from each place a capital is told: one match at most ends there, and matches
    # never overlap, when no capital opens on a lower-case "t" or white space, holds "in", "to" or
    # "at" as a word, or overlaps itself ("Abab")
    cities = {city for cities in _CAPITALS_OF.values() for city in cities}
    assert len(cities) > 100
    for city in cities:
        assert city[:1].isupper(), city
        assert not re.search(r"\b(?:in|to|at)\b", city), city
        assert not any(city.startswith(city[-k:]) for k in range(1, len(city))), city


def test_put_in_finds_what_the_whole_text_search_finds() -> None:
    texts = [
        "Pompeo arrived in Minsk on Friday; talks to the Minsk government, at  Minsk, in\nthe Minsk",
        "in Minsker, inMinsk, tin Minsk, into Minsk, the Minsk, in the  the Minsk, in the\u2003Minsk",
        "at Abu Dhabi and to Abu Dhabi's port; in Washington, D.C., to Washington",
        "",
    ]
    words = [
        "in",
        "to",
        "at",
        "the",
        "The",
        "In",
        "tin",
        "into",
        "  ",
        "\n",
        "\u2003",
        ".",
        ",",
        "-",
        "Minsk",
    ]
    words += ["Minsker", "Washington", "Abu Dhabi", "Kyiv", "Kyiv-", "x"]
    rng = random.Random(5)
    for _ in range(3000):
        texts.append("".join(rng.choice(words) + rng.choice(("", " ", " ", "\n")) for _ in range(15)))
    matched = 0
    for text in texts:
        for city in ("Minsk", "Washington", "Abu Dhabi", "Kyiv"):
            starts = _put_by_pattern(text, city)
            assert _put_in(text, city, {}) == starts, (text, city)
            matched += len(starts)
    assert matched > 100


def _sides(text: str) -> list[set[str]]:
    doc = build_document(text, date(2022, 3, 1))
    return sorted(({doc.entities[i].name for i in m.participants} for m in doc.meetings), key=sorted)


def test_a_country_stands_for_its_person_in_a_headline_told_first_only() -> None:
    # _country_for_person asks first whether the earlier of the two sentences is a headline: the sitting
    # told by a country must be told first, in the headline
    body = "Minister Tom Lind met yesterday with Ana Ruiz, France's Minister for Foreign Affairs."
    shorthand = "Minister Tom Lind meets with French counterpart"
    assert _sides(f"{shorthand}\n\n{body}") == [{"Tom Lind", "Ana Ruiz"}]
    assert len(_sides(f"{body}\n\n{shorthand}.\n\nThey discussed Ukraine.")) == 2


def test_in_place_finds_what_its_word_boundary_form_finds() -> None:
    # IN_PLACE opens on a set of letters and checks the word boundary behind "in"/"at"
    opening = r"[IiAa][nt](?<=\b[Ii]n|\b[Aa]t)"
    assert IN_PLACE.pattern.startswith(opening)
    plain = re.compile(r"\b(?:[Ii]n|[Aa]t)" + IN_PLACE.pattern[len(opening) :])
    texts = [
        "Talks in Doha, at the Kremlin, In Kyiv, AT Paris, tin Rome, Stan Lee, an Oslo, it Rome, in  Riga",
        "in the city of Aden, at 10 Downing Street, in the capital, Tehran, again Paris, at\nLondon",
        "\u017fin Rome, \u0131n Ankara, \u00e0t Rome, 1in Rome, _in Rome, -in Rome, in \u00c9vian",
        "in",
        "",
    ]
    words = ["in", "In", "at", "At", "an", "it", "tin", "Stan", "the", "Rome", "city of", "\u00c9vian", "x"]
    rng = random.Random(11)
    for _ in range(2000):
        texts.append(
            "".join(rng.choice(words) + rng.choice(("", " ", " ", "\n", "-", ".")) for _ in range(12))
        )
    for text in texts:
        for declared in (text, "another text"):  # the ASCII twin, and the pattern as written
            asciitwin.declare(declared)
            assert [m.span() for m in IN_PLACE.finditer(text)] == [m.span() for m in plain.finditer(text)]
