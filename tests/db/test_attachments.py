"""Attached files: only regular files go in, bounded; what comes out is what went in.

The hostile files are the ones a file chooser can hand over: a pipe with no
writer (reading it would block for ever), ``/dev/zero`` (never ends), a link,
a folder, a socket, a file larger than the limit whatever size it reports.
"""

from __future__ import annotations

import hashlib
import io
import os
import socket
import stat
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

import pytest

from db import NotFoundError, Tracker, TrackerError, ValidationError, ops
from db import attachments as att
from db.check import check_tracker

DECREE = b"%PDF-1.4\n% decree text \x00\xff binary\n" * 100


def add(t: Tracker, title: str = "Decree 12", attachment: ops.Attachment | None = None) -> str:
    change = ops.add_evidence(
        t, event_date="2024-03-10", countries=["FR"], recommendations=["visa"], title=title,
        attachment=attachment or ops.Attachment("decree.pdf", DECREE, "application/pdf"),
    )
    assert change.uid is not None
    return change.uid


def refused(path: Path | str, limit: int | None = None) -> str:
    with pytest.raises(ValidationError) as err:
        att.read_file_to_attach(path, limit)
    assert err.value.field == "attachment"
    message = str(err.value)
    assert message.count(". ") == 0 and message.endswith("."), message  # one sentence
    return message


def in_thread(fn, timeout: float = 10.0):
    """Run ``fn`` in a thread; fail (instead of hanging the suite) if it does not return in time."""
    result: dict[str, object] = {}

    def target() -> None:
        try:
            result["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "reading the file blocked"
    if "error" in result:
        raise result["error"]  # type: ignore[misc]
    return result.get("value")


# ---------------------------------------------------------------- reading a file to attach
def test_a_regular_file_is_read_with_its_name_and_type(tmp_path: Path) -> None:
    path = tmp_path / "decree 12.pdf"
    path.write_bytes(DECREE)
    assert att.read_file_to_attach(path) == ("decree 12.pdf", DECREE, "application/pdf")
    assert ops.Attachment.from_path(path) == ops.Attachment("decree 12.pdf", DECREE, "application/pdf")


def test_an_empty_file_and_a_file_of_exactly_the_limit_are_accepted(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert att.read_file_to_attach(empty, 10)[1] == b""
    full = tmp_path / "ten.bin"
    full.write_bytes(b"x" * 10)
    assert att.read_file_to_attach(full, 10)[1] == b"x" * 10


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_with_no_writer_is_refused_without_hanging(tmp_path: Path) -> None:
    pipe = tmp_path / "evidence.pdf"
    os.mkfifo(pipe)
    message = in_thread(lambda: refused(pipe))
    assert message == "evidence.pdf is a pipe, not a file; attach a regular file."


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_dev_zero_is_refused_at_once_without_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    reads: list[int] = []
    real_read = os.read

    def counting(fd: int, n: int) -> bytes:
        reads.append(n)
        return real_read(fd, n)

    monkeypatch.setattr(os, "read", counting)
    start = time.process_time()
    message = in_thread(lambda: refused("/dev/zero"))
    assert message == "zero is a device, not a file; attach a regular file."
    assert reads == []  # not one byte read
    assert time.process_time() - start < 1.0


def test_a_file_over_the_limit_is_refused_after_reading_at_most_the_limit_plus_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The size the file system reports is not trusted: the reading itself stops at limit + 1."""
    big = tmp_path / "big.bin"
    big.write_bytes(b"y" * (3 * att.CHUNK + 5))
    read = 0
    real_read = os.read

    def counting(fd: int, n: int) -> bytes:
        nonlocal read
        chunk = real_read(fd, n)
        read += len(chunk)
        return chunk

    monkeypatch.setattr(os, "read", counting)
    monkeypatch.setattr(os, "fstat", lambda fd, _real=os.fstat: os.stat_result(
        (stat.S_IFREG | 0o644, *_real(fd)[1:6], 0, *_real(fd)[7:])))  # a file that claims to be empty
    limit = att.CHUNK + 1000
    assert refused(big, limit) == "big.bin is too big to attach (over 1 MB); keep it elsewhere and link to it."
    assert read == limit + 1
    read = 0
    assert "over 1,000 bytes" in refused(big, 1000)
    assert read == 1001


def test_the_limit_the_operations_use_is_the_one_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ops, "MAX_ATTACHMENT_BYTES", 10)
    path = tmp_path / "eleven.txt"
    path.write_bytes(b"x" * 11)
    with pytest.raises(ValidationError, match=r"eleven\.txt is too big to attach"):
        ops.Attachment.from_path(path)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no links here")
def test_a_link_is_refused_naming_it(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(DECREE)
    link = tmp_path / "shortcut.pdf"
    link.symlink_to(real)
    assert refused(link) == "shortcut.pdf is a link to another file; attach the file itself."
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "nowhere.pdf")
    assert refused(dangling) == "dangling.pdf is a link to another file; attach the file itself."


def test_a_folder_a_missing_file_and_an_unreadable_file_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    assert refused(folder) == "papers is a folder, not a file; attach a file inside it."
    assert refused(tmp_path / "gone.pdf") == f"{tmp_path / 'gone.pdf'} does not exist."
    if hasattr(os, "getuid") and os.getuid() != 0:
        locked = tmp_path / "locked.pdf"
        locked.write_bytes(b"secret")
        locked.chmod(0)
        assert refused(locked).startswith(f"{locked} cannot be read: Permission denied")


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets here")
def test_a_socket_is_refused() -> None:
    folder = Path(tempfile.mkdtemp(prefix="pt-"))  # short: a socket path has a length limit
    path = folder / "listener"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        assert in_thread(lambda: refused(path)) == "listener is a socket, not a file; attach a regular file."
    finally:
        server.close()
        path.unlink(missing_ok=True)
        folder.rmdir()


# ---------------------------------------------------------------- taking it back out
def test_read_back_equals_the_original_bytes(tracker: Tracker) -> None:
    uid = add(tracker)
    assert att.read_attachment(tracker, uid) == ("decree.pdf", "application/pdf", DECREE)
    out = io.BytesIO()
    facts = att.write_attachment(tracker, uid, out)
    assert out.getvalue() == DECREE
    assert (facts.name, facts.size, facts.sha256) == ("decree.pdf", len(DECREE), hashlib.sha256(DECREE).hexdigest())


def test_evidence_without_a_file_or_unknown_evidence_says_so(tracker: Tracker) -> None:
    uid = uid_without = ops.add_evidence(
        tracker, event_date="2024-03-10", countries=["FR"], recommendations=["visa"], title="No file"
    ).uid
    assert uid is not None and uid_without is not None
    assert att.attachment_facts(tracker, uid) is None
    with pytest.raises(NotFoundError, match="has no attached file"):
        att.read_attachment(tracker, uid)
    with pytest.raises(NotFoundError, match="no evidence with uid nope"):
        att.read_attachment(tracker, "nope")


def test_save_writes_the_file_whole_and_refuses_to_overwrite_unless_asked(tracker: Tracker, tmp_path: Path) -> None:
    uid = add(tracker)
    dest = tmp_path / "out.pdf"
    att.save_attachment(tracker, uid, dest, overwrite=False)
    assert dest.read_bytes() == DECREE
    dest.write_bytes(b"mine")
    with pytest.raises(TrackerError, match="already exists"):
        att.save_attachment(tracker, uid, dest, overwrite=False)
    assert dest.read_bytes() == b"mine"
    att.save_attachment(tracker, uid, dest)
    assert dest.read_bytes() == DECREE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]  # no temporary file left


def test_a_changed_file_is_not_taken_out(tracker: Tracker, tmp_path: Path) -> None:
    uid = add(tracker)
    tracker.db.conn.execute("UPDATE attachments SET data = ? WHERE name = 'decree.pdf'", [DECREE[:-1] + b"!"])
    with pytest.raises(TrackerError, match="has changed since it was attached"):
        att.read_attachment(tracker, uid)
    dest = tmp_path / "out.pdf"
    with pytest.raises(TrackerError, match="Decree 12"):
        att.save_attachment(tracker, uid, dest)
    assert list(tmp_path.iterdir()) == []  # nothing written


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_private_copy_is_readable_only_by_the_user(
    tracker: Tracker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    uid = add(tracker, attachment=ops.Attachment("../../.bashrc", b"echo hi", "text/plain"))
    copy = att.private_copy(tracker, uid)
    assert copy.read_bytes() == b"echo hi"
    assert copy.name == "bashrc"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600  # private, never executable
    folder = att.private_folder()
    assert copy.is_relative_to(folder) and folder.parent == tmp_path
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    second = att.private_copy(tracker, uid)
    assert second != copy and second.name == copy.name  # each opening gets its own copy


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_private_folder_someone_else_planted_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    elsewhere = tmp_path / "attacker"
    elsewhere.mkdir()
    (tmp_path / f"policy-tracker-attachments-{os.getuid()}").symlink_to(elsewhere)
    folder = att.private_folder()
    assert folder.is_dir() and not folder.is_symlink() and folder.resolve() != elsewhere


@pytest.mark.parametrize(("name", "safe"), [
    ("decree.pdf", "decree.pdf"),
    ("../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\system.ini", "system.ini"),
    (".bashrc", "bashrc"),
    ("...", "attachment"),
    ("", "attachment"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("com1.pdf", "_com1.pdf"),
    ("console.txt", "console.txt"),
    ("bad\x00name\x1b[31m.pdf", "badname[31m.pdf"),
    ("cv\u202etxt.exe", "cvtxt.exe"),  # a right-to-left override that would show "exe.txt"
    ("zero\u200bwidth.pdf", "zerowidth.pdf"),
    ('a<b>c:d"e|f?g*.pdf', "a_b_c_d_e_f_g_.pdf"),
    ("report. ", "report"),
    ("line\nbreak.txt", "line break.txt"),
    ("é" * 300 + ".pdf", "é" * 98 + ".pdf"),  # at most 200 bytes, ending kept
])
def test_safe_file_names(name: str, safe: str) -> None:
    assert att.safe_file_name(name) == safe


def test_programs_are_recognised_by_their_ending() -> None:
    assert att.is_runnable("setup.EXE") and att.is_runnable("run.sh") and att.is_runnable("x.desktop")
    assert not att.is_runnable("decree.pdf") and not att.is_runnable("exe") and not att.is_runnable("notes.txt")


# ---------------------------------------------------------------- check
def test_check_names_the_evidence_whose_file_changed(tracker: Tracker) -> None:
    good = add(tracker, "Untouched decree")
    changed = add(tracker, "Decree 12", ops.Attachment("decree.pdf", DECREE, "application/pdf"))
    shrunk = add(tracker, "Minutes", ops.Attachment("minutes.txt", b"the minutes", "text/plain"))
    assert check_tracker(tracker) == []
    conn = tracker.db.conn
    conn.execute("UPDATE attachments SET data = ? WHERE evidence_uid = ?",
                 [DECREE.replace(b"decree", b"DECREE"), changed])
    conn.execute("UPDATE attachments SET data = ? WHERE evidence_uid = ?",
                 [b"the min", shrunk])
    conn.commit()
    [problem] = check_tracker(tracker)
    assert not problem.repairable
    text = problem.message
    assert text.startswith("2 attached files have changed since they were attached: ")
    assert f"decree.pdf of \u201cDecree 12\u201d ({changed}) has different contents" in text
    assert f"minutes.txt of \u201cMinutes\u201d ({shrunk}) is 7 bytes where 11 were attached" in text
    assert good not in text and "Untouched" not in text
    assert text.endswith("attach the original again or restore a copy.")


def test_check_names_ten_and_counts_the_rest(tracker: Tracker, monkeypatch: pytest.MonkeyPatch) -> None:
    uids = [add(tracker, f"Source {i:02}") for i in range(12)]
    tracker.db.conn.execute("UPDATE attachments SET data = x'00'")
    tracker.db.conn.commit()
    [problem] = check_tracker(tracker)
    assert problem.message.startswith("12 attached files have changed")
    assert all(uid in problem.message for uid in uids[:10]) and uids[11] not in problem.message
    assert "; and 2 more;" in problem.message


def test_check_streams_each_file_so_memory_stays_flat(tracker: Tracker) -> None:
    """A 24 MB attachment is checked with about one chunk in memory, not the whole file."""
    big = os.urandom(24 * 2**20)
    add(tracker, "Large scan", ops.Attachment("scan.tif", big, "image/tiff"))
    del big
    tracemalloc.start()
    try:
        assert att.attachment_messages(tracker) == []
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * att.CHUNK, f"peak {peak:,} bytes"


def test_check_of_a_file_opened_read_only(tracker_path: Path) -> None:
    with Tracker.open(tracker_path, user="Alice") as t:
        uid = add(t)
        t.db.conn.execute("UPDATE attachments SET data = x'01'")
        t.db.conn.commit()
    with Tracker.open(tracker_path, user="Alice", read_only=True) as t:
        [problem] = check_tracker(t)
    assert uid in problem.message and "1 attached file has changed since it was attached" in problem.message
