"""Round 42: statements missed on unseen real news (sentences written for these tests, names invented)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import built

_TALKS = "Kenyan President Amos Otieno met Jordanian Foreign Minister Lina Haddad in Nairobi on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle of emphasis after the subject's deed (not a saying): still the subject's words
        (
            _TALKS + "Otieno hosted the delegation at his office, stressing the value of closer trade ties.",
            [("indirect", "Amos Otieno", "the value of closer trade ties")],
        ),
        (
            _TALKS + "Haddad toured the refugee camp, reaffirming her government's pledge to keep it open.",
            [("indirect", "Lina Haddad", "her government's pledge to keep it open")],
        ),
        (
            _TALKS
            + "Haddad received the envoys on Tuesday, emphasising the role of the United Nations in the talks.",
            [("indirect", "Lina Haddad", "the role of the United Nations in the talks")],
        ),
        (
            _TALKS
            + "Otieno opened the summit later in the week, reiterating the call for a ceasefire in the north.",
            [("indirect", "Amos Otieno", "the call for a ceasefire in the north")],
        ),
        # near misses: participles a writer uses for comment, a subject no one names, and a saying
        # verb before the participle (its statement already holds the participle) stay as they were
        (
            _TALKS + "Otieno toured the new port, highlighting the cranes bought from abroad.",
            [],
        ),
        (
            _TALKS + "The new dam doubled the town's water supply, underscoring the role of public works.",
            [],
        ),
        (
            _TALKS + "The firm opened a second plant, stressing its commitment to the region.",
            [],
        ),
        (
            _TALKS + "Otieno thanked the hosts, stressing the need for calm.",
            [("indirect", "Amos Otieno", "thanked the hosts, stressing the need for calm")],
        ),
        (
            _TALKS + "Haddad left the talks early, stressing nothing to the waiting press.",
            [],
        ),
    ],
)
def test_a_participle_of_emphasis_after_a_deed(text: str, expected: list) -> None:
    assert [s for s in built(text) if "Nairobi" not in s[2]] == expected


_TRADE = "Kenyan President Amos Otieno met Jordanian Foreign Minister Lina Haddad in Nairobi on Monday.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'recalling / acknowledging / observing / remarking that' after the words: a second report
        (
            _TRADE + "Otieno said the new road would open in June, recalling that work began two years ago.",
            [
                ("indirect", "Amos Otieno", "the new road would open in June"),
                ("indirect", "Amos Otieno", "work began two years ago"),
            ],
        ),
        (
            _TRADE + "Haddad said the ferry deal was close, acknowledging that the price was still open.",
            [
                ("indirect", "Lina Haddad", "the ferry deal was close"),
                ("indirect", "Lina Haddad", "the price was still open"),
            ],
        ),
        (
            _TRADE + '"The ferry deal is close," Haddad said, observing that the price was still open.',
            [
                ("direct", "Lina Haddad", "The ferry deal is close"),
                ("indirect", "Lina Haddad", "the price was still open"),
            ],
        ),
        (
            _TRADE + "Otieno said exports had doubled, remarking that farmers would gain the most.",
            [
                ("indirect", "Amos Otieno", "exports had doubled"),
                ("indirect", "Amos Otieno", "farmers would gain the most"),
            ],
        ),
        # near misses: no 'that' (a memory, not a report), and 'noting that' as before
        (
            _TRADE + "Otieno said the talks went well, recalling his first visit to Amman in 2019.",
            [("indirect", "Amos Otieno", "the talks went well, recalling his first visit to Amman in 2019")],
        ),
        (
            _TRADE + "Otieno said exports had doubled, noting that farmers would gain the most.",
            [
                ("indirect", "Amos Otieno", "exports had doubled"),
                ("indirect", "Amos Otieno", "farmers would gain the most"),
            ],
        ),
    ],
)
def test_a_participle_of_saying_that_after_the_words_reports_again(text: str, expected: list) -> None:
    assert [s for s in built(text) if "Nairobi" not in s[2]] == expected
