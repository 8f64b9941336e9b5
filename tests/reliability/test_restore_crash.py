"""Killing a restore at a random moment leaves the tracker as it was or restored, never a mixture.

A real ``policy-tracker restore`` process gets SIGKILL at a random moment
(before, during or after the copy and the rename).  After each kill the
tracker passes SQLite's ``integrity_check`` and ``check``, and holds exactly
the evidence it held before or exactly the backup's; when it was replaced,
the backup of what it replaced is complete too.  ``POLICY_TRACKER_RELIABILITY_KILLS``
sets the number of kills (docs/reliability.md records a larger run).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db import Tracker, ops, queries
from db.backup import backups_of, make_backup
from db.check import check_tracker
from db.restore import restore_backup
from tests.reliability import KILLS_ENV, ROOT, child_env, integrity, knob

KILLS = int(knob(KILLS_ENV, 6))


def evidence(path: Path) -> int:
    with Tracker.open(path, user="checker") as t:  # read-write: replays a journal a kill left behind
        assert [p.message for p in check_tracker(t)] == []
        return queries.counts(t)["evidence"]


@pytest.mark.slow
def test_a_killed_restore_leaves_the_old_tracker_or_the_restored_one(
    tracker_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("POLICY_TRACKER_DATA_DIR", str(data))
    root = data / "backups"
    rng = random.Random(12)
    outcomes = {"as it was": 0, "restored": 0, "killed": 0}
    duration = 0.0  # of a restore left to finish: the first attempt measures it, the others are killed within it
    kept_aside = tmp_path / "the-backup.db"
    for attempt in range(KILLS + 1):
        path = tmp_path / f"tracker-{attempt}.db"
        path.write_bytes(tracker_path.read_bytes())
        with Tracker.open(path, user="Alice") as t:
            backup = make_backup(t, root, "manual")
            kept_aside.write_bytes(backup.read_bytes())  # (the folder's copies are pruned as restores add theirs)
            for i in range(300):  # enough that the copy takes a while
                ops.add_evidence(t, event_date="2024-05-20", countries=["PL"], recommendations=["visa"],
                                 title=f"after the backup {i}", notes="x" * 3000)
        old, restored = evidence(path), evidence(backup)
        proc = subprocess.Popen(
            [sys.executable, "-c", "from tracker.cli import entry_point; entry_point()",
             "restore", "--db", str(path), str(backup)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT,
        )
        started = time.monotonic()
        try:
            proc.communicate(timeout=None if attempt == 0 else rng.uniform(0.4 * duration, 1.1 * duration))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=30)
            outcomes["killed"] += 1
        if attempt == 0:
            duration = time.monotonic() - started
            assert proc.returncode == 0
        assert integrity(path) == "ok"
        now = evidence(path)
        assert now in (old, restored), f"attempt {attempt}: {now} evidence, neither {old} nor {restored}"
        outcomes["as it was" if now == old else "restored"] += 1
        if now == restored:  # replaced: what it replaced was backed up whole first
            with Tracker.open(path, user="checker", read_only=True) as t:
                kept = [b for b in backups_of(t, root) if b.kind == "before-restore"]
            assert kept and integrity(kept[0].path) == "ok" and evidence(kept[0].path) == old
    for path in sorted(tmp_path.glob("tracker-*.db")):  # a later restore tidies what a kill left beside it
        assert restore_backup(kept_aside, path, root, user="Alice").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".restoring")] == []
    print(f"restore: {KILLS} random kills within {duration:.2f} s: {outcomes}")  # the figures for docs/reliability.md
