"""The same words of the same speaker read from several articles (a wire story and its reprints) are one row."""

from __future__ import annotations

import pytest

from briefing_tui.core.models import Statement
from briefing_tui.dashboard.repeats import group_repeats, statement_key


def said(
    sid: str, text: str, *, actor: str | None = "a-wang", speaker: str = "Wang Yi", article: str = "art-1"
):
    return Statement(
        id=sid, actor_id=actor, speaker=speaker, text=text, kind="direct", evidence=text, article_id=article
    )


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        # the same quote from two outlets
        (
            said("s1", "Every country has the right to self-defense"),
            said("s2", "Every country has the right to self-defense", article="art-2"),
            True,
        ),
        # what outlets differ in when they run the same copy: quotes, dashes, spacing, case, the cut-off comma
        (said("s1", "It\u2019s time \u2014 now,"), said("s2", "it's  time - now", article="art-2"), True),
        (said("s1", "peace\u2026"), said("s2", "peace...", article="art-2"), True),
        # no actor: the speaker's name, as written
        (
            said("s1", "We agree", actor=None, speaker="A spokesman"),
            said("s2", "We agree", actor=None, speaker="a spokesman", article="art-2"),
            True,
        ),
        # another speaker, or other words, is another statement
        (
            said("s1", "We agree"),
            said("s2", "We agree", actor="a-cohen", speaker="Eli Cohen", article="art-2"),
            False,
        ),
        (said("s1", "We agree"), said("s2", "We agree on most points", article="art-2"), False),
        (
            said("s1", "We agree", actor=None, speaker="Wang"),
            said("s2", "We agree", actor=None, speaker="Cohen"),
            False,
        ),
    ],
)
def test_statement_key(first, second, same):
    assert (statement_key(first) == statement_key(second)) is same


def test_groups_keep_every_copy_in_order_of_first_appearance():
    statements = [
        said("a1", "first words"),
        said("a2", "second words"),
        said("b1", "first words", article="art-2"),
        said("b2", "other words", article="art-2"),
        said("c1", "second words", article="art-3"),
    ]
    groups = group_repeats(statements)
    assert [[s.id for s in group] for group in groups] == [["a1", "b1"], ["a2", "c1"], ["b2"]]
    assert sum(len(group) for group in groups) == len(statements)  # nothing lost: every copy kept
    assert group_repeats([]) == []
