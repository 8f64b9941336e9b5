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
* ``fill_person_list``: the person filter's list on its first use, once the worker that reads it
  as the tab opens is done (``person_list_read_in_background``: whether it was in by the time the
  steps above were over; ``person_list_ready_ms_after_open``: when it was);
* ``search_absent_text`` (walks the whole log) and ``search_common_word`` (a first page of an
  import's entries, found through the search index);
* ``baseline_repaint``: a repaint of rows already read, in the same run.

A filter is looked for on a worker thread (tracker/ui/history_view.py, ``Walk``), so each
filter's entry also has what the GUI thread did meanwhile, from the filter applied until its
matches were counted: ``gui_worst_step_ms`` (the longest single turn of the event loop, in CPU
time of the GUI thread alone: ``time.thread_time``; the filter's own apply is the first turn),
``gui_worst_gap_ms`` (the longest wall-time gap between ticks of a 4 ms timer: what a key press
would wait; ``walk_baseline_idle`` is the same loop for a second with nothing to do, on the
same loaded machine), ``gui_cpu_ms`` (all its turns), ``worker_cpu_ms`` (the process's CPU time
less the GUI thread's: the walk's), and in wall time ``first_rows_ms`` (the first match shown,
or "No changes match."), ``page_ms`` (the page found or the log walked) and ``counted_ms`` (the
exact count).
"""

from __future__ import annotations

import itertools
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
    from bench._app_child import arg, probe_db, shown_window, wait_painted
else:
    from _app_child import arg, probe_db, shown_window, wait_painted

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(fn: Any) -> dict[str, float]:
    c0, w0 = time.process_time(), time.perf_counter()
    fn()
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    return {"cpu_ms": round(cpu * 1000, 1), "wall_ms": round(wall * 1000, 1)}


def walk_timing(app: Any, view: Any, apply: Any) -> dict[str, Any]:
    """Apply a filter, then turn the event loop until its walk has found its page and counted its matches.

    A 4 ms heartbeat timer runs meanwhile: the longest gap between its ticks is how long a key
    pressed then would have waited (GUI work, and any wait for the GIL the worker holds).
    """
    from PySide6.QtCore import QEventLoop, Qt, QTimer

    model = view.model if view is not None else None
    ticks: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(4)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    app.processEvents()
    w0 = time.perf_counter()
    c0, p0 = time.thread_time(), time.process_time()
    apply()
    worst = time.thread_time() - c0
    first = page = counted = None
    turns = 0
    if model is None:  # the baseline: the same loop and heartbeat for a second with nothing to do
        while time.perf_counter() - w0 < 1.0:
            g = time.thread_time()
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            worst = max(worst, time.thread_time() - g)
        counted = round((time.perf_counter() - w0) * 1000, 1)
    while counted is None and model is not None and time.perf_counter() - w0 < 600:
        g = time.thread_time()
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        turns += 1
        worst = max(worst, time.thread_time() - g)
        now = round((time.perf_counter() - w0) * 1000, 1)
        if first is None and (model.rowCount() or model.searching is None):
            first = now
        if page is None and model.searching is None:
            page = now
        if model.searching is None and model.counting is None:
            counted = now
    heartbeat.stop()
    beats = [w0, *[t for t in ticks if t >= w0]]
    gap = max((b - a for a, b in itertools.pairwise(beats)), default=0.0)
    return {"first_rows_ms": first, "page_ms": page, "counted_ms": counted,
            "rows": model.rowCount() if model else None, "count_text": view.count.text() if view else None,
            "gui_worst_step_ms": round(worst * 1000, 1),
            "gui_worst_gap_ms": round(gap * 1000, 1),
            "gui_cpu_ms": round((time.thread_time() - c0) * 1000, 1),
            "worker_cpu_ms": round((time.process_time() - p0 - (time.thread_time() - c0)) * 1000, 1),
            "event_loop_turns": turns}


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    db = probe_db()
    out: dict[str, Any] = {"db": db}
    with tempfile.TemporaryDirectory() as tmp:
        app, window = shown_window(db, Path(tmp))
        out["history_entries"] = window.ctx.tracker.db.execute("SELECT max(rowid) FROM history").fetchone()[0]

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

        opened = time.perf_counter()
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
        out["person_list_read_in_background"] = view.person.filled  # read on a worker as the tab opened
        waited = time.perf_counter()
        while not view.person.filled and time.perf_counter() - waited < 10:
            app.processEvents()
        out["person_list_ready_ms_after_open"] = round((time.perf_counter() - opened) * 1000, 1)
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
        def searching(text: str) -> Any:
            def step() -> None:
                view.search.setText(text)
                view.apply_filter()
            return step

        def choosing(**changes: Any) -> Any:
            def step() -> None:
                view.search.setText("")
                apply(**{"kind": "", "country": "", **changes})
            return step

        country = view.country.itemData(1)
        view.search.setText("")
        apply(kind="")  # the whole log again: no walk left running under the baseline
        out["walk_baseline_idle"] = walk_timing(app, None, lambda: None)
        for name, step in (("walk_search_absent_text", searching("zzzz-nowhere")),
                           ("walk_search_common_word", searching("government")),
                           ("walk_kind_edited", choosing(kind="edited")),
                           ("walk_country", choosing(country=country))):
            out[name] = walk_timing(app, view, step)
        apply(country="")
        window.close()
    out["load_average"] = os.getloadavg()
    text = json.dumps(out, indent=2)
    print(text)
    if arg("--out"):
        Path(str(arg("--out"))).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
