"""``policy-tracker``'s entry point: opening the app skips the command line's parser, and decides as it would."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tracker import launcher
from tracker.cli import build_parser

OPENING = [[], ["--db", "t.db"], ["--db=t.db"], ["--db", "folder/with space/t.db"], ["--db", "init"],
           ["--db=-odd.db"]]
NOT_ONLY_OPENING = [["--help"], ["--version"], ["--db"], ["--db="], ["--db", ""], ["--db", "-x"],
                    ["--db", "a.db", "--db", "b.db"], ["--screenshot", "x.png"], ["init", "t.db"],
                    ["export", "--db", "t.db", "evidence"], ["--d", "t.db"], ["--db", "t.db", "extra"]]


@pytest.mark.parametrize("argv", OPENING, ids=" ".join)
def test_what_opens_the_app_directly_is_what_the_parser_reads_as_opening_it(argv: list[str]) -> None:
    opening = launcher.app_only(argv)
    assert opening is not None
    args = build_parser().parse_args(argv)
    assert (args.command, args.db, args.screenshot, args.view) == (None, opening[0], None, "matrix")


@pytest.mark.parametrize("argv", NOT_ONLY_OPENING, ids=" ".join)
def test_every_other_command_line_goes_to_the_parser(argv: list[str]) -> None:
    assert launcher.app_only(argv) is None


def run_launcher(tmp_path: Path, argv: list[str], body: str) -> subprocess.CompletedProcess[str]:
    """``policy-tracker ARGV`` in a fresh Python whose window is replaced by ``body`` (a ``run(db_path)``)."""
    code = (
        "import sys\n"
        f"sys.argv = ['policy-tracker', *{argv!r}]\n"
        "import tracker.ui.app as app\n"
        f"{body}\n"
        "app.run = run\n"
        "from tracker.launcher import entry_point\n"
        "entry_point()\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "POLICY_TRACKER_CONFIG_DIR": str(tmp_path), "HOME": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                          check=False, cwd=tmp_path)


def test_opening_the_app_imports_neither_the_command_line_nor_its_commands(tmp_path: Path) -> None:
    done = run_launcher(tmp_path, ["--db", "t.db"], (
        "def run(db_path):\n"
        "    commands = ('tracker.cli', 'tracker.exports', 'db.check', 'db.backup')\n"
        "    print(db_path, sorted(m for m in commands if m in sys.modules))\n"
        "    return 0"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "t.db []"


def test_an_error_the_window_does_not_handle_is_said_as_the_command_line_says_it(tmp_path: Path) -> None:
    done = run_launcher(tmp_path, [], (
        "import sqlite3\n"
        "def run(db_path):\n"
        "    raise sqlite3.OperationalError('database is locked')"))
    assert done.returncode == 1
    assert done.stderr.strip() == ("policy-tracker: error: the database could not be used: database is locked "
                                   "(another program may be writing to the tracker; try again).")


def test_a_command_still_runs_through_the_command_line(tmp_path: Path) -> None:
    done = run_launcher(tmp_path, ["--version"], "def run(db_path):\n    raise AssertionError('the window opened')")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("policy-tracker ")


def test_a_mistake_gets_the_parsers_usage_message(tmp_path: Path) -> None:
    done = run_launcher(tmp_path, ["--db"], "def run(db_path):\n    raise AssertionError('the window opened')")
    assert done.returncode == 2
    assert "argument --db: expected one argument" in done.stderr


def test_an_unknown_error_is_not_swallowed() -> None:
    with pytest.raises(ZeroDivisionError):
        from tracker.cli import failure_exit

        failure_exit(ZeroDivisionError("x"), sys.stderr)


def test_failure_exit_says_a_busy_database_in_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    from tracker.cli import failure_exit

    assert failure_exit(sqlite3.OperationalError("disk I/O error"), sys.stderr) == 1
    assert capsys.readouterr().err == "policy-tracker: error: the database could not be used: disk I/O error.\n"
