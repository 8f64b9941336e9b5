"""``policy-tracker``: open the desktop app at once, or hand a command to :mod:`tracker.cli`.

Opening the app is what people do many times a day, from a menu, a file manager or a shortcut:
``policy-tracker`` alone or ``policy-tracker --db FILE``.  Building the command line's parser for
its twenty commands (and importing what they need: exports, backups, checks) cost that start about
60 million instructions (4 %) that the window does not need, so those two forms go straight to the window;
every other command line (a subcommand, ``--help``, ``--screenshot``, a mistake) is parsed by
:func:`tracker.cli.main`, exactly as before, and a mistake gets its usual message.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import NoReturn

#: How the command line names the tracker to open.
DB_OPTION = "--db"


def app_only(argv: Sequence[str]) -> tuple[str | None] | None:
    """``(db_path,)`` when ``argv`` only opens the app (nothing, ``--db PATH`` or ``--db=PATH``), else None.

    Anything else, even a form argparse would also take (``--db PATH --db OTHER``, an abbreviation),
    is left to :func:`tracker.cli.main`: this never decides differently from the parser.
    """
    if not argv:
        return (None,)
    if len(argv) == 2 and argv[0] == DB_OPTION and argv[1] and not argv[1].startswith("-"):
        return (argv[1],)
    if len(argv) == 1 and argv[0].startswith(f"{DB_OPTION}=") and len(argv[0]) > len(DB_OPTION) + 1:
        return (argv[0][len(DB_OPTION) + 1:],)
    return None


def open_app(db_path: str | None) -> int:
    """Open the app on ``db_path`` (None: the most recent tracker); returns the exit code.

    An error the window does not handle itself is said as the command line says it (and exits with its code).
    """
    import sqlite3

    from db import TrackerError

    from .ui.app import run  # Qt is imported only for the window

    try:
        return run(db_path=db_path)
    except (TrackerError, sqlite3.OperationalError, OSError, KeyboardInterrupt) as exc:
        from .cli import failure_exit

        return failure_exit(exc, sys.stderr)


def entry_point() -> NoReturn:
    """Console-script wrapper: open the app, or run the command line's command; exit with its code."""
    opening = app_only(sys.argv[1:])
    if opening is None:
        from .cli import entry_point as command_line

        command_line()
    code = open_app(opening[0])
    sys.stdout.flush()
    raise SystemExit(code)


if __name__ == "__main__":
    entry_point()
