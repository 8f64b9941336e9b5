"""Coalition sync (issue 14): 10,000 new evidence and 1,000 status changes carried from replica A to replica B.

    .venv/bin/python bench/sync_bench.py                                   # 10,000 + 1,000, median of 3
    .venv/bin/python bench/sync_bench.py --evidence 2000 --statuses 200 --repeat 1   # quick look

Two replicas of a new default tracker (``db.Tracker.create``; B is a copy of
A as it was shared).  On A: ``--evidence`` new evidence written with the
project's bulk writer (``db.bulk``, as an import does: each linked to one to
three cells, a third with a URL and notes) and ``--statuses`` status changes
with ``db.ops.set_status`` (one transaction each, as a person makes them).
Then every step of one sync, each timed alone (CPU: user + system of this
process; wall: ``perf_counter``), the median of ``--repeat`` runs:

* **capture**: ``db.changeset.capture`` (a consistent copy of A, then the
  diff against the last sync's snapshot); the changeset's size;
* **seal**: sign and encrypt (``tracker.sync.envelope.seal``); the file's size;
* **write**: write it once into the shared folder (flushed, linked into place);
* **open**: read it, check its hash, signature and header, decrypt;
* **apply**: ``db.changeset.apply_changeset`` on a fresh copy of B, as a sync
  applies (``merge_rules``, then ``db.merge.settle`` on what arrived; triggers
  keep the derived tables and the search index);
* **apply again**: the same file on the same B (changes nothing);
* **send / receive** (once): ``tracker.sync.exchange.send_changes`` and
  ``receive_changes`` end to end (receive also brings B's base snapshot along).

Baselines measured in the same run, on the same A: a plain file copy of A's
tracker (``shutil.copyfile``), SQLite's backup API (``db.backup.save_copy``),
and our own CSV exports of the same rows (evidence and assessments,
``tracker.export_files.export_to_file``).  B is checked equal to A (every
shared table, row by row) after the applies.

Prints figures; it is not a test and asserts nothing but B's equality.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from db import Tracker, ops  # noqa: E402  (after the path set-up, as the other benchmarks)
from db.backup import save_copy  # noqa: E402
from db.bulk import NewEvidence, bulk_write  # noqa: E402
from db.changeset import (  # noqa: E402
    LOCAL_META_KEYS,
    LOCAL_TABLES,
    apply_changeset,
    capture,
    merge_rules,
    take_snapshot,
)
from tracker.export_files import export_to_file  # noqa: E402
from tracker.sync.envelope import Header, open_envelope, seal  # noqa: E402
from tracker.sync.exchange import receive_changes, schema_version, send_changes  # noqa: E402
from tracker.sync.folder import LocalState, SharedFolder  # noqa: E402
from tracker.sync.keys import Identity, Keyring, now_stamp  # noqa: E402
from tracker.sync.members import JoinRequest, add_member, start_tracker  # noqa: E402

T = TypeVar("T")


class Timings:
    """CPU and wall seconds of each named step, over the runs; sizes in bytes."""

    def __init__(self) -> None:
        self.cpu: dict[str, list[float]] = {}
        self.wall: dict[str, list[float]] = {}
        self.size: dict[str, int] = {}
        self.order: list[str] = []

    def time(self, name: str, fn: Callable[[], T]) -> T:
        cpu, wall = time.process_time(), time.perf_counter()
        result = fn()
        self.cpu.setdefault(name, []).append(time.process_time() - cpu)
        self.wall.setdefault(name, []).append(time.perf_counter() - wall)
        if name not in self.order:
            self.order.append(name)
        return result

    def report(self) -> list[str]:
        lines = ["| step | CPU ms | wall ms | bytes |", "| --- | ---: | ---: | ---: |"]
        for name in self.order:
            cpu, wall = statistics.median(self.cpu[name]) * 1000, statistics.median(self.wall[name]) * 1000
            size = f"{self.size[name]:,}" if name in self.size else ""
            lines.append(f"| {name} | {cpu:,.0f} | {wall:,.0f} | {size} |")
        return lines


def make_edits(t: Tracker, evidence: int, statuses: int, rng: random.Random) -> None:
    """``evidence`` new evidence in one bulk write, then ``statuses`` status changes one by one."""
    countries = [str(r[0]) for r in t.db.execute("SELECT code FROM countries ORDER BY code")]
    recs = [str(r[0]) for r in t.db.execute("SELECT code FROM recommendations ORDER BY position")]
    scale = [str(r[0]) for r in t.db.execute("SELECT code FROM statuses WHERE score IS NOT NULL ORDER BY position")]
    with bulk_write(t, operation="import") as writer:
        for i in range(evidence):
            day = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            rich = i % 3 == 0
            writer.add_evidence(
                NewEvidence(
                    None, day, f"Government decision {i} on visas and residence permits",
                    f"https://example.org/news/{i}" if rich else None, None, None,
                    "Official gazette" if rich else None, "other", "en",
                    "Signed by the minister; applies from the first of next month." if rich else None,
                ),
                sorted({(rng.choice(countries), rng.choice(recs)) for _ in range(rng.randint(1, 3))}),
            )
            if writer.pending >= 1000:
                writer.flush()
    for i in range(statuses):
        ops.set_status(t, rng.choice(countries), rng.choice(recs), rng.choice(scale),
                       effective_date=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                       rationale=f"Reviewed against the evidence ({i})")


def shared_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every shared table's rows (derived tables included: the triggers must have rebuilt them), sorted."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [str(r[0]) for r in conn.execute(
            "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
        ) if not str(r[0]).startswith(("sqlite_", "evidence_fts")) and r[0] not in LOCAL_TABLES]
        rows = {n: sorted(conn.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}
        rows["meta"] = [r for r in rows["meta"] if r[0] not in LOCAL_META_KEYS]
        return rows
    finally:
        conn.close()


def run(work: Path, evidence: int, statuses: int, repeat: int) -> list[str]:
    rng = random.Random(14)
    a_path, b_path = work / "a.db", work / "b.db"
    Tracker.create(a_path, user="Ana").close()
    shutil.copyfile(a_path, b_path)
    ana, bo = Identity.generate(), Identity.generate()
    first, key = start_tracker(ana, "Ana")
    members = add_member(first, JoinRequest.for_identity(bo, "Bo"), by=ana)
    keys = Keyring({key.key_id: key})
    t = Tracker.open(a_path, user="Ana")
    base = work / "a-base.db"
    take_snapshot(t, base)
    edit_start = time.perf_counter()
    make_edits(t, evidence, statuses, rng)
    edit_s = time.perf_counter() - edit_start
    timings = Timings()
    changeset = b""
    for run_no in range(1, repeat + 1):
        captured = timings.time("capture (copy + diff)", lambda: capture(t, base))
        changeset = captured.changeset
        captured.discard()
        timings.size["capture (copy + diff)"] = len(changeset)
        header = Header(members.tracker_id, ana.member_id, schema_version(), run_no, now_stamp(), key.key_id)
        sealed = timings.time("seal (sign + encrypt)", lambda: seal(
            changeset, header=header, signer=ana, tracker_key=key.secret, key_id=key.key_id))  # noqa: B023
        timings.size["seal (sign + encrypt)"] = len(sealed)
        folder = SharedFolder(work / f"shared-{run_no}")
        folder.prepare()
        entry = timings.time("write once (fsync + link)", lambda: folder.write_changeset(  # noqa: B023
            ana.member_id, run_no, sealed))  # noqa: B023
        opened = timings.time("open (hash + verify + decrypt)", lambda: open_envelope(
            entry.read(), members=members, tracker_keys=keys))  # noqa: B023
        entry.check_header(opened[0])
        target = work / f"b-{run_no}.db"
        shutil.copyfile(b_path, target)
        # as a sync applies: the coalition's conflict rules, then the merge rules on what arrived (db.merge)
        applied = timings.time("apply on B", lambda: apply_changeset(
            target, opened[1], on_conflict=merge_rules, settle=True))  # noqa: B023
        again = timings.time("apply again (idempotent)", lambda: apply_changeset(
            target, opened[1], on_conflict=merge_rules, settle=True))  # noqa: B023
        assert not applied.conflicts and not again.conflicts
        if run_no == 1:
            assert shared_rows(target) == shared_rows(a_path), "B differs from A after the apply"
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        shutil.rmtree(folder.root)
    compressed = len(zlib.compress(changeset, 6))

    # Baselines, same run, same A.
    copy_path = work / "copy.db"
    timings.time("baseline: copy the tracker file", lambda: shutil.copyfile(a_path, copy_path))
    timings.size["baseline: copy the tracker file"] = copy_path.stat().st_size
    backup_path = work / "backup.db"
    timings.time("baseline: SQLite backup (save_copy)", lambda: save_copy(t, backup_path))
    timings.size["baseline: SQLite backup (save_copy)"] = backup_path.stat().st_size
    for kind in ("evidence", "assessments"):
        out = work / f"{kind}.csv"
        name = f"baseline: CSV export of {kind}"
        timings.time(name, lambda: export_to_file(t, kind, "csv", out))  # noqa: B023
        timings.size[name] = out.stat().st_size

    # One sync end to end, through the exchange API (B's base follows what it takes).
    folder = SharedFolder(work / "shared")
    folder.prepare()
    a_state, b_state = LocalState(members.tracker_id, work / "ana-data"), LocalState(members.tracker_id, work / "bo")
    sent = timings.time("send_changes (capture … write, base moves)", lambda: send_changes(
        t, base, folder, a_state, identity=ana, members=members, key=key))
    t.close()
    b_base = work / "b-base.db"
    with Tracker.open(b_path, user="Bo") as b_tracker:  # B's base as B keeps it: a snapshot (no triggers)
        take_snapshot(b_tracker, b_base)
    received = timings.time("receive_changes (open … apply, base follows)", lambda: receive_changes(
        b_path, folder, b_state, members=members, tracker_keys=keys, base=b_base))
    assert sent is not None and [e.name for e in received.applied] == [sent.name]
    assert shared_rows(b_path) == shared_rows(a_path), "B differs from A after receive_changes"

    counts = shared_rows(a_path)
    return [
        f"A: {evidence:,} new evidence ({len(counts['evidence_links']):,} links in all) and {statuses:,} status"
        f" changes made in {edit_s:.1f} s; A is {a_path.stat().st_size / 2**20:.1f} MiB;"
        f" median of {repeat} run(s); B equals A row by row after each apply.",
        f"The changeset compressed with zlib (level 6) would be {compressed:,} bytes (for reference; not done).",
        "",
        *timings.report(),
    ]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--evidence", type=int, default=10_000)
    parser.add_argument("--statuses", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="work in this (new) folder and keep it")
    args = parser.parse_args(argv)
    os.environ.setdefault("POLICY_TRACKER_DATA_DIR", tempfile.mkdtemp(prefix="sync-bench-data-"))
    if args.keep:
        args.keep.mkdir(parents=True)
        lines = run(args.keep, args.evidence, args.statuses, args.repeat)
    else:
        with tempfile.TemporaryDirectory(prefix="sync-bench-") as work:
            lines = run(Path(work), args.evidence, args.statuses, args.repeat)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
