"""The app's export file is named by the time and never replaces an earlier export."""

from __future__ import annotations

from datetime import datetime

import pytest

from briefing_tui.export import new_export_path

NOON = datetime(2024, 3, 5, 12, 0, 7)


@pytest.mark.parametrize(
    ("present", "expected"),
    [
        ([], "briefing-export-20240305-120007.json"),
        (["briefing-export-20240305-120006.json"], "briefing-export-20240305-120007.json"),  # a second before
        (["briefing-export-20240305-120007.json"], "briefing-export-20240305-120007-2.json"),  # same second
        (
            ["briefing-export-20240305-120007.json", "briefing-export-20240305-120007-2.json"],
            "briefing-export-20240305-120007-3.json",
        ),
    ],
)
def test_an_export_in_the_same_second_gets_a_name_of_its_own(tmp_path, present, expected):
    for name in present:
        (tmp_path / name).write_text("{}")
    assert new_export_path(tmp_path, NOON) == tmp_path / expected


def test_a_dangling_link_of_that_name_is_not_written_through(tmp_path):
    (tmp_path / "briefing-export-20240305-120007.json").symlink_to(tmp_path / "gone.json")
    assert new_export_path(tmp_path, NOON).name == "briefing-export-20240305-120007-2.json"
