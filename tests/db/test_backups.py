"""Automatic backups: one a day and before every change that rewrites much, pruned to 10 daily and 8 weekly,
kept in the user's own data folder under the tracker's id; restoring one backs up the current state first."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

import pytest

from db import Tracker, TrackerFileError, ops, queries
from db.backup import (
    FREE_SPACE_FLOOR,
    KEEP_DAILY,
    KEEP_WEEKLY,
    TRACKER_ID_KEY,
    backup_before,
    backup_counts,
    backup_if_due,
    backup_size,
    backups_of,
    backups_root,
    default_data_dir,
    list_backups,
    make_backup,
    parse_backup_name,
    prune,
    role,
    save_copy,
    size_text,
    tracker_id,
)
from db.restore import restore_backup
from db.schema import MIGRATION_SET
from db.store import pending_upgrade, upgrade
from tests.conftest import FakeClock


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("POLICY_TRACKER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def root(data_dir: Path) -> Path:
    return data_dir / "backups"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def evidence_count(path: Path) -> int:
    with Tracker.open(path, user="x", read_only=True) as t:
        return queries.counts(t)["evidence"]


def add_evidence(t: Tracker, title: str) -> None:
    ops.add_evidence(t, event_date="2024-05-20", countries=["PL"], recommendations=["visa"], title=title)


def test_the_data_folder_is_the_override_and_backups_go_under_it(data_dir: Path, monkeypatch) -> None:
    assert default_data_dir() == data_dir
    assert backups_root() == data_dir / "backups"
    monkeypatch.delenv("POLICY_TRACKER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(data_dir / "xdg"))
    if default_data_dir().is_relative_to(data_dir):  # Linux and the BSDs: the XDG folder, as Qt's AppLocalDataLocation
        assert default_data_dir() == data_dir / "xdg" / "PolicyTracker" / "Policy Tracker"


def test_a_daily_backup_is_taken_when_the_tracker_has_none_from_today(tracker_path: Path, root: Path) -> None:
    clock = FakeClock("2026-11-29T21:50:00")
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        first = backup_if_due(t, root)
        assert first is not None and first.name == "2026-11-29T21-50-00Z-daily.db"
        # the backup sits in the folder of the tracker's id, which taking it did not need to write
        identity = tracker_id(t)
        assert identity and first.parent == root / identity
        assert t.meta(TRACKER_ID_KEY) is None
        clock.advance(hours=2)
        assert backup_if_due(t, root) is None  # one a day
        clock.advance(days=1)
        add_evidence(t, "Tomorrow's decree")
        second = backup_if_due(t, root)
        assert second is not None and second.name == "2026-11-30T23-50-00Z-daily.db"
        assert [b.path for b in backups_of(t, root)] == [second, first]  # newest first
    assert evidence_count(second) == evidence_count(first) + 1
    assert first.stat().st_mode & 0o777 == 0o600  # private to the user
    assert (root / identity).stat().st_mode & 0o777 == 0o700
    with sqlite3.connect(second) as conn:  # a backup opened on its own is a tracker with its own id
        (other,) = conn.execute("SELECT value FROM meta WHERE key = ?", [TRACKER_ID_KEY]).fetchone()
    conn.close()
    assert other != identity


def test_taking_a_backup_writes_nothing_to_the_tracker(tracker_path: Path, root: Path) -> None:
    before = sha256(tracker_path)
    with Tracker.open(tracker_path, user="Alice", read_only=True) as t:  # read-only: it only reads
        made = make_backup(t, root, "manual")
    assert sha256(tracker_path) == before and made.is_file()


def test_the_id_survives_moving_and_renaming_the_tracker(tracker_path: Path, root: Path, tmp_path: Path) -> None:
    clock = FakeClock()
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        make_backup(t, root, "manual")
    moved = tmp_path / "elsewhere" / "renamed.db"
    moved.parent.mkdir()
    tracker_path.rename(moved)
    clock.advance(days=1)
    with Tracker.open(moved, user="Alice", clock=clock) as t:
        assert len(backups_of(t, root)) == 1
        make_backup(t, root, "daily")
        assert [b.kind for b in backups_of(t, root)] == ["daily", "manual"]
    assert len(list(root.iterdir())) == 1  # one tracker, one folder


def test_a_backup_opened_as_a_tracker_has_backups_of_its_own(tracker_path: Path, root: Path, tmp_path: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        made = make_backup(t, root, "manual")
        save_copy(t, tmp_path / "copy.db")
    with Tracker.open(tmp_path / "copy.db", user="Bob") as copy:  # an exact copy: the same backups
        assert [b.path for b in backups_of(copy, root)] == [made]
    opened = tmp_path / "opened.db"
    opened.write_bytes(made.read_bytes())
    with Tracker.open(opened, user="Bob") as other:
        assert backups_of(other, root) == []
        make_backup(other, root, "manual")
    assert len(list(root.iterdir())) == 2


def stamped(folder: Path, moment: dt.datetime, kind: str = "daily") -> Path:
    path = folder / f"{moment.strftime('%Y-%m-%dT%H-%M-%SZ')}-{kind}.db"
    path.write_bytes(b"")
    return path


def test_pruning_keeps_the_newest_of_the_last_10_days_and_of_the_8_weeks_before(tmp_path: Path) -> None:
    start = dt.datetime(2026, 1, 1, 8, tzinfo=dt.UTC)  # a Thursday
    for day in range(120):
        for hour in (0, 5):  # two a day: the later one is the day's
            stamped(tmp_path, start + dt.timedelta(days=day, hours=hour))
    stamped(tmp_path, start + dt.timedelta(days=119, hours=6), "before-import")  # counts as that day's
    (tmp_path / ".2026-05-01T08-00-00Z-daily.db.x.part").write_bytes(b"")  # not a backup: left alone
    removed = prune(tmp_path)
    kept = list_backups(tmp_path)
    last_day = (start + dt.timedelta(days=119)).date()
    # Every backup of the newest day stays (each import of a busy day keeps its copy): 2 more than one a day.
    same_day = [b for b in kept if b.taken_at.date() == last_day]
    assert [b.taken_at.hour for b in same_day] == [14, 13, 8]
    kept = [b for b in kept if b not in same_day[1:]]
    assert len(kept) == KEEP_DAILY + KEEP_WEEKLY == 18
    assert len(removed) == 241 - 18 - 2
    dailies, weeklies = kept[:KEEP_DAILY], kept[KEEP_DAILY:]
    assert dailies[0].kind == "before-import"
    assert [b.taken_at.date() for b in dailies] == [last_day - dt.timedelta(days=n) for n in range(10)]
    assert all(b.taken_at.hour == 13 for b in dailies[1:])  # the day's newest
    weeks = [b.taken_at.isocalendar()[:2] for b in weeklies]
    assert len(set(weeks)) == KEEP_WEEKLY and weeks == sorted(weeks, reverse=True)
    assert all(b.taken_at.date() < dailies[-1].taken_at.date() for b in weeklies)
    assert role(weeklies[0], kept) == "weekly" and role(dailies[0], kept) == "before import"
    assert (tmp_path / ".2026-05-01T08-00-00Z-daily.db.x.part").exists()
    assert prune(tmp_path) == []  # pruning again removes nothing


def test_daily_backups_over_months_settle_at_18(tracker_path: Path, root: Path) -> None:
    """The real thing with a fake clock: opened every day for 100 days, the folder never holds more than 18."""
    clock = FakeClock("2026-01-01T09:00:00")
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        for _day in range(100):
            backup_if_due(t, root)
            clock.advance(days=1)
        backups = backups_of(t, root)
    assert len(backups) == 18
    assert backups[0].taken_at.date() == dt.date(2026, 4, 10)


def test_names_sort_in_time_order_even_within_one_second(tracker_path: Path, root: Path) -> None:
    clock = FakeClock()
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        made = [make_backup(t, root, kind) for kind in ("daily", "before-import", "before-import")]
        assert [b.path for b in backups_of(t, root)] == made[::-1]  # the newest day keeps all, newest first
    assert made[2].name == "2026-01-15T09-00-00Z-3-before-import.db"
    parsed = parse_backup_name(made[2])
    assert parsed is not None and parsed.sequence == 3 and parsed.reason == "before import"


def test_backups_are_never_written_to_a_synced_folder(tracker_path: Path, tmp_path: Path) -> None:
    shared = tmp_path / "Dropbox" / "backups"
    with Tracker.open(tracker_path, user="Alice") as t:
        with pytest.raises(TrackerFileError, match="cloud-synced") as err:
            make_backup(t, shared, "manual")
        assert "\n" not in str(err.value)
        made, problem = backup_before(t, shared, "before-import")  # never raises: the import goes on
    assert made is None and problem is not None and problem.startswith("No backup was made")
    assert not (tmp_path / "Dropbox").exists()  # not even a folder is made there


def test_an_in_memory_tracker_has_no_backups(tracker, root: Path) -> None:
    assert backup_before(tracker, root, "before-import") == (None, None)
    assert backup_if_due(tracker, root) is None


def test_an_import_takes_a_backup_first(tracker_path: Path, root: Path, tmp_path: Path) -> None:
    from tracker.importer import import_file

    csv = tmp_path / "in.csv"
    csv.write_text("date,country,recommendation,title\n2024-03-01,FR,visa,Circular\n", encoding="utf-8")
    with Tracker.open(tracker_path, user="Alice") as t:
        before = queries.counts(t)["evidence"]
        dry = import_file(t, csv, dry_run=True)
        assert dry.ok and backups_of(t, root) == []  # a dry run writes nothing, so needs no backup
        result = import_file(t, csv)
        assert result.ok and result.backup_problem is None
        backups = backups_of(t, root)
    assert [b.kind for b in backups] == ["before-import"]
    assert backup_counts(backups[0].path) == {"evidence": before, "assessments": queries_assessments(tracker_path)}


def queries_assessments(path: Path) -> int:
    with Tracker.open(path, user="x", read_only=True) as t:
        return queries.counts(t)["assessments"]


def test_an_upgrade_keeps_the_file_as_it_was_among_the_backups_too(tracker_path: Path, root: Path) -> None:
    conn = sqlite3.connect(tracker_path)  # as an older version left it: m003 not yet applied
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE migration_set = ? AND name = 'm003_folded_search'",
                     [MIGRATION_SET])
    conn.close()
    copy = upgrade(tracker_path)
    assert copy is not None and copy.exists()  # still beside the file, for an older version of the app
    with Tracker.open(tracker_path, user="Alice") as t:
        backups = backups_of(t, root)
    assert [b.kind for b in backups] == ["before-upgrade"]
    assert pending_upgrade(backups[0].path) == ["m003_folded_search"]  # the file as it was
    assert sha256(backups[0].path) != sha256(tracker_path)


# ---------------------------------------------------------------- restore
def test_restore_replaces_the_contents_and_backs_up_the_current_state_first(tracker_path: Path, root: Path) -> None:
    clock = FakeClock()
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        add_evidence(t, "Kept in the backup")
        old = make_backup(t, root, "daily")
        identity = tracker_id(t)
        clock.advance(hours=1)
        add_evidence(t, "Added after the backup")
        add_evidence(t, "And another")
    in_backup = evidence_count(old)
    assert evidence_count(tracker_path) == in_backup + 2
    clock.advance(hours=1)
    before = restore_backup(old, tracker_path, root, user="Alice", clock=clock)
    assert evidence_count(tracker_path) == in_backup
    assert evidence_count(before) == in_backup + 2  # what was replaced can be restored in turn
    assert before.name == "2026-01-15T11-00-00Z-before-restore.db"
    for leftover in ("-wal", "-shm", "-journal"):
        assert not Path(f"{tracker_path}{leftover}").exists()
    assert [p.name for p in tracker_path.parent.iterdir() if p.name.startswith(".")] == []
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:  # it opens, writes, and keeps its id
        assert t.meta(TRACKER_ID_KEY) == identity
        # the newest is the backup of what was replaced (the one restored is what the tracker now holds)
        assert backups_of(t, root)[0].kind == "before-restore"  # newest; that day's others stay
        add_evidence(t, "After the restore")
        titles = {e["title"] for e in t.db.query("SELECT title FROM evidence")}
    assert "Kept in the backup" in titles and "Added after the backup" not in titles


@pytest.mark.parametrize("bad", ["random", "other-app", "newer", "damaged"])
def test_a_bad_backup_is_refused_in_one_sentence_and_the_tracker_is_unchanged(
    tracker_path: Path, root: Path, tmp_path: Path, bad: str
) -> None:
    backup = tmp_path / "bad.db"
    if bad == "random":
        backup.write_bytes(b"\x00\x01not a database at all" * 100)
    elif bad == "other-app":
        with sqlite3.connect(backup) as conn:
            conn.execute("CREATE TABLE notes (text)")
        conn.close()
    else:
        backup.write_bytes(tracker_path.read_bytes())
        if bad == "newer":
            with sqlite3.connect(backup) as conn:
                conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
                             [MIGRATION_SET, "m999_from_the_future", "2030-01-01"])
            conn.close()
        else:
            data = bytearray(backup.read_bytes())
            page = 4096
            data[3 * page: 3 * page + 200] = b"\xff" * 200  # a page of the tree overwritten
            backup.write_bytes(bytes(data))
    before = sha256(tracker_path)
    with pytest.raises(TrackerFileError) as err:
        restore_backup(backup, tracker_path, root, user="Alice")
    message = str(err.value)
    assert message.startswith("Nothing was restored") and "\n" not in message and "Traceback" not in message
    assert sha256(tracker_path) == before
    assert not root.exists() or not any(p.is_file() for p in root.rglob("*"))  # nothing backed up either


def test_restore_is_refused_while_another_program_has_the_tracker_open(tracker_path: Path, root: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        old = make_backup(t, root, "manual")
        add_evidence(t, "Still open")
        before = sha256(tracker_path)
        with pytest.raises(TrackerFileError, match="open in another program"):
            restore_backup(old, tracker_path, root, user="Alice")
        assert queries.counts(t)["evidence"] == evidence_count(old) + 1  # the open tracker still has its edit
        assert sha256(tracker_path) == before  # not replaced
    assert len(list_backups(old.parent)) == 1  # and no backup of it taken for a restore that did not happen


def test_restore_never_replaces_a_file_that_is_not_a_tracker(tracker_path: Path, root: Path, tmp_path: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        backup = make_backup(t, root, "manual")
    notes = tmp_path / "notes.xlsx"
    notes.write_bytes(b"PK\x03\x04 a spreadsheet")
    with pytest.raises(TrackerFileError, match="not a Policy Tracker file"):
        restore_backup(backup, notes, root, user="Alice")
    assert notes.read_bytes() == b"PK\x03\x04 a spreadsheet"


def test_a_damaged_tracker_is_kept_as_it_was_then_restored(tracker_path: Path, root: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        add_evidence(t, "Before the damage")
        backup = make_backup(t, root, "daily")
    in_backup = evidence_count(backup)
    data = bytearray(tracker_path.read_bytes())
    data[100:4096] = b"\xfe" * (4096 - 100)  # its schema page overwritten: SQLite cannot read it at all
    tracker_path.write_bytes(bytes(data))
    damaged = sha256(tracker_path)
    kept = restore_backup(backup, tracker_path, root, user="Alice")
    assert sha256(kept) == damaged and kept.parent == backup.parent  # kept byte for byte, with its backups
    assert evidence_count(tracker_path) == in_backup


# ---------------------------------------------------------------- room on the disk
def leave_free(monkeypatch: pytest.MonkeyPatch, free: int) -> None:
    """The disk that holds the backups reports ``free`` bytes available."""
    import shutil

    from db import backup

    real = shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage",
                        lambda where: real(where)._replace(free=free))


def test_no_backup_is_written_that_would_nearly_fill_the_disk(
    tracker_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tracker of a million evidence is a 2 GB copy: written onto a nearly full disk it would fill it, and the
    tracker's own next write would fail before the copy did.  The backup is refused first, saying the sizes."""
    with Tracker.open(tracker_path, user="Alice") as t:
        size = backup_size(t)
        assert size == tracker_path.stat().st_size  # every page of the file (a checkpointed WAL tracker)
        leave_free(monkeypatch, size + FREE_SPACE_FLOOR - 1)
        with pytest.raises(TrackerFileError) as refused:
            make_backup(t, root, "daily")
        text = str(refused.value)
        assert text.startswith("No backup was made: it takes ") and text.count(".") >= 1
        assert f"it takes {size_text(size)}" in text and "256 MB must stay free" in text
        assert "POLICY_TRACKER_DATA_DIR" in text and "\n" not in text
        assert backups_of(t, root) == [] and not [p for p in root.rglob("*") if p.is_file()]  # nothing half-written
        with pytest.raises(TrackerFileError, match="must stay free"):  # the day's backup, the same
            backup_if_due(t, root)


def test_a_backup_that_leaves_the_floor_free_is_written(
    tracker_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        leave_free(monkeypatch, backup_size(t) + FREE_SPACE_FLOOR)
        made = make_backup(t, root, "daily")
        assert made.exists() and [b.path for b in backups_of(t, root)] == [made]


def test_without_room_for_a_backup_an_import_goes_ahead_and_says_why(
    tracker_path: Path, root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.importer import import_file

    csv = tmp_path / "in.csv"
    csv.write_text("date,country,recommendation,title\n2024-03-01,FR,visa,Circular\n", encoding="utf-8")
    leave_free(monkeypatch, FREE_SPACE_FLOOR)
    with Tracker.open(tracker_path, user="Alice") as t:
        before = queries.counts(t)["evidence"]
        result = import_file(t, csv)
        assert result.ok and queries.counts(t)["evidence"] == before + 1
        assert result.backup_problem is not None and "must stay free" in result.backup_problem
        assert backups_of(t, root) == []


def test_without_room_for_the_safety_backup_nothing_is_restored(
    tracker_path: Path, root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        backup = make_backup(t, root, "daily")
        add_evidence(t, "After the backup")
        kept = {row["title"] for row in t.db.query("SELECT title FROM evidence")}
    leave_free(monkeypatch, FREE_SPACE_FLOOR)
    with pytest.raises(TrackerFileError) as refused:
        restore_backup(backup, tracker_path, root, user="Alice")
    assert str(refused.value).startswith("Nothing was restored") and "must stay free" in str(refused.value)
    with Tracker.open(tracker_path, user="x", read_only=True) as t:  # what it held, "After the backup" included
        assert {row["title"] for row in t.db.query("SELECT title FROM evidence")} == kept


def test_sizes_are_said_as_people_read_them() -> None:
    assert [size_text(n) for n in (900, 96 * 2**10, 380 * 2**20, int(2.14 * 2**30))] == [
        "1 KB", "96 KB", "380 MB", "2.1 GB"]
