"""Hostile files offered as attachments, through the real command line in a child process.

Issue 12 item 9: ``--attach /dev/zero`` grew to 3.9 GB (the size check trusted
``st_size``), a pipe hung for ever, a link was followed silently.  Each child
here runs ``policy-tracker evidence add --attach FILE``; each must end at once
with one sentence naming the file, in little memory, and leave the tracker
byte-identical.  The child's peak memory is its own: the high-water mark of
its address space (``VmHWM``), which it writes as it exits.  (``os.wait4``'s
``ru_maxrss`` is not: Linux counts the memory of the forked test process
before ``exec``, so it grew with the test session.)  A child still running
after a minute is killed and the test fails.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from db import Tracker
from db.attachments import MAX_ATTACHMENT_BYTES

ROOT = Path(__file__).resolve().parents[2]
#: A child that reads a hostile file into memory blows far past this; a healthy one stays well under it.
PEAK_LIMIT_MB = 250

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc for the child's own peak memory"),
]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


#: Runs main.py as ``python main.py`` would, and writes the process's own peak memory (kB) as it exits.
PEAK_REPORTER = """
import atexit, runpy, sys
peak_file, sys.argv = sys.argv[1], sys.argv[2:]
def report():
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
    with open(peak_file, "w", encoding="ascii") as out:
        out.write(peak)
atexit.register(report)
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def attach(tracker_path: Path, file: Path | str, tmp_path: Path) -> tuple[int, str, float]:
    """Run ``evidence add --attach file`` in a child; returns (exit code, stderr, peak memory in MB)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("POLICY_TRACKER_USER", None)
    err_path = tmp_path / "stderr.txt"
    peak_path = tmp_path / "peak-kb.txt"
    with open(err_path, "wb") as err, open(os.devnull, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", PEAK_REPORTER, str(peak_path), str(ROOT / "main.py"),
             "evidence", "add", "--db", str(tracker_path),
             "--date", "2024-01-01", "--country", "PL", "--recommendation", "visa", "--title", "t",
             "--attach", str(file)],
            stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=ROOT,
        )
        killer = threading.Timer(60, proc.kill)
        killer.start()
        try:
            proc.wait()
        finally:
            killer.cancel()
    assert proc.returncode != -9, f"attaching {file} did not finish within a minute (killed)"
    peak_mb = int(peak_path.read_text(encoding="ascii")) / 1024
    return proc.returncode, err_path.read_text(encoding="utf-8"), peak_mb


def refused(tracker_path: Path, file: Path | str, tmp_path: Path, expected: str) -> float:
    before = sha256(tracker_path)
    code, err, peak = attach(tracker_path, file, tmp_path)
    assert code == 1
    assert err == f"policy-tracker: error: {expected}\n"
    assert sha256(tracker_path) == before
    assert peak < PEAK_LIMIT_MB, f"peak {peak:.0f} MB"
    return peak


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_at_once_in_little_memory(tracker_path: Path, tmp_path: Path) -> None:
    refused(tracker_path, "/dev/zero", tmp_path, "zero is a device, not a file; attach a regular file.")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_is_refused_without_hanging(tracker_path: Path, tmp_path: Path) -> None:
    pipe = tmp_path / "decree.pdf"
    os.mkfifo(pipe)
    refused(tracker_path, pipe, tmp_path, "decree.pdf is a pipe, not a file; attach a regular file.")


def test_a_link_and_a_folder_are_refused(tracker_path: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"%PDF-1.4 decree")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    refused(tracker_path, link, tmp_path, "link.pdf is a link to another file; attach the file itself.")
    refused(tracker_path, tmp_path, tmp_path, f"{tmp_path.name} is a folder, not a file; attach a file inside it.")


def test_one_byte_over_the_limit_is_refused_and_the_limit_itself_is_stored(tracker_path: Path, tmp_path: Path) -> None:
    """The control: the same child attaches a file of exactly the limit, in the same little memory."""
    big = tmp_path / "scan.tif"
    big.write_bytes(b"\x00" * (MAX_ATTACHMENT_BYTES + 1))
    mb = MAX_ATTACHMENT_BYTES // 2**20
    refused(tracker_path, big, tmp_path,
            f"scan.tif is too big to attach (over {mb} MB); keep it elsewhere and link to it.")
    with open(big, "r+b") as f:
        f.truncate(MAX_ATTACHMENT_BYTES)
    code, err, peak = attach(tracker_path, big, tmp_path)
    assert code == 0, err
    assert peak < PEAK_LIMIT_MB, f"peak {peak:.0f} MB"
    with Tracker.open(tracker_path, user="x", read_only=True) as t:
        sizes = [row[0] for row in t.db.execute("SELECT size FROM attachments").fetchall()]
    assert sizes == [MAX_ATTACHMENT_BYTES]
