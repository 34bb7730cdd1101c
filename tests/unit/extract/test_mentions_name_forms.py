"""Stage mentions: name forms that hid a person (a title as surname, an editor's bracket)."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import heads


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title that is also a surname, last after a given name
        ("She will meet her counterpart, Clara Bishop.", ["Clara Bishop"]),
        ("He met Tom Judge in Sydney.", ["Tom Judge"]),
        # an editor's bracketed first name inside a titled name
        ("Our partner, Minister [Hans] Weber, agreed.", ["[Hans] Weber"]),
        # negatives: the title still opens a titled name; a bracketed verb is no name (the well-known
        # surname before it is one)
        ("Bishop John Smith spoke on Sunday.", ["John Smith"]),
        ("Retired Judge Ann Lee spoke.", ["Ann Lee"]),
        ("Lavrov [said] it was fine.", ["Lavrov"]),
    ],
)
def test_name_forms(text: str, expected: list[str]) -> None:
    assert heads(text, "person") == expected
