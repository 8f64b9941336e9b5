"""Issue 10, "instant at any size": every figure, next to its anchor and goal, in one run.

    .venv/bin/python bench/scale_bench.py                          # 10k, 100k and 1m evidence
    .venv/bin/python bench/scale_bench.py --sizes 10k,100k          # fewer sizes
    .venv/bin/python bench/scale_bench.py --source /tmp/bench-base  # measure another tree (a clean clone)
    .venv/bin/python bench/scale_bench.py --only startup --tracker /tmp/1m.db  # figure 5 only, on a file at hand

Trackers come from ``bench/make_tracker.py`` (200 countries × 50 recommendations,
deterministic seed, built through the project's own import, cached in
``bench/.cache/``).  Each size gets a fresh copy, and every measurement runs
the real app offscreen in its own process (``bench/_app_child.py``):

1. selecting a cell with a click, and keyboard moves in the "Status matrix",
   until the "Cell details" dock shows the new cell (median; worst too);
2. a status edit, evidence added, evidence edited, undo and redo, through
   ``window.ctx.run`` and ``ctx.undo_stack``, plus a repaint of the matrix
   and the details dock;
3. changing the "As of date", the "Group filter", "changes since", and
   opening the Scorecards tab (after the as-of date changed);
4. search: Enter in "Search evidence" until the first page is in the model
   (worst of ten queries, common and rare words, accents, no match);
   sorting the "Evidence list" by every column; scrolling it to the end
   (``scrollToBottom`` + ``fetchMore`` until ``canFetchMore`` is False;
   the deepest page's time and the total);
5. start-up CPU (user + sys, interpreter start included) to the first paint of
   the matrix, launched as ``policy-tracker --db FILE`` is, against a bare PySide6 window with an empty QTableView
   (median of ``--startup-runs`` fresh processes each), on the default tracker
   and on each size (with ``--only startup`` they take turns, round after
   round, so load from other programs hits the anchor and the app alike);
6. evidence CSV export (``tracker.export_files.export_to_file``) CPU and peak
   memory above the open tracker's, against ``csv.writer`` over one
   ``sqlite3`` cursor of the same rows and columns;
7. the peak resident memory of the process that did 1-4;
8. scores and ranks after the edits, in the matrix and the scorecards,
   against the bench's own computation from the assessments table.

Interactive figures are wall-clock latencies (``time.perf_counter``), medians
of up to ``--reps`` repetitions, cut short after ``--budget`` seconds per
figure (so a slow tree still finishes).  Prints one table per size and the
growth 10k → 100k → 1m; ``--json FILE`` keeps the raw figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Run as scripts with bench/ on sys.path; mypy (base: the repo root) sees these modules as bench.*.
if TYPE_CHECKING:
    from bench._measure import median, returning_user
    from bench._source import CACHE, compile_tree, source_from_argv, use_source
else:
    from _measure import median, returning_user
    from _source import CACHE, compile_tree, source_from_argv, use_source

CHILD = Path(__file__).resolve().parent / "_app_child.py"
MB = 1024  # KiB per MiB

# (key, figure, label, how to read the value, goal, unit)
FIGURES: list[tuple[str, str, str, str, float | None, str]] = [
    ("select_cell_click", "1", "select a cell (click, details dock)", "median_ms", 16, "ms"),
    ("keyboard_move", "1", "keyboard move in the matrix", "median_ms", 16, "ms"),
    ("keyboard_move", "1", "keyboard move, worst", "max_ms", None, "ms"),
    ("status_edit", "2", "status edit + repaint", "median_ms", 50, "ms"),
    ("status_undo", "2", "undo status edit", "median_ms", 50, "ms"),
    ("status_redo", "2", "redo status edit", "median_ms", 50, "ms"),
    ("evidence_add", "2", "evidence added", "median_ms", 50, "ms"),
    ("evidence_add_undo", "2", "undo evidence added", "median_ms", 50, "ms"),
    ("evidence_add_redo", "2", "redo evidence added", "median_ms", 50, "ms"),
    ("evidence_edit", "2", "evidence edited", "median_ms", 50, "ms"),
    ("evidence_edit_undo", "2", "undo evidence edited", "median_ms", 50, "ms"),
    ("as_of_change", "3", "change the as-of date", "median_ms", 100, "ms"),
    ("group_change", "3", "change the group filter", "median_ms", 100, "ms"),
    ("changes_since_toggle", "3", "toggle 'changes since'", "median_ms", 100, "ms"),
    ("open_scorecards", "3", "open the Scorecards tab", "median_ms", 100, "ms"),
    ("search_first_page", "4", "search, first page (worst query)", "max_ms", 100, "ms"),
    ("sort_evidence", "4", "sort evidence list (worst column that sorts)", "max_ms", 100, "ms"),
    ("scroll_to_end", "4", "scroll: a page deep in the list (median of 10)", "page_deep_ms", 16, "ms"),
    ("scroll_to_end", "4", "scroll to end: total", "total_ms", None, "ms"),
    ("scroll_to_end", "4", "scroll to end: scrollToBottom until painted", "to_bottom_ms", 100, "ms"),
]


def run_child(mode: str, source: Path, *extra: str, timeout: float = 3600) -> dict[str, Any] | None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTHONPATH", None)
    with tempfile.TemporaryDirectory() as cfg:
        env["POLICY_TRACKER_CONFIG_DIR"] = cfg
        env["XDG_CONFIG_HOME"] = cfg
        env["XDG_DATA_HOME"] = cfg
        returning_user(Path(cfg))
        command = [sys.executable, str(CHILD), mode, "--source", str(source), "--launched", repr(time.time()), *extra]
        try:
            out = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, cwd=cfg)
        except subprocess.TimeoutExpired:
            print(f"    {mode}: timed out after {timeout:.0f} s", file=sys.stderr)
            return None
    if out.returncode != 0:
        print(f"    {mode} failed ({out.returncode}):\n{out.stderr[-3000:]}", file=sys.stderr)
        return None
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    return json.loads(lines[-1]) if lines else None


def repeat_child(runs: int, slow: float, mode: str, source: Path, *extra: str) -> list[dict[str, Any]]:
    """``runs`` fresh processes; only one when the first took more than ``slow`` seconds."""
    results = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = run_child(mode, source, *extra)
        if r is not None:
            results.append(r)
        if time.perf_counter() - t0 > slow:
            break
    return results


def startup_figures(source: Path, db_path: Path | None, runs: int) -> dict[str, Any]:
    extra = ("--db", str(db_path)) if db_path else ()
    mode = "startup" if db_path else "bare-startup"
    rs = repeat_child(runs, 120, mode, source, *extra)
    return {"cpu": median([r["cpu"] for r in rs]), "wall": median([r["wall"] for r in rs]),
            "peak_rss_mb": median([r["peak_rss_kb"] / MB for r in rs]), "n": len(rs),
            "cpus": [round(r["cpu"], 3) for r in rs]}


def interleaved_startups(source: Path, dbs: dict[str, Path], runs: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """The bare window and each tracker in ``dbs``, one fresh process each, taking turns, ``runs`` rounds.

    Load from other programs drifts over a run of minutes; in turns, every figure and the anchor share it.
    Each tracker's figures also hold ``paired``, the median of its ratio to the bare window of the same round.
    """
    rounds: dict[str, list[dict[str, Any]]] = {"bare": [], **{label: [] for label in dbs}}
    for _ in range(runs):
        for label, r in [("bare", run_child("bare-startup", source)),
                         *((label, run_child("startup", source, "--db", str(db))) for label, db in dbs.items())]:
            rounds[label].append(r or {})

    def figures(rs: list[dict[str, Any]]) -> dict[str, Any]:
        rs = [r for r in rs if r]
        return {"cpu": median([r["cpu"] for r in rs]), "wall": median([r["wall"] for r in rs]),
                "peak_rss_mb": median([r["peak_rss_kb"] / MB for r in rs]), "n": len(rs),
                "cpus": [round(r["cpu"], 3) for r in rs]}

    bare = figures(rounds["bare"])
    out = {}
    for label in dbs:
        out[label] = figures(rounds[label])
        out[label]["paired"] = median([r["cpu"] / b["cpu"] for r, b in zip(rounds[label], rounds["bare"], strict=True)
                                       if r and b])
    return bare, out


def count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            n += chunk.count(b"\n")
    return n


def export_figures(source: Path, db_path: Path, runs: int, scratch: Path) -> dict[str, Any]:
    ours, bare = [], []
    for i in range(runs):
        t0 = time.perf_counter()
        r = run_child("export", source, "--db", str(db_path), "--out", str(scratch / "ours.csv"))
        b = run_child("export-bare", source, "--db", str(db_path), "--out", str(scratch / "bare.csv"))
        if r:
            ours.append(r)
        if b:
            bare.append(b)
        if time.perf_counter() - t0 > 120 and i >= 0:
            break
    result: dict[str, Any] = {"n": len(ours)}
    if ours and bare:
        result.update(
            cpu=median([r["cpu"] for r in ours]), anchor_cpu=median([b["cpu"] for b in bare]),
            wall=median([r["wall"] for r in ours]), anchor_wall=median([b["wall"] for b in bare]),
            mem_above_mb=max((r["peak_rss_kb"] - r["rss_before_kb"]) / MB for r in ours),
            anchor_mem_above_mb=max((b["peak_rss_kb"] - b["rss_before_kb"]) / MB for b in bare),
            rows=count_lines(scratch / "ours.csv") - 1, anchor_rows=count_lines(scratch / "bare.csv") - 1,
        )
    for f in ("ours.csv", "bare.csv"):
        (scratch / f).unlink(missing_ok=True)
    return result


def rare_queries(db_path: Path, seed: int) -> list[str]:
    """Two of the generator's rare words that occur in the tracker (the first ones found)."""
    if TYPE_CHECKING:
        from bench.make_tracker import rare_words_in
    else:
        from make_tracker import rare_words_in

    return rare_words_in(db_path, seed)


def evidence_count(db_path: Path) -> int:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)  # leaves no -wal/-shm beside it
    try:
        return int(conn.execute("SELECT count(*) FROM evidence").fetchone()[0])
    finally:
        conn.close()


def measure_size(label: str, n: int, args: argparse.Namespace, source: Path, scratch: Path,
                 given: Path | None = None) -> dict[str, Any]:
    """Every figure on one tracker: built (or cached) for ``n`` evidence, or the file ``given`` (``--tracker``)."""
    if TYPE_CHECKING:
        from bench.make_tracker import make_tracker
    else:
        from make_tracker import make_tracker

    t0 = time.perf_counter()
    cached = given or make_tracker(None, evidence=n, seed=args.seed, quiet=False)
    print(f"  [{label}] tracker ready ({time.perf_counter() - t0:.1f} s): {cached.name}", file=sys.stderr)
    work = scratch / f"{label}.db"
    shutil.copyfile(cached, work)
    upgrade_first(work)
    fig: dict[str, Any] = {"evidence": n}
    if not args.skip_startup:
        t0 = time.perf_counter()
        fig["startup"] = startup_figures(source, work, args.startup_runs)
        print(f"  [{label}] start-up done ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    if args.only == "startup":  # the quick mode: figure 5 alone
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        return fig
    out = scratch / f"{label}-interactive.json"
    t0 = time.perf_counter()
    run_child("interactive", source, "--db", str(work), "--out", str(out), "--reps", str(args.reps),
              "--budget", str(args.budget), "--rare", ",".join(rare_queries(cached, args.seed)),
              *(("--only", args.only) if args.only else ()), timeout=args.child_timeout)
    fig["interactive"] = json.loads(out.read_text()) if out.exists() else {}
    print(f"  [{label}] interactive done ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    if not args.skip_export:
        t0 = time.perf_counter()
        fig["export"] = export_figures(source, work, args.export_runs, scratch)
        print(f"  [{label}] export done ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    return fig


def upgrade_first(path: Path) -> None:
    """Bring a tracker written by an older version (a cached or ``--tracker`` file) up to this one before
    anything is timed: the one-time upgrade is not start-up (and keeps no copy of the file as it was)."""
    from db.store import pending_upgrade, upgrade

    if not pending_upgrade(path):
        return
    t0 = time.perf_counter()
    before = os.environ.get("POLICY_TRACKER_DATA_DIR")
    os.environ["POLICY_TRACKER_DATA_DIR"] = str(path.parent)  # any automatic backup goes to the scratch folder
    try:
        upgrade(path, keep_copy=False)
    finally:
        if before is None:
            os.environ.pop("POLICY_TRACKER_DATA_DIR", None)
        else:
            os.environ["POLICY_TRACKER_DATA_DIR"] = before
    print(f"    upgraded {path.name} first ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)


# --------------------------------------------------------------------------- report
def fmt(value: float | None, unit: str = "ms") -> str:
    if value is None:
        return "—"
    if unit == "ms":
        return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms"
    if unit == "x":
        return f"{value:.2f}×"
    if unit == "s":
        return f"{value:.3f} s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value}"


def verdict(value: float | None, goal: float | None) -> str:
    if goal is None:
        return "info"
    if value is None:
        return "FAIL (n/a)"
    return "PASS" if value <= goal else "FAIL"


def rows_for(fig: dict[str, Any], bare_startup: dict[str, Any], default_startup: dict[str, Any] | None,
             big: bool) -> list[tuple[str, ...]]:
    """(figure, what, measured, its CPU, anchor, ratio, goal + verdict) for one size."""
    rows: list[tuple[str, ...]] = []
    inter = fig.get("interactive", {})
    anchor = inter.get("anchor_bare_table_repaint", {}).get("median_ms")
    anchor_text = f"bare QTableView repaint {fmt(anchor)}" if anchor else "—"
    for key, number, label, field, goal, _unit in FIGURES if "interactive" in fig else []:
        entry = inter.get(key) or {}
        value = entry.get(field)
        extra = ""
        if field == "page_deep_ms" and value is None and entry.get("page_last_ms") is not None:
            value, extra = entry["page_last_ms"], " (last page: an early run of this benchmark)"
        if key == "keyboard_move" and field == "median_ms" and entry.get("max_ms") is not None:
            extra = f" (worst {fmt(entry['max_ms'])}, n={entry.get('n')})"
        elif key == "sort_evidence" and entry and not entry.get("sortable"):
            extra = " (not sortable)"
        elif key == "sort_evidence" and entry:
            unsorted = sorted({k.rsplit(" ", 1)[0] for k, v in entry.get("per_column", {}).items() if v is None})
            extra = f" (n={entry.get('n')}; did not sort: {', '.join(unsorted) or 'none'})"
        elif key == "scroll_to_end" and entry and not extra:
            extra = (f" ({entry.get('pages')} pages, {entry.get('rows_loaded'):,} rows"
                     f"{', CAPPED' if entry.get('capped') else ''})") if field == "total_ms" else (
                f" (median page {fmt(entry.get('page_median_ms'))})")
        elif entry.get("n") is not None and field != "max_ms":
            extra = f" (n={entry['n']})"
        ratio = f"{value / anchor:.1f}×" if value is not None and anchor and number in "123" else ""
        cpu = entry.get({"median_ms": "cpu_median_ms", "max_ms": "cpu_max_ms"}.get(field, ""))
        rows.append((number, label, fmt(value) + extra, fmt(cpu) if cpu is not None else "",
                     anchor_text if number in "123" else "—", ratio,
                     f"≤ {goal:g} ms {verdict(value, goal)}" if goal is not None else "info"))
    st = fig.get("startup")
    if st and bare_startup.get("cpu"):
        ratio = st["cpu"] / bare_startup["cpu"]
        goal = 2.0
        paired = f" (rounds: {st['paired']:.2f}×)" if st.get("paired") else ""
        rows.append(("5", "start-up CPU to painted window", f"{fmt(st['cpu'], 's')} (wall {st['wall']:.2f} s)", "",
                     f"bare window {fmt(bare_startup['cpu'], 's')}", f"{ratio:.2f}×{paired}",
                     f"≤ {goal:g}× {verdict(ratio, goal)}"))
    ex = fig.get("export") or {}
    if ex.get("cpu") is not None:
        ratio = ex["cpu"] / ex["anchor_cpu"]
        same = "" if ex["rows"] == ex["anchor_rows"] else f" ROWS DIFFER {ex['rows']} vs {ex['anchor_rows']}"
        rows.append(("6", f"evidence CSV export CPU ({ex['rows']:,} rows)", fmt(ex["cpu"], "s"), "",
                     f"csv.writer + sqlite3 {fmt(ex['anchor_cpu'], 's')}{same}", f"{ratio:.2f}×",
                     f"≤ 1.3× {verdict(ratio, 1.3)}"))
        mem = ex["mem_above_mb"]
        rows.append(("6", "export memory above the open tracker", fmt(mem, "MB"), "",
                     f"bare {fmt(ex['anchor_mem_above_mb'], 'MB')}", "", f"≤ 100 MB {verdict(mem, 100)}"))
    if inter.get("peak_rss_kb"):
        peak = inter["peak_rss_kb"] / MB
        before = inter.get("rss_before_scroll_kb")
        bare_rss = f"bare window {fmt(bare_startup.get('peak_rss_mb'), 'MB')}"
        if before:
            rows.append(("7", "app memory: open, select, edit, tabs, search, sort (peak RSS)",
                         fmt(before / MB, "MB"), "", bare_rss, "", f"≤ 300 MB {verdict(before / MB, 300)}"))
        scroll = inter.get("scroll_to_end") or {}
        rows.append(("7", "app memory after also scrolling the evidence list to the end (peak RSS)",
                     fmt(peak, "MB") + (f" ({scroll['rows_loaded']:,} rows loaded)" if scroll else ""), "", bare_rss,
                     "", f"≤ 300 MB {verdict(peak, 300)}"))
    sc = inter.get("scores_exact")
    if sc:
        rows.append(("8", "scores and ranks exact after edits", f"{'yes' if sc['ok'] else 'NO'} "
                     f"({sc['checked']} checked, {sc['n_problems']} wrong)", "", "own SQL + Fraction", "",
                     "exact " + ("PASS" if sc["ok"] else "FAIL")))
    return rows


def growth_value(fig: dict[str, Any], key: str, field: str) -> float | None:
    if key == "startup":
        return (fig.get("startup") or {}).get("cpu")
    if key == "export":
        return (fig.get("export") or {}).get("cpu")
    if key == "memory":
        kb = fig.get("interactive", {}).get("peak_rss_kb")
        return kb / MB if kb else None
    return (fig.get("interactive", {}).get(key) or {}).get(field)


def print_report(results: dict[str, Any], out: Any = sys.stdout) -> None:
    def p(text: str = "") -> None:
        print(text, file=out)

    p(f"Source: {results['source']} ({results['revision']})  ·  {results['machine']}")
    p(f"Command: {results['command']}")
    bare = results["bare_startup"]
    p(f"Anchor, bare PySide6 window with an empty QTableView: start-up CPU {fmt(bare.get('cpu'), 's')} "
      f"(median of {bare.get('n')}; {bare.get('cpus')}), peak RSS {fmt(bare.get('peak_rss_mb'), 'MB')}")
    default = results.get("default_startup")
    if default and default.get("cpu") and bare.get("cpu"):
        ratio = default["cpu"] / bare["cpu"]
        p(f"Figure 5 on the default tracker: start-up CPU {fmt(default['cpu'], 's')} (median of {default['n']}; "
          f"{default['cpus']}) = {ratio:.2f}× the bare window; goal ≤ 1.5×: {verdict(ratio, 1.5)}")
        if default.get("paired"):
            p(f"  (in turns with the bare window: median of the ratios of each round {default['paired']:.2f}×)")
    for label, fig in results["sizes"].items():
        p()
        p(f"### {label} evidence ({fig['evidence']:,})")
        p()
        p("| # | what | measured (wall) | CPU of it | anchor (same run) | ratio | goal |")
        p("|---|---|---|---|---|---|---|")
        for row in rows_for(fig, bare, default, label == "1m"):
            p("| " + " | ".join(row) + " |")
        notes = fig.get("interactive", {}).get("notes") or []
        if "interactive" in fig and not fig["interactive"]:
            notes = ["the interactive process gave no figures (failed or timed out)"]
        for note in notes:
            p(f"\nNote: {note}")
        opened = fig.get("interactive", {}).get("open_window_s")
        if opened is not None:
            p(f"\nWindow opened (built, shown, painted) in {opened:.2f} s in the interactive process.")
    labels = list(results["sizes"])
    if len(labels) > 1:
        p()
        p("### Growth " + " → ".join(labels))
        p()
        p("| figure | " + " | ".join(labels) + f" | {labels[-1]} / {labels[0]} |")
        p("|---|" + "---|" * (len(labels) + 1))
        series = [(f"{k} ({f})", k, f, "ms") for k, _n, _l, f, _g, _u in FIGURES]
        series += [("start-up CPU", "startup", "", "s"), ("export CPU", "export", "", "s"),
                   ("peak RSS", "memory", "", "MB")]
        for name, key, field, unit in series:
            values = [growth_value(results["sizes"][lb], key, field) for lb in labels]
            first, last = values[0], values[-1]
            ratio = f"{last / first:.1f}×" if first and last else "—"
            p(f"| {name} | " + " | ".join(fmt(v, unit) for v in values) + f" | {ratio} |")


def summary_value(fig: dict[str, Any], key: str, field: str, bare_cpu: float | None) -> tuple[float | None, str]:
    """One figure's value and its text (with the CPU of it where there is one) for the before/after table."""
    if key == "startup":
        st = fig.get("startup") or {}
        v = st["cpu"] / bare_cpu if st.get("cpu") and bare_cpu else None
        return v, fmt(v, "x")
    if key == "export":
        ex = fig.get("export") or {}
        v = ex["cpu"] / ex["anchor_cpu"] if ex.get("cpu") and ex.get("anchor_cpu") else None
        return v, fmt(v, "x")
    if key == "export_mem":
        v = (fig.get("export") or {}).get("mem_above_mb")
        return v, fmt(v, "MB")
    if key in ("memory", "memory_before_scroll"):
        kb = fig.get("interactive", {}).get("peak_rss_kb" if key == "memory" else "rss_before_scroll_kb")
        return (kb / MB if kb else None), fmt(kb / MB if kb else None, "MB")
    if key == "scores":
        sc = fig.get("interactive", {}).get("scores_exact")
        return (None, "—") if not sc else ((0.0, "exact") if sc["ok"] else (1.0, f"{sc['n_problems']} wrong"))
    entry = fig.get("interactive", {}).get(key) or {}
    v = entry.get(field)
    if field == "page_deep_ms" and v is None:
        v = entry.get("page_last_ms")
    cpu = entry.get({"median_ms": "cpu_median_ms", "max_ms": "cpu_max_ms"}.get(field, ""))
    if key == "sort_evidence" and entry and not entry.get("sortable"):
        return None, "not sortable"
    text = fmt(v) + (f" ({fmt(cpu)} CPU)" if cpu is not None else "")
    if key == "scroll_to_end" and field == "total_ms" and entry.get("capped"):
        text += f", capped at {entry.get('rows_loaded'):,} rows"
    return v, text


def merged_runs(paths: list[str]) -> dict[str, Any]:
    """Several --json files as one run: a size measured by a later file replaces the earlier one's."""
    runs = [json.loads(Path(p).read_text()) for p in paths]
    merged = {**runs[0], "sizes": {}}
    for run in runs:
        for label, fig in run["sizes"].items():
            merged["sizes"][label] = {**fig, "bare_startup": run.get("bare_startup")}
    if len(runs) > 1:
        merged["started"] = "; ".join(f"{', '.join(r['sizes'])} at {r.get('started', '?')}" for r in runs)
    return merged


def print_compare(before: dict[str, Any], after: dict[str, Any]) -> None:
    """One table: every figure, before and after, at every size either run measured."""
    labels = [lb for lb in after["sizes"] if lb in before["sizes"]] or list(after["sizes"])
    print(f"Before: {before['source']} ({before['revision']}), {before.get('started', '')}")
    print(f"After:  {after['source']} ({after['revision']}), {after.get('started', '')}")
    print()
    head = " | ".join(f"{lb} before | {lb} after" for lb in labels)
    print(f"| # | figure | goal | {head} |")
    print("|---|---|---|" + "---|---|" * len(labels))
    series = [(n, label, key, field, f"≤ {goal:g} ms" if goal is not None else "info")
              for key, n, label, field, goal, _u in FIGURES]
    series += [("5", "start-up CPU ÷ bare window", "startup", "", "≤ 2×"),
               ("6", "export CPU ÷ csv.writer + sqlite3", "export", "", "≤ 1.3×"),
               ("6", "export memory above the open tracker", "export_mem", "", "≤ 100 MB"),
               ("7", "app memory: open, select, edit, tabs, search (peak RSS)", "memory_before_scroll", "",
                "≤ 300 MB"),
               ("7", "app memory after also scrolling to the end", "memory", "", "≤ 300 MB"),
               ("8", "scores and ranks after edits", "scores", "", "exact")]
    for n, label, key, field, goal in series:
        cells = []
        for lb in labels:
            for run in (before, after):
                fig = run["sizes"].get(lb)
                bare = ((fig or {}).get("bare_startup") or run.get("bare_startup") or {}).get("cpu")
                cells.append(summary_value(fig, key, field, bare)[1] if fig else "—")
        print(f"| {n} | {label} | {goal} | " + " | ".join(cells) + " |")
    for run, name in ((before, "before"), (after, "after")):
        d, b = run.get("default_startup") or {}, (run.get("bare_startup") or {}).get("cpu")
        if d.get("cpu") and b:
            print(f"\nStart-up on the default tracker, {name}: {d['cpu'] / b:.2f}× the bare window "
                  f"({d['cpu']:.3f} s ÷ {b:.3f} s); goal ≤ 1.5×.")


# --------------------------------------------------------------------------- main
def revision(source: Path) -> str:
    try:
        rev = subprocess.run(["git", "-C", str(source), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(source), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        return rev + (" + uncommitted changes" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown revision"


def quick_startup(args: argparse.Namespace, source: Path, scratch: Path, results: dict[str, Any]) -> None:
    """``--only startup``: the bare window, the default tracker and each size (or ``--tracker``), in turns."""
    from db import Tracker

    if TYPE_CHECKING:
        from bench.make_tracker import make_tracker, parse_count, size_label
    else:
        from make_tracker import make_tracker, parse_count, size_label

    default = scratch / "default.db"
    Tracker.create(default, user="Bench").close()
    dbs: dict[str, Path] = {"default": default}
    sizes: dict[str, int] = {}
    todo: list[tuple[Path | None, int]] = [(Path(f).resolve(), evidence_count(Path(f))) for f in args.tracker]
    for path, n in todo or [(None, parse_count(text)) for text in args.sizes.split(",")]:
        label = size_label(n)
        work = scratch / f"{label}.db"
        shutil.copyfile(path or make_tracker(None, evidence=n, seed=args.seed, quiet=False), work)
        upgrade_first(work)
        dbs[label], sizes[label] = work, n
    runs = max(args.startup_runs, 3)
    print(f"start-up: bare window, {', '.join(dbs)} in turns, {runs} rounds…", file=sys.stderr)
    results["bare_startup"], figures = interleaved_startups(source, dbs, runs)
    results["default_startup"] = figures.pop("default")
    for label, fig in figures.items():
        results["sizes"][label] = {"evidence": sizes[label], "startup": fig}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k,1m", help="evidence counts, comma-separated (10k,100k,1m)")
    parser.add_argument("--source", help="source tree to measure (default: this checkout)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reps", type=int, default=10, help="repetitions of each interaction (median reported)")
    parser.add_argument("--budget", type=float, default=20, help="seconds per interactive figure before cutting reps")
    parser.add_argument("--startup-runs", type=int, default=3)
    parser.add_argument("--export-runs", type=int, default=3)
    parser.add_argument("--child-timeout", type=float, default=3600)
    parser.add_argument("--skip-startup", action="store_true")
    parser.add_argument("--skip-export", action="store_true")
    parser.add_argument("--only", help="'startup': figure 5 alone (bare window, default tracker, each size); "
                        "else interactive steps: anchor,select,edits,scores,views,search")
    parser.add_argument("--tracker", action="append", default=[], metavar="FILE",
                        help="measure this tracker file (copied first; never written) instead of building --sizes")
    parser.add_argument("--json", help="also write the raw figures to this file")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"),
                        help="before/after table of two --json runs (each may be A.json,B.json: B's sizes win)")
    parser.add_argument("--report-from", metavar="JSON", help="print the report of an earlier --json file and exit")
    args = parser.parse_args()
    if args.compare:
        print_compare(*(merged_runs(arg.split(",")) for arg in args.compare))
        return
    if args.report_from:
        print_report(json.loads(Path(args.report_from).read_text()))
        return
    source = use_source(source_from_argv(["--source", args.source] if args.source else []))
    compile_tree(source)
    import PySide6

    if TYPE_CHECKING:
        from bench.make_tracker import parse_count, size_label
    else:
        from make_tracker import parse_count, size_label

    results: dict[str, Any] = {
        "source": str(source), "revision": revision(source),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, PySide6 "
                   f"{PySide6.__version__}, {os.cpu_count()} CPUs, {platform.machine()}",
        "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()), "sizes": {},
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=CACHE, prefix="run-") as tmp:
        scratch = Path(tmp)
        if args.only == "startup":  # figure 5 alone: the anchor and every tracker take turns (see above)
            quick_startup(args, source, scratch, results)
            results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
            if args.json:
                Path(args.json).write_text(json.dumps(results, indent=1))
            print()
            print_report(results)
            return
        print("bare window start-up…", file=sys.stderr)
        results["bare_startup"] = startup_figures(source, None, max(args.startup_runs, 3))
        if not args.skip_startup:
            from db import Tracker

            default = scratch / "default.db"
            Tracker.create(default, user="Bench").close()
            print("default tracker start-up…", file=sys.stderr)
            results["default_startup"] = startup_figures(source, default, max(args.startup_runs, 3))
        todo: list[tuple[Path | None, int]] = [(Path(f).resolve(), evidence_count(Path(f))) for f in args.tracker]
        todo = todo or [(None, parse_count(text)) for text in args.sizes.split(",")]
        for path, n in todo:
            label = size_label(n)
            results["sizes"][label] = measure_size(label, n, args, source, scratch, path)
            if args.json:
                Path(args.json).write_text(json.dumps(results, indent=1))
    results["finished"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    print()
    print_report(results)


if __name__ == "__main__":
    main()
