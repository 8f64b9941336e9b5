"""Test set-up shared by every test: no screen, no real user data.

Qt runs offscreen; preferences and Qt's standard paths point at temporary
folders, so no test reads or writes the real user's files.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own preferences folder and no inherited user name."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("POLICY_TRACKER_CONFIG_DIR", str(folder))
    monkeypatch.delenv("POLICY_TRACKER_USER", raising=False)
    return folder


class FakeClock:
    """A clock the test moves by hand, so 'recorded at' ties and ages are exact."""

    def __init__(self, start: str = "2026-01-15T09:00:00") -> None:
        import datetime as dt

        self.now = dt.datetime.fromisoformat(start).replace(tzinfo=dt.timezone.utc)

    def __call__(self):
        return self.now

    def advance(self, **delta: float) -> None:
        import datetime as dt

        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def tracker(clock: FakeClock):
    """A fresh in-memory tracker with the default codebook, recorded as user 'Alice'."""
    from db import Tracker

    t = Tracker.in_memory(user="Alice", clock=clock)
    yield t
    t.close()


@pytest.fixture
def blank_tracker(clock: FakeClock):
    """A fresh in-memory tracker with the status scale and grades only."""
    from db import Tracker, blank_codebook

    t = Tracker.in_memory(blank_codebook(), user="Alice", clock=clock)
    yield t
    t.close()


@pytest.fixture
def tracker_path(tmp_path: Path) -> Path:
    """A default tracker file on disk (closed), for tests that open files or run the CLI."""
    from db import Tracker

    path = tmp_path / "tracker.db"
    Tracker.create(path, user="Alice").close()
    return path
