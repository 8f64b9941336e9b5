"""A corpus of hostile files: each is refused with one sentence (or opened read-only where that is right),
and left byte-identical, with no -wal/-shm file beside it.

Issue 12, "How to show it": empty, random, truncated, another app's database, a newer
schema, a read-only folder, a full disk, a damaged search index, bad codebooks and
workbooks, a CSV with NULs.  Tests run as root in CI, where ``chmod`` does not stop a
write: a read-only folder is a read-only bind mount (or an immutable folder, ``chattr +i``),
a full disk a small tmpfs; where neither can be made the test is skipped and says why.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from db import NewerVersionError, NotATrackerError, Tracker, TrackerError, TrackerFileError, ValidationError, ops
from db.check import check_tracker, rebuild_search_index, search_index_problems
from db.codebook import load_codebook
from db.schema import MIGRATION_SET
from db.search import SEARCH_INDEX_DAMAGED, EvidenceFilter, SearchIndexError, count_evidence, search_page
from db.store import ReadOnlyTrackerError
from tracker.cli import main


# ---------------------------------------------------------------- helpers
def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def contents(path: Path) -> dict[str, int]:
    """What a tracker holds (its history aside: opening it for a write may record its identity, db.backup)."""
    with Tracker.open(path, user="x", read_only=True) as t:
        return {name: t.db.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
                for name in ("evidence", "assessments", "recommendations", "countries", "statuses", "grades")}


def sidecars(path: Path) -> list[str]:
    return [s for s in ("-wal", "-shm", "-journal") if Path(f"{path}{s}").exists()]


def one_sentence(text: str) -> str:
    """``text`` is one line, with no traceback; returns it."""
    text = text.strip()
    assert text, "nothing was said"
    assert "\n" not in text, text
    assert "Traceback" not in text and "Error:" not in text.split(":", 1)[0], text
    return text


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _run(*cmd: str) -> bool:
    return subprocess.run(cmd, capture_output=True, check=False).returncode == 0


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[str]:
    """Make ``folder`` read-only for everyone, root too, while inside; yields how.

    Not root: the permission bits.  Root: a read-only bind mount, else an
    immutable folder (``chattr +i``); neither possible: skip, saying why.
    """
    if os.geteuid() != 0:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield "chmod 555"
        finally:
            folder.chmod(mode)
        return
    if _run("mount", "--bind", str(folder), str(folder)):
        if _run("mount", "-o", "remount,ro,bind", str(folder)):
            try:
                yield "read-only bind mount"
            finally:
                if not _run("umount", str(folder)):
                    _run("umount", "-l", str(folder))
            return
        _run("umount", str(folder))
    if shutil.which("chattr") and _run("chattr", "+i", str(folder)):
        try:
            yield "chattr +i"
        finally:
            _run("chattr", "-i", str(folder))
        return
    pytest.skip("no way to make a folder read-only for root here: bind mounts and chattr +i are not permitted")


@contextlib.contextmanager
def full_disk(folder: Path, size_kib: int = 1024) -> Iterator[Callable[[], None]]:
    """A small tmpfs on ``folder``; yields ``fill()``, which takes every byte left. Skips when it cannot be mounted."""
    folder.mkdir(exist_ok=True)
    if not _run("mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(folder)):
        pytest.skip("cannot mount a small tmpfs to fill (needs root or CAP_SYS_ADMIN), so a full disk is not tested")

    def fill() -> None:
        fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
        try:
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * 4096)
        finally:
            os.close(fd)

    try:
        yield fill
    finally:
        if not _run("umount", str(folder)):
            _run("umount", "-l", str(folder))


def xlsx_with_entity_bomb(path: Path, part: str = "xl/workbook.xml") -> Path:
    """A workbook whose ``part`` declares nested entities that expand to gigabytes ("billion laughs")."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "evidence"
    ws.append(["event_date", "country", "recommendation", "title"])
    ws.append(["2024-01-01", "EE", "visa", "laughs"])
    buf = io.BytesIO()
    wb.save(buf)
    dtd = '<!DOCTYPE bomb [<!ENTITY l0 "lol">' + "".join(
        f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)
    ) + "]>"
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w") as out:
        for name in src.namelist():
            data = src.read(name)
            if name == part:
                text = data.decode("utf-8")
                if text.startswith("<?xml"):
                    text = text[text.index("?>") + 2:]
                text = text.replace('name="evidence"', 'name="&l9;"').replace("<t>laughs</t>", "<t>&l9;</t>")
                data = (dtd + text).encode("utf-8")
            out.writestr(name, data)
    return path


# ---------------------------------------------------------------- trackers that are not trackers
def _empty(tmp: Path, good: Path) -> Path:
    (tmp / "empty.db").write_bytes(b"")
    return tmp / "empty.db"


def _random(tmp: Path, good: Path) -> Path:
    (tmp / "random.db").write_bytes(os.urandom(64 * 1024))
    return tmp / "random.db"


def _random_with_header(tmp: Path, good: Path) -> Path:
    (tmp / "noise.db").write_bytes(b"SQLite format 3\x00" + os.urandom(64 * 1024))
    return tmp / "noise.db"


def _truncated(tmp: Path, good: Path) -> Path:
    data = good.read_bytes()
    (tmp / "truncated.db").write_bytes(data[: len(data) // 3])
    return tmp / "truncated.db"


def _other_app(tmp: Path, good: Path) -> Path:
    path = tmp / "places.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org/')")
    conn.commit()
    conn.close()
    return path


def _other_app_wal(tmp: Path, good: Path) -> Path:
    path = tmp / "other-wal.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.commit()
    conn.close()
    return path


def _newer(tmp: Path, good: Path) -> Path:
    path = tmp / "newer.db"
    shutil.copy(good, path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, '2099-01-01')",
                 [MIGRATION_SET, "m999_from_the_future"])
    conn.commit()
    conn.close()
    return path


def _folder(tmp: Path, good: Path) -> Path:
    (tmp / "a-folder.db").mkdir()
    return tmp / "a-folder.db"


REFUSED: dict[str, tuple[Callable[[Path, Path], Path], type[TrackerFileError], str]] = {
    "empty file": (_empty, NotATrackerError, "not an SQLite database"),
    "random bytes": (_random, NotATrackerError, "not an SQLite database"),
    "SQLite header then noise": (_random_with_header, TrackerFileError, "Policy Tracker file"),
    "truncated tracker": (_truncated, TrackerFileError, "Policy Tracker file"),
    "another app's database": (_other_app, NotATrackerError, "but not a Policy Tracker file"),
    "another app's WAL database": (_other_app_wal, NotATrackerError, "but not a Policy Tracker file"),
    "newer schema": (_newer, NewerVersionError, "newer version of Policy Tracker"),
    "a folder": (_folder, NotATrackerError, "is a folder"),
}


@pytest.fixture
def good_tracker(tracker_path: Path) -> Path:
    return tracker_path


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_file_that_is_not_a_tracker_is_refused_in_one_sentence_and_left_as_it_was(
    case: str, tmp_path: Path, good_tracker: Path
) -> None:
    make, error, words = REFUSED[case]
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = make(folder, good_tracker)
    before = sha256(path) if path.is_file() else None
    with pytest.raises(error, match=words) as caught:
        Tracker.open(path, user="x")
    one_sentence(str(caught.value))
    assert str(path) in str(caught.value)  # names the file
    # The command line: one sentence on standard error, exit 1, for reading and writing commands alike.
    for argv in (("check", "--db", str(path)), ("export", "evidence", "--db", str(path)),
                 ("evidence", "add", "--db", str(path), "--date", "2024-01-01", "--country", "EE",
                  "--recommendation", "visa", "--title", "x")):
        code, _out, err = run_cli(*argv)
        assert code == 1, (argv, err)
        assert one_sentence(err).startswith("policy-tracker: error:"), err
    if before is not None:
        assert sha256(path) == before
    assert sidecars(path) == []


def test_a_newer_tracker_open_elsewhere_keeps_its_sidecar_files(tmp_path: Path, good_tracker: Path) -> None:
    """Tidying after a refusal never removes -wal/-shm files another program is using."""
    path = _newer(tmp_path, good_tracker)
    holder = sqlite3.connect(path)
    holder.execute("SELECT count(*) FROM evidence").fetchone()
    try:
        with pytest.raises(NewerVersionError):
            Tracker.open(path, user="x")
        assert sidecars(path) == ["-wal", "-shm"]
    finally:
        holder.close()
    assert sidecars(path) == []


# ---------------------------------------------------------------- read-only folder, full disk
def test_a_tracker_in_a_read_only_folder_opens_read_only(tmp_path: Path, good_tracker: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "tracker.db"
    shutil.copy(good_tracker, path)
    before = sha256(path)
    with read_only_folder(folder) as how:
        with Tracker.open(path, user="Reader") as t:
            assert t.read_only, how
            assert t.read_only_message() == "This tracker is read-only: its folder cannot be written to."
            assert count_evidence(t) > 0  # reading works: the matrix, the list, a search
            assert search_page(t, EvidenceFilter(text="visa")).items
            assert check_tracker(t) == []
            with pytest.raises(ReadOnlyTrackerError, match=r"^This tracker is read-only: its folder cannot be"):
                ops.set_meta(t, "title", "Renamed")
            with pytest.raises(ReadOnlyTrackerError, match="read-only"):
                ops.add_evidence(t, event_date="2024-01-01", countries=["EE"], recommendations=["visa"], title="x")
        # The command line reads it, and every write says why in one sentence.
        code, out, err = run_cli("export", "scorecard", "--db", str(path))
        assert code == 0, err
        assert out
        code, _out, err = run_cli("evidence", "add", "--db", str(path), "--date", "2024-01-01", "--country", "EE",
                                  "--recommendation", "visa", "--title", "x")
        assert code == 1
        assert one_sentence(err) == "policy-tracker: error: This tracker is read-only: its folder cannot be written to."
        code, _out, err = run_cli("init", str(folder / "new.db"))
        assert code == 1
        assert "folder cannot be written to" in one_sentence(err)
        assert sidecars(path) == []
    assert sha256(path) == before
    assert sidecars(path) == []


def test_an_older_tracker_in_a_read_only_folder_says_why_it_cannot_be_upgraded(
    tmp_path: Path, good_tracker: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "old.db"
    shutil.copy(good_tracker, path)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE migration_set = ? AND name = 'm003_folded_search'",
                 [MIGRATION_SET])
    conn.commit()
    conn.close()
    before = sha256(path)
    with read_only_folder(folder):
        for read_only in (False, True):
            with pytest.raises(TrackerFileError) as caught:
                Tracker.open(path, user="x", read_only=read_only)
            one_sentence(str(caught.value))
            if not read_only:
                assert "its folder cannot be written to; copy it to a folder you can write to" in str(caught.value)
        code, _out, err = run_cli("evidence", "add", "--db", str(path), "--date", "2024-01-01", "--country", "EE",
                                  "--recommendation", "visa", "--title", "x")
        assert code == 1 and "folder cannot be written to" in one_sentence(err)
    assert sha256(path) == before and sidecars(path) == []
    assert not list(folder.glob("*.before-upgrade*"))


def test_a_tracker_on_a_full_disk_opens_read_only_and_says_the_disk_is_full(
    tmp_path: Path, good_tracker: Path
) -> None:
    folder = tmp_path / "small"
    with full_disk(folder, size_kib=2048) as fill:
        path = folder / "tracker.db"
        shutil.copy(good_tracker, path)
        before = sha256(path)
        fill()
        with Tracker.open(path, user="x") as t:
            assert t.read_only_message() == "This tracker is read-only: the disk is full."
            assert count_evidence(t) > 0
        code, _out, err = run_cli("evidence", "add", "--db", str(path), "--date", "2024-01-01", "--country", "EE",
                                  "--recommendation", "visa", "--title", "x")
        assert code == 1
        assert "the disk is full" in one_sentence(err)
        code, _out, err = run_cli("init", str(folder / "new.db"))
        assert code == 1
        assert "the disk is full" in one_sentence(err)
        assert not list(folder.glob(".new-tracker-*"))  # no half-made tracker left behind
        assert sha256(path) == before
        assert sidecars(path) == []


def test_a_disk_that_fills_during_an_edit_says_so_and_keeps_what_was_saved(tmp_path: Path, good_tracker: Path) -> None:
    folder = tmp_path / "small"
    with full_disk(folder, size_kib=2048) as fill:
        path = folder / "tracker.db"
        shutil.copy(good_tracker, path)
        with Tracker.open(path, user="x") as t:
            assert not t.read_only
            kept = ops.add_evidence(t, event_date="2024-01-01", countries=["EE"], recommendations=["visa"],
                                    title="Saved before the disk filled").uid
            fill()
            with pytest.raises(TrackerError, match="the disk is full") as caught:
                for i in range(2000):  # the WAL has some room left: keep writing until it is gone
                    ops.add_evidence(t, event_date="2024-01-01", countries=["EE"], recommendations=["visa"],
                                     title=f"{i} " + "x" * 900, notes="y" * 4000)
            one_sentence(str(caught.value))
        os.unlink(folder / "filler")
        with Tracker.open(path, user="x") as t:
            assert [e.uid for e in search_page(t, EvidenceFilter(text="Saved before")).items] == [kept]
            assert t.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# ---------------------------------------------------------------- damaged search index
def _damage_index(path: Path, how: str) -> None:
    conn = sqlite3.connect(path)
    if how == "scrambled":
        conn.execute("UPDATE evidence_fts_data SET block = randomblob(length(block)) WHERE id > 10")
    else:
        conn.execute("DROP TABLE evidence_fts_data")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("how", ["scrambled", "shadow table lost"])
def test_a_damaged_search_index_is_said_detected_and_rebuilt(tmp_path: Path, good_tracker: Path, how: str) -> None:
    path = tmp_path / "damaged.db"
    shutil.copy(good_tracker, path)
    with Tracker.open(path, user="x") as t:
        ops.add_evidence(t, event_date="2024-03-01", countries=["EE"], recommendations=["visa"],
                         title="Parliament passes the visa decree")
    _damage_index(path, how)
    with Tracker.open(path, user="x") as t:
        with pytest.raises(SearchIndexError) as caught:
            search_page(t, EvidenceFilter(text="decree"))
        assert str(caught.value) == SEARCH_INDEX_DAMAGED
        with pytest.raises(SearchIndexError):
            count_evidence(t, EvidenceFilter(text="decree"))
        assert count_evidence(t) > 0  # the list without words still works
        assert search_index_problems(t) and search_index_problems(t)[0].repairable
    code, out, err = run_cli("check", "--db", str(path))
    assert code == 1
    assert "Search index: out of date" in out
    assert "check --repair" in one_sentence(err)
    code, out, err = run_cli("check", "--repair", "--db", str(path))
    assert code == 0, err
    assert "Repaired: Rebuilt the search index" in out
    with Tracker.open(path, user="x") as t:
        assert [e.title for e in search_page(t, EvidenceFilter(text="decree")).items] == [
            "Parliament passes the visa decree"]
        assert check_tracker(t) == []
        assert t.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_rebuild_search_index_alone_is_one_recorded_step(tmp_path: Path, good_tracker: Path) -> None:
    path = tmp_path / "damaged.db"
    shutil.copy(good_tracker, path)
    _damage_index(path, "shadow table lost")
    with Tracker.open(path, user="Alice") as t:
        done = rebuild_search_index(t)
        assert done.startswith("Rebuilt the search index from the")
        assert t.db.execute("SELECT count(*) FROM history WHERE operation = 'repair'").fetchone()[0] == 1
        assert search_index_problems(t) == []


# ---------------------------------------------------------------- bad codebooks, workbooks, CSV
def _codebook(**extra: Any) -> dict[str, Any]:
    return {
        "title": "Hostile",
        "statuses": [{"code": "none", "label": "Not assessed", "score": None},
                     {"code": "full", "label": "Full", "score": 100}],
        **extra,
    }


BAD_CODEBOOKS: dict[str, tuple[Callable[[Path], object], str]] = {
    "duplicate grade": (
        lambda p: p.write_text(json.dumps(_codebook(grades=[{"grade": "A", "min_score": 90},
                                                            {"grade": "A", "min_score": 80}]))),
        "the grade 'A' is listed twice",
    ),
    "deeply nested": (lambda p: p.write_text("[" * 200_000 + "]" * 200_000), "nested too deeply"),
    "deeply nested inside": (
        lambda p: p.write_text('{"title": "x", "statuses": ' + "[" * 200_000 + "]" * 200_000 + "}"),
        "nested too deeply",
    ),
    "not JSON": (lambda p: p.write_bytes(os.urandom(4096)), "not a valid JSON codebook"),
    "grades not a list": (lambda p: p.write_text(json.dumps(_codebook(grades="A"))), "'grades' must be a list"),
}


@pytest.mark.parametrize("case", sorted(BAD_CODEBOOKS))
def test_a_bad_codebook_is_refused_in_one_sentence_naming_the_file(
    case: str, tmp_path: Path, blank_tracker: Tracker
) -> None:
    write, words = BAD_CODEBOOKS[case]
    book = tmp_path / "codebook.json"
    write(book)
    before = sha256(book)
    with pytest.raises(ValidationError, match=words) as caught:
        load_codebook(book)
    assert str(book) in one_sentence(str(caught.value))
    new = tmp_path / "new.db"
    code, _out, err = run_cli("init", str(new), "--codebook", str(book))
    assert code == 1
    assert words in one_sentence(err) and str(book) in err
    assert not new.exists() and not list(tmp_path.glob(".new-tracker-*"))
    blank = tmp_path / "blank.db"
    assert run_cli("init", str(blank), "--blank")[0] == 0
    blank_before = sha256(blank)
    code, _out, err = run_cli("codebook", "import", "--db", str(blank), str(book))
    assert code == 1
    assert words in one_sentence(err)
    assert sha256(blank) == blank_before and sidecars(blank) == []  # refused before the tracker was opened
    assert sha256(book) == before


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_a_workbook_with_an_entity_bomb_is_refused_in_one_sentence(
    part: str, tmp_path: Path, good_tracker: Path
) -> None:
    book = xlsx_with_entity_bomb(tmp_path / "laughs.xlsx", part)
    before, tracker_before = sha256(book), contents(good_tracker)
    code, out, err = run_cli("import", "--db", str(good_tracker), str(book))
    assert code == 1, out
    assert "Traceback" not in err
    assert "not a readable Excel workbook" in err
    assert err.strip().splitlines()[-1].startswith("policy-tracker: error: laughs.xlsx")
    code, _out, err = run_cli("codebook", "import", "--db", str(good_tracker), str(book))
    assert code == 1 and "Traceback" not in err
    assert sha256(book) == before and contents(good_tracker) == tracker_before
    assert sidecars(good_tracker) == []


def test_a_csv_with_nul_bytes_is_refused_in_one_sentence(tmp_path: Path, good_tracker: Path) -> None:
    csv = tmp_path / "nul.csv"
    csv.write_bytes(b"event_date,country,recommendation,title\n2024-01-01,EE,visa,a\x00b\x00c\n" + b"\x00" * 200)
    before, tracker_before = sha256(csv), contents(good_tracker)
    code, out, err = run_cli("import", "--db", str(good_tracker), str(csv))
    assert code == 1, out
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("policy-tracker: error: nul.csv")
    assert sha256(csv) == before and contents(good_tracker) == tracker_before
    assert sidecars(good_tracker) == []


# ---------------------------------------------------------------- the window
class _Prompts:
    """The prompts seam answered by the test (tests/tracker/ui/conftest.py has the full one)."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirmed: list[str] = []
        self.next_open_file: str | None = None

    def error(self, parent: Any, title: str, text: str) -> None:
        self.errors.append((title, text))

    def info(self, parent: Any, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, parent: Any, title: str, text: str, yes: str = "OK") -> bool:
        self.confirmed.append(title)
        return True

    def open_file(self, parent: Any, title: str, folder: str, filters: str) -> str | None:
        return self.next_open_file

    def exec_dialog(self, dialog: Any) -> bool:
        raise AssertionError(f"no dialog should open here: {dialog!r}")


def _window(qtbot: Any, path: Path, prompts: _Prompts, tmp_path: Path) -> Any:
    from PySide6.QtCore import QSettings

    from tracker.preferences import Preferences
    from tracker.ui.app import create_main_window

    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = create_main_window(path, prompts=prompts, store=store,  # type: ignore[arg-type]
                             prefs=Preferences(user_name="Alice"))
    qtbot.addWidget(win)
    return win


def test_the_window_opens_a_tracker_in_a_read_only_folder_read_only(
    qtbot: Any, tmp_path: Path, good_tracker: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "tracker.db"
    shutil.copy(good_tracker, path)
    before = sha256(path)
    prompts = _Prompts()
    with read_only_folder(folder):
        win = _window(qtbot, path, prompts, tmp_path)
        win.show()
        qtbot.waitExposed(win)
        assert "(read-only)" in win.windowTitle()
        assert win.read_only_label.isVisible()
        assert win.read_only_label.text() == "Read-only: its folder cannot be written to"
        assert not win.details.set_status_button.isEnabled() and not win.details.add_evidence_button.isEnabled()
        assert win.read_only_label.toolTip() == "This tracker is read-only: its folder cannot be written to."
        for name in ("new_evidence", "set_status", "edit_evidence", "archive_evidence", "import_evidence",
                     "import_codebook"):
            assert not win.actions_by_name[name].isEnabled(), name
        assert win.matrix_proxy.rowCount() > 0  # reading works
        win.select_cell("EE", "visa")  # evidence can be chosen and its link opened, but not edited or archived
        qtbot.waitUntil(lambda: win.details.evidence.topLevelItemCount() > 0)
        win.details.evidence.setCurrentItem(win.details.evidence.topLevelItem(0))
        assert not win.details.edit_button.isEnabled() and not win.details.archive_button.isEnabled()
        view = win.evidence_view
        qtbot.waitUntil(lambda: view.table.model().rowCount() > 0)
        view.table.selectRow(0)
        assert view.selected() is not None
        assert not view.edit_button.isEnabled() and not view.archive_button.isEnabled()
        win.new_evidence([("EE", "visa")])  # a dock button still reaches the edit: it says why, no form opens
        win.set_status()
        assert prompts.errors == [("New evidence", "This tracker is read-only: its folder cannot be written to."),
                                  ("Set status", "This tracker is read-only: its folder cannot be written to.")]
        win.close()
        win.deleteLater()
        qtbot.waitUntil(lambda: not sidecars(path))
    assert sha256(path) == before


@pytest.mark.parametrize("case", ["empty file", "random bytes", "truncated tracker", "another app's database",
                                  "newer schema"])
def test_the_window_refuses_a_hostile_tracker_in_one_sentence_and_keeps_the_open_one(
    case: str, qtbot: Any, tmp_path: Path, good_tracker: Path
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    path = REFUSED[case][0](folder, good_tracker)
    before = sha256(path)
    prompts = _Prompts()
    win = _window(qtbot, good_tracker, prompts, tmp_path)
    assert not win.files.open_tracker(path)
    [(title, text)] = prompts.errors
    assert title == "Cannot open tracker"
    assert str(path) in one_sentence(text)
    assert win.ctx.tracker.path == good_tracker
    assert sha256(path) == before and sidecars(path) == []


@pytest.mark.parametrize("case", sorted(BAD_CODEBOOKS))
def test_the_window_refuses_a_bad_codebook_in_one_sentence(
    case: str, qtbot: Any, tmp_path: Path, good_tracker: Path
) -> None:
    write, words = BAD_CODEBOOKS[case]
    book = tmp_path / "codebook.json"
    write(book)
    prompts = _Prompts()
    win = _window(qtbot, good_tracker, prompts, tmp_path)
    prompts.next_open_file = str(book)
    win.files.import_codebook()
    [(title, text)] = prompts.errors
    assert title == "Import codebook"
    assert words in one_sentence(text) and str(book) in text


def test_the_import_wizard_refuses_an_entity_bomb_in_one_sentence(
    qtbot: Any, tmp_path: Path, good_tracker: Path
) -> None:
    from tracker.ui.import_wizard import ImportWizard

    book = xlsx_with_entity_bomb(tmp_path / "laughs.xlsx")
    win = _window(qtbot, good_tracker, _Prompts(), tmp_path)
    wizard = ImportWizard(win.ctx, lambda _result: None, win)
    qtbot.addWidget(wizard)
    wizard.file_page.path_edit.setText(str(book))
    assert not wizard.file_page.validatePage()
    message = one_sentence(wizard.file_page.message.text())
    assert "not a readable Excel workbook" in message


def test_a_search_in_the_window_finds_the_index_damaged_says_so_and_offers_to_rebuild_it(
    qtbot: Any, tmp_path: Path, good_tracker: Path
) -> None:
    path = tmp_path / "damaged.db"
    shutil.copy(good_tracker, path)
    with Tracker.open(path, user="x") as t:
        ops.add_evidence(t, event_date="2024-03-01", countries=["EE"], recommendations=["visa"],
                         title="Parliament passes the visa decree")
    _damage_index(path, "scrambled")
    prompts = _Prompts()
    win = _window(qtbot, path, prompts, tmp_path)
    win.show()
    view = win.evidence_view
    win.show_tab(1)
    view.search.setText("decree")
    view.apply_filter()
    qtbot.waitUntil(lambda: prompts.infos != [])
    assert prompts.confirmed == ["Search index damaged"]
    [(title, text)] = prompts.infos
    assert title == "Search index damaged" and text.startswith("Rebuilt the search index")
    assert [item.title for item in view.model.items] == ["Parliament passes the visa decree"]
    assert not view.count_label.text().startswith("⚠")
    with Tracker.open(path, user="x", read_only=True) as t:
        assert search_index_problems(t) == []


def test_the_evidence_list_shows_a_damaged_index_in_its_count(
    qtbot: Any, tmp_path: Path, good_tracker: Path
) -> None:
    path = tmp_path / "damaged.db"
    shutil.copy(good_tracker, path)
    _damage_index(path, "shadow table lost")
    prompts = _Prompts()
    prompts.confirm = lambda *_a, **_k: False  # type: ignore[method-assign]  # not now
    win = _window(qtbot, path, prompts, tmp_path)
    view = win.evidence_view
    view.search.setText("visa")
    view.apply_filter()
    assert view.count_label.text() == f"⚠ {SEARCH_INDEX_DAMAGED}"
    view.search.setText("")
    view.apply_filter()
    assert view.model.rowCount() > 0 and not view.count_label.text().startswith("⚠")
