"""Fixtures of the Syncthing end-to-end tests: one pair of instances per module, one new shared folder per test."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync_e2e import Pair, Shared, syncthing_binary
from tracker.sync.folder import SharedFolder

_folder_ids = itertools.count(1)


@pytest.fixture(scope="module")
def syncthing_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    """Two running Syncthing instances, connected to each other only, over 127.0.0.1 (about 3 s to start)."""
    if syncthing_binary() is None:
        pytest.skip("the syncthing program is not installed (Debian/Ubuntu: apt-get install syncthing)")
    pair = Pair.start(tmp_path_factory.mktemp("syncthing"))
    yield pair
    pair.stop()


@pytest.fixture
def shared(syncthing_pair: Pair, tmp_path: Path) -> Iterator[Shared]:
    """A new folder shared by A and B (each prepared as a tracker's shared folder), removed after the test."""
    folder_id = f"tracker-{next(_folder_ids)}"
    a, b = SharedFolder(tmp_path / "shared-a"), SharedFolder(tmp_path / "shared-b")
    for side in (a, b):
        side.prepare()
    syncthing_pair.share(folder_id, a.root, b.root)
    yield Shared(syncthing_pair, folder_id, a, b)
    syncthing_pair.unshare(folder_id)
