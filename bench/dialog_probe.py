"""Probe every dialog and window the app opens, and each tab's first show, on a tracker of any size.

    python bench/dialog_probe.py --db COPY.db [--out JSON]

Issue 10 asks that *every* interaction cost what it shows, not the size of the tracker.  The scale
benchmark (``scale_bench.py``) times the matrix, the evidence list, edits and views; this probe times
what it leaves out: opening each form, editor and window the menus open, each once cold (its module
imported, its widgets built the first time) and once warm (opened again), and each tab's first show.
Run it on copies of two sizes (``bench/.cache``'s 100k and 1m trackers) and compare: a step whose time
grows with the tracker reads more than it shows.

Opens the app's real window offscreen on ``COPY.db`` (a copy: the probe saves nothing, but never point a
probe at the benchmark's cached trackers) with the matrix's cell at row 5, column 3 chosen, as a person
would click it, once the day's backup (into a temporary folder) is done.  Each step goes through the window's own entry
point (the slot its menu action calls); a modal dialog is shown instead of run (the prompts seam) and
timed until its first paint, then closed without saving.  Prints JSON: per step the wall and CPU
milliseconds of this process, and the dialog's title.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if TYPE_CHECKING:
    from bench._app_child import arg, probe_db, shown_window, wait_painted
else:
    from _app_child import arg, probe_db, shown_window, wait_painted

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: The matrix cell the forms open on (a country with evidence on every size the generator makes).
CELL = (5, 3)


def main() -> None:
    db = probe_db()
    out: dict[str, Any] = {"db": db, "steps": {}}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["POLICY_TRACKER_DATA_DIR"] = str(Path(tmp) / "data")  # the day's backup goes there, not home
        app, window = shown_window(db, Path(tmp))
        out["evidence"] = window.ctx.tracker.db.execute("SELECT count(*) FROM evidence").fetchone()[0]
        # The day's backup starts a moment after the first paint (a 2 GB copy at 1m, on a thread of this
        # process): the steps are timed after it, not under it.
        waited = time.perf_counter()
        while window.files.daily_backup is None or window.files.daily_backup.is_running():
            app.processEvents()
            time.sleep(0.01)
            if time.perf_counter() - waited > 900:
                sys.exit("the day's backup did not finish in 15 minutes")
        out["backup_wait_s"] = round(time.perf_counter() - waited, 1)
        shown: list[Any] = []

        def show_instead(dialog: Any) -> bool:
            """The prompts seam: show the dialog, wait for its first paint, close it without saving."""
            dialog.show()
            wait_painted(app, dialog, timeout=60)
            shown.append(dialog.windowTitle())
            dialog.reject()
            return False

        window.ctx.prompts.exec_dialog = show_instead

        def beside() -> list[Any]:
            """The windows shown beside the app (help, conflicts: not modal, so not through the seam)."""
            return [w for w in app.topLevelWidgets() if w is not window and w.isVisible()]

        def timed(name: str, step: Callable[[], Any], painted: Callable[[], Any] | None = None) -> None:
            app.processEvents()
            shown.clear()
            c0, w0 = time.process_time(), time.perf_counter()
            step()
            opened = beside()
            for widget in [painted()] if painted is not None else opened:
                wait_painted(app, widget, timeout=60)
            cpu, wall = time.process_time() - c0, time.perf_counter() - w0
            title = shown[0] if shown else "; ".join(w.windowTitle() for w in opened)
            out["steps"][name] = {"wall_ms": round(wall * 1000, 1), "cpu_ms": round(cpu * 1000, 1), "title": title}
            for extra in opened:  # closed again: the warm step opens it anew
                extra.close()
            app.processEvents()

        window.matrix.setCurrentIndex(window.matrix_proxy.index(*CELL))
        window.cell_chosen_by_user = True  # as if clicked: the forms open on it
        app.processEvents()
        uid = window._selected_evidence_uid()
        country = (window.current_cell() or ("", ""))[0]
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("set_status", window.set_status),
            ("new_evidence", window.new_evidence),
            ("edit_evidence", lambda: window.edit_evidence(uid or "")),
            ("codebook_editor", window.edit_codebook),
            ("countries_editor", window.edit_countries),
            ("export", window.files.export),
            ("report_for_country", lambda: window.report_for_country(country)),
            ("go_to_country", window.go_to_country),
            ("user_guide", lambda: window.show_help("guide")),
            ("conflicts", window.show_conflicts),
        ]
        for name, step in steps:
            timed(f"{name}_cold", step)
            timed(f"{name}_warm", step)
        for index, name in enumerate(("evidence_tab", "scorecards_tab", "history_tab", "review_tab"), start=1):
            timed(f"{name}_first_show", partial(window.show_tab, index), window.tabs.currentWidget)
        window.close()
    out["load_average"] = os.getloadavg()
    text = json.dumps(out, indent=2, ensure_ascii=False)
    print(text)
    if arg("--out"):
        Path(str(arg("--out"))).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
