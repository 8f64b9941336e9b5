"""A member's keys (tracker/sync/keys.py): made once, kept private in the data folder, checkable by fingerprint."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest

from tracker.sync.keys import (
    IDENTITY_FILE,
    Identity,
    KeyFileError,
    Keyring,
    TrackerKey,
    fingerprint,
    keyring_path,
    load_identity,
    load_or_create_identity,
)
from tracker.sync.places import sync_root


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_identity_is_made_once_in_the_data_folder_and_kept_private() -> None:
    first = load_or_create_identity()
    again = load_or_create_identity()

    path = Path(os.environ["POLICY_TRACKER_DATA_DIR"]) / "sync" / IDENTITY_FILE
    assert sync_root() == path.parent
    assert path.is_file()
    assert again.public_key == first.public_key
    assert again.exchange_public_key == first.exchange_public_key
    if os.name == "posix":
        assert mode(path) == 0o600
        assert mode(path.parent) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [IDENTITY_FILE]  # no temporary file left behind


def test_a_damaged_identity_is_reported_and_never_replaced(tmp_path: Path) -> None:
    (tmp_path / IDENTITY_FILE).write_text("{not json")

    with pytest.raises(KeyFileError, match="cannot be used: it is not an identity file"):
        load_or_create_identity(tmp_path)
    assert (tmp_path / IDENTITY_FILE).read_text() == "{not json"


def test_an_identity_another_program_made_first_is_the_one_used(tmp_path: Path) -> None:
    theirs = Identity.generate()
    (tmp_path / IDENTITY_FILE).write_bytes(theirs.to_json())

    assert load_or_create_identity(tmp_path).public_key == theirs.public_key
    assert load_identity(tmp_path / "elsewhere") is None


def test_fingerprints_are_short_readable_and_tell_keys_apart() -> None:
    a, b = Identity.generate(), Identity.generate()

    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", a.fingerprint)
    assert a.fingerprint == fingerprint(a.public_key)
    assert a.fingerprint != b.fingerprint
    assert a.member_id != b.member_id


def test_the_tracker_keys_are_kept_private_and_old_ones_stay(tmp_path: Path) -> None:
    path = keyring_path("3f2c7a1e-0000-4000-8000-000000000001", tmp_path)
    old, new = TrackerKey.generate("2026-01-01T00:00:00Z"), TrackerKey.generate("2026-02-01T00:00:00Z")
    ring = Keyring()
    ring.add(old)
    ring.save(path)
    ring.add(new)
    ring.save(path)

    loaded = Keyring.load(path)

    assert dict(loaded) == {old.key_id: old.secret, new.key_id: new.secret}
    assert len(old.secret) == 32 and old.key_id != new.key_id
    assert old.secret.hex() not in repr(old) + repr(loaded)
    if os.name == "posix":
        assert mode(path) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == ["keys.json"]


def test_a_key_id_cannot_be_given_other_contents() -> None:
    key = TrackerKey.generate()
    ring = Keyring({key.key_id: key})

    with pytest.raises(KeyFileError, match="already known with other contents"):
        ring.add(TrackerKey(key.key_id, bytes(32), key.created))
    assert ring[key.key_id] == key.secret
