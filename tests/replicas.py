"""Copies of a tracker that exchange changesets directly, as a sync does without the folder and the sealing.

Shared by the merge rules' tests (tests/db/test_merge.py) and the app's Conflicts tests
(tests/tracker/ui/test_conflicts_view.py).
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from db import Tracker
from db.changeset import ChangesetError, apply_changeset, capture, merge_rules, take_incoming, take_snapshot
from tests.conftest import FakeClock

T = TypeVar("T")


class Replica:
    """One person's copy and the snapshot of what it last exchanged."""

    def __init__(self, path: Path, user: str, clock: FakeClock) -> None:
        self.path, self.user, self.clock = path, user, clock
        self.base = path.with_name(path.stem + "-base.db")
        with Tracker.open(path, user=user, clock=clock) as t:
            take_snapshot(t, self.base)

    def edit(self, edits: Callable[[Tracker], object]) -> None:
        self.clock.advance(seconds=1)
        with Tracker.open(self.path, user=self.user, clock=self.clock) as t:
            edits(t)

    def send(self) -> bytes:
        with Tracker.open(self.path, user=self.user, clock=self.clock) as t:
            captured = capture(t, self.base)
        captured.commit()
        return captured.changeset

    def receive(self, *changesets: bytes) -> None:
        for changeset in changesets:
            apply_changeset(self.path, changeset, on_conflict=merge_rules, settle=True)
            with contextlib.suppress(ChangesetError):  # as a sync: resending is harmless
                apply_changeset(self.base, changeset, on_conflict=take_incoming)

    def copy(self, name: str) -> Replica:
        """An identical copy (tracker and base) to deliver the same changes in another order."""
        path = self.path.with_name(f"{name}.db")
        shutil.copyfile(self.path, path)
        twin = Replica.__new__(Replica)
        twin.path, twin.user, twin.clock, twin.base = path, self.user, self.clock, path.with_name(f"{name}-base.db")
        shutil.copyfile(self.base, twin.base)
        return twin

    def read(self, question: Callable[[Tracker], T]) -> T:
        with Tracker.open(self.path, user=self.user, read_only=True) as t:
            return question(t)


def cross(a: Replica, b: Replica) -> None:
    """Both copies send what they changed offline, then each takes the other's: the two-way exchange."""
    from_a, from_b = a.send(), b.send()
    a.receive(from_b)
    b.receive(from_a)
