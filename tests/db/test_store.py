"""Creating and opening tracker files, and the rules the database itself enforces.

A file that is not a tracker must be refused with a clear message and left
exactly as it was; a new tracker must never half-exist.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from db import (
    NewerVersionError,
    NotATrackerError,
    Tracker,
    TrackerFileError,
    ValidationError,
    default_codebook,
    ops,
    queries,
)
from db.codebook import parse_codebook
from db.schema import APPLICATION_ID, MIGRATION_SET
from db.store import BUSY_TIMEOUT_MS, ReadOnlyTrackerError, failure_cause, write_block


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    """SQLite's -wal/-shm/-journal files next to ``path`` that exist."""
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")) if p.exists()]


# ---------------------------------------------------------------- create
def test_create_makes_a_tracker_that_reopens_with_its_data(tmp_path: Path, clock) -> None:
    """A created file opens again with the default codebook and what was added to it."""
    path = tmp_path / "campaign.db"
    with Tracker.create(path, user="Alice", clock=clock) as t:
        assert t.path == path
        ops.set_status(t, "FR", "visa", "full", effective_date="2023-01-10", rationale="Visas issued normally.")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["campaign.db"]
    with Tracker.open(path, user="Bob", clock=clock) as t:
        book = queries.codebook_view(t)
        assert [r.code for r in book.recommendations] == ["visa", "tps", "students", "antiwar", "sanctions"]
        assert len(book.countries) == 37
        cell = queries.current_statuses(t, "2023-02-01")[("FR", "visa")]
        assert (cell.status_code, cell.recorded_by) == ("full", "Alice")


@pytest.mark.parametrize("existing", ["tracker", "text", "empty"])
def test_create_refuses_an_existing_path(tmp_path: Path, tracker_path: Path, clock, existing: str) -> None:
    """Create never overwrites: the existing file is untouched and no temp file is left."""
    if existing == "tracker":
        path = tracker_path
    else:
        path = tmp_path / f"{existing}.db"
        path.write_bytes(b"my notes\n" if existing == "text" else b"")
    before = sha256(path)
    listing = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(TrackerFileError) as err:
        Tracker.create(path, user="Alice", clock=clock)
    assert str(path) in str(err.value)
    assert "already exists" in str(err.value)
    assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == listing


def test_create_refuses_a_missing_folder(tmp_path: Path, clock) -> None:
    path = tmp_path / "no such folder" / "t.db"
    with pytest.raises(TrackerFileError) as err:
        Tracker.create(path, user="Alice", clock=clock)
    assert str(path.parent) in str(err.value)
    assert not path.parent.exists()


def test_create_with_a_bad_codebook_leaves_nothing_behind(tmp_path: Path, clock) -> None:
    """A codebook whose example evidence is invalid fails the whole creation cleanly."""
    raw = {
        "title": "Broken",
        "statuses": [
            {"code": "na", "label": "Not assessed", "score": None},
            {"code": "ok", "label": "Fine", "score": 100},
        ],
        "recommendations": [{"code": "visa", "title": "Visas"}],
        "countries": ["FR"],
        "evidence": [{"date": "2023-01-01", "countries": ["FR"], "recommendations": ["nope"], "title": "X"}],
    }
    book = parse_codebook(raw)
    path = tmp_path / "new.db"
    with pytest.raises(ValidationError) as err:
        Tracker.create(path, book, user="Alice", clock=clock)
    assert err.value.field == "recommendation"
    assert "Codebook evidence 1" in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("exc", [RuntimeError("disk on fire"), KeyboardInterrupt()])
def test_create_interrupted_halfway_leaves_no_temp_files(
    tmp_path: Path, clock, monkeypatch: pytest.MonkeyPatch, exc: BaseException
) -> None:
    """Even an interruption while filling the codebook leaves the folder as it was."""
    (tmp_path / "other.txt").write_text("keep me")

    def boom(*args: object, **kwargs: object) -> None:
        raise exc

    monkeypatch.setattr(ops, "load_codebook_into", boom)
    path = tmp_path / "new.db"
    with pytest.raises(type(exc)):
        Tracker.create(path, user="Alice", clock=clock)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.txt"]


# ---------------------------------------------------------------- open: refusals
def _text_file(folder: Path) -> Path:
    path = folder / "notes.db"
    path.write_text("Country,Status\nEstonia,Contrary\n", encoding="utf-8")
    return path


def _empty_file(folder: Path) -> Path:
    path = folder / "empty.db"
    path.write_bytes(b"")
    return path


def _plain_sqlite(folder: Path) -> Path:
    path = folder / "plain.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, email TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ann', 'ann@example.org')")
    conn.commit()
    conn.close()
    return path


def _corrupt_sqlite(folder: Path) -> Path:
    path = folder / "corrupt.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    return path


def _tracker_id_without_schema(folder: Path) -> Path:
    """Has the tracker's application id but none of its tables."""
    path = folder / "half.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    return path


NON_TRACKERS: dict[str, tuple[Callable[[Path], Path], type[Exception], str]] = {
    "text file": (_text_file, NotATrackerError, "not an SQLite database"),
    "empty file": (_empty_file, NotATrackerError, "not a Policy Tracker file"),
    "plain SQLite database": (_plain_sqlite, NotATrackerError, "not a Policy Tracker file"),
    "corrupt SQLite file": (_corrupt_sqlite, NotATrackerError, "not a readable Policy Tracker file"),
    "tracker id without schema": (_tracker_id_without_schema, NotATrackerError, "schema is missing"),
}


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
@pytest.mark.parametrize("kind", list(NON_TRACKERS))
def test_open_refuses_a_non_tracker_and_leaves_it_untouched(tmp_path: Path, clock, kind: str, read_only: bool) -> None:
    make, error, words = NON_TRACKERS[kind]
    path = make(tmp_path)
    before = sha256(path)
    with pytest.raises(error) as err:
        Tracker.open(path, user="Alice", clock=clock, read_only=read_only)
    message = str(err.value)
    assert str(path) in message
    assert words in message
    assert sha256(path) == before
    assert sidecars(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_open_refuses_a_missing_file_without_creating_it(tmp_path: Path, clock, read_only: bool) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(TrackerFileError) as err:
        Tracker.open(path, user="Alice", clock=clock, read_only=read_only)
    assert not isinstance(err.value, NotATrackerError)
    assert f"There is no tracker at {path}" in str(err.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_open_refuses_a_folder(tmp_path: Path, clock, read_only: bool) -> None:
    folder = tmp_path / "tracker.db"
    folder.mkdir()
    with pytest.raises(NotATrackerError) as err:
        Tracker.open(folder, user="Alice", clock=clock, read_only=read_only)
    assert str(folder) in str(err.value)
    assert "folder" in str(err.value)
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tracker.db"]


def _mark_as_newer(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        [MIGRATION_SET, "m999_from_the_future", "2030-01-01 00:00:00+00:00"],
    )
    conn.commit()
    conn.close()


@pytest.mark.parametrize("read_only", [False, True], ids=["read-write", "read-only"])
def test_open_refuses_a_tracker_from_a_newer_version(tracker_path: Path, clock, read_only: bool) -> None:
    _mark_as_newer(tracker_path)
    before = sha256(tracker_path)
    with pytest.raises(NewerVersionError) as err:
        Tracker.open(tracker_path, user="Alice", clock=clock, read_only=read_only)
    assert isinstance(err.value, TrackerFileError)
    assert str(tracker_path) in str(err.value)
    assert "newer version" in str(err.value)
    assert sha256(tracker_path) == before
    # Still refused the second time: nothing was "upgraded" or repaired.
    with pytest.raises(NewerVersionError):
        Tracker.open(tracker_path, user="Alice", clock=clock)
    assert sha256(tracker_path) == before
    assert sidecars(tracker_path) == []  # a refused open leaves no -wal/-shm beside the file


def test_a_migration_of_another_set_does_not_count_as_newer(tracker_path: Path, clock) -> None:
    """Another tool's migrations in the same file are not ours to judge."""
    conn = sqlite3.connect(tracker_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('datasette_plugin', 'm999', '2030')"
    )
    conn.commit()
    conn.close()
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        assert len(queries.codebook_view(t).countries) == 37


# ---------------------------------------------------------------- open: connection settings
def test_opened_tracker_has_foreign_keys_wal_and_busy_timeout(tracker_path: Path, clock) -> None:
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        assert t.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert t.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert t.db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
        assert t.db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        # Foreign keys really are enforced on this connection.
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            t.db.execute("INSERT INTO group_members (group_name, country_code) VALUES ('EU', 'ZZ')")


def test_read_only_open_reads_everything_and_writes_nothing(tracker_path: Path, clock) -> None:
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        ops.add_evidence(
            t, event_date="2023-04-01", countries=["PL"], recommendations=["tps"], title="Poland extends protection"
        )
    before = sha256(tracker_path)
    with Tracker.open(tracker_path, user="Reader", clock=clock, read_only=True) as t:
        assert len(queries.codebook_view(t).countries) == 37
        assert [e.title for e in queries.search_evidence(t, queries.EvidenceFilter(text="poland"))] == [
            "Poland extends protection"
        ]
        assert queries.current_statuses(t, "2023-01-01")[("EE", "visa")].status_code == "contrary"
    assert sha256(tracker_path) == before
    assert sidecars(tracker_path) == []  # what reading made beside the file is gone once it is closed


def test_reading_while_another_program_has_the_file_open_leaves_its_sidecar_files(tracker_path: Path, clock) -> None:
    other = Tracker.open(tracker_path, user="Alice", clock=clock)
    try:
        ops.set_meta(other, "title", "Still open elsewhere")
        with Tracker.open(tracker_path, user="Reader", clock=clock, read_only=True) as t:
            assert t.meta("title") == "Still open elsewhere"
        assert Path(f"{tracker_path}-wal").exists()  # the other program's WAL: never removed under it
        assert other.meta("title") == "Still open elsewhere"
    finally:
        other.close()
    with Tracker.open(tracker_path, user="Reader", clock=clock, read_only=True) as t:
        assert t.meta("title") == "Still open elsewhere"


def test_write_block_and_failure_cause_name_the_reason(tmp_path: Path, tracker_path: Path) -> None:
    import errno

    assert write_block(tracker_path) is None
    assert failure_cause(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"
    assert failure_cause(OSError(errno.EROFS, "Read-only file system")) == "its folder cannot be written to"
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = sqlite3.SQLITE_FULL
    assert failure_cause(full) == "the disk is full"
    assert failure_cause(sqlite3.OperationalError("database is locked")) is None
    assert failure_cause(ValueError("no")) is None


def deep_folder(base: Path, length: int) -> Path:
    """A folder whose path is at least ``length`` characters long (synced folders inside synced folders)."""
    folder = base
    while len(str(folder)) < length:
        folder = folder / "Shared drive - Coalition on visas and protection - Archive"
    folder.mkdir(parents=True)
    return folder


def test_a_tracker_too_deep_for_sqlite_is_refused_in_words_that_say_so(tmp_path: Path, tracker_path: Path) -> None:
    """SQLite opens no path of 512 bytes or more; "unable to open database file" told nobody what to do."""
    deep = deep_folder(tmp_path, 520)
    too_long = "its path is too long for SQLite to open; move it to a folder with a shorter path"
    with pytest.raises(TrackerFileError) as created:
        Tracker.create(deep / "new.db", user="Alice")
    assert str(created.value).endswith(f"{too_long}.")
    copy = deep / "tracker.db"
    copy.write_bytes(tracker_path.read_bytes())
    before = sha256(copy)
    with pytest.raises(TrackerFileError) as opened:
        Tracker.open(copy, user="Alice")
    assert str(copy) in str(opened.value) and str(opened.value).endswith(f"{too_long}.")
    assert sha256(copy) == before
    # Just under the limit, a tracker opens as any other does.
    fits = deep_folder(tmp_path / "fits", 400) / "tracker.db"
    fits.write_bytes(tracker_path.read_bytes())
    with Tracker.open(fits, user="Alice") as t:
        assert t.meta("title") is not None


def test_read_only_open_rejects_writes(tracker_path: Path, clock) -> None:
    before = sha256(tracker_path)
    with Tracker.open(tracker_path, user="Reader", clock=clock, read_only=True) as t:
        refused = r"^This tracker is read-only: it was opened for reading only\.$"
        with pytest.raises(ReadOnlyTrackerError, match=refused):
            ops.set_status(t, "FR", "visa", "full", effective_date="2023-01-10", rationale="Visas issued normally.")
        with pytest.raises(ReadOnlyTrackerError, match="read-only"):
            ops.set_meta(t, "title", "Renamed")
        with pytest.raises(sqlite3.OperationalError, match="readonly"):  # the connection itself refuses too
            t.db.execute("UPDATE meta SET value = 'x' WHERE key = 'title'")
        assert queries.current_statuses(t, "2023-02-01")[("FR", "visa")].status_code == "not_assessed"
        assert queries.codebook_view(t).title == "Belarus: Western policy recommendations"
    assert sha256(tracker_path) == before


def test_tracker_file_is_complete_without_its_sidecar_files(tracker_path: Path, clock) -> None:
    """After a session closes, the .db file alone holds everything (safe to copy or e-mail)."""
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        ops.set_status(t, "DE", "tps", "partial", effective_date="2022-04-01", rationale="Some groups only.")
    assert sidecars(tracker_path) == []
    copy = tracker_path.with_name("copy.db")
    copy.write_bytes(tracker_path.read_bytes())
    with Tracker.open(copy, user="Alice", clock=clock) as t:
        assert queries.current_statuses(t, "2022-05-01")[("DE", "tps")].status_code == "partial"


# ---------------------------------------------------------------- bulk writes
def journal_mode(t: Tracker) -> str:
    return t.db.execute("PRAGMA journal_mode").fetchone()[0]


def test_bulk_journal_writes_with_a_rollback_journal_then_goes_back_to_wal(tracker_path: Path, clock) -> None:
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        with t.bulk_journal() as switched:
            assert switched and journal_mode(t) == "delete"
            with t.atomic():
                ops.set_status(t, "FR", "visa", "full", effective_date="2023-01-10", rationale="Visas issued.")
                assert Path(f"{tracker_path}-journal").exists()  # the rollback journal, not the WAL
        assert journal_mode(t) == "wal"
        assert t.db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
    with Tracker.open(tracker_path, user="Bob", clock=clock, read_only=True) as t:
        assert queries.current_statuses(t, "2023-02-01")[("FR", "visa")].status_code == "full"
        assert journal_mode(t) == "wal"


def content_hash(t: Tracker) -> str:
    return hashlib.sha256("\n".join(t.db.conn.iterdump()).encode("utf-8")).hexdigest()


def test_bulk_journal_rolls_back_like_any_transaction(tracker_path: Path, clock) -> None:
    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        before = content_hash(t)
        with pytest.raises(RuntimeError, match="halfway"), t.bulk_journal(), t.atomic():
            ops.set_status(t, "FR", "visa", "full", effective_date="2023-01-10", rationale="Visas issued.")
            raise RuntimeError("halfway")
        assert journal_mode(t) == "wal"
        assert queries.current_statuses(t, "2023-02-01")[("FR", "visa")].status_code == "not_assessed"
        assert content_hash(t) == before


def test_bulk_journal_keeps_the_wal_while_another_connection_has_the_file(tracker_path: Path, clock) -> None:
    """The app's own connection stays open while its import worker writes: no waiting, no error."""
    with (
        Tracker.open(tracker_path, user="App", clock=clock) as app,
        Tracker.open(tracker_path, user="Worker", clock=clock) as worker,
    ):
        assert len(queries.codebook_view(app).countries) == 37
        with worker.bulk_journal() as switched:
            assert not switched and journal_mode(worker) == "wal"
            assert worker.db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS
            with worker.atomic():
                ops.set_status(worker, "FR", "visa", "full", effective_date="2023-01-10", rationale="Visas issued.")
        assert queries.current_statuses(app, "2023-02-01")[("FR", "visa")].status_code == "full"


def test_opening_while_an_import_holds_the_file_says_it_is_busy(
    tracker_path: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While a big import writes with a rollback journal, others wait, then get a clear message."""
    monkeypatch.setattr("db.store.BUSY_TIMEOUT_MS", 50)
    writer = sqlite3.connect(tracker_path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode = DELETE")
        writer.execute("BEGIN EXCLUSIVE")
        for read_only in (False, True):
            with pytest.raises(TrackerFileError, match="is busy: another program is writing to it"):
                Tracker.open(tracker_path, user="Bob", clock=clock, read_only=read_only)
        writer.execute("ROLLBACK")
    finally:
        writer.close()
    with Tracker.open(tracker_path, user="Bob", clock=clock) as t:
        assert journal_mode(t) == "wal"


def test_bulk_journal_does_nothing_in_memory(tracker: Tracker) -> None:
    with tracker.bulk_journal() as switched:
        assert not switched


# ---------------------------------------------------------------- transactions
def test_a_write_waits_for_another_programs_write_then_succeeds(tracker_path: Path, clock) -> None:
    """atomic() begins IMMEDIATE: an edit that reads before it writes waits its turn instead of failing busy."""
    holding = threading.Event()

    def other_program() -> None:
        conn = sqlite3.connect(tracker_path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE meta SET value = 'Renamed elsewhere' WHERE key = 'title'")
            holding.set()
            time.sleep(0.4)
            conn.execute("COMMIT")
        finally:
            conn.close()

    with Tracker.open(tracker_path, user="Alice", clock=clock) as t:
        worker = threading.Thread(target=other_program)
        worker.start()
        try:
            assert holding.wait(5)
            started = time.monotonic()
            with t.atomic():
                title = t.meta("title")  # a read first: the transaction must already hold the write lock
                ops.set_meta(t, "title", f"{title} (2)")
            waited = time.monotonic() - started
        finally:
            worker.join()
        assert waited >= 0.2
        assert t.meta("title") == "Renamed elsewhere (2)"
        [entry] = queries.history(t, table="meta", key="title")
        assert (entry.user, entry.before, entry.after) == (
            "Alice", '{"title": "Renamed elsewhere"}', '{"title": "Renamed elsewhere (2)"}'
        )


def test_nested_atomic_blocks_are_savepoints(tracker: Tracker) -> None:
    """An inner block that fails is undone alone; the outer edit still saves whole."""
    with tracker.atomic():
        ops.set_meta(tracker, "title", "Outer")
        with pytest.raises(ValidationError), tracker.atomic():
            ops.set_meta(tracker, "description", "Inner")
            raise ValidationError("x", "Inner went wrong.")
        assert tracker.db.conn.in_transaction
    assert not tracker.db.conn.in_transaction
    assert (tracker.meta("title"), tracker.meta("description")) == ("Outer", default_codebook().description)


def test_a_failed_edit_rolls_back_and_leaves_no_transaction_open(tracker: Tracker) -> None:
    before = queries.counts(tracker)
    with pytest.raises(RuntimeError), tracker.atomic():
        ops.set_status(tracker, "FR", "visa", "full", effective_date="2023-01-10", rationale="r")
        raise RuntimeError("power cut")
    assert not tracker.db.conn.in_transaction
    assert queries.counts(tracker) == before


# ---------------------------------------------------------------- CHECK constraints
_EVIDENCE_SQL = (
    "INSERT INTO evidence"
    " (uid, event_date, title, url, archive_url, accessed_on, source_kind, recorded_by, recorded_at, updated_at)"
    " VALUES (:uid, :event_date, :title, :url, :archive_url, :accessed_on, :source_kind, 'Alice', 't', 't')"
)
_GOOD_EVIDENCE = {
    "uid": "00000000-0000-4000-8000-000000000001",
    "event_date": "2023-02-28",
    "title": "A source",
    "url": "https://example.org/a",
    "archive_url": None,
    "accessed_on": None,
    "source_kind": "media",
}
_ASSESSMENT_SQL = (
    "INSERT INTO assessments (uid, country_code, recommendation_code, status_code, effective_date, rationale,"
    " confidence, recorded_by, recorded_at, updated_at)"
    " VALUES (:uid, :country, :rec, :status, :effective_date, :rationale, :confidence, 'Alice', 't', 't')"
)
_GOOD_ASSESSMENT = {
    "uid": "00000000-0000-4000-8000-000000000002",
    "country": "FR",
    "rec": "visa",
    "status": "full",
    "effective_date": "2024-02-29",
    "rationale": "Because.",
    "confidence": "verified",
}


def test_raw_inserts_of_good_rows_are_accepted(tracker: Tracker) -> None:
    """The baseline rows of the constraint tests are valid, so each refusal is about one column."""
    with tracker.db.conn:
        tracker.db.execute(_EVIDENCE_SQL, _GOOD_EVIDENCE)
        tracker.db.execute(_ASSESSMENT_SQL, _GOOD_ASSESSMENT)
        tracker.db.execute("INSERT INTO countries (code, alpha3, name) VALUES ('UA', 'UKR', 'Ukraine')")
        tracker.db.execute(
            "INSERT INTO statuses (code, label, score, color, position) VALUES ('extra', 'Extra', 100, '#00FF00', 9)"
        )
    # What a user would see: the evidence is listed, the judgement is France's visa status, Ukraine is
    # tracked and the new status is on the scale.
    uid = _GOOD_EVIDENCE["uid"]
    assert uid is not None
    [item] = queries.get_evidence(tracker, [uid])
    assert (item.title, item.event_date, item.url) == ("A source", "2023-02-28", "https://example.org/a")
    cell = queries.current_statuses(tracker, "2024-03-01")[("FR", "visa")]
    assert (cell.status_code, cell.effective_date) == ("full", "2024-02-29")
    book = queries.codebook_view(tracker)
    assert ("UA", "Ukraine") in [(c.code, c.name) for c in book.countries]
    assert book.statuses[-1].code == "extra"


@pytest.mark.parametrize(
    "column, value",
    [
        ("event_date", "2023-02-30"),
        ("event_date", "2023-2-3"),
        ("event_date", "03/02/2023"),
        ("event_date", "2023-02-28T10:00"),
        ("url", "ftp://example.org/file"),
        ("url", "javascript:alert(1)"),
        ("url", "https://example.org/a b"),
        ("url", "http://"),
        ("archive_url", "file:///etc/passwd"),
        ("accessed_on", "2021-02-29"),
        ("source_kind", "blog"),
        ("title", None),  # with url set to NULL below: nothing to identify the source
    ],
)
def test_check_constraints_refuse_bad_evidence(tracker: Tracker, column: str, value: object) -> None:
    row = dict(_GOOD_EVIDENCE, **{column: value})
    if column == "title":
        row["url"] = None
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        tracker.db.execute(_EVIDENCE_SQL, row)


@pytest.mark.parametrize(
    "column, value",
    [
        ("effective_date", "2023-02-30"),
        ("rationale", ""),
        ("rationale", "   "),
        ("confidence", "certain"),
        ("uid", "short"),
    ],
)
def test_check_constraints_refuse_bad_assessments(tracker: Tracker, column: str, value: object) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        tracker.db.execute(_ASSESSMENT_SQL, dict(_GOOD_ASSESSMENT, **{column: value}))


@pytest.mark.parametrize(
    "column, value",
    [("country", "ZZ"), ("rec", "nope"), ("status", "maybe")],
)
def test_foreign_keys_refuse_assessments_of_unknown_things(tracker: Tracker, column: str, value: str) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        tracker.db.execute(_ASSESSMENT_SQL, dict(_GOOD_ASSESSMENT, **{column: value}))


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO countries (code, alpha3, name) VALUES ('ua', 'UKR', 'Ukraine')",
        "INSERT INTO countries (code, alpha3, name) VALUES ('UKR', 'UKR', 'Ukraine')",
        "INSERT INTO countries (code, alpha3, name) VALUES ('UA', 'UK', 'Ukraine')",
        "INSERT INTO countries (code, alpha3, name) VALUES ('U1', 'UKR', 'Ukraine')",
        "INSERT INTO countries (code, alpha3, name) VALUES ('UA', 'UKR', '  ')",
        "INSERT INTO statuses (code, label, score, color, position) VALUES ('great', 'Great', 150, '#00FF00', 9)",
        "INSERT INTO statuses (code, label, score, color, position) VALUES ('awful', 'Awful', -1, '#00FF00', 9)",
        "INSERT INTO statuses (code, label, score, color, position) VALUES ('green', 'Green', 10, 'green', 9)",
        "INSERT INTO statuses (code, label, score, color, position) VALUES ('Bad Code', 'Odd', 10, '#00FF00', 9)",
        "INSERT INTO recommendations (code, title, weight, position) VALUES ('heavy', 'Heavy', 0, 9)",
        "INSERT INTO recommendations (code, title, weight, position) VALUES ('blank', '', 1, 9)",
        "INSERT INTO grades (grade, min_score) VALUES ('A+', 101)",
        "INSERT INTO history (at, user, operation, action, table_name, row_key)"
        " VALUES ('t', 'u', 'o', 'erase', 'x', 'k')",
    ],
)
def test_check_constraints_refuse_bad_codebook_rows(tracker: Tracker, sql: str) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
        tracker.db.execute(sql)


def test_only_one_status_may_mean_not_assessed(tracker: Tracker) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        tracker.db.execute(
            "INSERT INTO statuses (code, label, score, color, position)"
            " VALUES ('unknown', 'Unknown', NULL, '#000000', 9)"
        )


def test_in_memory_tracker_enforces_foreign_keys(tracker: Tracker) -> None:
    assert tracker.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_codebook_can_only_be_loaded_once(tracker: Tracker) -> None:
    with pytest.raises(ValidationError) as err:
        ops.load_codebook_into(tracker, default_codebook())
    assert err.value.field == "codebook"
    assert len(queries.codebook_view(tracker).countries) == 37


def test_no_stray_files_from_a_full_session(tmp_path: Path, clock) -> None:
    """Create, write, close: the folder holds the tracker and nothing else."""
    path = tmp_path / "t.db"
    with Tracker.create(path, user="Alice", clock=clock) as t:
        ops.add_country(t, "UA")
    assert os.listdir(tmp_path) == ["t.db"]
