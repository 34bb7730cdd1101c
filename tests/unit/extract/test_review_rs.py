"""Review of round 27 (statements): rules that misfired on sentences of my own."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_sentences import sentences_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'Md.' after a town is Maryland and may end the sentence before a usual opener
        (
            "The mayor spoke in Rockville, Md. The council met later.",
            ["The mayor spoke in Rockville, Md.", "The council met later."],
        ),
        (
            "Crews worked near Bethesda, Md. They left at dusk.",
            ["Crews worked near Bethesda, Md.", "They left at dusk."],
        ),
        # the given name written short still keeps its stop inside the name
        (
            "Adviser Md. Rafiq Karim arrived. He spoke briefly.",
            ["Adviser Md. Rafiq Karim arrived.", "He spoke briefly."],
        ),
        (
            "Md. Salim Uddin chaired the panel.",
            ["Md. Salim Uddin chaired the panel."],
        ),
    ],
)
def test_md_may_end_a_sentence(text: str, expected: list[str]) -> None:
    assert sentences_of(text) == expected
