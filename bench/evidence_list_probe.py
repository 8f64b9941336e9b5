"""Probe the evidence list on a big tracker: first page, pages deep in the list, the end, sorts, memory.

    python bench/evidence_list_probe.py --db COPY.db [--out JSON] [--sweep N]

Opens the app's real window offscreen on ``COPY.db`` (never the benchmark's
cached tracker: copy it first, the app may write to what it opens), shows the
Evidence tab and times, in CPU milliseconds of this process (the machine is
shared), each interaction *including the repaint*:

* ``first_page``: the tab shown and painted;
* ``next_page_deep``: scrolling down one page (200 rows) in the middle of the
  list, after a jump there: what every page of normal scrolling costs;
* ``jump_middle``: dragging the scroll bar to the middle (no key known nearby);
* ``scroll_to_bottom``: ``scrollToBottom()`` from the top, and ``ctrl_end``;
* ``sort``: a header click on every column, both ways;
* ``peak_rss_mb``: VmHWM after sweeping the whole list (``--sweep`` jumps,
  top to bottom) and sorting: the model keeps a bounded window of rows.

``baseline_repaint`` is a repaint of rows already in memory, in the same run.

    python bench/evidence_list_probe.py --db COPY.db --pages [--baseline OLD_SEARCH.py] [--out JSON]

``--pages`` opens no window: it times ``db.search`` itself (CPU ms, median of
``--repeat`` warm calls) for the pages the links' indexes serve: sorted by
countries and by recommendations, both ways, the first page and a page deep in
the list (after the key half-way down), and filtered by a country (``--country``,
default PL): its first page by date and its count (capped as the list counts).
``--baseline`` loads another version of ``db/search.py`` (``git show
REV:db/search.py > OLD.py``) as ``db.search_baseline`` and times it in the same
run, call for call, alternating, each with its own keys.
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
    from bench._app_child import arg, find_named, probe_db, shown_window, wait_painted
    from bench._measure import median, proc_status_kb
else:
    from _app_child import arg, find_named, probe_db, shown_window, wait_painted
    from _measure import median, proc_status_kb

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cpu_ms(fn: Any) -> float:
    t0 = time.process_time()
    fn()
    return (time.process_time() - t0) * 1000


def pages_probe() -> None:
    """Time db.search's group-sort and country-filter pages, and a baseline version of it in the same run."""
    import importlib.util

    from db import search
    from db.store import Tracker

    db = probe_db()
    repeat = int(arg("--repeat", "7") or 7)
    country = str(arg("--country", "PL"))
    versions: dict[str, Any] = {"after": search}
    baseline = arg("--baseline")
    if baseline:
        spec = importlib.util.spec_from_file_location("db.search_baseline", baseline)
        assert spec is not None and spec.loader is not None
        old = importlib.util.module_from_spec(spec)
        sys.modules["db.search_baseline"] = old
        spec.loader.exec_module(old)
        versions = {"before": old, **versions}
    t = Tracker.open(db, user="probe", read_only=True)
    total = t.db.execute("SELECT count(*) FROM evidence").fetchone()[0]
    calls: dict[str, dict[str, Any]] = {name: {} for name in versions}
    jumps: dict[str, dict[str, float]] = {}
    for name, mod in versions.items():
        for sort in ("countries", "recommendations"):
            for desc in (False, True):
                way = "desc" if desc else "asc"
                calls[name][f"{sort} {way}: first page"] = (
                    lambda m=mod, s=sort, d=desc: m.search_keys(t, sort=s, descending=d, limit=200))
                # the jump to the middle (an OFFSET from the start: no key known near), timed once: seconds
                found: list[Any] = []
                ms = cpu_ms(lambda m=mod, s=sort, d=desc, into=found: into.extend(
                    m.search_keys(t, sort=s, descending=d, limit=200, offset=total // 2).keys))
                jumps.setdefault(f"{sort} {way}: jump to the middle (once)", {})[name] = round(ms, 1)
                middle = found[0]
                calls[name][f"{sort} {way}: page deep"] = (
                    lambda m=mod, s=sort, d=desc, k=middle: m.search_keys(t, sort=s, descending=d, after=k, limit=200))
        f = mod.EvidenceFilter(countries=[country])
        calls[name][f"country {country}: first page"] = lambda m=mod, f=f: m.search_keys(t, f, limit=200)
        calls[name][f"country {country}: count"] = lambda m=mod, f=f: m.count_evidence(t, f, cap=10_000)
    out: dict[str, Any] = {"db": db, "evidence": total, "repeat": repeat, **jumps}
    for what, once in jumps.items():
        print(what, once, flush=True)
    for what in calls["after"]:
        times: dict[str, list[float]] = {name: [] for name in versions}
        for _ in range(repeat):
            for name in versions:
                times[name].append(cpu_ms(calls[name][what]))
        out[what] = {name: round(median(ms) or 0.0, 1) for name, ms in times.items()}
        print(what, out[what], flush=True)
    t.close()
    if arg("--out"):
        Path(str(arg("--out"))).write_text(json.dumps(out, indent=1))


def main() -> None:
    if "--pages" in sys.argv:
        pages_probe()
        return
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    db = probe_db()
    sweep = int(arg("--sweep", "400") or 400)
    out: dict[str, Any] = {"db": db}
    with tempfile.TemporaryDirectory() as tmp:
        app, window = shown_window(db, Path(tmp))
        out["rss_window_open_mb"] = proc_status_kb("VmRSS") / 1024

        def show_tab() -> None:
            window.tabs.setCurrentIndex(1)
            table = find_named(window, "Evidence list")
            wait_painted(app, table.viewport(), timeout=60)

        out["first_page_ms"] = cpu_ms(show_tab)
        table = find_named(window, "Evidence list")
        assert find_named(window, "Search evidence") is not None
        model = table.model()
        app.processEvents()
        out["rows"] = model.rowCount()
        out["count_label"] = window.evidence_view.count_label.text()
        bar = table.verticalScrollBar()
        port = table.viewport()

        def scroll_to(value: int) -> None:
            bar.setValue(value)
            port.repaint()

        out["baseline_repaint_ms"] = median([cpu_ms(port.repaint) for _ in range(10)])
        mid = bar.maximum() // 2
        out["jump_middle_ms"] = cpu_ms(lambda: scroll_to(mid))
        deep = [cpu_ms(lambda i=i: scroll_to(mid + 200 * (i + 1))) for i in range(20)]
        out["next_page_deep_ms"] = {"median": median(deep), "max": max(deep)}
        top = [cpu_ms(lambda i=i: scroll_to(200 * (i + 1))) for i in range(20)]
        out["next_page_top_ms"] = {"median": median(top), "max": max(top)}
        scroll_to(0)
        out["scroll_to_bottom_ms"] = cpu_ms(lambda: (table.scrollToBottom(), port.repaint()))
        last = model.index(model.rowCount() - 1, 0)
        out["last_row"] = [last.data(), model.index(model.rowCount() - 1, 1).data()]
        scroll_to(0)
        table.setFocus()
        out["ctrl_end_ms"] = cpu_ms(lambda: (QTest.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier),
                                              port.repaint()))
        out["ctrl_end_row"] = table.currentIndex().row()

        # sweep the whole list, top to bottom, then back up: memory stays bounded
        sweep_ms = []
        for i in range(sweep + 1):
            sweep_ms.append(cpu_ms(lambda i=i: scroll_to(bar.maximum() * i // sweep)))
        out["sweep"] = {"jumps": sweep, "median_ms": median(sweep_ms), "max_ms": max(sweep_ms),
                        "cached_rows": model.cached_rows(), "cached_keys": model.cached_keys()}

        header = table.horizontalHeader()
        sorts: dict[str, float] = {}
        for col in range(model.columnCount()):
            name = str(model.headerData(col, Qt.Orientation.Horizontal))
            for order, way in ((Qt.SortOrder.AscendingOrder, "asc"), (Qt.SortOrder.DescendingOrder, "desc")):
                sorts[f"{name} {way}"] = cpu_ms(lambda c=col, o=order: (header.setSortIndicator(c, o),
                                                                       port.repaint()))
                if col in (2, 3) and way == "asc":
                    sorts[f"{name} asc: page deep"] = cpu_ms(lambda: scroll_to(400))
                    sorts[f"{name} asc: end"] = cpu_ms(lambda: (table.scrollToBottom(), port.repaint()))
                    sorts[f"{name} asc: middle"] = cpu_ms(lambda: scroll_to(bar.maximum() // 2))
                    scroll_to(0)
        out["sort_ms"] = sorts
        out["sort_max_ms"] = max(v for k, v in sorts.items() if ":" not in k)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        app.processEvents()
        out["peak_rss_mb"] = proc_status_kb("VmHWM") / 1024
        out["rss_end_mb"] = proc_status_kb("VmRSS") / 1024
        window.close()
    text = json.dumps(out, indent=1)
    print(text)
    if arg("--out"):
        Path(str(arg("--out"))).write_text(text)


if __name__ == "__main__":
    main()
