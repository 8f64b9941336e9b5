"""Per-person preferences shared by the app and the command line (no Qt).

Stored as JSON in the user's configuration folder so that ``--user`` has a
sensible default in scheduled jobs as well as in the app.  Tests point
``POLICY_TRACKER_CONFIG_DIR`` at a temporary folder.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

from db.records import record

APP_DIR_NAME = "PolicyTracker"


def config_dir() -> Path:
    override = os.environ.get("POLICY_TRACKER_CONFIG_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / APP_DIR_NAME


@record
class Preferences:
    user_name: str = ""
    #: None: use the tracker's own review interval (from its codebook).
    review_interval_days: int | None = None
    csv_bom: bool = True
    #: The interface's language code ("be", "pl", ...); "" follows the system. Applied at the next start.
    language: str = ""

    @classmethod
    def load(cls) -> Preferences:
        """Read the preferences; a missing or damaged file gives the defaults."""
        path = config_dir() / "preferences.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        prefs = cls()
        if isinstance(raw, dict):
            if isinstance(raw.get("user_name"), str):
                prefs.user_name = raw["user_name"].strip()
            if isinstance(raw.get("review_interval_days"), int) and raw["review_interval_days"] > 0:
                prefs.review_interval_days = raw["review_interval_days"]
            if isinstance(raw.get("csv_bom"), bool):
                prefs.csv_bom = raw["csv_bom"]
            if isinstance(raw.get("language"), str):
                prefs.language = raw["language"].strip()
        return prefs

    def save(self) -> None:
        """Write atomically, so a crash never leaves half a file."""
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".preferences-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(asdict(self), fh, indent=2)
            os.replace(tmp, folder / "preferences.json")
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise


def default_user(explicit: str | None = None) -> str:
    """The name recorded in the history: ``--user``, then $POLICY_TRACKER_USER,
    then the preferences, then the operating-system account."""
    for candidate in (explicit, os.environ.get("POLICY_TRACKER_USER"), Preferences.load().user_name):
        if candidate and candidate.strip():
            return candidate.strip()
    return login_name()


def login_name() -> str:
    """The operating-system account name ("unknown" when there is none)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):  # no login name (some containers): pwd has no entry
        return "unknown"


def name_is_chosen(prefs: Preferences) -> bool:
    """Whether the person has said which name the history records (else the app asks, once).

    $POLICY_TRACKER_USER counts as a choice: it is set on purpose, e.g. on a shared machine.
    """
    return bool(prefs.user_name.strip() or os.environ.get("POLICY_TRACKER_USER", "").strip())
