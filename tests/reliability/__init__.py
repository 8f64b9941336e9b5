"""The reliability suite: concurrent writers, killed processes, hostile files (see docs/reliability.md).

Shared helpers for its tests: spawning the writer children of
:mod:`tests.reliability.writers` and reading back what they confirmed.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WRITERS = Path(__file__).with_name("writers.py")
#: The knob: seconds each concurrency test's writers run (CI keeps the default; docs/reliability.md used 30).
SECONDS_ENV = "POLICY_TRACKER_RELIABILITY_SECONDS"
#: The knob for the crash tests: kills per scenario.
KILLS_ENV = "POLICY_TRACKER_RELIABILITY_KILLS"


def knob(name: str, default: float) -> float:
    value = os.environ.get(name)
    return float(value) if value else default


def child_env() -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env.pop("POLICY_TRACKER_USER", None)
    return env


def spawn_writer(mode: str, path: Path, seconds: float, tag: str) -> subprocess.Popen[str]:
    """Start a writer child (see :mod:`tests.reliability.writers`); its stdout lists the writes it confirmed."""
    return subprocess.Popen(
        [sys.executable, str(WRITERS), mode, str(path), str(seconds), tag],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT,
    )


@dataclass
class Confirmed:
    """What children said they wrote (a line is printed only after its commit)."""

    added: set[str] = field(default_factory=set)
    edited: dict[str, str] = field(default_factory=dict)
    archived: set[str] = field(default_factory=set)
    failures: list[str] = field(default_factory=list)

    def read(self, stdout: str) -> Confirmed:
        for line in stdout.splitlines():
            word, _, rest = line.partition(" ")
            if word == "add":
                self.added.add(rest)
            elif word == "edit":
                uid, _, title = rest.partition(" ")
                self.edited[uid] = title
            elif word == "archive":
                self.archived.add(rest)
            elif word == "FAIL":
                self.failures.append(rest)
        return self

    def writes(self) -> int:
        return len(self.added) + len(self.edited) + len(self.archived)


def lost_writes(path: Path, confirmed: Confirmed) -> list[str]:
    """Every confirmed write that is not in the file (empty: nothing lost)."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        found = conn.execute("SELECT uid, title, archived FROM evidence")
        rows = {uid: (title, archived) for uid, title, archived in found}
    conn.close()
    lost = [f"add {uid}" for uid in sorted(confirmed.added) if uid not in rows]
    lost += [f"edit {uid}" for uid, title in confirmed.edited.items() if rows.get(uid, ("", 0))[0] != title]
    lost += [f"archive {uid}" for uid in confirmed.archived if rows.get(uid, ("", 0))[1] != 1]
    return lost


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
    conn.close()
    return str(result)
