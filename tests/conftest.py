"""Test set-up shared by every test: no screen, no real user data, fast trackers.

Qt runs offscreen; preferences and Qt's standard paths point at temporary
folders, so no test reads or writes the real user's files.

Building a tracker (migrations + codebook load) costs ~25 ms and some 300
tests want one, so each kind is built once per session as a *template* and
every test gets its own copy: an in-memory clone made with SQLite's backup
API (``tracker``, ``blank_tracker``) or a copy of a closed template file
(``tracker_path``).  A clone is indistinguishable from a fresh build with the
test's clock: the template is built with a FakeClock at the same start, so
every stamp written at creation time is identical, and the clone continues
the template's "last stamp" so its next ``recorded_at`` is too
(tests/test_fixtures.py proves both).  Only the random uids of the codebook's
example evidence are the same in every clone, where fresh builds would differ.
The template file for ``tracker_path`` is stamped with the real time once per
session, as ``Tracker.create`` did per test.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from db import Codebook, Tracker

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The moment every test's FakeClock starts at (and the templates are built at).
CLOCK_START = "2026-01-15T09:00:00"
USER = "Alice"


@pytest.fixture(autouse=True)
def isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own preferences and data folders and no inherited user name."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("POLICY_TRACKER_CONFIG_DIR", str(folder))
    # Backups (and anything else kept in the data folder) go to a temporary folder too, also for the
    # command-line processes tests start (they inherit the environment).
    monkeypatch.setenv("POLICY_TRACKER_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("POLICY_TRACKER_USER", raising=False)
    return folder


class FakeClock:
    """A clock the test moves by hand, so 'recorded at' ties and ages are exact."""

    def __init__(self, start: str = CLOCK_START) -> None:
        self.now = dt.datetime.fromisoformat(start).replace(tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# ---------------------------------------------------------------- templates
def clone_tracker(template: Tracker, *, user: str, clock: Callable[[], dt.datetime]) -> Tracker:
    """An independent in-memory copy of ``template`` with its own user and clock.

    ``Tracker.now()`` keeps stamps strictly increasing by remembering the last
    one; the clone starts from the template's, as the fresh build would have.
    """
    from db import Tracker
    from db.connection import Connection

    db = Connection.memory()
    template.db.conn.backup(db.conn)
    # Connection settings are not part of the copied file: set them as Tracker.in_memory does.
    db.execute("PRAGMA foreign_keys = ON")
    clone = Tracker(db, path=None, user=user, clock=clock)
    # If Tracker ever renames this, the clone's first stamp would go wrong silently: fail loudly instead.
    assert hasattr(template, "_last_stamp"), "Tracker no longer has _last_stamp: update clone_tracker()"
    clone._last_stamp = template._last_stamp
    return clone


class TemplateTrackers:
    """Builds each template tracker on first use and keeps it for the session."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._memory: dict[str, Tracker] = {}
        self._file: Path | None = None

    def in_memory(self, kind: str) -> Tracker:
        """The 'default' or 'blank' codebook tracker, built at CLOCK_START as USER."""
        if kind not in self._memory:
            from db import Tracker

            self._memory[kind] = Tracker.in_memory(_codebook(kind), user=USER, clock=FakeClock())
        return self._memory[kind]

    def clone(self, kind: str = "default", *, user: str = USER, clock: Callable[[], dt.datetime]) -> Tracker:
        """A tracker as ``Tracker.in_memory`` would build it for ``user`` and ``clock``, usually a clone.

        The template's creation stamps and history were written as USER at
        CLOCK_START; for another user or a clock that has moved, build afresh.
        Clones are copies of one tracker: their codebook evidence has the same
        uids (two fresh builds would draw different ones).
        """
        if user != USER or clock() != FakeClock()():
            from db import Tracker

            return Tracker.in_memory(_codebook(kind), user=user, clock=clock)
        return clone_tracker(self.in_memory(kind), user=user, clock=clock)

    def file(self) -> Path:
        """A closed default tracker file (real clock, as ``Tracker.create`` in the app)."""
        if self._file is None:
            from db import Tracker

            path = self._folder / "template.db"
            Tracker.create(path, user=USER).close()
            self._file = path
        return self._file

    def close(self) -> None:
        for t in self._memory.values():
            t.close()


def _codebook(kind: str) -> Codebook | None:
    from db import blank_codebook

    return {"default": None, "blank": blank_codebook()}[kind]


@pytest.fixture(scope="session")
def tracker_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TemplateTrackers]:
    """The session's template trackers: ``tracker_templates.clone(clock=clock)`` gives a test more, cheaply."""
    cache = TemplateTrackers(tmp_path_factory.mktemp("tracker_templates"))
    yield cache
    cache.close()


@pytest.fixture
def tracker(tracker_templates: TemplateTrackers, clock: FakeClock) -> Iterator[Tracker]:
    """A fresh in-memory tracker with the default codebook, recorded as user 'Alice'."""
    t = tracker_templates.clone("default", clock=clock)
    yield t
    t.close()


@pytest.fixture
def blank_tracker(tracker_templates: TemplateTrackers, clock: FakeClock) -> Iterator[Tracker]:
    """A fresh in-memory tracker with the status scale and grades only."""
    t = tracker_templates.clone("blank", clock=clock)
    yield t
    t.close()


@pytest.fixture
def tracker_path(tracker_templates: TemplateTrackers, tmp_path: Path) -> Path:
    """A default tracker file on disk (closed), for tests that open files or run the CLI."""
    path = tmp_path / "tracker.db"
    shutil.copyfile(tracker_templates.file(), path)
    return path
