"""Child processes for the reliability tests: each writes to one tracker and prints every write it confirms.

Run as ``python tests/reliability/writers.py MODE PATH SECONDS TAG``.  A line
is printed (and flushed) only after its write committed, so a parent that
kills the child at any moment knows which writes must be in the file:

* ``ops``: ``db.ops.add_evidence`` in a loop on one open tracker;
* ``cli``: the command line's ``evidence add`` in a loop (``tracker.cli.main``,
  which opens and closes the tracker each time, as ``policy-tracker`` does);
* ``window``: the app's main window (offscreen), adding, editing and
  archiving evidence through ``ctx.run``, as the forms do.

Lines: ``add UID``, ``edit UID TITLE``, ``archive UID``.  A write that fails
prints ``FAIL message`` and the child exits with status 1.
"""

from __future__ import annotations

import io
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

DATE = "2025-03-01"
CELL = ("EE", "visa")


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def fail(message: str) -> None:
    say(f"FAIL {' '.join(message.split())}")
    sys.exit(1)


def run_ops(path: str, until: float, tag: str) -> None:
    from db import Tracker, ops

    with Tracker.open(path, user=tag) as t:
        n = 0
        while time.monotonic() < until:
            try:
                change = ops.add_evidence(t, event_date=DATE, countries=[CELL[0]], recommendations=[CELL[1]],
                                          title=f"{tag} {n}")
            except Exception as exc:  # noqa: BLE001 - any failure is what the test is looking for
                fail(f"{type(exc).__name__}: {exc}")
                return
            say(f"add {change.uid}")
            n += 1


def run_cli(path: str, until: float, tag: str) -> None:
    from tracker import cli

    n = 0
    while time.monotonic() < until:
        out, err = io.StringIO(), io.StringIO()
        code = cli.main(["evidence", "add", "--db", path, "--date", DATE, "--country", CELL[0],
                         "--recommendation", CELL[1], "--title", f"{tag} {n}", "--user", tag], out=out, err=err)
        if code != 0:
            fail(err.getvalue())
        say(f"add {out.getvalue().strip()}")
        n += 1


def run_window(path: str, until: float, tag: str) -> None:
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from db import ValidationError
    from db.queries import get_evidence
    from tracker.preferences import Preferences
    from tracker.ui.app import create_main_window, shutdown
    from tracker.ui.commands import AddEvidence, ArchiveEvidence, EditEvidence
    from tracker.ui.inputs import EvidenceInput
    from tracker.ui.prompts import Prompts

    class Reporting(Prompts):
        def error(self, parent: object, title: str, text: str) -> None:
            fail(f"{title}: {text}")

        def info(self, parent: object, title: str, text: str) -> None:
            pass

    store = QSettings(str(Path(path).with_suffix(f".{tag}.ini")), QSettings.Format.IniFormat)
    window = create_main_window(path, prompts=Reporting(), store=store, prefs=Preferences(user_name=tag))
    window.show()
    ctx = window.ctx
    n = 0
    try:
        while time.monotonic() < until:
            data = EvidenceInput(event_date=DATE, countries=(CELL[0],), recommendations=(CELL[1],), title=f"{tag} {n}")
            uid = ctx.run(AddEvidence(ctx, data)).uid
            say(f"add {uid}")
            if n % 3 == 1:
                assert uid is not None
                item = get_evidence(ctx.tracker, [uid])[0]
                title = f"{tag} {n} edited"
                ctx.run(EditEvidence(ctx, uid, replace(EvidenceInput.from_item(item), title=title)))
                say(f"edit {uid} {title}")
            if n % 3 == 2:
                assert uid is not None
                ctx.run(ArchiveEvidence(ctx, uid))
                say(f"archive {uid}")
            n += 1
    except ValidationError as exc:
        fail(f"{type(exc).__name__}: {exc}")
    finally:
        window.close()
        shutdown(window)


def main() -> None:
    mode, path, seconds, tag = sys.argv[1:5]
    until = time.monotonic() + float(seconds)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    {"ops": run_ops, "cli": run_cli, "window": run_window}[mode](path, until, tag)


if __name__ == "__main__":
    main()
