"""Calendar words shared by the date and meeting stages: months, weekdays, seasons, numbers."""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}

# Abbreviations as newspapers write them (AP style "Sept.", also "Sep").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

# First month of each season (northern hemisphere, as wire copy assumes).
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation (any case, trailing dot allowed)."""
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS.get(w)


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for a weekday name or abbreviation, possessive allowed."""
    w = word.lower().rstrip(".")
    if w.endswith("'s"):
        w = w[:-2]
    if w in WEEKDAYS:
        return WEEKDAYS[w]
    return WEEKDAY_ABBREVIATIONS.get(w)


def alternation(words: list[str] | tuple[str, ...] | dict[str, int]) -> str:
    """A regex alternation, longest words first so that prefixes never win."""
    return "|".join(sorted(words, key=len, reverse=True))


def word_set(words: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words."""
    return frozenset(words.split())
