"""Probe the History tab on a big tracker: opening it, the next page, filters, a search.

    python bench/history_probe.py --db COPY.db [--out JSON]

Opens the app's real window offscreen on ``COPY.db`` (a copy: never the
benchmark's cached tracker) and times, in CPU milliseconds of this process
(the machine is shared) and wall milliseconds, each interaction including the
repaint:

* ``open_tab``: the History tab built (first show), its first page read and painted;
* ``next_page``: ``fetchMore`` (the next 200 older entries) and the repaint;
* ``filter_kind_edited`` / ``filter_person`` / ``search``: a filter applied and the list repainted
  (each reads at most ``SCAN_CAP`` entries per page: see db/history_view.py);
* ``fill_person_list``: the person filter's list, read when it is first used (not on opening);
* ``search_absent_text`` (walks the whole log) and ``search_common_word`` (a first page of an
  import's entries, found through the search index);
* ``baseline_repaint``: a repaint of rows already read, in the same run.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
if TYPE_CHECKING:
    from bench._app_child import arg, open_window, wait_painted
else:
    from _app_child import arg, open_window, wait_painted

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(fn: Any) -> dict[str, float]:
    c0, w0 = time.process_time(), time.perf_counter()
    fn()
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    return {"cpu_ms": round(cpu * 1000, 1), "wall_ms": round(wall * 1000, 1)}


def main() -> None:
    from PySide6.QtCore import QStandardPaths, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    db = arg("--db")
    if not db or "bench/.cache" in str(Path(db).resolve()):
        sys.exit("--db COPY.db: a copy of a benchmark tracker (never the cached one itself)")
    QStandardPaths.setTestModeEnabled(True)
    out: dict[str, Any] = {"db": db}
    with tempfile.TemporaryDirectory() as tmp:
        window = open_window(db, Path(tmp))
        app = QApplication.instance()
        assert app is not None
        window.resize(1280, 900)
        window.show()
        app.processEvents()
        out["history_entries"] = window.ctx.tracker.db.execute("SELECT max(id) FROM history").fetchone()[0]

        def open_tab() -> None:
            QTest.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
            wait_painted(app, window.history_view.table.viewport(), timeout=60)

        if "--profile" in sys.argv:
            import cProfile
            import pstats

            profile = cProfile.Profile()
            profile.runcall(open_tab)
            pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
            return

        out["open_tab"] = timed(open_tab)
        view = window.history_view
        table = view.table

        def repaint() -> None:
            table.viewport().update()
            wait_painted(app, table.viewport(), timeout=60)

        out["baseline_repaint"] = timed(repaint)
        def next_page() -> None:
            view.model.fetchMore()
            repaint()

        out["next_page"] = timed(next_page)

        def apply(**changes: Any) -> None:
            for combo_name, value in changes.items():
                combo = getattr(view, combo_name)
                combo.setCurrentIndex(max(combo.findData(value), 0))
            view.apply_filter()
            repaint()

        out["filter_kind_edited"] = timed(lambda: apply(kind="edited"))
        out["filter_kind_edited_rows"] = view.model.rowCount()
        apply(kind="")
        out["fill_person_list"] = timed(view.person.ensure_filled)  # on first use of the person filter
        person = view.person.itemData(1)
        out["filter_person"] = timed(lambda: apply(person=person))
        apply(person="")

        def search() -> None:
            view.search.setText("zzzz-nowhere")
            view.apply_filter()
            repaint()

        out["search_absent_text"] = timed(search)
        out["search_absent_rows"] = view.model.rowCount()

        def search_common() -> None:
            view.search.setText("government")
            view.apply_filter()
            repaint()

        out["search_common_word"] = timed(search_common)
        out["search_common_rows"] = view.model.rowCount()
        window.close()
    text = json.dumps(out, indent=2)
    print(text)
    if arg("--out"):
        Path(str(arg("--out"))).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
