"""Figure 5 (start-up) counted in CPU instructions, which other programs on the machine cannot disturb.

    .venv/bin/python bench/startup_instructions.py                       # bare, floor, default tracker
    .venv/bin/python bench/startup_instructions.py --tracker /tmp/1m.db  # and a tracker at hand

Start-up CPU time (``scale_bench.py --only startup``) moves by ±15 % from run to run when anything else
runs; the instructions a process executes move by about 1 %.  Each start-up runs once under Valgrind
(``cachegrind`` with the cache simulation off: instructions only; ``apt-get install valgrind``), in the
same modes as the scale benchmark (``bench/_app_child.py``):

- ``bare``: a bare PySide6 window with an empty QTableView (figure 5's anchor);
- ``floor``: the least any app with our first screen does (the ``Qt`` namespace, a table model over the
  tracker's countries, a sort proxy, a delegate reading ``option.state``, tabs, menus with 33 actions,
  toolbar, dock, status bar) and none of our code: what the goal leaves for the app's own code is the
  distance from the floor to the goal;
- ``app``: Policy Tracker to the first paint of its matrix, on the default tracker and on ``--tracker``.

Prints each count, its ratio to the bare window, and the goal (≤ 1.5× on the default tracker, ≤ 2× at
1m).  Valgrind makes every run ~20× slower, so it takes about a minute.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

# Run as a script with bench/ on sys.path; mypy (base: the repo root) sees the module as bench._measure.
if TYPE_CHECKING:
    from bench._measure import returning_user
    from bench._source import compile_tree
else:
    from _measure import returning_user
    from _source import compile_tree

ROOT = Path(__file__).resolve().parents[1]
CHILD = ROOT / "bench" / "_app_child.py"


def instructions(mode: str, source: Path, *extra: str) -> int:
    """Instructions (Valgrind's "I refs") of one ``_app_child.py`` run of ``mode``."""
    # One hash seed: string hashing moves the count by ~1 % between runs otherwise.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONHASHSEED": "0"}
    env.pop("PYTHONPATH", None)
    with tempfile.TemporaryDirectory() as cfg:
        env.update(POLICY_TRACKER_CONFIG_DIR=cfg, XDG_CONFIG_HOME=cfg, XDG_DATA_HOME=cfg)
        returning_user(Path(cfg))
        out = subprocess.run(
            ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
             sys.executable, str(CHILD), mode, "--source", str(source), *extra],
            capture_output=True, text=True, env=env, cwd=cfg, check=False)
    found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if out.returncode != 0 or not found:
        raise SystemExit(f"{mode} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tracker", type=Path, help="also a tracker at hand (e.g. the 1m one in bench/.cache)")
    parser.add_argument("--source", type=Path, default=ROOT, help="the tree to measure (default: this one)")
    args = parser.parse_args(argv)
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    sys.path.insert(0, str(args.source))
    compile_tree(args.source)
    from db import Tracker

    with tempfile.TemporaryDirectory() as tmp:
        default = Path(tmp) / "default.db"
        Tracker.create(default, user="Bench").close()
        bare = instructions("bare-startup", args.source)
        rows = [("bare PySide6 window, empty table (anchor)", bare, ""),
                ("floor: the first screen's Qt machinery, no app code", instructions(
                    "floor-startup", args.source, "--db", str(default)), ""),
                ("Policy Tracker, default tracker", instructions("startup", args.source, "--db", str(default)),
                 "≤ 1.5×")]
        if args.tracker:
            rows.append((f"Policy Tracker, {args.tracker.name}",
                         instructions("startup", args.source, "--db", str(args.tracker.resolve())), "≤ 2× (at 1m)"))
    print("| start-up to the first paint | instructions | ÷ bare | goal |")
    print("| --- | ---: | ---: | --- |")
    for name, count, goal in rows:
        print(f"| {name} | {count:,} | {count / bare:.2f}× | {goal} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
