"""Two real Syncthing instances on this machine, sharing folders only with each other over 127.0.0.1.

The end-to-end tests of coalition sync (issue 14) need the reference transport
for real: files written on one side are carried by Syncthing to the other,
with Syncthing's own temporary files and timing.  Each instance gets its own
home folder under the test's temporary folder, a GUI/REST address on a free
localhost port with a random API key, and a listening address on another
free localhost port.  Nothing reaches the network: global and local
discovery, relays, NAT traversal, usage reporting, crash reporting and
automatic upgrades are switched off in the configuration *before* the first
start, and each device knows the other only by its device ID and an explicit
``tcp://127.0.0.1:PORT`` address.

Everything after the first start goes through the REST API (urllib, no new
dependency), and every wait polls REST state against a deadline
(:func:`poll_until`): never a fixed sleep.  ``stop`` terminates an instance
and kills it if it has not ended within a few seconds.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from tracker.sync.folder import SharedFolder

BINARY = "syncthing"
#: How long one wait may take before the test fails, saying what it waited for (the whole module takes ~10 s).
TIMEOUT_S = 30.0
#: Between two polls of REST state.
POLL_S = 0.05
#: How long ``stop`` lets an instance end after SIGTERM before killing it.
STOP_GRACE_S = 10.0
#: Options written before the first start: nothing leaves 127.0.0.1 (see the module's notes).
OFFLINE_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",  # usage reporting declined
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
    "setLowPriority": "false",
}

T = TypeVar("T")


def syncthing_binary() -> str | None:
    """The ``syncthing`` program, or None when it is not installed (the tests are then skipped)."""
    return shutil.which(BINARY)


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class WaitTimeout(AssertionError):
    """A condition polled on REST state did not come true in time; says what was awaited and the last state."""


def poll_until(condition: Callable[[], T | None], what: str, timeout: float = TIMEOUT_S) -> T:
    """Poll ``condition`` until it returns something truthy (returned), or fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()  # waits between polls without being a bare sleep-and-hope
    last: object = None
    while True:
        result = condition()
        if result:
            return result
        last = result
        if time.monotonic() > deadline:
            raise WaitTimeout(f"timed out after {timeout:.0f} s waiting for {what} (last: {last!r})")
        pause.wait(POLL_S)


@dataclass
class Syncthing:
    """One running Syncthing instance, driven through its REST API."""

    name: str
    home: Path
    gui_port: int
    listen_port: int
    api_key: str
    process: subprocess.Popen[bytes] | None = None
    device_id: str = ""

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.listen_port}"

    # ---------------------------------------------------------------- life cycle
    @classmethod
    def create(cls, name: str, home: Path) -> Syncthing:
        """Generate keys and an offline configuration in ``home``; not started yet."""
        home.mkdir(parents=True)
        instance = cls(name, home, free_port(), free_port(), secrets.token_urlsafe(24))
        subprocess.run(
            [BINARY, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
            check=True, capture_output=True, env=instance.environment(), timeout=TIMEOUT_S,
        )
        instance.configure_offline()
        return instance

    def environment(self) -> dict[str, str]:
        """Syncthing's environment: its own HOME (nothing read or written in the user's), no upgrade, no restart."""
        env = {k: v for k, v in os.environ.items() if not k.startswith("ST")}
        env.update(HOME=str(self.home), STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1", STNOUPGRADECHECK="1")
        return env

    def configure_offline(self) -> None:
        """Edit the generated config.xml: REST on our port with our key, listen on our port only, no network."""
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        options = root.find("options")
        assert gui is not None and options is not None, "syncthing wrote a config.xml without <gui> or <options>"
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        gui.set("tls", "false")
        _set(options, "listenAddress", self.address)
        for key, value in OFFLINE_OPTIONS.items():
            _set(options, key, value)
        tree.write(path, encoding="utf-8")

    def start(self) -> None:
        log = self.log.open("ab")
        try:
            self.process = subprocess.Popen(
                [BINARY, "serve", f"--home={self.home}", "--no-browser", "--no-restart", "--no-upgrade",
                 f"--gui-address=http://127.0.0.1:{self.gui_port}", f"--gui-apikey={self.api_key}"],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=self.environment(),
                start_new_session=True,  # its own process group: Syncthing's monitor runs the real one as a child
            )
        finally:
            log.close()
        poll_until(self.ping, f"{self.name}'s REST API to answer")
        self.device_id = str(self.get("/rest/system/status")["myID"])

    def ping(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"syncthing {self.name} exited ({self.process.returncode}):\n{self.log_tail()}")
        try:
            return self.get("/rest/system/ping").get("ping") == "pong"
        except (OSError, urllib.error.URLError):
            return False

    def stop(self) -> None:
        """Terminate (SIGTERM: Syncthing closes its database), then kill if it has not ended in time.

        Debian's Syncthing runs as a monitor process and its child, even with
        ``--no-restart``; both are in the process group made at the start,
        and signals go to that group (this instance's processes only).
        """
        process, self.process = self.process, None
        if process is None:
            return
        group = process.pid
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGTERM)
        try:
            poll_until(lambda: process.poll() is not None and not _group_alive(group),
                       f"syncthing {self.name} to stop", timeout=STOP_GRACE_S)
        except WaitTimeout:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGKILL)
            process.wait(STOP_GRACE_S)

    def log_tail(self, lines: int = 40) -> str:
        with contextlib.suppress(OSError):
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        return "(no log)"

    # ---------------------------------------------------------------- REST
    def request(self, method: str, path: str, body: object = None, **query: str) -> Any:
        url = f"http://127.0.0.1:{self.gui_port}{path}"
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method, headers={"X-API-Key": self.api_key})
        if data is not None:
            request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            text = response.read()
        return json.loads(text) if text.strip() else None

    def get(self, path: str, **query: str) -> Any:
        return self.request("GET", path, **query)

    def folder_status(self, folder_id: str) -> dict[str, Any]:
        return dict(self.get("/rest/db/status", folder=folder_id))

    def folder_idle(self, folder_id: str) -> bool:
        return self.folder_status(folder_id).get("state") == "idle"

    def file_entry(self, folder_id: str, name: str) -> dict[str, Any] | None:
        """``/rest/db/file``: the local and global index entries of one file (None: no device has it)."""
        try:
            return dict(self.get("/rest/db/file", folder=folder_id, file=name))
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return None
            raise

    def completion(self, folder_id: str, device_id: str) -> dict[str, Any]:
        """How much of ``folder_id`` ``device_id`` has, as this instance knows it."""
        return dict(self.get("/rest/db/completion", folder=folder_id, device=device_id))

    def add_device(self, other: Syncthing, *, addresses: list[str]) -> None:
        """Introduce ``other`` by its device ID (no folder is accepted automatically)."""
        self.request("PUT", f"/rest/config/devices/{other.device_id}", {
            "deviceID": other.device_id, "name": other.name, "addresses": addresses, "autoAcceptFolders": False,
        })

    def knows(self, other: Syncthing) -> bool:
        """Whether ``other`` is in this instance's running configuration."""
        return any(d.get("deviceID") == other.device_id for d in self.get("/rest/config/devices"))

    def connected_to(self, other: Syncthing) -> bool:
        connections = self.get("/rest/system/connections")["connections"]
        return bool(connections.get(other.device_id, {}).get("connected"))


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def _set(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


@dataclass
class Pair:
    """Two connected Syncthing instances, A and B, that know each other and nobody else."""

    a: Syncthing
    b: Syncthing

    @property
    def both(self) -> tuple[Syncthing, Syncthing]:
        return self.a, self.b

    @classmethod
    def start(cls, root: Path) -> Pair:
        pair = cls(Syncthing.create("A", root / "syncthing-a"), Syncthing.create("B", root / "syncthing-b"))
        try:
            for instance in pair.both:
                instance.start()
            # Only B dials at first: A knows B (without an address) before B learns A's.  When both dial at
            # once, each may drop the other's connection and wait 20 s for a Hello that never comes.  Once
            # connected, A gets B's address too (a changed address keeps the connection).
            pair.a.add_device(pair.b, addresses=["dynamic"])
            poll_until(functools.partial(pair.a.knows, pair.b), "A to take B into its configuration")
            pair.b.add_device(pair.a, addresses=[pair.a.address])
            for me, other in ((pair.a, pair.b), (pair.b, pair.a)):
                poll_until(functools.partial(me.connected_to, other), f"{me.name} to connect to {other.name}")
            pair.a.request("PATCH", f"/rest/config/devices/{pair.b.device_id}", {"addresses": [pair.b.address]})
        except BaseException:
            pair.stop()
            raise
        return pair

    def stop(self) -> None:
        for instance in self.both:
            instance.stop()

    def share(self, folder_id: str, path_a: Path, path_b: Path, *, rescan_s: int = 3) -> None:
        """Share one folder between A (at ``path_a``) and B (at ``path_b``): watcher on, short rescans.

        The watcher (1 s delay) carries a change within about a second; the
        rescan every few seconds catches one made before the watcher was set up.
        """
        for instance, path in ((self.a, path_a), (self.b, path_b)):
            path.mkdir(parents=True, exist_ok=True)
            instance.request("PUT", f"/rest/config/folders/{folder_id}", {
                "id": folder_id, "label": folder_id, "path": str(path), "type": "sendreceive",
                "devices": [{"deviceID": self.a.device_id}, {"deviceID": self.b.device_id}],
                "fsWatcherEnabled": True, "fsWatcherDelayS": 1, "rescanIntervalS": rescan_s,
            })
        for instance in self.both:
            what = f"{instance.name}'s folder {folder_id} to be scanned"
            poll_until(functools.partial(instance.folder_idle, folder_id), what)

    def unshare(self, folder_id: str) -> None:
        for instance in self.both:
            with contextlib.suppress(urllib.error.URLError, OSError):
                instance.request("DELETE", f"/rest/config/folders/{folder_id}")

    def wait_carried(self, folder_id: str, names: Iterable[str], *, source: str = "a") -> None:
        """Wait until the files ``names`` (relative to the folder, ``/``-separated) written on one side are
        on the other, and both sides are idle with nothing left to pull (completion 100 %).

        The source must have scanned each file (fsWatcher or a rescan): its
        global index entry exists; the destination's local entry then has the
        same version, so the file is there whole under its own name.
        """
        sender, receiver = (self.a, self.b) if source == "a" else (self.b, self.a)
        wanted = list(names)

        def carried() -> bool:
            for name in wanted:
                entry = receiver.file_entry(folder_id, name)
                if entry is None or not _has_global_version(entry):
                    return False
            status = receiver.folder_status(folder_id)
            completion = sender.completion(folder_id, receiver.device_id)
            return (
                status.get("state") == "idle" and status.get("needTotalItems") == 0
                and completion.get("completion") == 100 and completion.get("needItems") == 0
            )

        poll_until(carried, f"{wanted} to reach {receiver.name} through Syncthing")


@dataclass
class Shared:
    """One folder Syncthing shares between A and B, as each side's tracker.sync sees it."""

    pair: Pair
    folder_id: str
    a: SharedFolder
    b: SharedFolder


def _has_global_version(entry: dict[str, Any]) -> bool:
    """Whether a ``/rest/db/file`` answer shows the local copy is the global (newest) version, not deleted."""
    local, global_ = entry.get("local") or {}, entry.get("global") or {}
    return (
        bool(local.get("version")) and local.get("version") == global_.get("version")
        and not local.get("deleted") and not local.get("invalid")
    )


# ---------------------------------------------------------------- replicas
def replica_contents(path: Path, *, derived: bool = False) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table a changeset carries, by table (rows sorted): equal dicts, equal trackers.

    Not the derived tables (kept by triggers as changes apply), the search
    index or schema bookkeeping, unless ``derived``; never this copy's own
    backup identity in ``meta``.
    """
    from db.changeset import DERIVED_TABLES, LOCAL_META_KEYS, LOCAL_TABLES

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        listed = conn.execute("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'")
        names = [str(r[0]) for r in listed if not str(r[0]).startswith(("sqlite_", "evidence_fts"))]
        skipped = LOCAL_TABLES if derived else LOCAL_TABLES | DERIVED_TABLES
        found = {n: sorted(conn.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names if n not in skipped}
        found["meta"] = [r for r in found["meta"] if r[0] not in LOCAL_META_KEYS]
        return found
    finally:
        conn.close()
