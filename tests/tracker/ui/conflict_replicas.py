"""Two copies of a tracker that changed the same things offline, for the app's Conflicts tests.

Built with :class:`tests.replicas.Replica`: copies exchange changesets directly, as a sync does
without the folder and the sealing.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from db import Tracker, ops
from tests.conftest import FakeClock
from tests.replicas import Replica

#: The cell both copies set a status on.
CELL = ("FR", "visa")


@dataclass
class Conflicted:
    """Ana's copy after taking Bo's changes: the decree edited on both, the cell set on both."""

    path: Path
    decree: str  # the evidence both edited


def make_conflicts(start: Path, clock: FakeClock) -> Conflicted:
    """From the tracker file ``start``: Ana and Bo each edit the same evidence's title and set a status on
    :data:`CELL` offline; Ana's copy then takes Bo's changes.  Bo edited last, so his title applies; Ana's
    status is the latest judgement (effective later), so it is current."""
    with Tracker.open(start, user="Coordinator", clock=clock) as t:
        ops.add_evidence(t, event_date="2025-03-01", countries=[CELL[0]], recommendations=[CELL[1]],
                         title="Shared decree", url="https://example.org/decree")
        ops.set_status(t, *CELL, "partial", effective_date="2025-03-02", rationale="Some visas.")
    made = []
    for name in ("Ana", "Bo"):
        path = start.with_name(f"{name.lower()}.db")
        shutil.copyfile(start, path)
        made.append(Replica(path, name, clock))
    ana, bo = made
    decree = str(ana.read(lambda t: t.db.execute("SELECT uid FROM evidence WHERE title = 'Shared decree'")
                          .fetchone()[0]))
    ana.edit(lambda t: ops.edit_evidence(t, decree, title="Decree No. 5 (Ana)"))
    ana.edit(lambda t: ops.set_status(t, *CELL, "full", effective_date="2025-04-02", rationale="Visas again."))
    bo.edit(lambda t: ops.set_status(t, *CELL, "none", effective_date="2025-04-01", rationale="Quota cut."))
    bo.edit(lambda t: ops.edit_evidence(t, decree, title="Decree No. 5 (Bo)", notes="Bo's notes"))
    ana.receive(bo.send())
    return Conflicted(ana.path, decree)
