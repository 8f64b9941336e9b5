"""The coalition's command line: share, join-request, members, join and sync (issue 14).

Each person is a data folder of their own ($POLICY_TRACKER_DATA_DIR), as on
two computers.  Failures are one sentence on standard error with exit code 1.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db import Tracker, ops
from tests.sync_e2e import replica_contents
from tracker.cli import main


def run(monkeypatch: pytest.MonkeyPatch, data: Path, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setenv("POLICY_TRACKER_DATA_DIR", str(data))
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def value_after(text: str, label: str) -> str:
    line = next(line for line in text.splitlines() if line.startswith(label))
    return line[len(label):].split()[0]


def test_a_coalition_from_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tracker_path: Path, tmp_path: Path
) -> None:
    ana, bo, folder, bo_db = tmp_path / "ana", tmp_path / "bo", tmp_path / "shared", tmp_path / "bo.db"
    code, out, err = run(monkeypatch, ana, "share", "--db", str(tracker_path), "--folder", str(folder),
                         "--name", "Ana")
    assert code == 0, err
    ana_fp = value_after(out, "Your fingerprint: ")

    code, out, _ = run(monkeypatch, bo, "join-request", "--name", "Bo", "--output", str(tmp_path / "bo.ptjoin"))
    assert code == 0 and "Join file written" in out
    bo_code = next(line for line in out.splitlines() if line.startswith("ptjoin1:"))
    bo_fp = value_after(out, "Fingerprint: ")

    code, _, err = run(monkeypatch, ana, "members", "--db", str(tracker_path), "add", str(tmp_path / "bo.ptjoin"))
    assert code == 1 and f"--fingerprint {bo_fp}" in err and err.count("\n") == 1  # compare first, then add
    code, out, err = run(monkeypatch, ana, "members", "--db", str(tracker_path), "add", bo_code,
                         "--fingerprint", bo_fp)
    assert code == 0 and "Added Bo" in out, err

    code, out, err = run(monkeypatch, bo, "join", "--folder", str(folder), "--db", str(bo_db),
                         "--fingerprint", ana_fp)
    assert code == 0, err
    assert replica_contents(bo_db) == replica_contents(tracker_path)

    with Tracker.open(tracker_path, user="Ana") as t:
        rec = str(t.db.execute("SELECT code FROM recommendations ORDER BY position LIMIT 1").fetchone()[0])
        ops.set_status(t, "PL", rec, "full", effective_date="2025-05-03", rationale="Decree")
    code, out, _ = run(monkeypatch, ana, "sync", "--db", str(tracker_path))
    assert code == 0 and out.startswith("Sent 1, applied 0, waiting 0, refused 0.")
    code, out, _ = run(monkeypatch, bo, "sync", "--db", str(bo_db))
    assert code == 0 and out.startswith("Sent 0, applied 1, waiting 0, refused 0.")
    assert replica_contents(bo_db) == replica_contents(tracker_path)

    code, out, _ = run(monkeypatch, ana, "members", "--db", str(tracker_path))
    assert code == 0 and "Ana (you)  coordinator" in out and "added by Ana" in out
    bo_id = next(line.split()[0] for line in out.splitlines() if "  Bo  " in line)
    code, out, _ = run(monkeypatch, ana, "members", "--db", str(tracker_path), "remove", bo_id)
    assert code == 0 and "rotated" in out
    with Tracker.open(bo_db, user="Bo") as t:
        ops.set_status(t, "LT", rec, "partial", effective_date="2025-06-01", rationale="After removal")
    assert run(monkeypatch, bo, "sync", "--db", str(bo_db))[0] == 0
    code, out, _ = run(monkeypatch, ana, "sync", "--db", str(tracker_path))
    assert code == 0 and "refused 1." in out.splitlines()[0] and "after they were removed" in out


def test_failures_are_one_sentence_with_a_non_zero_exit(
    monkeypatch: pytest.MonkeyPatch, tracker_path: Path, tmp_path: Path
) -> None:
    code, out, err = run(monkeypatch, tmp_path / "ana", "sync", "--db", str(tracker_path))
    assert (code, out) == (1, "") and err.startswith("policy-tracker: error: ") and err.count("\n") == 1
    assert "not shared from this computer" in err
    code, _, err = run(monkeypatch, tmp_path / "bo", "join", "--folder", str(tmp_path / "nothing"), "--db",
                       str(tmp_path / "bo.db"), "--fingerprint", "AAAA-AAAA-AAAA-AAAA")
    assert code == 1 and "no shared tracker yet" in err
    code, _, err = run(monkeypatch, tmp_path / "ana", "members", "--db", str(tracker_path), "add")
    assert code == 2 and "needs the join code" in err


def test_sync_runs_as_a_child_process(monkeypatch: pytest.MonkeyPatch, tracker_path: Path, tmp_path: Path) -> None:
    """How the app runs it: this Python with ``-m tracker.cli sync --db PATH``."""
    data = tmp_path / "ana"
    assert run(monkeypatch, data, "share", "--db", str(tracker_path), "--folder", str(tmp_path / "shared"),
               "--name", "Ana")[0] == 0
    env = {**os.environ, "POLICY_TRACKER_DATA_DIR": str(data)}
    done = subprocess.run([sys.executable, "-m", "tracker.cli", "sync", "--db", str(tracker_path)],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("Sent 0, applied 0, waiting 0, refused 0.")
    env["POLICY_TRACKER_DATA_DIR"] = str(tmp_path / "nobody")
    failed = subprocess.run([sys.executable, "-m", "tracker.cli", "sync", "--db", str(tracker_path)],
                            capture_output=True, text=True, env=env, timeout=60, check=False)
    assert failed.returncode == 1 and failed.stderr.count("\n") == 1
