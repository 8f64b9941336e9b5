"""The sync benchmark (bench/sync_bench.py) runs end to end at a tiny size: B ends equal to A."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

BENCH = Path(__file__).resolve().parents[3] / "bench"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

# bench/ is put on sys.path above; mypy (base: the repo root) sees the module as bench.sync_bench.
if TYPE_CHECKING:
    from bench.sync_bench import run
else:
    from sync_bench import run


def test_the_sync_benchmark_carries_every_change_and_reports_each_step(tmp_path: Path) -> None:
    lines = run(tmp_path, evidence=60, statuses=6, repeat=1)  # asserts B == A row by row after each apply

    report = "\n".join(lines)
    assert "60 new evidence" in report and "6 status changes" in report
    for step in ("capture", "seal", "open", "apply on B", "apply again", "baseline: SQLite backup",
                 "baseline: CSV export of evidence", "receive_changes"):
        assert f"| {step}" in report
