"""Attached files: read safely from disk, verified, and taken back out.

Why this is its own module: a file picked by a person can be anything the
file system holds (a pipe that blocks forever, ``/dev/zero`` that never
ends, a link to somewhere else), so reading one is guarded here, in one
place, for the app and the command line alike.  And what goes into a tracker
must come out byte for byte: every way out streams the blob through SQLite's
blob I/O (memory stays flat whatever the size) and checks it against the
SHA-256 recorded when it was attached.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import stat
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .core import TrackerCore
from .errors import NotFoundError, TrackerError, ValidationError
from .messages import translate
from .records import record

#: Largest attachment stored in a tracker; larger files belong on a server.
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
#: Bytes read (or streamed out of the tracker) at a time.
CHUNK = 1024 * 1024
#: Changed attachments named one by one in a check's message; the rest are counted.
NAMED_IN_CHECK = 10
#: Private copies opened from the app are removed after this long (the next time one is opened).
PRIVATE_COPY_DAYS = 2


@record(frozen=True)
class AttachmentFacts:
    """What the tracker records about an attached file (everything but its bytes)."""

    evidence_uid: str
    evidence_title: str
    name: str
    type: str
    size: int
    sha256: str

    @property
    def safe_name(self) -> str:
        return safe_file_name(self.name)


# ---------------------------------------------------------------- reading a file to attach
def _size_text(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit:,} bytes"


def _not_a_file(name: str, mode: int) -> str | None:
    """Why a file of this mode cannot be attached, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return translate(
            "DataAttachments", "{name} is a folder, not a file; attach a file inside it."
        ).format(name=name)
    if stat.S_ISFIFO(mode):
        return translate("DataAttachments", "{name} is a pipe, not a file; attach a regular file.").format(name=name)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("DataAttachments", "{name} is a device, not a file; attach a regular file.").format(name=name)
    if stat.S_ISSOCK(mode):
        return translate("DataAttachments", "{name} is a socket, not a file; attach a regular file.").format(name=name)
    if stat.S_ISLNK(mode):
        return translate(
            "DataAttachments", "{name} is a link to another file; attach the file itself."
        ).format(name=name)
    return translate("DataAttachments", "{name} is not a regular file; attach a regular file.").format(name=name)


def read_file_to_attach(path: str | os.PathLike[str], limit: int | None = None) -> tuple[str, bytes, str]:
    """The name, bytes and media type of the file at ``path``, read for attaching.

    Only a regular file is read: a link, a folder, a pipe, a device or a
    socket is refused with one sentence naming it (a pipe would block, a
    device such as ``/dev/zero`` never ends).  The file is opened without
    following a link and without blocking, and what was opened is what is
    checked (``fstat`` on the descriptor, no gap to swap the file).  At most
    ``limit`` + 1 bytes are ever read: the size the file system reports is
    not trusted, so a file that grows or lies is still refused as too big
    without reading further.  Raises :class:`ValidationError` (field
    ``attachment``).
    """
    limit = MAX_ATTACHMENT_BYTES if limit is None else limit
    target = Path(path)
    name = target.name or str(target)

    def refuse(message: str) -> ValidationError:
        return ValidationError("attachment", message)

    nofollow = getattr(os, "O_NOFOLLOW", 0)
    if not nofollow and os.path.islink(target):  # Windows: no O_NOFOLLOW, so look first
        raise refuse(translate(
            "DataAttachments", "{name} is a link to another file; attach the file itself."
        ).format(name=name))
    flags = os.O_RDONLY | nofollow | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        raise refuse(_open_failure(target, name, exc)) from None
    try:
        mode = os.fstat(fd).st_mode
        why = _not_a_file(name, mode)
        if why:
            raise refuse(why)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise refuse(translate(
                "DataAttachments", "{name} is too big to attach (over {size}); keep it elsewhere and link to it."
            ).format(name=name, size=_size_text(limit)))
        data = b"".join(chunks)
    except OSError as exc:
        raise refuse(translate(
            "DataAttachments", "{name} cannot be read: {problem}."
        ).format(name=name, problem=exc.strerror or exc)) from None
    finally:
        os.close(fd)
    import mimetypes  # reads the system's type tables: only when a file is attached

    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return name, data, kind


def _open_failure(target: Path, name: str, exc: OSError) -> str:
    """One sentence for a file that could not even be opened."""
    try:
        mode = os.lstat(target).st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISLNK(mode):
        return translate(
            "DataAttachments", "{name} is a link to another file; attach the file itself."
        ).format(name=name)
    if exc.errno == errno.ELOOP:
        return translate(
            "DataAttachments", "{name} is a link to another file; attach the file itself."
        ).format(name=name)
    if mode is not None:
        why = _not_a_file(name, mode)
        if why:  # a socket (ENXIO), or a folder on Windows
            return why
    if exc.errno == errno.ENOENT:
        return translate("DataAttachments", "{target} does not exist.").format(target=target)
    return translate(
        "DataAttachments", "{target} cannot be read: {problem}."
    ).format(target=target, problem=exc.strerror or exc)


# ---------------------------------------------------------------- safe names
#: Names Windows reserves for devices, with or without an extension.
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$", re.IGNORECASE)
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*]')
#: Endings that a double-click runs as a program or script instead of showing.
RUNNABLE_ENDINGS = frozenset({
    "app", "appimage", "application", "apk", "bat", "bin", "cmd", "com", "command", "cpl", "csh", "deb", "desktop",
    "dll", "dmg", "exe", "gadget", "hta", "inf", "ins", "isp", "jar", "js", "jse", "ksh", "lnk", "msc", "msi", "msp",
    "mst", "pif", "pkg", "ps1", "ps1xml", "ps2", "psc1", "psm1", "py", "pyc", "pyw", "reg", "rpm", "run", "scf",
    "scr", "sct", "sh", "shb", "url", "vb", "vbe", "vbs", "webloc", "workflow", "ws", "wsc", "wsf", "wsh", "zsh",
    "action", "applescript", "appref-ms", "chm", "hlp", "mpkg", "scpt", "settingcontent-ms", "terminal", "tool",
    "xbap", "xll",
})


def safe_file_name(name: str, fallback: str = "attachment") -> str:
    """``name`` made safe to write as a file on any system: no folders, no surprises.

    Keeps only the last part after any ``/`` or ``\\``; drops control,
    format (zero-width, bidirectional override) characters; replaces
    characters Windows forbids; drops leading dots (no hidden files, no
    ``..``) and trailing dots and spaces; prefixes names Windows reserves
    for devices (``CON``, ``NUL.txt``, ``COM1``…); keeps it under 200 bytes
    with its extension.
    """
    text = unicodedata.normalize("NFC", str(name))
    text = re.split(r"[/\\]", text)[-1]
    text = "".join(" " if ch in "\t\n\r" else ch for ch in text
                   if ch in "\t\n\r" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    text = _NOT_IN_NAMES.sub("_", text)
    text = " ".join(text.split())
    text = text.lstrip(". ").rstrip(". ")
    if not text:
        return fallback
    if _RESERVED.match(text):
        text = "_" + text
    if len(text.encode("utf-8")) > 200:
        stem, dot, ext = text.rpartition(".")
        ext = ext if dot and stem and len(ext.encode("utf-8")) <= 16 else ""
        keep = 200 - len(ext.encode("utf-8")) - (1 if ext else 0)
        stem = (stem if ext else text).encode("utf-8")[:keep].decode("utf-8", "ignore").rstrip(". ")
        text = f"{stem}.{ext}" if ext else stem
    return text or fallback


def is_runnable(name: str) -> bool:
    """Whether opening a file of this name would run it as a program (by its ending)."""
    _, dot, ext = name.rpartition(".")
    return bool(dot) and ext.lower() in RUNNABLE_ENDINGS


# ---------------------------------------------------------------- taking it back out
def attachment_facts(t: TrackerCore, uid: str) -> AttachmentFacts | None:
    """The recorded facts of the evidence ``uid``'s attached file; None when it has none."""
    row = t.db.execute("SELECT uid, title, url FROM evidence WHERE uid = ?", [uid]).fetchone()
    if row is None:
        raise NotFoundError(translate("DataAttachments", "There is no evidence with uid {uid}.").format(uid=uid))
    att = t.db.execute("SELECT name, type, size, sha256 FROM attachments WHERE evidence_uid = ?", [row[0]]).fetchone()
    if att is None:
        return None
    return AttachmentFacts(uid, row[1] or row[2] or uid, att[0], att[1], att[2], att[3])


def _evidence_id(t: TrackerCore, uid: str) -> int:
    """The local rowid of the evidence ``uid``'s attachment row (blob I/O opens a row by rowid); 0 without one."""
    row = t.db.execute(
        "SELECT coalesce(a.rowid, 0) FROM evidence e LEFT JOIN attachments a ON a.evidence_uid = e.uid WHERE e.uid = ?",
        [uid],
    ).fetchone()
    if row is None:
        raise NotFoundError(translate("DataAttachments", "There is no evidence with uid {uid}.").format(uid=uid))
    return int(row[0])


@contextlib.contextmanager
def _blob(t: TrackerCore, attachment_rowid: int) -> Iterator[sqlite3.Blob]:
    """The attached bytes as a read-only blob handle: one consistent read, in chunks."""
    with t.db.conn.blobopen("attachments", "data", attachment_rowid, readonly=True) as blob:
        yield blob


def _chunks(blob: sqlite3.Blob) -> Iterator[bytes]:
    blob.seek(0)
    while chunk := blob.read(CHUNK):
        yield chunk


def _changed_sentence(facts: AttachmentFacts) -> str:
    return translate(
        "DataAttachments",
        "The attached file {name} of the evidence “{evidence_title}” has changed since it"
        " was attached (its SHA-256 checksum does not match), so it was not taken out; a check of the tracker"
        " lists every changed file.",
    ).format(name=facts.name, evidence_title=facts.evidence_title)


def read_attachment(t: TrackerCore, uid: str) -> tuple[str, str, bytes]:
    """The name, media type and bytes of the evidence ``uid``'s attached file, verified.

    Raises :class:`NotFoundError` when the evidence does not exist or has no
    attached file, :class:`TrackerError` when the bytes no longer match the
    checksum recorded when they were attached.  For a large file prefer
    :func:`write_attachment`, which streams.
    """
    facts = attachment_facts(t, uid)
    if facts is None:
        raise NotFoundError(translate("DataAttachments", "The evidence {uid} has no attached file.").format(uid=uid))
    import hashlib  # loads OpenSSL: only when an attachment is read

    with _blob(t, _evidence_id(t, uid)) as blob:
        data = blob.read()
    if len(data) != facts.size or hashlib.sha256(data).hexdigest() != facts.sha256:
        raise TrackerError(_changed_sentence(facts))
    return facts.name, facts.type, data


def write_attachment(t: TrackerCore, uid: str, out: BinaryIO) -> AttachmentFacts:
    """Stream the evidence ``uid``'s attached file into ``out``, after checking it.

    The blob is read twice through one handle (one consistent read): first
    to check size and SHA-256, then to write, so nothing is written when it
    does not match.  Memory stays at one chunk.
    """
    facts = attachment_facts(t, uid)
    if facts is None:
        raise NotFoundError(translate("DataAttachments", "The evidence {uid} has no attached file.").format(uid=uid))
    import hashlib

    with _blob(t, _evidence_id(t, uid)) as blob:
        digest = hashlib.sha256()
        for chunk in _chunks(blob):
            digest.update(chunk)
        if len(blob) != facts.size or digest.hexdigest() != facts.sha256:
            raise TrackerError(_changed_sentence(facts))
        for chunk in _chunks(blob):
            out.write(chunk)
    return facts


def save_attachment(
    t: TrackerCore, uid: str, dest: str | os.PathLike[str], *, overwrite: bool = True
) -> AttachmentFacts:
    """Write the evidence ``uid``'s attached file to ``dest``, whole or not at all.

    Written under a temporary name in the destination folder and renamed
    into place when complete; with ``overwrite=False`` an existing ``dest``
    is refused (the app's save dialog has already asked).
    """
    target = Path(dest)
    if target.is_dir():
        raise TrackerError(translate(
            "DataAttachments", "{target} is a folder; give the name of the file to write."
        ).format(target=target))
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TrackerError(translate("DataAttachments", "The folder {folder} does not exist.").format(folder=folder))
    if not overwrite and (target.exists() or target.is_symlink()):
        raise TrackerError(translate(
            "DataAttachments", "{target} already exists; choose a new file name (or replace it with --force)."
        ).format(target=target))
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as out:
            facts = write_attachment(t, uid, out)
        os.chmod(tmp, _saved_file_mode(target))
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise TrackerError(translate(
            "DataAttachments", "The attached file could not be written to {target}: {problem}."
        ).format(target=target, problem=exc.strerror or exc)) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return facts


def _saved_file_mode(target: Path) -> int:
    """The replaced file's mode, or what a new file gets (0666 less the umask); never executable."""
    try:
        return target.stat().st_mode & 0o666
    except OSError:
        mask = os.umask(0o022)
        os.umask(mask)
        return 0o666 & ~mask


def private_folder() -> Path:
    """This user's folder for copies opened from the app: in the temp folder, only the user can enter it.

    Refuses a folder that someone else made (or a link planted in its place)
    in a shared temp folder: then a fresh unique folder is used instead.
    """
    base = Path(tempfile.gettempdir())
    import getpass

    uid = os.getuid() if hasattr(os, "getuid") else None
    folder = base / f"policy-tracker-attachments-{uid if uid is not None else safe_file_name(getpass.getuser())}"
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    st = os.lstat(folder)
    ours = stat.S_ISDIR(st.st_mode) and (uid is None or st.st_uid == uid)
    if not ours:
        return Path(tempfile.mkdtemp(prefix="policy-tracker-attachments-"))
    if stat.S_IMODE(st.st_mode) != 0o700:
        os.chmod(folder, 0o700)
    return folder


def private_copy(t: TrackerCore, uid: str, folder: Path | None = None) -> Path:
    """A private copy of the evidence ``uid``'s attached file, to open with the system's viewer.

    Written, under its safe name, in a new folder of :func:`private_folder`
    readable only by the user (file 0600, never executable), so another user
    cannot read or swap it.  Copies older than :data:`PRIVATE_COPY_DAYS` are
    removed first.
    """
    facts = attachment_facts(t, uid)
    if facts is None:
        raise NotFoundError(translate("DataAttachments", "The evidence {uid} has no attached file.").format(uid=uid))
    try:
        base = folder or private_folder()
        _remove_old_copies(base)
        here = Path(tempfile.mkdtemp(dir=base, prefix="open-"))
        path = here / facts.safe_name
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                write_attachment(t, uid, out)
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink()
            raise
    except OSError as exc:
        raise TrackerError(translate(
            "DataAttachments", "A copy of {name} could not be written to open it: {problem}."
        ).format(name=facts.name, problem=exc.strerror or exc)) from None
    return path


def _remove_old_copies(base: Path) -> None:
    """Remove the copies opened more than PRIVATE_COPY_DAYS ago (a viewer has long finished with them)."""
    cutoff = time.time() - PRIVATE_COPY_DAYS * 86400
    for entry in base.glob("open-*"):
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink() and entry.stat().st_mtime < cutoff:
                for f in entry.iterdir():
                    f.unlink()
                entry.rmdir()


# ---------------------------------------------------------------- checking
def changed_attachments(t: TrackerCore) -> Iterator[tuple[AttachmentFacts, str]]:
    """Every attached file whose bytes no longer match what was recorded, with what is wrong.

    Streams each blob through blob I/O, one row at a time, so memory stays
    flat however many and however large the files are.  Reads only.
    """
    import hashlib

    rows = t.db.execute(
        "SELECT a.rowid, e.uid, coalesce(e.title, e.url, e.uid), a.name, a.type, a.size, a.sha256"
        " FROM attachments a JOIN evidence e ON e.uid = a.evidence_uid ORDER BY a.rowid"
    ).fetchall()  # ids and facts only (no bytes): small even for many attachments
    for evidence_id, uid, title, name, kind, size, sha256 in rows:
        facts = AttachmentFacts(uid, title, name, kind, size, sha256)
        try:
            with _blob(t, evidence_id) as blob:
                actual = len(blob)
                digest = hashlib.sha256()
                for chunk in _chunks(blob):
                    digest.update(chunk)
        except sqlite3.Error as exc:
            yield facts, f"cannot be read ({exc})"
            continue
        if actual != size:
            yield facts, f"is {actual:,} bytes where {size:,} were attached"
        elif digest.hexdigest() != sha256:
            yield facts, "has different contents (its SHA-256 checksum does not match)"


def attachment_messages(t: TrackerCore) -> list[str]:
    """One sentence naming the evidence whose attached files changed; [] when every file matches."""
    found = list(changed_attachments(t))
    if not found:
        return []
    named = [f"{facts.name} of \u201c{facts.evidence_title}\u201d ({facts.evidence_uid}) {what}"
             for facts, what in found[:NAMED_IN_CHECK]]
    more = len(found) - len(named)
    count = "1 attached file has" if len(found) == 1 else f"{len(found)} attached files have"
    return [
        f"{count} changed since {'it was' if len(found) == 1 else 'they were'} attached: " + "; ".join(named)
        + (f"; and {more} more" if more else "")
        + "; it cannot be repaired from the tracker, so attach the original again or restore a copy."
    ]


__all__ = [
    "MAX_ATTACHMENT_BYTES",
    "AttachmentFacts",
    "attachment_facts",
    "attachment_messages",
    "changed_attachments",
    "is_runnable",
    "private_copy",
    "private_folder",
    "read_attachment",
    "read_file_to_attach",
    "safe_file_name",
    "save_attachment",
    "write_attachment",
]
