"""The forum a story's member leaders speak for: the body whose summit or communique it tells.

A communique speaks in the voice of the body's members ('Leaders welcomed ...', 'Forum leaders
expressed ...', 'Leaders of the Group of Seven stressed ...'); what they say there is the body's
statement, as the annotation conventions have it. Two leaders after their bilateral talks speak
jointly, for no body, so a body counts as the story's forum only where the text names a sitting
or a document of it: 'the ECOWAS summit', 'a summit of the bloc', 'the Forum Leaders Retreat',
'Leaders from 15 nations of the Pacific Islands Forum'.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from briefing_tui.extract.document import Entity, Mention

# the body's sitting or document right after its name: 'the ECOWAS summit', 'the G7 summit
# communique', 'the Pacific Islands Forum Special Leaders Retreat'; or the name that is the sitting's
_SITTING_AFTER = re.compile(
    r"(?:\s+(?:[A-Z][\w'\u2019-]*|[Ll]eaders['\u2019]?)){0,3}?\s+(?:[Ss]ummit|[Rr]etreat|[Cc]ommuniqu[e\u00e9])\b"
    r"|\s+(?:was|is|will\s+be)\s+held\b"  # 'The 51st Pacific Islands Forum was held in Suva': the sitting
)
# the sitting or the members right before its name: 'an Extraordinary Summit of the', 'Leaders of
# the', 'Leaders from 15 nations of the', 'the final communique of'
_SITTING_BEFORE = re.compile(
    r"\b(?:[Ss]ummit|[Rr]etreat|[Cc]ommuniqu[e\u00e9]|[Ll]eaders)\s+(?:[\w-]+\s+){0,3}?(?:of|from)\s+(?:the\s+)?$"
)
_BEFORE_REACH = 60
_CUE_WORDS = ("ummit", "etreat", "ommuniqu", "eaders", " held")  # one is in every match of the patterns above


def story_forum(
    text: str, mentions: Sequence[Mention], entities: Sequence[Entity], is_medium: Callable[[int], bool]
) -> int | None:
    """The organization whose sitting or communique the text names most often; None when none is."""
    if not any(w in text for w in _CUE_WORDS):
        return None  # most stories tell no summit
    cues: Counter[int] = Counter()
    for m in mentions:
        e = m.entity
        if e is None or entities[e].kind != "organization" or is_medium(e):
            continue
        if _SITTING_AFTER.match(text, m.end, m.end + 60) or _SITTING_BEFORE.search(
            text, max(0, m.start - _BEFORE_REACH), m.start
        ):
            cues[e] += 1
    return cues.most_common(1)[0][0] if cues else None


def names_forum(words: Sequence[str], forum: Entity) -> bool:
    """Whether the capitalised modifiers of a members' phrase name the forum ('Forum leaders' of the
    Pacific Islands Forum): each is a word of its name or of an alias."""
    names = {w.lower() for n in (forum.name, *forum.aliases) for w in n.split()}
    mods = [w for w in words[:-1] if w.lower() != "the"]
    return bool(mods) and all(w[:1].isupper() and w.lower() in names for w in mods)
