"""The regexes of the timexes stage: the pieces dates are written with and the words around them.

Month, weekday, day and year patterns, and the cues read before and after a date (scheduled
for, ahead of, an appositive, a clause edge). Kept apart from the code that uses them so the
rules, the context and the assembly passes share one set, imported one way."""

from __future__ import annotations

import re
from datetime import timedelta

from briefing_tui.extract.datewords import (
    EUROPEAN_MONTHS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    alternation,
)

# -- regex pieces ----------------------------------------------------------------------


def cased(words) -> str:
    """Title case and upper case forms only: "may" and "march" in lower case are not months."""
    forms = {w.capitalize() for w in words} | {w.upper() for w in words}
    return alternation(sorted(forms))


MONTH_FULL = rf"(?:{cased(MONTHS)})"
_MONTH_ABBR = rf"(?:(?:{cased(MONTH_ABBREVIATIONS)})(?:\.|\b))"
_MONTH_ANY = rf"(?:{MONTH_FULL}\b|{_MONTH_ABBR})"
WEEKDAY_FULL = rf"(?:{cased(WEEKDAYS)})"
_WEEKDAY_ANY = rf"(?:{WEEKDAY_FULL}\b|(?:{cased(WEEKDAY_ABBREVIATIONS)})\.)"
# A weekday's comma: also the Arabic one, as pages of Arabic-language publishers print it.
# Between a weekday and the date it names: spaces, or a comma and at most one line break ("on Tuesday,\nMarch
# 5" wrapped). A line break with no comma ends the weekday's line: "met on Tuesday\nMarch 5, 2024 - Related"
# is a weekday and a dateline, and a blank line two paragraphs.
_WD_GAP = r"(?:[,\u060c]?[ \t]+|[,\u060c][ \t]*\n[ \t]*)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?![.,:]\d)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])(?![.,]\d)"
# a month's day followed by ",2015" with no space: the year, not a number's thousands ("5,000")
_DAY_YEAR_COMMA = rf"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?:(?![.,:]\d)|(?=,{_YEAR}))"
_RANGE_SEP = r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*"
_PART = r"(?i:morning|afternoon|evening|night)"
_NUMBER = rf"(?:\d{{1,3}}|{alternation(NUMBER_WORDS)}|a few|several)"
_COUNT_UNITS = (
    r"people|persons|troops|soldiers|men|women|children|migrants|refugees|civilians|workers|students|"
    r"members|residents|km|kilometers|kilometres|miles|meters|metres|feet|ft|tons|tonnes|dollars|euros|"
    r"barrels|votes|cases|deaths|units|houses|homes|years|days|hours|hrs|minutes|months|weeks|GMT|UTC|"
    r"kg|MW|words|pages|rounds|vehicles|aircraft|jets|tanks"
)
# Numbers after these words are names, not years ("Resolution 2231", "Flight 1990").
NOT_YEAR_BEFORE = re.compile(
    r"(?i)(?:\bno\.?|\bnumber|\bresolutions?|\bflights?|\broom|\broute|\barticle|\bsection|\bchapter|"
    r"\bhighway|\brule|\bpages?|\bparagraph|\bbill|\bcode|\bmodel|\bversion|\bitem|\bcase|\bunit|"
    r"\bvision|\bagenda|#)\s*$"
)
# A year that names a plan or a programme ("our 2050 Strategy", "the 2030 Agenda"), and a number
# alone on its line (a page's view or comment count, "0\n1761\n"), are no dates.
NAMES_PLAN = re.compile(r"[ \t]+(?:Strategy|Agenda|Vision|Goals)\b")
LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")

# "June 4", "Feb. 10 to 12"; after an abbreviation's dot the space may be left out ("Feb.11"), and
# after the comma before the year ("Nov 25,2015", as some publishers' bylines print it)
# "September the 7th": an ordinal day after "the" (not "in May the 3rd round": a noun after it)
_THE_ORDINAL = (
    r"the\s+(?=(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?![ \t]+(?!(?:and|or|in|at|with|to|when|as|of|this|next|last)\b)[a-z]))"
)
MDY = re.compile(
    rf"\b(?=[A-Z])(?:(?P<wd>{_WEEKDAY_ANY}){_WD_GAP})?(?P<mon>{_MONTH_ANY})(?:\s+|(?<=\.))"
    rf"(?:{_THE_ORDINAL})?(?P<day>{_DAY_YEAR_COMMA})"
    rf"(?:(?:,?\s+|,)(?P<year>{_YEAR}))?"
    rf"(?:{_RANGE_SEP}(?P<day2>{_DAY})(?!\s*{_MONTH_ANY})(?:,?\s+(?P<year2>{_YEAR}))?)?"
)
# (also "04/May/2017", "4-Jan-2024": a page's stamp, the three joined by slashes or dashes, with the year)
DMY = re.compile(
    rf"\b(?=[0-9MTWFS])(?:(?P<wd>{_WEEKDAY_ANY}){_WD_GAP})?(?:(?P<day0>{_DAY}){_RANGE_SEP}(?=\d))?"
    rf"(?P<day>{_DAY})(?:(?:\s+of)?\s+|(?P<sep>[/-]))(?P<mon>{_MONTH_ANY})"
    rf"(?:(?(sep)(?P=sep)|,?\s+)(?P<year>{_YEAR}))?"
)
# "7. februar 2023", "3. März 2021": the day with a dot, as German, Scandinavian and Slavic pages
# print it, and the month in their language (any case) or, in lower case, spelt as in English. Only
# with the year. A capitalised English month there may open a sentence after a number ("rose to 7.
# March 2020 was ..."): left to the other rules.
DAY_DOT_MONTH = re.compile(
    rf"(?<![\w.,-])(?P<day>3[01]|[12]\d|0?[1-9])\.[ \t]*"
    rf"(?P<mon>(?i:{alternation(EUROPEAN_MONTHS)})|{alternation(MONTHS)})\b[ \t]+(?P<year>{_YEAR})"
)
MONTH_YEAR = re.compile(
    rf"\b(?=[A-ZeEmMlL])(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<mon>{_MONTH_ANY})(?:\s+of)?,?\s+(?P<year>{_YEAR})"
)
# Separators of a list or range of months: "in May, September and October", "from March to June".
_MONTH_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until)\s+|\s*[-\u2013]\s*)"
MONTH_ALONE = re.compile(
    r"\b(?=(?i:[abdefilmnostu]))(?P<trig>(?i:in|since|until|till|by|from|during|before|after|through|throughout|of|"
    r"for|between|(?P<mod>last|next|this|early|mid|late)))[\s-]+"
    rf"(?P<mon>{MONTH_FULL})\b(?!\s*\d)"
    rf"(?P<more>(?:{_MONTH_LIST_SEP}{MONTH_FULL}\b(?!\s*\d))*)"
)
# A month named with no preposition ("January did not suit them"), for the months that are not
# also names, verbs or modals (April, May, June, August, March). Not before a number or a
# capitalised word, nor after one: "Black September", "the October Revolution" are names.
MONTH_BARE = re.compile(
    r"\b(?=[JFSOND])(?P<mon>January|February|July|September|October|November|December)\b"
    r"(?![ \t]*[-\u2013]?[ \t]*[\dA-Z])"
)
CAPITALISED_BEFORE = re.compile(
    r"\b(?!(?:The|A|But|And|Or|So|Yet|Then|In|On|At|By|For|Of|From|Since|Until|Till|During|Before|After|"
    r"Through|Throughout|Since|While|When|As|With|Only|Every|Each|Last|Next|This|That|Early|Late|Mid)[ \t])"
    r"[A-Z][\w'.\u2019-]*[ \t]+$"
)
MONTH_FULL_WORD = re.compile(rf"{MONTH_FULL}\b")
# Months that are also given names ("a win for May", "for June's sake"): "for" alone does not make them dates.
NAME_MONTHS = frozenset(("april", "may", "june", "august"))
# ... unless a verb of scheduling comes before "for": "the summit set for May", "planned for June"
SCHEDULED_FOR = re.compile(
    r"(?i)\b(?:set|scheduled|rescheduled|planned|slated|due|postponed|delayed|moved|pushed\s+back"
    r"|fixed|penciled\s+in|pencilled\s+in|earmarked)\s+$"
)
# A month as the premodifier of an event noun after a determiner ("the June summit", "its May
# elections"): a date, also for the months that are names (the determiner and noun rule the name out).
EVENT_NOUNS = (
    r"summits?|talks|meetings?|visits?|trips?|tour|elections?|polls|vote|referendum|conferences?|ceremony|"
    r"sessions?|forum|gathering|deadline|attacks?|offensive|protests|agreement|deal|ceasefire|truce|"
    r"announcement|decision|report|round|debate|budget|launch|parade|festival|congress|convention|"
    r"plenary|negotiations|consultations"
)
# (also before a named event: "the October European Council", "the June G7 summit"; and as a
# possessive: "June's G7 summit", "October's presidential election")
NAMED_EVENT = rf"(?:(?:[A-Z][\w-]*|[A-Z]*\d[\w-]*)\s+){{1,3}}(?i:{EVENT_NOUNS}|council|assembly)"
MONTH_PREMOD = re.compile(
    rf"\b(?=[tTaAiIhHoO])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?P<mon>{MONTH_FULL})\s+"
    rf"(?:{EVENT_NOUNS}|{NAMED_EVENT})\b"
    rf"|\b(?P<pmon>{MONTH_FULL})['\u2019]s\s+(?P<adj>(?:[a-z][\w-]*\s+){{0,2}}?)(?:{EVENT_NOUNS}|{NAMED_EVENT})\b"
)
# Months that are also surnames ("May's first official visit"): as a possessive, only right before the noun
SURNAME_MONTHS = frozenset(("march", "april", "may", "june", "august"))
# Words that set what follows them ahead of the clause's (past) event: "met to organize the visit
# in January", "expressed anticipation for the visit in July". A month under them is still to come.
LOOKS_AHEAD = re.compile(
    r"(?i:\bto\s+(?:organi[sz]e|prepare|plan|arrange|finali[sz]e|schedule)|\bpreparations?\s+for"
    r"|\banticipation\s+(?:of|for)|\blook(?:s|ing|ed)?\s+forward\s+to)\b"
)
AHEAD_OF = re.compile(r"(?i:\b(?:ahead\s+of|prior\s+to))\b")
LOOKS_AHEAD_REACH = 130  # characters before the date the governing phrase may start in
A_MONTH = timedelta(days=31)
WEEKDAY = re.compile(
    rf"\b(?=[A-ZlLnNtTcCpP])(?:(?P<mod>(?i:last|next|this|coming|past))\s+)?(?P<wd>{WEEKDAY_FULL})\b"
    rf"(?:'s|\s+(?P<part>{_PART})\b)?"
)
# "last night" (or "last evening") is yesterday's: the day before publication, as "yesterday evening"
# (not "the last evening of the visit", an ordinal)
RELATIVE_DAY = re.compile(
    rf"\b(?=[tTyYlL])(?:(?P<word>(?i:today|tonight|yesterday|tomorrow))\b(?:\s+(?P<part>{_PART})\b)?"
    r"|(?P<this>(?i:this\s+(?:morning|afternoon|evening))\b)"
    r"|(?<![Tt]he\s)(?<![Ii]ts\s)(?<![Hh]is\s)(?<![Hh]er\s)(?<!their\s)(?P<lastnight>(?i:last\s+(?:night|evening)))\b)"
)
# A clock time told just before a day word: "10.25 pm tomorrow", "9:30 a.m. today"
CLOCK_BEFORE = re.compile(r"(?i)(?<![\w.:])\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?\s+$")
# "today's world", "today's challenges": the present age in general, not a calendar day.
GENERIC_TODAY_AFTER = re.compile(
    r"['\u2019]s\s+(?:world|society|generation|youth|era|age|times|reality|realities|challenges|problems|threats|"
    r"environment|landscape|economy|standards|complex|interconnected|globali[sz]ed|modern|digital|fast-changing|"
    r"rapidly|changing|volatile|uncertain|turbulent|geopolitical|global)\b"
)
# A page's labels opening a line: "Today: 19 June 2025" (the day the page was shown, told after it),
# "Today: 12" (a visit counter), "Today's Press Releases" (a heading: capitalised words to the line's end).
TODAY_LABEL_AFTER = re.compile(r"[ \t]*:[ \t]*\d|['\u2019]s(?:[ \t]+[A-Z][\w-]*)+[ \t]*(?:\n|\Z)")
RELATIVE_UNIT = re.compile(
    # ("in the coming year": the next one; "the coming weeks" is a span, no date)
    r"\b(?=[eElLtTnN])(?i:(?:(?P<pre>earlier|later|early|late)\s+)?(?P<rel>this|last|next|the\s+coming)\s+"
    r"(?P<unit>week|weekend|month|year|summer|winter|spring|autumn|fall)"
    r"|(?P<pre2>earlier|later)\s+in\s+the\s+(?P<unit2>week|month|year)"
    r"|(?:the\s+)?end\s+of\s+(?P<rel3>the|this|next|last)\s+(?P<unit3>month|year))\b"
)
AGO = re.compile(rf"\b(?i:(?P<n>{_NUMBER})\s+(?P<unit>day|week|month|year)s?\s+ago)\b")
YEAR_ALONE = re.compile(
    rf"(?<![\w$\u20ac\u00a3#./,-])(?=[0-9eEmMlL])(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?P<year>{_YEAR})"
    rf"(?:\s*[-\u2013\u2014]\s*(?P<year2>{_YEAR}|\d\d(?!\d)))?(?!s\b)(?!\s*(?:{_COUNT_UNITS})\b)"
)
# "on the 3rd", "on the 25th of last month": a day of a month left unsaid. Only before punctuation,
# a conjunction, "with", "in" or "at" ("met on the 17th with X"), or "of this/last/next month":
# "the 3rd round", "the 25th anniversary" are no dates.
ORDINAL_DAY = re.compile(
    r"\b(?=[oO])[oO]n\s+(?P<the>the)\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?:(?P<of>\s+of\s+(?P<rel>this|last|next)\s+month)\b|(?=[ \t]*[,.;:)!?]|[ \t]+(?:and|or|when|as|with|in|at)\b|[ \t]*$))"
)
# "2019-04-25" and, on East Asian and Middle Eastern pages, "2019/04/25" (or "2019.04.25", as Korean,
# Chinese and Hungarian pages print it): year first, so month then day
ISO = re.compile(
    r"\b(?=\d)(?P<year>1[6-9]\d\d|20\d\d)(?P<sep>[-/.])(?P<mon>0[1-9]|1[0-2])(?P=sep)(?P<day>0[1-9]|[12]\d|3[01])\b(?!\.\d)"
)
# "9/1/2023" (month first in the US, day first almost everywhere else) and "01.09.2023" (day first);
# "08-02-2019" with dashes is read as the slashed form (either order, the same deciders); not the end
# of a longer number ("440-06-03-2024", a document's reference).
NUMERIC = re.compile(
    rf"\b(?<!\d[-/.])(?=[\dMTWFS])(?:(?P<wd>{_WEEKDAY_ANY}){_WD_GAP})?"
    rf"(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>{_YEAR})\b"
)
# Any numeric date whose reading is plain: a first number over 12 is a day, a second one a day too.
NUMERIC_DAY_FIRST = re.compile(rf"\b(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/{_YEAR}")
NUMERIC_MONTH_FIRST = re.compile(rf"\b(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/{_YEAR}")

# A weekday after these words names a feast or an event ("the Good Friday Agreement", "Super
# Tuesday", "Bloody Sunday"): not the day of the week nearest publication.
NAMED_DAY_BEFORE = re.compile(
    r"(?:\b(?:Good|Black|Bloody|Super|Cyber|Giving|Ash|Palm|Maundy|Holy|Easter|Whit|Shrove|Fat))\s+$"
)

# "Wednesday and Thursday has been arranged": a present perfect after the weekday tells when the
# arranging was done, not when the day falls.
PERFECT_AFTER = re.compile(r"(?:\s+(?:and|or|to)\s+[A-Z][a-z]+)?\s+(?:has|have)\s+(?:been\s+)?[a-z]+ed\b")

# A weekday or "today" set beside the date it names: "Nov. 15, Friday", "Monday (July 28)",
# "today 23rd January 2024". The two are one expression (merged only when they agree).
APPOSITION_GAP = re.compile(r"[ \t]*[,\u060c][ \t]*|[ \t]+")
PAREN_GAP = re.compile(r"[ \t]*\([ \t]*")
PAREN_CLOSE = re.compile(r"[ \t]*\)")
# "22nd Thursday, February 2024": an ordinal day printed before the weekday of a month and year.
DAY_BEFORE_WEEKDAY = re.compile(r"(?<![\w.,])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)[ \t]+$")
SAME_DAY_WORDS = frozenset(("today", "yesterday", "tomorrow"))
# "July 19 of this year", "March of last year", "January this year", "on November 24, last year": the
# year the day or month is in, told after it; after a comma only where the clause stops after it
# ("in March, this year it rained": a new clause; "in May, last year's winner": a possessive).
OF_GAP = re.compile(r"[ \t]*,?[ \t]+(?:of[ \t]+)?")
YEAR_CLOSES = re.compile(r"[ \t]*(?:[,.;:)!?\n]|$)")
THIS_YEAR = re.compile(r"(?i:this|last|next)[ \t]+year")

# "..., the White House has announced." closing a sentence right after a date: its verb is the saying's.
TRAILING_ATTRIBUTION = re.compile(
    r"[ \t]*,[ \t]+(?:[\w'\u2019.-]+[ \t]+){1,5}?(?:has[ \t]+|have[ \t]+|had[ \t]+)?"
    r"(?:said|announced|reported|stated|confirmed|added|noted|told[ \t]+\w+)(?:[ \t]*[.!?]?[ \t]*$|,)"
)  # (", officials said, marking the first ...": an attribution followed by a participle clause too)
WORD_START = re.compile(r"\b[A-Za-z]")
# Where a clause begins, besides the stops :mod:`tense` knows: a comma, or a word that opens a
# subordinate or relative clause.
CLAUSE_EDGE = re.compile(
    r",|\b(?:that|which|who|whom|whose|when|whenever|while|before|after|until|till|since|because|as|if|"
    r"unless|where|whether|although|though|once)\b"
)
# after "before", "after", "while", ...: a participle, "before returning home"
PARTICIPLE_AFTER = re.compile(
    r"(?<=[a-z])\s+(?!(?:during|being|thing|morning|evening|king|spring)\b)[a-z]{2,}ing\b"
)
# "- Thursday (noon): Talks with X.": an item of a bulleted list, an agenda's line with no verb
LIST_ITEM = re.compile(r"[-\u2013\u2014\u2022\u25aa\u25cf*][ \t]")
LIST_REACH = 3  # sentences each way to the nearest one told in a tense

FAR_LEFT = 400  # characters
FAR_LEFT_WORDS = 10  # a step back, fewer words than tense_near reads
FAR_LEFT_STEPS = 4

# (a comma may close the first date before the word: "from Monday, May 6th, to Friday, May 10th")
RANGE_GAP = re.compile(r"\s*(?:-|\u2013|\u2014|,?\s*(?:to|through|thru|until|till))\s*")
AND_GAP = re.compile(r"\s*and\s*")
BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+$")
FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
