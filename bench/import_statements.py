"""Where an import's time goes, statement by statement (CPU seconds of each SQL statement, summed).

    .venv/bin/python bench/import_statements.py              # 5,000 generated rows
    .venv/bin/python bench/import_statements.py --rows 50000

Generates rows as ``bench/import_bench.py`` does, imports them into a new default tracker with the
project's own import (``tracker.importer.import_file``), and times every ``execute`` and
``executemany`` of the tracker's connection (the connection is wrapped for the run).  Prints the
most expensive statements, their first characters, and their summed CPU time.  Prints figures; it
is not a test.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for entry in (ROOT, ROOT / "bench"):
    if str(entry) not in sys.path:
        sys.path.insert(0, str(entry))

import import_bench  # type: ignore[import-not-found]  # noqa: E402  (after the path set-up)

from db import Tracker  # noqa: E402
from tracker.importer import import_file  # noqa: E402


class _Timed:
    """A connection whose statements are timed (everything else passes through)."""

    def __init__(self, conn: Any, spent: collections.defaultdict[str, float]) -> None:
        self._conn, self._spent = conn, spent

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)

    def execute(self, sql: str, *args: Any) -> Any:
        start = time.process_time()
        try:
            return self._conn.execute(sql, *args)
        finally:
            self._spent[" ".join(sql.split())[:100]] += time.process_time() - start

    def executemany(self, sql: str, *args: Any) -> Any:
        start = time.process_time()
        try:
            return self._conn.executemany(sql, *args)
        finally:
            self._spent["(many) " + " ".join(sql.split())[:93]] += time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        source = tmp / "evidence.csv"
        import_bench.generate(source, args.rows)
        path = tmp / "tracker.db"
        Tracker.create(path, user="bench").close()
        spent: collections.defaultdict[str, float] = collections.defaultdict(float)
        t = Tracker.open(path, user="bench")
        t.db.conn = _Timed(t.db.conn, spent)  # type: ignore[assignment]
        start = time.process_time()
        result = import_file(t, source)
        total = time.process_time() - start
        t.close()
    if result.errors:
        raise SystemExit(f"import failed: {result.errors[:3]}")
    print(f"{args.rows:,} rows imported in {total:.2f} s CPU; the statements that took longest:")
    for sql, seconds in sorted(spent.items(), key=lambda kv: -kv[1])[:args.top]:
        print(f"{seconds:8.3f} s  {sql}")


if __name__ == "__main__":
    main()
