"""Office words for coreference: what an office's title says (its words, the office it serves, whether it
heads a state, whether it is named in the plural), shared by the people index, the role-description matching and
the context affiliations. Kept apart as the bottom layer those steps all read; it knows no article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing_tui.extract.lexicon.titles import PLURAL_BASES, TITLE_HEADS

# Descriptions that stand for an office without naming it ("French leader X", "Turkey's top diplomat")
GENERIC_ROLES = frozenset({"leader", "top diplomat", "chief diplomat", "chief", "diplomat", "official"})


@lru_cache(maxsize=1024)
def plural_office(role: str) -> bool:
    """An office named in the plural ("Foreign Ministers", "leaders of ..."): its head word is a
    title head with an "s" added. Cached: asked again for each mention of the same few offices."""
    head = OFFICE_HEAD.split(role.lower(), maxsplit=1)[0].split()
    word = head[-1] if head else ""
    if word.endswith("ies"):
        return word[:-3] + "y" in TITLE_HEADS
    return len(word) > 3 and word.endswith("s") and word[:-1] in PLURAL_BASES


OFFICE_HEAD = re.compile(r"\s+(?:for|of|to|in|on)\s+")


OFFICE_LINKS = frozenset({"of", "for", "to", "in", "on", "the", "and"})


@lru_cache(maxsize=1024)
def office_words(role: str) -> frozenset[str]:
    """The words of an office, without the office it serves ("Special Assistant to the Minister
    of Foreign Affairs" is no minister)."""
    low = role.lower()
    served = served_office(low)
    words = (low[: low.rindex(served)] if served else low).split()
    # "Secretary General" is also written "secretary-general": the joined form fits it too
    joined = [
        f"{a}-{b}"
        for a, b in zip(words, words[1:], strict=False)
        if a in TITLE_HEADS and b not in OFFICE_LINKS
    ]
    # "adviser" / "advisor", "defence" / "defense": one office however the article spells it
    twins = [_SPELLINGS[w] for w in words if w in _SPELLINGS]
    return frozenset(words + joined + twins)


# Office words English spells two ways (an article may use both for one holder)
_SPELLINGS = {
    "adviser": "advisor",
    "advisor": "adviser",
    "defence": "defense",
    "defense": "defence",
    "counsellor": "counselor",
    "counselor": "counsellor",
}


# "... to (the) <office>": the office an aide's serves, when it names a title ("Adviser to the President").
_SERVES = re.compile(r"\bto\s+(?:the\s+)?([^,;]+)$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def served_office(role: str) -> str | None:
    """The office another office serves ("Minister of Foreign Affairs" in "Special Assistant on
    Media to Minister of Foreign Affairs"), as written; None for a place ("Ambassador to Kuwait")."""
    if " to " not in role:
        return None
    found = _SERVES.search(role)
    if found is None:
        return None
    tail = found.group(1)
    return tail if any(w in TITLE_HEADS for w in tail.lower().split()) else None


# Offices that lead a country ("President", "Prime Minister", "Emir"), not a body or a ministry
_HEAD_OFFICES = frozenset(
    {
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "amir",
        "sultan",
        "supreme leader",
        "leader",
        "taoiseach",
        "head of state",
        "head of government",
    }
)


@lru_cache(maxsize=256)
def heads_state(role: str) -> bool:
    """ "President", "Interim President", "Prime Minister": an office at a country's head (not "Vice
    President", "Deputy Prime Minister", "President of the European Commission")."""
    if role.lower() in HEAD_OF:
        return True
    low = OFFICE_HEAD.split(role.lower(), maxsplit=1)[0]
    if not any(low == h or low.endswith(" " + h) for h in _HEAD_OFFICES):
        return False
    return not any(w in _NOT_AT_HEAD for w in low.split())


HEAD_OF = frozenset({"head of state", "head of government"})
_NOT_AT_HEAD = frozenset({"vice", "deputy", "former", "assistant", "party", "opposition"})


# Offices at the head of a body ("the WHO's leader" is its Director-General).
_BODY_HEADS = re.compile(
    r"^(?:[a-z]+ )?(?:director[- ]general|secretary[- ]general|president|chair(?:man|woman|person)?|"
    r"chief executive|executive director|head)\b"
)


def heads_body(role: str) -> bool:
    """An office at a body's head ("Director-General", "Secretary-General", "Chairman"): who a
    "<body>'s leader" or "<body> chief" description means."""
    return _BODY_HEADS.match(role.lower()) is not None and not role.lower().startswith(("vice", "deputy"))
