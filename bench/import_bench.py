"""Import benchmark: our CSV import against sqlite-utils and against a bare floor.

    .venv/bin/python bench/import_bench.py                 # 100,000 rows, best of 3
    .venv/bin/python bench/import_bench.py --rows 20000 --repeat 1

Generates N realistic evidence rows (varied countries, some country groups,
one or two recommendations, titles, URLs, notes; 30 % of rows set a status)
as a CSV file, then times, on the same file:

  (a) ``sqlite-utils insert DB evidence FILE --csv`` in a subprocess (the
      command a user would type; also the same thing through the sqlite_utils
      Python API in this process, for reference);
  (b) the floor: ``csv.reader`` feeding one ``executemany`` into one plain
      table of a fresh SQLite file, one commit;
  (c) our full import (``tracker.importer.import_file``) into a fresh default
      tracker file: validation, country/recommendation resolution, group
      expansion, duplicate detection, evidence links, statuses (assessments
      and their evidence links), history for every record, full-text index.
      Creating the empty tracker file is not timed; opening it, importing
      and closing it are.

Then the peak memory of (c) for 25k/50k/100k rows, each in a fresh
subprocess: tracemalloc's peak (Python allocations) and the peak resident set
of the whole process (VmHWM; SQLite's page cache included).

Prints figures; it is not a test and asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

COUNTRIES = (
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO CH GB US CA AU NZ JP"
).split()
NAMES = {"DE": "Germany", "FR": "France", "PL": "Poland", "LT": "Lithuania", "US": "United States", "GB": "GBR"}
GROUPS = ["group:Baltic states", "group:G7", "group:Five Eyes", "group:EU", "group:Belarus's EU neighbours"]
RECS = ["visa", "tps", "students", "antiwar", "sanctions", "Support for antiwar civic initiatives"]
STATUSES = ["contrary", "none", "announced", "partial", "full", "Partly implemented"]
PUBLISHERS = ["Reuters", "Ministry of Foreign Affairs", "RFE/RL", "Nasha Niva", "UNHCR", "Official Journal", ""]
KINDS = ["official", "media", "ngo", "international", "other", ""]
WORDS = (
    "government decree visa centre closed Belarusian citizens residence permit students scholarship sanctions "
    "package regime humanitarian protection ministry announced parliament adopted law amendment border asylum "
    "temporary protection Lukashenka opposition exile media freedom independent university admission fees "
    "consulate appointments suspended resumed extended programme funding initiative civil society"
).split()


def generate(path: Path, n: int, seed: int = 20240101) -> None:
    """Write ``n`` evidence rows with the import's columns (UTF-8, comma-separated)."""
    rnd = random.Random(seed)
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow([
            "date", "countries", "recommendations", "title", "url", "archive_url", "publisher", "source_kind",
            "language", "notes", "status", "rationale", "confidence",
        ])
        for i in range(n):
            r = rnd.random()
            if r < 0.70:
                c = rnd.choice(COUNTRIES)
                cs = [NAMES.get(c, c) if rnd.random() < 0.1 else c]
            elif r < 0.90:
                cs = rnd.sample(COUNTRIES, rnd.randint(2, 3))
            else:
                cs = [rnd.choice(GROUPS)]
            rs = rnd.sample(RECS[:5], 1 if rnd.random() < 0.75 else 2)
            if rnd.random() < 0.05:
                rs = [RECS[5]]
            with_status = rnd.random() < 0.30
            date = f"{rnd.randint(2020, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            if rnd.random() < 0.1:
                date = date.replace("-", "")
            title = " ".join(rnd.choices(WORDS, k=rnd.randint(4, 12))).capitalize()
            notes = " ".join(rnd.choices(WORDS, k=rnd.randint(0, 60)))
            if rnd.random() < 0.05:
                notes = notes + "\nSecond paragraph: «quoted», with, commas; and — dashes. Ёлка, Łódź, Šiauliai."
            w.writerow([
                date,
                "|".join(cs),
                "|".join(rs),
                title,
                f"https://news.example.org/{date[:4]}/{i}-{rnd.randint(0, 10**6)}",
                f"https://web.archive.org/web/2024/{i}" if rnd.random() < 0.2 else "",
                rnd.choice(PUBLISHERS),
                rnd.choice(KINDS),
                rnd.choice(["en", "pl", "lt", "be", "ru", ""]),
                notes,
                rnd.choice(STATUSES) if with_status else "",
                "Confirmed by the official gazette" if with_status else "",
                rnd.choice(["verified", "reported", "claimed", ""]) if with_status else "",
            ])


class Clock:
    """Wall time and CPU time (user + system, this process and waited-for children)."""

    def __enter__(self) -> Clock:
        self.wall0 = time.perf_counter()
        self.cpu0 = self._cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.wall0
        self.cpu = self._cpu() - self.cpu0

    @staticmethod
    def _cpu() -> float:
        me = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def remove_db(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if p.exists():
            p.unlink()


def run_sqlite_utils_cli(csv_path: Path, db_path: Path) -> Clock:
    remove_db(db_path)
    exe = Path(sys.executable).with_name("sqlite-utils")
    with Clock() as clock:
        command = [str(exe), "insert", str(db_path), "evidence", str(csv_path), "--csv"]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return clock


def run_sqlite_utils_api(csv_path: Path, db_path: Path) -> Clock:
    import sqlite_utils

    remove_db(db_path)
    with Clock() as clock:
        db = sqlite_utils.Database(db_path)
        with csv_path.open(newline="", encoding="utf-8-sig") as fh:
            db.table("evidence").insert_all(csv.DictReader(fh))
        db.close()
    return clock


def run_floor(csv_path: Path, db_path: Path) -> Clock:
    remove_db(db_path)
    with Clock() as clock:
        conn = sqlite3.connect(db_path)
        with csv_path.open(newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            conn.execute(f"CREATE TABLE evidence ({', '.join(f'[{h}] TEXT' for h in header)})")
            conn.executemany(f"INSERT INTO evidence VALUES ({', '.join('?' for _ in header)})", reader)
        conn.commit()
        conn.close()
    return clock


def run_ours(csv_path: Path, db_path: Path, *, dry_run: bool = False) -> tuple[Clock, dict[str, int]]:
    from db import Tracker
    from db.queries import counts
    from tracker.importer import import_file

    remove_db(db_path)
    Tracker.create(db_path, user="bench").close()
    with Clock() as elapsed:  # open, import, close (the final checkpoint included)
        t = Tracker.open(db_path, user="bench")
        result = import_file(t, csv_path, dry_run=dry_run)
        t.close()
    if result.errors:
        raise SystemExit(f"import failed: {result.errors[:5]}")
    t = Tracker.open(db_path, user="bench")
    try:
        c = counts(t)
        c["duplicates"] = len(result.duplicates)
        c["links"] = t.db.execute("SELECT count(*) FROM evidence_links").fetchone()[0]
        c["fts"] = t.db.execute("SELECT count(*) FROM evidence_fts_docsize").fetchone()[0]
    finally:
        t.close()
    return elapsed, c


def capture_writes(csv_path: Path, db_path: Path) -> list[list[tuple[Any, ...]]]:
    """Run our import once, keeping every record it hands to the bulk writer, batch by batch.

    Through the bulk writer's public methods (``add_evidence`` and ``flush``
    of :class:`db.bulk.BulkWriter`), wrapped for the one run.
    """
    from db import Tracker
    from db.bulk import BulkWriter
    from tracker.importer import import_file

    batches: list[list[tuple[Any, ...]]] = [[]]
    add_evidence, flush = BulkWriter.add_evidence, BulkWriter.flush

    def keep_add(writer: BulkWriter, *args: Any) -> str:
        batches[-1].append(args)
        return add_evidence(writer, *args)

    def keep_flush(writer: BulkWriter) -> None:
        if batches[-1]:
            batches.append([])
        flush(writer)

    remove_db(db_path)
    Tracker.create(db_path, user="bench").close()
    # Monkeypatching methods with recording wrappers (``*args`` passthrough): beyond what mypy can check.
    BulkWriter.add_evidence, BulkWriter.flush = keep_add, keep_flush  # type: ignore[method-assign, assignment]
    try:
        with Tracker.open(db_path, user="bench") as t:
            import_file(t, csv_path)
    finally:
        BulkWriter.add_evidence, BulkWriter.flush = add_evidence, flush  # type: ignore[method-assign]
    return [b for b in batches if b]


def run_writes_only(batches: list[list[tuple[Any, ...]]], db_path: Path) -> Clock:
    """(d) Only the writes of (c): its records, already checked, through the same bulk write.

    No reading, checking or planning: the least any import that writes this
    data model (evidence, links, assessments, history, search index) from
    Python can cost.  The same :func:`db.bulk.bulk_write` as (c): rollback
    journal, CHECK constraints on, the search index's trigger replaced by
    direct inserts, one flush per batch of (c).
    """
    from db import Tracker
    from db.bulk import bulk_write

    remove_db(db_path)
    Tracker.create(db_path, user="bench").close()
    with Clock() as clock:
        t = Tracker.open(db_path, user="bench")
        with bulk_write(t, operation="import") as writer:
            for batch in batches:
                for args in batch:
                    writer.add_evidence(*args)
                writer.flush()
        t.close()
    return clock


def writes_only_in_child(csv_path: Path, db_path: Path, repeat: int) -> list[Clock]:
    """Capture (c)'s rows once, then time :func:`run_writes_only` ``repeat`` times, in a fresh process."""
    out = subprocess.run(
        [sys.executable, __file__, "--writes-only", str(csv_path), str(db_path), "--repeat", str(repeat)],
        check=True, capture_output=True, text=True,
    )
    clocks = []
    for wall, cpu in json.loads(out.stdout):
        clock = Clock()
        clock.wall, clock.cpu = wall, cpu
        clocks.append(clock)
    return clocks


def run_roundtrip(db_path: Path, tmp: Path) -> tuple[float, float, dict[str, int]]:
    """Export the imported evidence, re-import it unchanged (no-op), then with one title edited."""
    from db import Tracker
    from tracker.exports import export_to_path
    from tracker.importer import import_file

    t = Tracker.open(db_path, user="bench")
    try:
        out = tmp / "export.csv"
        export_to_path(t, "evidence", out)
        start = time.perf_counter()
        same = import_file(t, out)
        noop = time.perf_counter() - start
        text = out.read_text(encoding="utf-8-sig").splitlines(keepends=True)
        # edit the title of the 5th record (a line that starts a record: it starts with a uid)
        for i, line in enumerate(text[1:], 1):
            if line.count(",") > 10 and len(line) > 40 and line[8] == "-" and i > 5:
                cells = next(csv.reader([line]))
                cells[2] = cells[2] + " (edited)"
                buf = tmp / "row.csv"
                with buf.open("w", newline="", encoding="utf-8") as fh:
                    csv.writer(fh, lineterminator="\r\n").writerow(cells)
                text[i] = buf.read_text(encoding="utf-8")
                break
        out.write_text("".join(text), encoding="utf-8")
        start = time.perf_counter()
        edited = import_file(t, out)
        one = time.perf_counter() - start
        figures = {"noop_unchanged": same.unchanged, "noop_updated": same.updated, "edit_updated": edited.updated,
                   "edit_unchanged": edited.unchanged}
    finally:
        t.close()
    return noop, one, figures


MEMORY_CHILD = r"""
import json, resource, sys, time, tracemalloc
sys.path.insert(0, sys.argv[1])

def peak_rss_kb():
    # VmHWM: this process's peak resident set (ru_maxrss on Linux also counts
    # the parent's peak from before the exec).
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

from db import Tracker
from tracker.importer import import_file
t = Tracker.open(sys.argv[3], user="bench")
base = peak_rss_kb()
if sys.argv[4] == "trace":
    tracemalloc.start()
result = import_file(t, sys.argv[2])
peak = tracemalloc.get_traced_memory()[1] if sys.argv[4] == "trace" else 0
t.close()
print(json.dumps({"peak": peak, "maxrss_kb": peak_rss_kb(), "before_kb": base,
                  "errors": len(result.errors), "new": result.new}))
"""


def memory_of(n: int, tmp: Path, mode: str) -> dict[str, int]:
    from db import Tracker

    csv_path = tmp / f"mem-{n}.csv"
    if not csv_path.exists():
        generate(csv_path, n)
    db_path = tmp / f"mem-{n}-{mode}.db"
    remove_db(db_path)
    Tracker.create(db_path, user="bench").close()
    out = subprocess.run(
        [sys.executable, "-c", MEMORY_CHILD, str(ROOT), str(csv_path), str(db_path), mode],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout)


class Timing:
    """Several runs of one thing: best wall time and best CPU time."""

    def __init__(self, clocks: list[Clock], extra: object = None) -> None:
        self.walls = [c.wall for c in clocks]
        self.cpus = [c.cpu for c in clocks]
        self.wall = min(self.walls)
        self.cpu = min(self.cpus)
        self.extra = extra

    def line(self, label: str) -> str:
        runs = ", ".join(f"{w:.2f}" for w in self.walls)
        return f"{label:44s} {self.wall:6.2f} s wall  {self.cpu:6.2f} s CPU   [wall: {runs}]"


def best(fn, repeat: int, *args, **kw) -> Timing:
    clocks = []
    extra = None
    for _ in range(repeat):
        value = fn(*args, **kw)
        if isinstance(value, tuple):
            value, extra = value[0], value[1]
        clocks.append(value)
    return Timing(clocks, extra)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing; the best is reported")
    parser.add_argument("--memory", default="25000,50000,100000", help="row counts for the memory runs ('' to skip)")
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the files")
    parser.add_argument("--writes-only", nargs=2, metavar=("CSV", "DB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.writes_only:
        csv_arg, db_arg = (Path(x) for x in args.writes_only)
        batches = capture_writes(csv_arg, db_arg)
        clocks = [run_writes_only(batches, db_arg) for _ in range(args.repeat)]
        print(json.dumps([(c.wall, c.cpu) for c in clocks]))
        return

    with tempfile.TemporaryDirectory() as scratch:
        tmp = Path(args.keep or scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        csv_path = tmp / f"evidence-{args.rows}.csv"
        start = time.perf_counter()
        generate(csv_path, args.rows)
        size = csv_path.stat().st_size
        took = time.perf_counter() - start
        print(f"Generated {args.rows:,} rows ({size / 2**20:.1f} MiB) in {took:.1f} s: {csv_path}")
        print(
            f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs;"
            f" best of {args.repeat}\n"
        )

        # Interleaved rounds, so a burst of load on the machine hits every contender alike.
        runs: dict[str, list[Clock]] = {k: [] for k in ("a", "a2", "b", "c", "d", "w")}
        figures: object = None
        # (d) in a child process: the 600,000 prebuilt rows it holds would slow
        # every other contender's garbage collection in this one.
        for _ in range(args.repeat):
            runs["w"].extend(writes_only_in_child(csv_path, tmp / "w.db", 1))
            runs["a"].append(run_sqlite_utils_cli(csv_path, tmp / "a.db"))
            runs["a2"].append(run_sqlite_utils_api(csv_path, tmp / "a2.db"))
            runs["b"].append(run_floor(csv_path, tmp / "b.db"))
            runs["d"].append(run_ours(csv_path, tmp / "d.db", dry_run=True)[0])
            clock, figures = run_ours(csv_path, tmp / "c.db")
            runs["c"].append(clock)
        a, a2, b, c, d, w = (Timing(runs[k]) for k in ("a", "a2", "b", "c", "d", "w"))
        print(a.line("(a)  sqlite-utils insert --csv (CLI)"))
        print(a2.line("(a') sqlite_utils insert_all (Python API)"))
        print(b.line("(b)  floor: csv.reader + executemany"))
        print(c.line("(c)  our import (validate + write all)"))
        print(d.line("     our dry run (validate only)"))
        print(w.line("(d)  (c)'s writes alone, rows prebuilt"))
        print(f"     rows/s for (c): {args.rows / c.wall:,.0f}")
        print(f"     wrote: {json.dumps(figures)}")
        print("\n     ratio          wall    CPU")
        print(f"     (c) / (a)   {c.wall / a.wall:6.2f} {c.cpu / a.cpu:6.2f}   (target < 1: faster than sqlite-utils)")
        print(f"     (c) / (a')  {c.wall / a2.wall:6.2f} {c.cpu / a2.cpu:6.2f}")
        print(f"     (c) / (b)   {c.wall / b.wall:6.2f} {c.cpu / b.cpu:6.2f}   (target <= 3)")
        print(f"     dry / (b)   {d.wall / b.wall:6.2f} {d.cpu / b.cpu:6.2f}")
        print(f"     (d) / (b)   {w.wall / b.wall:6.2f} {w.cpu / b.cpu:6.2f}   (the data model's own floor)")
        print(f"     (c) / (d)   {c.wall / w.wall:6.2f} {c.cpu / w.cpu:6.2f}"
              "   (reading and checking on top of the writes)")

        noop, one, rt = run_roundtrip(tmp / "c.db", tmp)
        print(
            f"\nRound trip: re-import of the unchanged export {noop:.2f} s, with one title edited {one:.2f} s:",
            json.dumps(rt),
        )

        if args.memory:
            print("\nPeak memory of the import (fresh subprocess each):")
            print(f"  {'rows':>8}  {'tracemalloc peak':>17}  {'peak RSS':>10}  (peak RSS before the import)")
            for n in [int(x) for x in args.memory.split(",") if x]:
                traced = memory_of(n, tmp, "trace")
                plain = memory_of(n, tmp, "rss")
                print(
                    f"  {n:>8,}  {traced['peak'] / 2**20:>13.1f} MiB  {plain['maxrss_kb'] / 1024:>6.1f} MiB"
                    f"  ({plain['before_kb'] / 1024:.1f} MiB)"
                )


if __name__ == "__main__":
    main()
