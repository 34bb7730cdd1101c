"""Stage statements: '..., the agency reported' closes a report, and a source it cites is who speaks."""

from __future__ import annotations

import pytest

from tests.unit.extract.helpers import Cast, run

CAST = Cast(
    actors={
        "Wire Service": ("organization", ()),
        "State News Agency": ("organization", ("SNA",)),
        "Ana Ruiz": ("person", ("Ruiz",)),
    },
    pronouns={"she": "Ana Ruiz"},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz is in the capital on Saturday for talks, the State News Agency reported.",
            [("indirect", "State News Agency", "Ruiz is in the capital on Saturday for talks")],
        ),
        # the cited source speaks, and its dispatch is quoted after it
        (
            "Ruiz is in the capital on Saturday for talks, Wire Service reported citing the official "
            'State News Agency (SNA).\n\n"A delegation led by Ruiz arrived in the capital on Friday," it reported.'
            '\n\n"The delegation is to take part in the first talks on the deal" in the capital, the report said.',
            [
                ("indirect", "State News Agency", "Ruiz is in the capital on Saturday for talks"),
                ("direct", "State News Agency", "A delegation led by Ruiz arrived in the capital on Friday"),
                (
                    "direct",
                    "State News Agency",
                    "The delegation is to take part in the first talks on the deal",
                ),
            ],
        ),
        (
            "Ruiz is in the capital on Saturday for talks, Wire Service reported, quoting the State News Agency.",
            [("indirect", "State News Agency", "Ruiz is in the capital on Saturday for talks")],
        ),
        # a source that names nobody leaves the reporter as the speaker
        (
            "Ruiz is in the capital on Saturday for talks, Wire Service said, citing unnamed sources.",
            [("indirect", "Wire Service", "Ruiz is in the capital on Saturday for talks")],
        ),
        # reporting a thing or on a day reports nothing
        ("Wire Service reported the talks.", []),
        ("Wire Service reported on Friday.", []),
    ],
)
def test_agency_reports(text: str, expected: list) -> None:
    assert run(text, CAST) == expected
