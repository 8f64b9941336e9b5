"""Streaming exports (issue 10): our evidence CSV export against a bare ``csv.writer`` over one cursor.

    .venv/bin/python bench/export_bench.py                          # 100k and 1m evidence, best of 3
    .venv/bin/python bench/export_bench.py --sizes 100k --repeat 1   # quick look
    .venv/bin/python bench/export_bench.py --before /tmp/bench-base  # also the previous code (a clean clone)

For each size, a tracker from ``bench/make_tracker.py`` (cached in
``bench/.cache``; the first 1m build takes a few minutes), then, in
interleaved rounds, each run in a fresh subprocess:

* **anchor**: ``sqlite3.connect`` (read-only), then ``csv.writer`` over a
  text file (UTF-8 with BOM, CRLF) and ``writerows`` straight from ONE cursor
  running the very SQL the export runs (``db.export_queries.evidence_export_query()``):
  the same rows and columns, with nothing of ours in between;
* **ours**: ``Tracker.open(read_only=True)``, then
  ``tracker.export_files.export_to_file(t, "evidence", "csv", path, ExportOptions())``
  (the command line's and the window's export: atomic file, formula guard);
* **before** (with ``--before DIR``): the same call in the source tree DIR, on
  a tracker built by that tree (the previous implementation: every row built
  in Python, sorted, then written).

Each child reports the CPU time (user + system) and wall time of the export
alone (not Python's start-up, imports or opening the tracker), and its peak
resident set *above* its resident set just after opening the tracker (the
kernel's high-water mark is reset there through ``/proc/self/clear_refs``).
The output files of anchor and ours are compared byte for byte once per size.

Prints figures; it is not a test and asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak() -> bool:
    """Make VmHWM start again from the current resident set (Linux 4.0+)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def child(which: str, db_path: str, out_path: str, source: str | None) -> None:
    """One measured export in this process; prints one JSON line of figures."""
    if source:
        sys.path.insert(0, source)
    else:
        sys.path.insert(0, str(ROOT))
    if which == "anchor":
        import csv
        import sqlite3

        from db.export_queries import EVIDENCE_EXPORT_COLUMNS, evidence_export_query

        sql, params = evidence_export_query()
        conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        baseline = _status_kib("VmRSS")
        reset = _reset_peak()
        cpu0, wall0 = _cpu(), time.perf_counter()
        with open(out_path, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh, lineterminator="\r\n")
            writer.writerow(EVIDENCE_EXPORT_COLUMNS)
            writer.writerows(conn.execute(sql, params))
        cpu, wall = _cpu() - cpu0, time.perf_counter() - wall0
        message = ""
    else:
        from db import Tracker
        from tracker.export_files import ExportOptions, export_to_file

        t = Tracker.open(db_path, user="Bench", read_only=True)
        t.meta("title")
        baseline = _status_kib("VmRSS")
        reset = _reset_peak()
        cpu0, wall0 = _cpu(), time.perf_counter()
        message = export_to_file(t, "evidence", "csv", out_path, ExportOptions())
        cpu, wall = _cpu() - cpu0, time.perf_counter() - wall0
    peak = _status_kib("VmHWM")
    print(json.dumps({
        "which": which, "cpu": cpu, "wall": wall, "baseline_mib": baseline / 1024,
        "peak_mib": peak / 1024, "above_mib": (peak - baseline) / 1024 if reset else None,
        "bytes": Path(out_path).stat().st_size, "message": message,
    }))


def tracker_for(size: str, source: Path | None) -> Path:
    """The cached tracker of ``size`` evidence built by ``source`` (default: this checkout)."""
    cmd = [sys.executable, str(BENCH / "make_tracker.py"), "--evidence", size]
    if source:
        cmd += ["--source", str(source)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"make_tracker failed:\n{done.stderr}")
    return Path(done.stdout.split()[0])


def run_child(which: str, db: Path, out: Path, source: Path | None) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--child", which, "--db", str(db), "--out", str(out)]
    if source:
        cmd += ["--child-source", str(source)]
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"{which} failed:\n{done.stderr}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100k,1m", help="evidence counts, comma-separated (make_tracker's)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", help="a source tree with the previous code, measured too")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-source", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.db, args.out, args.child_source)
        return
    before = Path(args.before).resolve() if args.before else None
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}")
    for size in args.sizes.split(","):
        ours_db = tracker_for(size, None)
        runs: list[tuple[str, Path, Path | None]] = [("anchor", ours_db, None), ("ours", ours_db, None)]
        if before:
            runs.append(("before", tracker_for(size, before), before))
        results: dict[str, list[dict[str, object]]] = {name: [] for name, _, _ in runs}
        same: bool | None = None  # set in the first round (none when --repeat 0)
        with tempfile.TemporaryDirectory(prefix="export-bench-") as tmp:
            for round_no in range(args.repeat):
                for name, db, source in runs:
                    out = Path(tmp) / f"{name}.csv"
                    results[name].append(run_child(name, db, out, source))
                if round_no == 0:
                    same = _digest(Path(tmp) / "anchor.csv") == _digest(Path(tmp) / "ours.csv")
                for name, _, _ in runs:
                    (Path(tmp) / f"{name}.csv").unlink(missing_ok=True)
        print(f"\n{size} evidence ({ours_db.name}); output {results['ours'][0]['bytes']:,} bytes;"
              f" ours byte-identical to the anchor: {same}")
        print(f"  {'':8} {'CPU best':>9} {'CPU median':>11} {'wall best':>10} {'RSS after open':>15}"
              f" {'peak RSS above it':>18}")
        best: dict[str, float] = {}
        for name, _, _ in runs:
            rs = results[name]
            cpus = [float(r["cpu"]) for r in rs]  # type: ignore[arg-type]
            walls = [float(r["wall"]) for r in rs]  # type: ignore[arg-type]
            above = max(float(r["above_mib"]) for r in rs)  # type: ignore[arg-type]
            best[name] = min(cpus)
            print(f"  {name:8} {min(cpus):8.2f}s {statistics.median(cpus):10.2f}s {min(walls):9.2f}s"
                  f" {float(rs[0]['baseline_mib']):11.1f} MiB {above:14.1f} MiB")  # type: ignore[arg-type]
        medians = {name: statistics.median(float(r["cpu"]) for r in rs) for name, rs in results.items()}  # type: ignore[arg-type]
        print(f"  ratio ours / anchor, CPU: {best['ours'] / best['anchor']:.2f} best,"
              f" {medians['ours'] / medians['anchor']:.2f} median")
        if before:
            print(f"  ratio before / anchor (best CPU): {best['before'] / best['anchor']:.2f}")


if __name__ == "__main__":
    main()
