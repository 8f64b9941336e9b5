"""The shared folder (tracker/sync/folder.py): write-once files, listing in any order, local state, refusals."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tracker.sync.envelope import Header, Refused, seal
from tracker.sync.files import TEMP_PREFIX, FileExistsRefusal
from tracker.sync.folder import ChangesetFile, LocalState, SharedFolder
from tracker.sync.keys import Identity
from tracker.sync.places import LiveTrackerInSharedFolder, refuse_live_tracker_inside

ROOT = Path(__file__).resolve().parents[3]
ANA, BO = "a" * 16, "b" * 16
TRACKER = "3f2c7a1e-0000-4000-8000-000000000001"


@pytest.fixture
def folder(tmp_path: Path) -> SharedFolder:
    shared = SharedFolder(tmp_path / "shared")
    shared.prepare()
    return shared


def names(entries: list[ChangesetFile]) -> list[str]:
    return [e.name for e in entries]


def test_a_file_is_written_once_and_never_overwritten(folder: SharedFolder) -> None:
    entry = folder.write_changeset(ANA, 1, b"first")
    folder.write_members(1, b"v1")

    with pytest.raises(FileExistsRefusal):
        folder.write_changeset(ANA, 1, b"first")  # the same name: never written twice
    with pytest.raises(FileExistsRefusal):
        folder.write_members(1, b"v1 again")
    assert entry.read() == b"first"
    assert entry.name == f"changes/{ANA}/00000001-{entry.digest}.ptchg"
    assert folder.members_files()[0][1].read_bytes() == b"v1"
    assert not list(folder.root.rglob(f"{TEMP_PREFIX}*"))
    assert (folder.root / ".stignore").read_text().count(TEMP_PREFIX) == 1


def test_a_write_killed_before_its_rename_leaves_only_an_ignored_temporary_file(folder: SharedFolder) -> None:
    """A real process is killed (SIGKILL) after the data is flushed and before the file gets its name."""
    script = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from tracker.sync.folder import SharedFolder\n"
        "os.link = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"SharedFolder(Path(sys.argv[1])).write_changeset({ANA!r}, 1, b'half a sync')\n"
    )
    run = subprocess.run([sys.executable, "-c", script, str(folder.root)], cwd=ROOT, capture_output=True)
    assert run.returncode == -9 if os.name == "posix" else run.returncode != 0
    leftovers = list((folder.changes / ANA).glob(f"{TEMP_PREFIX}*"))
    assert len(leftovers) == 1 and leftovers[0].read_bytes() == b"half a sync"

    assert folder.changeset_files() == []
    assert LocalState(TRACKER).pending(folder).ready == []
    assert folder.tidy_temporary() == []  # young: may be another program's write in progress
    old = time.time() - 2 * 3600
    os.utime(leftovers[0], (old, old))
    assert folder.tidy_temporary() == leftovers
    assert list((folder.changes / ANA).iterdir()) == []
    assert folder.write_changeset(ANA, 1, b"the whole sync").read() == b"the whole sync"


def test_syncthing_temporary_files_and_conflict_copies_are_ignored(folder: SharedFolder) -> None:
    entry = folder.write_changeset(ANA, 1, b"one")
    member = folder.changes / ANA
    (member / f".syncthing.{entry.path.name}.tmp").write_bytes(b"partial")
    (member / f"~syncthing~{entry.path.name}.tmp").write_bytes(b"partial")
    (member / f"00000002-{entry.digest}.sync-conflict-20261129-120000-ABCDEFG.ptchg").write_bytes(b"copy")
    (member / "notes.txt").write_text("not ours")

    assert names(folder.changeset_files()) == [entry.name]


def test_the_listing_does_not_depend_on_the_order_files_arrived(tmp_path: Path) -> None:
    files = [(member, seq, f"{member}:{seq}".encode()) for member in (BO, ANA) for seq in (1, 2, 3)]
    listings = []
    for attempt in range(3):
        shared = SharedFolder(tmp_path / f"arrived-{attempt}")
        shared.prepare()
        order = files[:]
        random.Random(attempt).shuffle(order)
        for member, seq, data in order:
            shared.write_changeset(member, seq, data)
        listings.append(([(e.member_id, e.sequence) for e in shared.changeset_files()],
                         [(e.member_id, e.sequence) for e in LocalState(TRACKER).pending(shared).ready]))

    expected = [(member, seq) for member in (ANA, BO) for seq in (1, 2, 3)]
    assert listings == [(expected, expected)] * 3


def test_a_file_after_a_gap_waits_for_the_missing_one(folder: SharedFolder) -> None:
    state = LocalState(TRACKER)
    first = folder.write_changeset(ANA, 1, b"1")
    third = folder.write_changeset(ANA, 3, b"3")

    pending = state.pending(folder)
    assert names(pending.ready) == [first.name]
    assert [(e.name, why) for e, why in pending.waiting] == [(third.name, "It waits for file 2 of the same member.")]

    state.mark_applied(first)
    second = folder.write_changeset(ANA, 2, b"2")
    assert names(state.pending(folder).ready) == [second.name, third.name]


def test_local_state_is_kept_outside_the_shared_folder_and_survives_a_restart(folder: SharedFolder) -> None:
    state = LocalState(TRACKER)
    entry = folder.write_changeset(BO, 1, b"1")
    state.mark_applied(entry)
    state.next_sequence = 5
    state.save()

    again = LocalState(TRACKER)

    assert again.applied == {entry.name} and again.next_sequence == 5
    assert folder.root not in again.path.parents
    assert again.path.parent.parent == Path(os.environ["POLICY_TRACKER_DATA_DIR"]) / "sync"
    if os.name == "posix":
        assert again.path.stat().st_mode & 0o777 == 0o600
    assert again.pending(folder).ready == []


def test_a_repeated_sequence_number_is_set_aside(folder: SharedFolder) -> None:
    state = LocalState(TRACKER)
    genuine = folder.write_changeset(BO, 1, b"genuine")
    state.mark_applied(genuine)
    forged = folder.write_changeset(BO, 1, b"forged later")

    assert names(state.pending(folder).duplicates) == [forged.name]


def test_a_refused_file_is_set_aside_with_its_reason_and_not_taken_again(folder: SharedFolder) -> None:
    state = LocalState(TRACKER)
    entry = folder.write_changeset(BO, 1, b"tampered")

    aside = state.refuse(entry, "The file's signature does not match Bo's key: it was altered.")
    state.save()

    assert aside.read_bytes() == b"tampered"
    assert aside.with_name(aside.name + ".reason.txt").read_text().startswith("The file's signature does not match")
    assert entry.path.exists()  # the shared copy stays: other members decide for themselves
    assert LocalState(TRACKER).pending(folder).ready == []


def test_a_file_whose_name_does_not_match_its_contents_or_header_is_refused(folder: SharedFolder) -> None:
    entry = folder.write_changeset(BO, 2, b"contents")
    entry.path.chmod(0o644)
    entry.path.write_bytes(b"other contents")

    with pytest.raises(Refused) as damaged:
        entry.read()
    assert damaged.value.code == "damaged"
    header = Header(tracker=TRACKER, author=BO, schema=5, sequence=1, created="2026-11-29T00:00:00Z", key_id="k")
    with pytest.raises(Refused) as misplaced:
        entry.check_header(header)
    assert misplaced.value.code == "misplaced"


def test_a_sequence_number_is_never_reused_after_a_crash(folder: SharedFolder) -> None:
    """The file was written, then the program died before saving its state."""
    state = LocalState(TRACKER)
    folder.write_changeset(ANA, state.claim_sequence(folder, ANA), b"written, state lost")

    assert LocalState(TRACKER).claim_sequence(folder, ANA) == 2


def test_a_tracker_inside_the_shared_folder_is_refused(folder: SharedFolder, tmp_path: Path) -> None:
    inside = folder.root / "sub" / "tracker.db"
    link = tmp_path / "link-to-shared"
    link.symlink_to(folder.root)

    with pytest.raises(LiveTrackerInSharedFolder, match="gets corrupted"):
        refuse_live_tracker_inside(inside, folder.root)
    with pytest.raises(LiveTrackerInSharedFolder):
        refuse_live_tracker_inside(link / "tracker.db", folder.root)
    refuse_live_tracker_inside(tmp_path / "tracker.db", folder.root)


def test_a_file_copied_in_place_waits_until_it_is_whole(folder: SharedFolder) -> None:
    """A network share or a copy onto a USB stick shows a file under its name while it is still being written:
    the beginning of a genuine file is 'truncated' (it waits), not 'damaged' (refused for good)."""
    bo = Identity.generate()
    header = Header(TRACKER, bo.member_id, schema=5, sequence=1, created="2026-11-29T00:00:00Z", key_id="k")
    whole = seal(b"changes", header=header, signer=bo, tracker_key=bytes(32), key_id="k")
    entry = folder.write_changeset(bo.member_id, 1, whole)
    entry.path.chmod(0o644)

    for arrived in (b"", whole[:5], whole[:40], whole[:-1]):
        entry.path.write_bytes(arrived)
        with pytest.raises(Refused) as refusal:
            entry.read()
        assert refusal.value.code == "truncated", len(arrived)
    entry.path.write_bytes(whole)
    assert entry.read() == whole
    entry.path.write_bytes(b"GIF89a")  # not the beginning of a sync file
    with pytest.raises(Refused) as damaged:
        entry.read()
    assert damaged.value.code == "damaged"
