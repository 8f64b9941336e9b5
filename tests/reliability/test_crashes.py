"""Killing a writer at a random moment never damages the tracker or loses a write it confirmed.

Real processes get SIGKILL (no clean-up of any kind runs) during an import
(``policy-tracker import``), during a loop of ``evidence add`` and during a
window's edits (the app offscreen).  After each kill: SQLite's
``integrity_check`` is ok, ``check`` finds nothing, every write the child
confirmed (printed after its commit) is in the file, and an import is there
whole or not at all.  ``POLICY_TRACKER_RELIABILITY_KILLS`` sets the kills per
scenario (CI keeps the short default; docs/reliability.md records a larger run).
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.check import check_tracker
from db.store import Tracker
from tests.reliability import KILLS_ENV, ROOT, Confirmed, child_env, integrity, knob, lost_writes, spawn_writer

KILLS = int(knob(KILLS_ENV, 5))
ROWS = 8000


def kill_after(proc: subprocess.Popen[str], delay: float) -> tuple[str, bool]:
    """SIGKILL ``proc`` after ``delay`` seconds (unless it ended first); returns its output and if it was killed."""
    try:
        out, _err = proc.communicate(timeout=delay)
        return out, False
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=30)
        return out, True


def assert_healthy(path: Path) -> None:
    assert integrity(path) == "ok"
    with Tracker.open(path, user="checker") as t:  # read-write: replays a journal the kill left behind
        assert [p.message for p in check_tracker(t)] == []


def import_file(folder: Path, tag: str) -> Path:
    path = folder / f"{tag}.csv"
    lines = ["date,countries,recommendations,title,url"]
    lines += [f"2024-{1 + i % 12:02d}-{1 + i % 28:02d},EE|LV,visa|tps,{tag} row {i},https://example.org/{tag}/{i}"
              for i in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def imported_rows(path: Path, tag: str) -> int:
    with sqlite3.connect(path) as conn:
        n = conn.execute("SELECT count(*) FROM evidence WHERE title LIKE ?", [f"{tag} row %"]).fetchone()[0]
    conn.close()
    return int(n)


@pytest.mark.slow
def test_an_import_killed_at_any_moment_is_all_or_nothing(tracker_path: Path, tmp_path: Path) -> None:
    rng = random.Random(12)
    command = [sys.executable, str(ROOT / "main.py"), "import", "--db", str(tracker_path)]
    started = time.monotonic()
    whole = subprocess.run([*command, str(import_file(tmp_path, "whole"))], capture_output=True, text=True,
                           env=child_env(), cwd=ROOT, timeout=120)
    duration = time.monotonic() - started  # the kills fall anywhere in a run this long
    assert whole.returncode == 0, whole.stderr
    assert imported_rows(tracker_path, "whole") == ROWS
    outcomes = {0: 0, ROWS: 0}
    mid_write = 0
    for k in range(KILLS):
        tag = f"try{k}"
        proc = subprocess.Popen([*command, str(import_file(tmp_path, tag))], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT)
        out, killed = kill_after(proc, rng.uniform(0.1, 1.2 * duration))  # a few finish first
        journal = Path(f"{tracker_path}-journal")
        mid_write += journal.exists() and journal.stat().st_size > 0  # killed inside the import's transaction
        assert_healthy(tracker_path)
        found = imported_rows(tracker_path, tag)
        assert found in (0, ROWS), f"kill {k}: {found} of {ROWS} rows"
        if "Imported" in out:  # confirmed: it must all be there
            assert found == ROWS
        assert killed or found == ROWS
        outcomes[found] += 1
    print(f"\nRELIABILITY import kills: {KILLS} tries, {KILLS} survived (file healthy), 0 lost;"
          f" {outcomes[0]} left nothing ({mid_write} of them killed mid-write, leaving a journal that was rolled"
          f" back), {outcomes[ROWS]} finished before the kill; an uncut run took {duration:.1f} s")


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["cli", "window"])
def test_a_writer_killed_at_any_moment_keeps_every_confirmed_write(tracker_path: Path, mode: str) -> None:
    """``evidence add`` in a loop, or the window adding, editing and archiving: every confirmed write survives."""
    rng = random.Random(mode)
    confirmed = Confirmed()
    start = 0.3 if mode == "cli" else 1.0  # a window takes about a second to open
    for k in range(KILLS):
        proc = spawn_writer(mode, tracker_path, 60, f"{mode}{k}")
        out, killed = kill_after(proc, rng.uniform(start, start + 1.5))
        assert killed
        confirmed.read(out)
        assert confirmed.failures == []
        assert_healthy(tracker_path)
        assert lost_writes(tracker_path, confirmed) == []
    assert confirmed.writes() > KILLS
    print(f"\nRELIABILITY {mode} kills: {KILLS} tries, {KILLS} survived (file healthy), 0 lost"
          f" of {confirmed.writes()} confirmed writes")
