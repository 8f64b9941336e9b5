"""How long m007 (replicated rows keyed by UUIDs, issue 14) takes on a big tracker, against a full rewrite.

    .venv/bin/python bench/make_tracker.py --evidence 100k --source /tmp/base -o /tmp/old-100k.db  # a tree before m007
    .venv/bin/python bench/uid_migration_bench.py /tmp/old-100k.db

Opens a copy of the old tracker with this tree (``Tracker.open`` applies m007 in one
transaction) and, in the same run, rewrites another copy whole with ``VACUUM INTO`` as the
baseline: m007 rewrites every replicated table and its indexes, so it cannot cost less than
about that.  CPU time (``time.process_time``): the machine is shared.  Checks every table's
count is equal before and after.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db import Tracker

TABLES = ("evidence", "evidence_links", "attachments", "assessments", "assessment_evidence", "history",
          "recommendations", "proposals", "proposal_evidence", "countries", "translations")


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES if t in names}
    finally:
        conn.close()


def main(old: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp) / "tracker.db"
        shutil.copyfile(old, work)
        before = counts(work)

        base = Path(tmp) / "vacuumed.db"
        conn = sqlite3.connect(old)
        c0, w0 = time.process_time(), time.perf_counter()
        conn.execute("VACUUM INTO ?", [str(base)])
        baseline = (time.process_time() - c0, time.perf_counter() - w0)
        conn.close()

        c0, w0 = time.process_time(), time.perf_counter()
        with Tracker.open(work, user="bench") as t:
            migrated = (time.process_time() - c0, time.perf_counter() - w0)
            from db.check import check_tracker

            problems = check_tracker(t)
        after = counts(work)
    print(f"tracker: {old} ({old.stat().st_size / 2**20:.0f} MiB), {before.get('evidence', 0):,} evidence")
    print(f"m007 (Tracker.open): {migrated[0]:.2f} s CPU, {migrated[1]:.2f} s wall")
    print(f"baseline VACUUM INTO: {baseline[0]:.2f} s CPU, {baseline[1]:.2f} s wall")
    print(f"counts equal: {before == after} {after}")
    print(f"check after: {problems or 'clean'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
