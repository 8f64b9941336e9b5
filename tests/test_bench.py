"""The scale benchmark's tracker generator (bench/make_tracker.py), at a tiny size, and its start-up modes."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

# bench/ is put on sys.path above; mypy (base: the repo root) sees the module as bench.make_tracker.
if TYPE_CHECKING:
    from bench._measure import returning_user
    from bench.make_tracker import make_tracker, parse_count, status_row_count
else:
    from _measure import returning_user
    from make_tracker import make_tracker, parse_count, status_row_count


class Shape(TypedDict):
    evidence: int
    countries: int
    recommendations: int
    linked_cells: int
    per_cell: Counter[tuple[str, str]]
    lodz: int
    dates: tuple[str, str]
    titles: list[str]


def shape(path: Path) -> Shape:
    conn = sqlite3.connect(path)
    try:
        per_cell = Counter(conn.execute("SELECT country_code, recommendation_code FROM assessments"))
        return {
            "evidence": conn.execute("SELECT count(*) FROM evidence").fetchone()[0],
            "countries": conn.execute("SELECT count(*) FROM countries").fetchone()[0],
            "recommendations": conn.execute("SELECT count(*) FROM recommendations").fetchone()[0],
            "linked_cells": conn.execute(
                "SELECT count(*) FROM (SELECT DISTINCT country_code, recommendation_code FROM evidence_links)"
            ).fetchone()[0],
            "per_cell": per_cell,
            "lodz": conn.execute("SELECT count(*) FROM evidence WHERE title LIKE '%Łódź%' OR notes LIKE '%Łódź%'")
            .fetchone()[0],
            "dates": conn.execute("SELECT min(event_date), max(event_date) FROM evidence").fetchone(),
            "titles": [r[0] for r in conn.execute("SELECT title FROM evidence ORDER BY url")],
        }
    finally:
        conn.close()


def test_tiny_tracker_has_the_asked_for_shape(tmp_path: Path) -> None:
    path = make_tracker(tmp_path / "tiny.db", evidence=300, countries=20, recommendations=5,
                        assessments_per_cell=1, seed=3, cache=False)
    s = shape(path)
    assert s["evidence"] == 300
    assert (s["countries"], s["recommendations"]) == (20, 5)
    assert s["linked_cells"] == 100  # every cell has evidence
    per_cell = s["per_cell"]
    assert isinstance(per_cell, Counter)
    assert sum(per_cell.values()) == status_row_count(300, 20, 5, 1) == 100
    assert set(per_cell.values()) == {1}  # statuses are dealt to the cells in turn: one each
    assert s["lodz"] > 0
    assert s["dates"][0] >= "2018-01-01" and s["dates"][1] <= "2025-12-31"
    titles = s["titles"]
    assert isinstance(titles, list)
    assert sum("government" in t for t in titles) > 0.8 * len(titles)  # a word that matches most of the tracker


def test_same_seed_same_content(tmp_path: Path) -> None:
    a = shape(make_tracker(tmp_path / "a.db", evidence=120, countries=10, recommendations=3, seed=5, cache=False))
    b = shape(make_tracker(tmp_path / "b.db", evidence=120, countries=10, recommendations=3, seed=5, cache=False))
    c = shape(make_tracker(tmp_path / "c.db", evidence=120, countries=10, recommendations=3, seed=6, cache=False))
    assert a == b
    assert a["titles"] != c["titles"]
    # 120 evidence, 30 cells: min(30 × 10, 60) = 60 statuses, two per cell
    assert set(a["per_cell"].values()) == {2}


@pytest.mark.parametrize(("text", "n"), [("300", 300), ("10k", 10_000), ("1m", 1_000_000), ("1_000", 1_000)])
def test_parse_count(text: str, n: int) -> None:
    assert parse_count(text) == n


@pytest.mark.parametrize("mode", ["bare-startup", "floor-startup", "startup"])
def test_each_start_up_the_benchmark_measures_reaches_its_first_paint(
    mode: str, tmp_path: Path, tracker_path: Path
) -> None:
    """Figure 5's three processes (the anchor, the floor, ``policy-tracker --db FILE``) each paint and report."""
    config = tmp_path / "config"
    config.mkdir()
    returning_user(config)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "POLICY_TRACKER_CONFIG_DIR": str(config), "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(config)}
    extra = [] if mode == "bare-startup" else ["--db", str(tracker_path)]
    done = subprocess.run([sys.executable, str(BENCH / "_app_child.py"), mode, "--source", str(BENCH.parent), *extra],
                          capture_output=True, text=True, env=env, cwd=config, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])
    assert figures["cpu"] > 0 and figures["wall"] > 0 and figures["peak_rss_kb"] > 0


def test_the_dialog_probe_opens_every_dialog_it_times(tmp_path: Path) -> None:
    """``bench/dialog_probe.py`` (issue 10: every interaction, dialogs too) really shows each dialog and window."""
    path = make_tracker(tmp_path / "tiny.db", evidence=300, countries=20, recommendations=5, seed=3, cache=False)
    config = tmp_path / "config"
    config.mkdir()
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "POLICY_TRACKER_CONFIG_DIR": str(config), "XDG_CONFIG_HOME": str(config), "XDG_DATA_HOME": str(config)}
    done = subprocess.run([sys.executable, str(BENCH / "dialog_probe.py"), "--db", str(path)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    figures = json.loads(done.stdout)
    steps = figures["steps"]
    assert figures["evidence"] == 300
    titles = {name: step["title"] for name, step in steps.items() if not name.endswith("_first_show")}
    assert titles["set_status_cold"].startswith("Set status — ") and titles["export_warm"] == "Export"
    assert all(titles.values()), [name for name, title in titles.items() if not title]  # each one was shown
    assert all(step["wall_ms"] > 0 and step["cpu_ms"] >= 0 for step in steps.values())
    assert {name for name in steps if name.endswith("_first_show")} == {
        "evidence_tab_first_show", "scorecards_tab_first_show", "history_tab_first_show", "review_tab_first_show"}
