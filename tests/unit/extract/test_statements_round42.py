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
