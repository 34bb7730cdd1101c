"""Fixtures for Pilot and snapshot tests: a fixed clock and hand-built stores."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.ui.briefing_fixture import build_store, wang_yi_extraction

TODAY = date(2024, 1, 15)
SAMPLE_DAY = date(2023, 10, 24)


def fixed_today() -> date:
    return TODAY


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    return build_store(tmp_path / "briefing.json", wang_yi_extraction())


@pytest.fixture
def empty_db(tmp_path: Path) -> Path:
    return tmp_path / "empty.json"


async def settle(pilot) -> None:
    """Wait until every worker finished and the messages they posted were handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
