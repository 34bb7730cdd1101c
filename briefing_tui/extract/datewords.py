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

# Month names as pages in German, Dutch, the Scandinavian and the South Slavic languages print
# their own date line ("7. februar 2023", "3. März 2021"): read only in a full date with a day and
# a year, where no other word fits. Forms spelt as in English are left out.
EUROPEAN_MONTHS: dict[str, int] = {
    "januar": 1,
    "januari": 1,
    "jänner": 1,
    "februar": 2,
    "februari": 2,
    "märz": 3,
    "maerz": 3,
    "mart": 3,
    "marts": 3,
    "mars": 3,
    "maart": 3,
    "marec": 3,
    "mai": 5,
    "maj": 5,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "junij": 6,
    "juli": 7,
    "jul": 7,
    "julij": 7,
    "augusti": 8,
    "augustus": 8,
    "avgust": 8,
    "septembar": 9,
    "oktober": 10,
    "oktobar": 10,
    "novembar": 11,
    "dezember": 12,
    "desember": 12,
    "decembar": 12,
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

# a count of days as a regex group: "two" in "a two-day visit", "10" in "a 10-day tour"
DAY_COUNT = r"(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)"
# "a six-day visit", "the 2-day summit", also the compound written with a plural ("his four-days visit")
DAYS_LONG = DAY_COUNT + r"(?:[- ]day|-days)"


def count_of(word: str) -> int:
    """3 for "three", "Three" or "3": a count matched by ``DAY_COUNT``."""
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


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
