"""Where sync keeps its things, and the one check the app makes before opening any tracker: is the file
inside a folder this computer syncs?  A sync program copying a database while it is written makes a corrupt
copy, so a live tracker never lives in a shared folder.

Light on purpose (json and pathlib only, no cryptography): the app asks it at start-up, before the window.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from db.errors import TrackerError
from db.places import default_data_dir

#: The file, in each shared tracker's folder under :func:`sync_root`, that links a tracker file to its shared folder.
LINK_FILE = "link.json"


class LiveTrackerInSharedFolder(TrackerError):
    """The tracker file itself is inside the shared folder."""


def sync_root() -> Path:
    """The folder holding this user's identity and each shared tracker's local state."""
    return default_data_dir() / "sync"


def refuse_live_tracker_inside(tracker_path: str | os.PathLike[str], folder: Path) -> None:
    """Raise :class:`LiveTrackerInSharedFolder` if the tracker file is inside ``folder`` (links resolved)."""
    tracker = Path(tracker_path).resolve()
    shared = Path(folder).resolve()
    if tracker == shared or shared in tracker.parents:
        raise LiveTrackerInSharedFolder(
            f"The tracker {tracker_path} is inside the shared folder {folder}: a database synced while it is open"
            " gets corrupted. Keep the tracker in another folder; the shared folder holds only sync files."
        )


def shared_folders(root: Path | None = None) -> list[Path]:
    """Every shared folder this computer syncs a tracker through, as the link files in ``root`` record them."""
    root = root or sync_root()
    try:
        links = sorted(d / LINK_FILE for d in root.iterdir() if d.is_dir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    found = []
    for link in links:
        try:
            found.append(Path(json.loads(link.read_bytes())["folder"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    return found


def refuse_inside_shared_folder(tracker: str | os.PathLike[str], root: Path | None = None) -> None:
    """Raise :class:`LiveTrackerInSharedFolder` if ``tracker`` is inside any shared folder known here."""
    for folder in shared_folders(root):
        refuse_live_tracker_inside(Path(tracker), folder)
