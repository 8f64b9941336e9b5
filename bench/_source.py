"""Which source tree the benchmark runs: ``--source DIR`` puts DIR first on ``sys.path``.

The virtualenv has the project installed in editable mode (pointing at this
checkout), so measuring another tree (a clean clone of the committed code, for
"before" figures) needs that tree first on the path *before* ``db`` or
``tracker`` is imported.  :func:`use_source` does that and checks it worked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
CACHE = BENCH / ".cache"


def source_from_argv(argv: list[str]) -> Path:
    """``--source DIR`` (or ``--source=DIR``) from the command line, else $BENCH_SOURCE, else this checkout."""
    for i, arg in enumerate(argv):
        if arg == "--source" and i + 1 < len(argv):
            return Path(argv[i + 1]).resolve()
        if arg.startswith("--source="):
            return Path(arg.split("=", 1)[1]).resolve()
    return Path(os.environ.get("BENCH_SOURCE", ROOT)).resolve()


def use_source(source: Path) -> Path:
    """Import ``db`` and ``tracker`` from ``source``; fail loudly if they are already imported from elsewhere."""
    source = source.resolve()
    if str(source) in sys.path:
        sys.path.remove(str(source))
    sys.path.insert(0, str(source))
    os.environ["BENCH_SOURCE"] = str(source)
    import db
    import tracker

    for mod in (db, tracker):
        where = Path(mod.__file__ or "").resolve()
        if source not in where.parents:
            raise SystemExit(f"{mod.__name__} comes from {where}, not from {source}")
    return source


def compile_tree(source: Path) -> None:
    """Write the byte code of ``source``'s packages, as installing the app does.

    A start-up measured with a stale or missing ``.pyc`` (a file edited since, or ``PYTHONDONTWRITEBYTECODE``
    set) compiles those modules from source every time: ~16 M instructions more after a day's edits.
    """
    import compileall

    for package in ("db", "tracker"):
        compileall.compile_dir(str(source / package), quiet=2)
